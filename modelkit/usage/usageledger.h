// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/requestusage.h"
#include "usage/usagerecord.h"

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

class QThread;

class QSqlQuery;

namespace modelkit {

//! The persistent record of every call the app and the CLI make: one row per call in an
//! SQLite file (Qt SQL, QSQLITE driver), shared by the GUI and the CLI.
//!
//! Like SqliteCacheStore, all database work runs on the ledger's own thread with its own
//! connection, one operation at a time in request order, so the caller's thread never waits
//! for the disk; callbacks and signals arrive on the ledger's thread (where it was created)
//! on a later event-loop turn. The file is in WAL mode with a busy timeout, so several
//! processes (the GUI and any number of CLI runs) can write at once; every record() is its
//! own committed transaction, so a crash loses at most the call in flight.
//!
//! The schema is versioned with `PRAGMA user_version`; opening an older file runs the
//! missing migrations in order (in one `BEGIN IMMEDIATE` transaction, so two processes
//! opening the same old file do not both migrate it). A file newer than this build is
//! refused rather than written to.
//!
//! An unknown cost is stored as NULL, never as 0, and summaries count such calls apart.
class UsageLedger : public QObject
{
    Q_OBJECT

public:
    //! The schema version this build writes. v1: the first table; v2: adds
    //! `conversation_id` and `error_kind`.
    static constexpr int schemaVersion = 2;

    //! What summarize() groups by. Day is the local calendar day of the call.
    enum class By { Model, Day, Profile, Provider };

    //! Filters of query(); empty or invalid fields do not filter.
    struct Query
    {
        QDateTime since; //!< inclusive
        QDateTime until; //!< exclusive
        QString source;
        QString profile;
        QString provider;
        QString model;
        int limit = 0; //!< the most recent `limit` calls (still returned oldest first); 0 = all
    };

    //! One group of summarize().
    struct SummaryRow
    {
        QString key; //!< model, "YYYY-MM-DD", profile or provider (may be empty)
        qint64 calls = 0;
        RequestUsage usage;       //!< summed over all calls of the group
        double knownCostUsd = 0;  //!< summed over the calls whose cost is known
        qint64 unpricedCalls = 0; //!< calls whose cost is unknown (not in knownCostUsd)
        qint64 cachedCalls = 0;
        qint64 estimatedCalls = 0;
        qint64 failedCalls = 0; //!< calls with an error kind
        bool operator==(const SummaryRow &) const = default;
    };

    using RecordCallback = std::function<void(qint64 id, const QString &error)>;
    using QueryCallback = std::function<void(const QList<UsageRecord> &, const QString &error)>;
    using SummaryCallback = std::function<void(const QList<SummaryRow> &, const QString &error)>;

    struct Options
    {
        int busyTimeoutMs = 10000; //!< wait this long for another process's lock
    };

    //! Opens (creating when needed, migrating when older) the file at `path` on first use.
    explicit UsageLedger(const QString &path = defaultPath(), QObject *parent = nullptr);
    UsageLedger(const QString &path, const Options &options, QObject *parent = nullptr);
    //! Finishes the pending operations (so every record() is written), then closes.
    ~UsageLedger() override;

    //! <GenericDataLocation>/Modelkit/Modelkit Playground/usage.sqlite (honours
    //! XDG_DATA_HOME): the same file for the GUI and the CLI.
    static QString defaultPath();

    QString path() const { return m_path; }

    //! Stores `record` (its id is ignored) in its own transaction. Fire-and-forget: emits
    //! recorded() with the new row's id, or errorOccurred().
    void record(const UsageRecord &record);
    //! The same with a callback (dropped when `context` is destroyed first).
    void record(const UsageRecord &record, QObject *context, RecordCallback done);
    //! The calls matching `query`, oldest first.
    void query(const Query &query, QObject *context, QueryCallback done);
    //! The calls in [since, until) grouped by `by`, ordered by key.
    void summarize(By by, const QDateTime &since, const QDateTime &until, QObject *context,
                   SummaryCallback done);

    // Blocking variants for the CLI and tests: they run a local event loop until the worker
    // answers (other events of this thread are processed meanwhile).
    //! The new row's id, or nullopt with `error` set.
    std::optional<qint64> recordBlocking(const UsageRecord &record, QString *error = nullptr);
    QList<UsageRecord> queryBlocking(const Query &query, QString *error = nullptr);
    QList<SummaryRow> summarizeBlocking(By by, const QDateTime &since = {},
                                        const QDateTime &until = {}, QString *error = nullptr);

    //! The sum of `rows`, keyed `key`.
    static SummaryRow total(const QList<SummaryRow> &rows, const QString &key = {});

    //! "model", "day", "profile", "provider".
    static QString byName(By by);
    static std::optional<By> byFromName(QStringView name);

Q_SIGNALS:
    void recorded(qint64 id);
    void errorOccurred(const QString &message);

private:
    //! Runs `work` on the worker thread, then `done` on this object's thread (unless
    //! `context` was given and is gone); an error is also emitted as errorOccurred().
    template<typename Result>
    void dispatch(std::function<Result(QString *error)> work, QObject *context,
                  std::function<void(const Result &, const QString &)> done);

    // Worker thread only.
    QString ensureOpen();
    QString migrate();
    QString failure(const QString &what, const QString &detail) const;
    //! Prepares `sql`, binds `values` and runs it forward-only; false with `error` set.
    bool select(QSqlQuery &query, const QString &sql, const QVariantList &values,
                QString *error) const;
    qint64 doRecord(const UsageRecord &record, QString *error);
    QList<UsageRecord> doQuery(const Query &query, QString *error);
    QList<SummaryRow> doSummarize(By by, const QDateTime &since, const QDateTime &until,
                                  QString *error);
    void doClose();

    // Set in the constructor, read-only afterwards: safe to read from the worker thread.
    const QString m_path;
    const Options m_options;
    const QString m_connectionName;
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; //!< lives in m_thread; queued lambdas run there
    // Worker thread only.
    bool m_open = false;
};

} // namespace modelkit
