// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// RedisCacheStore against a real redis-server (Debian redis-server) that this test starts on a
// free loopback port with a password, no persistence and a temporary folder — and kills
// mid-test to check that calls still succeed through the provider.
#include "cache/chatcompletioncache.h"
#include "cache/rediscachestore.h"
#include "loopbackserver.h"
#include "providers/openai/openaiclient.h"
#include "transport/httptransport.h"

#include <csignal>
#include <functional>
#include <memory>
#include <optional>
#include <sys/prctl.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;
using Reply = CacheStore::Reply;
using Status = CacheStore::Reply::Status;

namespace {

constexpr int waitMs = 5000;
const QString password = u"loopback-secret"_s;

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

Reply clear(CacheStore &store)
{
    return await([&](QObject *c, CacheStore::Callback done) { store.clear(c, done); });
}

Reply stats(CacheStore &store)
{
    return await([&](QObject *c, CacheStore::Callback done) { store.stats(c, done); });
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

QByteArray completionBody(const QByteArray &content)
{
    return R"({"id":"chatcmpl-r1","object":"chat.completion","created":1,"model":"m",)"
           R"("choices":[{"index":0,"message":{"role":"assistant","content":")"
           + content
           + R"("},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":2}})";
}

QByteArray streamBody(const QByteArray &content)
{
    const QByteArray head = R"(data: {"id":"c","object":"chat.completion.chunk","created":1,)"
                            R"("model":"m","choices":[{"index":0,"delta":)";
    return head + R"({"content":")" + content + R"("},"finish_reason":null}]})" + "\n\n" + head
           + R"({},"finish_reason":"stop"}]})" + "\n\ndata: [DONE]\n\n";
}

CompletionRequest request(const QString &text)
{
    CompletionRequest r;
    r.messages << UserMessage{text, u"user"_s};
    return r;
}

} // namespace

class TstRedisCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void urlParsing_data();
    void urlParsing();
    void urlErrorsNeverShowThePassword();
    void authSelectAndRoundTrip();
    void wrongOrMissingPasswordIsAClearError();
    void ttlIsSetAndExpires();
    void prefixIsolatesStores();
    void unreachableServerIsAnErrorAndFailsFast();
    void cacheOverRedisThenServerKilledMidTest();
    void restartedServerIsReconnectedAtOnce();

private:
    bool startServer(QString *error);
    void stopServer();
    //! redis-cli against the test server; its trimmed stdout.
    QByteArray cli(const QStringList &arguments, int database = 0);
    RedisCacheStore::Options options(const QString &prefix, int database = 0) const;

    QString m_serverPath;
    QString m_cliPath;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_server;
};

void TstRedisCache::initTestCase()
{
    m_serverPath = QStandardPaths::findExecutable(u"redis-server"_s);
    m_cliPath = QStandardPaths::findExecutable(u"redis-cli"_s);
    if (m_serverPath.isEmpty() || m_cliPath.isEmpty())
        QFAIL("redis-server (and redis-cli) are not installed: run packaging/install-deps.sh, "
              "which installs the Debian package redis-server");
    QVERIFY(m_dir.isValid());
    m_port = freeLoopbackPort();
    QVERIFY(m_port != 0);
    QString error;
    QVERIFY2(startServer(&error), qPrintable(error));
}

void TstRedisCache::cleanupTestCase()
{
    stopServer();
}

bool TstRedisCache::startServer(QString *error)
{
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    m_server->setWorkingDirectory(m_dir.path());
    // Should this test crash, the server goes with it instead of lingering.
    m_server->setChildProcessModifier([] { prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_server->start(m_serverPath,
                    {u"--port"_s, QString::number(m_port), u"--bind"_s, u"127.0.0.1"_s, u"--save"_s,
                     u""_s, u"--appendonly"_s, u"no"_s, u"--requirepass"_s, password, u"--dir"_s,
                     m_dir.path(), u"--daemonize"_s, u"no"_s});
    if (!m_server->waitForStarted(waitMs)) {
        *error = u"cannot start redis-server: "_s + m_server->errorString();
        return false;
    }
    // Ready once it accepts connections.
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < waitMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        if (socket.waitForConnected(200))
            return true;
        if (m_server->state() != QProcess::Running) {
            *error = u"redis-server exited: "_s + QString::fromLocal8Bit(m_server->readAll());
            return false;
        }
        QTest::qWait(20);
    }
    *error = u"redis-server did not accept connections on port %1 within %2 ms: %3"_s.arg(m_port)
                 .arg(waitMs)
                 .arg(QString::fromLocal8Bit(m_server->readAll()));
    return false;
}

void TstRedisCache::stopServer()
{
    if (!m_server)
        return;
    m_server->kill(); // SIGKILL: the server gets no chance to say goodbye to its clients
    m_server->waitForFinished(waitMs);
    m_server.reset();
}

QByteArray TstRedisCache::cli(const QStringList &arguments, int database)
{
    QProcess process;
    process.start(m_cliPath,
                  QStringList{u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port), u"-a"_s,
                              password, u"--no-auth-warning"_s, u"-n"_s, QString::number(database)}
                      + arguments);
    if (!process.waitForFinished(waitMs))
        return "(redis-cli timed out)";
    return process.readAllStandardOutput().trimmed();
}

RedisCacheStore::Options TstRedisCache::options(const QString &prefix, int database) const
{
    RedisCacheStore::Options o;
    o.port = m_port;
    o.password = password;
    o.database = database;
    o.keyPrefix = prefix;
    o.connectTimeoutMs = 1000;
    o.commandTimeoutMs = 1000;
    o.reconnectIntervalMs = 200;
    return o;
}

void TstRedisCache::urlParsing_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("database");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("prefix");
    const QString defaultPrefix = RedisCacheStore::Options{}.keyPrefix;
    QTest::newRow("full") << u"redis://127.0.0.1:6390/2"_s << u"127.0.0.1"_s << 6390 << 2
                          << QString() << QString() << defaultPrefix;
    QTest::newRow("defaults") << u"redis://cache.example"_s << u"cache.example"_s << 6379 << 0
                              << QString() << QString() << defaultPrefix;
    QTest::newRow("password only") << u"redis://:s%40cret@host:7000/0"_s << u"host"_s << 7000 << 0
                                   << QString() << u"s@cret"_s << defaultPrefix;
    QTest::newRow("acl user and prefix")
        << u"redis://team:pw@host:1/3?prefix=team:llm:"_s << u"host"_s << 1 << 3 << u"team"_s
        << u"pw"_s << u"team:llm:"_s;
    QTest::newRow("ipv6") << u"redis://[::1]:6379/1"_s << u"::1"_s << 6379 << 1 << QString()
                          << QString() << defaultPrefix;
}

void TstRedisCache::urlParsing()
{
    QFETCH(QString, url);
    QString error;
    const auto parsed = RedisCacheStore::Options::fromUrl(url, &error);
    QVERIFY2(parsed, qPrintable(error));
    QTEST(parsed->host, "host");
    QTEST(parsed->port, "port");
    QTEST(parsed->database, "database");
    QTEST(parsed->username, "username");
    QTEST(parsed->password, "password");
    QTEST(parsed->keyPrefix, "prefix");
    QVERIFY(!parsed->url().contains(u'@'));
    QVERIFY(parsed->url().startsWith(u"redis://"_s));
}

void TstRedisCache::urlErrorsNeverShowThePassword()
{
    const QStringList bad{u"redis://:hunter2@host:1/db"_s, u"rediss://:hunter2@host:1/0"_s,
                          u"http://:hunter2@host:1/0"_s, u"redis://"_s};
    for (const QString &url : bad) {
        QString error;
        QVERIFY2(!RedisCacheStore::Options::fromUrl(url, &error), qPrintable(url));
        QVERIFY2(!error.isEmpty(), qPrintable(url));
        QVERIFY2(!error.contains(u"hunter2"_s), qPrintable(error));
    }
    RedisCacheStore::Options o;
    o.password = u"hunter2"_s;
    RedisCacheStore store(o);
    QVERIFY(!store.description().contains(u"hunter2"_s));
}

void TstRedisCache::authSelectAndRoundTrip()
{
    RedisCacheStore store(options(u"rt:"_s, 3));
    QCOMPARE(get(store, "k1").status, Status::Miss);
    // Bytes a C string would cut at the NUL (17 of them: the literal's size less its NUL).
    static const char raw[] = "{\"binary\": \"\x00\x01\xff\"}";
    const QByteArray value(raw, sizeof(raw) - 1);
    const Reply stored = put(store, "k1", value);
    QVERIFY2(!stored.isError(), qPrintable(stored.error));
    const Reply hit = get(store, "k1");
    QCOMPARE(hit.status, Status::Ok);
    QCOMPARE(hit.value, value);
    // On the server: under the prefix, in database 3 only.
    QCOMPARE(cli({u"EXISTS"_s, u"rt:k1"_s}, 3), QByteArray("1"));
    QCOMPARE(cli({u"EXISTS"_s, u"rt:k1"_s}, 0), QByteArray("0"));
    QCOMPARE(cli({u"STRLEN"_s, u"rt:k1"_s}, 3), QByteArray::number(value.size()));
    const CacheStats counted = stats(store).stats;
    QCOMPARE(counted.entries, 1);
    QCOMPARE(counted.bytes, 2 + value.size());
    QCOMPARE(counted.hits, 1);
    QCOMPARE(counted.misses, 1);
    QCOMPARE(store.description(), u"redis://127.0.0.1:%1/3"_s.arg(m_port));
}

void TstRedisCache::wrongOrMissingPasswordIsAClearError()
{
    RedisCacheStore::Options wrong = options(u"auth:"_s);
    wrong.password = u"not-the-password"_s;
    RedisCacheStore wrongStore(wrong);
    QSignalSpy errors(&wrongStore, &CacheStore::errorOccurred);
    const Reply refused = get(wrongStore, "k");
    QCOMPARE(refused.status, Status::Error);
    QVERIFY2(
        refused.error.startsWith(u"redis://127.0.0.1:%1/0: authentication failed"_s.arg(m_port)),
        qPrintable(refused.error));
    QVERIFY2(refused.error.contains(u"WRONGPASS"_s), qPrintable(refused.error));
    QVERIFY(!refused.error.contains(u"not-the-password"_s));
    QCOMPARE(errors.size(), 1);

    RedisCacheStore::Options none = options(u"auth:"_s);
    none.password.clear();
    RedisCacheStore anonymous(none);
    const Reply noAuth = put(anonymous, "k", "v");
    QCOMPARE(noAuth.status, Status::Error);
    QVERIFY2(noAuth.error.contains(u"NOAUTH"_s), qPrintable(noAuth.error));
}

void TstRedisCache::ttlIsSetAndExpires()
{
    RedisCacheStore::Options shortLived = options(u"ttl:"_s);
    shortLived.ttlMs = 400;
    RedisCacheStore store(shortLived);
    QCOMPARE(put(store, "brief", "v").status, Status::Ok);
    const qint64 pttl = cli({u"PTTL"_s, u"ttl:brief"_s}).toLongLong();
    QVERIFY2(pttl > 0 && pttl <= 400, qPrintable(QString::number(pttl)));
    QCOMPARE(get(store, "brief").status, Status::Ok);
    QTest::qWait(600);
    QCOMPARE(get(store, "brief").status, Status::Miss);

    RedisCacheStore defaults(options(u"ttl:"_s));
    QCOMPARE(put(defaults, "long", "v").status, Status::Ok);
    const qint64 seconds = cli({u"TTL"_s, u"ttl:long"_s}).toLongLong();
    QVERIFY2(seconds > 29 * 86400 && seconds <= 30 * 86400, qPrintable(QString::number(seconds)));
    RedisCacheStore::Options noExpiry = options(u"ttl:"_s);
    noExpiry.ttlMs = 0;
    RedisCacheStore keep(noExpiry);
    QCOMPARE(put(keep, "forever", "v").status, Status::Ok);
    QCOMPARE(cli({u"PTTL"_s, u"ttl:forever"_s}), QByteArray("-1"));
}

void TstRedisCache::prefixIsolatesStores()
{
    RedisCacheStore a(options(u"team-a:"_s));
    RedisCacheStore b(options(u"team-b:"_s));
    // Glob characters in a prefix are literal: clearing "g*" leaves "gx" alone.
    RedisCacheStore glob(options(u"g*"_s));
    RedisCacheStore plain(options(u"gx"_s));
    QCOMPARE(put(a, "same", "from a").status, Status::Ok);
    QCOMPARE(put(b, "same", "from b").status, Status::Ok);
    QCOMPARE(put(a, "other", "only a").status, Status::Ok);
    QCOMPARE(put(glob, "k", "glob").status, Status::Ok);
    QCOMPARE(put(plain, "k", "plain").status, Status::Ok);
    QCOMPARE(get(a, "same").value, QByteArray("from a"));
    QCOMPARE(get(b, "same").value, QByteArray("from b"));
    QCOMPARE(get(b, "other").status, Status::Miss);
    QCOMPARE(stats(a).stats.entries, 2);

    QCOMPARE(clear(a).status, Status::Ok);
    QCOMPARE(get(a, "same").status, Status::Miss);
    QCOMPARE(stats(a).stats.entries, 0);
    QCOMPARE(get(b, "same").value, QByteArray("from b"));
    QCOMPARE(clear(glob).status, Status::Ok);
    QCOMPARE(get(glob, "k").status, Status::Miss);
    QCOMPARE(get(plain, "k").value, QByteArray("plain"));
}

void TstRedisCache::unreachableServerIsAnErrorAndFailsFast()
{
    RedisCacheStore::Options nowhere = options(u"x:"_s);
    nowhere.port = freeLoopbackPort();
    nowhere.reconnectIntervalMs = 60'000;
    RedisCacheStore store(nowhere);
    QElapsedTimer elapsed;
    elapsed.start();
    const Reply first = get(store, "k");
    QCOMPARE(first.status, Status::Error);
    QCOMPARE(first.error,
             u"redis://127.0.0.1:%1/0: cannot connect: Connection refused"_s.arg(nowhere.port));
    // Within the reconnect interval the store answers at once with the same error.
    const Reply second = put(store, "k", "v");
    QCOMPARE(second.error, first.error);
    QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(store.counters().errors, 2);
}

void TstRedisCache::cacheOverRedisThenServerKilledMidTest()
{
    LoopbackServer provider;
    QVERIFY(provider.isListening());
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    OpenAiConfig config;
    config.flavor = OpenAiConfig::Flavor::Compatible;
    config.baseUrl = provider.url(u"/v1"_s);
    config.model = u"m"_s;
    config.transport.maxRetries = 0;
    OpenAiClient client(&transport, config);
    RedisCacheStore store(options(u"e2e:"_s));
    ChatCompletionCache cache(&client, &store);
    QSignalSpy cacheErrors(&cache, &ChatCompletionCache::cacheError);

    auto call = [&cache](const QString &text, bool streaming) {
        CompletionJob *job
            = streaming ? cache.createStream(request(text)) : cache.create(request(text));
        QSignalSpy finished(job, &CompletionJob::finished);
        if (!finished.wait(waitMs))
            qWarning("the call did not finish");
        return job;
    };

    // Up: a miss, then a hit.
    provider.enqueue(ScriptedResponse::json(200, completionBody("one")));
    CompletionJob *miss = call(u"first question"_s, false);
    QVERIFY2(!miss->hasError(), qPrintable(miss->error().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(cache.writes(), 1, waitMs);
    CompletionJob *hit = call(u"first question"_s, true);
    QVERIFY(hit->result().cached);
    QCOMPARE(hit->result().text(), u"one"_s);
    QCOMPARE(provider.requests().size(), 1);
    QCOMPARE(cacheErrors.size(), 0);

    // Killed: the cached question and a new one both go to the provider and succeed.
    stopServer();
    provider.enqueue(ScriptedResponse::json(200, completionBody("one again")));
    provider.enqueue(ScriptedResponse::sse(streamBody("two")));
    CompletionJob *again = call(u"first question"_s, false);
    QVERIFY2(!again->hasError(), qPrintable(again->error().toString()));
    QCOMPARE(again->result().text(), u"one again"_s);
    QCOMPARE(again->result().cached, false);
    CompletionJob *fresh = call(u"second question"_s, true);
    QVERIFY2(!fresh->hasError(), qPrintable(fresh->error().toString()));
    QCOMPARE(fresh->result().text(), u"two"_s);
    QCOMPARE(provider.requests().size(), 3);
    QVERIFY(cacheErrors.size() >= 2);
    const QString message = cacheErrors.first().first().toString();
    QVERIFY2(message.startsWith(u"redis://127.0.0.1:%1/0: "_s.arg(m_port)), qPrintable(message));
    QVERIFY(cache.errors() >= 2);

    // Back up on the same port: the store reconnects by itself.
    QString error;
    QVERIFY2(startServer(&error), qPrintable(error));
    QTest::qWait(250); // past the reconnect interval
    provider.enqueue(ScriptedResponse::json(200, completionBody("three")));
    QCOMPARE(call(u"third question"_s, false)->result().text(), u"three"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cache.writes(), 2, waitMs);
    CompletionJob *back = call(u"third question"_s, false);
    QVERIFY(back->result().cached);
    QCOMPARE(provider.requests().size(), 4);
}

void TstRedisCache::restartedServerIsReconnectedAtOnce()
{
    RedisCacheStore store(options(u"restart:"_s));
    QCOMPARE(put(store, "k", "v").status, Status::Ok); // connected
    stopServer();
    QString error;
    QVERIFY2(startServer(&error), qPrintable(error));
    // The old connection is dead; one fresh attempt is made at once, so no error shows.
    const Reply reply = get(store, "k");
    QVERIFY2(!reply.isError(), qPrintable(reply.error));
    QCOMPARE(reply.status, Status::Miss); // the server kept nothing (no persistence)
    // A large write into a dead connection fails with EPIPE, not SIGPIPE (which would end
    // this process), and is retried on a fresh connection.
    stopServer();
    QVERIFY2(startServer(&error), qPrintable(error));
    const QByteArray large(16 * 1024 * 1024, 'x');
    const Reply stored = put(store, "large", large);
    QVERIFY2(!stored.isError(), qPrintable(stored.error));
    QCOMPARE(get(store, "large").value.size(), large.size());
    QCOMPARE(store.counters().errors, 0);
}

QTEST_GUILESS_MAIN(TstRedisCache)
#include "tst_rediscache.moc"
