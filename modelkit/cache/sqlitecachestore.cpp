// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/sqlitecachestore.h"

#include "core/sqlitesupport.h"

#include <limits>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SqliteCacheStore::SqliteCacheStore(const QString &path, QObject *parent)
    : SqliteCacheStore(path, Options{}, parent)
{}

SqliteCacheStore::SqliteCacheStore(const QString &path, const Options &options, QObject *parent)
    : CacheStore(Threading::Worker, parent)
    , m_path(path)
    , m_options(options)
    , m_connectionName(SqliteSupport::uniqueConnectionName(u"cache"_s))
{}

SqliteCacheStore::~SqliteCacheStore()
{
    stopWorker();
}

QString SqliteCacheStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + u"/completions.sqlite"_s;
}

QString SqliteCacheStore::description() const
{
    return u"disk "_s + m_path;
}

QString SqliteCacheStore::failure(const QString &what, const QString &detail) const
{
    return u"disk cache %1: %2: %3"_s.arg(m_path, what, detail);
}

QString SqliteCacheStore::ensureOpen()
{
    if (m_open)
        return {};
    if (!QSqlDatabase::isDriverAvailable(SqliteSupport::driver()))
        return failure(u"cannot open"_s,
                       u"the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)"_s);
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath()))
        return failure(u"cannot open"_s, u"cannot create the folder %1"_s.arg(file.absolutePath()));

    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(SqliteSupport::driver(), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
    if (!db.open())
        return failure(u"cannot open"_s, db.lastError().text());

    QSqlQuery query(db);
    QString error;
    // WAL lets readers and one writer of other processes work side by side. It is a
    // property of the file; when another process holds the file in a way that prevents the
    // switch, the default journal is still correct, only slower.
    SqliteSupport::run(query, nullptr, u"PRAGMA journal_mode=WAL"_s);
    SqliteSupport::run(query, nullptr, u"PRAGMA synchronous=NORMAL"_s);
    // Takes effect only while the file has no tables; lets clear() give space back.
    SqliteSupport::run(query, nullptr, u"PRAGMA auto_vacuum=INCREMENTAL"_s);
    if (!SqliteSupport::run(
            query, &error,
            u"CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, value BLOB NOT NULL, "
            "size INTEGER NOT NULL, created_at INTEGER NOT NULL, accessed_at INTEGER NOT NULL)"_s)
        || !SqliteSupport::run(
            query, &error,
            u"CREATE INDEX IF NOT EXISTS entries_by_access ON entries (accessed_at)"_s)) {
        db.close();
        return failure(u"cannot create the table"_s, error);
    }
    m_open = true;
    return {};
}

CacheStore::Reply SqliteCacheStore::doGet(const QByteArray &key)
{
    if (const QString problem = ensureOpen(); !problem.isEmpty())
        return Reply::failure(problem);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QString error;
    query.prepare(u"SELECT value, created_at FROM entries WHERE key = ?"_s);
    query.addBindValue(QString::fromLatin1(key));
    if (!SqliteSupport::run(query, &error))
        return Reply::failure(failure(u"cannot read"_s, error));
    if (!query.next())
        return Reply::miss();
    const QByteArray value = query.value(0).toByteArray();
    const qint64 createdAt = query.value(1).toLongLong();
    // Ends the read before writing: a connection that upgrades an open read to a write
    // fails at once when another process writes, instead of waiting.
    query.finish();

    const qint64 time = now();
    if (m_options.ttlMs > 0 && createdAt + m_options.ttlMs <= time) {
        query.prepare(u"DELETE FROM entries WHERE key = ? AND created_at = ?"_s);
        query.addBindValue(QString::fromLatin1(key));
        query.addBindValue(createdAt);
        SqliteSupport::run(query, nullptr);
        return Reply::miss();
    }
    // Strictly increasing across processes, so recency has no ties within one millisecond.
    query.prepare(
        u"UPDATE entries SET accessed_at = "
        "max(?, (SELECT coalesce(max(accessed_at), 0) FROM entries) + 1) WHERE key = ?"_s);
    query.addBindValue(time);
    query.addBindValue(QString::fromLatin1(key));
    SqliteSupport::run(query, nullptr); // the hit stands even if its recency could not be recorded
    return Reply::hit(value);
}

CacheStore::Reply SqliteCacheStore::doPut(const QByteArray &key, const QByteArray &value)
{
    const qint64 size = key.size() + value.size();
    if (m_options.maxBytes > 0 && size > m_options.maxBytes)
        return Reply::miss();
    if (const QString problem = ensureOpen(); !problem.isEmpty())
        return Reply::failure(problem);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    QString error;
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so the
    // transaction never has to upgrade a read lock another writer is waiting on.
    if (!SqliteSupport::run(query, &error, u"BEGIN IMMEDIATE"_s))
        return Reply::failure(failure(u"cannot write"_s, error));
    auto rollback = [&](const QString &what) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return Reply::failure(failure(what, error));
    };
    const qint64 time = now();
    if (m_options.ttlMs > 0) {
        query.prepare(u"DELETE FROM entries WHERE created_at <= ?"_s);
        query.addBindValue(time - m_options.ttlMs);
        if (!SqliteSupport::run(query, &error))
            return rollback(u"cannot remove expired entries"_s);
    }
    query.prepare(u"INSERT OR REPLACE INTO entries (key, value, size, created_at, accessed_at) "
                  "VALUES (?, ?, ?, ?, "
                  "max(?, (SELECT coalesce(max(accessed_at), 0) FROM entries) + 1))"_s);
    query.addBindValue(QString::fromLatin1(key));
    query.addBindValue(value);
    query.addBindValue(size);
    query.addBindValue(time);
    query.addBindValue(time);
    if (!SqliteSupport::run(query, &error))
        return rollback(u"cannot write"_s);

    if (m_options.maxBytes > 0) {
        if (!SqliteSupport::run(query, &error, u"SELECT coalesce(sum(size), 0) FROM entries"_s)
            || !query.next())
            return rollback(u"cannot measure"_s);
        qint64 total = query.value(0).toLongLong();
        query.finish();
        QStringList victims;
        if (total > m_options.maxBytes) {
            query.prepare(u"SELECT key, size FROM entries WHERE key <> ? ORDER BY accessed_at"_s);
            query.addBindValue(QString::fromLatin1(key));
            if (!SqliteSupport::run(query, &error))
                return rollback(u"cannot evict"_s);
            while (total > m_options.maxBytes && query.next()) {
                victims << query.value(0).toString();
                total -= query.value(1).toLongLong();
            }
            query.finish();
        }
        for (const QString &victim : std::as_const(victims)) {
            query.prepare(u"DELETE FROM entries WHERE key = ?"_s);
            query.addBindValue(victim);
            if (!SqliteSupport::run(query, &error))
                return rollback(u"cannot evict"_s);
        }
    }
    if (!SqliteSupport::run(query, &error, u"COMMIT"_s))
        return rollback(u"cannot write"_s);
    return Reply::ok();
}

CacheStore::Reply SqliteCacheStore::doRemove(const QByteArray &key)
{
    if (const QString problem = ensureOpen(); !problem.isEmpty())
        return Reply::failure(problem);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QString error;
    query.prepare(u"DELETE FROM entries WHERE key = ?"_s);
    query.addBindValue(QString::fromLatin1(key));
    if (!SqliteSupport::run(query, &error))
        return Reply::failure(failure(u"cannot remove"_s, error));
    return Reply::ok();
}

CacheStore::Reply SqliteCacheStore::doClear()
{
    if (const QString problem = ensureOpen(); !problem.isEmpty())
        return Reply::failure(problem);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QString error;
    if (!SqliteSupport::run(query, &error, u"DELETE FROM entries"_s))
        return Reply::failure(failure(u"cannot clear"_s, error));
    // Give the space back; both may be refused while another process reads, which is fine.
    SqliteSupport::run(query, nullptr, u"PRAGMA incremental_vacuum"_s);
    query.finish();
    SqliteSupport::run(query, nullptr, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return Reply::ok();
}

CacheStore::Reply SqliteCacheStore::doStats()
{
    if (const QString problem = ensureOpen(); !problem.isEmpty())
        return Reply::failure(problem);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QString error;
    query.prepare(u"SELECT count(*), coalesce(sum(size), 0) FROM entries WHERE created_at > ?"_s);
    query.addBindValue(m_options.ttlMs > 0 ? now() - m_options.ttlMs
                                           : std::numeric_limits<qint64>::min());
    if (!SqliteSupport::run(query, &error) || !query.next())
        return Reply::failure(failure(u"cannot read"_s, error));
    CacheStats stats;
    stats.entries = query.value(0).toLongLong();
    stats.bytes = query.value(1).toLongLong();
    stats.maxBytes = m_options.maxBytes;
    stats.ttlMs = m_options.ttlMs;
    return Reply::withStats(stats);
}

void SqliteCacheStore::doClose()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
}

} // namespace modelkit
