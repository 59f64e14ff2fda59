// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/modellistjob.h"
#include "fixtures.h"
#include "jobwaiter.h"
#include "loopbackrig.h"
#include "printers.h"
#include "providers/openai/openaiclient.h"
#include "testvalues.h"

#include <memory>
#include <optional>
#include <utility>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::errorText;
using testsupport::fastTransport;
using testsupport::JobWatch;
using testsupport::kindOf;
using testsupport::offsetAfterEvents;
using testsupport::RecordedRequest;
using testsupport::ScriptedResponse;
using testsupport::settle;
using testsupport::sseOf;
using testsupport::ToolDelta;
using testsupport::usageOf;
using testsupport::waitForFinished;
using Fault = testsupport::ScriptedResponse::Fault;

namespace {

const QString testKey = u"sk-loopback-SECRET-0123456789"_s;

// Facts read from the recorded files in fixtures/openai/.
const QString textWithUsageText
    = u"I'm unable to provide real-time weather updates. To get the current weather in San "
      "Francisco, I recommend checking a reliable weather website or a weather app."_s;

QByteArray fixture(const QString &name)
{
    return testsupport::fixture(u"openai/"_s + name);
}

QByteArray contentChunk(const QByteArray &content, const QByteArray &finish = "null")
{
    return R"({"id":"chatcmpl-lb1","object":"chat.completion.chunk","created":1,)"
           R"("model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"delta":{"content":")"
           + content + R"("},"logprobs":null,"finish_reason":)" + finish + "}]}";
}

QByteArray completionBody(const QByteArray &content, const QByteArray &finish = "stop")
{
    return R"({"id":"chatcmpl-nb1","object":"chat.completion","created":1741569952,)"
           R"("model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_1","choices":[{"index":0,)"
           R"("message":{"role":"assistant","content":")"
           + content + R"(","refusal":null},"logprobs":null,"finish_reason":")" + finish
           + R"("}],"usage":{"prompt_tokens":21,"completion_tokens":9,"total_tokens":30,)"
             R"("prompt_tokens_details":{"cached_tokens":0},)"
             R"("completion_tokens_details":{"reasoning_tokens":0}}})";
}

CompletionRequest weatherRequest()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"You are a weather bot."_s};
    request.messages << UserMessage{u"What's the weather in San Francisco?"_s, u"user"_s};
    return request;
}

const QJsonArray weatherMessages{
    QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"You are a weather bot."_s}},
    QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"What's the weather in San Francisco?"_s}},
};

struct Rig : testsupport::LoopbackRig<OpenAiClient>
{
    OpenAiConfig config(OpenAiConfig::Flavor flavor = OpenAiConfig::Flavor::OpenAi) const
    {
        OpenAiConfig c;
        c.flavor = flavor;
        QUrl base = server.baseUrl();
        base.setPath(u"/v1"_s);
        c.baseUrl = base;
        c.apiKey = testKey;
        c.model = u"gpt-4o-mini"_s;
        c.transport = fastTransport();
        return c;
    }
};

} // namespace

class TestOpenAiProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamFixture_data();
    void streamFixture();
    void requestOnTheWire_data();
    void requestOnTheWire();
    void nonStreamingCreate();

    void retryAfter429();
    void serverErrorsThenSuccess();
    void badRequestNotRetried();
    void resetMidStream();
    void stallMidStream();
    void cancelMidStream_data();
    void cancelMidStream();
    void cancelBeforeSending();
    void errorEventMidStream_data();
    void errorEventMidStream();
    void readerErrorsCarryRequestId_data();
    void readerErrorsCarryRequestId();
    void rateLimitNotRetried();
    void streamAnsweredWithPlainJson_data();
    void streamAnsweredWithPlainJson();

    void rejectedBeforeSending_data();
    void rejectedBeforeSending();
    void usageAccumulates();

    void listModels();
    void listModelsUnauthorized();

    void azureClassic();
    void contentFilter_data();
    void contentFilter();
};

// ---------------------------------------------------------------------------------------------

void TestOpenAiProvider::streamFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("chunkSize");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finish");
    QTest::addColumn<qint64>("promptTokens");
    QTest::addColumn<qint64>("completionTokens");
    QTest::addColumn<QString>("responseId");

    // Odd piece sizes, so that the network splits lines, JSON and UTF-8 anywhere.
    QTest::newRow("text-with-usage")
        << u"chat-stream-text-with-usage.sse"_s << 31 << textWithUsageText << u"stop"_s
        << qint64(14) << qint64(30) << u"chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL"_s;
    QTest::newRow("parallel-tool-calls")
        << u"chat-stream-parallel-tool-calls.sse"_s << 29 << QString() << u"function_calls"_s
        << qint64(149) << qint64(60) << u"chatcmpl-ABfwAwrNePHUgBBezonVC6MX3zd63"_s;
    QTest::newRow("finish-length")
        << u"chat-stream-finish-length.sse"_s << 7 << u"{\""_s << u"length"_s << qint64(79)
        << qint64(1) << u"chatcmpl-ABfw3Oqj8RD0z6aJiiX37oTjV2HFh"_s;
    QTest::newRow("n3-choices")
        << u"chat-stream-n3-choices.sse"_s << 53
        << u"{\"city\":\"San Francisco\",\"temperature\":65,\"units\":\"f\"}"_s << u"stop"_s
        << qint64(79) << qint64(42) << u"chatcmpl-ABfw2KKFuVXmEJgVwYfBvejMAdWtq"_s;
}

void TestOpenAiProvider::streamFixture()
{
    QFETCH(QString, file);
    QFETCH(int, chunkSize);
    QFETCH(QString, text);
    QFETCH(QString, finish);
    QFETCH(qint64, promptTokens);
    QFETCH(qint64, completionTokens);
    QFETCH(QString, responseId);

    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    Rig rig;
    rig.server.enqueue(ScriptedResponse::sse(bytes, chunkSize, 1));
    OpenAiClient *client = rig.start(rig.config(OpenAiConfig::Flavor::Compatible));

    CompletionJob *job = client->createStream(weatherRequest());
    QVERIFY(job->isStreaming());
    QVERIFY(!job->isFinished());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QCOMPARE(watch.deltasWhileJobFinished, 0);
    QVERIFY(watch.finishedWhileJobSaysFinished);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    const CreateResult r = job->result();
    QCOMPARE(finishReasonName(r.finishReason), finish);
    QCOMPARE(r.responseId, responseId);
    QCOMPARE(r.model, u"gpt-4o-2024-08-06"_s);
    const RequestUsage usage = usageOf(promptTokens, completionTokens);
    QCOMPARE(r.usage, usage);
    QCOMPARE(client->totalUsage(), usage);
    QCOMPARE(client->actualUsage(), usage);

    if (text.isEmpty()) {
        // Two parallel calls: all fragments of index 0, then all of index 1.
        QCOMPARE(watch.textDeltas, 0);
        QVERIFY(watch.tools.size() > 2);
        QCOMPARE(watch.tools.first().index, 0);
        QCOMPARE(watch.tools.first().id, u"call_JMW1whyEaYG438VE1OIflxA2"_s);
        QCOMPARE(watch.tools.first().name, u"GetWeatherArgs"_s);
        QCOMPARE(watch.tools.last().index, 1);
        QList<int> order;
        QString arguments[2];
        for (const ToolDelta &delta : std::as_const(watch.tools)) {
            QVERIFY(delta.index == 0 || delta.index == 1);
            if (order.isEmpty() || order.last() != delta.index) {
                order << delta.index;
                QVERIFY(!delta.id.isEmpty());
                QVERIFY(!delta.name.isEmpty());
            } else {
                QVERIFY(delta.id.isEmpty());
                QVERIFY(delta.name.isEmpty());
            }
            arguments[delta.index] += delta.fragment;
        }
        QCOMPARE(order, (QList<int>{0, 1}));

        QVERIFY(r.hasFunctionCalls());
        const QList<FunctionCall> calls = r.functionCalls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).id, u"call_JMW1whyEaYG438VE1OIflxA2"_s);
        QCOMPARE(calls.at(0).name, u"GetWeatherArgs"_s);
        QCOMPARE(QJsonDocument::fromJson(calls.at(0).arguments.toUtf8()).object(),
                 (QJsonObject{
                     {u"city"_s, u"Edinburgh"_s}, {u"country"_s, u"GB"_s}, {u"units"_s, u"c"_s}}));
        QCOMPARE(calls.at(1).id, u"call_DNYTawLBoN8fj3KN6qU9N1Ou"_s);
        QCOMPARE(calls.at(1).name, u"get_stock_price"_s);
        QCOMPARE(QJsonDocument::fromJson(calls.at(1).arguments.toUtf8()).object(),
                 (QJsonObject{{u"ticker"_s, u"AAPL"_s}, {u"exchange"_s, u"NASDAQ"_s}}));
        QCOMPARE(arguments[0], calls.at(0).arguments);
        QCOMPARE(arguments[1], calls.at(1).arguments);
    } else {
        QVERIFY(watch.tools.isEmpty());
        QVERIFY(watch.textDeltas >= 1);
        QCOMPARE(watch.text, text);
        QCOMPARE(r.text(), text);
    }

    // The inspector's record of the exchange.
    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(r.exchange.status, 200);
    QCOMPARE(r.exchange.method, QByteArray("POST"));
    QCOMPARE(r.exchange.requestBody, request.body);
    QCOMPARE(r.exchange.responseBody, bytes);
    QCOMPARE(r.exchange.attempts.size(), 1);
    QVERIFY(r.exchange.sentAtMs > 0);
    QVERIFY(r.exchange.firstTokenAtMs >= r.exchange.sentAtMs);
    QVERIFY(r.exchange.doneAtMs >= r.exchange.firstTokenAtMs);
    QVERIFY(job->isFinished());
}

void TestOpenAiProvider::requestOnTheWire_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("apiKey");
    QTest::newRow("openai, with key") << int(OpenAiConfig::Flavor::OpenAi) << testKey;
    QTest::newRow("compatible, no key") << int(OpenAiConfig::Flavor::Compatible) << QString();
}

void TestOpenAiProvider::requestOnTheWire()
{
    QFETCH(int, flavor);
    QFETCH(QString, apiKey);

    Rig rig;
    rig.server.enqueue(ScriptedResponse::sse(fixture(u"chat-stream-finish-length.sse"_s), 11, 1));
    OpenAiConfig config = rig.config(OpenAiConfig::Flavor(flavor));
    config.apiKey = apiKey;
    OpenAiClient *client = rig.start(config);

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QVERIFY(request.query.isEmpty());
    if (apiKey.isEmpty())
        QVERIFY(!request.hasHeader("authorization"));
    else
        QCOMPARE(request.header("authorization"), QByteArray("Bearer " + apiKey.toUtf8()));
    QVERIFY(!request.hasHeader("api-key"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QCOMPARE(request.header("accept"), QByteArray("text/event-stream"));
    QVERIFY(request.header("user-agent").startsWith("modelkit/"));

    const QJsonObject body = request.json();
    QCOMPARE(body.keys(),
             (QStringList{u"messages"_s, u"model"_s, u"stream"_s, u"stream_options"_s}));
    QCOMPARE(body.value(u"model"_s), QJsonValue(u"gpt-4o-mini"_s));
    QCOMPARE(body.value(u"messages"_s).toArray(), weatherMessages);
    QCOMPARE(body.value(u"stream"_s), QJsonValue(true));
    QCOMPARE(body.value(u"stream_options"_s), QJsonValue(QJsonObject{{u"include_usage"_s, true}}));

    // The key never reaches the inspector.
    const CreateResult r = job->result();
    const QByteArray inspected
        = QJsonDocument(r.toJson(CreateResult::JsonDetail::WithInspector)).toJson();
    QVERIFY(inspected.contains("/v1/chat/completions"));
    QVERIFY(!inspected.contains("SECRET"));
    QVERIFY(!r.exchange.requestBody.contains("SECRET"));
    for (const auto &[name, value] : r.exchange.requestHeaders)
        QVERIFY2(!value.contains("SECRET"), name.constData());
    if (!apiKey.isEmpty())
        QCOMPARE(headerValue(r.exchange.requestHeaders, "Authorization"),
                 QByteArray("Bearer [redacted]"));
}

void TestOpenAiProvider::nonStreamingCreate()
{
    Rig rig;
    const QByteArray body = completionBody("It is 18 degrees and foggy.");
    rig.server.enqueue(ScriptedResponse::json(200, body, {{"x-request-id", "req_ok"}}));
    OpenAiClient *client = rig.start(rig.config());

    CompletionJob *job = client->create(weatherRequest());
    QVERIFY(!job->isStreaming());
    QVERIFY(!job->isFinished());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    // The whole content arrives as one delta just before finished().
    QCOMPARE(watch.textDeltas, 1);
    QCOMPARE(watch.text, u"It is 18 degrees and foggy."_s);
    QCOMPARE(watch.signalsAfterFinished, 0);

    const CreateResult r = job->result();
    QCOMPARE(r.text(), u"It is 18 degrees and foggy."_s);
    QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
    QCOMPARE(r.usage, usageOf(21, 9));
    QCOMPARE(r.responseId, u"chatcmpl-nb1"_s);
    QCOMPARE(r.model, u"gpt-4o-mini-2024-07-18"_s);
    QCOMPARE(r.raw, QJsonDocument::fromJson(body).object());
    QCOMPARE(r.exchange.status, 200);
    QCOMPARE(r.exchange.responseBody, body);
    QCOMPARE(client->totalUsage(), usageOf(21, 9));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    const QJsonObject sent = request.json();
    QCOMPARE(sent.keys(), (QStringList{u"messages"_s, u"model"_s}));
    QCOMPARE(sent.value(u"messages"_s).toArray(), weatherMessages);
}

// ---------------------------------------------------------------------------------------------
// Faults

void TestOpenAiProvider::retryAfter429()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(
        429,
        QByteArray(R"({"error":{"message":"Rate limit reached for gpt-4o-mini on requests per )"
                   R"(min (RPM): Limit 3, Used 3, Requested 1.","type":"requests",)"
                   R"("param":null,"code":"rate_limit_exceeded"}})"),
        {{"Retry-After", "1"}, {"x-request-id", "req_limited"}}));
    const QByteArray stream = fixture(u"chat-stream-finish-length.sse"_s);
    rig.server.enqueue(ScriptedResponse::sse(stream, 13, 1));
    OpenAiClient *client = rig.start(rig.config());

    QElapsedTimer elapsed;
    elapsed.start();
    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));
    QVERIFY2(elapsed.elapsed() >= 900, "Retry-After: 1 was not honoured");

    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.server.requests().at(1).body, rig.server.requests().at(0).body);
    const CreateResult r = job->result();
    QCOMPARE(r.text(), u"{\""_s);
    QCOMPARE(watch.text, u"{\""_s);
    QCOMPARE(finishReasonName(r.finishReason), u"length"_s);
    QCOMPARE(r.exchange.status, 200);
    QCOMPARE(r.exchange.attempts.size(), 2);
    QCOMPARE(r.exchange.attempts.at(0).status, 429);
    QCOMPARE(r.exchange.attempts.at(1).status, 200);
    QCOMPARE(r.exchange.attempts.at(1).delayBeforeMs, qint64(1000));
}

void TestOpenAiProvider::serverErrorsThenSuccess()
{
    Rig rig;
    const QByteArray serverError
        = R"({"error":{"message":"The server had an error while processing your request.",)"
          R"("type":"server_error","param":null,"code":null}})";
    rig.server.enqueue(ScriptedResponse::json(500, serverError));
    rig.server.enqueue(ScriptedResponse::json(500, serverError));
    rig.server.enqueue(ScriptedResponse::json(200, completionBody("Third time lucky.")));
    OpenAiClient *client = rig.start(rig.config());

    CompletionJob *job = client->create(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));
    QCOMPARE(rig.server.requests().size(), 3);
    const CreateResult r = job->result();
    QCOMPARE(r.text(), u"Third time lucky."_s);
    QCOMPARE(r.exchange.attempts.size(), 3);
    QCOMPARE(r.exchange.attempts.at(0).status, 500);
    QCOMPARE(r.exchange.attempts.at(1).status, 500);
    QCOMPARE(r.exchange.attempts.at(2).status, 200);
    // SDK backoff with initialBackoffMs 10: 10·2^n minus up to 25 % jitter.
    QVERIFY(r.exchange.attempts.at(1).delayBeforeMs >= 7);
    QVERIFY(r.exchange.attempts.at(1).delayBeforeMs <= 10);
    QVERIFY(r.exchange.attempts.at(2).delayBeforeMs >= 15);
    QVERIFY(r.exchange.attempts.at(2).delayBeforeMs <= 20);
    QCOMPARE(client->totalUsage(), usageOf(21, 9));
}

void TestOpenAiProvider::badRequestNotRetried()
{
    Rig rig;
    const QByteArray body
        = R"({"error":{"message":"Invalid value for 'temperature': must be between 0 and 2.",)"
          R"("type":"invalid_request_error","param":"temperature","code":"invalid_value"}})";
    rig.server.enqueue(ScriptedResponse::json(400, body, {{"x-request-id", "req_bad_123"}}));
    rig.server.enqueue(ScriptedResponse::json(200, completionBody("must not be used")));
    OpenAiClient *client = rig.start(rig.config());

    CompletionRequest request = weatherRequest();
    request.parameters.temperature = 7.0;
    CompletionJob *job = client->createStream(request);
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    settle();
    QVERIFY(job->hasError());
    const ModelError error = job->error();
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::BadRequest));
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.message, u"Invalid value for 'temperature': must be between 0 and 2."_s);
    QCOMPARE(error.providerCode, u"invalid_value"_s);
    QCOMPARE(error.requestId, u"req_bad_123"_s);
    QCOMPARE(rig.server.requests().size(), 1);
    QCOMPARE(rig.server.pendingResponses(), 1);
    QCOMPARE(watch.textDeltas, 0);
    QCOMPARE(job->result().exchange.status, 400);
    QCOMPARE(job->result().exchange.responseBody, body);
    QVERIFY(client->totalUsage().isZero());
}

void TestOpenAiProvider::resetMidStream()
{
    Rig rig;
    const QByteArray bytes = fixture(u"chat-stream-text-with-usage.sse"_s);
    // Five complete events: the role chunk, then "I'm", " unable", " to", " provide".
    const qsizetype cut = offsetAfterEvents(bytes, 5);
    QVERIFY(cut > 0);
    rig.server.enqueue(ScriptedResponse::sse(bytes, 7, 1).withFault(Fault::ResetAfterBytes, cut));
    OpenAiClient *client = rig.start(rig.config());

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Network));
    QVERIFY(!job->error().message.isEmpty());
    QCOMPARE(watch.text, u"I'm unable to provide"_s);
    const CreateResult r = job->result();
    QCOMPARE(r.text(), u"I'm unable to provide"_s);
    QCOMPARE(r.responseId, u"chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL"_s);
    QCOMPARE(finishReasonName(r.finishReason), u"unknown"_s);
    QCOMPARE(r.exchange.status, 200);
    // Tokens may already be on screen: a cut-off stream is never retried.
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestOpenAiProvider::stallMidStream()
{
    Rig rig;
    const QByteArray bytes = fixture(u"chat-stream-text-with-usage.sse"_s);
    const qsizetype cut = offsetAfterEvents(bytes, 5);
    QVERIFY(cut > 0);
    rig.server.enqueue(ScriptedResponse::sse(bytes, 7, 1).withFault(Fault::StallAfterBytes, cut));
    OpenAiConfig config = rig.config();
    config.transport.idleTimeoutMs = 300;
    OpenAiClient *client = rig.start(config);

    QElapsedTimer elapsed;
    elapsed.start();
    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY(elapsed.elapsed() >= 300);
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Timeout));
    QCOMPARE(watch.text, u"I'm unable to provide"_s);
    QCOMPARE(job->result().text(), u"I'm unable to provide"_s);
    QCOMPARE(rig.server.requests().size(), 1);
    // The client gave up on the connection.
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.openConnections(), 0, 5000);
}

void TestOpenAiProvider::cancelMidStream_data()
{
    QTest::addColumn<bool>("fromDeltaSlot");
    QTest::newRow("after the first delta") << false;
    QTest::newRow("inside the first textDelta slot") << true;
}

void TestOpenAiProvider::cancelMidStream()
{
    QFETCH(bool, fromDeltaSlot);
    Rig rig;
    const QByteArray bytes = fixture(u"chat-stream-text-with-usage.sse"_s);
    rig.server.enqueue(ScriptedResponse::sse(bytes, 7, 2));
    OpenAiClient *client = rig.start(rig.config());

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    int finishedWhenCancelReturned = -1;
    if (fromDeltaSlot) {
        // Connected after the watch, so the watch has seen the delta already.
        connect(job, &CompletionJob::textDelta, &watch, [job, &watch, &finishedWhenCancelReturned] {
            if (finishedWhenCancelReturned >= 0)
                return;
            job->cancel();
            finishedWhenCancelReturned = watch.finishedCount;
        });
        QVERIFY(waitForFinished(job));
        QCOMPARE(finishedWhenCancelReturned, 1);
    } else {
        if (watch.textDeltas == 0) {
            QSignalSpy firstDelta(job, &CompletionJob::textDelta);
            QVERIFY(firstDelta.wait(5000));
        }
        QVERIFY(watch.textDeltas >= 1);
        QCOMPARE(watch.finishedCount, 0);
        QCOMPARE(rig.server.openConnections(), 1);
        job->cancel();
        // Synchronously, exactly once.
        QCOMPARE(watch.finishedCount, 1);
    }
    QVERIFY(job->isFinished());
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Cancelled));
    const QString partial = watch.text;
    QVERIFY(!partial.isEmpty());
    QVERIFY(partial.size() < textWithUsageText.size());
    QVERIFY(textWithUsageText.startsWith(partial));
    QCOMPARE(job->result().text(), partial);
    if (fromDeltaSlot)
        QCOMPARE(watch.textDeltas, 1);

    job->cancel(); // a no-op once finished
    QTest::qWait(100);
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QCOMPARE(job->result().text(), partial);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.openConnections(), 0, 5000);
    QCOMPARE(rig.server.requests().size(), 1);
    QVERIFY(client->totalUsage().isZero());
}

void TestOpenAiProvider::cancelBeforeSending()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(200, completionBody("must not be used")));
    OpenAiClient *client = rig.start(rig.config());

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    job->cancel();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Cancelled));
    QTest::qWait(100);
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QCOMPARE(rig.server.requests().size(), 0);
}

void TestOpenAiProvider::errorEventMidStream_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QByteArray>("idHeader");
    QTest::addColumn<QByteArray>("event");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    const QByteArray errorEvent
        = R"({"error":{"message":"The server had an error while processing your request.",)"
          R"("type":"server_error","param":null,"code":null}})";
    QTest::newRow("openai error event")
        << int(OpenAiConfig::Flavor::OpenAi) << QByteArray("x-request-id") << errorEvent
        << ModelError::kindName(ModelError::Kind::Provider)
        << u"The server had an error while processing your request."_s;
    QTest::newRow("azure error event")
        << int(OpenAiConfig::Flavor::Azure) << QByteArray("apim-request-id") << errorEvent
        << ModelError::kindName(ModelError::Kind::Provider)
        << u"The server had an error while processing your request."_s;
    QTest::newRow("malformed event")
        << int(OpenAiConfig::Flavor::Compatible) << QByteArray("x-request-id")
        << QByteArray(R"({"id":"chatcmpl-lb1","choices":[{"index":0,"delta":{"content":"x)")
        << ModelError::kindName(ModelError::Kind::InvalidResponse) << QString();
}

void TestOpenAiProvider::errorEventMidStream()
{
    QFETCH(int, flavor);
    QFETCH(QByteArray, idHeader);
    QFETCH(QByteArray, event);
    QFETCH(QString, kind);
    QFETCH(QString, message);

    Rig rig;
    const QByteArray stream = sseOf({contentChunk("Partly"), contentChunk(" cloudy"), event,
                                     contentChunk(" and never read"), "[DONE]"});
    rig.server.enqueue(ScriptedResponse::sse(stream, 23, 1).withHeader(idHeader, "req-stream-42"));
    OpenAiConfig config = rig.config(OpenAiConfig::Flavor(flavor));
    if (config.flavor == OpenAiConfig::Flavor::Azure) {
        config.baseUrl = rig.server.baseUrl();
        config.model = u"dep1"_s;
    }
    OpenAiClient *client = rig.start(config);

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QCOMPARE(kindOf(job), kind);
    if (!message.isEmpty())
        QCOMPARE(job->error().message, message);
    QVERIFY(!job->error().message.isEmpty());
    if (job->error().kind == ModelError::Kind::Provider)
        QCOMPARE(job->error().requestId, u"req-stream-42"_s);
    QCOMPARE(watch.text, u"Partly cloudy"_s);
    QCOMPARE(job->result().text(), u"Partly cloudy"_s);
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestOpenAiProvider::readerErrorsCarryRequestId_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<QByteArray>("body");

    // The reader finds these only after HTTP 200: finish() and readBody(), not feed().
    QTest::newRow("stream cut off") << true << sseOf({contentChunk("Partly")});
    QTest::newRow("body without choices")
        << false << QByteArray(R"({"id":"chatcmpl-x","object":"chat.completion","choices":[]})");
}

void TestOpenAiProvider::readerErrorsCarryRequestId()
{
    QFETCH(bool, streaming);
    QFETCH(QByteArray, body);
    Rig rig;
    if (streaming)
        rig.server.enqueue(ScriptedResponse::sse(body, 23, 1).withHeader("x-request-id", "req-r1"));
    else
        rig.server.enqueue(ScriptedResponse::json(200, body, {{"x-request-id", "req-r1"}}));
    OpenAiClient *client = rig.start(rig.config());
    CompletionJob *job
        = streaming ? client->createStream(weatherRequest()) : client->create(weatherRequest());
    QVERIFY(waitForFinished(job));
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::InvalidResponse));
    QCOMPARE(job->error().requestId, u"req-r1"_s);
}

void TestOpenAiProvider::streamAnsweredWithPlainJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorMessage");
    // A compatible server that ignores `stream`, and a proxy's error with status 200.
    QTest::newRow("whole completion") << completionBody("It is 18 degrees and foggy.")
                                      << u"It is 18 degrees and foggy."_s << QString();
    QTest::newRow("error document")
        << QByteArray(R"({"error":{"message":"Monthly quota exceeded","code":"quota"}})")
        << QString() << u"Monthly quota exceeded"_s;
}

void TestOpenAiProvider::streamAnsweredWithPlainJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QFETCH(QString, errorMessage);
    Rig rig;
    ScriptedResponse response = ScriptedResponse::json(200, body, {{"x-request-id", "req-j1"}});
    response.chunked = true;
    response.chunkSize = 9;
    rig.server.enqueue(response);
    OpenAiClient *client = rig.start(rig.config());
    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    if (errorMessage.isEmpty()) {
        QVERIFY2(!job->hasError(), qPrintable(errorText(job)));
        QCOMPARE(job->result().text(), text);
        QCOMPARE(watch.text, text);
    } else {
        QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Provider));
        QCOMPARE(job->error().message, errorMessage);
        QCOMPARE(job->error().providerCode, u"quota"_s);
        QCOMPARE(job->error().requestId, u"req-j1"_s);
    }
}

void TestOpenAiProvider::rateLimitNotRetried()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(
        429,
        QByteArray(R"({"error":{"message":"You exceeded your current quota, please check your )"
                   R"(plan and billing details.","type":"insufficient_quota","param":null,)"
                   R"("code":"insufficient_quota"}})"),
        {{"Retry-After", "20"}, {"x-request-id", "req_quota"}}));
    OpenAiConfig config = rig.config();
    config.transport.maxRetries = 0;
    OpenAiClient *client = rig.start(config);

    CompletionJob *job = client->create(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::RateLimit));
    QCOMPARE(job->error().httpStatus, 429);
    QCOMPARE(job->error().providerCode, u"insufficient_quota"_s);
    QCOMPARE(job->error().requestId, u"req_quota"_s);
    QCOMPARE(job->error().retryAfterMs, std::optional<qint64>(20000));
    QCOMPARE(rig.server.requests().size(), 1);
}

// ---------------------------------------------------------------------------------------------
// Refused before sending

void TestOpenAiProvider::rejectedBeforeSending_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<QString>("kind");

    const QString invalid = ModelError::kindName(ModelError::Kind::InvalidRequest);
    const QString unsupported = ModelError::kindName(ModelError::Kind::Unsupported);
    for (const bool streaming : {false, true}) {
        const char *mode = streaming ? "createStream" : "create";
        QTest::addRow("%s: no messages", mode) << u"no messages"_s << streaming << invalid;
        QTest::addRow("%s: unknown named tool", mode)
            << u"unknown named tool"_s << streaming << invalid;
        QTest::addRow("%s: top_k to OpenAI", mode) << u"top_k"_s << streaming << unsupported;
        QTest::addRow("%s: image to a text model", mode) << u"image"_s << streaming << unsupported;
    }
}

void TestOpenAiProvider::rejectedBeforeSending()
{
    QFETCH(QString, problem);
    QFETCH(bool, streaming);
    QFETCH(QString, kind);

    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(200, completionBody("must not be used")));
    OpenAiConfig config = rig.config(OpenAiConfig::Flavor::OpenAi);
    CompletionRequest request = weatherRequest();
    if (problem == u"no messages") {
        request.messages.clear();
    } else if (problem == u"unknown named tool") {
        request.tools << ToolSchema{u"get_weather"_s, u"Weather"_s,
                                    QJsonObject{{u"type"_s, u"object"_s}}, std::nullopt};
        request.toolChoice = ToolChoice::named(u"get_time"_s);
    } else if (problem == u"top_k") {
        request.parameters.topK = 40;
    } else if (problem == u"image") {
        ModelInfo textOnly = ModelInfo::permissive();
        textOnly.vision = false;
        config.modelInfo = textOnly;
        request.messages << UserMessage{
            QList<UserContentPart>{u"And this?"_s,
                                   Image::fromBytes(QByteArray("\x89PNG\r\n\x1a\nrest", 12))},
            u"user"_s};
    }
    OpenAiClient *client = rig.start(config);

    CompletionJob *job = streaming ? client->createStream(request) : client->create(request);
    QCOMPARE(job->isStreaming(), streaming);
    // Not finished inside create(): a caller connecting now still gets finished().
    QVERIFY(!job->isFinished());
    JobWatch watch(job);
    QCOMPARE(watch.finishedCount, 0);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), kind);
    QVERIFY(!job->error().message.isEmpty());
    QCOMPARE(job->error().httpStatus, 0);
    QCOMPARE(watch.textDeltas, 0);
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(rig.server.connectionsAccepted(), 0);
    QVERIFY(client->totalUsage().isZero());
}

void TestOpenAiProvider::usageAccumulates()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::sse(fixture(u"chat-stream-text-with-usage.sse"_s), 97, 1));
    rig.server.enqueue(ScriptedResponse::sse(fixture(u"chat-stream-finish-length.sse"_s), 97, 1));
    OpenAiClient *client = rig.start(rig.config());
    QSignalSpy usageChanged(client, &ChatCompletionClient::usageChanged);

    CompletionJob *first = client->createStream(weatherRequest());
    JobWatch firstWatch(first);
    QVERIFY(waitForFinished(first));
    QCOMPARE(firstWatch.finishedCount, 1);
    QVERIFY2(!first->hasError(), qPrintable(errorText(first)));
    QCOMPARE(client->totalUsage(), usageOf(14, 30));
    QCOMPARE(usageChanged.count(), 1);

    CompletionJob *second = client->createStream(weatherRequest());
    JobWatch secondWatch(second);
    QVERIFY(waitForFinished(second));
    QCOMPARE(secondWatch.finishedCount, 1);
    QVERIFY2(!second->hasError(), qPrintable(errorText(second)));
    QCOMPARE(client->totalUsage(), usageOf(14 + 79, 30 + 1));
    QCOMPARE(client->actualUsage(), usageOf(14 + 79, 30 + 1));
    QCOMPARE(client->totalUsage().totalTokens(), qint64(44 + 80));
    QCOMPARE(usageChanged.count(), 2);
}

// ---------------------------------------------------------------------------------------------
// Models

void TestOpenAiProvider::listModels()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(
        200,
        QByteArray(
            R"({"object":"list","data":[)"
            R"({"id":"gpt-4o-mini","object":"model","created":1721172741,"owned_by":"system"},)"
            R"({"id":"dall-e-3","object":"model","created":1698785189,"owned_by":"system"},)"
            R"({"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"},)"
            R"({"id":"babbage-002","object":"model","created":1692634615,"owned_by":"system"},)"
            R"({"id":"ft:gpt-4o-mini:acme::abc123","object":"model","created":1730000000,)"
            R"("owned_by":"user-abc"}]})")));
    OpenAiClient *client = rig.start(rig.config());

    ModelListJob *job = client->listModels();
    QSignalSpy finished(job, &ModelListJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QStringList ids;
    for (const ModelDescriptor &model : job->models())
        ids << model.id;
    QCOMPARE(ids, (QStringList{u"babbage-002"_s, u"dall-e-3"_s, u"ft:gpt-4o-mini:acme::abc123"_s,
                               u"gpt-4o"_s, u"gpt-4o-mini"_s}));
    QCOMPARE(job->models().at(2).ownedBy, u"user-abc"_s);
    QCOMPARE(job->models().at(3).created, qint64(1715367049));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/v1/models"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer " + testKey.toUtf8()));
    QVERIFY(request.body.isEmpty());
}

void TestOpenAiProvider::listModelsUnauthorized()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(
        401,
        QByteArray(R"({"error":{"message":"Incorrect API key provided: sk-loop***6789.",)"
                   R"("type":"invalid_request_error","param":null,"code":"invalid_api_key"}})"),
        {{"x-request-id", "req_401"}}));
    OpenAiClient *client = rig.start(rig.config());

    ModelListJob *job = client->listModels();
    QSignalSpy finished(job, &ModelListJob::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    settle();
    QCOMPARE(finished.count(), 1);
    QVERIFY(job->hasError());
    QCOMPARE(ModelError::kindName(job->error().kind),
             ModelError::kindName(ModelError::Kind::Authentication));
    QCOMPARE(job->error().httpStatus, 401);
    QCOMPARE(job->error().message, u"Incorrect API key provided: sk-loop***6789."_s);
    QCOMPARE(job->error().providerCode, u"invalid_api_key"_s);
    QCOMPARE(job->error().requestId, u"req_401"_s);
    QVERIFY(job->models().isEmpty());
    QCOMPARE(rig.server.requests().size(), 1);
}

// ---------------------------------------------------------------------------------------------
// Azure and content filtering

void TestOpenAiProvider::azureClassic()
{
    Rig rig;
    const QByteArray filter
        = R"({"hate":{"filtered":false,"severity":"safe"},"jailbreak":{"filtered":false,)"
          R"("detected":false},"self_harm":{"filtered":false,"severity":"safe"},)"
          R"("sexual":{"filtered":false,"severity":"safe"},"violence":{"filtered":false,)"
          R"("severity":"safe"}})";
    const QByteArray chunkHead
        = R"({"created":1733000000,"id":"chatcmpl-AZURE1","model":"gpt-4o-2024-11-20",)"
          R"("object":"chat.completion.chunk","system_fingerprint":"fp_az",)";
    const QByteArray stream = sseOf({
        R"({"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":)"
        R"([{"prompt_index":0,"content_filter_results":)"
            + filter + "}]}",
        chunkHead
            + R"("choices":[{"content_filter_results":{},"delta":{"content":"","refusal":null,)"
              R"("role":"assistant"},"finish_reason":null,"index":0,"logprobs":null}],"usage":null})",
        chunkHead
            + R"("choices":[{"content_filter_results":{},"delta":{"content":"Foggy"},)"
              R"("finish_reason":null,"index":0,"logprobs":null}],"usage":null})",
        chunkHead
            + R"("choices":[{"content_filter_results":{},"delta":{"content":", 14 °C."},)"
              R"("finish_reason":null,"index":0,"logprobs":null}],"usage":null})",
        chunkHead
            + R"("choices":[{"content_filter_results":{},"delta":{},"finish_reason":"stop",)"
              R"("index":0,"logprobs":null}],"usage":null})",
        R"({"choices":[{"content_filter_offsets":{"check_offset":0,"start_offset":0,)"
        R"("end_offset":13},"content_filter_results":)"
            + filter
            + R"(,"finish_reason":null,"index":0}],"created":0,"id":"","model":"",)"
              R"("object":""})",
        chunkHead
            + R"("choices":[],"usage":{"completion_tokens":6,"prompt_tokens":25,)"
              R"("total_tokens":31}})",
        "[DONE]",
    });
    rig.server.enqueue(ScriptedResponse::sse(stream, 17, 1)
                           .withHeader("apim-request-id", "0f1e2d3c-0000-4000-8000-000000000001"));

    OpenAiConfig config = rig.config(OpenAiConfig::Flavor::Azure);
    config.baseUrl = rig.server.baseUrl();
    config.model = u"dep1"_s;
    config.apiVersion = u"2024-10-21"_s;
    config.apiKey = u"azure-SECRET-key"_s;
    OpenAiClient *client = rig.start(config);
    QCOMPARE(client->providerName(), u"azure"_s);

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/openai/deployments/dep1/chat/completions"));
    QCOMPARE(request.query.queryItemValue(u"api-version"_s), u"2024-10-21"_s);
    QCOMPARE(request.query.queryItems().size(), 1);
    QCOMPARE(request.header("api-key"), QByteArray("azure-SECRET-key"));
    QVERIFY(!request.hasHeader("authorization"));
    QCOMPARE(request.json().value(u"messages"_s).toArray(), weatherMessages);
    QCOMPARE(request.json().value(u"stream"_s), QJsonValue(true));

    const CreateResult r = job->result();
    QCOMPARE(watch.text, u"Foggy, 14 °C."_s);
    QCOMPARE(r.text(), u"Foggy, 14 °C."_s);
    QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
    QCOMPARE(r.responseId, u"chatcmpl-AZURE1"_s);
    QCOMPARE(r.model, u"gpt-4o-2024-11-20"_s);
    QCOMPARE(r.usage, usageOf(25, 6));
    const QByteArray inspected
        = QJsonDocument(r.toJson(CreateResult::JsonDetail::WithInspector)).toJson();
    QVERIFY(!inspected.contains("SECRET"));
    QCOMPARE(headerValue(r.exchange.requestHeaders, "api-key"), QByteArray("[redacted]"));
}

void TestOpenAiProvider::contentFilter_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("create") << false;
    QTest::newRow("createStream") << true;
}

void TestOpenAiProvider::contentFilter()
{
    QFETCH(bool, streaming);
    Rig rig;
    if (streaming) {
        rig.server.enqueue(
            ScriptedResponse::sse(sseOf({contentChunk("Here is how to"),
                                         contentChunk("", "\"content_filter\""), "[DONE]"}),
                                  9, 1));
    } else {
        rig.server.enqueue(
            ScriptedResponse::json(200, completionBody("Here is how to", "content_filter")));
    }
    OpenAiClient *client = rig.start(rig.config(OpenAiConfig::Flavor::Compatible));

    CompletionJob *job
        = streaming ? client->createStream(weatherRequest()) : client->create(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));
    QCOMPARE(finishReasonName(job->result().finishReason), u"content_filter"_s);
    QCOMPARE(job->result().text(), u"Here is how to"_s);
    QCOMPARE(watch.text, u"Here is how to"_s);
}

QTEST_GUILESS_MAIN(TestOpenAiProvider)
#include "tst_openaiprovider.moc"
