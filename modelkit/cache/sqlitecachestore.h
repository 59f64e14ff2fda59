// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/cachestore.h"

namespace modelkit {

//! Entries in an SQLite file (Qt SQL with the QSQLITE driver, Debian libqt6sql6-sqlite),
//! by default in the application's cache location. Safe for several processes at once:
//! WAL journal, a busy timeout, and writes in `BEGIN IMMEDIATE` transactions. Bounded by
//! bytes (keys plus values, least recently used evicted first) and by age (TTL from when an
//! entry was stored). All file I/O runs on the store's worker thread.
class SqliteCacheStore : public CacheStore
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 maxBytes = 256LL * 1024 * 1024;  //!< 0 = unbounded
        qint64 ttlMs = 30LL * 24 * 3600 * 1000; //!< 0 = entries never expire
        int busyTimeoutMs = 5000;               //!< wait this long for another process's lock
    };

    //! Opens (creating when needed) the file at `path` on first use, with default Options.
    explicit SqliteCacheStore(const QString &path, QObject *parent = nullptr);
    SqliteCacheStore(const QString &path, const Options &options, QObject *parent = nullptr);
    ~SqliteCacheStore() override;

    //! <QStandardPaths::CacheLocation>/completions.sqlite (honours XDG_CACHE_HOME).
    static QString defaultPath();

    QString path() const { return m_path; }
    const Options &options() const { return m_options; }
    QString description() const override;

protected:
    Reply doGet(const QByteArray &key) override;
    Reply doPut(const QByteArray &key, const QByteArray &value) override;
    Reply doRemove(const QByteArray &key) override;
    Reply doClear() override;
    Reply doStats() override;
    void doClose() override;

private:
    //! Opens the database on first use; empty on success, otherwise why not.
    QString ensureOpen();
    QString failure(const QString &what, const QString &detail) const;

    // Set in the constructor, read-only afterwards: safe to read from the worker thread.
    const QString m_path;
    const Options m_options;
    const QString m_connectionName;
    // Worker thread only.
    bool m_open = false;
};

} // namespace modelkit
