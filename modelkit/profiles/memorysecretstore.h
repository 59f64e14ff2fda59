// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/secretstore.h"

#include <QHash>

namespace modelkit {

//! Secrets kept in memory only, for "use this key for this session only" when no keychain
//! is reachable, and for tests. Nothing is ever written anywhere: the secrets are gone when
//! the store is destroyed.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &account, const QObject *context, Callback callback) override;
    void write(const QString &account, const QString &secret, const QObject *context,
               Callback callback) override;
    void remove(const QString &account, const QObject *context, Callback callback) override;
    bool isPersistent() const override { return false; }

    //! Whether a secret is held for `account` (synchronous: nothing to wait for here).
    bool contains(const QString &account) const;

private:
    void answer(const QObject *context, Callback callback, const Result &result);

    QHash<QString, QString> m_secrets;
};

} // namespace modelkit
