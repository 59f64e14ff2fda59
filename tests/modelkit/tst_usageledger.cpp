// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The usage ledger: persistence, schema migration, several writing processes, summaries.
#include "usage/usageledger.h"

#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
// Qt SQL is modelkit's private dependency (linked through it); its headers sit under the
// Qt include root that Qt Core already puts on the include path.
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;
using modelkit::RequestUsage;
using modelkit::UsageLedger;
using modelkit::UsageRecord;

namespace {

const char writerFlag[] = "--write-usage-rows";

UsageRecord sampleRecord(const QString &model, std::optional<double> cost)
{
    UsageRecord record;
    record.at = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC); // 2026-01-01
    record.source = u"app"_s;
    record.profile = u"Work, \"main\""_s;
    record.provider = u"openai"_s;
    record.model = model;
    record.usage = RequestUsage{1200, 340, 1000, 50, 120};
    record.costUsd = cost;
    record.estimated = true;
    record.latencyMs = 2345;
    record.timeToFirstTokenMs = 456;
    record.cached = true;
    record.finishReason = u"stop"_s;
    record.errorKind = u"rate_limit"_s;
    record.conversationId = u"conv-42"_s;
    return record;
}

//! A plain connection to `path` for checks and for building old files by hand.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    const QString m_name = u"tst-usage-raw"_s;
    bool m_open = false;
};

//! Child-process mode: writes `count` rows for `model` to `path`, one call each.
int writeRows(const QString &path, int count, const QString &model)
{
    UsageLedger ledger(path);
    for (int i = 0; i < count; ++i) {
        UsageRecord record
            = sampleRecord(model, i % 2 ? std::optional<double>(0.001) : std::nullopt);
        record.at = QDateTime::currentDateTimeUtc();
        record.source = u"cli"_s;
        QString error;
        if (!ledger.recordBlocking(record, &error)) {
            qWarning("%s", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

} // namespace

class TstUsageLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordsPersistAcrossReopen();
    void unknownCostIsStoredAsNull();
    void migratesFromVersion1();
    void refusesANewerSchema();
    void concurrentWritesFromProcesses();
    void summarizesByModelAndDay();
    void queryFilters();
    void defaultPathIsSharedDataLocation();

private:
    QString ledgerPath() const { return m_dir->filePath(u"sub/usage.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstUsageLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstUsageLedger::recordsPersistAcrossReopen()
{
    UsageRecord priced = sampleRecord(u"gpt-4o"_s, 0.0123);
    UsageRecord unpriced = sampleRecord(u"local-model"_s, std::nullopt);
    unpriced.timeToFirstTokenMs.reset();
    unpriced.cached = false;
    unpriced.estimated = false;
    unpriced.errorKind.clear();
    {
        UsageLedger ledger(ledgerPath());
        QSignalSpy recorded(&ledger, &UsageLedger::recorded);
        QSignalSpy errors(&ledger, &UsageLedger::errorOccurred);
        ledger.record(priced); // fire-and-forget
        QVERIFY(recorded.wait(10000));
        priced.id = recorded.first().first().toLongLong();
        QVERIFY(priced.id > 0);
        QString error;
        const auto id = ledger.recordBlocking(unpriced, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(*id > priced.id);
        unpriced.id = *id;
        QCOMPARE(errors.size(), 0);
    } // closed: a new connection must see the committed rows

    UsageLedger reopened(ledgerPath());
    QString error;
    const QList<UsageRecord> rows = reopened.queryBlocking({}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0), priced);
    QCOMPARE(rows.at(1), unpriced);
    QCOMPARE(rows.at(0).at.toMSecsSinceEpoch(), 1767225600123);
    QVERIFY(!rows.at(1).costUsd.has_value());
    QVERIFY(!rows.at(1).timeToFirstTokenMs.has_value());
    QCOMPARE(rows.at(0).toJson().value(u"cost_usd"_s).toDouble(), 0.0123);
    QVERIFY(rows.at(1).toJson().value(u"cost_usd"_s).isNull());
}

void TstUsageLedger::unknownCostIsStoredAsNull()
{
    {
        UsageLedger ledger(ledgerPath());
        QVERIFY(ledger.recordBlocking(sampleRecord(u"m"_s, std::nullopt)));
        QVERIFY(ledger.recordBlocking(sampleRecord(u"m"_s, 0.0))); // a known zero stays zero
    }
    RawDatabase raw(ledgerPath());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(u"SELECT count(*) FROM calls WHERE cost_usd IS NULL"_s).toInt(), 1);
    QCOMPARE(raw.value(u"SELECT count(*) FROM calls WHERE cost_usd = 0"_s).toInt(), 1);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void TstUsageLedger::migratesFromVersion1()
{
    QVERIFY(QDir().mkpath(QFileInfo(ledgerPath()).absolutePath()));
    {
        // The v1 shape: no error_kind, no conversation_id.
        RawDatabase raw(ledgerPath());
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(u"CREATE TABLE calls (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                         "at_ms INTEGER NOT NULL, source TEXT NOT NULL DEFAULT '', "
                         "profile TEXT NOT NULL DEFAULT '', provider TEXT NOT NULL DEFAULT '', "
                         "model TEXT NOT NULL DEFAULT '', "
                         "prompt_tokens INTEGER NOT NULL DEFAULT 0, "
                         "completion_tokens INTEGER NOT NULL DEFAULT 0, "
                         "cached_prompt_tokens INTEGER NOT NULL DEFAULT 0, "
                         "cache_creation_tokens INTEGER NOT NULL DEFAULT 0, "
                         "reasoning_tokens INTEGER NOT NULL DEFAULT 0, cost_usd REAL, "
                         "estimated INTEGER NOT NULL DEFAULT 0, "
                         "latency_ms INTEGER NOT NULL DEFAULT 0, ttft_ms INTEGER, "
                         "cached INTEGER NOT NULL DEFAULT 0, "
                         "finish_reason TEXT NOT NULL DEFAULT '')"_s));
        QVERIFY(raw.exec(u"INSERT INTO calls (at_ms, source, profile, provider, model, "
                         "prompt_tokens, completion_tokens, cost_usd, latency_ms, ttft_ms, "
                         "finish_reason) VALUES (1700000000000, 'app', 'Old', 'anthropic', "
                         "'claude-x', 10, 20, 0.5, 900, 300, 'stop')"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
    }

    {
        UsageLedger ledger(ledgerPath());
        QString error;
        const QList<UsageRecord> rows = ledger.queryBlocking({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        const UsageRecord &old = rows.first();
        QCOMPARE(old.at.toMSecsSinceEpoch(), 1700000000000);
        QCOMPARE(old.profile, u"Old"_s);
        QCOMPARE(old.provider, u"anthropic"_s);
        QCOMPARE(old.model, u"claude-x"_s);
        QCOMPARE(old.usage, (RequestUsage{10, 20, 0, 0, 0}));
        QCOMPARE(old.costUsd, std::optional<double>(0.5));
        QCOMPARE(old.timeToFirstTokenMs, std::optional<qint64>(300));
        QCOMPARE(old.finishReason, u"stop"_s);
        QCOMPARE(old.errorKind, QString(u""_s));
        QCOMPARE(old.conversationId, QString(u""_s));
        // The new columns work.
        QVERIFY(ledger.recordBlocking(sampleRecord(u"new"_s, 1.0), &error));
    }

    RawDatabase raw(ledgerPath());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), UsageLedger::schemaVersion);
    QCOMPARE(raw.value(u"SELECT conversation_id FROM calls WHERE model = 'new'"_s).toString(),
             u"conv-42"_s);
    QCOMPARE(raw.value(u"SELECT error_kind FROM calls WHERE model = 'new'"_s).toString(),
             u"rate_limit"_s);
}

void TstUsageLedger::refusesANewerSchema()
{
    QVERIFY(QDir().mkpath(QFileInfo(ledgerPath()).absolutePath()));
    {
        RawDatabase raw(ledgerPath());
        QVERIFY(raw.exec(u"CREATE TABLE calls (id INTEGER PRIMARY KEY)"_s));
        QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
    }
    UsageLedger ledger(ledgerPath());
    QSignalSpy errors(&ledger, &UsageLedger::errorOccurred);
    QString error;
    QVERIFY(!ledger.recordBlocking(sampleRecord(u"m"_s, 1.0), &error));
    QVERIFY2(error.contains(u"99"_s), qPrintable(error));
    QCOMPARE(errors.size(), 1);
    RawDatabase raw(ledgerPath());
    QCOMPARE(raw.value(u"PRAGMA user_version"_s).toInt(), 99);
}

void TstUsageLedger::concurrentWritesFromProcesses()
{
    const int count = 100;
    QList<QProcess *> children;
    for (const QString &model : {u"child-a"_s, u"child-b"_s}) {
        auto *child = new QProcess(this);
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(
            QCoreApplication::applicationFilePath(),
            {QString::fromLatin1(writerFlag), ledgerPath(), QString::number(count), model});
        children << child;
    }
    for (QProcess *child : std::as_const(children))
        QVERIFY(child->waitForStarted(10000));
    // The parent writes at the same time, through its own worker thread.
    QVERIFY(writeRows(ledgerPath(), count, u"parent"_s) == 0);
    for (QProcess *child : std::as_const(children)) {
        // The parent's event loop may already have seen it end.
        QVERIFY(child->state() == QProcess::NotRunning || child->waitForFinished(60000));
        QCOMPARE(child->exitStatus(), QProcess::NormalExit);
        QCOMPARE(child->exitCode(), 0);
    }

    UsageLedger ledger(ledgerPath());
    QString error;
    const QList<UsageRecord> rows = ledger.queryBlocking({}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), count * 3);
    QSet<qint64> ids;
    QHash<QString, int> perModel;
    for (const UsageRecord &row : rows) {
        ids.insert(row.id);
        ++perModel[row.model];
    }
    QCOMPARE(ids.size(), count * 3);
    QCOMPARE(perModel.value(u"child-a"_s), count);
    QCOMPARE(perModel.value(u"child-b"_s), count);
    QCOMPARE(perModel.value(u"parent"_s), count);
    const QList<UsageLedger::SummaryRow> byModel
        = ledger.summarizeBlocking(UsageLedger::By::Model, {}, {}, &error);
    QCOMPARE(byModel.size(), 3);
    for (const UsageLedger::SummaryRow &row : byModel)
        QCOMPARE(row.unpricedCalls, count / 2);
}

void TstUsageLedger::summarizesByModelAndDay()
{
    const QDateTime day1 = QDate(2026, 3, 10).startOfDay().addSecs(12 * 3600);
    const QDateTime day2 = QDate(2026, 3, 11).startOfDay().addSecs(12 * 3600);
    UsageLedger ledger(ledgerPath());
    auto add = [&](const QString &model, const QDateTime &at, RequestUsage usage,
                   std::optional<double> cost, bool cached) {
        UsageRecord record;
        record.at = at;
        record.source = u"cli"_s;
        record.profile = model == u"b" ? u"P2"_s : u"P1"_s;
        record.model = model;
        record.usage = usage;
        record.costUsd = cost;
        record.cached = cached;
        return ledger.recordBlocking(record).has_value();
    };
    QVERIFY(add(u"a"_s, day1, {100, 10, 40, 0, 5}, 0.5, false));
    QVERIFY(add(u"a"_s, day2, {200, 20, 0, 7, 0}, std::nullopt, false));
    QVERIFY(add(u"b"_s, day2, {1, 2, 0, 0, 0}, 0.25, true));

    QString error;
    const QList<UsageLedger::SummaryRow> byModel
        = ledger.summarizeBlocking(UsageLedger::By::Model, {}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(byModel.size(), 2);
    QCOMPARE(byModel.at(0).key, u"a"_s);
    QCOMPARE(byModel.at(0).calls, 2);
    QCOMPARE(byModel.at(0).usage, (RequestUsage{300, 30, 40, 7, 5}));
    QCOMPARE(byModel.at(0).knownCostUsd, 0.5);
    QCOMPARE(byModel.at(0).unpricedCalls, 1);
    QCOMPARE(byModel.at(0).cachedCalls, 0);
    QCOMPARE(byModel.at(1).key, u"b"_s);
    QCOMPARE(byModel.at(1).calls, 1);
    QCOMPARE(byModel.at(1).knownCostUsd, 0.25);
    QCOMPARE(byModel.at(1).unpricedCalls, 0);
    QCOMPARE(byModel.at(1).cachedCalls, 1);

    const QList<UsageLedger::SummaryRow> byDay
        = ledger.summarizeBlocking(UsageLedger::By::Day, {}, {}, &error);
    QCOMPARE(byDay.size(), 2);
    QCOMPARE(byDay.at(0).key, u"2026-03-10"_s);
    QCOMPARE(byDay.at(0).calls, 1);
    QCOMPARE(byDay.at(0).knownCostUsd, 0.5);
    QCOMPARE(byDay.at(1).key, u"2026-03-11"_s);
    QCOMPARE(byDay.at(1).calls, 2);
    QCOMPARE(byDay.at(1).usage.promptTokens, 201);
    QCOMPARE(byDay.at(1).knownCostUsd, 0.25);
    QCOMPARE(byDay.at(1).unpricedCalls, 1);

    const QList<UsageLedger::SummaryRow> byProfileSince = ledger.summarizeBlocking(
        UsageLedger::By::Profile, QDate(2026, 3, 11).startOfDay(), {}, &error);
    QCOMPARE(byProfileSince.size(), 2);
    QCOMPARE(byProfileSince.at(0).key, u"P1"_s);
    QCOMPARE(byProfileSince.at(0).calls, 1);
    QCOMPARE(byProfileSince.at(1).key, u"P2"_s);
}

void TstUsageLedger::queryFilters()
{
    UsageLedger ledger(ledgerPath());
    const QDateTime base = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC);
    for (int i = 0; i < 5; ++i) {
        UsageRecord record = sampleRecord(i < 3 ? u"x"_s : u"y"_s, 0.1);
        record.at = base.addSecs(i);
        QVERIFY(ledger.recordBlocking(record));
    }
    UsageLedger::Query query;
    query.model = u"x"_s;
    QCOMPARE(ledger.queryBlocking(query).size(), 3);
    query = {};
    query.since = base.addSecs(1);
    query.until = base.addSecs(4);
    QCOMPARE(ledger.queryBlocking(query).size(), 3);
    query = {};
    query.limit = 2;
    const QList<UsageRecord> last = ledger.queryBlocking(query);
    QCOMPARE(last.size(), 2);
    QCOMPARE(last.at(0).at, base.addSecs(3));
    QCOMPARE(last.at(1).at, base.addSecs(4));
}

void TstUsageLedger::defaultPathIsSharedDataLocation()
{
    QVERIFY(UsageLedger::defaultPath().endsWith(u"/Modelkit/Modelkit Playground/usage.sqlite"_s));
    QCOMPARE(UsageLedger::byFromName(u"day"), std::optional(UsageLedger::By::Day));
    QVERIFY(!UsageLedger::byFromName(u"week"));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], writerFlag) == 0)
        return writeRows(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt(),
                         QString::fromLocal8Bit(argv[4]));
    TstUsageLedger test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_usageledger.moc"
