// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "profiles/secretstore.h"

#include <optional>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace modelkit {

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

SecretStore::Result SecretStore::readBlocking(const QString &account,
                                              std::chrono::milliseconds timeout)
{
    return waitFor([&](const QObject *context,
                       Callback callback) { read(account, context, std::move(callback)); },
                   timeout);
}

SecretStore::Result SecretStore::writeBlocking(const QString &account, const QString &secret,
                                               std::chrono::milliseconds timeout)
{
    return waitFor([&](const QObject *context,
                       Callback callback) { write(account, secret, context, std::move(callback)); },
                   timeout);
}

SecretStore::Result SecretStore::removeBlocking(const QString &account,
                                                std::chrono::milliseconds timeout)
{
    return waitFor([&](const QObject *context,
                       Callback callback) { remove(account, context, std::move(callback)); },
                   timeout);
}

SecretStore::Result
SecretStore::waitFor(const std::function<void(const QObject *, Callback)> &start,
                     std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    std::optional<Result> result;
    {
        // The context dies with this scope: an answer arriving after the timeout is dropped
        // instead of writing into a finished wait.
        QObject context;
        start(&context, [&](const Result &r) {
            result = r;
            loop.quit();
        });
        if (!result) {
            QTimer timer;
            timer.setSingleShot(true);
            QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
            timer.start(timeout);
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
    }
    if (result)
        return *result;
    // A plain variable: lupdate 6.4 hangs on a template call inside translate()'s arguments.
    const int seconds = int(std::chrono::ceil<std::chrono::seconds>(timeout).count());
    return {Status::Unavailable,
            {},
            QCoreApplication::translate("modelkit::SecretStore",
                                        "the keychain did not answer within %n second(s)", nullptr,
                                        seconds)};
}

} // namespace modelkit
