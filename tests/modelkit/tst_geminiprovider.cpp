// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/modellistjob.h"
#include "core/tokencountjob.h"
#include "fixtures.h"
#include "jobwaiter.h"
#include "loopbackrig.h"
#include "printers.h"
#include "providers/gemini/geminiclient.h"
#include "testvalues.h"

#include <memory>
#include <optional>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::errorText;
using testsupport::fastTransport;
using testsupport::JobWatch;
using testsupport::kindOf;
using testsupport::RecordedRequest;
using testsupport::ScriptedResponse;
using testsupport::settle;
using testsupport::usageOf;
using testsupport::waitForFinished;
using Fault = testsupport::ScriptedResponse::Fault;

namespace {

const QString testKey = u"AIza-loopback-SECRET-0123456789"_s;

// Facts read from the recorded files in fixtures/gemini/.
const QString basicReplyText = u"The capital of Wyoming is **Cheyenne**.\n"_s;
const QString unaryReplyText = u"Google's headquarters, also known as the Googleplex, is located "
                               "in **Mountain View, California**.\n"_s;
const QString firstThought
    = u"**Calculating the Days**\n\nI've determined the user's request involves calculating the "
      "days until New Year's Eve. I need to get the current date and the date of New Year's Eve. "
      "My plan involves using `default_api.now()` to get the current date and time. Then, I can "
      "perform the calculation to find the time difference.\n\n\n"_s;
const QString secondThought
    = u"**Determining the Approach**\n\nI'm now zeroing in on the best method. Having established "
      "the core requirement -- the number of days until New Year's Eve -- I've identified "
      "`default_api.now()` as my primary tool for retrieving the current date. I'll need to "
      "define December 31st of the current year. I've also recognized the need to calculate the "
      "difference, which isn't a direct function. I'll calculate this myself after getting "
      "today's date.\n\n\n"_s;

QByteArray fixture(const QString &name)
{
    return testsupport::fixture(u"gemini/"_s + name);
}

QString recordedSignature()
{
    static const QRegularExpression re(u"\"thoughtSignature\": \"([^\"]+)\""_s);
    return re.match(QString::fromUtf8(fixture(u"stream-thinking-function-call-signature.sse"_s)))
        .captured(1);
}

// Byte offset just past the first `count` events of a CRLF SSE transcript.
qsizetype offsetAfterEvents(const QByteArray &sse, int count)
{
    return testsupport::offsetAfterEvents(sse, count, "\r\n");
}

CompletionRequest wyomingRequest()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"Answer in one sentence."_s};
    request.messages << UserMessage{u"What is the capital of Wyoming?"_s, u"user"_s};
    return request;
}

const QJsonArray wyomingContents{QJsonObject{
    {u"role"_s, u"user"_s},
    {u"parts"_s, QJsonArray{QJsonObject{{u"text"_s, u"What is the capital of Wyoming?"_s}}}}}};
const QJsonObject wyomingSystem{
    {u"parts"_s, QJsonArray{QJsonObject{{u"text"_s, u"Answer in one sentence."_s}}}}};

QByteArray quotaBody(const QByteArray &retryDelay)
{
    return R"({"error":{"code":429,"message":"You exceeded your current quota, please check )"
           R"(your plan and billing details.","status":"RESOURCE_EXHAUSTED","details":[{"@type":)"
           R"("type.googleapis.com/google.rpc.QuotaFailure","violations":[{"quotaMetric":)"
           R"("generativelanguage.googleapis.com/generate_content_free_tier_requests",)"
           R"("quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier","quotaValue":"10"}]},)"
           R"({"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":")"
           + retryDelay + R"("}]}})";
}

struct Rig : testsupport::LoopbackRig<GeminiClient>
{
    GeminiConfig config() const
    {
        GeminiConfig c;
        c.baseUrl = server.baseUrl();
        c.apiKey = testKey;
        c.model = u"gemini-2.5-flash"_s;
        c.transport = fastTransport();
        return c;
    }

    using LoopbackRig::start;
    GeminiClient *start() { return start(config()); }
};

} // namespace

class TestGeminiProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamFixture_data();
    void streamFixture();
    void requestOnTheWire_data();
    void requestOnTheWire();
    void nonStreamingCreate();
    void thoughtSignatureRoundTrip();

    void retryAfter429();
    void rateLimitNotRetried();
    void invalidApiKey_data();
    void invalidApiKey();
    void resetMidStream();
    void truncatedStream();
    void cancelMidStream();
    void rejectedBeforeSending_data();
    void rejectedBeforeSending();

    void listModelsTwoPages();
    void listModelsError();
    void countTokensExact();
    void countTokensRefused();
};

// ---------------------------------------------------------------------------------------------

void TestGeminiProvider::streamFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("chunkSize");

    // Random piece sizes from a fixed seed, so that lines, JSON and UTF-8 split anywhere and a
    // failure reproduces.
    QRandomGenerator random(20260305);
    for (const QString &file :
         {u"stream-basic-reply-short.sse"_s, u"stream-thinking-function-call-signature.sse"_s,
          u"stream-prompt-blocked-safety.sse"_s}) {
        for (int i = 0; i < 3; ++i) {
            const int chunkSize = random.bounded(1, 97);
            QTest::addRow("%s / %d", qPrintable(file), chunkSize) << file << chunkSize;
        }
    }
}

void TestGeminiProvider::streamFixture()
{
    QFETCH(QString, file);
    QFETCH(int, chunkSize);

    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    Rig rig;
    rig.server.enqueue(ScriptedResponse::sse(bytes, chunkSize, 1));
    GeminiClient *client = rig.start();

    CompletionJob *job = client->createStream(wyomingRequest());
    QVERIFY(job->isStreaming());
    QVERIFY(!job->isFinished());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    const CreateResult r = job->result();
    if (file == u"stream-basic-reply-short.sse") {
        QCOMPARE(r.text(), basicReplyText);
        QCOMPARE(watch.text, basicReplyText);
        QVERIFY(watch.textDeltas >= 1);
        QVERIFY(watch.thoughts.isEmpty());
        QVERIFY(watch.tools.isEmpty());
        QVERIFY(!r.thought);
        QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
        QCOMPARE(r.usage, usageOf(7, 10));
        QCOMPARE(r.model, u"gemini-2.0-flash"_s);
        QVERIFY(r.responseId.isEmpty());
        QVERIFY(r.providerState.isEmpty());
        QCOMPARE(r.raw.value(u"usageMetadata"_s).toObject().value(u"totalTokenCount"_s).toInt(),
                 17);
    } else if (file == u"stream-thinking-function-call-signature.sse") {
        // One thoughtDelta per event, then the call whole.
        QCOMPARE(watch.thoughts, (QStringList{firstThought, secondThought}));
        QCOMPARE(watch.textDeltas, 0);
        QCOMPARE(watch.tools.size(), 1);
        QCOMPARE(watch.tools.at(0).index, 0);
        QCOMPARE(watch.tools.at(0).id, u"call_0"_s);
        QCOMPARE(watch.tools.at(0).name, u"now"_s);
        QCOMPARE(watch.tools.at(0).fragment, u"{}"_s);
        QVERIFY(r.hasFunctionCalls());
        QCOMPARE(r.functionCalls(), (QList<FunctionCall>{{u"call_0"_s, u"now"_s, u"{}"_s}}));
        QCOMPARE(r.thought, std::optional<QString>(firstThought + secondThought));
        QCOMPARE(finishReasonName(r.finishReason), u"function_calls"_s);
        QCOMPARE(r.usage, usageOf(38, 174, 168));
        QCOMPARE(r.model, u"gemini-2.5-flash"_s);
        QCOMPARE(r.responseId, u"48SHaPHpHKbG-8YPtZCawAk"_s);
        const QJsonObject state = r.providerState.value(u"gemini"_s).toObject();
        QCOMPARE(state.value(u"parts"_s).toArray(),
                 (QJsonArray{QJsonObject{{u"part"_s, u"functionCall"_s},
                                         {u"index"_s, 0},
                                         {u"thoughtSignature"_s, recordedSignature()}}}));
        QCOMPARE(state.value(u"syntheticCallIds"_s).toArray(), QJsonArray{u"call_0"_s});
    } else {
        QCOMPARE(finishReasonName(r.finishReason), u"content_filter"_s);
        QCOMPARE(r.text(), QString());
        QCOMPARE(watch.textDeltas, 0);
        QVERIFY(r.usage.isZero());
        QCOMPARE(r.raw.value(u"promptFeedback"_s).toObject().value(u"blockReason"_s).toString(),
                 u"SAFETY"_s);
    }
    QCOMPARE(client->totalUsage(), r.usage);

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(r.exchange.status, 200);
    QCOMPARE(r.exchange.method, QByteArray("POST"));
    QCOMPARE(r.exchange.requestBody, request.body);
    QCOMPARE(r.exchange.responseBody, bytes);
    QCOMPARE(r.exchange.attempts.size(), 1);
}

void TestGeminiProvider::requestOnTheWire_data()
{
    QTest::addColumn<QString>("model");
    QTest::newRow("bare id") << u"gemini-2.5-flash"_s;
    QTest::newRow("models/ prefix") << u"models/gemini-2.5-flash"_s;
}

void TestGeminiProvider::requestOnTheWire()
{
    QFETCH(QString, model);
    Rig rig;
    rig.server.enqueue(ScriptedResponse::sse(fixture(u"stream-basic-reply-short.sse"_s), 41, 1));
    GeminiConfig config = rig.config();
    config.model = model;
    GeminiClient *client = rig.start(config);
    QCOMPARE(client->model(), u"gemini-2.5-flash"_s);
    QCOMPARE(client->providerName(), u"gemini"_s);

    CompletionRequest request = wyomingRequest();
    request.parameters.temperature = 0.5;
    request.parameters.maxTokens = 200;
    request.tools << ToolSchema{
        u"lookup_capital"_s, u"Capital of a US state"_s,
        QJsonObject{
            {u"type"_s, u"object"_s},
            {u"properties"_s, QJsonObject{{u"state"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}},
        std::nullopt};
    CompletionJob *job = client->createStream(request);
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest sent = rig.server.requests().at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/v1beta/models/gemini-2.5-flash:streamGenerateContent"));
    QCOMPARE(sent.query.queryItems(), (QList<std::pair<QString, QString>>{{u"alt"_s, u"sse"_s}}));
    QCOMPARE(sent.header("x-goog-api-key"), testKey.toUtf8());
    QVERIFY(!sent.hasHeader("authorization"));
    QVERIFY(!sent.target.contains("key="));
    QVERIFY(!sent.target.contains("SECRET"));
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QCOMPARE(sent.header("accept"), QByteArray("text/event-stream"));
    QVERIFY(sent.header("user-agent").startsWith("modelkit/"));

    const QJsonObject body = sent.json();
    QCOMPARE(body.keys(), (QStringList{u"contents"_s, u"generationConfig"_s, u"systemInstruction"_s,
                                       u"toolConfig"_s, u"tools"_s}));
    QCOMPARE(body.value(u"contents"_s).toArray(), wyomingContents);
    QCOMPARE(body.value(u"systemInstruction"_s).toObject(), wyomingSystem);
    QCOMPARE(body.value(u"generationConfig"_s).toObject(),
             (QJsonObject{{u"temperature"_s, 0.5}, {u"maxOutputTokens"_s, 200}}));
    const QJsonObject declaration = body.value(u"tools"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"functionDeclarations"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject();
    QCOMPARE(declaration.value(u"name"_s).toString(), u"lookup_capital"_s);
    QCOMPARE(declaration.value(u"parametersJsonSchema"_s).toObject(),
             request.tools.at(0).parameters);
    QCOMPARE(body.value(u"toolConfig"_s).toObject(),
             (QJsonObject{{u"functionCallingConfig"_s, QJsonObject{{u"mode"_s, u"AUTO"_s}}}}));

    // The key never reaches the inspector.
    const CreateResult r = job->result();
    QVERIFY(r.exchange.url.contains(u":streamGenerateContent?alt=sse"_s));
    const QByteArray inspected
        = QJsonDocument(r.toJson(CreateResult::JsonDetail::WithInspector)).toJson();
    QVERIFY(!inspected.contains("SECRET"));
    QCOMPARE(headerValue(r.exchange.requestHeaders, "x-goog-api-key"), QByteArray("[redacted]"));
}

void TestGeminiProvider::nonStreamingCreate()
{
    Rig rig;
    const QByteArray body = fixture(u"unary-basic-reply-short.json"_s);
    rig.server.enqueue(ScriptedResponse::json(200, body));
    GeminiClient *client = rig.start();

    CompletionJob *job = client->create(wyomingRequest());
    QVERIFY(!job->isStreaming());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));
    // The whole content arrives as one delta just before finished().
    QCOMPARE(watch.textDeltas, 1);
    QCOMPARE(watch.text, unaryReplyText);
    QCOMPARE(watch.signalsAfterFinished, 0);

    const CreateResult r = job->result();
    QCOMPARE(r.text(), unaryReplyText);
    QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
    QCOMPARE(r.usage, usageOf(7, 22));
    QCOMPARE(r.model, u"gemini-2.0-flash"_s);
    QCOMPARE(r.raw, QJsonDocument::fromJson(body).object());
    QCOMPARE(r.exchange.responseBody, body);

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest sent = rig.server.requests().at(0);
    QCOMPARE(sent.path, QByteArray("/v1beta/models/gemini-2.5-flash:generateContent"));
    QVERIFY(sent.query.isEmpty());
    QCOMPARE(sent.header("accept"), QByteArray("application/json"));
    QCOMPARE(sent.header("x-goog-api-key"), testKey.toUtf8());
    QCOMPARE(sent.json(), (QJsonObject{{u"contents"_s, wyomingContents},
                                       {u"systemInstruction"_s, wyomingSystem}}));
}

void TestGeminiProvider::thoughtSignatureRoundTrip()
{
    Rig rig;
    rig.server.enqueue(
        ScriptedResponse::sse(fixture(u"stream-thinking-function-call-signature.sse"_s), 53, 1));
    rig.server.enqueue(ScriptedResponse::json(200, fixture(u"unary-basic-reply-short.json"_s)));
    GeminiClient *client = rig.start();

    CompletionRequest request;
    request.messages << UserMessage{u"How many days until New Year's Eve?"_s, u"user"_s};
    request.tools << ToolSchema{u"now"_s, u"The current date and time"_s, QJsonObject(),
                                std::nullopt};
    request.parameters.thinkingBudget = 1024;
    CompletionJob *first = client->createStream(request);
    QVERIFY(waitForFinished(first));
    QVERIFY2(!first->hasError(), qPrintable(errorText(first)));
    QCOMPARE(rig.server.requests().at(0).json().value(u"generationConfig"_s).toObject(),
             (QJsonObject{{u"thinkingConfig"_s, QJsonObject{{u"thinkingBudget"_s, 1024},
                                                            {u"includeThoughts"_s, true}}}}));

    const CreateResult reply = first->result();
    const FunctionCall call = reply.functionCalls().at(0);
    request.messages << reply.toAssistantMessage();
    request.messages << FunctionExecutionResultMessage{
        {{u"2025-07-28T10:00:00Z"_s, call.name, call.id, false}}};
    CompletionJob *second = client->create(request);
    QVERIFY(waitForFinished(second));
    QVERIFY2(!second->hasError(), qPrintable(errorText(second)));

    QCOMPARE(rig.server.requests().size(), 2);
    const QJsonArray contents = rig.server.requests().at(1).json().value(u"contents"_s).toArray();
    QCOMPARE(contents.size(), 3);
    QCOMPARE(
        contents.at(1).toObject(),
        (QJsonObject{{u"role"_s, u"model"_s},
                     {u"parts"_s, QJsonArray{QJsonObject{
                                      {u"functionCall"_s, QJsonObject{{u"name"_s, u"now"_s},
                                                                      {u"args"_s, QJsonObject()}}},
                                      {u"thoughtSignature"_s, recordedSignature()}}}}}));
    QCOMPARE(contents.at(2).toObject(),
             (QJsonObject{
                 {u"role"_s, u"user"_s},
                 {u"parts"_s,
                  QJsonArray{QJsonObject{
                      {u"functionResponse"_s,
                       QJsonObject{{u"name"_s, u"now"_s},
                                   {u"response"_s,
                                    QJsonObject{{u"result"_s, u"2025-07-28T10:00:00Z"_s}}}}}}}}}));
    RequestUsage total = usageOf(38 + 7, 174 + 22, 168);
    QCOMPARE(client->totalUsage(), total);
}

// ---------------------------------------------------------------------------------------------
// Faults

void TestGeminiProvider::retryAfter429()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(429, quotaBody("0.020s")));
    rig.server.enqueue(ScriptedResponse::sse(fixture(u"stream-basic-reply-short.sse"_s), 13, 1));
    GeminiClient *client = rig.start();

    CompletionJob *job = client->createStream(wyomingRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(rig.server.requests().at(1).body, rig.server.requests().at(0).body);
    QCOMPARE(rig.server.requests().at(1).header("x-goog-api-key"), testKey.toUtf8());
    const CreateResult r = job->result();
    QCOMPARE(r.text(), basicReplyText);
    QCOMPARE(watch.text, basicReplyText);
    QCOMPARE(r.exchange.attempts.size(), 2);
    QCOMPARE(r.exchange.attempts.at(0).status, 429);
    QCOMPARE(r.exchange.attempts.at(1).status, 200);
    // The transport's backoff (initialBackoffMs 10, minus up to 25 % jitter).
    QVERIFY(r.exchange.attempts.at(1).delayBeforeMs >= 7);
    QVERIFY(r.exchange.attempts.at(1).delayBeforeMs <= 10);
}

void TestGeminiProvider::rateLimitNotRetried()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(429, quotaBody("19s"), {{"x-request-id", "req-g1"}}));
    GeminiConfig config = rig.config();
    config.transport.maxRetries = 0;
    GeminiClient *client = rig.start(config);

    CompletionJob *job = client->createStream(wyomingRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::RateLimit));
    const ModelError error = job->error();
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.providerCode, u"RESOURCE_EXHAUSTED"_s);
    QCOMPARE(error.message,
             u"You exceeded your current quota, please check your plan and billing details."_s);
    QCOMPARE(error.retryAfterMs, std::optional<qint64>(19000));
    QCOMPARE(error.requestId, u"req-g1"_s);
    QCOMPARE(watch.textDeltas, 0);
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestGeminiProvider::invalidApiKey_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("create") << false;
    QTest::newRow("createStream") << true;
}

void TestGeminiProvider::invalidApiKey()
{
    QFETCH(bool, streaming);
    Rig rig;
    const QByteArray body = fixture(u"unary-error-invalid-api-key.json"_s);
    rig.server.enqueue(ScriptedResponse::json(400, body));
    rig.server.enqueue(ScriptedResponse::json(200, fixture(u"unary-basic-reply-short.json"_s)));
    GeminiClient *client = rig.start();

    CompletionJob *job
        = streaming ? client->createStream(wyomingRequest()) : client->create(wyomingRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Authentication));
    const ModelError error = job->error();
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.providerCode, u"API_KEY_INVALID"_s);
    QCOMPARE(error.message, u"API key not valid. Please pass a valid API key."_s);
    QCOMPARE(job->result().exchange.status, 400);
    QCOMPARE(job->result().exchange.responseBody, body);
    // A 400 is not retried.
    QCOMPARE(rig.server.requests().size(), 1);
    QCOMPARE(rig.server.pendingResponses(), 1);
    QVERIFY(client->totalUsage().isZero());
}

void TestGeminiProvider::resetMidStream()
{
    Rig rig;
    const QByteArray bytes = fixture(u"stream-basic-reply-short.sse"_s);
    const qsizetype cut = offsetAfterEvents(bytes, 2);
    QVERIFY(cut > 0);
    rig.server.enqueue(ScriptedResponse::sse(bytes, 9, 1).withFault(Fault::ResetAfterBytes, cut));
    GeminiClient *client = rig.start();

    CompletionJob *job = client->createStream(wyomingRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Network));
    QCOMPARE(watch.text, u"The capital of Wyoming"_s);
    const CreateResult r = job->result();
    QCOMPARE(r.text(), u"The capital of Wyoming"_s);
    QCOMPARE(r.model, u"gemini-2.0-flash"_s);
    QCOMPARE(r.usage, usageOf(7, 0));
    QCOMPARE(finishReasonName(r.finishReason), u"unknown"_s);
    // Tokens may already be on screen: a cut-off stream is never retried.
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestGeminiProvider::truncatedStream()
{
    // The server closes the stream cleanly, but before any finishReason.
    Rig rig;
    const QByteArray bytes = fixture(u"stream-thinking-function-call-signature.sse"_s);
    const qsizetype cut = offsetAfterEvents(bytes, 2);
    QVERIFY(cut > 0);
    rig.server.enqueue(ScriptedResponse::sse(bytes.first(cut), 17, 1));
    GeminiClient *client = rig.start();

    CompletionJob *job = client->createStream(wyomingRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::InvalidResponse));
    QCOMPARE(watch.thoughts, (QStringList{firstThought, secondThought}));
    const CreateResult r = job->result();
    QCOMPARE(r.thought, std::optional<QString>(firstThought + secondThought));
    QVERIFY(!r.hasFunctionCalls());
    QCOMPARE(r.usage, usageOf(38, 168, 168));
    // Billed tokens count even when the reply was cut off.
    QCOMPARE(client->totalUsage(), usageOf(38, 168, 168));
}

void TestGeminiProvider::cancelMidStream()
{
    Rig rig;
    const QByteArray bytes = fixture(u"stream-basic-reply-short.sse"_s);
    rig.server.enqueue(ScriptedResponse::sse(bytes, 7, 5));
    GeminiClient *client = rig.start();

    CompletionJob *job = client->createStream(wyomingRequest());
    JobWatch watch(job);
    if (watch.textDeltas == 0) {
        QSignalSpy firstDelta(job, &CompletionJob::textDelta);
        QVERIFY(firstDelta.wait(5000));
    }
    QCOMPARE(watch.finishedCount, 0);
    job->cancel();
    // Synchronously, exactly once.
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), ModelError::kindName(ModelError::Kind::Cancelled));
    const QString partial = watch.text;
    QVERIFY(!partial.isEmpty());
    QVERIFY(partial.size() < basicReplyText.size());
    QVERIFY(basicReplyText.startsWith(partial));
    QCOMPARE(job->result().text(), partial);
    QTest::qWait(100);
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QCOMPARE(job->result().text(), partial);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.openConnections(), 0, 5000);
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestGeminiProvider::rejectedBeforeSending_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<QString>("kind");

    const QString invalid = ModelError::kindName(ModelError::Kind::InvalidRequest);
    const QString unsupported = ModelError::kindName(ModelError::Kind::Unsupported);
    for (const bool streaming : {false, true}) {
        const char *mode = streaming ? "createStream" : "create";
        QTest::addRow("%s: no messages", mode) << u"no messages"_s << streaming << invalid;
        QTest::addRow("%s: invalid arguments", mode)
            << u"invalid arguments"_s << streaming << invalid;
        QTest::addRow("%s: parallel_tool_calls=false", mode)
            << u"parallel"_s << streaming << unsupported;
        QTest::addRow("%s: image to a text model", mode) << u"image"_s << streaming << unsupported;
    }
}

void TestGeminiProvider::rejectedBeforeSending()
{
    QFETCH(QString, problem);
    QFETCH(bool, streaming);
    QFETCH(QString, kind);

    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(200, fixture(u"unary-basic-reply-short.json"_s)));
    GeminiConfig config = rig.config();
    CompletionRequest request = wyomingRequest();
    if (problem == u"no messages") {
        request.messages.clear();
    } else if (problem == u"invalid arguments") {
        AssistantMessage call;
        call.content = QList<FunctionCall>{{u"c1"_s, u"lookup"_s, uR"({"state": "Wyo)"_s}};
        request.messages << call;
    } else if (problem == u"parallel") {
        request.tools << ToolSchema{u"lookup"_s, QString(), QJsonObject(), std::nullopt};
        request.parameters.parallelToolCalls = false;
    } else if (problem == u"image") {
        ModelInfo textOnly = ModelInfo::permissive();
        textOnly.vision = false;
        config.modelInfo = textOnly;
        request.messages << UserMessage{
            QList<UserContentPart>{u"And this?"_s,
                                   Image::fromBytes(QByteArray("\x89PNG\r\n\x1a\nrest", 12))},
            u"user"_s};
    }
    GeminiClient *client = rig.start(config);

    CompletionJob *job = streaming ? client->createStream(request) : client->create(request);
    QCOMPARE(job->isStreaming(), streaming);
    QVERIFY(!job->isFinished());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), kind);
    QVERIFY(!job->error().message.isEmpty());
    if (problem == u"invalid arguments")
        QVERIFY(job->error().message.contains(u"\"lookup\""_s));
    if (problem == u"parallel")
        QVERIFY(job->error().message.contains(u"parallel_tool_calls"_s));
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(rig.server.connectionsAccepted(), 0);
}

// ---------------------------------------------------------------------------------------------
// Models and token counts

void TestGeminiProvider::listModelsTwoPages()
{
    Rig rig;
    const QString token = u"Ch5tb2RlbHMv+Z2VtaW5p/LTIuMC1mbGFzaA=="_s;
    rig.server.enqueue(ScriptedResponse::json(
        200,
        R"({"models":[{"name":"models/gemini-2.5-pro","version":"2.5","displayName":)"
        R"("Gemini 2.5 Pro","inputTokenLimit":1048576,"outputTokenLimit":65536,)"
        R"("supportedGenerationMethods":["generateContent","countTokens"]},)"
        R"({"name":"models/embedding-001","displayName":"Embedding 001","inputTokenLimit":2048,)"
        R"("supportedGenerationMethods":["embedContent"]}],"nextPageToken":")"
            + token.toLatin1() + R"("})"));
    rig.server.enqueue(ScriptedResponse::json(
        200, QByteArray(R"({"models":[{"name":"models/gemini-2.0-flash","displayName":)"
                        R"("Gemini 2.0 Flash","inputTokenLimit":1048576,)"
                        R"("supportedGenerationMethods":["generateContent","countTokens"]}]})")));
    GeminiClient *client = rig.start();

    ModelListJob *job = client->listModels();
    QSignalSpy finished(job, &ModelListJob::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QStringList ids;
    for (const ModelDescriptor &model : job->models())
        ids << model.id;
    QCOMPARE(ids, (QStringList{u"gemini-2.0-flash"_s, u"gemini-2.5-pro"_s}));
    QCOMPARE(job->models().at(1).displayName, u"Gemini 2.5 Pro"_s);
    QCOMPARE(job->models().at(1).contextWindow, qint64(1048576));

    QCOMPARE(rig.server.requests().size(), 2);
    const RecordedRequest first = rig.server.requests().at(0);
    QCOMPARE(first.method, QByteArray("GET"));
    QCOMPARE(first.path, QByteArray("/v1beta/models"));
    QCOMPARE(first.query.queryItemValue(u"pageSize"_s), u"100"_s);
    QVERIFY(!first.query.hasQueryItem(u"pageToken"_s));
    QCOMPARE(first.header("x-goog-api-key"), testKey.toUtf8());
    QVERIFY(first.body.isEmpty());
    const RecordedRequest second = rig.server.requests().at(1);
    QCOMPARE(second.path, QByteArray("/v1beta/models"));
    QCOMPARE(second.query.queryItemValue(u"pageSize"_s), u"100"_s);
    QCOMPARE(second.query.queryItemValue(u"pageToken"_s, QUrl::FullyDecoded), token);
    QCOMPARE(second.header("x-goog-api-key"), testKey.toUtf8());
}

void TestGeminiProvider::listModelsError()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(400, fixture(u"unary-error-invalid-api-key.json"_s)));
    GeminiClient *client = rig.start();

    ModelListJob *job = client->listModels();
    QSignalSpy finished(job, &ModelListJob::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(job->hasError());
    QCOMPARE(ModelError::kindName(job->error().kind),
             ModelError::kindName(ModelError::Kind::Authentication));
    QCOMPARE(job->error().providerCode, u"API_KEY_INVALID"_s);
    QVERIFY(job->models().isEmpty());
}

void TestGeminiProvider::countTokensExact()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(
        200, QByteArray(R"({"totalTokens": 31, "promptTokensDetails": [{"modality": "TEXT", )"
                        R"("tokenCount": 31}]})")));
    GeminiClient *client = rig.start();

    CompletionRequest request = wyomingRequest();
    request.tools << ToolSchema{u"lookup_capital"_s, u"Capital of a US state"_s,
                                QJsonObject{{u"type"_s, u"object"_s}}, std::nullopt};
    TokenCountJob *job = client->countTokensExact(request);
    QVERIFY(job);
    QSignalSpy finished(job, &TokenCountJob::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QCOMPARE(job->tokens(), qint64(31));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest sent = rig.server.requests().at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/v1beta/models/gemini-2.5-flash:countTokens"));
    QVERIFY(sent.query.isEmpty());
    QCOMPARE(sent.header("x-goog-api-key"), testKey.toUtf8());
    const QJsonObject body = sent.json();
    QCOMPARE(body.keys(), QStringList{u"generateContentRequest"_s});
    const QJsonObject inner = body.value(u"generateContentRequest"_s).toObject();
    QCOMPARE(inner.value(u"model"_s).toString(), u"models/gemini-2.5-flash"_s);
    QCOMPARE(inner.value(u"contents"_s).toArray(), wyomingContents);
    QCOMPARE(inner.value(u"systemInstruction"_s).toObject(), wyomingSystem);
    QCOMPARE(inner.value(u"tools"_s).toArray().size(), 1);
}

void TestGeminiProvider::countTokensRefused()
{
    Rig rig;
    GeminiClient *client = rig.start();
    CompletionRequest request = wyomingRequest();
    AssistantMessage call;
    call.content = QList<FunctionCall>{{u"c1"_s, u"lookup"_s, u"not json"_s}};
    request.messages << call;

    TokenCountJob *job = client->countTokensExact(request);
    QVERIFY(job);
    QVERIFY(!job->isFinished()); // reported on the next turn, after the caller connected
    QSignalSpy finished(job, &TokenCountJob::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(job->hasError());
    QCOMPARE(ModelError::kindName(job->error().kind),
             ModelError::kindName(ModelError::Kind::InvalidRequest));

    // A server error comes back typed.
    rig.server.enqueue(ScriptedResponse::json(
        404, QByteArray(R"({"error":{"code":404,"message":"models/gemini-2.5-flash is not found )"
                        R"(for API version v1beta.","status":"NOT_FOUND"}})")));
    TokenCountJob *missing = client->countTokensExact(wyomingRequest());
    QSignalSpy missingFinished(missing, &TokenCountJob::finished);
    QVERIFY(missingFinished.wait(5000));
    QCOMPARE(ModelError::kindName(missing->error().kind),
             ModelError::kindName(ModelError::Kind::NotFound));
    QCOMPARE(missing->error().providerCode, u"NOT_FOUND"_s);
    QCOMPARE(rig.server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestGeminiProvider)
#include "tst_geminiprovider.moc"
