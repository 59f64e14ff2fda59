// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/modellistjob.h"
#include "core/tokencountjob.h"
#include "fixtures.h"
#include "jobwaiter.h"
#include "loopbackrig.h"
#include "printers.h"
#include "providers/anthropic/anthropicclient.h"
#include "testvalues.h"

#include <memory>
#include <optional>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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
using testsupport::ToolDelta;
using testsupport::usageOf;
using testsupport::waitForFinished;
using Fault = testsupport::ScriptedResponse::Fault;

namespace {

const QString testKey = u"sk-ant-loopback-SECRET-0123456789"_s;

QJsonArray exchanges(const QString &name)
{
    return testsupport::fixtureExchanges(u"anthropic/"_s + name);
}

const QString retryExchangeFile = u"http-exchange-429-retry-then-stream.json"_s;
const QString roundTripExchangeFile = u"http-exchange-tool-use-roundtrip.json"_s;

//! The .sse files, and "429-exchange" for the streamed body of the recorded retry exchange.
QByteArray transcript(const QString &name)
{
    if (name == u"429-exchange")
        return testsupport::exchangeResponseBody(exchanges(retryExchangeFile), 2);
    return testsupport::fixture(u"anthropic/"_s + name);
}

//! A recorded response, replayed with its recorded status and headers. Content-Length is
//! left to the server: the body is re-serialised when the recording holds it as JSON.
ScriptedResponse recordedResponse(const QJsonObject &response, int chunkSize = 0)
{
    ScriptedResponse r;
    r.status = response.value(u"status_code"_s).toInt();
    const QJsonObject headers = response.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(u"content-length"_s, Qt::CaseInsensitive) != 0)
            r.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    }
    const QJsonValue body = response.value(u"body"_s);
    r.body = body.isString() ? body.toString().toUtf8()
                             : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (chunkSize > 0) {
        r.chunked = true;
        r.chunkSize = chunkSize;
        r.chunkDelayMs = 1;
    }
    return r;
}

// What each transcript holds, read from the recorded files.
struct Expected
{
    QString responseId;
    QString model;
    QString text;
    std::optional<QString> thought;
    QString callId; // empty: no call
    QString callName;
    QJsonObject callInput;
    QString finish;
    RequestUsage usage;
    QString signature; // empty: no provider state
};

const QString refusalThought
    = u"Simple educational question about what a solar eclipse is. This is benign general "
      "knowledge \u2014 definitions are fine. Also the user called me \"claudius\" \u2014 I'm "
      "Claude. Minor correction or just roll with it politely."_s;

Expected expectedFor(const QString &source)
{
    if (source == u"messages-stream-basic-text.sse")
        return {u"msg_4QpJur2dWWDjF6C758FbBw5vm12BaVipnK"_s,
                u"claude-3-opus-latest"_s,
                u"Hello there!"_s,
                std::nullopt,
                {},
                {},
                {},
                u"stop"_s,
                usageOf(11, 6),
                {}};
    if (source == u"messages-stream-tool-use.sse")
        return {u"msg_019Q1hrJbZG26Fb9BQhrkHEr"_s,
                u"claude-sonnet-4-20250514"_s,
                QString(),
                u"I'll check the current weather in Paris for you."_s,
                u"toolu_01NRLabsLyVHZPKxbKvkfSMn"_s,
                u"get_weather"_s,
                QJsonObject{{u"location"_s, u"Paris"_s}},
                u"function_calls"_s,
                usageOf(377, 65),
                {}};
    if (source == u"messages-stream-thinking-signature-refusal.sse")
        return {u"msg_fixture_a_0001"_s,
                u"claude-fable-5"_s,
                u"Hi"_s,
                refusalThought,
                {},
                {},
                {},
                u"content_filter"_s,
                usageOf(28, 106, 67),
                u"c3ludGhldGljLXNpZ25hdHVyZS1maXh0dXJlLWEtbm90LWEtcmVhbC1zaWduYXR1cmU="_s};
    return {u"msg_013nnniYDrJDocdy5nrMU7cH"_s,
            u"claude-sonnet-4-5-20250929"_s,
            u"[12345,67890]"_s,
            std::nullopt,
            {},
            {},
            {},
            u"stop"_s,
            usageOf(135, 10),
            {}};
}

QByteArray sseOf(const QList<QByteArray> &events)
{
    return testsupport::typedSseOf(events);
}

const QByteArray messageStartEvent
    = R"({"type":"message_start","message":{"id":"msg_lb1","type":"message","role":"assistant",)"
      R"("model":"claude-sonnet-4-5-20250929","content":[],"stop_reason":null,)"
      R"("stop_sequence":null,"usage":{"input_tokens":21,"output_tokens":1}}})";
const QByteArray textStartEvent
    = R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})";

QByteArray textDeltaEvent(const QByteArray &text)
{
    return R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":")" + text
           + R"("}})";
}

CompletionRequest weatherRequest()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"You are a weather bot."_s};
    request.messages << UserMessage{u"What's the weather in Paris?"_s, u"user"_s};
    return request;
}

struct Rig : testsupport::LoopbackRig<AnthropicClient>
{
    AnthropicConfig config() const
    {
        AnthropicConfig c;
        c.baseUrl = server.baseUrl();
        c.apiKey = testKey;
        c.model = u"claude-sonnet-4-5"_s;
        c.transport = fastTransport();
        return c;
    }

    using LoopbackRig::start;
    AnthropicClient *start() { return start(config()); }
};

void verifyNoKeyLeak(const CreateResult &r)
{
    const QByteArray inspected
        = QJsonDocument(r.toJson(CreateResult::JsonDetail::WithInspector)).toJson();
    QVERIFY(!inspected.contains("SECRET"));
    QVERIFY(!r.exchange.requestBody.contains("SECRET"));
    for (const auto &[name, value] : r.exchange.requestHeaders)
        QVERIFY2(!value.contains("SECRET"), name.constData());
    QCOMPARE(headerValue(r.exchange.requestHeaders, "x-api-key"), QByteArray("[redacted]"));
}

} // namespace

class TestAnthropicProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamFixture_data();
    void streamFixture();
    void requestOnTheWire();
    void toolRoundTripReplayed();
    void recordedRetryThenStream();
    void overloaded529Retried();
    void shouldRetryFalseNotRetried();

    void errorEventMidStream();
    void resetMidStream();
    void truncatedStream();
    void cancelMidStream();
    void unauthorized();

    void rejectedBeforeSending_data();
    void rejectedBeforeSending();

    void listModelsTwoPages();
    void listModelsUnauthorized();
    void countTokensExact();
    void countTokensRefused();
};

// ---------------------------------------------------------------------------------------------

void TestAnthropicProvider::streamFixture_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("chunkSize");

    // Random piece sizes from a fixed seed, so that lines, JSON and UTF-8 split anywhere and
    // a failure replays the same way.
    QRandomGenerator random(20260121);
    for (const QString &source :
         {u"messages-stream-basic-text.sse"_s, u"messages-stream-tool-use.sse"_s,
          u"messages-stream-thinking-signature-refusal.sse"_s, u"429-exchange"_s}) {
        for (int round = 0; round < 3; ++round) {
            const int chunkSize = int(random.bounded(5, 97));
            QTest::addRow("%s, pieces of %d", qPrintable(source), chunkSize) << source << chunkSize;
        }
    }
}

void TestAnthropicProvider::streamFixture()
{
    QFETCH(QString, source);
    QFETCH(int, chunkSize);
    const Expected want = expectedFor(source);

    const QByteArray bytes = transcript(source);
    QVERIFY(!bytes.isEmpty());
    Rig rig;
    rig.server.enqueue(
        ScriptedResponse::sse(bytes, chunkSize, 1).withHeader("request-id", "req_stream_ok"));
    AnthropicClient *client = rig.start();

    CompletionJob *job = client->createStream(weatherRequest());
    QVERIFY(job->isStreaming());
    QVERIFY(!job->isFinished());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    const CreateResult r = job->result();
    QCOMPARE(finishReasonName(r.finishReason), want.finish);
    QCOMPARE(r.responseId, want.responseId);
    QCOMPARE(r.model, want.model);
    QCOMPARE(r.usage, want.usage);
    QCOMPARE(client->totalUsage(), want.usage);
    QVERIFY(!r.cached);
    QCOMPARE(r.thought, want.thought);
    // The deltas add up to the final result.
    if (want.callId.isEmpty()) {
        QCOMPARE(watch.thought, want.thought.value_or(QString()));
        QVERIFY(!r.hasFunctionCalls());
        QCOMPARE(r.text(), want.text);
        QCOMPARE(watch.text, want.text);
        QVERIFY(watch.tools.isEmpty());
    } else {
        const QList<FunctionCall> calls = r.functionCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).id, want.callId);
        QCOMPARE(calls.at(0).name, want.callName);
        QCOMPARE(QJsonDocument::fromJson(calls.at(0).arguments.toUtf8()).object(), want.callInput);
        QString arguments;
        for (const ToolDelta &delta : std::as_const(watch.tools)) {
            QCOMPARE(delta.index, 0);
            arguments += delta.fragment;
        }
        QCOMPARE(watch.tools.first().id, want.callId);
        QCOMPARE(watch.tools.first().name, want.callName);
        QCOMPARE(arguments, calls.at(0).arguments);
        // The text beside the call arrived as text deltas, then moved to `thought`.
        QCOMPARE(watch.text, *want.thought);
        QVERIFY(watch.thought.isEmpty());
    }
    if (want.signature.isEmpty()) {
        QVERIFY(r.providerState.isEmpty());
    } else {
        const QJsonObject block = r.providerState.value(u"anthropic"_s)
                                      .toObject()
                                      .value(u"thinking_blocks"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(block.value(u"signature"_s).toString(), want.signature);
        QCOMPARE(block.value(u"thinking"_s).toString(), *want.thought);
    }
    QCOMPARE(r.raw.value(u"id"_s).toString(), want.responseId);

    // The inspector's record.
    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(request.path, QByteArray("/v1/messages"));
    QCOMPARE(r.exchange.status, 200);
    QCOMPARE(r.exchange.requestBody, request.body);
    QCOMPARE(r.exchange.responseBody, bytes);
    QCOMPARE(r.exchange.attempts.size(), 1);
    QVERIFY(r.exchange.firstTokenAtMs >= r.exchange.sentAtMs);
    QVERIFY(r.exchange.doneAtMs >= r.exchange.firstTokenAtMs);
}

void TestAnthropicProvider::requestOnTheWire()
{
    Rig rig;
    rig.server.enqueue(
        ScriptedResponse::sse(transcript(u"messages-stream-basic-text.sse"_s), 11, 1));
    AnthropicConfig config = rig.config();
    config.betas = QStringList{u"interleaved-thinking-2025-05-14"_s};
    AnthropicClient *client = rig.start(config);
    QCOMPARE(client->providerName(), u"anthropic"_s);

    CompletionRequest request = weatherRequest();
    request.parameters.temperature = 0.5;
    CompletionJob *job = client->createStream(request);
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest sent = rig.server.requests().at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/v1/messages"));
    QVERIFY(sent.query.isEmpty());
    QCOMPARE(sent.header("x-api-key"), testKey.toUtf8());
    QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
    QCOMPARE(sent.header("anthropic-beta"), QByteArray("interleaved-thinking-2025-05-14"));
    QVERIFY(!sent.hasHeader("authorization"));
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QCOMPARE(sent.header("accept"), QByteArray("text/event-stream"));

    const QJsonObject body = sent.json();
    QCOMPARE(body, (QJsonObject{
                       {u"model"_s, u"claude-sonnet-4-5"_s},
                       {u"max_tokens"_s, 8192}, // the model table's 64000, capped
                       {u"system"_s, u"You are a weather bot."_s},
                       {u"messages"_s,
                        QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                               {u"content"_s, u"What's the weather in Paris?"_s}}}},
                       {u"temperature"_s, 0.5},
                       {u"stream"_s, true},
                   }));
    verifyNoKeyLeak(job->result());
}

void TestAnthropicProvider::toolRoundTripReplayed()
{
    // The recorded non-streaming round trip: a tool_use reply, the tool's failure sent
    // back, the final text.
    const QJsonArray recorded = exchanges(roundTripExchangeFile);
    QCOMPARE(recorded.size(), 2);
    Rig rig;
    for (const QJsonValue &exchange : recorded)
        rig.server.enqueue(recordedResponse(exchange.toObject().value(u"response"_s).toObject()));
    AnthropicConfig config = rig.config();
    config.model = u"claude-haiku-4-5"_s;
    AnthropicClient *client = rig.start(config);

    const QJsonObject firstBody
        = recorded.at(0).toObject().value(u"request"_s).toObject().value(u"body"_s).toObject();
    const QJsonObject tool = firstBody.value(u"tools"_s).toArray().at(0).toObject();
    CompletionRequest request;
    request.messages << UserMessage{u"What is the weather in SF?"_s, u"user"_s};
    request.tools << ToolSchema{tool.value(u"name"_s).toString(),
                                tool.value(u"description"_s).toString(),
                                tool.value(u"input_schema"_s).toObject(), std::nullopt};
    request.parameters.maxTokens = 1024;

    CompletionJob *first = client->create(request);
    QVERIFY(!first->isStreaming());
    JobWatch firstWatch(first);
    QVERIFY(waitForFinished(first));
    QVERIFY2(!first->hasError(), qPrintable(errorText(first)));
    const CreateResult call = first->result();
    QCOMPARE(finishReasonName(call.finishReason), u"function_calls"_s);
    QCOMPARE(call.functionCalls().size(), 1);
    QCOMPARE(call.functionCalls().at(0).id, u"toolu_01A9HHF5Ezy3oBrKmSgfASm9"_s);
    QCOMPARE(QJsonDocument::fromJson(call.functionCalls().at(0).arguments.toUtf8()).object(),
             (QJsonObject{{u"location"_s, u"San Francisco, CA"_s}, {u"units"_s, u"f"_s}}));
    QCOMPARE(call.usage, usageOf(656, 74));
    // A non-streaming job emits the call once, just before finished().
    QCOMPARE(firstWatch.tools.size(), 2);
    QCOMPARE(firstWatch.tools.at(0).id, u"toolu_01A9HHF5Ezy3oBrKmSgfASm9"_s);

    request.messages << call.toAssistantMessage();
    request.messages << FunctionExecutionResultMessage{
        {FunctionExecutionResult{u"RuntimeError('Unexpected error, try again')"_s, u"get_weather"_s,
                                 call.functionCalls().at(0).id, true}}};
    CompletionJob *second = client->create(request);
    JobWatch secondWatch(second);
    QVERIFY(waitForFinished(second));
    QVERIFY2(!second->hasError(), qPrintable(errorText(second)));
    const CreateResult answer = second->result();
    QCOMPARE(finishReasonName(answer.finishReason), u"stop"_s);
    QVERIFY(answer.text().startsWith(u"I apologize, but I'm getting an error"_s));
    QCOMPARE(secondWatch.text, answer.text());
    QCOMPARE(answer.usage, usageOf(760, 63));
    QCOMPARE(client->totalUsage(), usageOf(656 + 760, 74 + 63));

    // What went over the wire is the recorded requests (the SDK's echoed `caller` aside).
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.server.requests().at(0).json(), firstBody);
    QCOMPARE(rig.server.requests().at(0).header("accept"), QByteArray("application/json"));
    QJsonObject secondBody
        = recorded.at(1).toObject().value(u"request"_s).toObject().value(u"body"_s).toObject();
    QJsonArray messages = secondBody.value(u"messages"_s).toArray();
    QJsonObject assistant = messages.at(1).toObject();
    QJsonArray blocks = assistant.value(u"content"_s).toArray();
    QJsonObject toolUse = blocks.at(0).toObject();
    toolUse.remove(u"caller"_s);
    blocks[0] = toolUse;
    assistant[u"content"_s] = blocks;
    messages[1] = assistant;
    secondBody[u"messages"_s] = messages;
    QCOMPARE(rig.server.requests().at(1).json(), secondBody);
}

void TestAnthropicProvider::recordedRetryThenStream()
{
    // Two recorded 429s (x-should-retry: true, no retry-after) then the recorded stream,
    // each with its recorded headers.
    const QJsonArray recorded = exchanges(retryExchangeFile);
    QCOMPARE(recorded.size(), 3);
    Rig rig;
    for (const QJsonValue &exchange : recorded)
        rig.server.enqueue(
            recordedResponse(exchange.toObject().value(u"response"_s).toObject(), 37));
    AnthropicClient *client = rig.start();

    const QJsonObject recordedBody
        = recorded.at(0).toObject().value(u"request"_s).toObject().value(u"body"_s).toObject();
    CompletionRequest request;
    request.messages << UserMessage{
        recordedBody.value(u"messages"_s).toArray().at(0).toObject().value(u"content"_s).toString(),
        u"user"_s};
    request.jsonOutput
        = JsonOutput::jsonSchema(u"order_ids"_s, recordedBody.value(u"output_config"_s)
                                                     .toObject()
                                                     .value(u"format"_s)
                                                     .toObject()
                                                     .value(u"schema"_s)
                                                     .toObject());
    request.parameters.maxTokens = 1024;

    CompletionJob *job = client->createStream(request);
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    // Three requests, each the recorded one.
    QCOMPARE(rig.server.requests().size(), 3);
    for (const RecordedRequest &sent : rig.server.requests()) {
        QCOMPARE(sent.path, QByteArray("/v1/messages"));
        QCOMPARE(sent.json(), recordedBody);
        QCOMPARE(sent.header("x-api-key"), testKey.toUtf8());
        QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
    }

    const CreateResult r = job->result();
    QCOMPARE(r.text(), u"[12345,67890]"_s);
    QCOMPARE(watch.text, u"[12345,67890]"_s);
    QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
    QCOMPARE(r.usage, usageOf(135, 10));
    QCOMPARE(r.exchange.attempts.size(), 3);
    QCOMPARE(r.exchange.attempts.at(0).status, 429);
    QCOMPARE(r.exchange.attempts.at(1).status, 429);
    QCOMPARE(r.exchange.attempts.at(2).status, 200);
    // No server delay in the recording: the SDK backoff (10 ms · 2^n, ≤ 25 % jitter).
    QVERIFY(r.exchange.attempts.at(1).delayBeforeMs >= 7);
    QVERIFY(r.exchange.attempts.at(1).delayBeforeMs <= 10);
    QVERIFY(r.exchange.attempts.at(2).delayBeforeMs >= 15);
    QVERIFY(r.exchange.attempts.at(2).delayBeforeMs <= 20);
    QCOMPARE(headerValue(r.exchange.responseHeaders, "content-type"),
             QByteArray("text/event-stream; charset=utf-8"));
    verifyNoKeyLeak(r);
}

void TestAnthropicProvider::overloaded529Retried()
{
    Rig rig;
    const QByteArray overloaded
        = R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},)"
          R"("request_id":"req_529"})";
    rig.server.enqueue(
        ScriptedResponse::json(529, overloaded, {{"retry-after-ms", "25"}, {"request-id", "r1"}}));
    rig.server.enqueue(
        ScriptedResponse::sse(transcript(u"messages-stream-basic-text.sse"_s), 31, 1));
    AnthropicClient *client = rig.start();

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));
    QCOMPARE(job->result().text(), u"Hello there!"_s);
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(job->result().exchange.attempts.at(1).delayBeforeMs, qint64(25));
}

void TestAnthropicProvider::shouldRetryFalseNotRetried()
{
    // The recorded 429 answer, but the server says not to retry.
    const QJsonObject response
        = exchanges(retryExchangeFile).at(0).toObject().value(u"response"_s).toObject();
    Rig rig;
    rig.server.enqueue(recordedResponse(response).withHeader("x-should-retry", "false"));
    rig.server.enqueue(ScriptedResponse::sse(transcript(u"messages-stream-basic-text.sse"_s)));
    AnthropicClient *client = rig.start();

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::RateLimit));
    const ModelError error = job->error();
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.providerCode, u"rate_limit_error"_s);
    QVERIFY(
        error.message.startsWith(u"This request would exceed your organization's rate limit"_s));
    QCOMPARE(error.requestId, u"req_011CYK5n67SytMUxm8WMZUWY"_s);
    QCOMPARE(rig.server.requests().size(), 1);
    QCOMPARE(watch.textDeltas, 0);
}

// ---------------------------------------------------------------------------------------------
// Faults

void TestAnthropicProvider::errorEventMidStream()
{
    Rig rig;
    const QByteArray stream = sseOf(
        {messageStartEvent, textStartEvent, textDeltaEvent("Partly"), textDeltaEvent(" cloudy"),
         R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})",
         textDeltaEvent(" and never read"), R"({"type":"message_stop"})"});
    rig.server.enqueue(ScriptedResponse::sse(stream, 23, 1).withHeader("request-id", "req_mid_1"));
    AnthropicClient *client = rig.start();

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Overloaded));
    QCOMPARE(job->error().message, u"Overloaded"_s);
    QCOMPARE(job->error().providerCode, u"overloaded_error"_s);
    QCOMPARE(job->error().requestId, u"req_mid_1"_s);
    QCOMPARE(watch.text, u"Partly cloudy"_s);
    const CreateResult r = job->result();
    QCOMPARE(r.text(), u"Partly cloudy"_s);
    QCOMPARE(r.responseId, u"msg_lb1"_s);
    QCOMPARE(r.usage, usageOf(21, 1)); // billed input is kept
    QCOMPARE(client->totalUsage(), usageOf(21, 1));
    // Once tokens are on screen a stream is never retried.
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestAnthropicProvider::resetMidStream()
{
    Rig rig;
    const QByteArray bytes = transcript(u"messages-stream-basic-text.sse"_s);
    // message_start, content_block_start, ping, "Hello", " there".
    const qsizetype cut = offsetAfterEvents(bytes, 5);
    QVERIFY(cut > 0);
    rig.server.enqueue(ScriptedResponse::sse(bytes, 7, 1).withFault(Fault::ResetAfterBytes, cut));
    AnthropicClient *client = rig.start();

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Network));
    QCOMPARE(watch.text, u"Hello there"_s);
    const CreateResult r = job->result();
    QCOMPARE(r.text(), u"Hello there"_s);
    QCOMPARE(r.responseId, u"msg_4QpJur2dWWDjF6C758FbBw5vm12BaVipnK"_s);
    QCOMPARE(finishReasonName(r.finishReason), u"unknown"_s);
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestAnthropicProvider::truncatedStream()
{
    Rig rig;
    const QByteArray bytes = transcript(u"messages-stream-tool-use.sse"_s);
    // Up to the fragment `on": "P` (event 10); the server then ends the body cleanly.
    const qsizetype cut = offsetAfterEvents(bytes, 10);
    QVERIFY(cut > 0);
    rig.server.enqueue(ScriptedResponse::sse(bytes.left(cut), 13, 1));
    AnthropicClient *client = rig.start();

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::InvalidResponse));
    QVERIFY(job->error().message.contains(u"message_stop"));
    const CreateResult r = job->result();
    QCOMPARE(r.functionCalls().size(), 1);
    QCOMPARE(r.functionCalls().at(0).arguments, u"{\"location\": \"P"_s);
    QCOMPARE(r.thought,
             std::optional<QString>(u"I'll check the current weather in Paris for you."_s));
    QCOMPARE(r.usage, usageOf(377, 1));
}

void TestAnthropicProvider::cancelMidStream()
{
    Rig rig;
    const QByteArray bytes = transcript(u"messages-stream-thinking-signature-refusal.sse"_s);
    rig.server.enqueue(ScriptedResponse::sse(bytes, 7, 2));
    AnthropicClient *client = rig.start();

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    if (watch.thoughtDeltas == 0) {
        QSignalSpy firstDelta(job, &CompletionJob::thoughtDelta);
        QVERIFY(firstDelta.wait(5000));
    }
    QCOMPARE(watch.finishedCount, 0);
    job->cancel();
    QCOMPARE(watch.finishedCount, 1); // synchronously
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Cancelled));
    const QString partial = watch.thought;
    QVERIFY(!partial.isEmpty());
    QVERIFY(partial.size() < refusalThought.size());
    QVERIFY(refusalThought.startsWith(partial));
    QCOMPARE(job->result().thought.value_or(QString()), partial);
    QVERIFY(job->result().providerState.isEmpty()); // the block never completed

    QTest::qWait(100);
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.openConnections(), 0, 5000);
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestAnthropicProvider::unauthorized()
{
    Rig rig;
    const QByteArray body = R"({"type":"error","error":{"type":"authentication_error",)"
                            R"("message":"invalid x-api-key"},"request_id":"req_body_401"})";
    rig.server.enqueue(ScriptedResponse::json(401, body, {{"request-id", "req_hdr_401"}}));
    rig.server.enqueue(ScriptedResponse::json(401, body));
    AnthropicClient *client = rig.start();

    for (const bool streaming : {false, true}) {
        CompletionJob *job
            = streaming ? client->createStream(weatherRequest()) : client->create(weatherRequest());
        JobWatch watch(job);
        QVERIFY(waitForFinished(job));
        QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Authentication));
        QCOMPARE(job->error().httpStatus, 401);
        QCOMPARE(job->error().providerCode, u"authentication_error"_s);
        QCOMPARE(job->error().message, u"invalid x-api-key"_s);
        // The header when there is one, else the body's request_id.
        QCOMPARE(job->error().requestId, streaming ? u"req_body_401"_s : u"req_hdr_401"_s);
        QCOMPARE(job->result().exchange.status, 401);
        QCOMPARE(job->result().exchange.responseBody, body);
        QCOMPARE(watch.textDeltas, 0);
    }
    QCOMPARE(rig.server.requests().size(), 2); // 401 is not retried
    QVERIFY(client->totalUsage().isZero());
}

// ---------------------------------------------------------------------------------------------
// Refused before sending

void TestAnthropicProvider::rejectedBeforeSending_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("kind");
    const QString invalid = ModelError::kindName(ModelError::Kind::InvalidRequest);
    const QString unsupported = ModelError::kindName(ModelError::Kind::Unsupported);
    QTest::newRow("json_object output") << u"json_object"_s << unsupported;
    QTest::newRow("seed") << u"seed"_s << unsupported;
    QTest::newRow("thinking budget too small") << u"budget"_s << invalid;
    QTest::newRow("arguments not JSON") << u"arguments"_s << invalid;
    QTest::newRow("structured output on 3.5 sonnet") << u"schema on 3.5"_s << unsupported;
}

void TestAnthropicProvider::rejectedBeforeSending()
{
    QFETCH(QString, problem);
    QFETCH(QString, kind);
    Rig rig;
    AnthropicConfig config = rig.config();
    CompletionRequest request = weatherRequest();
    if (problem == u"json_object") {
        request.jsonOutput = JsonOutput::jsonObject();
    } else if (problem == u"seed") {
        request.parameters.seed = 7;
    } else if (problem == u"budget") {
        request.parameters.thinkingBudget = 512;
    } else if (problem == u"arguments") {
        request.messages << AssistantMessage{
            QList<FunctionCall>{{u"toolu_x"_s, u"get_weather"_s, u"{\"city\":"_s}},
            std::nullopt,
            u"assistant"_s,
            {}};
    } else {
        config.model = u"claude-3-5-sonnet-20241022"_s;
        request.jsonOutput
            = JsonOutput::jsonSchema(u"reply"_s, QJsonObject{{u"type"_s, u"object"_s}});
    }
    AnthropicClient *client = rig.start(config);

    for (const bool streaming : {false, true}) {
        CompletionJob *job = streaming ? client->createStream(request) : client->create(request);
        QVERIFY(!job->isFinished()); // reported on the next event-loop turn
        JobWatch watch(job);
        QVERIFY(waitForFinished(job));
        settle();
        QCOMPARE(watch.finishedCount, 1);
        QCOMPARE(kindOf(job), kind);
        QVERIFY(!job->error().message.isEmpty());
    }
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(rig.server.connectionsAccepted(), 0);
}

// ---------------------------------------------------------------------------------------------
// Models and token counting

void TestAnthropicProvider::listModelsTwoPages()
{
    Rig rig;
    rig.server.setHandler([](const RecordedRequest &request) {
        const QString after = request.query.queryItemValue(u"after_id"_s);
        if (after.isEmpty())
            return ScriptedResponse::json(
                200,
                QByteArray(
                    R"({"data":[{"type":"model","id":"claude-sonnet-4-5-20250929",)"
                    R"("display_name":"Claude Sonnet 4.5","created_at":"2025-09-29T00:00:00Z",)"
                    R"("max_input_tokens":200000},)"
                    R"({"type":"model","id":"claude-haiku-4-5-20251001",)"
                    R"("display_name":"Claude Haiku 4.5","created_at":"2025-10-15T00:00:00Z"}],)"
                    R"("has_more":true,"first_id":"claude-sonnet-4-5-20250929",)"
                    R"("last_id":"claude-haiku-4-5-20251001"})"));
        if (after == u"claude-haiku-4-5-20251001")
            return ScriptedResponse::json(
                200,
                QByteArray(
                    R"({"data":[{"type":"model","id":"claude-opus-4-1-20250805",)"
                    R"("display_name":"Claude Opus 4.1","created_at":"2025-08-05T00:00:00Z"}],)"
                    R"("has_more":false,"first_id":"claude-opus-4-1-20250805",)"
                    R"("last_id":"claude-opus-4-1-20250805"})"));
        return ScriptedResponse::json(404, QByteArray(R"({"type":"error","error":{"type":)"
                                                      R"("not_found_error","message":"page"}})"));
    });
    AnthropicClient *client = rig.start();

    ModelListJob *job = client->listModels();
    QVERIFY(waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QStringList ids;
    for (const ModelDescriptor &model : job->models())
        ids << model.id;
    QCOMPARE(ids, (QStringList{u"claude-haiku-4-5-20251001"_s, u"claude-opus-4-1-20250805"_s,
                               u"claude-sonnet-4-5-20250929"_s}));
    QCOMPARE(job->models().at(1).displayName, u"Claude Opus 4.1"_s);
    QCOMPARE(job->models().at(2).contextWindow, qint64(200000));
    QVERIFY(job->models().at(0).created > 0);

    QCOMPARE(rig.server.requests().size(), 2);
    const RecordedRequest first = rig.server.requests().at(0);
    const RecordedRequest second = rig.server.requests().at(1);
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.path, QByteArray("/v1/models"));
    QCOMPARE(first.query.queryItemValue(u"limit"_s), u"100"_s);
    QVERIFY(!first.query.hasQueryItem(u"after_id"_s));
    QCOMPARE(second.path, QByteArray("/v1/models"));
    QCOMPARE(second.query.queryItemValue(u"limit"_s), u"100"_s);
    QCOMPARE(second.query.queryItemValue(u"after_id"_s), u"claude-haiku-4-5-20251001"_s);
    for (const RecordedRequest &request : {first, second}) {
        QCOMPARE(request.header("x-api-key"), testKey.toUtf8());
        QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
    }
}

void TestAnthropicProvider::listModelsUnauthorized()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(
        401, QByteArray(R"({"type":"error","error":{"type":"authentication_error",)"
                        R"("message":"invalid x-api-key"},"request_id":"req_models"})")));
    AnthropicClient *client = rig.start();
    ModelListJob *job = client->listModels();
    QVERIFY(waitForFinished(job));
    QVERIFY(job->hasError());
    QCOMPARE(ModelError::kindName(job->error().kind),
             ModelError::kindName(ModelError::Kind::Authentication));
    QCOMPARE(job->error().providerCode, u"authentication_error"_s);
    QCOMPARE(job->error().requestId, u"req_models"_s);
}

void TestAnthropicProvider::countTokensExact()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(200, QByteArray(R"({"input_tokens":2095})")));
    AnthropicClient *client = rig.start();

    CompletionRequest request = weatherRequest();
    request.tools << ToolSchema{u"get_weather"_s, u"Weather"_s,
                                QJsonObject{{u"type"_s, u"object"_s}}, std::nullopt};
    request.parameters.temperature = 0.7; // not for the counting endpoint
    request.parameters.maxTokens = 500;
    TokenCountJob *job = client->countTokensExact(request);
    QVERIFY(job);
    QVERIFY(waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QCOMPARE(job->tokens(), qint64(2095));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest sent = rig.server.requests().at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/v1/messages/count_tokens"));
    QCOMPARE(sent.header("x-api-key"), testKey.toUtf8());
    QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
    const QJsonObject body = sent.json();
    QCOMPARE(body.keys(), (QStringList{u"messages"_s, u"model"_s, u"system"_s, u"tools"_s}));
    QCOMPARE(body.value(u"system"_s).toString(), u"You are a weather bot."_s);
}

void TestAnthropicProvider::countTokensRefused()
{
    Rig rig;
    AnthropicClient *client = rig.start();
    CompletionRequest request = weatherRequest();
    request.parameters.thinkingBudget = 100;
    TokenCountJob *job = client->countTokensExact(request);
    QVERIFY(job);
    QVERIFY(!job->isFinished()); // reported on the next event-loop turn
    QVERIFY(waitForFinished(job));
    QCOMPARE(ModelError::kindName(job->error().kind),
             ModelError::kindName(ModelError::Kind::InvalidRequest));

    TokenCountJob *empty = client->countTokensExact(CompletionRequest());
    QVERIFY(waitForFinished(empty));
    QCOMPARE(ModelError::kindName(empty->error().kind),
             ModelError::kindName(ModelError::Kind::InvalidRequest));
    QCOMPARE(rig.server.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestAnthropicProvider)
#include "tst_anthropicprovider.moc"
