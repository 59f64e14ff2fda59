// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/resultbuilder.h"
#include "fixtures.h"
#include "printers.h"
#include "providers/anthropic/anthropicmodels.h"
#include "providers/anthropic/anthropicrequestbuilder.h"
#include "providers/anthropic/anthropicresponsereader.h"
#include "recordingobserver.h"
#include "testvalues.h"

#include <limits>
#include <optional>
#include <utility>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::parseObject;
using testsupport::pngBase64;
using testsupport::RecordingObserver;
using testsupport::StreamOutcome;
using testsupport::ToolDelta;
using testsupport::userRequest;

namespace {

//! A recorded `[{request, response}]` exchange file.
QJsonArray exchanges(const QString &name)
{
    return testsupport::fixtureExchanges(u"anthropic/"_s + name);
}

//! The SSE transcripts: the .sse files, and "429-exchange" for the streamed body inside
//! http-exchange-429-retry-then-stream.json.
QByteArray transcript(const QString &name)
{
    if (name == u"429-exchange")
        return testsupport::exchangeResponseBody(
            exchanges(u"http-exchange-429-retry-then-stream.json"_s), 2);
    return testsupport::fixture(u"anthropic/"_s + name);
}

// Read from messages-stream-thinking-signature-refusal.sse.
const QString refusalThought
    = u"Simple educational question about what a solar eclipse is. This is benign general "
      "knowledge \u2014 definitions are fine. Also the user called me \"claudius\" \u2014 I'm "
      "Claude. Minor correction or just roll with it politely."_s;
const QString refusalSignature
    = u"c3ludGhldGljLXNpZ25hdHVyZS1maXh0dXJlLWEtbm90LWEtcmVhbC1zaWduYXR1cmU="_s;

StreamOutcome readStream(const QList<QByteArrayView> &pieces,
                         ResultBuilder::Observer *observer = nullptr)
{
    AnthropicResponseReader reader;
    return testsupport::readStream(reader, pieces, observer);
}

StreamOutcome readStream(QByteArrayView bytes, ResultBuilder::Observer *observer = nullptr)
{
    return readStream(QList<QByteArrayView>{bytes}, observer);
}

StreamOutcome readBody(const QByteArray &body, ResultBuilder::Observer *observer = nullptr)
{
    AnthropicResponseReader reader;
    ResultBuilder builder;
    builder.setObserver(observer);
    const auto error = reader.readBody(body, builder);
    return {builder.build(), error, builder.text()};
}

//! `event: <type>` + `data: <json>` events, the way the API frames them.
QByteArray sseOf(const QList<QByteArray> &events)
{
    return testsupport::typedSseOf(events);
}

QByteArray messageStart(const QByteArray &usage = R"({"input_tokens":12,"output_tokens":1})")
{
    return R"({"type":"message_start","message":{"id":"msg_syn1","type":"message",)"
           R"("role":"assistant","model":"claude-sonnet-4-5-20250929","content":[],)"
           R"("stop_reason":null,"stop_sequence":null,"usage":)"
           + usage + "}}";
}

QByteArray textStart(int index)
{
    return R"({"type":"content_block_start","index":)" + QByteArray::number(index)
           + R"(,"content_block":{"type":"text","text":""}})";
}

QByteArray textDelta(int index, const QByteArray &text)
{
    return R"({"type":"content_block_delta","index":)" + QByteArray::number(index)
           + R"(,"delta":{"type":"text_delta","text":")" + text + R"("}})";
}

QByteArray blockStop(int index)
{
    return R"({"type":"content_block_stop","index":)" + QByteArray::number(index) + "}";
}

QByteArray messageDelta(const QByteArray &stopReason,
                        const QByteArray &usage = R"({"output_tokens":7})")
{
    return R"({"type":"message_delta","delta":{"stop_reason":")" + stopReason
           + R"(","stop_sequence":null},"usage":)" + usage + "}";
}

const QByteArray messageStop = R"({"type":"message_stop"})";

QJsonObject withoutKey(QJsonObject object, const QString &key)
{
    object.remove(key);
    return object;
}

RequestUsage usageOf(qint64 prompt, qint64 completion, qint64 cached = 0, qint64 creation = 0,
                     qint64 reasoning = 0)
{
    RequestUsage usage;
    usage.promptTokens = prompt;
    usage.completionTokens = completion;
    usage.cachedPromptTokens = cached;
    usage.cacheCreationTokens = creation;
    usage.reasoningTokens = reasoning;
    return usage;
}

AnthropicConfig configFor(const QString &model = u"claude-sonnet-4-5"_s)
{
    AnthropicConfig config;
    config.model = model;
    config.apiKey = u"sk-ant-test"_s;
    return config;
}

QJsonObject bodyOf(const CompletionRequest &request, bool streaming = false,
                   const AnthropicConfig &config = configFor())
{
    ModelError error;
    const auto body = AnthropicRequestBuilder(config).body(request, streaming, &error);
    if (!body)
        qWarning().noquote() << "body() failed:" << error.toString();
    return body.value_or(QJsonObject());
}

QJsonArray messagesOf(const CompletionRequest &request)
{
    return bodyOf(request).value(u"messages"_s).toArray();
}

QJsonObject textBlock(const QString &text)
{
    return {{u"type"_s, u"text"_s}, {u"text"_s, text}};
}

const QJsonObject weatherSchema{
    {u"type"_s, u"object"_s},
    {u"properties"_s, QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
    {u"required"_s, QJsonArray{u"city"_s}},
};

} // namespace

class TestAnthropicReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Recorded streams
    void fixtureStream_data();
    void fixtureStream();
    void fixtureSplitAnywhere_data();
    void fixtureSplitAnywhere();
    void toolUseDeltas();
    void thinkingDeltasAndState();
    void rawIsAssembledMessage();

    // Synthetic streams
    void finishReasons_data();
    void finishReasons();
    void cacheUsage();
    void cumulativeUsage();
    void errorEvents_data();
    void errorEvents();
    void truncatedStream();
    void emptyStream();
    void malformedEvent();
    void unknownEventsIgnored();
    void dataOnlyStream();
    void thinkingBlocksInOrder();
    void rawAssembledAtTheEnd_data();
    void rawAssembledAtTheEnd();
    void toolWithoutParameters();
    void cutOffToolInput();

    // Non-streaming bodies
    void recordedBodies_data();
    void recordedBodies();
    void bodyWithThinking();
    void bodyErrors_data();
    void bodyErrors();

    // Error answers
    void readError_data();
    void readError();
    void tokenCount();

    // Requests
    void recordedToolRoundTripRequest();
    void recorded429Request();
    void messageKinds_data();
    void messageKinds();
    void systemMerge();
    void sameRoleMerge();
    void toolResultsComeFirst();
    void thinkingRoundTrip();
    void thinkingWithToolCallRoundTrip();
    void invalidArguments_data();
    void invalidArguments();
    void images();
    void tools();
    void toolChoice_data();
    void toolChoice();
    void outputConfig_data();
    void outputConfig();
    void thinkingBudget_data();
    void thinkingBudget();
    void thinkingConflicts_data();
    void thinkingConflicts();
    void toolHistoryWithoutTools_data();
    void toolHistoryWithoutTools();
    void unsupportedParameters_data();
    void unsupportedParameters();
    void maxTokensDefault_data();
    void maxTokensDefault();
    void samplingParameters();
    void streamingAndExtraArgs();
    void countTokensBody();
    void urls_data();
    void urls();
    void headers();
    void httpRequests();

    // Models
    void modelInfo_data();
    void modelInfo();
    void modelListPages();
    void modelListMalformed();
};

// ---------------------------------------------------------------------------------------------
// Recorded streams

void TestAnthropicReader::fixtureStream_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("responseId");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("thought");  // null: none
    QTest::addColumn<QJsonArray>("calls"); // [{id, name, input}]
    QTest::addColumn<QString>("finish");
    QTest::addColumn<QString>("stopReason");
    QTest::addColumn<qint64>("promptTokens");
    QTest::addColumn<qint64>("completionTokens");
    QTest::addColumn<qint64>("reasoningTokens");
    QTest::addColumn<QString>("signature"); // empty: no provider state

    // Every value below was read from the recorded files.
    QTest::newRow("basic-text") << u"messages-stream-basic-text.sse"_s
                                << u"msg_4QpJur2dWWDjF6C758FbBw5vm12BaVipnK"_s
                                << u"claude-3-opus-latest"_s << u"Hello there!"_s << QString()
                                << QJsonArray() << u"stop"_s << u"end_turn"_s << qint64(11)
                                << qint64(6) << qint64(0) << QString();
    // The text beside a call moves to `thought`, as AutoGen does.
    QTest::newRow("tool-use") << u"messages-stream-tool-use.sse"_s
                              << u"msg_019Q1hrJbZG26Fb9BQhrkHEr"_s << u"claude-sonnet-4-20250514"_s
                              << QString() << u"I'll check the current weather in Paris for you."_s
                              << QJsonArray{QJsonObject{
                                     {u"id"_s, u"toolu_01NRLabsLyVHZPKxbKvkfSMn"_s},
                                     {u"name"_s, u"get_weather"_s},
                                     {u"input"_s, QJsonObject{{u"location"_s, u"Paris"_s}}}}}
                              << u"function_calls"_s << u"tool_use"_s << qint64(377) << qint64(65)
                              << qint64(0) << QString();
    QTest::newRow("thinking-signature-refusal")
        << u"messages-stream-thinking-signature-refusal.sse"_s << u"msg_fixture_a_0001"_s
        << u"claude-fable-5"_s << u"Hi"_s << refusalThought << QJsonArray() << u"content_filter"_s
        << u"refusal"_s << qint64(28) << qint64(106) << qint64(67) << refusalSignature;
    QTest::newRow("429-exchange stream")
        << u"429-exchange"_s << u"msg_013nnniYDrJDocdy5nrMU7cH"_s << u"claude-sonnet-4-5-20250929"_s
        << u"[12345,67890]"_s << QString() << QJsonArray() << u"stop"_s << u"end_turn"_s
        << qint64(135) << qint64(10) << qint64(0) << QString();
}

void TestAnthropicReader::fixtureStream()
{
    QFETCH(QString, source);
    QFETCH(QString, responseId);
    QFETCH(QString, model);
    QFETCH(QString, text);
    QFETCH(QString, thought);
    QFETCH(QJsonArray, calls);
    QFETCH(QString, finish);
    QFETCH(QString, stopReason);
    QFETCH(qint64, promptTokens);
    QFETCH(qint64, completionTokens);
    QFETCH(qint64, reasoningTokens);
    QFETCH(QString, signature);

    const QByteArray bytes = transcript(source);
    QVERIFY(!bytes.isEmpty());
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(bytes, &observer);
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
    const CreateResult &r = outcome.result;

    QCOMPARE(finishReasonName(r.finishReason), finish);
    QCOMPARE(r.responseId, responseId);
    QCOMPARE(r.model, model);
    // Every recording has zero cache tokens; cacheUsage() covers them.
    QCOMPARE(r.usage, usageOf(promptTokens, completionTokens, 0, 0, reasoningTokens));
    QVERIFY(!r.cached);
    QVERIFY(!r.logprobs);
    QCOMPARE(r.thought.has_value(), !thought.isNull());
    if (!thought.isNull())
        QCOMPARE(*r.thought, thought);

    if (calls.isEmpty()) {
        QVERIFY(!r.hasFunctionCalls());
        QCOMPARE(r.text(), text);
        QCOMPARE(observer.text, text);
        QVERIFY(observer.tools.isEmpty());
    } else {
        const QList<FunctionCall> got = r.functionCalls();
        QCOMPARE(got.size(), calls.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QJsonObject want = calls.at(i).toObject();
            QCOMPARE(got.at(i).id, want.value(u"id"_s).toString());
            QCOMPARE(got.at(i).name, want.value(u"name"_s).toString());
            QCOMPARE(parseObject(got.at(i).arguments), want.value(u"input"_s).toObject());
        }
    }

    // The raw JSON is the whole message with the final delta applied.
    QCOMPARE(r.raw.value(u"id"_s).toString(), responseId);
    QCOMPARE(r.raw.value(u"stop_reason"_s).toString(), stopReason);
    QCOMPARE(r.raw.value(u"usage"_s).toObject().value(u"output_tokens"_s).toInteger(),
             completionTokens);

    if (signature.isEmpty()) {
        QVERIFY(r.providerState.isEmpty());
    } else {
        const QJsonArray blocks = r.providerState.value(u"anthropic"_s)
                                      .toObject()
                                      .value(u"thinking_blocks"_s)
                                      .toArray();
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.at(0).toObject(), (QJsonObject{{u"type"_s, u"thinking"_s},
                                                       {u"thinking"_s, thought},
                                                       {u"signature"_s, signature}}));
        // The next turn's assistant message carries it.
        QCOMPARE(r.toAssistantMessage().providerState, r.providerState);
    }
}

void TestAnthropicReader::fixtureSplitAnywhere_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("basic-text") << u"messages-stream-basic-text.sse"_s;
    QTest::newRow("tool-use") << u"messages-stream-tool-use.sse"_s;
    QTest::newRow("thinking-signature-refusal")
        << u"messages-stream-thinking-signature-refusal.sse"_s;
    QTest::newRow("429-exchange stream") << u"429-exchange"_s;
}

void TestAnthropicReader::fixtureSplitAnywhere()
{
    QFETCH(QString, source);
    const QByteArray bytes = transcript(source);
    QVERIFY(!bytes.isEmpty());
    RecordingObserver wholeObserver;
    const StreamOutcome whole = readStream(bytes, &wholeObserver);
    QVERIFY(!whole.error);

    const QByteArrayView view(bytes);
    for (qsizetype offset = 0; offset <= bytes.size(); ++offset) {
        RecordingObserver observer;
        const StreamOutcome split
            = readStream(QList<QByteArrayView>{view.first(offset), view.sliced(offset)}, &observer);
        if (split.error || !(split.result == whole.result) || observer.text != wholeObserver.text
            || observer.thought != wholeObserver.thought
            || observer.tools.size() != wholeObserver.tools.size())
            QFAIL(qPrintable(u"different result when split at byte %1"_s.arg(offset)));
    }

    QList<QByteArrayView> bytewise;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise << view.sliced(i, 1);
    RecordingObserver observer;
    const StreamOutcome oneByOne = readStream(bytewise, &observer);
    QVERIFY(!oneByOne.error);
    QVERIFY(oneByOne.result == whole.result);
    QCOMPARE(observer.text, wholeObserver.text);
    QCOMPARE(observer.thought, wholeObserver.thought);
}

void TestAnthropicReader::toolUseDeltas()
{
    RecordingObserver observer;
    const StreamOutcome outcome
        = readStream(transcript(u"messages-stream-tool-use.sse"_s), &observer);
    QVERIFY(!outcome.error);

    // Text first (block 0), then the call (block 1) numbered 0 among calls: its id and name
    // come once, with an empty first fragment; the recorded empty partial_json is not
    // passed on; then the four fragments as they were streamed.
    QCOMPARE(observer.text, u"I'll check the current weather in Paris for you."_s);
    QCOMPARE(observer.textDeltas, 2);
    QCOMPARE(observer.tools.size(), 5);
    QCOMPARE(observer.tools.at(0).index, 0);
    QCOMPARE(observer.tools.at(0).id, u"toolu_01NRLabsLyVHZPKxbKvkfSMn"_s);
    QCOMPARE(observer.tools.at(0).name, u"get_weather"_s);
    QCOMPARE(observer.tools.at(0).fragment, QString());
    const QStringList fragments{u"{\"locati"_s, u"on\": \"P"_s, u"ar"_s, u"is\"}"_s};
    QString arguments;
    for (qsizetype i = 1; i < observer.tools.size(); ++i) {
        const ToolDelta &delta = observer.tools.at(i);
        QCOMPARE(delta.index, 0);
        QVERIFY(delta.id.isEmpty());
        QVERIFY(delta.name.isEmpty());
        QCOMPARE(delta.fragment, fragments.at(i - 1));
        arguments += delta.fragment;
    }
    QCOMPARE(outcome.result.functionCalls().at(0).arguments, arguments);
    QCOMPARE(arguments, u"{\"location\": \"Paris\"}"_s);
}

void TestAnthropicReader::thinkingDeltasAndState()
{
    RecordingObserver observer;
    const StreamOutcome outcome
        = readStream(transcript(u"messages-stream-thinking-signature-refusal.sse"_s), &observer);
    QVERIFY(!outcome.error);
    // Three non-empty thinking_delta events; the empty one is not passed on.
    QCOMPARE(observer.thoughtDeltas, 3);
    QCOMPARE(observer.thought, refusalThought);
    QCOMPARE(observer.text, u"Hi"_s);
    QCOMPARE(outcome.result.providerState,
             (QJsonObject{
                 {u"anthropic"_s,
                  QJsonObject{{u"thinking_blocks"_s,
                               QJsonArray{QJsonObject{{u"type"_s, u"thinking"_s},
                                                      {u"thinking"_s, refusalThought},
                                                      {u"signature"_s, refusalSignature}}}}}}}));
}

void TestAnthropicReader::rawIsAssembledMessage()
{
    const StreamOutcome refusal
        = readStream(transcript(u"messages-stream-thinking-signature-refusal.sse"_s));
    QVERIFY(!refusal.error);
    const QJsonObject raw = refusal.result.raw;
    QCOMPARE(raw.value(u"type"_s).toString(), u"message"_s);
    QCOMPARE(raw.value(u"model"_s).toString(), u"claude-fable-5"_s);
    QCOMPARE(raw.value(u"stop_reason"_s).toString(), u"refusal"_s);
    QCOMPARE(raw.value(u"stop_details"_s).toObject(),
             (QJsonObject{{u"type"_s, u"refusal"_s},
                          {u"category"_s, QJsonValue::Null},
                          {u"explanation"_s, QJsonValue::Null},
                          {u"fallback_credit_token"_s, u"tok_synthetic_fixture_a"_s},
                          {u"fallback_has_prefill_claim"_s, true}}));
    const QJsonArray content = raw.value(u"content"_s).toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content.at(0).toObject(), (QJsonObject{{u"type"_s, u"thinking"_s},
                                                    {u"thinking"_s, refusalThought},
                                                    {u"signature"_s, refusalSignature}}));
    QCOMPARE(content.at(1).toObject(), textBlock(u"Hi"_s));
    // message_start's usage with message_delta's cumulative fields applied.
    const QJsonObject usage = raw.value(u"usage"_s).toObject();
    QCOMPARE(usage.value(u"input_tokens"_s).toInteger(), qint64(28));
    QCOMPARE(usage.value(u"output_tokens"_s).toInteger(), qint64(106));
    QCOMPARE(usage.value(u"output_tokens_details"_s).toObject(),
             (QJsonObject{{u"thinking_tokens"_s, 67}}));
    QCOMPARE(usage.value(u"service_tier"_s).toString(), u"standard"_s);
    QCOMPARE(usage.value(u"iterations"_s).toArray().size(), 1);

    const StreamOutcome tool = readStream(transcript(u"messages-stream-tool-use.sse"_s));
    QVERIFY(!tool.error);
    const QJsonArray toolContent = tool.result.raw.value(u"content"_s).toArray();
    QCOMPARE(toolContent.size(), 2);
    QCOMPARE(toolContent.at(0).toObject(),
             textBlock(u"I'll check the current weather in Paris for you."_s));
    QCOMPARE(toolContent.at(1).toObject(),
             (QJsonObject{{u"type"_s, u"tool_use"_s},
                          {u"id"_s, u"toolu_01NRLabsLyVHZPKxbKvkfSMn"_s},
                          {u"name"_s, u"get_weather"_s},
                          {u"caller"_s, QJsonObject{{u"type"_s, u"direct"_s}}},
                          {u"input"_s, QJsonObject{{u"location"_s, u"Paris"_s}}}}));
    QCOMPARE(tool.result.raw.value(u"stop_reason"_s).toString(), u"tool_use"_s);
    QCOMPARE(tool.result.raw.value(u"stop_sequence"_s), QJsonValue(QJsonValue::Null));
    const QJsonObject toolUsage = tool.result.raw.value(u"usage"_s).toObject();
    QCOMPARE(toolUsage.value(u"input_tokens"_s).toInteger(), qint64(377));
    QCOMPARE(toolUsage.value(u"output_tokens"_s).toInteger(), qint64(65));
}

// ---------------------------------------------------------------------------------------------
// Synthetic streams

void TestAnthropicReader::finishReasons_data()
{
    QTest::addColumn<QByteArray>("stopReason");
    QTest::addColumn<QString>("finish");
    QTest::newRow("end_turn") << QByteArray("end_turn") << u"stop"_s;
    QTest::newRow("stop_sequence") << QByteArray("stop_sequence") << u"stop"_s;
    QTest::newRow("max_tokens") << QByteArray("max_tokens") << u"length"_s;
    QTest::newRow("tool_use") << QByteArray("tool_use") << u"function_calls"_s;
    QTest::newRow("refusal") << QByteArray("refusal") << u"content_filter"_s;
    QTest::newRow("pause_turn") << QByteArray("pause_turn") << u"unknown"_s;
    QTest::newRow("model_context_window_exceeded")
        << QByteArray("model_context_window_exceeded") << u"unknown"_s;
    QTest::newRow("a future reason") << QByteArray("something_new") << u"unknown"_s;
}

void TestAnthropicReader::finishReasons()
{
    QFETCH(QByteArray, stopReason);
    QFETCH(QString, finish);
    const StreamOutcome outcome
        = readStream(sseOf({messageStart(), textStart(0), textDelta(0, "Done"), blockStop(0),
                            messageDelta(stopReason), messageStop}));
    QVERIFY(!outcome.error);
    QCOMPARE(finishReasonName(outcome.result.finishReason), finish);
    // The provider's own reason stays visible in raw.
    QCOMPARE(outcome.result.raw.value(u"stop_reason"_s).toString(),
             QString::fromLatin1(stopReason));
    QCOMPARE(outcome.result.text(), u"Done"_s);
    QCOMPARE(finishReasonName(
                 AnthropicResponseReader::finishReasonFromWire(QString::fromLatin1(stopReason))),
             finish);
}

void TestAnthropicReader::cacheUsage()
{
    const StreamOutcome outcome = readStream(sseOf({
        messageStart(R"({"input_tokens":10,"cache_creation_input_tokens":200,)"
                     R"("cache_read_input_tokens":3000,"output_tokens":1})"),
        textStart(0),
        textDelta(0, "ok"),
        blockStop(0),
        messageDelta("end_turn",
                     R"({"output_tokens":42,"output_tokens_details":{"thinking_tokens":12}})"),
        messageStop,
    }));
    QVERIFY(!outcome.error);
    // prompt = input + cache creation + cache read; completion includes thinking.
    QCOMPARE(outcome.result.usage, usageOf(3210, 42, 3000, 200, 12));
    QCOMPARE(AnthropicResponseReader::usageFromJson(
                 QJsonObject{{u"input_tokens"_s, 5}, {u"cache_read_input_tokens"_s, 7}}),
             usageOf(12, 0, 7, 0, 0));
    // Counts whose sum is beyond qint64 saturate instead of overflowing (UBSan, found with
    // tests/fuzz/fuzz_anthropic).
    const qint64 huge = 9'000'000'000'000'000'000;
    QCOMPARE(
        AnthropicResponseReader::usageFromJson(QJsonObject{{u"input_tokens"_s, huge},
                                                           {u"cache_creation_input_tokens"_s, huge},
                                                           {u"cache_read_input_tokens"_s, huge}})
            .promptTokens,
        std::numeric_limits<qint64>::max());
}

void TestAnthropicReader::cumulativeUsage()
{
    // message_delta's usage is cumulative: its fields replace message_start's, the others
    // stay.
    const StreamOutcome outcome = readStream(sseOf({
        messageStart(R"({"input_tokens":100,"cache_read_input_tokens":50,"output_tokens":1})"),
        textStart(0),
        textDelta(0, "x"),
        blockStop(0),
        messageDelta("end_turn", R"({"input_tokens":120,"output_tokens":9})"),
        messageStop,
    }));
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.usage, usageOf(170, 9, 50, 0, 0));

    // Usage is known from message_start on: a stream that fails later still reports it.
    const StreamOutcome partial = readStream(sseOf({messageStart(), textStart(0)}));
    QVERIFY(partial.error);
    QCOMPARE(partial.result.usage, usageOf(12, 1));
}

void TestAnthropicReader::errorEvents_data()
{
    QTest::addColumn<QByteArray>("errorType");
    QTest::addColumn<QString>("kind");
    QTest::newRow("overloaded_error")
        << QByteArray("overloaded_error") << ModelError::kindName(ModelError::Kind::Overloaded);
    QTest::newRow("rate_limit_error")
        << QByteArray("rate_limit_error") << ModelError::kindName(ModelError::Kind::RateLimit);
    QTest::newRow("api_error") << QByteArray("api_error")
                               << ModelError::kindName(ModelError::Kind::Server);
    QTest::newRow("invalid_request_error")
        << QByteArray("invalid_request_error") << ModelError::kindName(ModelError::Kind::Provider);
}

void TestAnthropicReader::errorEvents()
{
    QFETCH(QByteArray, errorType);
    QFETCH(QString, kind);
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(
        sseOf({messageStart(), textStart(0), textDelta(0, "Partly"), textDelta(0, " cloudy"),
               R"({"type":"error","error":{"type":")" + errorType
                   + R"(","message":"Something went wrong"},"request_id":"req_stream_1"})",
               textDelta(0, " and never read"), blockStop(0), messageDelta("end_turn"),
               messageStop}),
        &observer);
    QVERIFY(outcome.error);
    QCOMPARE(ModelError::kindName(outcome.error->kind), kind);
    QCOMPARE(outcome.error->message, u"Something went wrong"_s);
    QCOMPARE(outcome.error->providerCode, QString::fromLatin1(errorType));
    QCOMPARE(outcome.error->requestId, u"req_stream_1"_s);
    QCOMPARE(outcome.error->httpStatus, 0);
    QCOMPARE(outcome.result.text(), u"Partly cloudy"_s);
    QCOMPARE(observer.text, u"Partly cloudy"_s);
    QCOMPARE(outcome.result.raw.value(u"id"_s).toString(), u"msg_syn1"_s);
    QCOMPARE(AnthropicResponseReader::errorKindForType(QString::fromLatin1(errorType)),
             ModelError::kindFromName(kind).value());
}

void TestAnthropicReader::truncatedStream()
{
    // The thinking block never ends: its signature is missing, so it is not kept for the
    // next turn; the text that arrived is kept.
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(
        sseOf({messageStart(),
               R"({"type":"content_block_start","index":0,"content_block":{"type":"thinking",)"
               R"("thinking":"","signature":""}})",
               R"({"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta",)"
               R"("thinking":"Let me think"}})"}),
        &observer);
    QVERIFY(outcome.error);
    QCOMPARE(ModelError::kindName(outcome.error->kind),
             ModelError::kindName(ModelError::Kind::InvalidResponse));
    QVERIFY(outcome.error->message.contains(u"message_stop"));
    QCOMPARE(outcome.result.thought, std::optional<QString>(u"Let me think"_s));
    QVERIFY(outcome.result.providerState.isEmpty());
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"unknown"_s);

    const StreamOutcome text
        = readStream(sseOf({messageStart(), textStart(0), textDelta(0, "Half a sen")}));
    QVERIFY(text.error);
    QCOMPARE(text.error->kind, ModelError::Kind::InvalidResponse);
    QCOMPARE(text.result.text(), u"Half a sen"_s);
    QCOMPARE(text.result.responseId, u"msg_syn1"_s);

    // Complete up to message_delta, but no message_stop.
    const StreamOutcome noStop
        = readStream(sseOf({messageStart(), textStart(0), textDelta(0, "All"), blockStop(0),
                            messageDelta("end_turn")}));
    QVERIFY(noStop.error);
    QCOMPARE(noStop.error->kind, ModelError::Kind::InvalidResponse);
    QCOMPARE(noStop.result.text(), u"All"_s);
}

void TestAnthropicReader::emptyStream()
{
    const StreamOutcome outcome = readStream(QByteArrayView());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ModelError::Kind::InvalidResponse);
    QVERIFY(outcome.result.raw.isEmpty());
}

void TestAnthropicReader::malformedEvent()
{
    const QByteArray stream
        = sseOf({messageStart(), textStart(0), textDelta(0, "Good")})
          + "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"in\n\n"
          + sseOf({textDelta(0, " never"), messageStop});
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ModelError::Kind::InvalidResponse);
    QVERIFY(outcome.error->message.contains(u"malformed JSON"));
    QCOMPARE(outcome.result.text(), u"Good"_s);
}

void TestAnthropicReader::unknownEventsIgnored()
{
    const QByteArray stream
        = ": keep-alive comment\n\n"
          + sseOf({messageStart(), R"({"type":"ping"})",
                   R"({"type":"some_future_event","payload":{"x":1}})", textStart(0),
                   R"({"type":"content_block_delta","index":0,"delta":{"type":"future_delta",)"
                   R"("x":"y"}})",
                   R"({"type":"content_block_delta","index":0,"delta":{"type":"citations_delta",)"
                   R"("citation":{"type":"char_location","cited_text":"c"}}})",
                   textDelta(0, "Fine"),
                   R"({"type":"content_block_start","index":1,"content_block":)"
                   R"({"type":"server_tool_use","id":"srvtoolu_1","name":"web_search",)"
                   R"("input":{}}})",
                   R"({"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta",)"
                   R"("partial_json":"{\"query\":\"x\"}"}})",
                   blockStop(1), blockStop(0), messageDelta("end_turn"), messageStop,
                   R"({"type":"ping"})"});
    const StreamOutcome outcome = readStream(stream);
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
    // A server tool runs at the provider: it is not a function call for the caller.
    QVERIFY(!outcome.result.hasFunctionCalls());
    QCOMPARE(outcome.result.text(), u"Fine"_s);
    const QJsonArray content = outcome.result.raw.value(u"content"_s).toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content.at(0).toObject().value(u"citations"_s).toArray().size(), 1);
    QCOMPARE(content.at(1).toObject().value(u"input"_s).toObject(),
             (QJsonObject{{u"query"_s, u"x"_s}}));
}

void TestAnthropicReader::dataOnlyStream()
{
    // Without `event:` lines the JSON type decides (some proxies strip them).
    QByteArray stream;
    for (const QByteArray &data : {messageStart(), textStart(0), textDelta(0, "Plain"),
                                   blockStop(0), messageDelta("end_turn"), messageStop})
        stream += "data: " + data + "\r\n\r\n";
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.text(), u"Plain"_s);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"stop"_s);
}

void TestAnthropicReader::rawAssembledAtTheEnd_data()
{
    QTest::addColumn<QString>("end"); // how the stream ends

    QTest::newRow("message_stop") << u"message_stop"_s;
    QTest::newRow("finish() without message_stop") << u"finish"_s;
    QTest::newRow("abandoned") << u"abandon"_s;
}

void TestAnthropicReader::rawAssembledAtTheEnd()
{
    // Rebuilding the whole message at every block stop is quadratic in long replies: raw
    // and the thinking blocks are assembled once, when the stream ends.
    QFETCH(QString, end);
    AnthropicResponseReader reader;
    ResultBuilder builder;
    reader.feed(sseOf({messageStart(),
                       R"({"type":"content_block_start","index":0,"content_block":{"type":)"
                       R"("thinking","thinking":"","signature":""}})",
                       R"({"type":"content_block_delta","index":0,"delta":{"type":)"
                       R"("thinking_delta","thinking":"Hmm."}})",
                       R"({"type":"content_block_delta","index":0,"delta":{"type":)"
                       R"("signature_delta","signature":"sig-A"}})",
                       blockStop(0),
                       R"({"type":"content_block_start","index":1,"content_block":{"type":)"
                       R"("tool_use","id":"toolu_1","name":"get_weather","input":{}}})",
                       R"({"type":"content_block_delta","index":1,"delta":{"type":)"
                       R"("input_json_delta","partial_json":"{\"city\": \"Paris\"}"}})",
                       blockStop(1), messageDelta("tool_use")}),
                builder);
    QVERIFY(builder.build().raw.isEmpty());
    QVERIFY(builder.build().providerState.isEmpty());
    if (end == u"message_stop")
        reader.feed(sseOf({messageStop}), builder);
    else if (end == u"finish")
        reader.finish(builder);
    else
        reader.abandon(builder);
    const CreateResult r = builder.build();
    const QJsonArray content = r.raw.value(u"content"_s).toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content.at(1).toObject().value(u"input"_s),
             QJsonValue(QJsonObject{{u"city"_s, u"Paris"_s}}));
    QCOMPARE(r.raw.value(u"stop_reason"_s), QJsonValue(u"tool_use"_s));
    QCOMPARE(r.providerState.value(u"anthropic"_s)
                 .toObject()
                 .value(u"thinking_blocks"_s)
                 .toArray()
                 .size(),
             1);
}

void TestAnthropicReader::thinkingBlocksInOrder()
{
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(
        sseOf({messageStart(),
               R"({"type":"content_block_start","index":0,"content_block":{"type":"thinking",)"
               R"("thinking":"","signature":""}})",
               R"({"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta",)"
               R"("thinking":"First."}})",
               R"({"type":"content_block_delta","index":0,"delta":{"type":"signature_delta",)"
               R"("signature":"sig-A"}})",
               blockStop(0),
               R"({"type":"content_block_start","index":1,"content_block":)"
               R"({"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix"}})",
               blockStop(1),
               R"({"type":"content_block_start","index":2,"content_block":{"type":"thinking",)"
               R"("thinking":"","signature":""}})",
               R"({"type":"content_block_delta","index":2,"delta":{"type":"thinking_delta",)"
               R"("thinking":"Second."}})",
               R"({"type":"content_block_delta","index":2,"delta":{"type":"signature_delta",)"
               R"("signature":"sig-B"}})",
               blockStop(2), textStart(3), textDelta(3, "Answer"), blockStop(3),
               messageDelta("end_turn"), messageStop}),
        &observer);
    QVERIFY(!outcome.error);
    // A blank line between thinking blocks; the redacted one has no text.
    QCOMPARE(outcome.result.thought, std::optional<QString>(u"First.\n\nSecond."_s));
    QCOMPARE(observer.thought, u"First.\n\nSecond."_s);
    QCOMPARE(outcome.result.text(), u"Answer"_s);
    const QJsonArray blocks = outcome.result.providerState.value(u"anthropic"_s)
                                  .toObject()
                                  .value(u"thinking_blocks"_s)
                                  .toArray();
    QCOMPARE(blocks, (QJsonArray{
                         QJsonObject{{u"type"_s, u"thinking"_s},
                                     {u"thinking"_s, u"First."_s},
                                     {u"signature"_s, u"sig-A"_s}},
                         QJsonObject{{u"type"_s, u"redacted_thinking"_s},
                                     {u"data"_s, u"EmwKAhgBEgy3va3pzix"_s}},
                         QJsonObject{{u"type"_s, u"thinking"_s},
                                     {u"thinking"_s, u"Second."_s},
                                     {u"signature"_s, u"sig-B"_s}},
                     }));
}

void TestAnthropicReader::toolWithoutParameters()
{
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(
        sseOf({messageStart(),
               R"({"type":"content_block_start","index":0,"content_block":{"type":"tool_use",)"
               R"("id":"toolu_a","name":"get_time","input":{}}})",
               blockStop(0),
               R"({"type":"content_block_start","index":1,"content_block":{"type":"tool_use",)"
               R"("id":"toolu_b","name":"get_weather","input":{}}})",
               R"({"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta",)"
               R"("partial_json":""}})",
               R"({"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta",)"
               R"("partial_json":"{\"city\":\"Oslo\"}"}})",
               blockStop(1), messageDelta("tool_use"), messageStop}),
        &observer);
    QVERIFY(!outcome.error);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"function_calls"_s);
    const QList<FunctionCall> calls = outcome.result.functionCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0), (FunctionCall{u"toolu_a"_s, u"get_time"_s, u"{}"_s}));
    QCOMPARE(calls.at(1), (FunctionCall{u"toolu_b"_s, u"get_weather"_s, u"{\"city\":\"Oslo\"}"_s}));
    // Calls are numbered by their own order, not by content-block index.
    QCOMPARE(observer.tools.first().index, 0);
    QCOMPARE(observer.tools.last().index, 1);
    QVERIFY(!outcome.result.thought);
}

void TestAnthropicReader::cutOffToolInput()
{
    const StreamOutcome outcome = readStream(
        sseOf({messageStart(),
               R"({"type":"content_block_start","index":0,"content_block":{"type":"tool_use",)"
               R"("id":"toolu_c","name":"write","input":{}}})",
               R"({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta",)"
               R"("partial_json":"{\"text\": \"Once upon"}})",
               blockStop(0), messageDelta("max_tokens"), messageStop}));
    QVERIFY(!outcome.error);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"length"_s);
    // The arguments are what the model wrote: invalid JSON, as in AutoGen.
    QCOMPARE(outcome.result.functionCalls().at(0).arguments, u"{\"text\": \"Once upon"_s);
    QCOMPARE(outcome.result.raw.value(u"content"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"input"_s)
                 .toString(),
             u"{\"text\": \"Once upon"_s);
}

// ---------------------------------------------------------------------------------------------
// Non-streaming bodies

void TestAnthropicReader::recordedBodies_data()
{
    QTest::addColumn<int>("exchange");
    QTest::newRow("tool_use reply") << 0;
    QTest::newRow("final text reply") << 1;
}

void TestAnthropicReader::recordedBodies()
{
    QFETCH(int, exchange);
    const QJsonObject response = exchanges(u"http-exchange-tool-use-roundtrip.json"_s)
                                     .at(exchange)
                                     .toObject()
                                     .value(u"response"_s)
                                     .toObject();
    QCOMPARE(response.value(u"status_code"_s).toInt(), 200);
    const QJsonObject message = response.value(u"body"_s).toObject();
    const QByteArray body = QJsonDocument(message).toJson();

    RecordingObserver observer;
    const StreamOutcome outcome = readBody(body, &observer);
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
    const CreateResult &r = outcome.result;
    QCOMPARE(r.model, u"claude-haiku-4-5-20251001"_s);
    QCOMPARE(r.raw, message);
    QVERIFY(r.providerState.isEmpty());
    QVERIFY(!r.thought);
    if (exchange == 0) {
        QCOMPARE(r.responseId, u"msg_01RMQBcKf2dxTq6qfi31BBTz"_s);
        QCOMPARE(finishReasonName(r.finishReason), u"function_calls"_s);
        QCOMPARE(r.usage, usageOf(656, 74));
        const QList<FunctionCall> calls = r.functionCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).id, u"toolu_01A9HHF5Ezy3oBrKmSgfASm9"_s);
        QCOMPARE(calls.at(0).name, u"get_weather"_s);
        QCOMPARE(parseObject(calls.at(0).arguments),
                 (QJsonObject{{u"location"_s, u"San Francisco, CA"_s}, {u"units"_s, u"f"_s}}));
        QCOMPARE(observer.tools.size(), 2); // the call, then its whole input
        QCOMPARE(observer.tools.at(1).fragment, calls.at(0).arguments);
    } else {
        QCOMPARE(r.responseId, u"msg_01GJyhkguJrrqMbZNzEybYFL"_s);
        QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
        QCOMPARE(r.usage, usageOf(760, 63));
        const QString text
            = u"I apologize, but I'm getting an error when trying to fetch the weather for San "
              "Francisco. This appears to be a temporary issue with the weather service. Could "
              "you try again in a moment, or let me know if you'd like me to attempt to "
              "retrieve the weather for a different location?"_s;
        QCOMPARE(r.text(), text);
        QCOMPARE(observer.text, text);
        QCOMPARE(observer.textDeltas, 1);
    }
}

void TestAnthropicReader::bodyWithThinking()
{
    const QByteArray body
        = R"({"id":"msg_b1","type":"message","role":"assistant","model":"claude-sonnet-4-5",)"
          R"("content":[{"type":"thinking","thinking":"Step one.","signature":"sig-1"},)"
          R"({"type":"redacted_thinking","data":"opaque"},)"
          R"({"type":"text","text":"The answer ","citations":null},)"
          R"({"type":"text","text":"is 4."}],)"
          R"("stop_reason":"end_turn","stop_sequence":null,)"
          R"("usage":{"input_tokens":20,"cache_creation_input_tokens":5,)"
          R"("cache_read_input_tokens":100,"output_tokens":30}})";
    const StreamOutcome outcome = readBody(body);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.text(), u"The answer is 4."_s);
    QCOMPARE(outcome.result.thought, std::optional<QString>(u"Step one."_s));
    QCOMPARE(outcome.result.usage, usageOf(125, 30, 100, 5));
    QCOMPARE(
        outcome.result.providerState.value(u"anthropic"_s)
            .toObject()
            .value(u"thinking_blocks"_s)
            .toArray(),
        (QJsonArray{QJsonObject{{u"type"_s, u"thinking"_s},
                                {u"thinking"_s, u"Step one."_s},
                                {u"signature"_s, u"sig-1"_s}},
                    QJsonObject{{u"type"_s, u"redacted_thinking"_s}, {u"data"_s, u"opaque"_s}}}));
}

void TestAnthropicReader::bodyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("providerCode");
    QTest::newRow("not JSON") << QByteArray("<html>Bad gateway</html>")
                              << ModelError::kindName(ModelError::Kind::InvalidResponse)
                              << QString();
    QTest::newRow("no content") << QByteArray(R"({"id":"msg_x","type":"message"})")
                                << ModelError::kindName(ModelError::Kind::InvalidResponse)
                                << QString();
    QTest::newRow("error object with 200")
        << QByteArray(R"({"type":"error","error":{"type":"overloaded_error",)"
                      R"("message":"Overloaded"},"request_id":"req_1"})")
        << ModelError::kindName(ModelError::Kind::Overloaded) << u"overloaded_error"_s;
}

void TestAnthropicReader::bodyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, providerCode);
    const StreamOutcome outcome = readBody(body);
    QVERIFY(outcome.error);
    QCOMPARE(ModelError::kindName(outcome.error->kind), kind);
    QCOMPARE(outcome.error->providerCode, providerCode);
    QVERIFY(!outcome.error->message.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Error answers

void TestAnthropicReader::readError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("requestIdHeader");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("providerCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");

    // The recorded 429 answer, verbatim from the exchange file.
    const QJsonObject recorded = exchanges(u"http-exchange-429-retry-then-stream.json"_s)
                                     .at(0)
                                     .toObject()
                                     .value(u"response"_s)
                                     .toObject();
    const QJsonObject recordedBody = recorded.value(u"body"_s).toObject();
    QTest::newRow("recorded 429")
        << recorded.value(u"status_code"_s).toInt() << QJsonDocument(recordedBody).toJson()
        << QByteArray() << ModelError::kindName(ModelError::Kind::RateLimit)
        << u"rate_limit_error"_s
        << recordedBody.value(u"error"_s).toObject().value(u"message"_s).toString()
        << u"req_011CYK5n67SytMUxm8WMZUWY"_s;
    QTest::newRow("401, request-id header wins")
        << 401
        << QByteArray(R"({"type":"error","error":{"type":"authentication_error",)"
                      R"("message":"invalid x-api-key"},"request_id":"req_body"})")
        << QByteArray("req_header") << ModelError::kindName(ModelError::Kind::Authentication)
        << u"authentication_error"_s << u"invalid x-api-key"_s << u"req_header"_s;
    QTest::newRow("529 overloaded")
        << 529
        << QByteArray(R"({"type":"error","error":{"type":"overloaded_error",)"
                      R"("message":"Overloaded"}})")
        << QByteArray("req_529") << ModelError::kindName(ModelError::Kind::Overloaded)
        << u"overloaded_error"_s << u"Overloaded"_s << u"req_529"_s;
    QTest::newRow("500 api_error")
        << 500
        << QByteArray(R"({"type":"error","error":{"type":"api_error","message":"Internal"}})")
        << QByteArray() << ModelError::kindName(ModelError::Kind::Server) << u"api_error"_s
        << u"Internal"_s << QString();
    QTest::newRow("413")
        << 413
        << QByteArray(R"({"type":"error","error":{"type":"request_too_large",)"
                      R"("message":"Request exceeds the maximum allowed number of bytes."}})")
        << QByteArray() << ModelError::kindName(ModelError::Kind::RequestTooLarge)
        << u"request_too_large"_s << u"Request exceeds the maximum allowed number of bytes."_s
        << QString();
    QTest::newRow("502 HTML") << 502 << QByteArray("<html>\n<b>Bad  gateway</b></html>")
                              << QByteArray() << ModelError::kindName(ModelError::Kind::Server)
                              << QString() << u"HTTP 502: <html> <b>Bad gateway</b></html>"_s
                              << QString();
    QTest::newRow("404 empty") << 404 << QByteArray() << QByteArray()
                               << ModelError::kindName(ModelError::Kind::NotFound) << QString()
                               << u"HTTP 404 with no error message"_s << QString();
}

void TestAnthropicReader::readError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, requestIdHeader);
    QFETCH(QString, kind);
    QFETCH(QString, providerCode);
    QFETCH(QString, message);
    QFETCH(QString, requestId);

    HttpHeaders headers{{"content-type", "application/json"}};
    if (!requestIdHeader.isEmpty())
        headers.append({"request-id", requestIdHeader});
    const ModelError error = AnthropicResponseReader().readError(status, headers, body);
    QCOMPARE(ModelError::kindName(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.providerCode, providerCode);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestId, requestId);
}

void TestAnthropicReader::tokenCount()
{
    QString problem;
    QCOMPARE(AnthropicResponseReader::tokenCountFromBody(R"({"input_tokens": 2095})", &problem),
             qint64(2095));
    QVERIFY(problem.isEmpty());
    AnthropicResponseReader::tokenCountFromBody(R"({"tokens": 1})", &problem);
    QVERIFY(!problem.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Requests

void TestAnthropicReader::recordedToolRoundTripRequest()
{
    const QJsonArray recorded = exchanges(u"http-exchange-tool-use-roundtrip.json"_s);
    QCOMPARE(recorded.size(), 2);
    const QJsonObject firstRequest
        = recorded.at(0).toObject().value(u"request"_s).toObject().value(u"body"_s).toObject();
    const QJsonObject secondRequest
        = recorded.at(1).toObject().value(u"request"_s).toObject().value(u"body"_s).toObject();
    const QJsonObject recordedTool = firstRequest.value(u"tools"_s).toArray().at(0).toObject();

    CompletionRequest request;
    request.messages << UserMessage{u"What is the weather in SF?"_s, u"user"_s};
    request.tools << ToolSchema{recordedTool.value(u"name"_s).toString(),
                                recordedTool.value(u"description"_s).toString(),
                                recordedTool.value(u"input_schema"_s).toObject(), std::nullopt};
    request.parameters.maxTokens = 1024;
    AnthropicConfig config = configFor(u"claude-haiku-4-5"_s);

    // Turn 1 is the recorded first request.
    QCOMPARE(bodyOf(request, false, config), firstRequest);

    // Turn 2: the assistant message is our reading of the recorded first reply, then the
    // tool's failure.
    const QByteArray firstReply
        = QJsonDocument(
              recorded.at(0).toObject().value(u"response"_s).toObject().value(u"body"_s).toObject())
              .toJson();
    const StreamOutcome reply = readBody(firstReply);
    QVERIFY(!reply.error);
    request.messages << reply.result.toAssistantMessage();
    request.messages << FunctionExecutionResultMessage{
        {FunctionExecutionResult{u"RuntimeError('Unexpected error, try again')"_s, u"get_weather"_s,
                                 u"toolu_01A9HHF5Ezy3oBrKmSgfASm9"_s, true}}};
    const QJsonObject built = bodyOf(request, false, config);

    QCOMPARE(built.keys(), secondRequest.keys());
    QCOMPARE(built.value(u"model"_s), secondRequest.value(u"model"_s));
    QCOMPARE(built.value(u"max_tokens"_s), secondRequest.value(u"max_tokens"_s));
    QCOMPARE(built.value(u"tools"_s), secondRequest.value(u"tools"_s));
    const QJsonArray builtMessages = built.value(u"messages"_s).toArray();
    const QJsonArray recordedMessages = secondRequest.value(u"messages"_s).toArray();
    QCOMPARE(builtMessages.size(), recordedMessages.size());
    for (qsizetype i = 0; i < recordedMessages.size(); ++i) {
        const QJsonObject want = recordedMessages.at(i).toObject();
        const QJsonObject got = builtMessages.at(i).toObject();
        QCOMPARE(got.value(u"role"_s), want.value(u"role"_s));
        const QJsonValue wantContent = want.value(u"content"_s);
        if (wantContent.isString()) {
            QCOMPARE(got.value(u"content"_s), wantContent);
            continue;
        }
        const QJsonArray wantBlocks = wantContent.toArray();
        const QJsonArray gotBlocks = got.value(u"content"_s).toArray();
        QCOMPARE(gotBlocks.size(), wantBlocks.size());
        for (qsizetype j = 0; j < wantBlocks.size(); ++j) {
            // `caller` is a response field the SDK's tool runner echoed back; the API does
            // not need it and our types do not carry it.
            QCOMPARE(gotBlocks.at(j).toObject(),
                     withoutKey(wantBlocks.at(j).toObject(), u"caller"_s));
        }
    }
}

void TestAnthropicReader::recorded429Request()
{
    const QJsonObject recorded = exchanges(u"http-exchange-429-retry-then-stream.json"_s)
                                     .at(2)
                                     .toObject()
                                     .value(u"request"_s)
                                     .toObject()
                                     .value(u"body"_s)
                                     .toObject();
    CompletionRequest request
        = userRequest(u"Extract order IDs from the following text:\n\nOrder 12345\nOrder 67890"_s);
    request.jsonOutput = JsonOutput::jsonSchema(
        u"order_ids"_s,
        QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject{{u"type"_s, u"integer"_s}}}});
    request.parameters.maxTokens = 1024;
    QVERIFY(request.validationError().isEmpty());
    QCOMPARE(bodyOf(request, true, configFor(u"claude-sonnet-4-5"_s)), recorded);
}

void TestAnthropicReader::messageKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonArray>("expected");

    QTest::newRow("user text") << u"user text"_s
                               << QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                                         {u"content"_s, u"Hello"_s}}};
    QTest::newRow("user parts")
        << u"user parts"_s
        << QJsonArray{QJsonObject{
               {u"role"_s, u"user"_s},
               {u"content"_s,
                QJsonArray{
                    textBlock(u"Look:"_s),
                    QJsonObject{
                        {u"type"_s, u"image"_s},
                        {u"source"_s, QJsonObject{{u"type"_s, u"base64"_s},
                                                  {u"media_type"_s, u"image/png"_s},
                                                  {u"data"_s, QString::fromLatin1(pngBase64)}}}},
                    QJsonObject{{u"type"_s, u"image"_s},
                                {u"source"_s,
                                 QJsonObject{{u"type"_s, u"url"_s},
                                             {u"url"_s, u"https://example.com/a%20b.jpg"_s}}}}}}}};
    QTest::newRow("assistant text")
        << u"assistant text"_s
        << QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Hi"_s}},
                      QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"Hello!"_s}}};
    QTest::newRow("assistant calls and results")
        << u"assistant calls"_s
        << QJsonArray{
               QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Weather in Paris and Oslo?"_s}},
               QJsonObject{
                   {u"role"_s, u"assistant"_s},
                   {u"content"_s,
                    QJsonArray{textBlock(u"Checking both."_s),
                               QJsonObject{{u"type"_s, u"tool_use"_s},
                                           {u"id"_s, u"toolu_1"_s},
                                           {u"name"_s, u"get_weather"_s},
                                           {u"input"_s, QJsonObject{{u"city"_s, u"Paris"_s}}}},
                               QJsonObject{{u"type"_s, u"tool_use"_s},
                                           {u"id"_s, u"toolu_2"_s},
                                           {u"name"_s, u"get_weather"_s},
                                           {u"input"_s, QJsonObject()}}}}},
               QJsonObject{{u"role"_s, u"user"_s},
                           {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"tool_result"_s},
                                                                 {u"tool_use_id"_s, u"toolu_1"_s},
                                                                 {u"content"_s, u"18 C"_s}},
                                                     QJsonObject{{u"type"_s, u"tool_result"_s},
                                                                 {u"tool_use_id"_s, u"toolu_2"_s},
                                                                 {u"content"_s, u"no such city"_s},
                                                                 {u"is_error"_s, true}}}}}};
}

void TestAnthropicReader::messageKinds()
{
    QFETCH(QString, kind);
    QFETCH(QJsonArray, expected);
    CompletionRequest request;
    if (kind == u"user text") {
        request.messages << UserMessage{u"Hello"_s, u"user"_s};
    } else if (kind == u"user parts") {
        request.messages << UserMessage{
            QList<UserContentPart>{u"Look:"_s, Image::fromBytes(QByteArray::fromBase64(pngBase64)),
                                   Image::fromUrl(QUrl(u"https://example.com/a b.jpg"_s))},
            u"user"_s};
    } else if (kind == u"assistant text") {
        request.messages << UserMessage{u"Hi"_s, u"user"_s};
        request.messages << AssistantMessage{u"Hello!"_s, std::nullopt, u"assistant"_s, {}};
    } else {
        request.messages << UserMessage{u"Weather in Paris and Oslo?"_s, u"user"_s};
        // A call with empty arguments goes out as an empty object.
        request.messages << AssistantMessage{
            QList<FunctionCall>{{u"toolu_1"_s, u"get_weather"_s, u"{\"city\": \"Paris\"}"_s},
                                {u"toolu_2"_s, u"get_weather"_s, QString()}},
            u"Checking both."_s,
            u"assistant"_s,
            {}};
        request.messages << FunctionExecutionResultMessage{
            {{u"18 C"_s, u"get_weather"_s, u"toolu_1"_s, false},
             {u"no such city"_s, u"get_weather"_s, u"toolu_2"_s, true}}};
    }
    QCOMPARE(messagesOf(request), expected);
}

void TestAnthropicReader::systemMerge()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"You are terse."_s};
    request.messages << SystemMessage{u"Answer in French."_s};
    request.messages << UserMessage{u"Hello"_s, u"user"_s};
    request.messages << SystemMessage{u"Never use emoji."_s};
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.value(u"system"_s).toString(),
             u"You are terse.\n\nAnswer in French.\n\nNever use emoji."_s);
    QCOMPARE(body.value(u"messages"_s).toArray(),
             (QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Hello"_s}}}));
    QVERIFY(!bodyOf(userRequest()).contains(u"system"_s));
}

void TestAnthropicReader::sameRoleMerge()
{
    CompletionRequest request;
    request.messages << UserMessage{u"First"_s, u"user"_s};
    request.messages << UserMessage{u"Second"_s, u"user"_s};
    request.messages << AssistantMessage{u"A"_s, std::nullopt, u"assistant"_s, {}};
    request.messages << AssistantMessage{u"B"_s, std::nullopt, u"assistant"_s, {}};
    request.messages << UserMessage{QString(), u"user"_s}; // empty: left out
    request.messages << UserMessage{u"Third"_s, u"user"_s};
    QCOMPARE(
        messagesOf(request),
        (QJsonArray{
            QJsonObject{{u"role"_s, u"user"_s},
                        {u"content"_s, QJsonArray{textBlock(u"First"_s), textBlock(u"Second"_s)}}},
            QJsonObject{{u"role"_s, u"assistant"_s},
                        {u"content"_s, QJsonArray{textBlock(u"A"_s), textBlock(u"B"_s)}}},
            QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Third"_s}}}));
}

void TestAnthropicReader::toolResultsComeFirst()
{
    const QJsonObject result{
        {u"type"_s, u"tool_result"_s}, {u"tool_use_id"_s, u"toolu_9"_s}, {u"content"_s, u"42"_s}};
    CompletionRequest request;
    request.messages << UserMessage{u"Compute"_s, u"user"_s};
    request.messages << AssistantMessage{
        QList<FunctionCall>{{u"toolu_9"_s, u"calc"_s, u"{}"_s}}, std::nullopt, u"assistant"_s, {}};
    // A tool result followed by a user message: one user turn.
    request.messages << FunctionExecutionResultMessage{{{u"42"_s, u"calc"_s, u"toolu_9"_s, false}}};
    request.messages << UserMessage{u"Thanks, now explain."_s, u"user"_s};
    const QJsonArray messages = messagesOf(request);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(
        messages.at(2).toObject(),
        (QJsonObject{{u"role"_s, u"user"_s},
                     {u"content"_s, QJsonArray{result, textBlock(u"Thanks, now explain."_s)}}}));

    // The other order: the tool results still open the turn, as the API requires.
    CompletionRequest reversed = request;
    reversed.messages.swapItemsAt(2, 3);
    QCOMPARE(messagesOf(reversed).at(2).toObject(), messages.at(2).toObject());
}

void TestAnthropicReader::thinkingRoundTrip()
{
    const StreamOutcome reply
        = readStream(transcript(u"messages-stream-thinking-signature-refusal.sse"_s));
    QVERIFY(!reply.error);
    CompletionRequest request = userRequest(u"What is a solar eclipse, claudius?"_s);
    request.messages << reply.result.toAssistantMessage();
    request.messages << UserMessage{u"Go on."_s, u"user"_s};
    const QJsonArray messages = messagesOf(request);
    QCOMPARE(messages.size(), 3);
    // The thinking block goes back unchanged, signature included, before the text; the
    // thought itself is not repeated as text.
    QCOMPARE(messages.at(1).toObject(),
             (QJsonObject{{u"role"_s, u"assistant"_s},
                          {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"thinking"_s},
                                                                {u"thinking"_s, refusalThought},
                                                                {u"signature"_s, refusalSignature}},
                                                    textBlock(u"Hi"_s)}}}));

    // Another provider's state is not sent.
    AssistantMessage foreign{u"Hello"_s, u"pondering"_s, u"assistant"_s,
                             QJsonObject{{u"gemini"_s, QJsonObject{{u"x"_s, 1}}}}};
    CompletionRequest other = userRequest();
    other.messages << foreign;
    QCOMPARE(messagesOf(other).at(1).toObject(),
             (QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"Hello"_s}}));
}

void TestAnthropicReader::thinkingWithToolCallRoundTrip()
{
    const StreamOutcome reply = readStream(
        sseOf({messageStart(),
               R"({"type":"content_block_start","index":0,"content_block":{"type":"thinking",)"
               R"("thinking":"","signature":""}})",
               R"({"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta",)"
               R"("thinking":"I need the weather."}})",
               R"({"type":"content_block_delta","index":0,"delta":{"type":"signature_delta",)"
               R"("signature":"sig-T"}})",
               blockStop(0), textStart(1), textDelta(1, "Let me check."), blockStop(1),
               R"({"type":"content_block_start","index":2,"content_block":{"type":"tool_use",)"
               R"("id":"toolu_7","name":"get_weather","input":{}}})",
               R"({"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta",)"
               R"("partial_json":"{\"city\": \"Rome\"}"}})",
               blockStop(2), messageDelta("tool_use"), messageStop}));
    QVERIFY(!reply.error);
    QCOMPARE(reply.result.thought,
             std::optional<QString>(u"I need the weather.\n\nLet me check."_s));

    CompletionRequest request = userRequest(u"Weather in Rome?"_s);
    request.messages << reply.result.toAssistantMessage();
    request.messages << FunctionExecutionResultMessage{
        {{u"sunny"_s, u"get_weather"_s, u"toolu_7"_s, false}}};
    const QJsonArray messages = messagesOf(request);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(1).toObject().value(u"content"_s).toArray(),
             (QJsonArray{QJsonObject{{u"type"_s, u"thinking"_s},
                                     {u"thinking"_s, u"I need the weather."_s},
                                     {u"signature"_s, u"sig-T"_s}},
                         textBlock(u"Let me check."_s),
                         QJsonObject{{u"type"_s, u"tool_use"_s},
                                     {u"id"_s, u"toolu_7"_s},
                                     {u"name"_s, u"get_weather"_s},
                                     {u"input"_s, QJsonObject{{u"city"_s, u"Rome"_s}}}}}));
}

void TestAnthropicReader::invalidArguments_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::newRow("truncated") << u"{\"city\": \"Pa"_s;
    QTest::newRow("array") << u"[1, 2]"_s;
    QTest::newRow("not JSON") << u"city=Paris"_s;
}

void TestAnthropicReader::invalidArguments()
{
    QFETCH(QString, arguments);
    CompletionRequest request = userRequest();
    request.messages << AssistantMessage{
        QList<FunctionCall>{{u"toolu_ok"_s, u"get_time"_s, u"{}"_s},
                            {u"toolu_bad"_s, u"get_weather"_s, arguments}},
        std::nullopt,
        u"assistant"_s,
        {}};
    ModelError error;
    QVERIFY(!AnthropicRequestBuilder(configFor()).body(request, false, &error));
    QCOMPARE(ModelError::kindName(error.kind),
             ModelError::kindName(ModelError::Kind::InvalidRequest));
    // Which call: the message, the function and its id.
    QVERIFY2(error.message.contains(u"message 1"), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"get_weather"), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"toolu_bad"), qPrintable(error.message));
}

void TestAnthropicReader::images()
{
    const auto sourceOf = [](const Image &image) {
        CompletionRequest request;
        request.messages << UserMessage{QList<UserContentPart>{image}, u"user"_s};
        return messagesOf(request)
            .at(0)
            .toObject()
            .value(u"content"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"source"_s)
            .toObject();
    };
    // An explicit type wins; a missing one is sniffed from the bytes.
    Image jpeg = Image::fromBytes(QByteArray("\xff\xd8\xff\xe0 rest", 9), u"image/jpeg"_s);
    QCOMPARE(sourceOf(jpeg).value(u"media_type"_s).toString(), u"image/jpeg"_s);
    Image sniffed;
    sniffed.base64Data = QByteArray("GIF89a-some-bytes").toBase64();
    QCOMPARE(sourceOf(sniffed).value(u"media_type"_s).toString(), u"image/gif"_s);
    QCOMPARE(sourceOf(sniffed).value(u"data"_s).toString(),
             QString::fromLatin1(sniffed.base64Data));

    Image unknown;
    unknown.base64Data = QByteArray("not an image at all").toBase64();
    CompletionRequest request;
    request.messages << UserMessage{QList<UserContentPart>{u"What is this?"_s, unknown}, u"user"_s};
    ModelError error;
    QVERIFY(!AnthropicRequestBuilder(configFor()).body(request, false, &error));
    QCOMPARE(error.kind, ModelError::Kind::InvalidRequest);
    QVERIFY(error.message.contains(u"image/webp"));
}

void TestAnthropicReader::tools()
{
    CompletionRequest request = userRequest();
    request.tools << ToolSchema{u"get_weather"_s, u"Weather for a city"_s, weatherSchema, true};
    request.tools << ToolSchema{u"get_time"_s, QString(), QJsonObject(), std::nullopt};
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.value(u"tools"_s).toArray(),
             (QJsonArray{
                 QJsonObject{{u"name"_s, u"get_weather"_s},
                             {u"description"_s, u"Weather for a city"_s},
                             {u"input_schema"_s, weatherSchema},
                             {u"strict"_s, true}},
                 QJsonObject{{u"name"_s, u"get_time"_s},
                             {u"input_schema"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                             {u"properties"_s, QJsonObject()}}}}}));
    QVERIFY(!body.contains(u"tool_choice"_s)); // auto is the API default
    QVERIFY(!bodyOf(userRequest()).contains(u"tools"_s));
}

void TestAnthropicReader::toolChoice_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QJsonValue>("parallel"); // undefined: not set
    QTest::addColumn<QJsonValue>("expected"); // undefined: absent

    const int autoMode = int(ToolChoice::Mode::Auto);
    const int required = int(ToolChoice::Mode::Required);
    const int none = int(ToolChoice::Mode::None);
    const int named = int(ToolChoice::Mode::Named);
    const QJsonValue unset(QJsonValue::Undefined);
    QTest::newRow("auto") << autoMode << unset << unset;
    QTest::newRow("auto, parallel allowed") << autoMode << QJsonValue(true) << unset;
    QTest::newRow("auto, no parallel calls")
        << autoMode << QJsonValue(false)
        << QJsonValue(QJsonObject{{u"type"_s, u"auto"_s}, {u"disable_parallel_tool_use"_s, true}});
    QTest::newRow("required") << required << unset
                              << QJsonValue(QJsonObject{{u"type"_s, u"any"_s}});
    QTest::newRow("required, no parallel calls")
        << required << QJsonValue(false)
        << QJsonValue(QJsonObject{{u"type"_s, u"any"_s}, {u"disable_parallel_tool_use"_s, true}});
    QTest::newRow("none") << none << unset << QJsonValue(QJsonObject{{u"type"_s, u"none"_s}});
    QTest::newRow("none, no parallel calls")
        << none << QJsonValue(false) << QJsonValue(QJsonObject{{u"type"_s, u"none"_s}});
    QTest::newRow("named") << named << unset
                           << QJsonValue(
                                  QJsonObject{{u"type"_s, u"tool"_s}, {u"name"_s, u"get_time"_s}});
    QTest::newRow("named, no parallel calls")
        << named << QJsonValue(false)
        << QJsonValue(QJsonObject{{u"type"_s, u"tool"_s},
                                  {u"name"_s, u"get_time"_s},
                                  {u"disable_parallel_tool_use"_s, true}});
}

void TestAnthropicReader::toolChoice()
{
    QFETCH(int, mode);
    QFETCH(QJsonValue, parallel);
    QFETCH(QJsonValue, expected);
    CompletionRequest request = userRequest();
    request.tools << ToolSchema{u"get_weather"_s, u"Weather"_s, weatherSchema, std::nullopt};
    request.tools << ToolSchema{u"get_time"_s, u"Time"_s, QJsonObject{{u"type"_s, u"object"_s}},
                                std::nullopt};
    request.toolChoice.mode = ToolChoice::Mode(mode);
    if (request.toolChoice.mode == ToolChoice::Mode::Named)
        request.toolChoice.name = u"get_time"_s;
    if (parallel.isBool())
        request.parameters.parallelToolCalls = parallel.toBool();
    QVERIFY(request.validationError().isEmpty());
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.contains(u"tool_choice"_s), !expected.isUndefined());
    QCOMPARE(body.value(u"tool_choice"_s), expected);
    QVERIFY(!body.contains(u"parallel_tool_calls"_s));
}

void TestAnthropicReader::outputConfig_data()
{
    QTest::addColumn<bool>("schema");
    QTest::addColumn<QString>("effort");
    QTest::addColumn<QJsonValue>("expected");

    const QJsonObject format{{u"type"_s, u"json_schema"_s}, {u"schema"_s, weatherSchema}};
    QTest::newRow("neither") << false << QString() << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("schema") << true << QString() << QJsonValue(QJsonObject{{u"format"_s, format}});
    QTest::newRow("effort") << false << u"low"_s
                            << QJsonValue(QJsonObject{{u"effort"_s, u"low"_s}});
    QTest::newRow("both") << true << u"high"_s
                          << QJsonValue(
                                 QJsonObject{{u"format"_s, format}, {u"effort"_s, u"high"_s}});
}

void TestAnthropicReader::outputConfig()
{
    QFETCH(bool, schema);
    QFETCH(QString, effort);
    QFETCH(QJsonValue, expected);
    CompletionRequest request = userRequest();
    if (schema)
        request.jsonOutput = JsonOutput::jsonSchema(u"weather"_s, weatherSchema);
    if (!effort.isEmpty())
        request.parameters.reasoningEffort = effort;
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.contains(u"output_config"_s), !expected.isUndefined());
    QCOMPARE(body.value(u"output_config"_s), expected);
    QVERIFY(!body.contains(u"response_format"_s));
}

void TestAnthropicReader::thinkingBudget_data()
{
    QTest::addColumn<qint64>("budget");
    QTest::addColumn<qint64>("maxTokens"); // 0: not set
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("sent"); // max_tokens in the body; 0: maxTokens
    QTest::newRow("1024 of 4096") << qint64(1024) << qint64(4096) << true << qint64(0);
    QTest::newRow("16000 of 64000") << qint64(16000) << qint64(64000) << true << qint64(0);
    QTest::newRow("1023") << qint64(1023) << qint64(4096) << false << qint64(0);
    QTest::newRow("0") << qint64(0) << qint64(4096) << false << qint64(0);
    QTest::newRow("equal to max_tokens") << qint64(4096) << qint64(4096) << false << qint64(0);
    QTest::newRow("above max_tokens") << qint64(8000) << qint64(4096) << false << qint64(0);
    // Without max_tokens the default (8192 for Sonnet 4.5) comes on top of the budget,
    // within the model's 64000.
    QTest::newRow("default max_tokens") << qint64(16000) << qint64(0) << true << qint64(24192);
    QTest::newRow("default max_tokens, capped")
        << qint64(60000) << qint64(0) << true << qint64(64000);
    QTest::newRow("default max_tokens, budget at the model's maximum")
        << qint64(64000) << qint64(0) << false << qint64(0);
}

void TestAnthropicReader::thinkingBudget()
{
    QFETCH(qint64, budget);
    QFETCH(qint64, maxTokens);
    QFETCH(bool, valid);
    QFETCH(qint64, sent);
    CompletionRequest request = userRequest();
    request.parameters.thinkingBudget = budget;
    if (maxTokens > 0)
        request.parameters.maxTokens = maxTokens;
    ModelError error;
    const auto body = AnthropicRequestBuilder(configFor()).body(request, false, &error);
    QCOMPARE(body.has_value(), valid);
    if (valid) {
        QCOMPARE(body->value(u"thinking"_s),
                 QJsonValue(QJsonObject{{u"type"_s, u"enabled"_s}, {u"budget_tokens"_s, budget}}));
        QCOMPARE(body->value(u"max_tokens"_s).toInteger(), sent > 0 ? sent : maxTokens);
    } else {
        QCOMPARE(ModelError::kindName(error.kind),
                 ModelError::kindName(ModelError::Kind::InvalidRequest));
        QVERIFY2(error.message.contains(u"thinking_budget"), qPrintable(error.message));
    }
}

void TestAnthropicReader::thinkingConflicts_data()
{
    // Anthropic rejects these beside thinking; they are refused before sending.
    QTest::addColumn<int>("toolChoice");     // -1: no tools
    QTest::addColumn<double>("temperature"); // 0: not set
    QTest::addColumn<qint64>("topK");        // 0: not set
    QTest::addColumn<QString>("named");      // in the message; empty: accepted

    const int noTools = -1;
    QTest::newRow("tool_choice auto")
        << int(ToolChoice::Mode::Auto) << 0.0 << qint64(0) << QString();
    QTest::newRow("tool_choice none")
        << int(ToolChoice::Mode::None) << 0.0 << qint64(0) << QString();
    QTest::newRow("tool_choice required")
        << int(ToolChoice::Mode::Required) << 0.0 << qint64(0) << u"tool_choice"_s;
    QTest::newRow("tool_choice named")
        << int(ToolChoice::Mode::Named) << 0.0 << qint64(0) << u"tool_choice"_s;
    QTest::newRow("temperature 1") << noTools << 1.0 << qint64(0) << QString();
    QTest::newRow("temperature 0.5") << noTools << 0.5 << qint64(0) << u"temperature"_s;
    QTest::newRow("top_k") << noTools << 0.0 << qint64(40) << u"top_k"_s;
}

void TestAnthropicReader::thinkingConflicts()
{
    QFETCH(int, toolChoice);
    QFETCH(double, temperature);
    QFETCH(qint64, topK);
    QFETCH(QString, named);
    CompletionRequest request = userRequest();
    request.parameters.thinkingBudget = 2048;
    request.parameters.maxTokens = 8000;
    if (toolChoice >= 0) {
        request.tools << ToolSchema{u"get_weather"_s, u"Weather"_s, weatherSchema, std::nullopt};
        request.toolChoice = ToolChoice{ToolChoice::Mode(toolChoice), u"get_weather"_s};
    }
    if (temperature > 0)
        request.parameters.temperature = temperature;
    if (topK > 0)
        request.parameters.topK = topK;
    ModelError error;
    const auto body = AnthropicRequestBuilder(configFor()).body(request, false, &error);
    QCOMPARE(body.has_value(), named.isEmpty());
    if (!named.isEmpty()) {
        QCOMPARE(ModelError::kindName(error.kind),
                 ModelError::kindName(ModelError::Kind::InvalidRequest));
        QVERIFY2(error.message.contains(u"thinking_budget"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(named), qPrintable(error.message));
    }
    // Without thinking the same settings are sent.
    request.parameters.thinkingBudget.reset();
    QVERIFY(AnthropicRequestBuilder(configFor()).body(request, false, &error));
}

void TestAnthropicReader::toolHistoryWithoutTools_data()
{
    QTest::addColumn<bool>("withTools");
    QTest::addColumn<bool>("withResult");
    QTest::addColumn<QJsonValue>("tools");      // undefined: absent
    QTest::addColumn<QJsonValue>("toolChoice"); // undefined: absent

    const auto stub = [](const QString &name) {
        return QJsonObject{{u"name"_s, name},
                           {u"input_schema"_s, QJsonObject{{u"type"_s, u"object"_s}}}};
    };
    const QJsonValue none(QJsonObject{{u"type"_s, u"none"_s}});
    // Anthropic: "Requests which include tool_use or tool_result blocks must define tools".
    QTest::newRow("calls and results, no tools")
        << false << true << QJsonValue(QJsonArray{stub(u"get_weather"_s), stub(u"get_time"_s)})
        << none;
    QTest::newRow("calls only, no tools")
        << false << false << QJsonValue(QJsonArray{stub(u"get_weather"_s), stub(u"get_time"_s)})
        << none;
    QTest::newRow("tools given: no stubs")
        << true << true
        << QJsonValue(QJsonArray{QJsonObject{{u"name"_s, u"get_weather"_s},
                                             {u"description"_s, u"Weather"_s},
                                             {u"input_schema"_s, weatherSchema}}})
        << QJsonValue(QJsonValue::Undefined);
}

void TestAnthropicReader::toolHistoryWithoutTools()
{
    QFETCH(bool, withTools);
    QFETCH(bool, withResult);
    QFETCH(QJsonValue, tools);
    QFETCH(QJsonValue, toolChoice);
    CompletionRequest request = userRequest();
    AssistantMessage calls;
    calls.content = QList<FunctionCall>{{u"toolu_1"_s, u"get_weather"_s, u"{}"_s},
                                        {u"toolu_2"_s, u"get_time"_s, u"{}"_s},
                                        {u"toolu_3"_s, u"get_weather"_s, u"{}"_s}};
    request.messages << calls;
    if (withResult)
        request.messages << FunctionExecutionResultMessage{
            {{u"18 C"_s, u"get_weather"_s, u"toolu_1"_s, false},
             {u"noon"_s, u"get_time"_s, u"toolu_2"_s, false},
             {u"19 C"_s, u"get_weather"_s, u"toolu_3"_s, false}}};
    if (withTools)
        request.tools << ToolSchema{u"get_weather"_s, u"Weather"_s, weatherSchema, std::nullopt};
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.value(u"tools"_s), tools);
    QCOMPARE(body.value(u"tool_choice"_s), toolChoice);
    // A plain conversation gets neither.
    QVERIFY(!bodyOf(userRequest()).contains(u"tools"_s));
    QVERIFY(!bodyOf(userRequest()).contains(u"tool_choice"_s));
}

void TestAnthropicReader::unsupportedParameters_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("seed") << u"seed"_s << QJsonValue(42) << false;
    QTest::newRow("n=2") << u"n"_s << QJsonValue(2) << false;
    QTest::newRow("n=1 (the only behaviour)") << u"n"_s << QJsonValue(1) << true;
    QTest::newRow("presence_penalty") << u"presence_penalty"_s << QJsonValue(0.5) << false;
    QTest::newRow("frequency_penalty") << u"frequency_penalty"_s << QJsonValue(0.5) << false;
    QTest::newRow("logprobs") << u"logprobs"_s << QJsonValue(true) << false;
    QTest::newRow("logprobs=false") << u"logprobs"_s << QJsonValue(false) << true;
    QTest::newRow("top_logprobs") << u"top_logprobs"_s << QJsonValue(3) << false;
    QTest::newRow("json_object output") << u"JSON-object"_s << QJsonValue(true) << false;
}

void TestAnthropicReader::unsupportedParameters()
{
    QFETCH(QString, parameter);
    QFETCH(QJsonValue, value);
    QFETCH(bool, accepted);
    CompletionRequest request = userRequest();
    if (parameter == u"JSON-object") {
        request.jsonOutput = JsonOutput::jsonObject();
    } else {
        QString problem;
        QVERIFY2(request.parameters.set(parameter, value, &problem), qPrintable(problem));
    }
    const AnthropicRequestBuilder builder(configFor());
    const QString refusal = builder.unsupportedParameter(request);
    ModelError error;
    const auto body = builder.body(request, false, &error);
    if (accepted) {
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        QVERIFY(body);
        QVERIFY(!body->contains(parameter)); // nothing Anthropic-specific to send
        return;
    }
    QVERIFY(refusal.contains(parameter));
    QVERIFY(!body);
    QCOMPARE(ModelError::kindName(error.kind), ModelError::kindName(ModelError::Kind::Unsupported));
    QCOMPARE(error.message, refusal);
}

void TestAnthropicReader::maxTokensDefault_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("requested"); // 0: not set
    QTest::addColumn<qint64>("override");  // 0: no ModelInfo override
    QTest::addColumn<qint64>("expected");
    QTest::newRow("requested") << u"claude-sonnet-4-5"_s << qint64(256) << qint64(0) << qint64(256);
    QTest::newRow("sonnet 4.5 table")
        << u"claude-sonnet-4-5-20250929"_s << qint64(0) << qint64(0) << qint64(8192);
    QTest::newRow("opus 4.1 table")
        << u"claude-opus-4-1-20250805"_s << qint64(0) << qint64(0) << qint64(8192);
    QTest::newRow("3.5 haiku table")
        << u"claude-3-5-haiku-latest"_s << qint64(0) << qint64(0) << qint64(8192);
    QTest::newRow("unknown model") << u"my-proxy-model"_s << qint64(0) << qint64(0) << qint64(4096);
    QTest::newRow("ModelInfo override")
        << u"claude-sonnet-4-5"_s << qint64(0) << qint64(1234) << qint64(1234);
    // The model's full output limit is not the default: 8192 at most.
    QTest::newRow("ModelInfo override above the cap")
        << u"claude-sonnet-4-5"_s << qint64(0) << qint64(20000) << qint64(8192);
    QTest::newRow("requested above the cap")
        << u"claude-sonnet-4-5"_s << qint64(30000) << qint64(0) << qint64(30000);
}

void TestAnthropicReader::maxTokensDefault()
{
    QFETCH(QString, model);
    QFETCH(qint64, requested);
    QFETCH(qint64, override);
    QFETCH(qint64, expected);
    AnthropicConfig config = configFor(model);
    if (override > 0) {
        ModelInfo info = ModelInfo::permissive();
        info.maxOutputTokens = override;
        config.modelInfo = info;
    }
    CompletionRequest request = userRequest();
    if (requested > 0)
        request.parameters.maxTokens = requested;
    QCOMPARE(AnthropicRequestBuilder(config).maxTokens(request), expected);
    QCOMPARE(bodyOf(request, false, config).value(u"max_tokens"_s).toInteger(), expected);
}

void TestAnthropicReader::samplingParameters()
{
    CompletionRequest request = userRequest();
    CompletionParameters &p = request.parameters;
    p.temperature = 0.25;
    p.topP = 0.9;
    p.topK = 40;
    p.stop = QStringList{u"END"_s, u"\n\nHuman:"_s};
    p.maxTokens = 300;
    p.parallelToolCalls = false; // no tools: nothing to send
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.value(u"temperature"_s), QJsonValue(0.25));
    QCOMPARE(body.value(u"top_p"_s), QJsonValue(0.9));
    QCOMPARE(body.value(u"top_k"_s).toInteger(), qint64(40));
    QCOMPARE(body.value(u"stop_sequences"_s), QJsonValue(QJsonArray{u"END"_s, u"\n\nHuman:"_s}));
    QCOMPARE(body.keys(),
             (QStringList{u"max_tokens"_s, u"messages"_s, u"model"_s, u"stop_sequences"_s,
                          u"temperature"_s, u"top_k"_s, u"top_p"_s}));
}

void TestAnthropicReader::streamingAndExtraArgs()
{
    CompletionRequest request = userRequest();
    QCOMPARE(bodyOf(request, true).value(u"stream"_s), QJsonValue(true));
    QVERIFY(!bodyOf(request, false).contains(u"stream"_s));

    request.parameters.temperature = 0.2;
    request.extraCreateArgs = QJsonObject{
        {u"temperature"_s, 1.0},
        {u"metadata"_s, QJsonObject{{u"user_id"_s, u"u-1"_s}}},
        {u"service_tier"_s, u"standard_only"_s},
        {u"max_tokens"_s, 77},
    };
    const QJsonObject body = bodyOf(request, true);
    QCOMPARE(body.value(u"temperature"_s), QJsonValue(1.0));
    QCOMPARE(body.value(u"metadata"_s), QJsonValue(QJsonObject{{u"user_id"_s, u"u-1"_s}}));
    QCOMPARE(body.value(u"service_tier"_s), QJsonValue(u"standard_only"_s));
    QCOMPARE(body.value(u"max_tokens"_s).toInteger(), qint64(77));
    QCOMPARE(body.value(u"stream"_s), QJsonValue(true));
}

void TestAnthropicReader::countTokensBody()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"Be brief."_s};
    request.messages << UserMessage{u"Weather?"_s, u"user"_s};
    request.tools << ToolSchema{u"get_weather"_s, u"Weather"_s, weatherSchema, std::nullopt};
    // Thinking allows only tool_choice auto/none and temperature 1.
    request.toolChoice = ToolChoice{ToolChoice::Mode::None, {}};
    request.parameters.temperature = 1.0;
    request.parameters.maxTokens = 8000;
    request.parameters.thinkingBudget = 2048;
    request.parameters.stop = QStringList{u"END"_s};
    ModelError error;
    const auto body = AnthropicRequestBuilder(configFor()).countTokensBody(request, &error);
    QVERIFY2(body, qPrintable(error.toString()));
    QCOMPARE(body->keys(), (QStringList{u"messages"_s, u"model"_s, u"system"_s, u"thinking"_s,
                                        u"tool_choice"_s, u"tools"_s}));
    const QJsonObject full = bodyOf(request);
    for (const QString &key : body->keys())
        QCOMPARE(body->value(key), full.value(key));

    // The same refusals as create().
    request.parameters.seed = 1;
    QVERIFY(!AnthropicRequestBuilder(configFor()).countTokensBody(request, &error));
    QCOMPARE(error.kind, ModelError::Kind::Unsupported);
}

void TestAnthropicReader::urls_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("messages");
    QTest::addColumn<QString>("models");
    QTest::newRow("default") << QString() << u"https://api.anthropic.com/v1/messages"_s
                             << u"https://api.anthropic.com/v1/models?limit=100"_s;
    QTest::newRow("explicit") << u"https://api.anthropic.com"_s
                              << u"https://api.anthropic.com/v1/messages"_s
                              << u"https://api.anthropic.com/v1/models?limit=100"_s;
    QTest::newRow("with /v1/") << u"https://api.anthropic.com/v1/"_s
                               << u"https://api.anthropic.com/v1/messages"_s
                               << u"https://api.anthropic.com/v1/models?limit=100"_s;
    QTest::newRow("proxy prefix") << u"http://127.0.0.1:8080/anthropic"_s
                                  << u"http://127.0.0.1:8080/anthropic/v1/messages"_s
                                  << u"http://127.0.0.1:8080/anthropic/v1/models?limit=100"_s;
}

void TestAnthropicReader::urls()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, messages);
    QFETCH(QString, models);
    AnthropicConfig config = configFor();
    config.baseUrl = QUrl(baseUrl);
    const AnthropicRequestBuilder builder(config);
    QCOMPARE(builder.messagesUrl().toString(), messages);
    QCOMPARE(builder.countTokensUrl().toString(), messages + u"/count_tokens"_s);
    QCOMPARE(builder.modelsUrl().toString(), models);
}

void TestAnthropicReader::headers()
{
    AnthropicConfig config = configFor();
    const HttpHeaders plain = AnthropicRequestBuilder(config).headers();
    QCOMPARE(headerValue(plain, "x-api-key"), QByteArray("sk-ant-test"));
    QCOMPARE(headerValue(plain, "anthropic-version"), QByteArray("2023-06-01"));
    QVERIFY(headerValue(plain, "anthropic-beta").isNull());
    QVERIFY(headerValue(plain, "authorization").isNull());

    config.apiKey.clear();
    config.apiVersion = u"2024-01-01"_s;
    config.betas
        = QStringList{u"interleaved-thinking-2025-05-14"_s, u"structured-outputs-2025-12-15"_s};
    config.extraHeaders = {{"X-Custom", "1"}};
    const HttpHeaders more = AnthropicRequestBuilder(config).headers();
    QVERIFY(headerValue(more, "x-api-key").isNull());
    QCOMPARE(headerValue(more, "anthropic-version"), QByteArray("2024-01-01"));
    QCOMPARE(headerValue(more, "anthropic-beta"),
             QByteArray("interleaved-thinking-2025-05-14,structured-outputs-2025-12-15"));
    QCOMPARE(headerValue(more, "X-Custom"), QByteArray("1"));
}

void TestAnthropicReader::httpRequests()
{
    const AnthropicRequestBuilder builder(configFor());
    const CompletionRequest request = userRequest();
    ModelError error;

    const auto stream = builder.messagesRequest(request, true, &error);
    QVERIFY(stream);
    QCOMPARE(stream->method, QByteArray("POST"));
    QCOMPARE(stream->url, QUrl(u"https://api.anthropic.com/v1/messages"_s));
    QVERIFY(stream->streaming);
    QCOMPARE(headerValue(stream->headers, "x-api-key"), QByteArray("sk-ant-test"));
    QCOMPARE(QJsonDocument::fromJson(stream->body).object(), bodyOf(request, true));

    const auto count = builder.countTokensRequest(request, &error);
    QVERIFY(count);
    QCOMPARE(count->url, QUrl(u"https://api.anthropic.com/v1/messages/count_tokens"_s));
    QVERIFY(!count->streaming);
    QCOMPARE(QJsonDocument::fromJson(count->body).object().keys(),
             (QStringList{u"messages"_s, u"model"_s}));

    const HttpRequest models = builder.modelsRequest();
    QCOMPARE(models.method, QByteArray("GET"));
    QCOMPARE(models.url, QUrl(u"https://api.anthropic.com/v1/models?limit=100"_s));
    QVERIFY(models.body.isEmpty());
    QCOMPARE(headerValue(models.headers, "anthropic-version"), QByteArray("2023-06-01"));
}

// ---------------------------------------------------------------------------------------------
// Models

void TestAnthropicReader::modelInfo_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("family");
    QTest::addColumn<bool>("structured");
    QTest::addColumn<qint64>("context");
    QTest::addColumn<qint64>("maxOutput");
    QTest::newRow("opus 4") << u"claude-opus-4-20250514"_s << u"claude-opus-4"_s << true
                            << qint64(200000) << qint64(32000);
    QTest::newRow("opus 4.1") << u"claude-opus-4-1"_s << u"claude-opus-4-1"_s << true
                              << qint64(200000) << qint64(32000);
    QTest::newRow("opus 4.5") << u"claude-opus-4-5-20251101"_s << u"claude-opus-4-5"_s << true
                              << qint64(200000) << qint64(64000);
    QTest::newRow("opus 4.6") << u"claude-opus-4-6"_s << u"claude-opus-4-6"_s << true
                              << qint64(1000000) << qint64(128000);
    QTest::newRow("sonnet 4") << u"claude-sonnet-4-20250514"_s << u"claude-sonnet-4"_s << true
                              << qint64(200000) << qint64(64000);
    QTest::newRow("sonnet 4.5") << u"claude-sonnet-4-5"_s << u"claude-sonnet-4-5"_s << true
                                << qint64(200000) << qint64(64000);
    QTest::newRow("haiku 4.5") << u"claude-haiku-4-5-20251001"_s << u"claude-haiku-4-5"_s << true
                               << qint64(200000) << qint64(64000);
    QTest::newRow("3.7 sonnet") << u"claude-3-7-sonnet-latest"_s << u"claude-3-7-sonnet"_s << false
                                << qint64(200000) << qint64(64000);
    QTest::newRow("3.5 sonnet") << u"claude-3-5-sonnet-20241022"_s << u"claude-3-5-sonnet"_s
                                << false << qint64(200000) << qint64(8192);
    QTest::newRow("3.5 haiku") << u"claude-3-5-haiku-20241022"_s << u"claude-3-5-haiku"_s << false
                               << qint64(200000) << qint64(8192);
    QTest::newRow("unknown") << u"someone-elses-model"_s << u"unknown"_s << true << qint64(0)
                             << qint64(0);
}

void TestAnthropicReader::modelInfo()
{
    QFETCH(QString, model);
    QFETCH(QString, family);
    QFETCH(bool, structured);
    QFETCH(qint64, context);
    QFETCH(qint64, maxOutput);
    const ModelInfo info = AnthropicModels::infoFor(model);
    QCOMPARE(info.family, family);
    QVERIFY(info.vision);
    QVERIFY(info.functionCalling);
    QVERIFY(!info.jsonOutput); // no JSON-object mode in the Messages API
    QCOMPARE(info.structuredOutput, structured);
    QCOMPARE(info.contextWindow, context);
    QCOMPARE(info.maxOutputTokens, maxOutput);
}

void TestAnthropicReader::modelListPages()
{
    const QUrl first(u"https://api.anthropic.com/v1/models?limit=100"_s);
    const QByteArray page1
        = R"({"data":[{"type":"model","id":"claude-sonnet-4-5-20250929",)"
          R"("display_name":"Claude Sonnet 4.5","created_at":"2025-09-29T00:00:00Z",)"
          R"("max_input_tokens":200000,"max_tokens":64000},)"
          R"({"type":"model","id":"claude-haiku-4-5-20251001","display_name":"Claude Haiku 4.5",)"
          R"("created_at":"2025-10-15T12:30:45.123Z"}],)"
          R"("has_more":true,"first_id":"claude-sonnet-4-5-20250929",)"
          R"("last_id":"claude-haiku-4-5-20251001"})";
    QString problem;
    QUrl next;
    const QList<ModelDescriptor> models = AnthropicModels::parseList(page1, first, &problem, &next);
    QVERIFY(problem.isEmpty());
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).id, u"claude-sonnet-4-5-20250929"_s);
    QCOMPARE(models.at(0).displayName, u"Claude Sonnet 4.5"_s);
    QCOMPARE(models.at(0).created,
             QDateTime(QDate(2025, 9, 29), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(models.at(0).contextWindow, qint64(200000));
    QCOMPARE(models.at(0).raw.value(u"max_tokens"_s).toInteger(), qint64(64000));
    QCOMPARE(models.at(1).created,
             QDateTime(QDate(2025, 10, 15), QTime(12, 30, 45), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(models.at(1).contextWindow, qint64(0));
    QCOMPARE(next.path(), u"/v1/models"_s);
    const QUrlQuery query(next);
    QCOMPARE(query.queryItemValue(u"limit"_s), u"100"_s);
    QCOMPARE(query.queryItemValue(u"after_id"_s), u"claude-haiku-4-5-20251001"_s);

    // The last page: no next URL.
    QUrl none;
    AnthropicModels::parseList(
        R"({"data":[{"type":"model","id":"claude-opus-4-1-20250805"}],"has_more":false,)"
        R"("first_id":"claude-opus-4-1-20250805","last_id":"claude-opus-4-1-20250805"})",
        next, &problem, &none);
    QVERIFY(problem.isEmpty());
    QVERIFY(!none.isValid());
}

void TestAnthropicReader::modelListMalformed()
{
    QString problem;
    QUrl next;
    QVERIFY(AnthropicModels::parseList("[]", QUrl(), &problem, &next).isEmpty());
    QVERIFY(!problem.isEmpty());
    QVERIFY(!next.isValid());
}

QTEST_GUILESS_MAIN(TestAnthropicReader)
#include "tst_anthropicreader.moc"
