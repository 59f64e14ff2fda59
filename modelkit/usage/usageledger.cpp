// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "usage/usageledger.h"

#include "core/sqlitesupport.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

// Schema migrations, in order: migrations[i] takes a file from user_version i to i + 1.
// Never edit a released step; add a new one (and bump UsageLedger::schemaVersion).
using Migration = bool (*)(QSqlQuery &query, QString *error);

bool createV1(QSqlQuery &query, QString *error)
{
    return SqliteSupport::run(query, error,
                              u"CREATE TABLE IF NOT EXISTS calls ("
                              "id INTEGER PRIMARY KEY AUTOINCREMENT, "
                              "at_ms INTEGER NOT NULL, "
                              "source TEXT NOT NULL DEFAULT '', "
                              "profile TEXT NOT NULL DEFAULT '', "
                              "provider TEXT NOT NULL DEFAULT '', "
                              "model TEXT NOT NULL DEFAULT '', "
                              "prompt_tokens INTEGER NOT NULL DEFAULT 0, "
                              "completion_tokens INTEGER NOT NULL DEFAULT 0, "
                              "cached_prompt_tokens INTEGER NOT NULL DEFAULT 0, "
                              "cache_creation_tokens INTEGER NOT NULL DEFAULT 0, "
                              "reasoning_tokens INTEGER NOT NULL DEFAULT 0, "
                              "cost_usd REAL, "
                              "estimated INTEGER NOT NULL DEFAULT 0, "
                              "latency_ms INTEGER NOT NULL DEFAULT 0, "
                              "ttft_ms INTEGER, "
                              "cached INTEGER NOT NULL DEFAULT 0, "
                              "finish_reason TEXT NOT NULL DEFAULT '')"_s);
}

bool addErrorKindAndConversation(QSqlQuery &query, QString *error)
{
    return SqliteSupport::run(query, error,
                              u"ALTER TABLE calls ADD COLUMN error_kind TEXT NOT NULL DEFAULT ''"_s)
           && SqliteSupport::run(
               query, error,
               u"ALTER TABLE calls ADD COLUMN conversation_id TEXT NOT NULL DEFAULT ''"_s)
           && SqliteSupport::run(query, error,
                                 u"CREATE INDEX IF NOT EXISTS calls_by_time ON calls (at_ms)"_s);
}

constexpr Migration migrations[] = {createV1, addErrorKindAndConversation};
static_assert(std::size(migrations) == UsageLedger::schemaVersion);

const QString columns = u"id, at_ms, source, profile, provider, model, prompt_tokens, "
                        "completion_tokens, cached_prompt_tokens, cache_creation_tokens, "
                        "reasoning_tokens, cost_usd, estimated, latency_ms, ttft_ms, cached, "
                        "finish_reason, error_kind, conversation_id"_s;

UsageRecord readRecord(const QSqlQuery &query)
{
    UsageRecord record;
    record.id = query.value(0).toLongLong();
    record.at = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    record.source = query.value(2).toString();
    record.profile = query.value(3).toString();
    record.provider = query.value(4).toString();
    record.model = query.value(5).toString();
    record.usage.promptTokens = query.value(6).toLongLong();
    record.usage.completionTokens = query.value(7).toLongLong();
    record.usage.cachedPromptTokens = query.value(8).toLongLong();
    record.usage.cacheCreationTokens = query.value(9).toLongLong();
    record.usage.reasoningTokens = query.value(10).toLongLong();
    if (!query.value(11).isNull())
        record.costUsd = query.value(11).toDouble();
    record.estimated = query.value(12).toBool();
    record.latencyMs = query.value(13).toLongLong();
    if (!query.value(14).isNull())
        record.timeToFirstTokenMs = query.value(14).toLongLong();
    record.cached = query.value(15).toBool();
    record.finishReason = query.value(16).toString();
    record.errorKind = query.value(17).toString();
    record.conversationId = query.value(18).toString();
    return record;
}

//! " WHERE …" for the filters that are set (empty when none), with their values in order.
QString whereClause(const UsageLedger::Query &filter, QVariantList *values)
{
    QStringList conditions;
    if (filter.since.isValid()) {
        conditions << u"at_ms >= ?"_s;
        values->append(filter.since.toMSecsSinceEpoch());
    }
    if (filter.until.isValid()) {
        conditions << u"at_ms < ?"_s;
        values->append(filter.until.toMSecsSinceEpoch());
    }
    const std::pair<QString, QString> texts[] = {{u"source"_s, filter.source},
                                                 {u"profile"_s, filter.profile},
                                                 {u"provider"_s, filter.provider},
                                                 {u"model"_s, filter.model}};
    for (const auto &[column, value] : texts) {
        if (value.isEmpty())
            continue;
        conditions << column + u" = ?"_s;
        values->append(value);
    }
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

//! Text columns are NOT NULL, and a null QString binds as NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

} // namespace

UsageLedger::UsageLedger(const QString &path, QObject *parent)
    : UsageLedger(path, Options{}, parent)
{}

UsageLedger::UsageLedger(const QString &path, const Options &options, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_options(options)
    , m_connectionName(SqliteSupport::uniqueConnectionName(u"usage"_s))
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"modelkit usage ledger"_s);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

UsageLedger::~UsageLedger()
{
    // Queued behind every pending operation, so pending records still reach the file.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            doClose();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
}

QString UsageLedger::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/Modelkit/Modelkit Playground/usage.sqlite"_s;
}

UsageLedger::SummaryRow UsageLedger::total(const QList<SummaryRow> &rows, const QString &key)
{
    SummaryRow sum;
    sum.key = key;
    for (const SummaryRow &row : rows) {
        sum.calls += row.calls;
        sum.usage += row.usage;
        sum.knownCostUsd += row.knownCostUsd;
        sum.unpricedCalls += row.unpricedCalls;
        sum.cachedCalls += row.cachedCalls;
        sum.estimatedCalls += row.estimatedCalls;
        sum.failedCalls += row.failedCalls;
    }
    return sum;
}

QString UsageLedger::byName(By by)
{
    switch (by) {
    case By::Model:
        return u"model"_s;
    case By::Day:
        return u"day"_s;
    case By::Profile:
        return u"profile"_s;
    case By::Provider:
        return u"provider"_s;
    }
    return {};
}

std::optional<UsageLedger::By> UsageLedger::byFromName(QStringView name)
{
    for (const By by : {By::Model, By::Day, By::Profile, By::Provider}) {
        if (name == byName(by))
            return by;
    }
    return std::nullopt;
}

template<typename Result>
void UsageLedger::dispatch(std::function<Result(QString *error)> work, QObject *context,
                           std::function<void(const Result &, const QString &)> done)
{
    // The QPointer is only read back in this thread, where `context` lives.
    auto deliver = [this, guard = QPointer<QObject>(context), hasContext = context != nullptr,
                    done = std::move(done)](const Result &result, const QString &error) {
        QMetaObject::invokeMethod(
            this,
            [this, guard, hasContext, done, result, error] {
                if (!error.isEmpty())
                    Q_EMIT errorOccurred(error);
                if (done && (!hasContext || guard))
                    done(result, error);
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_worker,
        [work = std::move(work), deliver = std::move(deliver)] {
            QString error;
            const Result result = work(&error);
            deliver(result, error);
        },
        Qt::QueuedConnection);
}

void UsageLedger::record(const UsageRecord &record)
{
    this->record(record, nullptr, {});
}

void UsageLedger::record(const UsageRecord &record, QObject *context, RecordCallback done)
{
    dispatch<qint64>([this, record](QString *error) { return doRecord(record, error); }, nullptr,
                     [this, guard = QPointer<QObject>(context), hasContext = context != nullptr,
                      done = std::move(done)](const qint64 &id, const QString &error) {
                         if (error.isEmpty())
                             Q_EMIT recorded(id);
                         if (done && (!hasContext || guard))
                             done(id, error);
                     });
}

void UsageLedger::query(const Query &query, QObject *context, QueryCallback done)
{
    dispatch<QList<UsageRecord>>([this, query](QString *error) { return doQuery(query, error); },
                                 context, std::move(done));
}

void UsageLedger::summarize(By by, const QDateTime &since, const QDateTime &until, QObject *context,
                            SummaryCallback done)
{
    dispatch<QList<SummaryRow>>(
        [this, by, since, until](QString *error) { return doSummarize(by, since, until, error); },
        context, std::move(done));
}

std::optional<qint64> UsageLedger::recordBlocking(const UsageRecord &record, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    std::optional<qint64> id;
    this->record(record, &loop, [&](qint64 newId, const QString &problem) {
        finished = true;
        if (problem.isEmpty())
            id = newId;
        else if (error)
            *error = problem;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return id;
}

QList<UsageRecord> UsageLedger::queryBlocking(const Query &query, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    QList<UsageRecord> records;
    this->query(query, &loop, [&](const QList<UsageRecord> &result, const QString &problem) {
        finished = true;
        records = result;
        if (error)
            *error = problem;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return records;
}

QList<UsageLedger::SummaryRow> UsageLedger::summarizeBlocking(By by, const QDateTime &since,
                                                              const QDateTime &until,
                                                              QString *error)
{
    QEventLoop loop;
    bool finished = false;
    QList<SummaryRow> rows;
    summarize(by, since, until, &loop,
              [&](const QList<SummaryRow> &result, const QString &problem) {
                  finished = true;
                  rows = result;
                  if (error)
                      *error = problem;
                  loop.quit();
              });
    if (!finished)
        loop.exec();
    return rows;
}

bool UsageLedger::select(QSqlQuery &query, const QString &sql, const QVariantList &values,
                         QString *error) const
{
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QString problem;
    if (SqliteSupport::run(query, &problem))
        return true;
    *error = failure(tr("cannot read"), problem);
    return false;
}

QString UsageLedger::failure(const QString &what, const QString &detail) const
{
    return tr("usage ledger %1: %2: %3").arg(m_path, what, detail);
}

QString UsageLedger::ensureOpen()
{
    if (m_open)
        return {};
    if (!QSqlDatabase::isDriverAvailable(SqliteSupport::driver()))
        return failure(tr("cannot open"),
                       tr("the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)"));
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath()))
        return failure(tr("cannot open"),
                       tr("cannot create the folder %1").arg(file.absolutePath()));

    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(SqliteSupport::driver(), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
    if (!db.open())
        return failure(tr("cannot open"), db.lastError().text());

    QSqlQuery query(db);
    // WAL lets readers and one writer of other processes work side by side; when another
    // process prevents the switch, the default journal is still correct, only slower.
    SqliteSupport::run(query, nullptr, u"PRAGMA journal_mode=WAL"_s);
    // Each call's row is on disk when record() reports it, even if the process dies next.
    SqliteSupport::run(query, nullptr, u"PRAGMA synchronous=FULL"_s);
    if (const QString problem = migrate(); !problem.isEmpty()) {
        db.close();
        return problem;
    }
    m_open = true;
    return {};
}

QString UsageLedger::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    QString error;
    // IMMEDIATE takes the write lock before the version is read: of two processes opening
    // the same old file, the second sees the first one's result and has nothing to do.
    if (!SqliteSupport::run(query, &error, u"BEGIN IMMEDIATE"_s))
        return failure(tr("cannot open"), error);
    auto rollback = [&](const QString &what) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return failure(what, error);
    };
    if (!SqliteSupport::run(query, &error, u"PRAGMA user_version"_s) || !query.next())
        return rollback(tr("cannot read the schema version"));
    const int version = query.value(0).toInt();
    query.finish();
    if (version > schemaVersion) {
        error = tr("schema version %1 is newer than this program's %2")
                    .arg(version)
                    .arg(schemaVersion);
        return rollback(tr("cannot open"));
    }
    if (version == schemaVersion) {
        SqliteSupport::run(query, nullptr, u"COMMIT"_s);
        return {};
    }
    for (int step = version; step < schemaVersion; ++step) {
        if (!migrations[step](query, &error))
            return rollback(tr("cannot migrate from schema version %1").arg(step));
    }
    // PRAGMA takes no bound values; the number is ours.
    if (!SqliteSupport::run(query, &error, u"PRAGMA user_version = %1"_s.arg(schemaVersion))
        || !SqliteSupport::run(query, &error, u"COMMIT"_s))
        return rollback(tr("cannot migrate from schema version %1").arg(version));
    return {};
}

qint64 UsageLedger::doRecord(const UsageRecord &record, QString *error)
{
    if (const QString problem = ensureOpen(); !problem.isEmpty()) {
        *error = problem;
        return 0;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO calls (at_ms, source, profile, provider, model, prompt_tokens, "
                  "completion_tokens, cached_prompt_tokens, cache_creation_tokens, "
                  "reasoning_tokens, cost_usd, estimated, latency_ms, ttft_ms, cached, "
                  "finish_reason, error_kind, conversation_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QDateTime at = record.at.isValid() ? record.at : QDateTime::currentDateTimeUtc();
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(text(record.source));
    query.addBindValue(text(record.profile));
    query.addBindValue(text(record.provider));
    query.addBindValue(text(record.model));
    query.addBindValue(record.usage.promptTokens);
    query.addBindValue(record.usage.completionTokens);
    query.addBindValue(record.usage.cachedPromptTokens);
    query.addBindValue(record.usage.cacheCreationTokens);
    query.addBindValue(record.usage.reasoningTokens);
    // NULL, never 0: an unknown price must not look free.
    query.addBindValue(record.costUsd ? QVariant(*record.costUsd)
                                      : QVariant(QMetaType::fromType<double>()));
    query.addBindValue(int(record.estimated));
    query.addBindValue(record.latencyMs);
    query.addBindValue(record.timeToFirstTokenMs ? QVariant(*record.timeToFirstTokenMs)
                                                 : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(int(record.cached));
    query.addBindValue(text(record.finishReason));
    query.addBindValue(text(record.errorKind));
    query.addBindValue(text(record.conversationId));
    QString problem;
    // One statement in autocommit mode: its own transaction, committed when it returns.
    if (!SqliteSupport::run(query, &problem)) {
        *error = failure(tr("cannot write"), problem);
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<UsageRecord> UsageLedger::doQuery(const Query &filter, QString *error)
{
    if (const QString problem = ensureOpen(); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    QVariantList values;
    QString sql = u"SELECT "_s + columns + u" FROM calls"_s + whereClause(filter, &values);
    if (filter.limit > 0) {
        sql = u"SELECT * FROM (%1 ORDER BY at_ms DESC, id DESC LIMIT %2) ORDER BY at_ms, id"_s
                  .arg(sql)
                  .arg(filter.limit);
    } else {
        sql += u" ORDER BY at_ms, id"_s;
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!select(query, sql, values, error))
        return {};
    QList<UsageRecord> records;
    while (query.next())
        records << readRecord(query);
    return records;
}

QList<UsageLedger::SummaryRow> UsageLedger::doSummarize(By by, const QDateTime &since,
                                                        const QDateTime &until, QString *error)
{
    if (const QString problem = ensureOpen(); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    QString key;
    switch (by) {
    case By::Model:
        key = u"model"_s;
        break;
    case By::Day:
        key = u"strftime('%Y-%m-%d', at_ms / 1000, 'unixepoch', 'localtime')"_s;
        break;
    case By::Profile:
        key = u"profile"_s;
        break;
    case By::Provider:
        key = u"provider"_s;
        break;
    }
    Query filter;
    filter.since = since;
    filter.until = until;
    QVariantList values;
    // total() is 0.0 over only NULLs, where sum() would be NULL.
    const QString sql = u"SELECT %1 AS k, count(*), coalesce(sum(prompt_tokens), 0), "
                        "coalesce(sum(completion_tokens), 0), "
                        "coalesce(sum(cached_prompt_tokens), 0), "
                        "coalesce(sum(cache_creation_tokens), 0), "
                        "coalesce(sum(reasoning_tokens), 0), total(cost_usd), "
                        "sum(cost_usd IS NULL), sum(cached <> 0), sum(estimated <> 0), "
                        "sum(error_kind <> '') FROM calls"_s.arg(key)
                        + whereClause(filter, &values) + u" GROUP BY k ORDER BY k"_s;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!select(query, sql, values, error))
        return {};
    QList<SummaryRow> rows;
    while (query.next()) {
        SummaryRow row;
        row.key = query.value(0).toString();
        row.calls = query.value(1).toLongLong();
        row.usage.promptTokens = query.value(2).toLongLong();
        row.usage.completionTokens = query.value(3).toLongLong();
        row.usage.cachedPromptTokens = query.value(4).toLongLong();
        row.usage.cacheCreationTokens = query.value(5).toLongLong();
        row.usage.reasoningTokens = query.value(6).toLongLong();
        row.knownCostUsd = query.value(7).toDouble();
        row.unpricedCalls = query.value(8).toLongLong();
        row.cachedCalls = query.value(9).toLongLong();
        row.estimatedCalls = query.value(10).toLongLong();
        row.failedCalls = query.value(11).toLongLong();
        rows << row;
    }
    return rows;
}

void UsageLedger::doClose()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
}

} // namespace modelkit
