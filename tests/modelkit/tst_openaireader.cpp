// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/resultbuilder.h"
#include "fixtures.h"
#include "printers.h"
#include "providers/openai/openairequestbuilder.h"
#include "providers/openai/openairesponsereader.h"
#include "recordingobserver.h"
#include "testvalues.h"

#include <optional>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::parseObject;
using testsupport::pngBase64;
using testsupport::RecordingObserver;
using testsupport::sseOf;
using testsupport::StreamOutcome;
using testsupport::ToolDelta;
using testsupport::userRequest;

namespace {

QByteArray fixture(const QString &name)
{
    return testsupport::fixture(u"openai/"_s + name);
}

// The fixture facts below were read from the recorded files in fixtures/openai/.
const QString textWithUsageText
    = u"I'm unable to provide real-time weather updates. To get the current weather in San "
      "Francisco, I recommend checking a reliable weather website or a weather app."_s;

StreamOutcome readStream(const QList<QByteArrayView> &pieces, ResultBuilder::Observer *observer)
{
    OpenAiResponseReader reader;
    return testsupport::readStream(reader, pieces, observer);
}

StreamOutcome readStream(QByteArrayView bytes, ResultBuilder::Observer *observer = nullptr)
{
    return readStream(QList<QByteArrayView>{bytes}, observer);
}

QByteArray chunkWithContent(const QByteArray &content, const QByteArray &finish = "null")
{
    return R"({"id":"chatcmpl-syn1","object":"chat.completion.chunk","created":1,"model":"m-1",)"
           R"("choices":[{"index":0,"delta":{"content":")"
           + content + R"("},"logprobs":null,"finish_reason":)" + finish + "}]}";
}

// Sorted, so that QCOMPARE lists the keys that differ.
QStringList keysOf(const QJsonObject &object)
{
    return object.keys(); // QJsonObject keeps its keys sorted
}

QStringList keySet(std::initializer_list<QString> keys)
{
    QStringList list(keys);
    list.sort();
    return list;
}

OpenAiConfig configFor(OpenAiConfig::Flavor flavor)
{
    OpenAiConfig config;
    config.flavor = flavor;
    config.model = u"gpt-4o"_s;
    config.apiKey = u"sk-test"_s;
    return config;
}

} // namespace

class TestOpenAiReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Recorded streams
    void fixtureStream_data();
    void fixtureStream();
    void fixtureSplitAnywhere_data();
    void fixtureSplitAnywhere();
    void parallelToolCallDeltas();
    void toolCallsWithoutIndex();

    // Synthetic streams
    void azureFilterChunksIgnored();
    void reasoningIsThought_data();
    void reasoningIsThought();
    void streamErrorEvent();
    void malformedEvent();
    void eofAfterFinishReasonWithoutDone();
    void eofWithoutFinishOrDone();
    void doneWithoutFinishReason();
    void logprobsAccumulate();
    void usageDetails();
    void refusalDeltaIsText();

    // Non-streaming bodies
    void bodyWithToolCalls();
    void bodyToolCallsByPosition_data();
    void bodyToolCallsByPosition();
    void bodyWithText();
    void bodyWithRefusal();
    void bodyErrors_data();
    void bodyErrors();

    // Error answers
    void readError_data();
    void readError();

    // Requests
    void messagesFieldByField();
    void systemRoleDeveloper();
    void tools();
    void toolChoice_data();
    void toolChoice();
    void responseFormat_data();
    void responseFormat();
    void parameters_data();
    void parameters();
    void streamingKeys();
    void extraCreateArgsOverride();
    void unsupportedParameters();
    void urls_data();
    void urls();
    void headers_data();
    void headers();
    void httpRequests();
};

// ---------------------------------------------------------------------------------------------
// Recorded streams

void TestOpenAiReader::fixtureStream_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finish");
    QTest::addColumn<qint64>("promptTokens");
    QTest::addColumn<qint64>("completionTokens");
    QTest::addColumn<QString>("responseId");

    QTest::newRow("text-with-usage")
        << u"chat-stream-text-with-usage.sse"_s << textWithUsageText << u"stop"_s << qint64(14)
        << qint64(30) << u"chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL"_s;
    QTest::newRow("parallel-tool-calls")
        << u"chat-stream-parallel-tool-calls.sse"_s << QString() << u"function_calls"_s
        << qint64(149) << qint64(60) << u"chatcmpl-ABfwAwrNePHUgBBezonVC6MX3zd63"_s;
    QTest::newRow("finish-length")
        << u"chat-stream-finish-length.sse"_s << u"{\""_s << u"length"_s << qint64(79) << qint64(1)
        << u"chatcmpl-ABfw3Oqj8RD0z6aJiiX37oTjV2HFh"_s;
    // Only choice 0 is read; choices 1 and 2 say 61 and 59 degrees.
    QTest::newRow("n3-choices")
        << u"chat-stream-n3-choices.sse"_s
        << u"{\"city\":\"San Francisco\",\"temperature\":65,\"units\":\"f\"}"_s << u"stop"_s
        << qint64(79) << qint64(42) << u"chatcmpl-ABfw2KKFuVXmEJgVwYfBvejMAdWtq"_s;
}

void TestOpenAiReader::fixtureStream()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, finish);
    QFETCH(qint64, promptTokens);
    QFETCH(qint64, completionTokens);
    QFETCH(QString, responseId);

    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(bytes, &observer);
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
    const CreateResult &r = outcome.result;

    QCOMPARE(finishReasonName(r.finishReason), finish);
    QCOMPARE(r.responseId, responseId);
    QCOMPARE(r.model, u"gpt-4o-2024-08-06"_s);
    RequestUsage usage;
    usage.promptTokens = promptTokens;
    usage.completionTokens = completionTokens;
    QCOMPARE(r.usage, usage); // reasoning_tokens is 0 in every recording
    QVERIFY(!r.cached);
    QVERIFY(!r.thought);
    QVERIFY(!r.logprobs);
    // The raw JSON is the last chunk: the usage chunk with no choices.
    QCOMPARE(r.raw.value(u"choices"_s).toArray().size(), 0);
    QCOMPARE(r.raw.value(u"usage"_s).toObject().value(u"prompt_tokens"_s).toInteger(),
             promptTokens);

    if (r.hasFunctionCalls()) {
        const QList<FunctionCall> calls = r.functionCalls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).id, u"call_JMW1whyEaYG438VE1OIflxA2"_s);
        QCOMPARE(calls.at(0).name, u"GetWeatherArgs"_s);
        QCOMPARE(parseObject(calls.at(0).arguments),
                 (QJsonObject{
                     {u"city"_s, u"Edinburgh"_s}, {u"country"_s, u"GB"_s}, {u"units"_s, u"c"_s}}));
        QCOMPARE(calls.at(0).arguments, u"{\"city\": \"Edinburgh\", \"country\": \"GB\", "
                                        "\"units\": \"c\"}"_s);
        QCOMPARE(calls.at(1).id, u"call_DNYTawLBoN8fj3KN6qU9N1Ou"_s);
        QCOMPARE(calls.at(1).name, u"get_stock_price"_s);
        QCOMPARE(parseObject(calls.at(1).arguments),
                 (QJsonObject{{u"ticker"_s, u"AAPL"_s}, {u"exchange"_s, u"NASDAQ"_s}}));
        QCOMPARE(calls.at(1).arguments, u"{\"ticker\": \"AAPL\", \"exchange\": \"NASDAQ\"}"_s);
        QVERIFY(text.isEmpty());
        QCOMPARE(observer.textDeltas, 0);
    } else {
        QCOMPARE(r.text(), text);
        QCOMPARE(observer.text, text);
        QVERIFY(observer.tools.isEmpty());
    }
}

void TestOpenAiReader::fixtureSplitAnywhere_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("text-with-usage") << u"chat-stream-text-with-usage.sse"_s;
    QTest::newRow("parallel-tool-calls") << u"chat-stream-parallel-tool-calls.sse"_s;
    QTest::newRow("finish-length") << u"chat-stream-finish-length.sse"_s;
    QTest::newRow("n3-choices") << u"chat-stream-n3-choices.sse"_s;
}

void TestOpenAiReader::fixtureSplitAnywhere()
{
    QFETCH(QString, file);
    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    const StreamOutcome whole = readStream(bytes);
    QVERIFY(!whole.error);

    for (qsizetype offset = 0; offset <= bytes.size(); ++offset) {
        const QByteArrayView view(bytes);
        const StreamOutcome split
            = readStream(QList<QByteArrayView>{view.first(offset), view.sliced(offset)}, nullptr);
        if (split.error || !(split.result == whole.result))
            QFAIL(qPrintable(u"different result when split at byte %1"_s.arg(offset)));
    }

    QList<QByteArrayView> bytewise;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise << QByteArrayView(bytes).sliced(i, 1);
    RecordingObserver observer;
    const StreamOutcome oneByOne = readStream(bytewise, &observer);
    QVERIFY(!oneByOne.error);
    QVERIFY(oneByOne.result == whole.result);
    QCOMPARE(observer.text, whole.result.text());
}

void TestOpenAiReader::parallelToolCallDeltas()
{
    RecordingObserver observer;
    const StreamOutcome outcome
        = readStream(fixture(u"chat-stream-parallel-tool-calls.sse"_s), &observer);
    QVERIFY(!outcome.error);
    QVERIFY(!observer.tools.isEmpty());

    // The id and name come once, with the first fragment of each call; indexes never go back.
    QList<int> firsts;
    QMap<int, QString> arguments;
    int lastIndex = 0;
    for (const ToolDelta &delta : std::as_const(observer.tools)) {
        QVERIFY(delta.index >= lastIndex);
        const bool first = !arguments.contains(delta.index);
        QCOMPARE(!delta.id.isEmpty(), first);
        QCOMPARE(!delta.name.isEmpty(), first);
        if (first)
            firsts << delta.index;
        arguments[delta.index] += delta.fragment;
        lastIndex = delta.index;
    }
    QCOMPARE(firsts, (QList<int>{0, 1}));
    QCOMPARE(observer.tools.first().id, u"call_JMW1whyEaYG438VE1OIflxA2"_s);
    QCOMPARE(observer.tools.first().name, u"GetWeatherArgs"_s);
    const QList<FunctionCall> calls = outcome.result.functionCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(arguments.value(0), calls.at(0).arguments);
    QCOMPARE(arguments.value(1), calls.at(1).arguments);
}

// ---------------------------------------------------------------------------------------------
// Synthetic streams

void TestOpenAiReader::toolCallsWithoutIndex()
{
    // Gemini's OpenAI-compatible endpoint sends parallel calls in separate chunks without
    // `index`; a new id must start a new call instead of merging into call 0.
    const QByteArray stream = sseOf({
        R"({"id":"g1","choices":[{"index":0,"delta":{"role":"assistant","tool_calls":[)"
        R"({"id":"call_a","type":"function","function":{"name":"weather",)"
        R"("arguments":"{\"city\":\"Paris\"}"}}]}}]})",
        R"({"id":"g1","choices":[{"index":0,"delta":{"tool_calls":[)"
        R"({"id":"call_b","type":"function","function":{"name":"time",)"
        R"("arguments":"{\"tz\":"}}]}}]})",
        R"({"id":"g1","choices":[{"index":0,"delta":{"tool_calls":[)"
        R"({"function":{"arguments":"\"CET\"}"}}]}}]})",
        R"({"id":"g1","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})",
        "[DONE]",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    const QList<FunctionCall> calls = outcome.result.functionCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0), (FunctionCall{u"call_a"_s, u"weather"_s, uR"({"city":"Paris"})"_s}));
    QCOMPARE(calls.at(1), (FunctionCall{u"call_b"_s, u"time"_s, uR"({"tz":"CET"})"_s}));

    // After the largest index a new id cannot count on: no int overflow (UBSan, found with
    // tests/fuzz/fuzz_openai); the call joins the last one.
    const StreamOutcome last = readStream(sseOf({
        R"({"choices":[{"index":0,"delta":{"tool_calls":[{"index":2147483647,"id":"a",)"
        R"("function":{"name":"f","arguments":"{}"}}]}}]})",
        R"({"choices":[{"index":0,"delta":{"tool_calls":[{"id":"b","function":{"name":"g"}}]}}]})",
        R"({"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})",
    }));
    QVERIFY(!last.error);
    QCOMPARE(last.result.functionCalls().size(), 1);
}

void TestOpenAiReader::azureFilterChunksIgnored()
{
    // Azure: a first chunk with only prompt_filter_results and empty id/model, and an
    // asynchronous content-filter chunk without delta after the content.
    const QByteArray filterResults
        = R"({"hate":{"filtered":false,"severity":"safe"},"self_harm":{"filtered":false,)"
          R"("severity":"safe"},"sexual":{"filtered":false,"severity":"safe"},"violence":)"
          R"({"filtered":false,"severity":"safe"}})";
    const QByteArray stream = sseOf({
        R"({"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":)"
        R"([{"prompt_index":0,"content_filter_results":)"
            + filterResults + "}]}",
        R"({"choices":[{"delta":{"content":"","role":"assistant"},"finish_reason":null,"index":0,)"
        R"("logprobs":null}],"created":1733000000,"id":"chatcmpl-AZ1","model":"gpt-4o-2024-11-20",)"
        R"("object":"chat.completion.chunk","system_fingerprint":"fp_1"})",
        R"({"choices":[{"delta":{"content":"Hello"},"finish_reason":null,"index":0,)"
        R"("logprobs":null}],"created":1733000000,"id":"chatcmpl-AZ1","model":"gpt-4o-2024-11-20",)"
        R"("object":"chat.completion.chunk"})",
        R"({"choices":[{"delta":{"content":" there"},"finish_reason":null,"index":0,)"
        R"("logprobs":null}],"created":1733000000,"id":"chatcmpl-AZ1","model":"gpt-4o-2024-11-20",)"
        R"("object":"chat.completion.chunk"})",
        R"({"choices":[{"delta":{},"finish_reason":"stop","index":0,"logprobs":null}],)"
        R"("created":1733000000,"id":"chatcmpl-AZ1","model":"gpt-4o-2024-11-20",)"
        R"("object":"chat.completion.chunk"})",
        R"({"choices":[{"content_filter_offsets":{"check_offset":0,"start_offset":0,)"
        R"("end_offset":11},"content_filter_results":)"
            + filterResults
            + R"(,"finish_reason":null,"index":0}],"created":0,"id":"","model":"",)"
              R"("object":""})",
        "[DONE]",
    });
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(stream, &observer);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.text(), u"Hello there"_s);
    QCOMPARE(observer.text, u"Hello there"_s);
    QCOMPARE(observer.textDeltas, 2);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"stop"_s);
    QCOMPARE(outcome.result.responseId, u"chatcmpl-AZ1"_s);
    QCOMPARE(outcome.result.model, u"gpt-4o-2024-11-20"_s);
    QVERIFY(outcome.result.usage.isZero());
    QVERIFY(!outcome.result.thought);
}

void TestOpenAiReader::reasoningIsThought_data()
{
    QTest::addColumn<QByteArrayList>("keys");
    QTest::newRow("reasoning_content (DeepSeek)") << QByteArrayList{"reasoning_content"};
    QTest::newRow("reasoning (Ollama, vLLM, OpenRouter)") << QByteArrayList{"reasoning"};
    // Some servers send both keys with the same text: it must not be doubled.
    QTest::newRow("both keys") << QByteArrayList{"reasoning_content", "reasoning"};
}

void TestOpenAiReader::reasoningIsThought()
{
    QFETCH(QByteArrayList, keys);
    auto reasoningChunk = [&keys](const QByteArray &text) -> QByteArray {
        QByteArray fields;
        for (const QByteArray &key : keys)
            fields += R"(,")" + key + R"(":")" + text + R"(")";
        return R"({"id":"r1","object":"chat.completion.chunk","model":"deepseek-reasoner",)"
               R"("choices":[{"index":0,"delta":{"content":null)"
               + fields + R"(},"finish_reason":null}]})";
    };
    const QByteArray stream = sseOf({
        reasoningChunk("Let me think."),
        reasoningChunk(" 2+2 is 4."),
        chunkWithContent("The answer is 4."),
        chunkWithContent("", "\"stop\""),
        "[DONE]",
    });
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(stream, &observer);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.thought, std::optional<QString>(u"Let me think. 2+2 is 4."_s));
    QCOMPARE(observer.thought, u"Let me think. 2+2 is 4."_s);
    QCOMPARE(outcome.result.text(), u"The answer is 4."_s);
    QCOMPARE(observer.text, u"The answer is 4."_s);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"stop"_s);
}

void TestOpenAiReader::streamErrorEvent()
{
    const QByteArray stream = sseOf({
        chunkWithContent("Partial"),
        R"({"error":{"message":"The server had an error while processing your request.",)"
        R"("type":"server_error","param":null,"code":null}})",
        chunkWithContent(" never read"),
        "[DONE]",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(outcome.error);
    QCOMPARE(ModelError::kindName(outcome.error->kind),
             ModelError::kindName(ModelError::Kind::Provider));
    QCOMPARE(outcome.error->message, u"The server had an error while processing your request."_s);
    QCOMPARE(outcome.error->providerCode, u"server_error"_s);
    QCOMPARE(outcome.builderText, u"Partial"_s);
    QCOMPARE(outcome.result.text(), u"Partial"_s);
}

void TestOpenAiReader::malformedEvent()
{
    const QByteArray stream = sseOf({
        chunkWithContent("Hi"),
        R"({"id":"chatcmpl-syn1","choices":[{"index":0,"delta":{"content":"broken)",
        chunkWithContent(" after"),
        "[DONE]",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(outcome.error);
    QCOMPARE(ModelError::kindName(outcome.error->kind),
             ModelError::kindName(ModelError::Kind::InvalidResponse));
    QVERIFY(!outcome.error->message.isEmpty());
    QCOMPARE(outcome.builderText, u"Hi"_s);
}

void TestOpenAiReader::eofAfterFinishReasonWithoutDone()
{
    // Some compatible servers end the stream without [DONE]; the last event even lacks its
    // blank line here.
    QByteArray stream = sseOf({chunkWithContent("Done"), chunkWithContent("", "\"stop\"")});
    stream.chop(2);
    const StreamOutcome outcome = readStream(stream);
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
    QCOMPARE(outcome.result.text(), u"Done"_s);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"stop"_s);
}

void TestOpenAiReader::eofWithoutFinishOrDone()
{
    const QByteArray stream = sseOf({chunkWithContent("Half a"), chunkWithContent(" sentence")});
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(outcome.error);
    QCOMPARE(ModelError::kindName(outcome.error->kind),
             ModelError::kindName(ModelError::Kind::InvalidResponse));
    QVERIFY(!outcome.error->message.isEmpty());
    QCOMPARE(outcome.builderText, u"Half a sentence"_s);
    QCOMPARE(outcome.result.text(), u"Half a sentence"_s);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"unknown"_s);
}

void TestOpenAiReader::doneWithoutFinishReason()
{
    const QByteArray stream = sseOf({chunkWithContent("Short"), "[DONE]"});
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.text(), u"Short"_s);
}

void TestOpenAiReader::logprobsAccumulate()
{
    auto chunk = [](const QByteArray &token, const QByteArray &logprob,
                    const QByteArray &bytes) -> QByteArray {
        return R"({"id":"lp","object":"chat.completion.chunk","model":"gpt-4o",)"
               R"("choices":[{"index":0,"delta":{"content":")"
               + token + R"("},"logprobs":{"content":[{"token":")" + token + R"(","logprob":)"
               + logprob + R"(,"bytes":)" + bytes
               + R"(,"top_logprobs":[]}],"refusal":null},)"
                 R"("finish_reason":null}]})";
    };
    const QByteArray stream = sseOf({
        chunk("Hel", "-0.25", "[72,101,108]"),
        chunk("lo", "-0.5", "[108,111]"),
        R"({"id":"lp","object":"chat.completion.chunk","model":"gpt-4o","choices":[{"index":0,)"
        R"("delta":{},"logprobs":null,"finish_reason":"stop"}]})",
        "[DONE]",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.text(), u"Hello"_s);
    QVERIFY(outcome.result.logprobs);
    const QJsonArray logprobs = *outcome.result.logprobs;
    QCOMPARE(logprobs.size(), 2);
    QCOMPARE(logprobs.at(0).toObject().value(u"token"_s).toString(), u"Hel"_s);
    QCOMPARE(logprobs.at(0).toObject().value(u"logprob"_s).toDouble(), -0.25);
    QCOMPARE(logprobs.at(0).toObject().value(u"bytes"_s).toArray(), (QJsonArray{72, 101, 108}));
    QCOMPARE(logprobs.at(1).toObject().value(u"token"_s).toString(), u"lo"_s);
    QCOMPARE(logprobs.at(1).toObject().value(u"logprob"_s).toDouble(), -0.5);
}

void TestOpenAiReader::usageDetails()
{
    const QByteArray usageJson
        = R"({"prompt_tokens":2006,"completion_tokens":300,"total_tokens":2306,)"
          R"("prompt_tokens_details":{"cached_tokens":1920,"audio_tokens":0},)"
          R"("completion_tokens_details":{"reasoning_tokens":192,"audio_tokens":0,)"
          R"("accepted_prediction_tokens":0,"rejected_prediction_tokens":0}})";
    RequestUsage expected;
    expected.promptTokens = 2006;
    expected.completionTokens = 300;
    expected.cachedPromptTokens = 1920;
    expected.reasoningTokens = 192;

    QCOMPARE(OpenAiResponseReader::usageFromJson(QJsonDocument::fromJson(usageJson).object()),
             expected);

    const QByteArray stream = sseOf({
        chunkWithContent("ok", "\"stop\""),
        R"({"id":"chatcmpl-syn1","object":"chat.completion.chunk","model":"m-1","choices":[],)"
        R"("usage":)"
            + usageJson + "}",
        "[DONE]",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.usage, expected);
    QCOMPARE(outcome.result.usage.totalTokens(), qint64(2306));

    // `usage: null` on every other chunk (what include_usage does) changes nothing.
    const QByteArray nullUsage = sseOf({
        R"({"id":"n","object":"chat.completion.chunk","model":"m","usage":null,"choices":[{"index":0,)"
        R"("delta":{"content":"x"},"finish_reason":"stop"}]})",
        "[DONE]",
    });
    const StreamOutcome none = readStream(nullUsage);
    QVERIFY(!none.error);
    QVERIFY(none.result.usage.isZero());
}

void TestOpenAiReader::refusalDeltaIsText()
{
    const QByteArray stream = sseOf({
        R"({"id":"rf","object":"chat.completion.chunk","model":"gpt-4o","choices":[{"index":0,)"
        R"("delta":{"role":"assistant","content":null,"refusal":""},"finish_reason":null}]})",
        R"({"id":"rf","object":"chat.completion.chunk","model":"gpt-4o","choices":[{"index":0,)"
        R"("delta":{"refusal":"I'm sorry, I can't help with that."},"finish_reason":null}]})",
        R"({"id":"rf","object":"chat.completion.chunk","model":"gpt-4o","choices":[{"index":0,)"
        R"("delta":{},"finish_reason":"stop"}]})",
        "[DONE]",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.text(), u"I'm sorry, I can't help with that."_s);
}

// ---------------------------------------------------------------------------------------------
// Non-streaming bodies

void TestOpenAiReader::bodyWithToolCalls()
{
    const QByteArray body = R"({
      "id": "chatcmpl-tc1", "object": "chat.completion", "created": 1741569952,
      "model": "gpt-4o-2024-08-06", "system_fingerprint": "fp_1",
      "choices": [{"index": 0, "message": {"role": "assistant", "content": null, "refusal": null,
        "annotations": [],
        "tool_calls": [
          {"id": "call_a", "type": "function",
           "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}},
          {"id": "call_b", "type": "function",
           "function": {"name": "get_time", "arguments": "{\"tz\":\"Europe/Paris\"}"}}]},
        "logprobs": null, "finish_reason": "tool_calls"}],
      "usage": {"prompt_tokens": 80, "completion_tokens": 40, "total_tokens": 120,
        "prompt_tokens_details": {"cached_tokens": 64, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0, "audio_tokens": 0,
          "accepted_prediction_tokens": 0, "rejected_prediction_tokens": 0}}})";
    OpenAiResponseReader reader;
    ResultBuilder builder;
    RecordingObserver observer;
    builder.setObserver(&observer);
    const std::optional<ModelError> error = reader.readBody(body, builder);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    const CreateResult r = builder.build();
    QVERIFY(r.hasFunctionCalls());
    QCOMPARE(r.functionCalls(), (QList<FunctionCall>{
                                    {u"call_a"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s},
                                    {u"call_b"_s, u"get_time"_s, u"{\"tz\":\"Europe/Paris\"}"_s},
                                }));
    QCOMPARE(finishReasonName(r.finishReason), u"function_calls"_s);
    QCOMPARE(r.responseId, u"chatcmpl-tc1"_s);
    QCOMPARE(r.model, u"gpt-4o-2024-08-06"_s);
    RequestUsage usage;
    usage.promptTokens = 80;
    usage.completionTokens = 40;
    usage.cachedPromptTokens = 64;
    QCOMPARE(r.usage, usage);
    QVERIFY(!r.thought);
    QCOMPARE(r.raw, QJsonDocument::fromJson(body).object());
    QCOMPARE(observer.tools.size(), 2);
    QCOMPARE(observer.tools.at(1).index, 1);
}

void TestOpenAiReader::bodyToolCallsByPosition_data()
{
    QTest::addColumn<QByteArray>("idField"); // JSON member text, or empty for none

    QTest::newRow("empty ids") << QByteArray(R"("id": "",)");
    QTest::newRow("missing ids") << QByteArray();
}

void TestOpenAiReader::bodyToolCallsByPosition()
{
    // Some compatible servers leave out call ids; a whole message's calls are still separate.
    QFETCH(QByteArray, idField);
    const QByteArray body
        = R"({"id":"chatcmpl-p1","object":"chat.completion","model":"m-1","choices":[)"
          R"({"index":0,"message":{"role":"assistant","content":null,"tool_calls":[{)"
          + idField + R"("type":"function","function":{"name":"get_weather","arguments":"{}"}},{)"
          + idField
          + R"("type":"function","function":{"name":"get_time","arguments":"{\"tz\":\"UTC\"}"}}]},)"
            R"("finish_reason":"tool_calls"}]})";
    OpenAiResponseReader reader;
    ResultBuilder builder;
    const std::optional<ModelError> error = reader.readBody(body, builder);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    const QList<FunctionCall> calls = builder.build().functionCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(0).name, u"get_weather"_s);
    QCOMPARE(calls.at(0).arguments, u"{}"_s);
    QCOMPARE(calls.at(1).name, u"get_time"_s);
    QCOMPARE(calls.at(1).arguments, uR"({"tz":"UTC"})"_s);
}

void TestOpenAiReader::bodyWithText()
{
    const QByteArray body
        = R"({"id":"chatcmpl-t1","object":"chat.completion","created":1,)"
          R"("model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":)"
          R"({"role":"assistant","content":"Hello! How can I help?",)"
          R"("refusal":null},"logprobs":null,"finish_reason":"stop"}],)"
          R"("usage":{"prompt_tokens":9,"completion_tokens":7,"total_tokens":16}})";
    OpenAiResponseReader reader;
    ResultBuilder builder;
    RecordingObserver observer;
    builder.setObserver(&observer);
    QVERIFY(!reader.readBody(body, builder));
    const CreateResult r = builder.build();
    QCOMPARE(r.text(), u"Hello! How can I help?"_s);
    QCOMPARE(observer.text, u"Hello! How can I help?"_s);
    QCOMPARE(observer.textDeltas, 1);
    QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
    QCOMPARE(r.usage.promptTokens, qint64(9));
    QCOMPARE(r.usage.completionTokens, qint64(7));
    QCOMPARE(r.model, u"gpt-4o-mini-2024-07-18"_s);
    QCOMPARE(r.responseId, u"chatcmpl-t1"_s);
}

void TestOpenAiReader::bodyWithRefusal()
{
    const QByteArray body = R"({"id":"chatcmpl-r1","object":"chat.completion","created":1,)"
                            R"("model":"gpt-4o-2024-08-06","choices":[{"index":0,"message":)"
                            R"({"role":"assistant","content":null,)"
                            R"("refusal":"I'm sorry, I can't assist with that request."},)"
                            R"("logprobs":null,"finish_reason":"stop"}]})";
    OpenAiResponseReader reader;
    ResultBuilder builder;
    QVERIFY(!reader.readBody(body, builder));
    const CreateResult r = builder.build();
    QCOMPARE(r.text(), u"I'm sorry, I can't assist with that request."_s);
    QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
}

void TestOpenAiReader::bodyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // empty: only checked to be non-empty

    QTest::newRow("no choices") << QByteArray(R"({"id":"x","object":"chat.completion",)"
                                              R"("model":"gpt-4o","choices":[]})")
                                << ModelError::kindName(ModelError::Kind::InvalidResponse)
                                << QString();
    QTest::newRow("choices missing")
        << QByteArray(R"({"id":"x","object":"chat.completion"})")
        << ModelError::kindName(ModelError::Kind::InvalidResponse) << QString();
    QTest::newRow("not JSON") << QByteArray("<html>oops</html>")
                              << ModelError::kindName(ModelError::Kind::InvalidResponse)
                              << QString();
    QTest::newRow("error in a 200")
        << QByteArray(R"({"error":{"message":"model overloaded",)"
                      R"("type":"server_error","code":null}})")
        << ModelError::kindName(ModelError::Kind::Provider) << u"model overloaded"_s;
}

void TestOpenAiReader::bodyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    OpenAiResponseReader reader;
    ResultBuilder builder;
    const std::optional<ModelError> error = reader.readBody(body, builder);
    QVERIFY(error);
    QCOMPARE(ModelError::kindName(error->kind), kind);
    QVERIFY(!error->message.isEmpty());
    if (!message.isEmpty())
        QCOMPARE(error->message, message);
}

// ---------------------------------------------------------------------------------------------
// Error answers

void TestOpenAiReader::readError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("idHeader");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("providerCode");
    QTest::addColumn<QString>("message"); // empty: checked for readability only
    QTest::addColumn<QString>("requestId");

    QTest::newRow("401 invalid key")
        << 401 << QByteArray("x-request-id")
        << QByteArray(R"({"error":{"message":"Incorrect API key provided: sk-abc***xyz. You can )"
                      R"(find your API key at https://platform.openai.com/account/api-keys.",)"
                      R"("type":"invalid_request_error","param":null,"code":"invalid_api_key"}})")
        << ModelError::kindName(ModelError::Kind::Authentication) << u"invalid_api_key"_s
        << u"Incorrect API key provided: sk-abc***xyz. You can find your API key at "
           "https://platform.openai.com/account/api-keys."_s
        << u"req_401"_s;
    QTest::newRow("429 insufficient_quota")
        << 429 << QByteArray("x-request-id")
        << QByteArray(R"({"error":{"message":"You exceeded your current quota, please check )"
                      R"(your plan and billing details.","type":"insufficient_quota",)"
                      R"("param":null,"code":"insufficient_quota"}})")
        << ModelError::kindName(ModelError::Kind::RateLimit) << u"insufficient_quota"_s
        << u"You exceeded your current quota, please check your plan and billing details."_s
        << u"req_429"_s;
    QTest::newRow("500 server_error (code null → type)")
        << 500 << QByteArray("x-request-id")
        << QByteArray(R"({"error":{"message":"The server had an error while processing your )"
                      R"(request. Sorry about that!","type":"server_error","param":null,)"
                      R"("code":null}})")
        << ModelError::kindName(ModelError::Kind::Server) << u"server_error"_s
        << u"The server had an error while processing your request. Sorry about that!"_s
        << u"req_500"_s;
    QTest::newRow("529 overloaded")
        << 529 << QByteArray("x-request-id")
        << QByteArray(R"({"error":{"message":"Overloaded","type":"overloaded_error",)"
                      R"("param":null,"code":null}})")
        << ModelError::kindName(ModelError::Kind::Overloaded) << u"overloaded_error"_s
        << u"Overloaded"_s << u"req_529"_s;
    QTest::newRow("azure 429")
        << 429 << QByteArray("apim-request-id")
        << QByteArray(R"({"error":{"code":"429","message":"Requests to the ChatCompletions_Create )"
                      R"(Operation under Azure OpenAI API version 2024-10-21 have exceeded token )"
                      R"(rate limit of your current OpenAI S0 pricing tier. Please retry after 6 )"
                      R"(seconds."}})")
        << ModelError::kindName(ModelError::Kind::RateLimit) << u"429"_s
        << u"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version "
           "2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. "
           "Please retry after 6 seconds."_s
        << u"5d2f6c1e-7a61-4c1e-9c0b-0e8a2b7c1f00"_s;
    QTest::newRow("502 HTML page")
        << 502 << QByteArray()
        << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                      "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                      "</body>\r\n</html>\r\n")
        << ModelError::kindName(ModelError::Kind::Server) << QString() << QString() << QString();
    // Cloudflare's branded error page: conditional comments, an inline style in the head,
    // a script at the end.
    QTest::newRow("502 Cloudflare page")
        << 502 << QByteArray()
        << QByteArray("<!DOCTYPE html>\n<!--[if lt IE 7]> <html class=\"no-js ie6 oldie\" "
                      "lang=\"en-US\"> <![endif]-->\n<!--[if gt IE 8]><!--> <html "
                      "class=\"no-js\" lang=\"en-US\"> <!--<![endif]-->\n<head>\n<title>"
                      "api.openai.com | 502: Bad gateway</title>\n<meta charset=\"UTF-8\" />\n"
                      "<meta name=\"robots\" content=\"noindex, nofollow\" />\n<link "
                      "rel=\"stylesheet\" id=\"cf_styles-css\" href=\"/cdn-cgi/styles/"
                      "main.css\" />\n<style>body{margin:0;padding:0}\n.cf-error-overview "
                      "h1{font-size:2rem}</style>\n</head>\n<body>\n<div id=\"cf-wrapper\">"
                      "\n<h1><span class=\"inline-block\">Bad gateway</span> <span "
                      "class=\"code-label\">Error code 502</span></h1>\n<p>The web server "
                      "reported a bad gateway error.</p>\n</div>\n<script>(function(){var "
                      "a=document;function d(){var b=a.getElementById(\"cf-footer-item-ip\");"
                      "b&&b.classList.remove(\"hidden\")}a.addEventListener&&"
                      "a.addEventListener(\"DOMContentLoaded\",d)})();</script>\n</body>\n"
                      "</html>\n")
        << ModelError::kindName(ModelError::Kind::Server) << QString() << QString() << QString();
    QTest::newRow("503 empty body")
        << 503 << QByteArray() << QByteArray() << ModelError::kindName(ModelError::Kind::Server)
        << QString() << QString() << QString();
}

void TestOpenAiReader::readError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, idHeader);
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, providerCode);
    QFETCH(QString, message);
    QFETCH(QString, requestId);

    HttpHeaders headers{{"Content-Type", "application/json"}};
    if (!idHeader.isEmpty())
        headers.append({idHeader, requestId.toLatin1()});
    const ModelError error = OpenAiResponseReader().readError(status, headers, body);
    QCOMPARE(ModelError::kindName(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.providerCode, providerCode);
    QCOMPARE(error.requestId, requestId);
    QVERIFY(!error.message.isEmpty());
    if (!message.isEmpty()) {
        QCOMPARE(error.message, message);
    } else {
        QVERIFY2(!error.message.contains(u'<') && !error.message.contains(u'>'),
                 qPrintable(error.message));
        QVERIFY2(!error.message.contains(u'\n'), qPrintable(error.message));
        // Markup, style sheets and scripts are not text.
        QVERIFY2(!error.message.contains(u'{') && !error.message.contains(u'}'),
                 qPrintable(error.message));
        if (!body.isEmpty())
            QVERIFY2(error.message.contains(u"502 Bad Gateway"_s, Qt::CaseInsensitive)
                         || error.message.contains(u"502: Bad gateway"_s),
                     qPrintable(error.message));
    }
}

// ---------------------------------------------------------------------------------------------
// Requests

void TestOpenAiReader::messagesFieldByField()
{
    const Image image = Image::fromBytes(QByteArray::fromBase64(pngBase64));
    QCOMPARE(image.mimeType, u"image/png"_s);

    CompletionRequest request;
    request.messages << SystemMessage{u"You are terse."_s};
    request.messages << UserMessage{QList<UserContentPart>{u"What is in this image?"_s, image},
                                    u"user"_s};
    request.messages << AssistantMessage{u"A single pixel."_s, std::nullopt, u"assistant"_s, {}};
    request.messages << AssistantMessage{
        QList<FunctionCall>{{u"call_1"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s},
                            {u"call_2"_s, u"get_time"_s, u"{\"tz\":\"CET\"}"_s}},
        u"I need the weather and the time."_s,
        u"assistant"_s,
        {}};
    request.messages << FunctionExecutionResultMessage{{
        {u"18 °C, cloudy"_s, u"get_weather"_s, u"call_1"_s, false},
        {u"12:00"_s, u"get_time"_s, u"call_2"_s, false},
    }};
    request.messages << UserMessage{u"Thanks"_s, u"user"_s};

    const QJsonObject body
        = OpenAiRequestBuilder(configFor(OpenAiConfig::Flavor::OpenAi)).body(request, false);
    QCOMPARE(body.value(u"model"_s).toString(), u"gpt-4o"_s);
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 7);

    const QJsonObject system = messages.at(0).toObject();
    QCOMPARE(keysOf(system), keySet({u"role"_s, u"content"_s}));
    QCOMPARE(system.value(u"role"_s).toString(), u"system"_s);
    QCOMPARE(system.value(u"content"_s).toString(), u"You are terse."_s);

    const QJsonObject user = messages.at(1).toObject();
    QCOMPARE(keysOf(user), keySet({u"role"_s, u"content"_s}));
    QCOMPARE(user.value(u"role"_s).toString(), u"user"_s);
    const QJsonArray parts = user.value(u"content"_s).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject(),
             (QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"What is in this image?"_s}}));
    const QJsonObject imagePart = parts.at(1).toObject();
    QCOMPARE(keysOf(imagePart), keySet({u"type"_s, u"image_url"_s}));
    QCOMPARE(imagePart.value(u"type"_s).toString(), u"image_url"_s);
    QCOMPARE(imagePart.value(u"image_url"_s).toObject().value(u"url"_s).toString(),
             u"data:image/png;base64,"_s + QString::fromLatin1(pngBase64));

    const QJsonObject assistantText = messages.at(2).toObject();
    QCOMPARE(assistantText,
             (QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"A single pixel."_s}}));

    const QJsonObject assistantCalls = messages.at(3).toObject();
    QCOMPARE(assistantCalls.value(u"role"_s).toString(), u"assistant"_s);
    // The thought is not sent back (no content, no reasoning_content).
    QVERIFY(!assistantCalls.contains(u"reasoning_content"_s));
    QVERIFY(!assistantCalls.contains(u"reasoning"_s));
    QVERIFY(!assistantCalls.value(u"content"_s).isString());
    const QJsonArray toolCalls = assistantCalls.value(u"tool_calls"_s).toArray();
    QCOMPARE(toolCalls.size(), 2);
    const QJsonObject call1 = toolCalls.at(0).toObject();
    QCOMPARE(keysOf(call1), keySet({u"id"_s, u"type"_s, u"function"_s}));
    QCOMPARE(call1.value(u"id"_s).toString(), u"call_1"_s);
    QCOMPARE(call1.value(u"type"_s).toString(), u"function"_s);
    QCOMPARE(
        call1.value(u"function"_s).toObject(),
        (QJsonObject{{u"name"_s, u"get_weather"_s}, {u"arguments"_s, u"{\"city\":\"Paris\"}"_s}}));
    // Arguments stay JSON text, not an object.
    QVERIFY(call1.value(u"function"_s).toObject().value(u"arguments"_s).isString());
    const QJsonObject call2 = toolCalls.at(1).toObject();
    QCOMPARE(call2.value(u"id"_s).toString(), u"call_2"_s);
    QCOMPARE(call2.value(u"type"_s).toString(), u"function"_s);
    QCOMPARE(call2.value(u"function"_s).toObject(),
             (QJsonObject{{u"name"_s, u"get_time"_s}, {u"arguments"_s, u"{\"tz\":\"CET\"}"_s}}));
    QVERIFY(!QJsonDocument(body).toJson().contains("I need the weather"));

    QCOMPARE(messages.at(4).toObject(), (QJsonObject{{u"role"_s, u"tool"_s},
                                                     {u"tool_call_id"_s, u"call_1"_s},
                                                     {u"content"_s, u"18 °C, cloudy"_s}}));
    QCOMPARE(messages.at(5).toObject(), (QJsonObject{{u"role"_s, u"tool"_s},
                                                     {u"tool_call_id"_s, u"call_2"_s},
                                                     {u"content"_s, u"12:00"_s}}));
    QCOMPARE(messages.at(6).toObject(),
             (QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Thanks"_s}}));

    // Nothing but model and messages without tools, parameters or streaming.
    QCOMPARE(keysOf(body), keySet({u"model"_s, u"messages"_s}));
}

void TestOpenAiReader::systemRoleDeveloper()
{
    OpenAiConfig config = configFor(OpenAiConfig::Flavor::OpenAi);
    config.systemRole = u"developer"_s;
    CompletionRequest request = userRequest();
    request.messages.prepend(SystemMessage{u"Be brief."_s});
    const QJsonArray messages
        = OpenAiRequestBuilder(config).body(request, false).value(u"messages"_s).toArray();
    QCOMPARE(messages.at(0).toObject(),
             (QJsonObject{{u"role"_s, u"developer"_s}, {u"content"_s, u"Be brief."_s}}));
}

void TestOpenAiReader::tools()
{
    const QJsonObject weatherParameters{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                     {u"units"_s, QJsonObject{{u"type"_s, u"string"_s},
                                              {u"enum"_s, QJsonArray{u"c"_s, u"f"_s}}}}}},
        {u"required"_s, QJsonArray{u"city"_s, u"units"_s}},
        {u"additionalProperties"_s, false},
    };
    CompletionRequest request = userRequest();
    request.tools << ToolSchema{u"get_weather"_s, u"Current weather in a city"_s, weatherParameters,
                                true};
    request.tools << ToolSchema{
        u"get_time"_s, QString(),
        QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}}, std::nullopt};

    const QJsonObject body
        = OpenAiRequestBuilder(configFor(OpenAiConfig::Flavor::OpenAi)).body(request, false);
    const QJsonArray tools = body.value(u"tools"_s).toArray();
    QCOMPARE(tools.size(), 2);
    QCOMPARE(
        tools.at(0).toObject(),
        (QJsonObject{{u"type"_s, u"function"_s},
                     {u"function"_s, QJsonObject{{u"name"_s, u"get_weather"_s},
                                                 {u"description"_s, u"Current weather in a city"_s},
                                                 {u"parameters"_s, weatherParameters},
                                                 {u"strict"_s, true}}}}));
    QCOMPARE(tools.at(1).toObject(),
             (QJsonObject{
                 {u"type"_s, u"function"_s},
                 {u"function"_s,
                  QJsonObject{{u"name"_s, u"get_time"_s},
                              {u"parameters"_s, QJsonObject{{u"type"_s, u"object"_s},
                                                            {u"properties"_s, QJsonObject()}}}}}}));
    // tool_choice auto is the API default and is left out.
    QVERIFY(!body.contains(u"tool_choice"_s));
    QVERIFY(!body.contains(u"parallel_tool_calls"_s));
}

void TestOpenAiReader::toolChoice_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QJsonValue>("expected"); // undefined: key absent

    QTest::newRow("auto") << int(ToolChoice::Mode::Auto) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("required") << int(ToolChoice::Mode::Required) << QJsonValue(u"required"_s);
    QTest::newRow("none") << int(ToolChoice::Mode::None) << QJsonValue(u"none"_s);
    QTest::newRow("named") << int(ToolChoice::Mode::Named)
                           << QJsonValue(QJsonObject{
                                  {u"type"_s, u"function"_s},
                                  {u"function"_s, QJsonObject{{u"name"_s, u"get_time"_s}}}});
}

void TestOpenAiReader::toolChoice()
{
    QFETCH(int, mode);
    QFETCH(QJsonValue, expected);
    CompletionRequest request = userRequest();
    request.tools << ToolSchema{u"get_weather"_s, u"Weather"_s,
                                QJsonObject{{u"type"_s, u"object"_s}}, std::nullopt};
    request.tools << ToolSchema{u"get_time"_s, u"Time"_s, QJsonObject{{u"type"_s, u"object"_s}},
                                std::nullopt};
    request.toolChoice.mode = ToolChoice::Mode(mode);
    if (request.toolChoice.mode == ToolChoice::Mode::Named)
        request.toolChoice.name = u"get_time"_s;
    request.parameters.parallelToolCalls = false;
    QVERIFY(request.validationError().isEmpty());

    const QJsonObject body
        = OpenAiRequestBuilder(configFor(OpenAiConfig::Flavor::OpenAi)).body(request, false);
    QCOMPARE(body.contains(u"tool_choice"_s), !expected.isUndefined());
    QCOMPARE(body.value(u"tool_choice"_s), expected);
    QCOMPARE(body.value(u"parallel_tool_calls"_s), QJsonValue(false));
}

void TestOpenAiReader::responseFormat_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QJsonValue>("expected");

    const QJsonObject schema{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"answer"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
        {u"required"_s, QJsonArray{u"answer"_s}},
        {u"additionalProperties"_s, false},
    };
    QTest::newRow("off") << int(JsonOutput::Mode::Off) << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("json_object") << int(JsonOutput::Mode::JsonObject)
                                 << QJsonValue(QJsonObject{{u"type"_s, u"json_object"_s}});
    QTest::newRow("json_schema") << int(JsonOutput::Mode::JsonSchema)
                                 << QJsonValue(QJsonObject{
                                        {u"type"_s, u"json_schema"_s},
                                        {u"json_schema"_s, QJsonObject{{u"name"_s, u"reply"_s},
                                                                       {u"schema"_s, schema},
                                                                       {u"strict"_s, true}}}});
}

void TestOpenAiReader::responseFormat()
{
    QFETCH(int, mode);
    QFETCH(QJsonValue, expected);
    CompletionRequest request = userRequest();
    switch (JsonOutput::Mode(mode)) {
    case JsonOutput::Mode::Off:
        break;
    case JsonOutput::Mode::JsonObject:
        request.jsonOutput = JsonOutput::jsonObject();
        break;
    case JsonOutput::Mode::JsonSchema:
        request.jsonOutput = JsonOutput::jsonSchema(
            u"reply"_s,
            expected.toObject().value(u"json_schema"_s).toObject().value(u"schema"_s).toObject(),
            true);
        break;
    }
    const QJsonObject body
        = OpenAiRequestBuilder(configFor(OpenAiConfig::Flavor::OpenAi)).body(request, false);
    QCOMPARE(body.contains(u"response_format"_s), !expected.isUndefined());
    QCOMPARE(body.value(u"response_format"_s), expected);
}

void TestOpenAiReader::parameters_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("maxTokensKey");
    QTest::newRow("openai") << int(OpenAiConfig::Flavor::OpenAi) << u"max_completion_tokens"_s;
    QTest::newRow("azure") << int(OpenAiConfig::Flavor::Azure) << u"max_completion_tokens"_s;
    QTest::newRow("compatible") << int(OpenAiConfig::Flavor::Compatible) << u"max_tokens"_s;
}

void TestOpenAiReader::parameters()
{
    QFETCH(int, flavor);
    QFETCH(QString, maxTokensKey);
    CompletionRequest request = userRequest();
    CompletionParameters &p = request.parameters;
    p.temperature = 0.25;
    p.topP = 0.9;
    p.seed = 42;
    p.stop = QStringList{u"END"_s, u"STOP"_s};
    p.maxTokens = 256;
    p.n = 2;
    p.presencePenalty = 0.5;
    p.frequencyPenalty = -0.5;
    p.reasoningEffort = u"low"_s;
    p.logprobs = true;
    p.topLogprobs = 3;

    const OpenAiRequestBuilder builder(configFor(OpenAiConfig::Flavor(flavor)));
    QVERIFY(builder.unsupportedParameter(request).isEmpty());
    const QJsonObject body = builder.body(request, false);
    QCOMPARE(body.value(u"temperature"_s), QJsonValue(0.25));
    QCOMPARE(body.value(u"top_p"_s), QJsonValue(0.9));
    QCOMPARE(body.value(u"seed"_s).toInteger(), qint64(42));
    QCOMPARE(body.value(u"stop"_s), QJsonValue(QJsonArray{u"END"_s, u"STOP"_s}));
    QCOMPARE(body.value(maxTokensKey).toInteger(), qint64(256));
    QCOMPARE(body.value(u"n"_s).toInteger(), qint64(2));
    QCOMPARE(body.value(u"presence_penalty"_s), QJsonValue(0.5));
    QCOMPARE(body.value(u"frequency_penalty"_s), QJsonValue(-0.5));
    QCOMPARE(body.value(u"reasoning_effort"_s), QJsonValue(u"low"_s));
    QCOMPARE(body.value(u"logprobs"_s), QJsonValue(true));
    QCOMPARE(body.value(u"top_logprobs"_s).toInteger(), qint64(3));
    QCOMPARE(keysOf(body),
             keySet({u"model"_s, u"messages"_s, u"temperature"_s, u"top_p"_s, u"seed"_s, u"stop"_s,
                     maxTokensKey, u"n"_s, u"presence_penalty"_s, u"frequency_penalty"_s,
                     u"reasoning_effort"_s, u"logprobs"_s, u"top_logprobs"_s}));
}

void TestOpenAiReader::streamingKeys()
{
    OpenAiConfig config = configFor(OpenAiConfig::Flavor::OpenAi);
    const CompletionRequest request = userRequest();

    const QJsonObject streaming = OpenAiRequestBuilder(config).body(request, true);
    QCOMPARE(streaming.value(u"stream"_s), QJsonValue(true));
    QCOMPARE(streaming.value(u"stream_options"_s),
             QJsonValue(QJsonObject{{u"include_usage"_s, true}}));

    const QJsonObject plain = OpenAiRequestBuilder(config).body(request, false);
    QVERIFY(!plain.contains(u"stream"_s));
    QVERIFY(!plain.contains(u"stream_options"_s));

    config.includeStreamUsage = false;
    const QJsonObject noUsage = OpenAiRequestBuilder(config).body(request, true);
    QCOMPARE(noUsage.value(u"stream"_s), QJsonValue(true));
    QVERIFY(!noUsage.contains(u"stream_options"_s));
}

void TestOpenAiReader::extraCreateArgsOverride()
{
    CompletionRequest request = userRequest();
    request.parameters.temperature = 0.2;
    request.extraCreateArgs = QJsonObject{
        {u"temperature"_s, 1.0},
        {u"user"_s, u"user-1234"_s},
        {u"stream_options"_s, QJsonObject{{u"include_usage"_s, false}}},
        {u"model"_s, u"gpt-4o-2024-08-06"_s},
    };
    const QJsonObject body
        = OpenAiRequestBuilder(configFor(OpenAiConfig::Flavor::OpenAi)).body(request, true);
    QCOMPARE(body.value(u"temperature"_s), QJsonValue(1.0));
    QCOMPARE(body.value(u"user"_s), QJsonValue(u"user-1234"_s));
    QCOMPARE(body.value(u"stream_options"_s), QJsonValue(QJsonObject{{u"include_usage"_s, false}}));
    QCOMPARE(body.value(u"model"_s), QJsonValue(u"gpt-4o-2024-08-06"_s));
    QCOMPARE(body.value(u"stream"_s), QJsonValue(true));
}

void TestOpenAiReader::unsupportedParameters()
{
    const OpenAiRequestBuilder openai(configFor(OpenAiConfig::Flavor::OpenAi));
    const OpenAiRequestBuilder azure(configFor(OpenAiConfig::Flavor::Azure));
    const OpenAiRequestBuilder compatible(configFor(OpenAiConfig::Flavor::Compatible));

    CompletionRequest topK = userRequest();
    topK.parameters.topK = 40;
    QVERIFY(!openai.unsupportedParameter(topK).isEmpty());
    QVERIFY(!azure.unsupportedParameter(topK).isEmpty());
    QVERIFY(compatible.unsupportedParameter(topK).isEmpty());
    QCOMPARE(compatible.body(topK, false).value(u"top_k"_s).toInteger(), qint64(40));

    CompletionRequest budget = userRequest();
    budget.parameters.thinkingBudget = 1024;
    QVERIFY(!openai.unsupportedParameter(budget).isEmpty());
    QVERIFY(!compatible.unsupportedParameter(budget).isEmpty());

    CompletionRequest topLogprobs = userRequest();
    topLogprobs.parameters.topLogprobs = 2;
    QVERIFY(!openai.unsupportedParameter(topLogprobs).isEmpty());
    topLogprobs.parameters.logprobs = true;
    QVERIFY(openai.unsupportedParameter(topLogprobs).isEmpty());

    QVERIFY(openai.unsupportedParameter(userRequest()).isEmpty());
}

void TestOpenAiReader::urls_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("chatUrl");
    QTest::addColumn<QString>("modelsUrl");

    const int openai = int(OpenAiConfig::Flavor::OpenAi);
    const int azure = int(OpenAiConfig::Flavor::Azure);
    const int compatible = int(OpenAiConfig::Flavor::Compatible);

    QTest::newRow("openai default base")
        << openai << QString() << u"gpt-4o"_s << QString()
        << u"https://api.openai.com/v1/chat/completions"_s << u"https://api.openai.com/v1/models"_s;
    QTest::newRow("openai explicit base")
        << openai << u"https://api.openai.com/v1"_s << u"gpt-4o"_s << QString()
        << u"https://api.openai.com/v1/chat/completions"_s << u"https://api.openai.com/v1/models"_s;
    QTest::newRow("openai trailing slash")
        << openai << u"https://api.openai.com/v1/"_s << u"gpt-4o"_s << QString()
        << u"https://api.openai.com/v1/chat/completions"_s << u"https://api.openai.com/v1/models"_s;
    QTest::newRow("azure classic")
        << azure << u"https://res.openai.azure.com"_s << u"dep1"_s << u"2024-10-21"_s
        << u"https://res.openai.azure.com/openai/deployments/dep1/chat/completions"
           "?api-version=2024-10-21"_s
        << u"https://res.openai.azure.com/openai/models?api-version=2024-10-21"_s;
    QTest::newRow("azure classic, default api-version")
        << azure << u"https://res.openai.azure.com/"_s << u"dep1"_s << QString()
        << u"https://res.openai.azure.com/openai/deployments/dep1/chat/completions"
           "?api-version=2024-10-21"_s
        << u"https://res.openai.azure.com/openai/models?api-version=2024-10-21"_s;
    QTest::newRow("azure v1") << azure << u"https://res.openai.azure.com/openai/v1"_s << u"dep1"_s
                              << u"2024-10-21"_s
                              << u"https://res.openai.azure.com/openai/v1/chat/completions"_s
                              << u"https://res.openai.azure.com/openai/v1/models"_s;
    QTest::newRow("compatible") << compatible << u"http://localhost:11434/v1"_s << u"llama3.2"_s
                                << QString() << u"http://localhost:11434/v1/chat/completions"_s
                                << u"http://localhost:11434/v1/models"_s;
}

void TestOpenAiReader::urls()
{
    QFETCH(int, flavor);
    QFETCH(QString, baseUrl);
    QFETCH(QString, model);
    QFETCH(QString, apiVersion);
    QFETCH(QString, chatUrl);
    QFETCH(QString, modelsUrl);

    OpenAiConfig config;
    config.flavor = OpenAiConfig::Flavor(flavor);
    config.baseUrl = QUrl(baseUrl);
    config.model = model;
    config.apiVersion = apiVersion;
    const OpenAiRequestBuilder builder(config);
    QCOMPARE(builder.chatUrl().toString(), chatUrl);
    QCOMPARE(builder.modelsUrl().toString(), modelsUrl);
    if (config.flavor == OpenAiConfig::Flavor::Azure && !config.isAzureV1()) {
        QCOMPARE(QUrlQuery(builder.chatUrl()).queryItemValue(u"api-version"_s),
                 apiVersion.isEmpty() ? OpenAiConfig::defaultApiVersion() : apiVersion);
    } else {
        QVERIFY(!builder.chatUrl().hasQuery());
    }
}

void TestOpenAiReader::headers_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QByteArray>("authorization"); // null: absent
    QTest::addColumn<QByteArray>("apiKeyHeader");  // null: absent

    QTest::newRow("openai") << int(OpenAiConfig::Flavor::OpenAi) << u"sk-test-1"_s
                            << QByteArray("Bearer sk-test-1") << QByteArray();
    QTest::newRow("compatible") << int(OpenAiConfig::Flavor::Compatible) << u"local-key"_s
                                << QByteArray("Bearer local-key") << QByteArray();
    QTest::newRow("azure") << int(OpenAiConfig::Flavor::Azure) << u"azure-key-1"_s << QByteArray()
                           << QByteArray("azure-key-1");
    QTest::newRow("no key") << int(OpenAiConfig::Flavor::Compatible) << QString() << QByteArray()
                            << QByteArray();
    QTest::newRow("azure, no key")
        << int(OpenAiConfig::Flavor::Azure) << QString() << QByteArray() << QByteArray();
}

void TestOpenAiReader::headers()
{
    QFETCH(int, flavor);
    QFETCH(QString, apiKey);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, apiKeyHeader);

    OpenAiConfig config = configFor(OpenAiConfig::Flavor(flavor));
    config.baseUrl = QUrl(u"https://example.invalid/v1"_s);
    config.apiKey = apiKey;
    const HttpHeaders headers = OpenAiRequestBuilder(config).headers();
    QCOMPARE(headerValue(headers, "Authorization"), authorization);
    QCOMPARE(headerValue(headers, "api-key"), apiKeyHeader);
    QVERIFY(headerValue(headers, "OpenAI-Organization").isNull());
    QVERIFY(headerValue(headers, "OpenAI-Project").isNull());

    config.organization = u"org-abc"_s;
    config.project = u"proj_def"_s;
    config.extraHeaders = {{"X-Custom", "1"}};
    const HttpHeaders more = OpenAiRequestBuilder(config).headers();
    QCOMPARE(headerValue(more, "OpenAI-Organization"), QByteArray("org-abc"));
    QCOMPARE(headerValue(more, "OpenAI-Project"), QByteArray("proj_def"));
    QCOMPARE(headerValue(more, "X-Custom"), QByteArray("1"));
    QCOMPARE(headerValue(more, "Authorization"), authorization);
}

void TestOpenAiReader::httpRequests()
{
    OpenAiConfig config = configFor(OpenAiConfig::Flavor::OpenAi);
    const OpenAiRequestBuilder builder(config);
    const CompletionRequest request = userRequest();

    const HttpRequest chat = builder.chatRequest(request, true);
    QCOMPARE(chat.method, QByteArray("POST"));
    QCOMPARE(chat.url, QUrl(u"https://api.openai.com/v1/chat/completions"_s));
    QVERIFY(chat.streaming);
    QCOMPARE(headerValue(chat.headers, "Authorization"), QByteArray("Bearer sk-test"));
    QCOMPARE(QJsonDocument::fromJson(chat.body).object(), builder.body(request, true));

    const HttpRequest plain = builder.chatRequest(request, false);
    QVERIFY(!plain.streaming);
    QVERIFY(!QJsonDocument::fromJson(plain.body).object().contains(u"stream"_s));

    const HttpRequest models = builder.modelsRequest();
    QCOMPARE(models.method, QByteArray("GET"));
    QCOMPARE(models.url, QUrl(u"https://api.openai.com/v1/models"_s));
    QVERIFY(models.body.isEmpty());
    QCOMPARE(headerValue(models.headers, "Authorization"), QByteArray("Bearer sk-test"));
}

QTEST_GUILESS_MAIN(TestOpenAiReader)
#include "tst_openaireader.moc"
