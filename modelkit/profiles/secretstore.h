// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>

#include <QObject>
#include <QString>

namespace modelkit {

//! Where API keys live: one secret per account (the profile name). Keys never go into
//! settings, profiles, exports or logs; a SecretStore is the only place that holds them.
//!
//! Every operation is asynchronous: the callback runs later from the event loop (never
//! inside read()/write()/remove() itself), exactly once, unless `context` was destroyed
//! first, in which case it is dropped (a null `context` means the store itself).
//! Implementations: KeychainSecretStore (the system keychain through QtKeychain) and
//! MemorySecretStore ("this session only", tests).
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,          //!< done; `value` holds the secret for a read
        NotFound,    //!< no secret is stored for the account (not an error)
        Unavailable, //!< no keychain to talk to (no Secret Service, locked, no answer)
        Failed,      //!< the keychain answered with an error (access denied…)
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString value;   //!< the secret (reads with status Ok only)
        QString message; //!< why, for Unavailable and Failed (translated or the backend's)

        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    //! How long the blocking helpers wait by default: long enough for a user to answer a
    //! keychain unlock prompt.
    static constexpr std::chrono::milliseconds defaultTimeout = std::chrono::seconds(60);

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    //! The secret stored for `account`: Ok with the value, or NotFound.
    virtual void read(const QString &account, const QObject *context, Callback callback) = 0;
    //! Stores `secret` for `account`, replacing any earlier one.
    virtual void write(const QString &account, const QString &secret, const QObject *context,
                       Callback callback)
        = 0;
    //! Forgets the secret of `account`; NotFound when there was none, where the backend
    //! can tell (the Secret Service cannot: Ok).
    virtual void remove(const QString &account, const QObject *context, Callback callback) = 0;

    //! Whether secrets outlive the process (the keychain) or not (this session only).
    virtual bool isPersistent() const = 0;

    //! Blocking forms for command-line tools and tests: they run a local QEventLoop until
    //! the answer arrives or `timeout` passes (then Unavailable). Never use them from GUI
    //! code paths.
    Result readBlocking(const QString &account, std::chrono::milliseconds timeout = defaultTimeout);
    Result writeBlocking(const QString &account, const QString &secret,
                         std::chrono::milliseconds timeout = defaultTimeout);
    Result removeBlocking(const QString &account,
                          std::chrono::milliseconds timeout = defaultTimeout);

private:
    //! Runs `start` with a private context and a callback, and waits for the callback.
    static Result waitFor(const std::function<void(const QObject *, Callback)> &start,
                          std::chrono::milliseconds timeout);
};

} // namespace modelkit
