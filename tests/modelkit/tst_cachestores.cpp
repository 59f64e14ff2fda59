// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The response cache's memory and SQLite stores: asynchronous replies, LRU size bounds,
// TTL, persistence, and one file shared by several processes.
//
// The binary doubles as its own helper process: `--cache-writer FILE NAME COUNT` writes and
// reads back COUNT entries through a SqliteCacheStore; `--hold-lock FILE MS` keeps SQLite's
// write lock on FILE for MS milliseconds.
#include "cache/memorycachestore.h"
#include "cache/sqlitecachestore.h"

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace modelkit;
using Reply = CacheStore::Reply;
using Status = CacheStore::Reply::Status;

namespace {

constexpr int waitMs = 5000;

//! Runs one store operation and waits (bounded) for its reply.
Reply await(const std::function<void(QObject *, CacheStore::Callback)> &operation)
{
    QObject context;
    std::optional<Reply> reply;
    operation(&context, [&reply](const Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, waitMs))
        return Reply::failure(u"test: no reply within %1 ms"_s.arg(waitMs));
    return *reply;
}

Reply get(CacheStore &store, const QByteArray &key)
{
    return await([&](QObject *c, CacheStore::Callback done) { store.get(key, c, done); });
}

Reply put(CacheStore &store, const QByteArray &key, const QByteArray &value)
{
    return await([&](QObject *c, CacheStore::Callback done) { store.put(key, value, c, done); });
}

Reply remove(CacheStore &store, const QByteArray &key)
{
    return await([&](QObject *c, CacheStore::Callback done) { store.remove(key, c, done); });
}

Reply clear(CacheStore &store)
{
    return await([&](QObject *c, CacheStore::Callback done) { store.clear(c, done); });
}

CacheStats stats(CacheStore &store)
{
    return await([&](QObject *c, CacheStore::Callback done) { store.stats(c, done); }).stats;
}

QString describe(const Reply &reply)
{
    switch (reply.status) {
    case Status::Ok:
        return u"ok (%1 bytes)"_s.arg(reply.value.size());
    case Status::Miss:
        return u"miss"_s;
    case Status::Error:
        return u"error: "_s + reply.error;
    }
    return {};
}

//! A value of exactly `size` bytes.
QByteArray valueOf(char fill, qsizetype size)
{
    return QByteArray(size, fill);
}

// ---- Helper process modes ------------------------------------------------------------------

int runWriter(const QStringList &args)
{
    if (args.size() != 5)
        return 64;
    const QString path = args.at(2);
    const QString name = args.at(3);
    const int count = args.at(4).toInt();
    SqliteCacheStore::Options options;
    options.maxBytes = 0;
    SqliteCacheStore store(path, options);
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        const QByteArray key = (name + u'-' + QString::number(i)).toUtf8();
        const Reply stored = put(store, key, key + "-value");
        const Reply read = get(store, key);
        if (stored.status != Status::Ok || read.status != Status::Ok
            || read.value != key + "-value") {
            std::fprintf(stderr, "%s: put %s, get %s\n", key.constData(),
                         qPrintable(describe(stored)), qPrintable(describe(read)));
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

int holdLock(const QStringList &args)
{
    if (args.size() != 4)
        return 64;
    int code = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"lock"_s);
        db.setDatabaseName(args.at(2));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(u"BEGIN EXCLUSIVE"_s)) {
            std::fprintf(stderr, "cannot lock: %s\n", qPrintable(query.lastError().text()));
            code = 1;
        } else {
            std::fputs("locked\n", stdout);
            std::fflush(stdout);
            QThread::msleep(args.at(3).toULong());
            query.exec(u"ROLLBACK"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"lock"_s);
    return code;
}

} // namespace

class TstCacheStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    // Both stores behave alike.
    void roundTrip_data();
    void roundTrip();
    void repliesAreAsynchronousAndOrdered_data();
    void repliesAreAsynchronousAndOrdered();
    void lruEvictionByBytes_data();
    void lruEvictionByBytes();
    void oversizedValueIsRefused_data();
    void oversizedValueIsRefused();
    void ttlExpiry_data();
    void ttlExpiry();
    void clearAndStats_data();
    void clearAndStats();
    void destroyedContextDropsCallback();

    // SQLite only.
    void sqliteReopenedFileKeepsEntries();
    void sqliteUnusablePathIsAnError();
    void sqliteCorruptFileIsAnError();
    void sqliteDefaultPathHonoursXdgCacheHome();
    void sqliteSharedByProcesses();
    void sqliteWaitsForAnotherProcessOffTheCallerThread();
    void sqliteLockHeldTooLongIsAnError();

private:
    std::unique_ptr<CacheStore> makeStore(const QString &kind, qint64 maxBytes, qint64 ttlMs,
                                          const QString &file = u"cache.sqlite"_s);
    QProcess *startSelf(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCacheStores::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<CacheStore> TstCacheStores::makeStore(const QString &kind, qint64 maxBytes,
                                                      qint64 ttlMs, const QString &file)
{
    if (kind == u"memory")
        return std::make_unique<MemoryCacheStore>(maxBytes, ttlMs);
    SqliteCacheStore::Options options;
    options.maxBytes = maxBytes;
    options.ttlMs = ttlMs;
    return std::make_unique<SqliteCacheStore>(m_dir->filePath(file), options);
}

QProcess *TstCacheStores::startSelf(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QCoreApplication::applicationFilePath(), arguments);
    return process;
}

static void addKinds()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("memory") << u"memory"_s;
    QTest::newRow("sqlite") << u"sqlite"_s;
}

void TstCacheStores::roundTrip_data()
{
    addKinds();
}

void TstCacheStores::roundTrip()
{
    QFETCH(QString, kind);
    auto store = makeStore(kind, 0, 0);
    const QByteArray binary("\x00\x01\xff{\"json\": true}\x00", 19);
    QCOMPARE(describe(get(*store, "k1")), u"miss"_s);
    QCOMPARE(describe(put(*store, "k1", binary)), u"ok (0 bytes)"_s);
    const Reply hit = get(*store, "k1");
    QCOMPARE(hit.status, Status::Ok);
    QCOMPARE(hit.value, binary);
    QCOMPARE(describe(put(*store, "k1", "replaced")), u"ok (0 bytes)"_s);
    QCOMPARE(get(*store, "k1").value, QByteArray("replaced"));
    QCOMPARE(describe(remove(*store, "k1")), u"ok (0 bytes)"_s);
    QCOMPARE(describe(get(*store, "k1")), u"miss"_s);
    const CacheStats counted = store->counters();
    QCOMPARE(counted.hits, 2);
    QCOMPARE(counted.misses, 2);
    QCOMPARE(counted.writes, 2);
    QCOMPARE(counted.errors, 0);
}

void TstCacheStores::repliesAreAsynchronousAndOrdered_data()
{
    addKinds();
}

void TstCacheStores::repliesAreAsynchronousAndOrdered()
{
    QFETCH(QString, kind);
    auto store = makeStore(kind, 0, 0);
    QStringList order;
    store->put("a", "1", this, [&order](const Reply &) { order << u"put a"_s; });
    store->get("a", this,
               [&order](const Reply &r) { order << u"get a = "_s + QString::fromUtf8(r.value); });
    store->remove("a", this, [&order](const Reply &) { order << u"remove a"_s; });
    store->get("a", this, [&order](const Reply &r) { order << u"get a: "_s + describe(r); });
    QVERIFY(order.isEmpty()); // never from inside the call
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 4, waitMs);
    QCOMPARE(order, (QStringList{u"put a"_s, u"get a = 1"_s, u"remove a"_s, u"get a: miss"_s}));
}

void TstCacheStores::lruEvictionByBytes_data()
{
    addKinds();
}

void TstCacheStores::lruEvictionByBytes()
{
    QFETCH(QString, kind);
    // Each entry is 1 key byte + 99 value bytes: the bound holds three.
    auto store = makeStore(kind, 300, 0);
    QCOMPARE(put(*store, "a", valueOf('a', 99)).status, Status::Ok);
    QCOMPARE(put(*store, "b", valueOf('b', 99)).status, Status::Ok);
    QCOMPARE(put(*store, "c", valueOf('c', 99)).status, Status::Ok);
    QCOMPARE(stats(*store).bytes, 300);
    // Reading "a" makes "b" the least recently used.
    QCOMPARE(get(*store, "a").status, Status::Ok);
    QCOMPARE(put(*store, "d", valueOf('d', 99)).status, Status::Ok);
    QCOMPARE(describe(get(*store, "b")), u"miss"_s);
    QCOMPARE(get(*store, "a").status, Status::Ok);
    QCOMPARE(get(*store, "c").status, Status::Ok);
    QCOMPARE(get(*store, "d").status, Status::Ok);
    // A bigger entry evicts as many of the oldest as it needs: now "a" then "c".
    QCOMPARE(put(*store, "e", valueOf('e', 149)).status, Status::Ok);
    const CacheStats after = stats(*store);
    QVERIFY2(after.bytes <= 300, qPrintable(QString::number(after.bytes)));
    QCOMPARE(after.entries, 2);
    QCOMPARE(describe(get(*store, "a")), u"miss"_s);
    QCOMPARE(describe(get(*store, "c")), u"miss"_s);
    QCOMPARE(get(*store, "d").status, Status::Ok);
    QCOMPARE(get(*store, "e").status, Status::Ok);
    QCOMPARE(after.maxBytes, 300);
}

void TstCacheStores::oversizedValueIsRefused_data()
{
    addKinds();
}

void TstCacheStores::oversizedValueIsRefused()
{
    QFETCH(QString, kind);
    auto store = makeStore(kind, 100, 0);
    QCOMPARE(put(*store, "small", valueOf('s', 50)).status, Status::Ok);
    // Larger than the whole bound: refused, and nothing else is evicted for it.
    QCOMPARE(describe(put(*store, "huge", valueOf('h', 200))), u"miss"_s);
    QCOMPARE(describe(get(*store, "huge")), u"miss"_s);
    QCOMPARE(get(*store, "small").status, Status::Ok);
    QCOMPARE(store->counters().errors, 0);
}

void TstCacheStores::ttlExpiry_data()
{
    addKinds();
}

void TstCacheStores::ttlExpiry()
{
    QFETCH(QString, kind);
    auto store = makeStore(kind, 0, 500);
    QCOMPARE(put(*store, "old", "1").status, Status::Ok);
    QCOMPARE(get(*store, "old").status, Status::Ok);
    QTest::qWait(250);
    QCOMPARE(put(*store, "young", "2").status, Status::Ok);
    QTest::qWait(350); // "old" is 600 ms old, "young" 350 ms
    QCOMPARE(describe(get(*store, "old")), u"miss"_s);
    QCOMPARE(get(*store, "young").status, Status::Ok);
    QCOMPARE(stats(*store).entries, 1);
    QCOMPARE(stats(*store).ttlMs, 500);
    QTest::qWait(250);
    QCOMPARE(describe(get(*store, "young")), u"miss"_s);
    QCOMPARE(stats(*store).entries, 0);
}

void TstCacheStores::clearAndStats_data()
{
    addKinds();
}

void TstCacheStores::clearAndStats()
{
    QFETCH(QString, kind);
    auto store = makeStore(kind, 10000, 0);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(put(*store, "key" + QByteArray::number(i), valueOf('x', 10)).status, Status::Ok);
    QCOMPARE(get(*store, "key1").status, Status::Ok);
    QCOMPARE(get(*store, "nope").status, Status::Miss);
    CacheStats before = stats(*store);
    QCOMPARE(before.entries, 5);
    QCOMPARE(before.bytes, 5 * (4 + 10));
    QCOMPARE(before.maxBytes, 10000);
    QCOMPARE(before.hits, 1);
    QCOMPARE(before.misses, 1);
    QCOMPARE(before.writes, 5);
    QCOMPARE(before.errors, 0);
    QCOMPARE(before.toJson().value(u"entries"_s).toInteger(), 5);
    QCOMPARE(clear(*store).status, Status::Ok);
    const CacheStats after = stats(*store);
    QCOMPARE(after.entries, 0);
    QCOMPARE(after.bytes, 0);
    QCOMPARE(describe(get(*store, "key1")), u"miss"_s);
}

void TstCacheStores::destroyedContextDropsCallback()
{
    SqliteCacheStore store(m_dir->filePath(u"c.sqlite"_s));
    int called = 0;
    auto *context = new QObject;
    store.put("k", "v", context, [&called](const Reply &) { ++called; });
    delete context;
    // A later operation's reply proves the first one was delivered (or dropped) by now.
    QCOMPARE(get(store, "k").status, Status::Ok);
    QCOMPARE(called, 0);
    // Without a context the callback runs as long as the store exists.
    store.remove("k", nullptr, [&called](const Reply &) { ++called; });
    QTRY_COMPARE_WITH_TIMEOUT(called, 1, waitMs);
}

void TstCacheStores::sqliteReopenedFileKeepsEntries()
{
    const QString path = m_dir->filePath(u"persist.sqlite"_s);
    {
        SqliteCacheStore store(path);
        QCOMPARE(put(store, "kept", "value").status, Status::Ok);
        // Destroyed right after queuing a write: the write still happens.
        store.put("queued", "last", nullptr, {});
    }
    SqliteCacheStore reopened(path);
    QCOMPARE(get(reopened, "kept").value, QByteArray("value"));
    QCOMPARE(get(reopened, "queued").value, QByteArray("last"));
    QCOMPARE(reopened.description(), u"disk "_s + path);
}

void TstCacheStores::sqliteUnusablePathIsAnError()
{
    // A regular file where the folder should be.
    QFile blocker(m_dir->filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir->filePath(u"not-a-folder/cache.sqlite"_s);
    SqliteCacheStore store(path);
    QSignalSpy errors(&store, &CacheStore::errorOccurred);
    const Reply reply = get(store, "k");
    QCOMPARE(reply.status, Status::Error);
    QVERIFY2(reply.error.contains(path), qPrintable(reply.error));
    QVERIFY2(reply.error.contains(u"cannot open"_s), qPrintable(reply.error));
    QCOMPARE(put(store, "k", "v").status, Status::Error);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.first().first().toString(), reply.error);
    QCOMPARE(store.counters().errors, 2);
    QCOMPARE(store.lastError(), reply.error);
}

void TstCacheStores::sqliteCorruptFileIsAnError()
{
    const QString path = m_dir->filePath(u"garbage.sqlite"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'G'));
    file.close();
    SqliteCacheStore store(path);
    const Reply reply = get(store, "k");
    QCOMPARE(reply.status, Status::Error);
    QVERIFY2(reply.error.startsWith(u"disk cache "_s + path), qPrintable(reply.error));
}

void TstCacheStores::sqliteDefaultPathHonoursXdgCacheHome()
{
    const QByteArray saved = qgetenv("XDG_CACHE_HOME");
    qputenv("XDG_CACHE_HOME", m_dir->filePath(u"xdg"_s).toUtf8());
    const QString path = SqliteCacheStore::defaultPath();
    if (saved.isNull())
        qunsetenv("XDG_CACHE_HOME");
    else
        qputenv("XDG_CACHE_HOME", saved);
    QVERIFY2(path.startsWith(m_dir->filePath(u"xdg/"_s)), qPrintable(path));
    QVERIFY(path.endsWith(u"/completions.sqlite"_s));
}

void TstCacheStores::sqliteSharedByProcesses()
{
    const QString path = m_dir->filePath(u"shared.sqlite"_s);
    constexpr int perProcess = 40;
    QProcess *first
        = startSelf({u"--cache-writer"_s, path, u"first"_s, QString::number(perProcess)});
    QProcess *second
        = startSelf({u"--cache-writer"_s, path, u"second"_s, QString::number(perProcess)});
    // This process writes at the same time.
    SqliteCacheStore store(path);
    for (int i = 0; i < perProcess; ++i) {
        const QByteArray key = "parent-" + QByteArray::number(i);
        store.put(key, key + "-value", nullptr, {});
    }
    for (QProcess *process : {first, second}) {
        QSignalSpy finished(process, &QProcess::finished);
        QVERIFY(process->state() == QProcess::NotRunning || finished.wait(waitMs));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
    // Everyone's entries are readable by everyone.
    for (const char *name : {"first", "second", "parent"}) {
        for (int i = 0; i < perProcess; ++i) {
            const QByteArray key = name + QByteArray("-") + QByteArray::number(i);
            const Reply reply = get(store, key);
            QVERIFY2(reply.status == Status::Ok && reply.value == key + "-value",
                     qPrintable(QString::fromUtf8(key) + u": "_s + describe(reply)));
        }
    }
    QCOMPARE(stats(store).entries, 3 * perProcess);
    QCOMPARE(store.counters().errors, 0);
}

void TstCacheStores::sqliteWaitsForAnotherProcessOffTheCallerThread()
{
    const QString path = m_dir->filePath(u"locked.sqlite"_s);
    SqliteCacheStore store(path);
    QCOMPARE(put(store, "before", "1").status, Status::Ok); // creates the file

    QProcess *locker = startSelf({u"--hold-lock"_s, path, u"800"_s});
    QVERIFY(locker->waitForReadyRead(waitMs));
    QCOMPARE(locker->readLine().trimmed(), QByteArray("locked"));

    // The write waits for the other process's lock (busy timeout), but not in this thread.
    QElapsedTimer elapsed;
    elapsed.start();
    std::optional<Reply> reply;
    store.put("during", "2", this, [&reply](const Reply &r) { reply = r; });
    QVERIFY(elapsed.elapsed() < 100);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(10);
    QVERIFY(QTest::qWaitFor([&reply] { return reply.has_value(); }, waitMs));
    QCOMPARE(describe(*reply), u"ok (0 bytes)"_s);
    QVERIFY2(elapsed.elapsed() >= 400, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks))); // the event loop kept running
    // WAL: reading was never blocked by the writer of the other process.
    QCOMPARE(get(store, "before").status, Status::Ok);
    QCOMPARE(get(store, "during").status, Status::Ok);
    QSignalSpy finished(locker, &QProcess::finished);
    QVERIFY(locker->state() == QProcess::NotRunning || finished.wait(waitMs));
    QCOMPARE(locker->exitCode(), 0);
}

void TstCacheStores::sqliteLockHeldTooLongIsAnError()
{
    const QString path = m_dir->filePath(u"busy.sqlite"_s);
    SqliteCacheStore::Options options;
    options.busyTimeoutMs = 200;
    SqliteCacheStore store(path, options);
    QCOMPARE(put(store, "before", "1").status, Status::Ok);

    QProcess *locker = startSelf({u"--hold-lock"_s, path, u"1500"_s});
    QVERIFY(locker->waitForReadyRead(waitMs));
    const Reply reply = put(store, "during", "2");
    QCOMPARE(reply.status, Status::Error);
    QVERIFY2(reply.error.contains(u"locked"_s), qPrintable(reply.error));
    QSignalSpy finished(locker, &QProcess::finished);
    QVERIFY(locker->state() == QProcess::NotRunning || finished.wait(waitMs));
    // Once the other process is done, writing works again.
    QCOMPARE(put(store, "after", "3").status, Status::Ok);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == u"--cache-writer")
        return runWriter(args);
    if (args.size() > 1 && args.at(1) == u"--hold-lock")
        return holdLock(args);
    TstCacheStores test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cachestores.moc"
