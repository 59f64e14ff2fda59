// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/secretstore.h"

namespace modelkit {

//! Secrets in the system keychain through QtKeychain: on Linux the Secret Service
//! (gnome-keyring, KWallet, KeePassXC) over D-Bus. Items are stored under the service
//! serviceName() with the profile name as the account (Secret Service attributes
//! `server` and `user`, schema `org.qt.keychain`).
//!
//! QtKeychain's plaintext fallback is never enabled: when no keychain is reachable every
//! operation ends with Unavailable (QtKeychain errors 5 NoBackendAvailable, 6
//! NotImplemented, 7 OtherError, which is what a missing Secret Service or an unusable
//! collection gives, and 4 AccessDenied, libsecret's "collection is locked") and the caller
//! offers "this session only" (MemorySecretStore). Error 1 (EntryNotFound) is NotFound;
//! 3 (denied by the user) and 2 (could not delete) are Failed. The Secret Service does not
//! say whether a removal found anything: remove() answers Ok either way. Values are never
//! logged, only account names and error codes (category `modelkit.secrets`).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    //! A store under another service name (tests); normally serviceName().
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    //! "org.modelkit.Playground", the app id.
    static QString serviceName();
    QString service() const { return m_service; }

    void read(const QString &account, const QObject *context, Callback callback) override;
    void write(const QString &account, const QString &secret, const QObject *context,
               Callback callback) override;
    void remove(const QString &account, const QObject *context, Callback callback) override;
    bool isPersistent() const override { return true; }

private:
    QString m_service;
};

} // namespace modelkit
