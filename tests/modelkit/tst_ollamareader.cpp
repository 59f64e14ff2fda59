// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/resultbuilder.h"
#include "fixtures.h"
#include "printers.h"
#include "providers/ollama/ollamamodels.h"
#include "providers/ollama/ollamarequestbuilder.h"
#include "providers/ollama/ollamaresponsereader.h"
#include "recordingobserver.h"
#include "testvalues.h"

#include <optional>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::errorText;
using testsupport::parseObject;
using testsupport::pngBase64;
using testsupport::RecordingObserver;
using testsupport::StreamOutcome;
using testsupport::ToolDelta;
using testsupport::usageOf;
using testsupport::userRequest;

namespace {

// ---------------------------------------------------------------------------------------------
// Transcripts, written from Ollama's API reference (docs/api.md, api/types.go): one JSON
// object a line, `done: true` on the last, durations in nanoseconds, tool call arguments
// as objects. No recordings exist for Ollama.

const QByteArray textStream
    = R"({"model":"llama3.2","created_at":"2025-06-01T10:00:00.101394Z","message":{"role":"assistant","content":"The"},"done":false})"
      "\n"
      R"({"model":"llama3.2","created_at":"2025-06-01T10:00:00.120116Z","message":{"role":"assistant","content":" sky is"},"done":false})"
      "\n"
      R"({"model":"llama3.2","created_at":"2025-06-01T10:00:00.139802Z","message":{"role":"assistant","content":" blue – ☀️ 晴れ."},"done":false})"
      "\n"
      R"({"model":"llama3.2","created_at":"2025-06-01T10:00:00.158337Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":4883583458,"load_duration":1334875,"prompt_eval_count":26,"prompt_eval_duration":342546000,"eval_count":282,"eval_duration":4535599000})"
      "\n";

const QByteArray thinkingStream
    = R"({"model":"qwen3:8b","created_at":"2025-06-01T10:01:00.2Z","message":{"role":"assistant","content":"","thinking":"Okay, the user"},"done":false})"
      "\n"
      R"({"model":"qwen3:8b","created_at":"2025-06-01T10:01:00.3Z","message":{"role":"assistant","content":"","thinking":" asks for 2+2."},"done":false})"
      "\n"
      R"({"model":"qwen3:8b","created_at":"2025-06-01T10:01:00.4Z","message":{"role":"assistant","content":"2 + 2"},"done":false})"
      "\n"
      R"({"model":"qwen3:8b","created_at":"2025-06-01T10:01:00.5Z","message":{"role":"assistant","content":" = 4."},"done":false})"
      "\n"
      R"({"model":"qwen3:8b","created_at":"2025-06-01T10:01:00.6Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":1571020000,"load_duration":20741000,"prompt_eval_count":18,"prompt_eval_duration":50000000,"eval_count":57,"eval_duration":1490000000})"
      "\n";

// Two calls, each whole in its own line: the first with an id (newer servers), the second
// without (older ones), with nested arguments.
const QByteArray toolStream
    = R"({"model":"qwen3:8b","created_at":"2025-06-01T10:02:00.1Z","message":{"role":"assistant","content":"","thinking":"I need the weather and the time."},"done":false})"
      "\n"
      R"({"model":"qwen3:8b","created_at":"2025-06-01T10:02:00.2Z","message":{"role":"assistant","content":"","tool_calls":[{"id":"call_8f3a1c2e","function":{"index":0,"name":"get_weather","arguments":{"city":"Tokyo","units":"c"}}}]},"done":false})"
      "\n"
      R"({"model":"qwen3:8b","created_at":"2025-06-01T10:02:00.3Z","message":{"role":"assistant","content":"","tool_calls":[{"function":{"index":1,"name":"get_time","arguments":{"tz":"Asia/Tokyo","verbose":true,"days":[1,2],"when":{"offset":-3.5}}}}]},"done":false})"
      "\n"
      R"({"model":"qwen3:8b","created_at":"2025-06-01T10:02:00.4Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":2210000000,"load_duration":15000000,"prompt_eval_count":212,"prompt_eval_duration":180000000,"eval_count":61,"eval_duration":1990000000})"
      "\n";

// num_predict: 4 reached.
const QByteArray lengthStream
    = R"({"model":"mistral:7b","created_at":"2025-06-01T10:03:00.1Z","message":{"role":"assistant","content":"Once"},"done":false})"
      "\n"
      R"({"model":"mistral:7b","created_at":"2025-06-01T10:03:00.2Z","message":{"role":"assistant","content":" upon a time"},"done":false})"
      "\n"
      R"({"model":"mistral:7b","created_at":"2025-06-01T10:03:00.3Z","message":{"role":"assistant","content":""},"done_reason":"length","done":true,"total_duration":310000000,"load_duration":9000000,"prompt_eval_count":12,"prompt_eval_duration":40000000,"eval_count":4,"eval_duration":260000000})"
      "\n";

// A request with no messages loads the model and answers one line, without counts.
const QByteArray loadStream
    = R"({"model":"llama3.2","created_at":"2025-06-01T10:04:00.1Z","message":{"role":"assistant","content":""},"done_reason":"load","done":true})"
      "\n";

// The prompt was cached: Ollama omits the zero prompt_eval_count. No trailing newline.
const QByteArray cachedPromptStream
    = R"({"model":"llama3.2","created_at":"2025-06-01T10:05:00.1Z","message":{"role":"assistant","content":"Again: blue."},"done":false})"
      "\n"
      R"({"model":"llama3.2","created_at":"2025-06-01T10:05:00.2Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":120000000,"load_duration":8000000,"eval_count":5,"eval_duration":100000000})";

QByteArray crlf(QByteArray lines)
{
    return lines.replace("\n", "\r\n");
}

QJsonObject lastLine(const QByteArray &transcript)
{
    const QList<QByteArray> lines = transcript.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last().trimmed()).object();
}

QByteArray transcriptBytes(const QString &name)
{
    if (name == u"text")
        return textStream;
    if (name == u"text-crlf")
        return crlf(textStream);
    if (name == u"thinking")
        return thinkingStream;
    if (name == u"tool-calls")
        return toolStream;
    if (name == u"length")
        return lengthStream;
    if (name == u"load")
        return loadStream;
    if (name == u"cached-prompt")
        return cachedPromptStream;
    return {};
}

// The complete result each transcript must give, field by field.
CreateResult expected(const QString &name)
{
    CreateResult r;
    r.raw = lastLine(transcriptBytes(name));
    if (name == u"text" || name == u"text-crlf") {
        r.content = u"The sky is blue – ☀️ 晴れ."_s;
        r.finishReason = FinishReason::Stop;
        r.usage = usageOf(26, 282);
        r.model = u"llama3.2"_s;
    } else if (name == u"thinking") {
        r.content = u"2 + 2 = 4."_s;
        r.thought = u"Okay, the user asks for 2+2."_s;
        r.finishReason = FinishReason::Stop;
        r.usage = usageOf(18, 57);
        r.model = u"qwen3:8b"_s;
    } else if (name == u"tool-calls") {
        r.content = QList<FunctionCall>{
            {u"call_8f3a1c2e"_s, u"get_weather"_s, u"{\"city\":\"Tokyo\",\"units\":\"c\"}"_s},
            // No id on the wire: the second call of the reply is call_1.
            {u"call_1"_s, u"get_time"_s,
             u"{\"days\":[1,2],\"tz\":\"Asia/Tokyo\",\"verbose\":true,\"when\":{\"offset\":-3.5}}"_s},
        };
        r.thought = u"I need the weather and the time."_s;
        r.finishReason = FinishReason::FunctionCalls;
        r.usage = usageOf(212, 61);
        r.model = u"qwen3:8b"_s;
    } else if (name == u"length") {
        r.content = u"Once upon a time"_s;
        r.finishReason = FinishReason::Length;
        r.usage = usageOf(12, 4);
        r.model = u"mistral:7b"_s;
    } else if (name == u"load") {
        r.content = QString();
        r.finishReason = FinishReason::Unknown;
        r.model = u"llama3.2"_s;
    } else if (name == u"cached-prompt") {
        r.content = u"Again: blue."_s;
        r.finishReason = FinishReason::Stop;
        r.usage = usageOf(0, 5);
        r.model = u"llama3.2"_s;
    }
    return r;
}

const QStringList transcriptNames{u"text"_s,   u"text-crlf"_s, u"thinking"_s,     u"tool-calls"_s,
                                  u"length"_s, u"load"_s,      u"cached-prompt"_s};

StreamOutcome readStream(const QList<QByteArrayView> &pieces, ResultBuilder::Observer *observer)
{
    OllamaResponseReader reader(QUrl(u"http://localhost:11434"_s), u"llama3.2"_s);
    return testsupport::readStream(reader, pieces, observer);
}

StreamOutcome readStream(QByteArrayView bytes, ResultBuilder::Observer *observer = nullptr)
{
    return readStream(QList<QByteArrayView>{bytes}, observer);
}

QByteArray compact(const CreateResult &result)
{
    return QJsonDocument(result.toJson(CreateResult::JsonDetail::WithInspector))
        .toJson(QJsonDocument::Compact);
}

QString kindName(ModelError::Kind kind)
{
    return ModelError::kindName(kind);
}

OllamaConfig testConfig()
{
    OllamaConfig config;
    config.model = u"llama3.2"_s;
    return config;
}

ToolSchema weatherTool()
{
    return ToolSchema{u"get_weather"_s, u"Current weather in a city"_s,
                      QJsonObject{{u"type"_s, u"object"_s},
                                  {u"properties"_s,
                                   QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
                                  {u"required"_s, QJsonArray{u"city"_s}}},
                      std::nullopt};
}

} // namespace

class TestOllamaReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Streams
    void transcript_data();
    void transcript();
    void splitAnywhere_data();
    void splitAnywhere();
    void toolCallDeltas();
    void durationsInRaw();
    void errorLineMidStream_data();
    void errorLineMidStream();
    void missingDone_data();
    void missingDone();
    void malformedLine();
    void linesAfterDoneIgnored();
    void finishReasons_data();
    void finishReasons();

    // Non-streaming bodies
    void body_data();
    void body();
    void bodyErrors_data();
    void bodyErrors();

    // Error answers
    void readError_data();
    void readError();
    void unreachable();

    // Requests
    void messagesFieldByField();
    void imagesMustBeInline();
    void invalidArguments_data();
    void invalidArguments();
    void tools();
    void toolChoice_data();
    void toolChoice();
    void format_data();
    void format();
    void options();
    void think_data();
    void think();
    void unsupportedParameters_data();
    void unsupportedParameters();
    void streamAlwaysExplicit();
    void keepAlive_data();
    void keepAlive();
    void extraCreateArgs();
    void urls_data();
    void urls();
    void headers();
    void httpRequests();

    // Models
    void modelInfo_data();
    void modelInfo();
    void parseList();
    void parseListErrors();
};

// ---------------------------------------------------------------------------------------------
// Streams

void TestOllamaReader::transcript_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : transcriptNames)
        QTest::newRow(qPrintable(name)) << name;
}

void TestOllamaReader::transcript()
{
    QFETCH(QString, name);
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(transcriptBytes(name), &observer);
    QVERIFY2(!outcome.error, qPrintable(errorText(outcome.error)));
    const CreateResult want = expected(name);
    const CreateResult &r = outcome.result;

    QCOMPARE(finishReasonName(r.finishReason), finishReasonName(want.finishReason));
    QCOMPARE(r.text(), want.text());
    QCOMPARE(r.functionCalls(), want.functionCalls());
    QCOMPARE(r.thought, want.thought);
    QCOMPARE(r.usage, want.usage);
    QCOMPARE(r.model, want.model);
    QVERIFY(r.responseId.isEmpty()); // Ollama has no response id
    QCOMPARE(r.raw, want.raw);
    QVERIFY(!r.cached);
    QVERIFY(!r.logprobs);
    QVERIFY(r.providerState.isEmpty());
    QCOMPARE(compact(r), compact(want));
    QVERIFY(r == want);

    // The deltas add up to the result.
    QCOMPARE(observer.thought, want.thought.value_or(QString()));
    if (want.hasFunctionCalls()) {
        QCOMPARE(observer.textDeltas, 0);
    } else {
        QCOMPARE(observer.text, want.text());
        // One delta per line with content: nothing is merged or split.
        int contentLines = 0;
        for (const QByteArray &line : transcriptBytes(name).split('\n')) {
            const QJsonObject message
                = QJsonDocument::fromJson(line).object().value(u"message"_s).toObject();
            if (!message.value(u"content"_s).toString().isEmpty())
                ++contentLines;
        }
        QCOMPARE(observer.textDeltas, contentLines);
    }
}

void TestOllamaReader::splitAnywhere_data()
{
    transcript_data();
}

void TestOllamaReader::splitAnywhere()
{
    QFETCH(QString, name);
    const QByteArray bytes = transcriptBytes(name);
    RecordingObserver wholeObserver;
    const StreamOutcome whole = readStream(bytes, &wholeObserver);
    QVERIFY(!whole.error);
    QVERIFY(whole.result == expected(name));

    // Split at every offset: mid-line, mid-JSON, mid-UTF-8 sequence.
    for (qsizetype offset = 0; offset <= bytes.size(); ++offset) {
        const QByteArrayView view(bytes);
        RecordingObserver observer;
        const StreamOutcome split
            = readStream(QList<QByteArrayView>{view.first(offset), view.sliced(offset)}, &observer);
        if (split.error || !(split.result == whole.result))
            QFAIL(qPrintable(u"different result when split at byte %1: %2"_s.arg(
                QString::number(offset), QString::fromUtf8(compact(split.result)))));
        if (observer.text != wholeObserver.text || observer.thought != wholeObserver.thought
            || observer.tools.size() != wholeObserver.tools.size())
            QFAIL(qPrintable(u"different deltas when split at byte %1"_s.arg(offset)));
    }

    QList<QByteArrayView> bytewise;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise << QByteArrayView(bytes).sliced(i, 1);
    RecordingObserver observer;
    const StreamOutcome oneByOne = readStream(bytewise, &observer);
    QVERIFY(!oneByOne.error);
    QVERIFY(oneByOne.result == whole.result);
    QCOMPARE(observer.text, wholeObserver.text);
    QCOMPARE(observer.textDeltas, wholeObserver.textDeltas);
    QCOMPARE(observer.thought, wholeObserver.thought);
    QCOMPARE(observer.tools.size(), wholeObserver.tools.size());
}

void TestOllamaReader::toolCallDeltas()
{
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(toolStream, &observer);
    QVERIFY(!outcome.error);
    const QList<FunctionCall> calls = outcome.result.functionCalls();
    QCOMPARE(calls.size(), 2);

    // Each call arrives whole: exactly one delta with id, name and all the arguments.
    QCOMPARE(observer.tools.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const ToolDelta &delta = observer.tools.at(i);
        QCOMPARE(delta.index, i);
        QCOMPARE(delta.id, calls.at(i).id);
        QCOMPARE(delta.name, calls.at(i).name);
        QCOMPARE(delta.fragment, calls.at(i).arguments);
    }

    // The arguments are JSON text that parses back to the wire's objects.
    QCOMPARE(parseObject(calls.at(0).arguments),
             (QJsonObject{{u"city"_s, u"Tokyo"_s}, {u"units"_s, u"c"_s}}));
    QCOMPARE(parseObject(calls.at(1).arguments),
             (QJsonObject{{u"tz"_s, u"Asia/Tokyo"_s},
                          {u"verbose"_s, true},
                          {u"days"_s, QJsonArray{1, 2}},
                          {u"when"_s, QJsonObject{{u"offset"_s, -3.5}}}}));

    // The next turn sends them back as objects again.
    CompletionRequest next = userRequest();
    next.messages << outcome.result.toAssistantMessage();
    QVERIFY(OllamaRequestBuilder::invalidReason(next).isEmpty());
    const QJsonArray sent = OllamaRequestBuilder::messages(next.messages)
                                .at(1)
                                .toObject()
                                .value(u"tool_calls"_s)
                                .toArray();
    QCOMPARE(sent.size(), 2);
    const QJsonArray wire = QJsonDocument::fromJson(toolStream.split('\n').at(2))
                                .object()
                                .value(u"message"_s)
                                .toObject()
                                .value(u"tool_calls"_s)
                                .toArray();
    QCOMPARE(sent.at(1).toObject().value(u"function"_s).toObject().value(u"arguments"_s),
             wire.at(0).toObject().value(u"function"_s).toObject().value(u"arguments"_s));
}

void TestOllamaReader::durationsInRaw()
{
    const StreamOutcome outcome = readStream(textStream);
    QVERIFY(!outcome.error);
    const QJsonObject raw = outcome.result.raw;
    QCOMPARE(raw.value(u"total_duration"_s).toInteger(), qint64(4883583458));
    QCOMPARE(raw.value(u"load_duration"_s).toInteger(), qint64(1334875));
    QCOMPARE(raw.value(u"prompt_eval_duration"_s).toInteger(), qint64(342546000));
    QCOMPARE(raw.value(u"eval_duration"_s).toInteger(), qint64(4535599000));
    QCOMPARE(raw.value(u"done_reason"_s).toString(), u"stop"_s);
    QCOMPARE(raw.value(u"created_at"_s).toString(), u"2025-06-01T10:00:00.158337Z"_s);
}

void TestOllamaReader::errorLineMidStream_data()
{
    QTest::addColumn<QByteArray>("errorLine");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("runner crashed")
        << QByteArray(R"({"error":"an error was encountered while running the model: )"
                      R"(unexpected EOF"})")
        << kindName(ModelError::Kind::Provider)
        << u"an error was encountered while running the model: unexpected EOF"_s;
    QTest::newRow("model vanished")
        << QByteArray(R"({"error":"model \"llama9\" not found, try pulling it first"})")
        << kindName(ModelError::Kind::NotFound)
        << u"model \"llama9\" not found, try pulling it first (download it with `ollama pull "
           "llama9`)"_s;
    QTest::newRow("error object from a proxy")
        << QByteArray(R"({"error":{"message":"upstream timed out"}})")
        << kindName(ModelError::Kind::Provider) << u"upstream timed out"_s;
}

void TestOllamaReader::errorLineMidStream()
{
    QFETCH(QByteArray, errorLine);
    QFETCH(QString, kind);
    QFETCH(QString, message);

    const QList<QByteArray> lines = textStream.split('\n');
    const QByteArray stream = lines.at(0) + '\n' + lines.at(1) + '\n' + errorLine + '\n'
                              + lines.at(2) + '\n' + lines.at(3) + '\n';
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(stream, &observer);
    QVERIFY(outcome.error);
    QCOMPARE(kindName(outcome.error->kind), kind);
    QCOMPARE(outcome.error->message, message);
    QCOMPARE(outcome.error->httpStatus, 0);
    // What arrived before the error is kept; nothing after it is read.
    QCOMPARE(outcome.builderText, u"The sky is"_s);
    QCOMPARE(outcome.result.text(), u"The sky is"_s);
    QCOMPARE(observer.text, u"The sky is"_s);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"unknown"_s);
    QCOMPARE(outcome.result.model, u"llama3.2"_s);
    QVERIFY(outcome.result.usage.isZero());
}

void TestOllamaReader::missingDone_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("text");

    const QList<QByteArray> lines = textStream.split('\n');
    QTest::newRow("two lines, no done")
        << QByteArray(lines.at(0) + '\n' + lines.at(1) + '\n') << u"The sky is"_s;
    QTest::newRow("cut inside the done line") << QByteArray(
        lines.at(0) + '\n' + lines.at(1) + '\n' + lines.at(2) + '\n' + lines.at(3).left(40))
                                              << u"The sky is blue – ☀️ 晴れ."_s;
    QTest::newRow("empty body") << QByteArray() << QString();
}

void TestOllamaReader::missingDone()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, text);
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(outcome.error);
    QCOMPARE(kindName(outcome.error->kind), kindName(ModelError::Kind::InvalidResponse));
    QVERIFY(!outcome.error->message.isEmpty());
    QCOMPARE(outcome.builderText, text);
    QCOMPARE(outcome.result.text(), text);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"unknown"_s);
}

void TestOllamaReader::malformedLine()
{
    const QList<QByteArray> lines = textStream.split('\n');
    const QByteArray stream = lines.at(0) + '\n' + R"({"model":"llama3.2","message":{"content":"x)"
                              + '\n' + lines.at(1) + '\n' + lines.at(3) + '\n';
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(outcome.error);
    QCOMPARE(kindName(outcome.error->kind), kindName(ModelError::Kind::InvalidResponse));
    QVERIFY(outcome.error->message.contains(u"malformed"_s));
    QCOMPARE(outcome.builderText, u"The"_s);

    const StreamOutcome array = readStream(QByteArray("[1,2]\n"));
    QVERIFY(array.error);
    QCOMPARE(kindName(array.error->kind), kindName(ModelError::Kind::InvalidResponse));
}

void TestOllamaReader::linesAfterDoneIgnored()
{
    const QByteArray stream = lengthStream + lengthStream.split('\n').at(1) + "\n\n   \n";
    const StreamOutcome outcome = readStream(stream);
    QVERIFY2(!outcome.error, qPrintable(errorText(outcome.error)));
    QVERIFY(outcome.result == expected(u"length"_s));
}

void TestOllamaReader::finishReasons_data()
{
    QTest::addColumn<QString>("doneReason");
    QTest::addColumn<QString>("finish");
    QTest::newRow("stop") << u"stop"_s << u"stop"_s;
    QTest::newRow("length") << u"length"_s << u"length"_s;
    QTest::newRow("load") << u"load"_s << u"unknown"_s;
    QTest::newRow("unload") << u"unload"_s << u"unknown"_s;
    QTest::newRow("absent (old servers)") << QString() << u"unknown"_s;
    QTest::newRow("unheard of") << u"cosmic_ray"_s << u"unknown"_s;
}

void TestOllamaReader::finishReasons()
{
    QFETCH(QString, doneReason);
    QFETCH(QString, finish);
    QCOMPARE(finishReasonName(OllamaResponseReader::finishReasonFromWire(doneReason)), finish);

    QJsonObject done{
        {u"model"_s, u"m"_s},
        {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"x"_s}}},
        {u"done"_s, true}};
    if (!doneReason.isEmpty())
        done.insert(u"done_reason"_s, doneReason);
    const StreamOutcome outcome
        = readStream(QByteArray(QJsonDocument(done).toJson(QJsonDocument::Compact) + '\n'));
    QVERIFY(!outcome.error);
    QCOMPARE(finishReasonName(outcome.result.finishReason), finish);
}

// ---------------------------------------------------------------------------------------------
// Non-streaming bodies

void TestOllamaReader::body_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expectedJson"); // CreateResult JSON without raw/exchange

    QTest::newRow("text and thinking")
        << QByteArray(
               R"({"model":"qwen3:8b","created_at":"2025-06-01T11:00:00.5Z",)"
               R"("message":{"role":"assistant","content":"It is 4.","thinking":"2+2."},)"
               R"("done_reason":"stop","done":true,"total_duration":900000000,)"
               R"("load_duration":1000000,"prompt_eval_count":14,)"
               R"("prompt_eval_duration":20000000,"eval_count":9,"eval_duration":870000000})")
        << uR"({"cached":false,"content":"It is 4.","finish_reason":"stop","logprobs":null,"model":"qwen3:8b","thought":"2+2.","usage":{"completion_tokens":9,"prompt_tokens":14}})"_s;
    QTest::newRow("tool calls")
        << QByteArray(R"({"model":"llama3.1","created_at":"2025-06-01T11:00:01Z",)"
                      R"("message":{"role":"assistant","content":"",)"
                      R"("tool_calls":[{"function":{"name":"get_weather",)"
                      R"("arguments":{"city":"Paris"}}},{"function":{"name":"get_time",)"
                      R"("arguments":{}}}]},"done_reason":"stop","done":true,)"
                      R"("prompt_eval_count":180,"eval_count":31})")
        << uR"({"cached":false,"content":[{"arguments":"{\"city\":\"Paris\"}","id":"call_0","name":"get_weather"},{"arguments":"{}","id":"call_1","name":"get_time"}],"finish_reason":"function_calls","logprobs":null,"model":"llama3.1","thought":null,"usage":{"completion_tokens":31,"prompt_tokens":180}})"_s;
    QTest::newRow("length")
        << QByteArray(
               R"({"model":"mistral:7b","created_at":"2025-06-01T11:00:02Z",)"
               R"("message":{"role":"assistant","content":"Once upon"},)"
               R"("done_reason":"length","done":true,"prompt_eval_count":12,"eval_count":2})")
        << uR"({"cached":false,"content":"Once upon","finish_reason":"length","logprobs":null,"model":"mistral:7b","thought":null,"usage":{"completion_tokens":2,"prompt_tokens":12}})"_s;
    // A server that streamed although it was asked not to.
    QTest::newRow("NDJSON despite stream:false")
        << textStream
        << uR"({"cached":false,"content":"The sky is blue – ☀️ 晴れ.","finish_reason":"stop","logprobs":null,"model":"llama3.2","thought":null,"usage":{"completion_tokens":282,"prompt_tokens":26}})"_s;
}

void TestOllamaReader::body()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expectedJson);

    OllamaResponseReader reader;
    ResultBuilder builder;
    RecordingObserver observer;
    builder.setObserver(&observer);
    const std::optional<ModelError> error = reader.readBody(body, builder);
    QVERIFY2(!error, qPrintable(errorText(error)));
    const CreateResult r = builder.build();

    QJsonObject json = r.toJson();
    QJsonObject usage = json.value(u"usage"_s).toObject();
    for (const QString &key : usage.keys()) {
        if (usage.value(key).toInteger() == 0)
            usage.remove(key); // only the counts that matter
    }
    json.insert(u"usage"_s, usage);
    QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
             QJsonDocument::fromJson(expectedJson.toUtf8()).toJson(QJsonDocument::Compact));
    QVERIFY(r.responseId.isEmpty());
    QCOMPARE(r.raw, lastLine(body)); // the whole body, or the final line of a stream
    // The whole content as deltas, once.
    QCOMPARE(observer.text, r.text());
    QCOMPARE(observer.thought, r.thought.value_or(QString()));
    QCOMPARE(observer.tools.size(), r.functionCalls().size());
}

void TestOllamaReader::bodyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // empty: only checked to be non-empty

    QTest::newRow("not JSON") << QByteArray("<html><body>Bad gateway</body></html>")
                              << kindName(ModelError::Kind::InvalidResponse) << QString();
    QTest::newRow("not a chat reply") << QByteArray(R"({"models":[]})")
                                      << kindName(ModelError::Kind::InvalidResponse) << QString();
    QTest::newRow("error in a 200")
        << QByteArray(R"({"error":"llama runner process has terminated: signal: killed"})")
        << kindName(ModelError::Kind::Provider)
        << u"llama runner process has terminated: signal: killed"_s;
    QTest::newRow("streamed, then cut off")
        << textStream.left(textStream.lastIndexOf("{\"model\""))
        << kindName(ModelError::Kind::InvalidResponse) << QString();
}

void TestOllamaReader::bodyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    OllamaResponseReader reader;
    ResultBuilder builder;
    const std::optional<ModelError> error = reader.readBody(body, builder);
    QVERIFY(error);
    QCOMPARE(kindName(error->kind), kind);
    QVERIFY(!error->message.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(error->message, message);
}

// ---------------------------------------------------------------------------------------------
// Error answers

void TestOllamaReader::readError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // exact; or, prefixed with '~', a substring

    QTest::newRow("404 model not found (older wording)")
        << 404 << QByteArray(R"({"error":"model \"llama9\" not found, try pulling it first"})")
        << kindName(ModelError::Kind::NotFound)
        << u"model \"llama9\" not found, try pulling it first (download it with `ollama pull "
           "llama9`)"_s;
    QTest::newRow("404 model not found (newer wording)")
        << 404 << QByteArray(R"({"error":"model 'qwen3:30b' not found"})")
        << kindName(ModelError::Kind::NotFound)
        << u"model 'qwen3:30b' not found (download it with `ollama pull qwen3:30b`)"_s;
    QTest::newRow("404 unknown path (wrong base URL)")
        << 404 << QByteArray("404 page not found") << kindName(ModelError::Kind::NotFound)
        << u"~HTTP 404: 404 page not found (is http://localhost:11434 an Ollama server?"_s;
    QTest::newRow("400 no tool support")
        << 400
        << QByteArray(R"({"error":"registry.ollama.ai/library/gemma2:latest does not support )"
                      R"(tools"})")
        << kindName(ModelError::Kind::BadRequest)
        << u"registry.ollama.ai/library/gemma2:latest does not support tools"_s;
    QTest::newRow("400 bad think value")
        << 400
        << QByteArray(R"x({"error":"invalid think value: \"max\" (must be \"high\", \"medium\", )x"
                      R"x(\"low\", true, or false)"})x")
        << kindName(ModelError::Kind::BadRequest)
        << u"invalid think value: \"max\" (must be \"high\", \"medium\", \"low\", true, or "
           "false)"_s;
    QTest::newRow("401 ollama.com without key")
        << 401 << QByteArray(R"({"error":"unauthorized"})")
        << kindName(ModelError::Kind::Authentication) << u"unauthorized"_s;
    QTest::newRow("429 cloud quota")
        << 429 << QByteArray(R"({"error":"you have reached your hourly usage limit"})")
        << kindName(ModelError::Kind::RateLimit) << u"you have reached your hourly usage limit"_s;
    QTest::newRow("500 out of memory")
        << 500
        << QByteArray(R"({"error":"model requires more system memory (12.3 GiB) than is )"
                      R"x(available (7.8 GiB)"})x")
        << kindName(ModelError::Kind::Server)
        << u"model requires more system memory (12.3 GiB) than is available (7.8 GiB)"_s;
    QTest::newRow("502 HTML from a proxy")
        << 502
        << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                      "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>"
                      "\r\n</body>\r\n</html>\r\n")
        << kindName(ModelError::Kind::Server) << u"~HTTP 502: 502 Bad Gateway"_s;
    QTest::newRow("503 empty body") << 503 << QByteArray() << kindName(ModelError::Kind::Server)
                                    << u"HTTP 503 with no error message"_s;
}

void TestOllamaReader::readError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, message);

    const OllamaResponseReader reader(QUrl(u"http://localhost:11434"_s), u"llama3.2"_s);
    const ModelError error = reader.readError(status, {{"Content-Type", "application/json"}}, body);
    QCOMPARE(kindName(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.providerCode.isEmpty());
    QVERIFY(error.requestId.isEmpty());
    if (message.startsWith(u'~')) {
        QVERIFY2(error.message.contains(message.mid(1)), qPrintable(error.message));
        QVERIFY2(!error.message.contains(u'<') && !error.message.contains(u'\n'),
                 qPrintable(error.message));
    } else {
        QCOMPARE(error.message, message);
    }
}

void TestOllamaReader::unreachable()
{
    const OllamaResponseReader reader(QUrl(u"http://127.0.0.1:11434"_s), u"llama3.2"_s);
    const ModelError refused = reader.unreachableError(
        ModelError::make(ModelError::Kind::Network, u"Connection refused"_s));
    QCOMPARE(kindName(refused.kind), kindName(ModelError::Kind::Network));
    QCOMPARE(refused.httpStatus, 0);
    QCOMPARE(refused.message,
             u"Ollama does not seem to be running at http://127.0.0.1:11434 (Connection "
             "refused). Start it with `ollama serve`, or check the base URL."_s);
}

// ---------------------------------------------------------------------------------------------
// Requests

void TestOllamaReader::messagesFieldByField()
{
    const Image image = Image::fromBytes(QByteArray::fromBase64(pngBase64));
    CompletionRequest request;
    request.messages << SystemMessage{u"You are terse."_s};
    request.messages << UserMessage{
        QList<UserContentPart>{u"What is in this image?"_s, image, u"Be brief."_s}, u"user"_s};
    request.messages << AssistantMessage{u"A single pixel."_s, u"It is 1×1."_s, u"assistant"_s, {}};
    request.messages << AssistantMessage{
        QList<FunctionCall>{{u"call_1"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s},
                            {QString(), u"get_time"_s, QString()}},
        u"I need the weather and the time."_s,
        u"assistant"_s,
        {}};
    request.messages << FunctionExecutionResultMessage{{
        {u"18 °C, cloudy"_s, u"get_weather"_s, u"call_1"_s, false},
        {u"12:00"_s, u"get_time"_s, QString(), false},
    }};
    request.messages << UserMessage{u"Thanks"_s, u"user"_s};
    QVERIFY(OllamaRequestBuilder::invalidReason(request).isEmpty());
    QVERIFY(OllamaRequestBuilder(testConfig()).unsupportedReason(request).isEmpty());

    const QJsonObject body = OllamaRequestBuilder(testConfig()).body(request, false);
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 7);
    QCOMPARE(messages.at(0).toObject(),
             (QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, u"You are terse."_s}}));
    // Text parts joined; images as raw base64, without a data: prefix.
    QCOMPARE(messages.at(1).toObject(),
             (QJsonObject{{u"role"_s, u"user"_s},
                          {u"content"_s, u"What is in this image?\nBe brief."_s},
                          {u"images"_s, QJsonArray{QString::fromLatin1(pngBase64)}}}));
    QCOMPARE(messages.at(2).toObject(), (QJsonObject{{u"role"_s, u"assistant"_s},
                                                     {u"content"_s, u"A single pixel."_s},
                                                     {u"thinking"_s, u"It is 1×1."_s}}));
    // Arguments are objects on the wire; empty arguments are an empty object.
    QCOMPARE(
        messages.at(3).toObject(),
        (QJsonObject{
            {u"role"_s, u"assistant"_s},
            {u"content"_s, QString()},
            {u"thinking"_s, u"I need the weather and the time."_s},
            {u"tool_calls"_s,
             QJsonArray{
                 QJsonObject{{u"id"_s, u"call_1"_s},
                             {u"function"_s,
                              QJsonObject{{u"name"_s, u"get_weather"_s},
                                          {u"arguments"_s, QJsonObject{{u"city"_s, u"Paris"_s}}}}}},
                 QJsonObject{{u"function"_s, QJsonObject{{u"name"_s, u"get_time"_s},
                                                         {u"arguments"_s, QJsonObject()}}}},
             }}}));
    QCOMPARE(messages.at(4).toObject(), (QJsonObject{{u"role"_s, u"tool"_s},
                                                     {u"content"_s, u"18 °C, cloudy"_s},
                                                     {u"tool_name"_s, u"get_weather"_s},
                                                     {u"tool_call_id"_s, u"call_1"_s}}));
    QCOMPARE(messages.at(5).toObject(), (QJsonObject{{u"role"_s, u"tool"_s},
                                                     {u"content"_s, u"12:00"_s},
                                                     {u"tool_name"_s, u"get_time"_s}}));
    QCOMPARE(messages.at(6).toObject(),
             (QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Thanks"_s}}));

    // Nothing else without tools or parameters, but `stream` always.
    QCOMPARE(body.keys(), (QStringList{u"messages"_s, u"model"_s, u"stream"_s}));
    QCOMPARE(body.value(u"model"_s), QJsonValue(u"llama3.2"_s));
}

void TestOllamaReader::imagesMustBeInline()
{
    CompletionRequest request = userRequest();
    request.messages << UserMessage{
        QList<UserContentPart>{u"And this?"_s,
                               Image::fromUrl(QUrl(u"https://example.com/cat.png"_s))},
        u"user"_s};
    const QString problem = OllamaRequestBuilder(testConfig()).unsupportedReason(request);
    QVERIFY(problem.contains(u"https://example.com/cat.png"_s));
    QVERIFY(problem.contains(u"base64"_s));
}

void TestOllamaReader::invalidArguments_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::newRow("object") << u"{\"a\":1}"_s << true;
    QTest::newRow("empty (no arguments)") << QString() << true;
    QTest::newRow("whitespace") << u"  "_s << true;
    QTest::newRow("cut off") << u"{\"city\":\"Par"_s << false;
    QTest::newRow("array") << u"[1,2]"_s << false;
    QTest::newRow("string") << u"\"Paris\""_s << false;
}

void TestOllamaReader::invalidArguments()
{
    QFETCH(QString, arguments);
    QFETCH(bool, valid);
    CompletionRequest request = userRequest();
    request.messages << AssistantMessage{
        QList<FunctionCall>{{u"call_7"_s, u"get_weather"_s, arguments}},
        std::nullopt,
        u"assistant"_s,
        {}};
    const QString problem = OllamaRequestBuilder::invalidReason(request);
    QCOMPARE(problem.isEmpty(), valid);
    if (!valid) {
        QVERIFY2(problem.contains(u"get_weather"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"call_7"_s), qPrintable(problem));
    }
}

void TestOllamaReader::tools()
{
    CompletionRequest request = userRequest();
    request.tools << weatherTool();
    request.tools << ToolSchema{u"get_time"_s, QString(), QJsonObject(), true};
    const QJsonObject body = OllamaRequestBuilder(testConfig()).body(request, true);
    QCOMPARE(body.value(u"tools"_s).toArray(),
             (QJsonArray{
                 QJsonObject{
                     {u"type"_s, u"function"_s},
                     {u"function"_s, QJsonObject{{u"name"_s, u"get_weather"_s},
                                                 {u"description"_s, u"Current weather in a city"_s},
                                                 {u"parameters"_s, weatherTool().parameters}}}},
                 // No strict on Ollama; no empty description or parameters.
                 QJsonObject{{u"type"_s, u"function"_s},
                             {u"function"_s, QJsonObject{{u"name"_s, u"get_time"_s}}}},
             }));
    QVERIFY(!body.contains(u"tool_choice"_s));
}

void TestOllamaReader::toolChoice_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<bool>("toolsSent");
    QTest::newRow("auto") << int(ToolChoice::Mode::Auto) << true << true;
    QTest::newRow("none: no tools sent") << int(ToolChoice::Mode::None) << true << false;
    QTest::newRow("required") << int(ToolChoice::Mode::Required) << false << true;
    QTest::newRow("named") << int(ToolChoice::Mode::Named) << false << true;
}

void TestOllamaReader::toolChoice()
{
    QFETCH(int, mode);
    QFETCH(bool, supported);
    QFETCH(bool, toolsSent);
    CompletionRequest request = userRequest();
    request.tools << weatherTool();
    request.toolChoice.mode = ToolChoice::Mode(mode);
    if (request.toolChoice.mode == ToolChoice::Mode::Named)
        request.toolChoice.name = u"get_weather"_s;
    QVERIFY(request.validationError().isEmpty());

    const OllamaRequestBuilder builder(testConfig());
    const QString problem = builder.unsupportedReason(request);
    QCOMPARE(problem.isEmpty(), supported);
    if (!supported)
        QVERIFY2(problem.contains(u"tool_choice"_s), qPrintable(problem));
    const QJsonObject body = builder.body(request, false);
    QCOMPARE(body.contains(u"tools"_s), toolsSent);
    QVERIFY(!body.contains(u"tool_choice"_s));
}

void TestOllamaReader::format_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QJsonValue>("expected"); // undefined: no format key

    const QJsonObject schema{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"answer"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
        {u"required"_s, QJsonArray{u"answer"_s}},
    };
    QTest::newRow("off") << int(JsonOutput::Mode::Off) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("json_object") << int(JsonOutput::Mode::JsonObject) << QJsonValue(u"json"_s);
    QTest::newRow("json_schema") << int(JsonOutput::Mode::JsonSchema) << QJsonValue(schema);
}

void TestOllamaReader::format()
{
    QFETCH(int, mode);
    QFETCH(QJsonValue, expected);
    CompletionRequest request = userRequest();
    if (JsonOutput::Mode(mode) == JsonOutput::Mode::JsonObject)
        request.jsonOutput = JsonOutput::jsonObject();
    else if (JsonOutput::Mode(mode) == JsonOutput::Mode::JsonSchema)
        request.jsonOutput = JsonOutput::jsonSchema(u"reply"_s, expected.toObject(), true);
    const QJsonObject body = OllamaRequestBuilder(testConfig()).body(request, false);
    QCOMPARE(body.contains(u"format"_s), !expected.isUndefined());
    QCOMPARE(body.value(u"format"_s), expected);
    QVERIFY(!body.contains(u"response_format"_s));
}

void TestOllamaReader::options()
{
    CompletionRequest request = userRequest();
    CompletionParameters &p = request.parameters;
    p.temperature = 0.25;
    p.topP = 0.9;
    p.topK = 40;
    p.seed = 42;
    p.stop = QStringList{u"END"_s, u"STOP"_s};
    p.maxTokens = 256;
    p.presencePenalty = 0.5;
    p.frequencyPenalty = -0.5;
    p.n = 1;
    OllamaConfig config = testConfig();
    config.numCtx = 8192;

    const OllamaRequestBuilder builder(config);
    QVERIFY(builder.unsupportedReason(request).isEmpty());
    const QJsonObject body = builder.body(request, true);
    QCOMPARE(body.value(u"options"_s).toObject(),
             (QJsonObject{{u"temperature"_s, 0.25},
                          {u"top_p"_s, 0.9},
                          {u"top_k"_s, 40},
                          {u"seed"_s, 42},
                          {u"stop"_s, QJsonArray{u"END"_s, u"STOP"_s}},
                          {u"num_predict"_s, 256},
                          {u"presence_penalty"_s, 0.5},
                          {u"frequency_penalty"_s, -0.5},
                          {u"num_ctx"_s, 8192}}));
    // Sampling settings go in options only, never at the top level as OpenAI has them.
    QCOMPARE(body.keys(), (QStringList{u"messages"_s, u"model"_s, u"options"_s, u"stream"_s}));

    // num_ctx alone still makes an options object.
    const QJsonObject onlyCtx = builder.body(userRequest(), false);
    QCOMPARE(onlyCtx.value(u"options"_s).toObject(), (QJsonObject{{u"num_ctx"_s, 8192}}));
}

void TestOllamaReader::think_data()
{
    QTest::addColumn<QString>("effort"); // empty: unset
    QTest::addColumn<qint64>("budget");  // -1: unset
    QTest::addColumn<QJsonValue>("think");
    QTest::addColumn<bool>("supported");

    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("nothing") << QString() << qint64(-1) << absent << true;
    QTest::newRow("low") << u"low"_s << qint64(-1) << QJsonValue(u"low"_s) << true;
    QTest::newRow("medium") << u"medium"_s << qint64(-1) << QJsonValue(u"medium"_s) << true;
    QTest::newRow("high") << u"high"_s << qint64(-1) << QJsonValue(u"high"_s) << true;
    QTest::newRow("none") << u"none"_s << qint64(-1) << QJsonValue(false) << true;
    QTest::newRow("budget 0") << QString() << qint64(0) << QJsonValue(false) << true;
    QTest::newRow("none and budget 0") << u"none"_s << qint64(0) << QJsonValue(false) << true;
    QTest::newRow("budget 1024") << QString() << qint64(1024) << absent << false;
    QTest::newRow("minimal") << u"minimal"_s << qint64(-1) << absent << false;
    QTest::newRow("xhigh") << u"xhigh"_s << qint64(-1) << absent << false;
    QTest::newRow("high and budget 0") << u"high"_s << qint64(0) << QJsonValue(u"high"_s) << false;
}

void TestOllamaReader::think()
{
    QFETCH(QString, effort);
    QFETCH(qint64, budget);
    QFETCH(QJsonValue, think);
    QFETCH(bool, supported);
    CompletionRequest request = userRequest();
    if (!effort.isEmpty())
        request.parameters.reasoningEffort = effort;
    if (budget >= 0)
        request.parameters.thinkingBudget = budget;

    const OllamaRequestBuilder builder(testConfig());
    const QString problem = builder.unsupportedReason(request);
    QCOMPARE(problem.isEmpty(), supported);
    if (!supported)
        QVERIFY2(problem.contains(u"reasoning_effort"_s) || problem.contains(u"thinking_budget"_s),
                 qPrintable(problem));
    if (supported) {
        const QJsonObject body = builder.body(request, false);
        QCOMPARE(body.contains(u"think"_s), !think.isUndefined());
        QCOMPARE(body.value(u"think"_s), think);
        QVERIFY(!body.contains(u"reasoning_effort"_s));
    }
}

void TestOllamaReader::unsupportedParameters_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("supported");

    QTest::newRow("n=2") << u"n"_s << QJsonValue(2) << false;
    QTest::newRow("n=1") << u"n"_s << QJsonValue(1) << true;
    QTest::newRow("logprobs=true") << u"logprobs"_s << QJsonValue(true) << false;
    QTest::newRow("logprobs=false") << u"logprobs"_s << QJsonValue(false) << true;
    QTest::newRow("top_logprobs") << u"top_logprobs"_s << QJsonValue(3) << false;
    QTest::newRow("parallel_tool_calls=false")
        << u"parallel_tool_calls"_s << QJsonValue(false) << false;
    QTest::newRow("parallel_tool_calls=true")
        << u"parallel_tool_calls"_s << QJsonValue(true) << true;
}

void TestOllamaReader::unsupportedParameters()
{
    QFETCH(QString, parameter);
    QFETCH(QJsonValue, value);
    QFETCH(bool, supported);
    CompletionRequest request = userRequest();
    request.tools << weatherTool();
    QString error;
    QVERIFY2(request.parameters.set(parameter, value, &error), qPrintable(error));

    const OllamaRequestBuilder builder(testConfig());
    const QString problem = builder.unsupportedReason(request);
    QCOMPARE(problem.isEmpty(), supported);
    if (!supported)
        QVERIFY2(problem.contains(parameter), qPrintable(problem)); // names the parameter
    // Never sent, whatever the value: Ollama has no such field.
    const QJsonObject body = builder.body(request, false);
    QVERIFY(!body.contains(parameter));
    QVERIFY(!body.value(u"options"_s).toObject().contains(parameter));
}

void TestOllamaReader::streamAlwaysExplicit()
{
    const OllamaRequestBuilder builder(testConfig());
    QCOMPARE(builder.body(userRequest(), true).value(u"stream"_s), QJsonValue(true));
    // Ollama streams by default: false must be said.
    QCOMPARE(builder.body(userRequest(), false).value(u"stream"_s), QJsonValue(false));
}

void TestOllamaReader::keepAlive_data()
{
    QTest::addColumn<QString>("keepAlive");
    QTest::addColumn<QJsonValue>("sent");
    QTest::newRow("duration") << u"5m"_s << QJsonValue(u"5m"_s);
    QTest::newRow("compound duration") << u"1h30m"_s << QJsonValue(u"1h30m"_s);
    QTest::newRow("seconds") << u"300"_s << QJsonValue(300);
    QTest::newRow("forever") << u"-1"_s << QJsonValue(-1);
    QTest::newRow("unload now") << u"0"_s << QJsonValue(0);
    QTest::newRow("fractional seconds") << u" 1.5 "_s << QJsonValue(1.5);
}

void TestOllamaReader::keepAlive()
{
    QFETCH(QString, keepAlive);
    QFETCH(QJsonValue, sent);
    OllamaConfig config = testConfig();
    QVERIFY(!OllamaRequestBuilder(config).body(userRequest(), true).contains(u"keep_alive"_s));
    config.keepAlive = keepAlive;
    const QJsonValue value
        = OllamaRequestBuilder(config).body(userRequest(), true).value(u"keep_alive"_s);
    QCOMPARE(value.type(), sent.type());
    QCOMPARE(value, sent);
}

void TestOllamaReader::extraCreateArgs()
{
    CompletionRequest request = userRequest();
    request.parameters.temperature = 0.2;
    request.parameters.seed = 7;
    request.extraCreateArgs = QJsonObject{
        {u"options"_s, QJsonObject{{u"temperature"_s, 1.0}, {u"repeat_penalty"_s, 1.1}}},
        {u"keep_alive"_s, u"10m"_s},
        {u"truncate"_s, false},
        {u"stream"_s, false},
    };
    OllamaConfig config = testConfig();
    config.keepAlive = u"5m"_s;
    const QJsonObject body = OllamaRequestBuilder(config).body(request, true);
    // options merged key by key: ours kept unless overridden.
    QCOMPARE(body.value(u"options"_s).toObject(),
             (QJsonObject{{u"temperature"_s, 1.0}, {u"seed"_s, 7}, {u"repeat_penalty"_s, 1.1}}));
    QCOMPARE(body.value(u"keep_alive"_s), QJsonValue(u"10m"_s));
    QCOMPARE(body.value(u"truncate"_s), QJsonValue(false));
    QCOMPARE(body.value(u"stream"_s), QJsonValue(false)); // last word to the caller

    // Without options of ours, the extra object is taken whole.
    CompletionRequest bare = userRequest();
    bare.extraCreateArgs = QJsonObject{{u"options"_s, QJsonObject{{u"mirostat"_s, 2}}}};
    QCOMPARE(OllamaRequestBuilder(testConfig()).body(bare, true).value(u"options"_s).toObject(),
             (QJsonObject{{u"mirostat"_s, 2}}));
}

void TestOllamaReader::urls_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("chatUrl");
    QTest::addColumn<QString>("modelsUrl");
    QTest::newRow("default") << QString() << u"http://localhost:11434/api/chat"_s
                             << u"http://localhost:11434/api/tags"_s;
    QTest::newRow("trailing slash")
        << u"http://127.0.0.1:11434/"_s << u"http://127.0.0.1:11434/api/chat"_s
        << u"http://127.0.0.1:11434/api/tags"_s;
    QTest::newRow("cloud") << u"https://ollama.com"_s << u"https://ollama.com/api/chat"_s
                           << u"https://ollama.com/api/tags"_s;
    QTest::newRow("behind a reverse proxy")
        << u"https://gpu.example.org/ollama/"_s << u"https://gpu.example.org/ollama/api/chat"_s
        << u"https://gpu.example.org/ollama/api/tags"_s;
}

void TestOllamaReader::urls()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, chatUrl);
    QFETCH(QString, modelsUrl);
    OllamaConfig config = testConfig();
    config.baseUrl = QUrl(baseUrl);
    const OllamaRequestBuilder builder(config);
    QCOMPARE(builder.chatUrl().toString(), chatUrl);
    QCOMPARE(builder.modelsUrl().toString(), modelsUrl);
}

void TestOllamaReader::headers()
{
    OllamaConfig config = testConfig();
    QVERIFY(headerValue(OllamaRequestBuilder(config).headers(), "Authorization").isNull());

    config.apiKey = u"ollama-cloud-key"_s;
    config.extraHeaders = {{"X-Custom", "1"}};
    const HttpHeaders headers = OllamaRequestBuilder(config).headers();
    QCOMPARE(headerValue(headers, "Authorization"), QByteArray("Bearer ollama-cloud-key"));
    QCOMPARE(headerValue(headers, "X-Custom"), QByteArray("1"));
}

void TestOllamaReader::httpRequests()
{
    OllamaConfig config = testConfig();
    config.apiKey = u"k"_s;
    const OllamaRequestBuilder builder(config);
    const CompletionRequest request = userRequest();

    const HttpRequest chat = builder.chatRequest(request, true);
    QCOMPARE(chat.method, QByteArray("POST"));
    QCOMPARE(chat.url, QUrl(u"http://localhost:11434/api/chat"_s));
    QVERIFY(chat.streaming);
    QCOMPARE(headerValue(chat.headers, "Accept"), QByteArray("application/x-ndjson"));
    QCOMPARE(headerValue(chat.headers, "Authorization"), QByteArray("Bearer k"));
    QCOMPARE(QJsonDocument::fromJson(chat.body).object(), builder.body(request, true));

    const HttpRequest plain = builder.chatRequest(request, false);
    QVERIFY(!plain.streaming);
    QCOMPARE(headerValue(plain.headers, "Accept"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(plain.body).object().value(u"stream"_s), QJsonValue(false));

    const HttpRequest models = builder.modelsRequest();
    QCOMPARE(models.method, QByteArray("GET"));
    QCOMPARE(models.url, QUrl(u"http://localhost:11434/api/tags"_s));
    QVERIFY(models.body.isEmpty());
    QCOMPARE(headerValue(models.headers, "Authorization"), QByteArray("Bearer k"));
}

// ---------------------------------------------------------------------------------------------
// Models

void TestOllamaReader::modelInfo_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("vision");
    QTest::addColumn<QString>("family");

    QTest::newRow("llava") << u"llava:13b"_s << true << u"llava"_s;
    QTest::newRow("llava-llama3") << u"llava-llama3"_s << true << u"llava-llama3"_s;
    QTest::newRow("llama3.2-vision") << u"llama3.2-vision:11b"_s << true << u"llama3.2-vision"_s;
    QTest::newRow("llama3.2 (text)") << u"llama3.2"_s << false << u"llama3.2"_s;
    QTest::newRow("gemma3") << u"gemma3:12b"_s << true << u"gemma3"_s;
    QTest::newRow("gemma3 latest") << u"gemma3"_s << true << u"gemma3"_s;
    QTest::newRow("gemma3:1b (text)") << u"gemma3:1b"_s << false << u"gemma3"_s;
    QTest::newRow("qwen2.5vl") << u"qwen2.5vl:7b"_s << true << u"qwen2.5vl"_s;
    QTest::newRow("qwen2.5-coder (text)") << u"qwen2.5-coder:7b"_s << false << u"qwen2.5-coder"_s;
    QTest::newRow("registry path")
        << u"registry.ollama.ai/library/LLaVA:7b"_s << true << u"llava"_s;
    QTest::newRow("deepseek-r1 (text)") << u"deepseek-r1:8b"_s << false << u"deepseek-r1"_s;
    // Free-form local names: left to the server.
    QTest::newRow("custom Modelfile") << u"my-assistant"_s << true << u"my-assistant"_s;
    QTest::newRow("hf.co GGUF") << u"hf.co/bartowski/SmolVLM-GGUF:Q4_K_M"_s << true
                                << u"smolvlm-gguf"_s;
}

void TestOllamaReader::modelInfo()
{
    QFETCH(QString, model);
    QFETCH(bool, vision);
    QFETCH(QString, family);
    const ModelInfo info = OllamaModels::infoFor(model);
    QCOMPARE(info.vision, vision);
    QCOMPARE(info.family, family);
    QVERIFY(info.functionCalling);
    QVERIFY(info.jsonOutput);
    QVERIFY(info.structuredOutput);
    QVERIFY(info.multipleSystemMessages);
    QCOMPARE(info.contextWindow, qint64(0));
}

void TestOllamaReader::parseList()
{
    const QByteArray body = R"({"models":[
      {"name":"llama3.2:latest","model":"llama3.2:latest","modified_at":"2025-05-04T17:37:44.706015396-07:00",
       "size":2019393189,"digest":"a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72",
       "details":{"parent_model":"","format":"gguf","family":"llama","families":["llama"],
                  "parameter_size":"3.2B","quantization_level":"Q4_K_M"}},
      {"name":"gemma3:4b","model":"gemma3:4b","modified_at":"2025-04-01T09:00:00Z","size":3338801804,
       "digest":"a2af6cc3eb7fa8be8504abaf9b04e88f17a119ec3f04a3addf55f92841195f5a",
       "details":{"parent_model":"","format":"gguf","family":"gemma3","families":["gemma3"],
                  "parameter_size":"4.3B","quantization_level":"Q4_K_M"}},
      {"name":"","model":"orphan"},
      {"name":"bare","model":"bare"}
    ]})";
    QString error;
    QUrl next;
    const QList<ModelDescriptor> models = OllamaModels::parseList(body, &error, &next);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!next.isValid());
    QCOMPARE(models.size(), 4);
    QCOMPARE(models.at(0).id, u"llama3.2:latest"_s);
    QCOMPARE(models.at(0).displayName, u"llama3.2:latest (llama, 3.2B, Q4_K_M)"_s);
    QCOMPARE(models.at(0).created,
             QDateTime(QDate(2025, 5, 5), QTime(0, 37, 44), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(models.at(0).contextWindow, qint64(0));
    QCOMPARE(models.at(0).raw.value(u"size"_s).toInteger(), qint64(2019393189));
    QCOMPARE(models.at(0).raw.value(u"details"_s).toObject().value(u"quantization_level"_s),
             QJsonValue(u"Q4_K_M"_s));
    QCOMPARE(models.at(1).displayName, u"gemma3:4b (gemma3, 4.3B, Q4_K_M)"_s);
    QCOMPARE(models.at(1).created,
             QDateTime(QDate(2025, 4, 1), QTime(9, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(models.at(2).id, u"orphan"_s); // `model` when `name` is empty
    QCOMPARE(models.at(3).displayName, u"bare"_s);
    QCOMPARE(models.at(3).created, qint64(0));
}

void TestOllamaReader::parseListErrors()
{
    for (const QByteArray &body :
         {QByteArray("not json"), QByteArray(R"({"data":[]})"), QByteArray("[]")}) {
        QString error;
        QUrl next;
        QVERIFY(OllamaModels::parseList(body, &error, &next).isEmpty());
        QVERIFY2(!error.isEmpty(), body.constData());
    }
    QString error;
    QUrl next;
    QVERIFY(OllamaModels::parseList(R"({"models":[]})", &error, &next).isEmpty());
    QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOllamaReader)
#include "tst_ollamareader.moc"
