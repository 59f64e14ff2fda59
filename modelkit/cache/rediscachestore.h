// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/cachestore.h"

#include <optional>

struct redisContext;

namespace modelkit {

//! Entries in a Redis server (hiredis, Debian libhiredis-dev), so a team can share one cache
//! across machines. Keys are `keyPrefix + <hex key>`, written with `SET … PX <ttl>`; the
//! size bound is the server's own (maxmemory and its eviction policy). Connects on first
//! use — with AUTH and SELECT when configured — on the store's worker thread, with connect
//! and command timeouts, so the UI thread never waits for the network.
//!
//! An unreachable server is an Error reply naming the server and the cause (the response
//! cache then asks the provider); after a failed connection the store fails fast for
//! reconnectIntervalMs before trying again. A dropped connection is retried once at once.
class RedisCacheStore : public CacheStore
{
    Q_OBJECT

public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 6379;
        int database = 0;
        QString username; //!< Redis 6 ACL user; empty = the default user
        QString password; //!< empty = no AUTH
        QString keyPrefix = QStringLiteral("modelkit:cache:");
        qint64 ttlMs = 30LL * 24 * 3600 * 1000; //!< 0 = no expiry
        int connectTimeoutMs = 2000;
        int commandTimeoutMs = 2000;
        int reconnectIntervalMs = 2000;

        //! `redis://[[user]:password@]host[:port][/db][?prefix=P]`; the password may be
        //! percent-encoded. Returns nullopt with `error` set for anything else (rediss://
        //! included: TLS is not supported).
        static std::optional<Options> fromUrl(const QString &url, QString *error = nullptr);
        //! redis://host:port/db, never with the password.
        QString url() const;
    };

    explicit RedisCacheStore(const Options &options, QObject *parent = nullptr);
    ~RedisCacheStore() override;

    const Options &options() const { return m_options; }
    QString description() const override { return m_options.url(); }

protected:
    Reply doGet(const QByteArray &key) override;
    Reply doPut(const QByteArray &key, const QByteArray &value) override;
    Reply doRemove(const QByteArray &key) override;
    Reply doClear() override;
    Reply doStats() override;
    void doClose() override;

private:
    struct Result;

    //! Connects, authenticates and selects the database if needed; empty on success.
    QString ensureConnected();
    void disconnect();
    //! One command; reconnects and retries once when an established connection broke.
    Result command(const QList<QByteArray> &arguments);
    QString failure(const QString &detail) const;
    //! The prefix with Redis glob characters escaped, followed by `*`.
    QByteArray matchPattern() const;

    // Set in the constructor, read-only afterwards.
    const Options m_options;
    // Worker thread only.
    redisContext *m_context = nullptr;
    qint64 m_retryAtMs = 0;
    QString m_connectError;
    bool m_sigpipeBlocked = false;
};

} // namespace modelkit
