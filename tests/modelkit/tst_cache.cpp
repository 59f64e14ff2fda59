// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// ChatCompletionCache over real clients: an OpenAiClient talking to the loopback server
// (so every request that reaches the "provider" is counted on the wire) and ReplayClient;
// plus the CLI's --cache across two processes.
#include "cache/cacheentry.h"
#include "cache/cachekey.h"
#include "cache/chatcompletioncache.h"
#include "cache/memorycachestore.h"
#include "cache/sqlitecachestore.h"
#include "loopbackserver.h"
#include "providers/openai/openaiclient.h"
#include "providers/replay/replayclient.h"
#include "transport/httptransport.h"

#include <memory>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;

namespace {

constexpr int waitMs = 5000;

QByteArray fixture(const QString &name)
{
    return ScriptedResponse::fromFile(QStringLiteral(MODELKIT_FIXTURES_DIR) + u"/openai/"_s + name);
}

QByteArray completionBody(const QByteArray &content, const QByteArray &finish = "\"stop\"")
{
    return R"({"id":"chatcmpl-c1","object":"chat.completion","created":1,)"
           R"("model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,)"
           R"("message":{"role":"assistant","content":")"
           + content + R"("},"logprobs":null,"finish_reason":)" + finish
           + R"(}],"usage":{"prompt_tokens":21,"completion_tokens":9,"total_tokens":30}})";
}

ToolSchema weatherTool()
{
    ToolSchema tool;
    tool.name = u"GetWeatherArgs"_s;
    tool.description = u"Weather of a city"_s;
    tool.parameters = QJsonObject{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}};
    return tool;
}

CompletionRequest request(const QString &text = u"What's the weather in Paris?"_s)
{
    CompletionRequest r;
    r.messages << SystemMessage{u"You are a weather bot."_s};
    r.messages << UserMessage{text, u"user"_s};
    return r;
}

struct Delta
{
    QString kind;
    QString text;
    int index = -1;
    QString id;
    QString name;
    bool operator==(const Delta &) const = default;
};

QString show(const QList<Delta> &deltas)
{
    QStringList out;
    for (const Delta &d : deltas)
        out << u"%1[%2|%3|%4|%5]"_s.arg(d.kind).arg(d.index).arg(d.id, d.name, d.text);
    return out.join(u' ');
}

//! Everything a job emits, in order, attached right after create()/createStream().
class Recorder : public QObject
{
public:
    explicit Recorder(CompletionJob *job) : m_job(job)
    {
        connect(job, &CompletionJob::textDelta, this, [this](const QString &t) {
            note({u"text"_s, t, -1, {}, {}});
        });
        connect(job, &CompletionJob::thoughtDelta, this, [this](const QString &t) {
            note({u"thought"_s, t, -1, {}, {}});
        });
        connect(job, &CompletionJob::toolCallDelta, this,
                [this](int index, const QString &id, const QString &name, const QString &f) {
                    note({u"tool"_s, f, index, id, name});
                });
        connect(job, &CompletionJob::finished, this, [this] { ++finishedCount; });
    }

    bool wait(int timeoutMs = waitMs)
    {
        if (!QTest::qWaitFor([this] { return finishedCount > 0; }, timeoutMs))
            return false;
        QTest::qWait(20); // lets a stray second finished() or late delta show up
        return true;
    }

    QList<Delta> deltas;
    int finishedCount = 0;
    int signalsAfterFinished = 0;

private:
    void note(const Delta &delta)
    {
        if (finishedCount > 0 || m_job->isFinished())
            ++signalsAfterFinished;
        deltas.append(delta);
    }

    CompletionJob *m_job;
};

//! A result without the parts a hit legitimately changes.
CreateResult comparable(CreateResult result)
{
    result.cached = false;
    result.exchange = {};
    return result;
}

QString errorOf(const CompletionJob *job)
{
    return job->hasError() ? job->error().toString() : QString();
}

//! A store whose every operation fails, as an unreachable server would.
class BrokenStore : public CacheStore
{
public:
    BrokenStore() : CacheStore(Threading::Inline, nullptr) {}
    QString description() const override { return u"broken"_s; }

protected:
    Reply doGet(const QByteArray &) override { return Reply::failure(u"broken: down"_s); }
    Reply doPut(const QByteArray &, const QByteArray &) override
    {
        return Reply::failure(u"broken: down"_s);
    }
    Reply doRemove(const QByteArray &) override { return Reply::failure(u"broken: down"_s); }
    Reply doClear() override { return Reply::failure(u"broken: down"_s); }
    Reply doStats() override { return Reply::failure(u"broken: down"_s); }
};

//! A store that takes far too long to answer (a hung server).
class SlowStore : public CacheStore
{
public:
    SlowStore() : CacheStore(Threading::Worker, nullptr) {}
    ~SlowStore() override { stopWorker(); }
    QString description() const override { return u"slow"_s; }

protected:
    Reply doGet(const QByteArray &) override
    {
        QThread::msleep(1500);
        return Reply::miss();
    }
    Reply doPut(const QByteArray &, const QByteArray &) override { return Reply::ok(); }
    Reply doRemove(const QByteArray &) override { return Reply::ok(); }
    Reply doClear() override { return Reply::ok(); }
    Reply doStats() override { return Reply::withStats({}); }
};

} // namespace

class TstCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void missThenHit();
    void hitIsAccountedAsCached();
    void streamedHitReplaysTheSameDeltas_data();
    void streamedHitReplaysTheSameDeltas();
    void nonStreamingCallIsServedFromAStreamedEntry();
    void streamingCallIsServedFromANonStreamedEntry();
    void differingToolChoiceMisses();
    void differingParametersMiss();
    void failedCallsAreNotStored_data();
    void failedCallsAreNotStored();
    void unknownFinishReasonIsNotStored();
    void cancelledCallIsNotStored();
    void cancelDuringLookupSendsNothing();
    void brokenStoreFallsThroughToProvider();
    void slowStoreFallsThroughAfterLookupTimeout();
    void disabledCachePassesThrough();
    void storeSharedByTwoLanes();
    void sqliteStoreBehindCache();
    void replayClientBehindCache();
    void invalidateForgetsOneRequest();
    void forwardsEverythingElseToInnerClient();
    void entrySerialisationRoundTrips();
    void inconsistentDeltasReplayWholeParts();
    void cliDiskCacheAcrossTwoRuns();
    void cliUnreachableCacheIsOnlyAWarning();

private:
    OpenAiClient *makeClient();
    ChatCompletionCache *makeCache(CacheStore *store);
    //! Runs one call to completion and returns its job.
    CompletionJob *run(ChatCompletionClient *client, const CompletionRequest &r, bool streaming,
                       std::unique_ptr<Recorder> *recorder = nullptr);
    int cliRun(const QStringList &args, QByteArray *out, QByteArray *err);

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<MemoryCacheStore> m_store;
    QList<QObject *> m_owned;
};

void TstCache::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_nam.get());
    m_store = std::make_unique<MemoryCacheStore>();
}

void TstCache::cleanup()
{
    // Caches first: they wrap the clients.
    for (auto it = m_owned.rbegin(); it != m_owned.rend(); ++it)
        delete *it;
    m_owned.clear();
    m_store.reset();
    m_transport.reset();
    m_nam.reset();
    m_server.reset();
}

OpenAiClient *TstCache::makeClient()
{
    OpenAiConfig config;
    config.flavor = OpenAiConfig::Flavor::Compatible;
    QUrl base = m_server->baseUrl();
    base.setPath(u"/v1"_s);
    config.baseUrl = base;
    config.model = u"gpt-4o-mini"_s;
    config.transport.maxRetries = 0;
    config.transport.idleTimeoutMs = 3000;
    config.transport.totalTimeoutMs = 10000;
    auto *client = new OpenAiClient(m_transport.get(), config);
    m_owned << client;
    return client;
}

ChatCompletionCache *TstCache::makeCache(CacheStore *store)
{
    auto *cache = new ChatCompletionCache(makeClient(), store);
    m_owned << cache;
    return cache;
}

CompletionJob *TstCache::run(ChatCompletionClient *client, const CompletionRequest &r,
                             bool streaming, std::unique_ptr<Recorder> *recorder)
{
    CompletionJob *job = streaming ? client->createStream(r) : client->create(r);
    auto watch = std::make_unique<Recorder>(job);
    if (!watch->wait())
        qWarning("the job did not finish within %d ms", waitMs);
    if (recorder)
        *recorder = std::move(watch);
    return job;
}

void TstCache::missThenHit()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Sunny, 22 degrees.")));

    CompletionJob *first = run(cache, request(), false);
    QVERIFY2(!first->hasError(), qPrintable(errorOf(first)));
    QCOMPARE(first->result().text(), u"Sunny, 22 degrees."_s);
    QCOMPARE(first->result().cached, false);
    QCOMPARE(first->result().exchange.method, QByteArray("POST"));
    QCOMPARE(m_server->requests().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(cache->writes(), 1, waitMs);

    std::unique_ptr<Recorder> hitDeltas;
    CompletionJob *second = run(cache, request(), false, &hitDeltas);
    QVERIFY2(!second->hasError(), qPrintable(errorOf(second)));
    QCOMPARE(m_server->requests().size(), 1); // answered from the cache
    const CreateResult hit = second->result();
    QCOMPARE(hit.cached, true);
    QCOMPARE(comparable(hit), comparable(first->result()));
    QCOMPARE(hit.usage.promptTokens, 21);
    QCOMPARE(hit.model, u"gpt-4o-mini-2024-07-18"_s);
    // Its own timings: no network, only the lookup.
    QCOMPARE(hit.exchange.method, QByteArray("CACHE"));
    QCOMPARE(hit.exchange.url, u"cache:memory"_s);
    QVERIFY(hit.exchange.status == 0 && hit.exchange.requestBody.isEmpty());
    QVERIFY(hit.exchange.sentAtMs > 0);
    QVERIFY(hit.exchange.doneAtMs >= hit.exchange.sentAtMs);
    // A non-streaming hit emits the whole content once, like a non-streaming call.
    QCOMPARE(show(hitDeltas->deltas), show({{u"text"_s, u"Sunny, 22 degrees."_s, -1, {}, {}}}));
    QCOMPARE(hitDeltas->finishedCount, 1);
    QCOMPARE(cache->hits(), 1);
    QCOMPARE(cache->misses(), 1);
    QCOMPARE(cache->errors(), 0);
    QCOMPARE(m_store->counters().hits, 1);
}

void TstCache::hitIsAccountedAsCached()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Rain.")));
    QSignalSpy usage(cache, &ChatCompletionClient::usageChanged);
    run(cache, request(), false);
    const RequestUsage once = cache->totalUsage();
    QCOMPARE(once.promptTokens, 21);
    QCOMPARE(once.completionTokens, 9);
    QCOMPARE(cache->actualUsage(), once);
    QTRY_COMPARE_WITH_TIMEOUT(cache->writes(), 1, waitMs);

    CompletionJob *hit = run(cache, request(), false);
    QVERIFY(hit->result().cached);
    // The stored usage counts in the total, but nothing was billed for it.
    QCOMPARE(cache->totalUsage().promptTokens, 42);
    QCOMPARE(cache->totalUsage().completionTokens, 18);
    QCOMPARE(cache->actualUsage(), once);
    QCOMPARE(usage.size(), 2);
}

void TstCache::streamedHitReplaysTheSameDeltas_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<bool>("withTools");
    QTest::newRow("text") << u"chat-stream-text-with-usage.sse"_s << false;
    QTest::newRow("parallel tool calls") << u"chat-stream-parallel-tool-calls.sse"_s << true;
}

void TstCache::streamedHitReplaysTheSameDeltas()
{
    QFETCH(QString, fixtureName);
    QFETCH(bool, withTools);
    const QByteArray sse = fixture(fixtureName);
    QVERIFY(!sse.isEmpty());
    ChatCompletionCache *cache = makeCache(m_store.get());
    CompletionRequest r = request();
    if (withTools)
        r.tools << weatherTool();
    m_server->enqueue(ScriptedResponse::sse(sse, 97, 1));

    std::unique_ptr<Recorder> original;
    CompletionJob *first = run(cache, r, true, &original);
    QVERIFY2(!first->hasError(), qPrintable(errorOf(first)));
    QVERIFY(original->deltas.size() > 3);
    QTRY_COMPARE_WITH_TIMEOUT(cache->writes(), 1, waitMs);

    std::unique_ptr<Recorder> replayed;
    CompletionJob *second = run(cache, r, true, &replayed);
    QVERIFY2(!second->hasError(), qPrintable(errorOf(second)));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(show(replayed->deltas), show(original->deltas));
    QCOMPARE(replayed->finishedCount, 1);
    QCOMPARE(replayed->signalsAfterFinished, 0);
    QCOMPARE(comparable(second->result()), comparable(first->result()));
    QVERIFY(second->result().cached);
    QCOMPARE(second->result().hasFunctionCalls(), withTools);
}

void TstCache::nonStreamingCallIsServedFromAStreamedEntry()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    m_server->enqueue(ScriptedResponse::sse(fixture(u"chat-stream-text-with-usage.sse"_s)));
    CompletionJob *streamed = run(cache, request(), true);
    QVERIFY2(!streamed->hasError(), qPrintable(errorOf(streamed)));
    QTRY_COMPARE_WITH_TIMEOUT(cache->writes(), 1, waitMs);

    std::unique_ptr<Recorder> whole;
    CompletionJob *plain = run(cache, request(), false, &whole);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(plain->result().cached);
    QCOMPARE(plain->result().text(), streamed->result().text());
    QCOMPARE(whole->deltas.size(), 1); // the whole content at once
    QCOMPARE(whole->deltas.first().text, streamed->result().text());
}

void TstCache::streamingCallIsServedFromANonStreamedEntry()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    m_server->enqueue(ScriptedResponse::json(200, completionBody("One piece.")));
    run(cache, request(), false);
    QTRY_COMPARE_WITH_TIMEOUT(cache->writes(), 1, waitMs);
    std::unique_ptr<Recorder> recorder;
    CompletionJob *streamed = run(cache, request(), true, &recorder);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(streamed->result().cached);
    QCOMPARE(streamed->result().text(), u"One piece."_s);
    QCOMPARE(show(recorder->deltas), show({{u"text"_s, u"One piece."_s, -1, {}, {}}}));
    QCOMPARE(recorder->finishedCount, 1);
}

void TstCache::differingToolChoiceMisses()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    for (int i = 0; i < 3; ++i)
        m_server->enqueue(
            ScriptedResponse::json(200, completionBody("Answer " + QByteArray::number(i))));
    CompletionRequest automatic = request();
    automatic.tools << weatherTool();
    CompletionRequest required = automatic;
    required.toolChoice = ToolChoice::fromString(u"required"_s);
    CompletionRequest named = automatic;
    named.toolChoice = ToolChoice::named(u"GetWeatherArgs"_s);

    QCOMPARE(run(cache, automatic, false)->result().text(), u"Answer 0"_s);
    QCOMPARE(run(cache, required, false)->result().text(), u"Answer 1"_s);
    QCOMPARE(run(cache, named, false)->result().text(), u"Answer 2"_s);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().at(1).json().value(u"tool_choice"_s).toString(), u"required"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cache->writes(), 3, waitMs);
    // Each is now cached under its own key.
    QCOMPARE(run(cache, required, false)->result().text(), u"Answer 1"_s);
    QCOMPARE(run(cache, named, false)->result().text(), u"Answer 2"_s);
    QCOMPARE(run(cache, automatic, false)->result().text(), u"Answer 0"_s);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(cache->hits(), 3);
}

void TstCache::differingParametersMiss()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    for (int i = 0; i < 4; ++i)
        m_server->enqueue(
            ScriptedResponse::json(200, completionBody("Answer " + QByteArray::number(i))));
    QString error;
    CompletionRequest cool = request();
    QVERIFY(cool.parameters.set(u"temperature"_s, 0.1, &error));
    CompletionRequest warm = request();
    QVERIFY(warm.parameters.set(u"temperature"_s, 0.9, &error));
    CompletionRequest extra = cool;
    extra.extraCreateArgs.insert(u"user"_s, u"alice"_s);
    CompletionRequest json = cool;
    json.jsonOutput = JsonOutput::jsonObject();

    QCOMPARE(run(cache, cool, false)->result().text(), u"Answer 0"_s);
    QCOMPARE(run(cache, warm, false)->result().text(), u"Answer 1"_s);
    QCOMPARE(run(cache, extra, false)->result().text(), u"Answer 2"_s);
    QCOMPARE(run(cache, json, false)->result().text(), u"Answer 3"_s);
    QCOMPARE(m_server->requests().size(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(cache->writes(), 4, waitMs);
    QCOMPARE(run(cache, warm, false)->result().text(), u"Answer 1"_s);
    QCOMPARE(run(cache, cool, false)->result().text(), u"Answer 0"_s);
    QCOMPARE(m_server->requests().size(), 4);
}

void TstCache::failedCallsAreNotStored_data()
{
    using Fault = ScriptedResponse::Fault;
    QTest::addColumn<ScriptedResponse>("failure");
    QTest::addColumn<bool>("streaming");
    QTest::newRow("HTTP 400") << ScriptedResponse::json(
        400, QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"bad"_s}}}})
                              << false;
    QTest::newRow("HTTP 500") << ScriptedResponse::json(500, QByteArray("{}")) << false;
    const QByteArray sse = fixture(u"chat-stream-text-with-usage.sse"_s);
    QTest::newRow("stream reset midway")
        << ScriptedResponse::sse(sse).withFault(Fault::ResetAfterBytes, sse.size() / 2) << true;
    QTest::newRow("stream cut before finish")
        << ScriptedResponse::sse(sse.left(sse.indexOf("\n\n", sse.size() / 2) + 2)) << true;
    QTest::newRow("error event in stream") << ScriptedResponse::sse(
        sse.left(sse.indexOf("\n\n") + 2) + R"(data: {"error":{"message":"overloaded"}})" + "\n\n")
                                           << true;
}

void TstCache::failedCallsAreNotStored()
{
    QFETCH(ScriptedResponse, failure);
    QFETCH(bool, streaming);
    ChatCompletionCache *cache = makeCache(m_store.get());
    m_server->enqueue(failure);
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Recovered.")));

    CompletionJob *failed = run(cache, request(), streaming);
    QVERIFY(failed->hasError());
    QCOMPARE(failed->result().cached, false);
    QTest::qWait(50);
    QCOMPARE(cache->writes(), 0);
    QCOMPARE(m_store->counters().writes, 0);

    CompletionJob *retried = run(cache, request(), false);
    QVERIFY2(!retried->hasError(), qPrintable(errorOf(retried)));
    QCOMPARE(retried->result().text(), u"Recovered."_s);
    QCOMPARE(retried->result().cached, false);
    QCOMPARE(m_server->requests().size(), 2);
}

void TstCache::unknownFinishReasonIsNotStored()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Maybe.", "null")));
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Surely.")));
    CompletionJob *first = run(cache, request(), false);
    QVERIFY2(!first->hasError(), qPrintable(errorOf(first)));
    QCOMPARE(first->result().finishReason, FinishReason::Unknown);
    CompletionJob *second = run(cache, request(), false);
    QCOMPARE(second->result().text(), u"Surely."_s);
    QCOMPARE(m_server->requests().size(), 2);
}

void TstCache::cancelledCallIsNotStored()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    m_server->enqueue(
        ScriptedResponse::sse(fixture(u"chat-stream-text-with-usage.sse"_s), 200, 30));
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Fresh.")));

    CompletionJob *job = cache->createStream(request());
    Recorder recorder(job);
    QVERIFY(QTest::qWaitFor([&recorder] { return !recorder.deltas.isEmpty(); }, waitMs));
    job->cancel();
    QCOMPARE(recorder.finishedCount, 1);
    QCOMPARE(job->error().kind, ModelError::Kind::Cancelled);
    QVERIFY(!job->result().text().isEmpty()); // the partial text is kept
    QTest::qWait(50);
    QCOMPARE(recorder.signalsAfterFinished, 0);
    QCOMPARE(cache->writes(), 0);

    CompletionJob *next = run(cache, request(), false);
    QCOMPARE(next->result().text(), u"Fresh."_s);
    QCOMPARE(next->result().cached, false);
    QCOMPARE(m_server->requests().size(), 2);
}

void TstCache::cancelDuringLookupSendsNothing()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    CompletionJob *job = cache->create(request());
    Recorder recorder(job);
    job->cancel();
    QCOMPARE(recorder.finishedCount, 1);
    QCOMPARE(job->error().kind, ModelError::Kind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(recorder.finishedCount, 1);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(cache->hits() + cache->misses(), 0);
}

void TstCache::brokenStoreFallsThroughToProvider()
{
    BrokenStore store;
    ChatCompletionCache *cache = makeCache(&store);
    QSignalSpy errors(cache, &ChatCompletionCache::cacheError);
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Direct 1.")));
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Direct 2.")));

    CompletionJob *first = run(cache, request(), false);
    QVERIFY2(!first->hasError(), qPrintable(errorOf(first)));
    QCOMPARE(first->result().text(), u"Direct 1."_s);
    CompletionJob *second = run(cache, request(), false);
    QVERIFY2(!second->hasError(), qPrintable(errorOf(second)));
    QCOMPARE(second->result().text(), u"Direct 2."_s);
    QCOMPARE(second->result().cached, false);
    QCOMPARE(m_server->requests().size(), 2);
    // Lookups and writes both failed, and said so.
    QTRY_COMPARE_WITH_TIMEOUT(cache->errors(), 4, waitMs);
    QCOMPARE(errors.size(), 4);
    QCOMPARE(errors.first().first().toString(), u"broken: down"_s);
    QCOMPARE(cache->hits(), 0);
}

void TstCache::slowStoreFallsThroughAfterLookupTimeout()
{
    SlowStore store;
    ChatCompletionCache *cache = makeCache(&store);
    cache->setLookupTimeoutMs(200);
    QSignalSpy errors(cache, &ChatCompletionCache::cacheError);
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Not waiting.")));
    QElapsedTimer elapsed;
    elapsed.start();
    CompletionJob *job = run(cache, request(), false);
    QVERIFY2(!job->hasError(), qPrintable(errorOf(job)));
    QCOMPARE(job->result().text(), u"Not waiting."_s);
    QVERIFY2(elapsed.elapsed() < 1200, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), u"slow: no answer within 200 ms"_s);
}

void TstCache::disabledCachePassesThrough()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    cache->setEnabled(false);
    m_server->enqueue(ScriptedResponse::json(200, completionBody("A.")));
    m_server->enqueue(ScriptedResponse::json(200, completionBody("B.")));
    QCOMPARE(run(cache, request(), false)->result().text(), u"A."_s);
    QCOMPARE(run(cache, request(), false)->result().text(), u"B."_s);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_store->counters().writes, 0);
    QCOMPARE(cache->totalUsage().promptTokens, 42);
    // Enabled again: the first call stores, the second hits.
    cache->setEnabled(true);
    m_server->enqueue(ScriptedResponse::json(200, completionBody("C.")));
    QCOMPARE(run(cache, request(), false)->result().text(), u"C."_s);
    QTRY_COMPARE_WITH_TIMEOUT(cache->writes(), 1, waitMs);
    QCOMPARE(run(cache, request(), false)->result().text(), u"C."_s);
    QCOMPARE(m_server->requests().size(), 3);
}

void TstCache::storeSharedByTwoLanes()
{
    ChatCompletionCache *left = makeCache(m_store.get());
    ChatCompletionCache *right = makeCache(m_store.get());
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Shared.")));
    QCOMPARE(run(left, request(), false)->result().text(), u"Shared."_s);
    QTRY_COMPARE_WITH_TIMEOUT(left->writes(), 1, waitMs);
    CompletionJob *hit = run(right, request(), false);
    QCOMPARE(hit->result().text(), u"Shared."_s);
    QVERIFY(hit->result().cached);
    QCOMPARE(m_server->requests().size(), 1);
    // Another scope (another server behind the same name and model) does not share.
    right->setKeyScope(u"http://elsewhere/v1"_s);
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Elsewhere.")));
    QCOMPARE(run(right, request(), false)->result().text(), u"Elsewhere."_s);
    QCOMPARE(m_server->requests().size(), 2);
}

void TstCache::sqliteStoreBehindCache()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cache.sqlite"_s);
    m_server->enqueue(ScriptedResponse::sse(fixture(u"chat-stream-parallel-tool-calls.sse"_s)));
    CompletionRequest r = request();
    r.tools << weatherTool();
    std::unique_ptr<Recorder> original;
    CreateResult stored;
    {
        SqliteCacheStore store(path);
        ChatCompletionCache *cache = makeCache(&store);
        CompletionJob *job = run(cache, r, true, &original);
        QVERIFY2(!job->hasError(), qPrintable(errorOf(job)));
        stored = job->result();
        // The store is closed right away: its pending write still completes.
        delete cache;
        m_owned.removeAll(cache);
    }
    SqliteCacheStore reopened(path);
    ChatCompletionCache *cache = makeCache(&reopened);
    std::unique_ptr<Recorder> replayed;
    CompletionJob *hit = run(cache, r, true, &replayed);
    QVERIFY2(!hit->hasError(), qPrintable(errorOf(hit)));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(show(replayed->deltas), show(original->deltas));
    QCOMPARE(comparable(hit->result()), comparable(stored));
    QVERIFY(hit->result().cached);
    // Never the store's local path: it would reach saved conversations.
    QCOMPARE(hit->result().exchange.url, u"cache:disk"_s);
}

void TstCache::replayClientBehindCache()
{
    ReplayScript script;
    CreateResult first;
    first.finishReason = FinishReason::Stop;
    first.content = u"First scripted answer, in several words."_s;
    first.thought = u"Thinking it over."_s;
    CreateResult second = first;
    second.content = u"Second scripted answer."_s;
    script.responses << first << second;
    ReplayClient replay(script);
    ChatCompletionCache cache(&replay, m_store.get());

    std::unique_ptr<Recorder> original;
    CompletionJob *miss = run(&cache, request(), true, &original);
    QCOMPARE(miss->result().text(), first.text());
    QVERIFY(original->deltas.size() > 3); // thought and words, piece by piece
    QCOMPARE(original->deltas.first().kind, u"thought"_s);
    QTRY_COMPARE_WITH_TIMEOUT(cache.writes(), 1, waitMs);
    std::unique_ptr<Recorder> replayed;
    CompletionJob *hit = run(&cache, request(), true, &replayed);
    QCOMPARE(hit->result().text(), first.text()); // not the script's next answer
    QCOMPARE(hit->result().thought, first.thought);
    QCOMPARE(show(replayed->deltas), show(original->deltas));
    QCOMPARE(replay.remainingResponses(), 1);
    QCOMPARE(cache.providerName(), u"replay"_s);
}

void TstCache::invalidateForgetsOneRequest()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Old.")));
    m_server->enqueue(ScriptedResponse::json(200, completionBody("New.")));
    run(cache, request(), false);
    QTRY_COMPARE_WITH_TIMEOUT(cache->writes(), 1, waitMs);
    QVERIFY(run(cache, request(), false)->result().cached);
    cache->invalidate(request());
    CompletionJob *regenerated = run(cache, request(), false);
    QCOMPARE(regenerated->result().text(), u"New."_s);
    QCOMPARE(regenerated->result().cached, false);
    QCOMPARE(m_server->requests().size(), 2);
}

void TstCache::forwardsEverythingElseToInnerClient()
{
    ChatCompletionCache *cache = makeCache(m_store.get());
    ChatCompletionClient *inner = cache->innerClient();
    QCOMPARE(cache->model(), u"gpt-4o-mini"_s);
    QCOMPARE(cache->providerName(), inner->providerName());
    QCOMPARE(cache->modelInfo(), inner->modelInfo());
    QCOMPARE(cache->countTokens(request().messages), inner->countTokens(request().messages));
    QCOMPARE(cache->keyFor(request()),
             CacheKey::compute(request(), inner->providerName(), inner->model()));
    // Invalid requests are refused before any lookup.
    CompletionJob *invalid = run(cache, CompletionRequest{}, false);
    QCOMPARE(invalid->error().kind, ModelError::Kind::InvalidRequest);
    QCOMPARE(cache->hits() + cache->misses(), 0);
}

void TstCache::entrySerialisationRoundTrips()
{
    CacheEntry entry;
    entry.result.finishReason = FinishReason::FunctionCalls;
    entry.result.content = QList<FunctionCall>{{u"call_1"_s, u"f"_s, u"{\"city\":\"Paris\"}"_s}};
    entry.result.thought = u"Let me check."_s;
    entry.result.usage.promptTokens = 5;
    entry.result.model = u"m"_s;
    entry.result.responseId = u"r1"_s;
    entry.result.logprobs = QJsonArray{QJsonObject{{u"token"_s, u"a"_s}}};
    entry.result.providerState = QJsonObject{{u"anthropic"_s, QJsonObject{{u"s"_s, 1}}}};
    entry.result.raw = QJsonObject{{u"id"_s, u"r1"_s}};
    entry.deltas = {{StreamDelta::Kind::Thought, u"Let me check."_s, 0, {}, {}},
                    {StreamDelta::Kind::ToolCall, u"{\"city\":"_s, 0, u"call_1"_s, u"f"_s},
                    {StreamDelta::Kind::ToolCall, u"\"Paris\"}"_s, 0, {}, {}}};
    entry.streamed = true;
    entry.storedAtMs = 1234;
    QVERIFY(entry.deltasRebuildResult());
    QString error;
    const auto back = CacheEntry::fromBytes(entry.toBytes(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, entry);
    QVERIFY(!CacheEntry::fromBytes("{not json", &error));
    QVERIFY(!CacheEntry::fromBytes(R"({"format": 99, "deltas": []})", &error));
    QVERIFY2(error.contains(u"format 99"_s), qPrintable(error));
}

void TstCache::inconsistentDeltasReplayWholeParts()
{
    CacheEntry entry;
    entry.result.finishReason = FinishReason::Stop;
    entry.result.content = u"The real answer."_s;
    entry.deltas = {{StreamDelta::Kind::Text, u"Something else"_s, 0, {}, {}}};
    QVERIFY(!entry.deltasRebuildResult());
    const QList<StreamDelta> replay = entry.replayDeltas(true);
    QCOMPARE(replay.size(), 1);
    QCOMPARE(replay.first().text, u"The real answer."_s);
}

int TstCache::cliRun(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"OPENAI_API_KEY"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, property("xdg").toString());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MODELKIT_CLI_PATH), args);
    // The loopback server lives in this process: keep its event loop running meanwhile.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!process.waitForStarted(waitMs) || !finished.wait(waitMs))
        return -1;
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TstCache::cliDiskCacheAcrossTwoRuns()
{
    QTemporaryDir xdg;
    QVERIFY(xdg.isValid());
    setProperty("xdg", xdg.path());
    const QStringList args{u"chat"_s,
                           u"--provider"_s,
                           u"compatible"_s,
                           u"--base-url"_s,
                           m_server->baseUrl().toString() + u"/v1"_s,
                           u"--model"_s,
                           u"test-model"_s,
                           u"--user"_s,
                           u"Say hi"_s,
                           u"--cache"_s,
                           u"disk"_s,
                           u"--output"_s,
                           u"json"_s};
    m_server->enqueue(ScriptedResponse::sse(fixture(u"chat-stream-text-with-usage.sse"_s)));
    QByteArray out, err;
    QCOMPARE(cliRun(args + QStringList{u"--stream"_s}, &out, &err), 0);
    const QJsonObject first = QJsonDocument::fromJson(out).object();
    QCOMPARE(first.value(u"cached"_s).toBool(), false);
    QVERIFY2(err.isEmpty(), err.constData());

    QCOMPARE(cliRun(args, &out, &err), 0);
    const QJsonObject second = QJsonDocument::fromJson(out).object();
    QCOMPARE(second.value(u"cached"_s).toBool(), true);
    QCOMPARE(second.value(u"content"_s), first.value(u"content"_s));
    QCOMPARE(second.value(u"usage"_s), first.value(u"usage"_s));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(QFile::exists(xdg.filePath(u"Modelkit/modelkit/completions.sqlite"_s)));

    // Text output says so too.
    QCOMPARE(cliRun(args.mid(0, args.size() - 2), &out, &err), 0);
    QVERIFY2(err.contains("cached]"), err.constData());
    QCOMPARE(m_server->requests().size(), 1);
}

void TstCache::cliUnreachableCacheIsOnlyAWarning()
{
    QTemporaryDir xdg;
    QVERIFY(xdg.isValid());
    setProperty("xdg", xdg.path());
    // A port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    const QStringList base{u"chat"_s,
                           u"--provider"_s,
                           u"compatible"_s,
                           u"--base-url"_s,
                           m_server->baseUrl().toString() + u"/v1"_s,
                           u"--model"_s,
                           u"test-model"_s,
                           u"--user"_s,
                           u"Say hi"_s,
                           u"--output"_s,
                           u"json"_s,
                           u"--cache"_s};
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Direct.")));
    m_server->enqueue(ScriptedResponse::json(200, completionBody("Direct again.")));
    QByteArray out, err;
    QCOMPARE(
        cliRun(base + QStringList{u"redis://:secret@127.0.0.1:%1/0"_s.arg(closedPort)}, &out, &err),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"content"_s).toString(), u"Direct."_s);
    QVERIFY2(err.contains("warning: cache: redis://127.0.0.1:"), err.constData());
    QVERIFY2(err.contains("cannot connect"), err.constData());
    QVERIFY2(!err.contains("secret"), err.constData());

    QCOMPARE(cliRun(base + QStringList{u"nonsense"_s}, &out, &err), 0);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"content"_s).toString(),
             u"Direct again."_s);
    QVERIFY2(err.contains("warning: cache: unknown cache"), err.constData());
    QCOMPARE(m_server->requests().size(), 2);
}

QTEST_GUILESS_MAIN(TstCache)
#include "tst_cache.moc"
