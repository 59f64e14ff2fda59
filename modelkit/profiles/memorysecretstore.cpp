// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "profiles/memorysecretstore.h"

#include <QTimer>

namespace modelkit {

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::read(const QString &account, const QObject *context, Callback callback)
{
    const auto it = m_secrets.constFind(account);
    answer(context, std::move(callback),
           it == m_secrets.cend() ? Result{Status::NotFound, {}, {}} : Result{Status::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &account, const QString &secret, const QObject *context,
                              Callback callback)
{
    m_secrets.insert(account, secret);
    answer(context, std::move(callback), {Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &account, const QObject *context, Callback callback)
{
    const bool removed = m_secrets.remove(account) > 0;
    answer(context, std::move(callback), {removed ? Status::Ok : Status::NotFound, {}, {}});
}

bool MemorySecretStore::contains(const QString &account) const
{
    return m_secrets.contains(account);
}

void MemorySecretStore::answer(const QObject *context, Callback callback, const Result &result)
{
    if (!callback)
        return;
    // Always from the event loop, as the keychain answers: callers need no second code path.
    QTimer::singleShot(0, context ? context : this,
                       [callback = std::move(callback), result] { callback(result); });
}

} // namespace modelkit
