// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/modellistjob.h"
#include "jobwaiter.h"
#include "loopbackrig.h"
#include "printers.h"
#include "providers/ollama/ollamaclient.h"
#include "testvalues.h"

#include <memory>
#include <optional>
#include <utility>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
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

const QString testKey = u"ollama-cloud-SECRET-0123456789"_s;

// Transcripts written from Ollama's API reference (no recordings exist for Ollama).
QByteArray chunk(const QByteArray &model, const QByteArray &message)
{
    return R"({"model":")" + model + R"(","created_at":"2025-06-01T10:00:00.1Z","message":)"
           + message + R"(,"done":false})" + '\n';
}

QByteArray doneLine(const QByteArray &model, const QByteArray &reason, int prompt, int eval)
{
    return R"({"model":")" + model
           + R"(","created_at":"2025-06-01T10:00:01.9Z","message":{"role":"assistant",)"
             R"("content":""},"done_reason":")"
           + reason + R"(","done":true,"total_duration":1890000000,"load_duration":12000000,)"
           + R"("prompt_eval_count":)" + QByteArray::number(prompt)
           + R"(,"prompt_eval_duration":65000000,"eval_count":)" + QByteArray::number(eval)
           + R"(,"eval_duration":1800000000})" + '\n';
}

QByteArray content(const QByteArray &text)
{
    return R"({"role":"assistant","content":")" + text + R"("})";
}

const QByteArray textStream
    = chunk("llama3.2", content("Partly")) + chunk("llama3.2", content(" cloudy"))
      + chunk("llama3.2", content(", 18 °C — ☁️.")) + doneLine("llama3.2", "stop", 31, 9);
const QString textStreamText = u"Partly cloudy, 18 °C — ☁️."_s;

const QByteArray thinkingStream
    = chunk("qwen3:8b", R"({"role":"assistant","content":"","thinking":"The user asks"})")
      + chunk("qwen3:8b", R"({"role":"assistant","content":"","thinking":" about weather."})")
      + chunk("qwen3:8b", content("Foggy.")) + doneLine("qwen3:8b", "stop", 40, 77);

const QByteArray toolStream
    = chunk("qwen3:8b", R"({"role":"assistant","content":"","thinking":"Two lookups."})")
      + chunk("qwen3:8b", R"({"role":"assistant","content":"","tool_calls":[{"id":"call_x1",)"
                          R"("function":{"index":0,"name":"get_weather","arguments":)"
                          R"({"city":"San Francisco","units":"c"}}}]})")
      + chunk("qwen3:8b",
              R"({"role":"assistant","content":"","tool_calls":[{"function":)"
              R"({"index":1,"name":"get_time","arguments":{"tz":"America/Los_Angeles"}}}]})")
      + doneLine("qwen3:8b", "stop", 230, 48);

const QByteArray lengthStream
    = chunk("mistral:7b", content("Once upon")) + doneLine("mistral:7b", "length", 12, 2);

QByteArray transcript(const QString &name)
{
    if (name == u"text")
        return textStream;
    if (name == u"thinking")
        return thinkingStream;
    if (name == u"tool-calls")
        return toolStream;
    return lengthStream;
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

// A port nothing listens on: bound once, then released.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

struct Rig : testsupport::LoopbackRig<OllamaClient>
{
    OllamaConfig config() const
    {
        OllamaConfig c;
        c.baseUrl = server.baseUrl();
        c.model = u"llama3.2"_s;
        c.transport = fastTransport();
        return c;
    }
};

QString kindName(ModelError::Kind kind)
{
    return ModelError::kindName(kind);
}

} // namespace

class TestOllamaProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamTranscript_data();
    void streamTranscript();
    void requestOnTheWire_data();
    void requestOnTheWire();
    void nonStreamingCreate();

    void modelNotFound_data();
    void modelNotFound();
    void errorLineMidStream();
    void resetMidStream();
    void cancelMidStream();
    void connectionRefused_data();
    void connectionRefused();
    void serverErrorThenSuccess();

    void rejectedBeforeSending_data();
    void rejectedBeforeSending();
    void usageAccumulates();
    void clientFacts();

    void listModels();
};

// ---------------------------------------------------------------------------------------------

void TestOllamaProvider::streamTranscript_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("chunkSize");

    // Random piece sizes (fixed seed, so a failure can be replayed): the network splits
    // lines, JSON and UTF-8 sequences anywhere.
    QRandomGenerator random(20260601);
    for (const QString &name : {u"text"_s, u"thinking"_s, u"tool-calls"_s, u"length"_s}) {
        for (int i = 0; i < 3; ++i) {
            const int size = random.bounded(1, 64);
            QTest::addRow("%s, pieces of %d bytes", qPrintable(name), size) << name << size;
        }
    }
}

void TestOllamaProvider::streamTranscript()
{
    QFETCH(QString, name);
    QFETCH(int, chunkSize);

    const QByteArray bytes = transcript(name);
    Rig rig;
    rig.server.enqueue(ScriptedResponse::ndjson(bytes, chunkSize, 1));
    OllamaConfig config = rig.config();
    config.model = QJsonDocument::fromJson(bytes.left(bytes.indexOf('\n')))
                       .object()
                       .value(u"model"_s)
                       .toString();
    OllamaClient *client = rig.start(config);

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
    QCOMPARE(r.model, config.model);
    QVERIFY(r.responseId.isEmpty());
    QCOMPARE(r.raw.value(u"done"_s), QJsonValue(true));
    QCOMPARE(r.raw.value(u"total_duration"_s).toInteger(), qint64(1890000000));
    QCOMPARE(r.raw.value(u"eval_duration"_s).toInteger(), qint64(1800000000));
    QCOMPARE(client->totalUsage(), r.usage);

    if (name == u"text") {
        QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
        QCOMPARE(r.text(), textStreamText);
        QCOMPARE(watch.text, textStreamText);
        QCOMPARE(watch.textDeltas, 3);
        QVERIFY(!r.thought);
        QCOMPARE(r.usage, usageOf(31, 9));
    } else if (name == u"thinking") {
        QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
        QCOMPARE(r.thought, std::optional<QString>(u"The user asks about weather."_s));
        QCOMPARE(watch.thought, u"The user asks about weather."_s);
        QCOMPARE(watch.thoughtDeltas, 2);
        QCOMPARE(r.text(), u"Foggy."_s);
        QCOMPARE(watch.text, u"Foggy."_s);
        QCOMPARE(r.usage, usageOf(40, 77));
    } else if (name == u"tool-calls") {
        QCOMPARE(finishReasonName(r.finishReason), u"function_calls"_s);
        const QList<FunctionCall> calls{
            {u"call_x1"_s, u"get_weather"_s, u"{\"city\":\"San Francisco\",\"units\":\"c\"}"_s},
            {u"call_1"_s, u"get_time"_s, u"{\"tz\":\"America/Los_Angeles\"}"_s},
        };
        QCOMPARE(r.functionCalls(), calls);
        QCOMPARE(r.thought, std::optional<QString>(u"Two lookups."_s));
        // One delta per call, whole.
        QCOMPARE(watch.tools.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(watch.tools.at(i).index, i);
            QCOMPARE(watch.tools.at(i).id, calls.at(i).id);
            QCOMPARE(watch.tools.at(i).name, calls.at(i).name);
            QCOMPARE(watch.tools.at(i).fragment, calls.at(i).arguments);
        }
        QCOMPARE(watch.textDeltas, 0);
        QCOMPARE(r.usage, usageOf(230, 48));
    } else {
        QCOMPARE(finishReasonName(r.finishReason), u"length"_s);
        QCOMPARE(r.text(), u"Once upon"_s);
        QCOMPARE(r.usage, usageOf(12, 2));
    }

    // The request and the inspector's record.
    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/api/chat"));
    QCOMPARE(request.json().value(u"stream"_s), QJsonValue(true));
    QCOMPARE(r.exchange.status, 200);
    QCOMPARE(r.exchange.requestBody, request.body);
    QCOMPARE(r.exchange.responseBody, bytes);
    QCOMPARE(r.exchange.attempts.size(), 1);
    QVERIFY(r.exchange.firstTokenAtMs >= r.exchange.sentAtMs);
    QVERIFY(r.exchange.doneAtMs >= r.exchange.firstTokenAtMs);
}

void TestOllamaProvider::requestOnTheWire_data()
{
    QTest::addColumn<QString>("apiKey");
    QTest::newRow("local, no key") << QString();
    QTest::newRow("ollama.com, with key") << testKey;
}

void TestOllamaProvider::requestOnTheWire()
{
    QFETCH(QString, apiKey);
    Rig rig;
    rig.server.enqueue(ScriptedResponse::ndjson(lengthStream, 11, 1));
    OllamaConfig config = rig.config();
    config.apiKey = apiKey;
    config.numCtx = 16384;
    config.keepAlive = u"10m"_s;
    OllamaClient *client = rig.start(config);

    CompletionRequest request = weatherRequest();
    const QJsonObject parameters{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
        {u"required"_s, QJsonArray{u"city"_s}}};
    request.tools << ToolSchema{u"get_weather"_s, u"Weather in a city"_s, parameters, std::nullopt};
    const QJsonObject schema{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"summary"_s, QJsonObject{{u"type"_s, u"string"_s}}}}}};
    request.jsonOutput = JsonOutput::jsonSchema(u"report"_s, schema);
    request.parameters.temperature = 0.3;
    request.parameters.maxTokens = 200;
    request.parameters.stop = {u"\n\n"_s};
    request.parameters.reasoningEffort = u"high"_s;

    CompletionJob *job = client->createStream(request);
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest sent = rig.server.requests().at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/api/chat"));
    QVERIFY(sent.query.isEmpty());
    QCOMPARE(sent.header("content-type"), QByteArray("application/json"));
    QCOMPARE(sent.header("accept"), QByteArray("application/x-ndjson"));
    QVERIFY(sent.header("user-agent").startsWith("modelkit/"));
    if (apiKey.isEmpty())
        QVERIFY(!sent.hasHeader("authorization"));
    else
        QCOMPARE(sent.header("authorization"), QByteArray("Bearer " + apiKey.toUtf8()));

    const QJsonObject body = sent.json();
    QCOMPARE(body.keys(), (QStringList{u"format"_s, u"keep_alive"_s, u"messages"_s, u"model"_s,
                                       u"options"_s, u"stream"_s, u"think"_s, u"tools"_s}));
    QCOMPARE(body.value(u"model"_s), QJsonValue(u"llama3.2"_s));
    QCOMPARE(body.value(u"messages"_s).toArray(), weatherMessages);
    QCOMPARE(body.value(u"stream"_s), QJsonValue(true));
    QCOMPARE(body.value(u"format"_s).toObject(), schema);
    QCOMPARE(body.value(u"think"_s), QJsonValue(u"high"_s));
    QCOMPARE(body.value(u"keep_alive"_s), QJsonValue(u"10m"_s));
    QCOMPARE(body.value(u"options"_s).toObject(), (QJsonObject{{u"temperature"_s, 0.3},
                                                               {u"num_predict"_s, 200},
                                                               {u"stop"_s, QJsonArray{u"\n\n"_s}},
                                                               {u"num_ctx"_s, 16384}}));
    QCOMPARE(body.value(u"tools"_s).toArray(),
             (QJsonArray{
                 QJsonObject{{u"type"_s, u"function"_s},
                             {u"function"_s, QJsonObject{{u"name"_s, u"get_weather"_s},
                                                         {u"description"_s, u"Weather in a city"_s},
                                                         {u"parameters"_s, parameters}}}}}));

    // The key never reaches the inspector.
    const CreateResult r = job->result();
    const QByteArray inspected
        = QJsonDocument(r.toJson(CreateResult::JsonDetail::WithInspector)).toJson();
    QVERIFY(inspected.contains("/api/chat"));
    QVERIFY(!inspected.contains("SECRET"));
}

void TestOllamaProvider::nonStreamingCreate()
{
    Rig rig;
    const QByteArray body
        = R"({"model":"llama3.2","created_at":"2025-06-01T10:00:00.5Z","message":{"role":)"
          R"("assistant","content":"It is 18 degrees and foggy.","thinking":"Check SF."},)"
          R"("done_reason":"stop","done":true,"total_duration":2000000000,)"
          R"("load_duration":3000000,"prompt_eval_count":21,"prompt_eval_duration":90000000,)"
          R"("eval_count":9,"eval_duration":1900000000})";
    rig.server.enqueue(ScriptedResponse::json(200, body));
    OllamaClient *client = rig.start(rig.config());

    CompletionJob *job = client->create(weatherRequest());
    QVERIFY(!job->isStreaming());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));

    // The whole content arrives as one delta just before finished().
    QCOMPARE(watch.textDeltas, 1);
    QCOMPARE(watch.thoughtDeltas, 1);
    QCOMPARE(watch.text, u"It is 18 degrees and foggy."_s);
    QCOMPARE(watch.signalsAfterFinished, 0);

    const CreateResult r = job->result();
    QCOMPARE(r.text(), u"It is 18 degrees and foggy."_s);
    QCOMPARE(r.thought, std::optional<QString>(u"Check SF."_s));
    QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
    QCOMPARE(r.usage, usageOf(21, 9));
    QCOMPARE(r.model, u"llama3.2"_s);
    QCOMPARE(r.raw, QJsonDocument::fromJson(body).object());
    QCOMPARE(r.exchange.responseBody, body);

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(request.path, QByteArray("/api/chat"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    // Ollama streams by default: stream:false is sent explicitly.
    QCOMPARE(request.json().value(u"stream"_s), QJsonValue(false));
    QCOMPARE(request.json().keys(), (QStringList{u"messages"_s, u"model"_s, u"stream"_s}));
}

// ---------------------------------------------------------------------------------------------
// Faults

void TestOllamaProvider::modelNotFound_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("create") << false;
    QTest::newRow("createStream") << true;
}

void TestOllamaProvider::modelNotFound()
{
    QFETCH(bool, streaming);
    Rig rig;
    const QByteArray body = R"({"error":"model \"llama9\" not found, try pulling it first"})";
    rig.server.enqueue(ScriptedResponse::json(404, body));
    rig.server.enqueue(ScriptedResponse::ndjson(textStream)); // must not be used
    OllamaConfig config = rig.config();
    config.model = u"llama9"_s;
    OllamaClient *client = rig.start(config);

    CompletionJob *job
        = streaming ? client->createStream(weatherRequest()) : client->create(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), kindName(ModelError::Kind::NotFound));
    QCOMPARE(job->error().httpStatus, 404);
    QCOMPARE(job->error().message, u"model \"llama9\" not found, try pulling it first (download "
                                   "it with `ollama pull llama9`)"_s);
    QCOMPARE(rig.server.requests().size(), 1); // a 404 is not retried
    QCOMPARE(watch.textDeltas, 0);
    QCOMPARE(job->result().exchange.status, 404);
    QCOMPARE(job->result().exchange.responseBody, body);
}

void TestOllamaProvider::errorLineMidStream()
{
    Rig rig;
    const QList<QByteArray> lines = textStream.split('\n');
    const QByteArray stream = lines.at(0) + '\n' + lines.at(1) + '\n'
                              + R"({"error":"an error was encountered while running the model: )"
                                R"(CUDA error: out of memory"})"
                              + '\n' + lines.at(2) + '\n' + lines.at(3) + '\n';
    rig.server.enqueue(ScriptedResponse::ndjson(stream, 13, 1));
    OllamaClient *client = rig.start(rig.config());

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QCOMPARE(kindOf(job), kindName(ModelError::Kind::Provider));
    QCOMPARE(job->error().message,
             u"an error was encountered while running the model: CUDA error: out of memory"_s);
    QCOMPARE(watch.text, u"Partly cloudy"_s);
    QCOMPARE(job->result().text(), u"Partly cloudy"_s);
    QCOMPARE(job->result().exchange.status, 200);
    QCOMPARE(rig.server.requests().size(), 1);
}

void TestOllamaProvider::resetMidStream()
{
    Rig rig;
    // Two complete lines, then the connection is reset.
    const qsizetype cut = textStream.indexOf('\n', textStream.indexOf('\n') + 1) + 1;
    rig.server.enqueue(
        ScriptedResponse::ndjson(textStream, 7, 1).withFault(Fault::ResetAfterBytes, cut));
    OllamaClient *client = rig.start(rig.config());

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    settle();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(kindOf(job), kindName(ModelError::Kind::Network));
    QVERIFY(!job->error().message.isEmpty());
    // Not mistaken for a server that is not running: an answer had begun.
    QVERIFY2(!job->error().message.contains(u"does not seem to be running"_s),
             qPrintable(job->error().message));
    QCOMPARE(watch.text, u"Partly cloudy"_s);
    QCOMPARE(job->result().text(), u"Partly cloudy"_s);
    QCOMPARE(finishReasonName(job->result().finishReason), u"unknown"_s);
    QCOMPARE(rig.server.requests().size(), 1); // tokens were shown: never retried
}

void TestOllamaProvider::cancelMidStream()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::ndjson(textStream, 9, 20));
    OllamaClient *client = rig.start(rig.config());

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    if (watch.textDeltas == 0) {
        QSignalSpy firstDelta(job, &CompletionJob::textDelta);
        QVERIFY(firstDelta.wait(5000));
    }
    QCOMPARE(watch.finishedCount, 0);
    job->cancel();
    QCOMPARE(watch.finishedCount, 1); // synchronously
    QCOMPARE(kindOf(job), kindName(ModelError::Kind::Cancelled));
    const QString partial = watch.text;
    QVERIFY(!partial.isEmpty());
    QVERIFY(partial.size() < textStreamText.size());
    QVERIFY(textStreamText.startsWith(partial));
    QCOMPARE(job->result().text(), partial);

    QTest::qWait(100);
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QCOMPARE(job->result().text(), partial);
    QTRY_COMPARE_WITH_TIMEOUT(rig.server.openConnections(), 0, 5000);
}

void TestOllamaProvider::connectionRefused_data()
{
    QTest::addColumn<QString>("call");
    QTest::newRow("create") << u"create"_s;
    QTest::newRow("createStream") << u"createStream"_s;
    QTest::newRow("listModels") << u"listModels"_s;
}

void TestOllamaProvider::connectionRefused()
{
    QFETCH(QString, call);
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    OllamaConfig config;
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    config.model = u"llama3.2"_s;
    config.transport = fastTransport();
    OllamaClient client(&transport, config);

    const QString expected
        = u"Ollama does not seem to be running at http://127.0.0.1:%1"_s.arg(port);
    ModelError error;
    if (call == u"listModels") {
        ModelListJob *job = client.listModels();
        QVERIFY(waitForFinished(job));
        QVERIFY(job->hasError());
        error = job->error();
    } else {
        CompletionJob *job = call == u"create" ? client.create(weatherRequest())
                                               : client.createStream(weatherRequest());
        JobWatch watch(job);
        QVERIFY(waitForFinished(job));
        settle();
        QCOMPARE(watch.finishedCount, 1);
        QVERIFY(job->hasError());
        error = job->error();
        QVERIFY(job->result().text().isEmpty());
    }
    QCOMPARE(kindName(error.kind), kindName(ModelError::Kind::Network));
    QCOMPARE(error.httpStatus, 0);
    QVERIFY2(error.message.startsWith(expected), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"ollama serve"_s), qPrintable(error.message));
}

void TestOllamaProvider::serverErrorThenSuccess()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(
        500, QByteArray(R"({"error":"llama runner process has terminated: exit status 2"})")));
    rig.server.enqueue(ScriptedResponse::ndjson(textStream, 17, 1));
    OllamaClient *client = rig.start(rig.config());

    CompletionJob *job = client->createStream(weatherRequest());
    JobWatch watch(job);
    QVERIFY(waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));
    QCOMPARE(rig.server.requests().size(), 2);
    QCOMPARE(job->result().text(), textStreamText);
    QCOMPARE(job->result().exchange.attempts.size(), 2);
    QCOMPARE(job->result().exchange.attempts.at(0).status, 500);

    // With retries exhausted, the 500 is reported with Ollama's message.
    rig.server.enqueue(ScriptedResponse::json(
        500, QByteArray(R"({"error":"llama runner process has terminated: exit status 2"})")));
    OllamaConfig once = rig.config();
    once.transport.maxRetries = 0;
    OllamaClient *noRetry = rig.start(once);
    CompletionJob *failed = noRetry->create(weatherRequest());
    QVERIFY(waitForFinished(failed));
    QCOMPARE(kindOf(failed), kindName(ModelError::Kind::Server));
    QCOMPARE(failed->error().message, u"llama runner process has terminated: exit status 2"_s);
    QCOMPARE(failed->error().httpStatus, 500);
}

// ---------------------------------------------------------------------------------------------
// Refused before sending

void TestOllamaProvider::rejectedBeforeSending_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mentions");

    const QString unsupported = kindName(ModelError::Kind::Unsupported);
    QTest::newRow("image URL") << u"image url"_s << unsupported << u"base64"_s;
    QTest::newRow("tool_choice required") << u"required"_s << unsupported << u"tool_choice"_s;
    QTest::newRow("n=3") << u"n"_s << unsupported << u"n=3"_s;
    QTest::newRow("logprobs") << u"logprobs"_s << unsupported << u"logprobs"_s;
    QTest::newRow("thinking budget") << u"budget"_s << unsupported << u"thinking_budget"_s;
    QTest::newRow("image to a text model") << u"text model"_s << unsupported << u"images"_s;
    QTest::newRow("arguments not an object")
        << u"arguments"_s << kindName(ModelError::Kind::InvalidRequest) << u"get_weather"_s;
}

void TestOllamaProvider::rejectedBeforeSending()
{
    QFETCH(QString, problem);
    QFETCH(QString, kind);
    QFETCH(QString, mentions);

    Rig rig;
    rig.server.enqueue(ScriptedResponse::ndjson(textStream));
    OllamaConfig config = rig.config();
    CompletionRequest request = weatherRequest();
    const ToolSchema tool{u"get_weather"_s, u"Weather"_s, QJsonObject{{u"type"_s, u"object"_s}},
                          std::nullopt};
    if (problem == u"image url") {
        request.messages << UserMessage{
            QList<UserContentPart>{u"And this?"_s,
                                   Image::fromUrl(QUrl(u"https://example.com/sky.jpg"_s))},
            u"user"_s};
    } else if (problem == u"required") {
        request.tools << tool;
        request.toolChoice.mode = ToolChoice::Mode::Required;
    } else if (problem == u"n") {
        request.parameters.n = 3;
    } else if (problem == u"logprobs") {
        request.parameters.logprobs = true;
    } else if (problem == u"budget") {
        request.parameters.thinkingBudget = 2048;
    } else if (problem == u"text model") {
        config.model = u"llama3.1:8b"_s; // known to be text-only
        request.messages << UserMessage{
            QList<UserContentPart>{u"And this?"_s,
                                   Image::fromBytes(QByteArray("\x89PNG\r\n\x1a\nrest", 12))},
            u"user"_s};
    } else if (problem == u"arguments") {
        request.messages << AssistantMessage{
            QList<FunctionCall>{{u"call_0"_s, u"get_weather"_s, u"{\"city\": \"Par"_s}},
            std::nullopt,
            u"assistant"_s,
            {}};
    }
    OllamaClient *client = rig.start(config);

    for (const bool streaming : {false, true}) {
        CompletionJob *job = streaming ? client->createStream(request) : client->create(request);
        QCOMPARE(job->isStreaming(), streaming);
        QVERIFY(!job->isFinished()); // reported on the next event-loop turn
        JobWatch watch(job);
        QVERIFY(waitForFinished(job));
        settle();
        QCOMPARE(watch.finishedCount, 1);
        QCOMPARE(kindOf(job), kind);
        QVERIFY2(job->error().message.contains(mentions), qPrintable(job->error().message));
        QCOMPARE(job->error().httpStatus, 0);
    }
    QCOMPARE(rig.server.requests().size(), 0);
    QCOMPARE(rig.server.connectionsAccepted(), 0);
    QVERIFY(client->totalUsage().isZero());
}

void TestOllamaProvider::usageAccumulates()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::ndjson(textStream, 97, 1));
    rig.server.enqueue(ScriptedResponse::ndjson(lengthStream, 97, 1));
    OllamaClient *client = rig.start(rig.config());
    QSignalSpy usageChanged(client, &ChatCompletionClient::usageChanged);

    CompletionJob *first = client->createStream(weatherRequest());
    QVERIFY(waitForFinished(first));
    QVERIFY2(!first->hasError(), qPrintable(errorText(first)));
    CompletionJob *second = client->create(weatherRequest());
    QVERIFY(waitForFinished(second));
    // The second answer is NDJSON although stream:false was sent: still read.
    QVERIFY2(!second->hasError(), qPrintable(errorText(second)));
    QCOMPARE(client->totalUsage(), usageOf(31 + 12, 9 + 2));
    QCOMPARE(client->actualUsage(), usageOf(31 + 12, 9 + 2));
    QCOMPARE(usageChanged.count(), 2);
}

void TestOllamaProvider::clientFacts()
{
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    OllamaConfig config;
    config.model = u"gemma3:4b"_s;
    OllamaClient client(&transport, config);
    QCOMPARE(client.providerName(), u"ollama"_s);
    QCOMPARE(client.model(), u"gemma3:4b"_s);
    QCOMPARE(client.config().baseUrl, QUrl(u"http://localhost:11434"_s));
    QVERIFY(client.modelInfo().vision);
    QCOMPARE(client.modelInfo().contextWindow, qint64(0));
    QVERIFY(!client.remainingTokens(weatherRequest().messages));
    // No counting endpoint: the estimate is all there is.
    QVERIFY(!client.countTokensExact(weatherRequest()));

    config.numCtx = 32768;
    OllamaClient withWindow(&transport, config);
    QCOMPARE(withWindow.modelInfo().contextWindow, qint64(32768));
    QVERIFY(withWindow.remainingTokens(weatherRequest().messages).value_or(0) > 32000);

    ModelInfo custom;
    custom.family = u"custom"_s;
    config.modelInfo = custom;
    OllamaClient overridden(&transport, config);
    QCOMPARE(overridden.modelInfo(), custom);
}

// ---------------------------------------------------------------------------------------------
// Models

void TestOllamaProvider::listModels()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::json(
        200,
        QByteArray(
            R"({"models":[)"
            R"({"name":"qwen3:8b","model":"qwen3:8b","modified_at":"2025-05-20T08:00:00.1+02:00",)"
            R"("size":5225388164,"digest":"500a1f067a9f","details":{"parent_model":"",)"
            R"("format":"gguf","family":"qwen3","families":["qwen3"],"parameter_size":"8.2B",)"
            R"("quantization_level":"Q4_K_M"}},)"
            R"({"name":"llama3.2:latest","model":"llama3.2:latest",)"
            R"("modified_at":"2025-05-04T17:37:44.706015396-07:00","size":2019393189,)"
            R"("digest":"a80c4f17acd5","details":{"parent_model":"","format":"gguf",)"
            R"("family":"llama","families":["llama"],"parameter_size":"3.2B",)"
            R"("quantization_level":"Q4_K_M"}}]})")));
    OllamaConfig config = rig.config();
    config.apiKey = testKey;
    OllamaClient *client = rig.start(config);

    ModelListJob *job = client->listModels();
    QVERIFY(waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QCOMPARE(job->models().size(), 2);
    // Sorted by id.
    QCOMPARE(job->models().at(0).id, u"llama3.2:latest"_s);
    QCOMPARE(job->models().at(0).displayName, u"llama3.2:latest (llama, 3.2B, Q4_K_M)"_s);
    QCOMPARE(job->models().at(1).id, u"qwen3:8b"_s);
    QCOMPARE(job->models().at(1).displayName, u"qwen3:8b (qwen3, 8.2B, Q4_K_M)"_s);
    QCOMPARE(job->models().at(1).contextWindow, qint64(0));
    QCOMPARE(job->models().at(1).raw.value(u"size"_s).toInteger(), qint64(5225388164));

    QCOMPARE(rig.server.requests().size(), 1);
    const RecordedRequest request = rig.server.requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/api/tags"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer " + testKey.toUtf8()));
    QVERIFY(request.body.isEmpty());
}

QTEST_GUILESS_MAIN(TestOllamaProvider)
#include "tst_ollamaprovider.moc"
