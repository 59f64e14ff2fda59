// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/assistantmessage.h"
#include "core/completionparameters.h"
#include "core/completionrequest.h"
#include "core/createresult.h"
#include "core/exchange.h"
#include "core/finishreason.h"
#include "core/functioncall.h"
#include "core/functionexecutionresult.h"
#include "core/functionexecutionresultmessage.h"
#include "core/image.h"
#include "core/jsonerror.h"
#include "core/jsonoutput.h"
#include "core/llmmessage.h"
#include "core/modelerror.h"
#include "core/modelinfo.h"
#include "core/requestusage.h"
#include "core/systemmessage.h"
#include "core/toolchoice.h"
#include "core/toolschema.h"
#include "core/usermessage.h"

#include <functional>
#include <limits>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace {

//! Parses `original` back, says whether the parsed value equals the original and returns the
//! parsed value's JSON (or nullopt with `error` set).
using Reparse = std::function<std::optional<QJsonValue>(const QJsonValue &json, bool *equal,
                                                        JsonError *error)>;

struct RoundTrip
{
    QJsonValue json;
    Reparse reparse;
};

} // namespace

Q_DECLARE_METATYPE(RoundTrip)
Q_DECLARE_METATYPE(modelkit::CompletionRequest)
Q_DECLARE_METATYPE(modelkit::FinishReason)
Q_DECLARE_METATYPE(modelkit::ModelError::Kind)
Q_DECLARE_METATYPE(modelkit::ToolChoice::Mode)
Q_DECLARE_METATYPE(modelkit::JsonOutput::Mode)

namespace {

// A complete 1×1 RGBA PNG (signature, IHDR, IDAT, IEND with valid CRCs).
QByteArray pngBytes()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d49444154789c63f8cfc0f01f0005000100ff89993d1d"
                               "0000000049454e44ae426082");
}

// The first bytes of a JFIF JPEG file: SOI, APP0 marker, "JFIF\0", version 1.1.
QByteArray jpegBytes()
{
    return QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffdb004300");
}

QJsonValue parseJson(const QByteArray &text)
{
    // Wrapped in an array so that scalars ("auto", true) parse too.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qWarning("test JSON does not parse: %s", qPrintable(parseError.errorString()));
    return document.array().at(0);
}

QByteArray serialize(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented);
}

QJsonValue deserialize(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).array().at(0);
}

template<typename T, typename ToJson, typename FromJson>
RoundTrip roundTripOf(const T &value, ToJson toJson, FromJson fromJson)
{
    RoundTrip c;
    c.json = QJsonValue(toJson(value));
    c.reparse = [value, toJson, fromJson](const QJsonValue &json, bool *equal,
                                          JsonError *error) -> std::optional<QJsonValue> {
        const std::optional<T> parsed = fromJson(json, error);
        if (!parsed)
            return std::nullopt;
        *equal = *parsed == value;
        return QJsonValue(toJson(*parsed));
    };
    return c;
}

template<typename T>
RoundTrip roundTripOf(const T &value)
{
    return roundTripOf(
        value, [](const T &v) { return QJsonValue(v.toJson()); },
        [](const QJsonValue &json, JsonError *error) { return T::fromJson(json, error); });
}

RoundTrip messageRoundTrip(const LlmMessage &message)
{
    return roundTripOf(
        message, [](const LlmMessage &m) { return llmMessageToJson(m); },
        [](const QJsonValue &json, JsonError *error) { return llmMessageFromJson(json, error); });
}

//! Parses `value` as the type named `kind` and returns its JSON again.
std::optional<QJsonValue> parseAndDump(const QString &kind, const QJsonValue &value,
                                       JsonError *error)
{
    auto dump = [](const auto &parsed) -> std::optional<QJsonValue> {
        if (!parsed)
            return std::nullopt;
        return QJsonValue(parsed->toJson());
    };
    if (kind == u"message") {
        const auto m = llmMessageFromJson(value, error);
        return m ? std::optional<QJsonValue>(llmMessageToJson(*m)) : std::nullopt;
    }
    if (kind == u"messages") {
        const auto m = llmMessagesFromJson(value, error);
        return m ? std::optional<QJsonValue>(llmMessagesToJson(*m)) : std::nullopt;
    }
    if (kind == u"function_call")
        return dump(FunctionCall::fromJson(value, error));
    if (kind == u"image")
        return dump(Image::fromJson(value, error));
    if (kind == u"request")
        return dump(CompletionRequest::fromJson(value, error));
    if (kind == u"create_result")
        return dump(CreateResult::fromJson(value, error));
    if (kind == u"model_error")
        return dump(ModelError::fromJson(value, error));
    if (kind == u"model_info")
        return dump(ModelInfo::fromJson(value, error));
    if (kind == u"usage")
        return dump(RequestUsage::fromJson(value, error));
    if (kind == u"tool")
        return dump(ToolSchema::fromJson(value, error));
    if (kind == u"tool_choice")
        return dump(ToolChoice::fromJson(value, error));
    if (kind == u"json_output")
        return dump(JsonOutput::fromJson(value, error));
    if (kind == u"parameters")
        return dump(CompletionParameters::fromJson(value, error));
    if (kind == u"exchange")
        return dump(Exchange::fromJson(value, error));
    qFatal("unknown kind in test data");
    return std::nullopt;
}

//! True when every field of `expected` is in `actual` with the same value (recursively), so
//! `actual` may carry extension fields beside them.
bool containsJson(const QJsonValue &actual, const QJsonValue &expected, QString *where,
                  const QString &path = u"$"_s)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *where = path;
            return false;
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                *where = path + u'.' + it.key() + u" (missing)"_s;
                return false;
            }
            if (!containsJson(a.value(it.key()), it.value(), where, path + u'.' + it.key()))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || a.size() != e.size()) {
            *where = path;
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (!containsJson(a.at(i), e.at(i), where, path + u'[' + QString::number(i) + u']'))
                return false;
        }
        return true;
    }
    if (actual != expected) {
        *where = path;
        return false;
    }
    return true;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

FunctionCall weatherCall()
{
    return {u"call_weather_1"_s, u"get_weather"_s, uR"({"city": "Paris", "unit": "celsius"})"_s};
}

FunctionCall timeCall()
{
    return {u"call_time_2"_s, u"get_time"_s, uR"({"tz":"Europe/Paris"})"_s};
}

ToolSchema weatherTool()
{
    ToolSchema tool;
    tool.name = u"get_weather"_s;
    tool.description = u"Current weather for a city."_s;
    tool.parameters = QJsonObject{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{
             {u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}},
             {u"unit"_s, QJsonObject{{u"type"_s, u"string"_s},
                                     {u"enum"_s, QJsonArray{u"celsius"_s, u"fahrenheit"_s}}}}}},
        {u"required"_s, QJsonArray{u"city"_s}},
        {u"additionalProperties"_s, false}};
    tool.strict = true;
    return tool;
}

ToolSchema timeTool()
{
    ToolSchema tool;
    tool.name = u"get_time"_s;
    tool.parameters = QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject{}}};
    return tool;
}

UserMessage multimodalUserMessage()
{
    UserMessage message;
    message.source = u"alice"_s;
    message.content = QList<UserContentPart>{
        u"What is in these pictures? Ünïcödé ✓"_s,
        Image::fromBytes(pngBytes()),
        Image::fromBytes(jpegBytes()),
        Image::fromUrl(QUrl(u"https://example.com/images/caf%C3%A9.jpg?size=large&q=a%20b"_s)),
        u"Thanks!"_s,
    };
    return message;
}

AssistantMessage assistantWithCalls()
{
    AssistantMessage message;
    message.content = QList<FunctionCall>{weatherCall(), timeCall()};
    message.thought = u"I need the weather and the local time."_s;
    return message;
}

FunctionExecutionResultMessage toolResults()
{
    FunctionExecutionResultMessage message;
    message.content = {
        {u"{\"temperature\": 21}"_s, u"get_weather"_s, u"call_weather_1"_s, false},
        {u"time zone service unavailable"_s, u"get_time"_s, u"call_time_2"_s, true},
    };
    return message;
}

CompletionParameters fullParameters()
{
    CompletionParameters p;
    p.temperature = 0.7;
    p.topP = 0.95;
    p.topK = 40;
    p.maxTokens = 1024;
    p.seed = -42;
    p.stop = {u"\n\n"_s, u"END"_s};
    p.n = 2;
    p.presencePenalty = 0.5;
    p.frequencyPenalty = -0.25;
    p.logprobs = true;
    p.topLogprobs = 5;
    p.parallelToolCalls = false;
    p.reasoningEffort = u"high"_s;
    p.thinkingBudget = 2048;
    return p;
}

CompletionRequest fullRequest()
{
    CompletionRequest request;
    request.messages = {SystemMessage{u"You are terse."_s}, multimodalUserMessage(),
                        assistantWithCalls(), toolResults()};
    request.tools = {weatherTool(), timeTool()};
    request.toolChoice = ToolChoice::named(u"get_weather"_s);
    request.jsonOutput
        = JsonOutput::jsonSchema(u"answer"_s, QJsonObject{{u"type"_s, u"object"_s}}, false);
    request.jsonOutput.description = u"The final answer."_s;
    request.parameters = fullParameters();
    request.extraCreateArgs
        = QJsonObject{{u"user"_s, u"u-1"_s}, {u"metadata"_s, QJsonObject{{u"k"_s, u"v"_s}}}};
    return request;
}

RequestUsage richUsage()
{
    RequestUsage usage;
    usage.promptTokens = 1200;
    usage.completionTokens = 350;
    usage.cachedPromptTokens = 1000;
    usage.cacheCreationTokens = 150;
    usage.reasoningTokens = 120;
    return usage;
}

ModelError richModelError()
{
    ModelError error
        = ModelError::make(ModelError::Kind::RateLimit, u"Rate limit reached for gpt-4o"_s, 429);
    error.providerCode = u"rate_limit_exceeded"_s;
    error.retryAfterMs = 1500;
    error.requestId = u"req_123"_s;
    return error;
}

Exchange richExchange()
{
    Exchange exchange;
    exchange.method = "POST";
    exchange.url = u"https://api.example.com/v1/chat/completions?api-version=2024-10-21"_s;
    exchange.requestHeaders = {{"Content-Type", "application/json"},
                               {"Authorization", "Bearer [redacted]"},
                               {"X-Custom", "a"},
                               {"X-Custom", "b"}};
    exchange.requestBody
        = u"{\"model\":\"gpt-4o\",\"messages\":[{\"content\":\"Grüße\"}]}"_s.toUtf8();
    exchange.status = 200;
    exchange.responseHeaders = {{"content-type", "text/event-stream"}, {"x-request-id", "req_123"}};
    exchange.responseBody = "data: {\"choices\":[]}\n\ndata: [DONE]\n\n";
    exchange.responseBodyTruncated = true;
    exchange.attempts = {{503, {}, 0}, {0, u"connection reset by peer"_s, 500}, {200, {}, 1000}};
    exchange.sentAtMs = 1767225600000;
    exchange.firstByteAtMs = 1767225600250;
    exchange.firstTokenAtMs = 1767225600300;
    exchange.doneAtMs = 1767225601000;
    return exchange;
}

QJsonArray richLogprobs()
{
    const QJsonObject top{
        {u"token"_s, u"Hi"_s}, {u"logprob"_s, -0.0123}, {u"bytes"_s, QJsonArray{72, 105}}};
    return QJsonArray{QJsonObject{{u"token"_s, u"Hello"_s},
                                  {u"logprob"_s, -0.25},
                                  {u"bytes"_s, QJsonArray{72, 101, 108, 108, 111}},
                                  {u"top_logprobs"_s, QJsonArray{top}}},
                      QJsonObject{{u"token"_s, u"!"_s},
                                  {u"logprob"_s, -1.5e-7},
                                  {u"bytes"_s, QJsonArray{33}},
                                  {u"top_logprobs"_s, QJsonArray{}}}};
}

CreateResult richCreateResult()
{
    CreateResult result;
    result.finishReason = FinishReason::FunctionCalls;
    result.content = QList<FunctionCall>{weatherCall(), timeCall()};
    result.usage = richUsage();
    result.cached = false;
    result.logprobs = richLogprobs();
    result.thought = u"Let me call both tools."_s;
    result.model = u"gpt-4o-2024-08-06"_s;
    result.responseId = u"chatcmpl-123"_s;
    result.raw = QJsonObject{{u"id"_s, u"chatcmpl-123"_s}, {u"object"_s, u"chat.completion"_s}};
    result.exchange = richExchange();
    return result;
}

ModelInfo richModelInfo()
{
    ModelInfo info;
    info.vision = true;
    info.functionCalling = true;
    info.jsonOutput = false;
    info.structuredOutput = true;
    info.multipleSystemMessages = false;
    info.family = u"claude-3-7-sonnet"_s;
    info.contextWindow = 200000;
    info.maxOutputTokens = 64000;
    return info;
}

} // namespace

class tst_CoreTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dataUrlIsInlineImage();
    void roundTrip_data();
    void roundTrip();
    void createResultWithoutInspectorDropsRawAndExchange();
    void modelErrorRetryAfterIsExact_data();
    void modelErrorRetryAfterIsExact();

    void imageSniffing_data();
    void imageSniffing();
    void imageConstructors();
    void imageJsonForms();
    void userMessageHelpers();

    void autogenLiterals_data();
    void autogenLiterals();
    void autogenFieldValues();
    void emittedFieldNames_data();
    void emittedFieldNames();

    void errorPaths_data();
    void errorPaths();
    void jsonErrorFirstProblemWins();
    void requestValidation_data();
    void requestValidation();

    void parametersSet_data();
    void parametersSet();
    void parametersKnownKeysAreAllSettable();
    void parametersFailedSetKeepsValue();
    void parametersFromJsonSkipsNulls();

    void toolChoiceJson_data();
    void toolChoiceJson();
    void toolChoiceFromString();
    void jsonOutputJson_data();
    void jsonOutputJson();

    void finishReasonNames_data();
    void finishReasonNames();
    void modelErrorKindNames_data();
    void modelErrorKindNames();
    void modelErrorKindForStatus_data();
    void modelErrorKindForStatus();
    void modelErrorToString();
    void requestUsageArithmetic();
    void exchangeTimings();
};

// ---- Lossless round trips ----------------------------------------------------------------

void tst_CoreTypes::roundTrip_data()
{
    QTest::addColumn<RoundTrip>("value");

    QTest::newRow("SystemMessage") << roundTripOf(SystemMessage{u"Be brief.\nAnswer in French."_s});
    QTest::newRow("SystemMessage empty") << roundTripOf(SystemMessage{});
    QTest::newRow("UserMessage text") << roundTripOf(UserMessage{u"Hello there"_s, u"bob"_s});
    QTest::newRow("UserMessage text+images") << roundTripOf(multimodalUserMessage());
    QTest::newRow("UserMessage empty parts") << roundTripOf(UserMessage{QList<UserContentPart>{}});
    QTest::newRow("AssistantMessage text")
        << roundTripOf(AssistantMessage{u"Bonjour !"_s, std::nullopt, u"assistant"_s, {}});
    QTest::newRow("AssistantMessage calls+thought") << roundTripOf(assistantWithCalls());
    QTest::newRow("AssistantMessage truncated arguments") << roundTripOf(AssistantMessage{
        QList<FunctionCall>{{u"c1"_s, u"f"_s, uR"({"city": "Pa)"_s}}, u""_s, u"bot"_s,
        QJsonObject{{u"anthropic"_s, QJsonObject{{u"signature"_s, u"sig"_s}}}}});
    QTest::newRow("FunctionCall") << roundTripOf(weatherCall());
    QTest::newRow("FunctionCall empty arguments")
        << roundTripOf(FunctionCall{u"c"_s, u"f"_s, u"{}"_s});
    QTest::newRow("FunctionExecutionResult") << roundTripOf(toolResults().content.at(1));
    QTest::newRow("FunctionExecutionResultMessage") << roundTripOf(toolResults());
    QTest::newRow("LlmMessage system") << messageRoundTrip(SystemMessage{u"sys"_s});
    QTest::newRow("LlmMessage user") << messageRoundTrip(multimodalUserMessage());
    QTest::newRow("LlmMessage assistant") << messageRoundTrip(assistantWithCalls());
    QTest::newRow("LlmMessage tool results") << messageRoundTrip(toolResults());
    QTest::newRow("LlmMessage list") << roundTripOf(
        fullRequest().messages, [](const QList<LlmMessage> &m) { return llmMessagesToJson(m); },
        [](const QJsonValue &json, JsonError *error) { return llmMessagesFromJson(json, error); });
    QTest::newRow("Image png") << roundTripOf(Image::fromBytes(pngBytes()));
    QTest::newRow("Image explicit mime")
        << roundTripOf(Image::fromBytes("not really an image", u"image/heic"_s));
    QTest::newRow("Image url") << roundTripOf(Image::fromUrl(QUrl(u"https://example.com/a.png"_s)));
    QTest::newRow("ToolSchema") << roundTripOf(weatherTool());
    QTest::newRow("ToolSchema minimal") << roundTripOf(ToolSchema{u"ping"_s, {}, {}, {}});
    QTest::newRow("ToolSchema strict false")
        << roundTripOf(ToolSchema{u"f"_s, u"d"_s, QJsonObject{{u"type"_s, u"object"_s}}, false});
    QTest::newRow("ToolChoice auto") << roundTripOf(ToolChoice{});
    QTest::newRow("ToolChoice required") << roundTripOf(ToolChoice{ToolChoice::Mode::Required, {}});
    QTest::newRow("ToolChoice none") << roundTripOf(ToolChoice{ToolChoice::Mode::None, {}});
    QTest::newRow("ToolChoice named") << roundTripOf(ToolChoice::named(u"get_weather"_s));
    QTest::newRow("JsonOutput off") << roundTripOf(JsonOutput{});
    QTest::newRow("JsonOutput object") << roundTripOf(JsonOutput::jsonObject());
    QTest::newRow("JsonOutput schema") << roundTripOf(fullRequest().jsonOutput);
    QTest::newRow("JsonOutput schema no strict") << roundTripOf(
        JsonOutput::jsonSchema(u"s"_s, QJsonObject{{u"type"_s, u"object"_s}}, std::nullopt));
    QTest::newRow("CompletionParameters full") << roundTripOf(fullParameters());
    QTest::newRow("CompletionParameters empty") << roundTripOf(CompletionParameters{});
    QTest::newRow("CompletionRequest full") << roundTripOf(fullRequest());
    QTest::newRow("CompletionRequest minimal")
        << roundTripOf(CompletionRequest{{UserMessage{u"hi"_s}}, {}, {}, {}, {}, {}});
    QTest::newRow("RequestUsage") << roundTripOf(richUsage());
    // 64-bit counts are kept exactly, to the limits (a saturated sum is qint64's maximum).
    QTest::newRow("RequestUsage extremes") << roundTripOf(
        RequestUsage{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(),
                     (qint64(1) << 53) + 1, 0, 0});
    QTest::newRow("ModelError full") << roundTripOf(richModelError());
    QTest::newRow("ModelError minimal")
        << roundTripOf(ModelError::make(ModelError::Kind::Cancelled, u"cancelled"_s));
    QTest::newRow("Exchange") << roundTripOf(richExchange());
    QTest::newRow("Exchange empty") << roundTripOf(Exchange{});
    QTest::newRow("CreateResult calls+inspector") << roundTripOf(
        richCreateResult(),
        [](const CreateResult &r) { return r.toJson(CreateResult::JsonDetail::WithInspector); },
        [](const QJsonValue &json, JsonError *error) {
            return CreateResult::fromJson(json, error);
        });
    CreateResult text;
    text.finishReason = FinishReason::Length;
    text.content = u"The answer is"_s;
    text.usage.promptTokens = 5;
    text.cached = true;
    QTest::newRow("CreateResult text") << roundTripOf(text);
    QTest::newRow("ModelInfo") << roundTripOf(richModelInfo());
    QTest::newRow("ModelInfo permissive") << roundTripOf(ModelInfo::permissive());
}

void tst_CoreTypes::roundTrip()
{
    QFETCH(RoundTrip, value);

    // toJson → fromJson → the same value, and it writes the same JSON again.
    JsonError error;
    bool equal = false;
    const std::optional<QJsonValue> again = value.reparse(value.json, &equal, &error);
    QVERIFY2(again, qPrintable(error.toString()));
    QVERIFY(error.message.isEmpty());
    QCOMPARE(*again, value.json);
    QVERIFY2(equal, "fromJson(toJson(x)) != x");

    // Through text, as saved conversations and the CLI do.
    const QJsonValue fromText = deserialize(serialize(value.json));
    QCOMPARE(fromText, value.json);
    equal = false;
    const std::optional<QJsonValue> viaText = value.reparse(fromText, &equal, &error);
    QVERIFY2(viaText, qPrintable(error.toString()));
    QCOMPARE(*viaText, value.json);
    QVERIFY2(equal, "fromJson(parse(serialize(toJson(x)))) != x");
}

void tst_CoreTypes::createResultWithoutInspectorDropsRawAndExchange()
{
    const CreateResult rich = richCreateResult();
    const QJsonObject json = rich.toJson();
    QVERIFY(!json.contains(u"raw"_s));
    QVERIFY(!json.contains(u"exchange"_s));

    const auto parsed = CreateResult::fromJson(json);
    QVERIFY(parsed);
    QCOMPARE(parsed->raw, QJsonObject());
    QVERIFY(parsed->exchange == Exchange{});
    CreateResult expected = rich;
    expected.raw = {};
    expected.exchange = {};
    QVERIFY(*parsed == expected);
}

void tst_CoreTypes::modelErrorRetryAfterIsExact_data()
{
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<double>("seconds");

    QTest::newRow("1 ms") << qint64(1) << 0.001;
    QTest::newRow("250 ms") << qint64(250) << 0.25;
    QTest::newRow("1001 ms") << qint64(1001) << 1.001;
    QTest::newRow("1003 ms") << qint64(1003) << 1.003;
    QTest::newRow("4350 ms") << qint64(4350) << 4.35;
    QTest::newRow("20 s") << qint64(20000) << 20.0;
    QTest::newRow("86399999 ms") << qint64(86399999) << 86399.999;
}

void tst_CoreTypes::modelErrorRetryAfterIsExact()
{
    QFETCH(qint64, retryAfterMs);
    QFETCH(double, seconds);

    ModelError error = ModelError::make(ModelError::Kind::RateLimit, u"slow down"_s, 429);
    error.retryAfterMs = retryAfterMs;
    const QJsonObject json = error.toJson();
    QCOMPARE(json.value(u"retry_after"_s).toDouble(), seconds);

    const auto parsed = ModelError::fromJson(json);
    QVERIFY(parsed);
    QVERIFY(parsed->retryAfterMs.has_value());
    QCOMPARE(*parsed->retryAfterMs, retryAfterMs);

    // Providers send seconds (Retry-After); a server's "1.001" is 1001 ms, not 1000.
    const auto fromSeconds = ModelError::fromJson(
        QJsonObject{{u"kind"_s, u"rate_limit"_s}, {u"retry_after"_s, seconds}});
    QVERIFY(fromSeconds && fromSeconds->retryAfterMs);
    QCOMPARE(*fromSeconds->retryAfterMs, retryAfterMs);
}

// ---- Images and user messages ------------------------------------------------------------

void tst_CoreTypes::imageSniffing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");

    QTest::newRow("png") << pngBytes() << u"image/png"_s;
    QTest::newRow("jpeg") << jpegBytes() << u"image/jpeg"_s;
    QTest::newRow("gif87a") << QByteArray("GIF87a\x01\x00\x01\x00", 10) << u"image/gif"_s;
    QTest::newRow("gif89a") << QByteArray("GIF89a\x01\x00\x01\x00", 10) << u"image/gif"_s;
    QTest::newRow("webp") << QByteArray("RIFF\x24\x00\x00\x00WEBPVP8 ", 16) << u"image/webp"_s;
    QTest::newRow("riff wave") << QByteArray("RIFF\x24\x00\x00\x00WAVEfmt ", 16) << QString();
    QTest::newRow("png signature cut") << pngBytes().left(7) << QString();
    QTest::newRow("text") << QByteArray("hello world") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void tst_CoreTypes::imageSniffing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);

    QCOMPARE(Image::sniffMimeType(bytes), mime);
    QCOMPARE(Image::fromBytes(bytes).mimeType, mime);

    // AutoGen writes only {"data": base64}; the type is sniffed from the decoded bytes.
    if (!bytes.isEmpty()) {
        const auto parsed
            = Image::fromJson(QJsonObject{{u"data"_s, QString::fromLatin1(bytes.toBase64())}});
        QVERIFY(parsed);
        QCOMPARE(parsed->mimeType, mime);
        QCOMPARE(QByteArray::fromBase64(parsed->base64Data), bytes);
    }
}

void tst_CoreTypes::imageConstructors()
{
    const Image png = Image::fromBytes(pngBytes());
    QCOMPARE(png.base64Data, pngBytes().toBase64());
    QCOMPARE(png.mimeType, u"image/png"_s);
    QVERIFY(!png.isUrl());
    QCOMPARE(png.dataUrl(),
             QString(u"data:image/png;base64,"_s + QString::fromLatin1(pngBytes().toBase64())));

    const Image forced = Image::fromBytes(pngBytes(), u"image/x-custom"_s);
    QCOMPARE(forced.mimeType, u"image/x-custom"_s);

    const Image unknown = Image::fromBytes("abc");
    QCOMPARE(unknown.mimeType, QString());
    QVERIFY(unknown.dataUrl().startsWith(u"data:image/png;base64,"_s));

    const Image remote = Image::fromUrl(QUrl(u"https://example.com/a b.png"_s));
    QVERIFY(remote.isUrl());
    QVERIFY(remote.base64Data.isEmpty());
    QCOMPARE(remote.dataUrl(), u"https://example.com/a%20b.png"_s);
    QVERIFY(!Image{}.isUrl());
}

void tst_CoreTypes::imageJsonForms()
{
    const QString base64 = QString::fromLatin1(jpegBytes().toBase64());

    // A data URL as copied from a browser or an OpenAI request body.
    auto parsed
        = Image::fromJson(QJsonObject{{u"data"_s, QString(u"data:image/jpeg;base64,"_s + base64)}});
    QVERIFY(parsed);
    QCOMPARE(parsed->mimeType, u"image/jpeg"_s);
    QCOMPARE(parsed->base64Data, base64.toLatin1());
    QCOMPARE(parsed->toJson(),
             (QJsonObject{{u"data"_s, base64}, {u"mime_type"_s, u"image/jpeg"_s}}));

    // An explicit mime_type wins over the data URL's and over sniffing.
    parsed
        = Image::fromJson(QJsonObject{{u"data"_s, QString(u"data:image/jpeg;base64,"_s + base64)},
                                      {u"mime_type"_s, u"image/pjpeg"_s}});
    QVERIFY(parsed);
    QCOMPARE(parsed->mimeType, u"image/pjpeg"_s);

    parsed = Image::fromJson(QJsonObject{{u"url"_s, u"https://example.com/x.webp"_s}});
    QVERIFY(parsed);
    QVERIFY(parsed->isUrl());
    QCOMPARE(parsed->url, QUrl(u"https://example.com/x.webp"_s));
    QCOMPARE(parsed->toJson(), (QJsonObject{{u"url"_s, u"https://example.com/x.webp"_s}}));
}

void tst_CoreTypes::userMessageHelpers()
{
    const UserMessage multimodal = multimodalUserMessage();
    QVERIFY(multimodal.hasImages());
    QCOMPARE(multimodal.text(), u"What is in these pictures? Ünïcödé ✓\nThanks!"_s);

    const UserMessage plain{u"just text"_s};
    QVERIFY(!plain.hasImages());
    QCOMPARE(plain.text(), u"just text"_s);
    QCOMPARE(plain.source, u"user"_s);

    const UserMessage textParts{QList<UserContentPart>{u"a"_s, u"b"_s}};
    QVERIFY(!textParts.hasImages());
    QCOMPARE(textParts.text(), u"a\nb"_s);
}

// ---- AutoGen compatibility -----------------------------------------------------------------

void tst_CoreTypes::autogenLiterals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");

    // Exactly what autogen_core's pydantic models give from model_dump() / model_dump_json().
    const QByteArray png = pngBytes().toBase64();
    QTest::newRow("SystemMessage")
        << u"message"_s << QByteArray(R"({"content":"You are helpful.","type":"SystemMessage"})");
    QTest::newRow("UserMessage") << u"message"_s
                                 << QByteArray(
                                        R"({"content":"hi","source":"user","type":"UserMessage"})");
    QTest::newRow("UserMessage multimodal")
        << u"message"_s
        << QByteArray(R"({"content":["Describe this image.",{"data":")" + png
                      + R"("}],"source":"user","type":"UserMessage"})");
    QTest::newRow("AssistantMessage calls")
        << u"message"_s
        << QByteArray(R"({"content":[{"id":"call_1","arguments":"{\"a\":1}","name":"f"}],)"
                      R"("thought":null,"source":"assistant","type":"AssistantMessage"})");
    QTest::newRow("AssistantMessage text+thought")
        << u"message"_s
        << QByteArray(R"({"content":"Paris.","thought":"The capital of France is Paris.",)"
                      R"("source":"assistant","type":"AssistantMessage"})");
    QTest::newRow("FunctionExecutionResultMessage")
        << u"message"_s
        << QByteArray(R"({"content":[{"content":"42","name":"f","call_id":"call_1",)"
                      R"("is_error":false}],"type":"FunctionExecutionResultMessage"})");
    QTest::newRow("conversation")
        << u"messages"_s
        << QByteArray(
               R"([{"content":"Be brief.","type":"SystemMessage"},)"
               R"({"content":"What is 6*7?","source":"user","type":"UserMessage"},)"
               R"({"content":[{"id":"call_1","arguments":"{\"a\":6,\"b\":7}","name":"mul"}],)"
               R"("thought":null,"source":"assistant","type":"AssistantMessage"},)"
               R"({"content":[{"content":"42","name":"mul","call_id":"call_1",)"
               R"("is_error":false}],"type":"FunctionExecutionResultMessage"},)"
               R"({"content":"42","thought":null,"source":"assistant",)"
               R"("type":"AssistantMessage"}])");
    QTest::newRow("FunctionCall") << u"function_call"_s
                                  << QByteArray(
                                         R"({"id":"call_1","arguments":"{}","name":"ping"})");
    QTest::newRow("Image") << u"image"_s << QByteArray(R"({"data":")" + png + R"("})");
    QTest::newRow("RequestUsage") << u"usage"_s
                                  << QByteArray(R"({"prompt_tokens":10,"completion_tokens":5})");
    QTest::newRow("CreateResult calls")
        << u"create_result"_s
        << QByteArray(R"({"finish_reason":"function_calls","content":[{"id":"call_1",)"
                      R"("arguments":"{\"a\":1}","name":"f"}],"usage":{"prompt_tokens":10,)"
                      R"("completion_tokens":5},"cached":false,"logprobs":null,"thought":null})");
    QTest::newRow("CreateResult text+logprobs")
        << u"create_result"_s
        << QByteArray(R"({"finish_reason":"stop","content":"Hi","usage":{"prompt_tokens":3,)"
                      R"("completion_tokens":1},"cached":true,"logprobs":[{"token":"Hi",)"
                      R"("logprob":-0.01,"top_logprobs":[{"logprob":-0.01,"bytes":[72,105]}],)"
                      R"("bytes":[72,105]}],"thought":"Say hi."})");
    QTest::newRow("ToolSchema")
        << u"tool"_s
        << QByteArray(R"({"name":"get_weather","description":"Weather.","parameters":)"
                      R"({"type":"object","properties":{"city":{"type":"string"}},)"
                      R"("required":["city"],"additionalProperties":false},"strict":true})");
    QTest::newRow("ModelInfo")
        << u"model_info"_s
        << QByteArray(R"({"vision":false,"function_calling":true,"json_output":true,)"
                      R"("family":"gpt-4o","structured_output":true,)"
                      R"("multiple_system_messages":true})");
}

void tst_CoreTypes::autogenLiterals()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);

    const QJsonValue literal = parseJson(json);
    QVERIFY(!literal.isUndefined());
    JsonError error;
    const std::optional<QJsonValue> ours = parseAndDump(kind, literal, &error);
    QVERIFY2(ours, qPrintable(error.toString()));
    // Every AutoGen field comes back under its own name with the same value; ours may add
    // documented extensions beside them (checked in emittedFieldNames).
    QString where;
    QVERIFY2(containsJson(*ours, literal, &where),
             qPrintable(where + u"\nours: "_s + QString::fromUtf8(serialize(*ours))));
}

void tst_CoreTypes::autogenFieldValues()
{
    JsonError error;

    auto user = llmMessageFromJson(
        parseJson(R"({"content":"hi","source":"user","type":"UserMessage"})"), &error);
    QVERIFY2(user, qPrintable(error.toString()));
    const auto *userMessage = std::get_if<UserMessage>(&*user);
    QVERIFY(userMessage);
    QCOMPARE(std::get<QString>(userMessage->content), u"hi"_s);
    QCOMPARE(userMessage->source, u"user"_s);

    const QByteArray png = pngBytes().toBase64();
    auto multimodal
        = UserMessage::fromJson(parseJson(R"({"content":["Look:",{"data":")" + png
                                          + R"("}],"source":"user","type":"UserMessage"})"),
                                &error);
    QVERIFY2(multimodal, qPrintable(error.toString()));
    const auto &parts = std::get<QList<UserContentPart>>(multimodal->content);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(std::get<QString>(parts.at(0)), u"Look:"_s);
    const Image &image = std::get<Image>(parts.at(1));
    QCOMPARE(image.base64Data, png);
    QCOMPARE(image.mimeType, u"image/png"_s);
    QVERIFY(image == Image::fromBytes(pngBytes()));

    auto assistant = llmMessageFromJson(
        parseJson(R"({"content":[{"id":"call_1","arguments":"{\"a\":1}","name":"f"}],)"
                  R"("thought":null,"source":"assistant","type":"AssistantMessage"})"),
        &error);
    QVERIFY2(assistant, qPrintable(error.toString()));
    const auto *assistantMessage = std::get_if<AssistantMessage>(&*assistant);
    QVERIFY(assistantMessage);
    QVERIFY(assistantMessage->hasFunctionCalls());
    QVERIFY(!assistantMessage->thought.has_value());
    QCOMPARE(assistantMessage->source, u"assistant"_s);
    const auto &calls = std::get<QList<FunctionCall>>(assistantMessage->content);
    QCOMPARE(calls.size(), 1);
    QVERIFY((calls.at(0) == FunctionCall{u"call_1"_s, u"f"_s, u"{\"a\":1}"_s}));

    auto results = llmMessageFromJson(
        parseJson(R"({"content":[{"content":"42","name":"f","call_id":"call_1",)"
                  R"("is_error":false}],"type":"FunctionExecutionResultMessage"})"),
        &error);
    QVERIFY2(results, qPrintable(error.toString()));
    const auto *resultMessage = std::get_if<FunctionExecutionResultMessage>(&*results);
    QVERIFY(resultMessage);
    QCOMPARE(resultMessage->content.size(), 1);
    QVERIFY((resultMessage->content.at(0)
             == FunctionExecutionResult{u"42"_s, u"f"_s, u"call_1"_s, false}));

    // Older AutoGen versions left is_error as None.
    auto noErrorFlag = FunctionExecutionResult::fromJson(
        parseJson(R"({"content":"x","name":"f","call_id":"c","is_error":null})"), &error);
    QVERIFY2(noErrorFlag, qPrintable(error.toString()));
    QVERIFY(!noErrorFlag->isError);

    auto system = llmMessageFromJson(
        parseJson(R"({"content":"You are helpful.","type":"SystemMessage"})"), &error);
    QVERIFY2(system, qPrintable(error.toString()));
    QCOMPARE(std::get<SystemMessage>(*system).content, u"You are helpful."_s);

    auto result = CreateResult::fromJson(
        parseJson(R"({"finish_reason":"function_calls","content":[{"id":"call_1",)"
                  R"("arguments":"{\"a\":1}","name":"f"}],"usage":{"prompt_tokens":10,)"
                  R"("completion_tokens":5},"cached":false,"logprobs":null,"thought":null})"),
        &error);
    QVERIFY2(result, qPrintable(error.toString()));
    QCOMPARE(result->finishReason, FinishReason::FunctionCalls);
    QVERIFY(result->hasFunctionCalls());
    QCOMPARE(result->functionCalls().size(), 1);
    QCOMPARE(result->functionCalls().at(0).name, u"f"_s);
    QCOMPARE(result->text(), QString());
    QCOMPARE(result->usage.promptTokens, 10);
    QCOMPARE(result->usage.completionTokens, 5);
    QCOMPARE(result->usage.totalTokens(), 15);
    QCOMPARE(result->usage.cachedPromptTokens, 0);
    QVERIFY(!result->cached);
    QVERIFY(!result->logprobs.has_value());
    QVERIFY(!result->thought.has_value());
    QVERIFY(result->model.isEmpty());

    // A text result whose content is null (a model that only called nothing and said nothing).
    auto empty = CreateResult::fromJson(
        parseJson(R"({"finish_reason":"stop","content":null,"usage":{"prompt_tokens":1,)"
                  R"("completion_tokens":0},"cached":false,"logprobs":null,"thought":null})"),
        &error);
    QVERIFY2(empty, qPrintable(error.toString()));
    QVERIFY(!empty->hasFunctionCalls());
    QCOMPARE(empty->text(), QString());

    auto info = ModelInfo::fromJson(
        parseJson(R"({"vision":false,"function_calling":true,"json_output":true,)"
                  R"("family":"gpt-4o","structured_output":true,"multiple_system_messages":true})"),
        &error);
    QVERIFY2(info, qPrintable(error.toString()));
    QVERIFY(!info->vision);
    QVERIFY(info->functionCalling);
    QVERIFY(info->jsonOutput);
    QVERIFY(info->structuredOutput);
    QVERIFY(info->multipleSystemMessages);
    QCOMPARE(info->family, u"gpt-4o"_s);
    QCOMPARE(info->contextWindow, 0);

    // Some exports carry arguments as an object rather than JSON text.
    auto objectArguments = FunctionCall::fromJson(
        parseJson(R"({"id":"c","name":"f","arguments":{"a":1,"b":[true]}})"), &error);
    QVERIFY2(objectArguments, qPrintable(error.toString()));
    QCOMPARE(objectArguments->arguments, u"{\"a\":1,\"b\":[true]}"_s);
    auto noArguments = FunctionCall::fromJson(parseJson(R"({"id":"c","name":"f"})"), &error);
    QVERIFY2(noArguments, qPrintable(error.toString()));
    QCOMPARE(noArguments->arguments, u"{}"_s);
    QVERIFY(error.message.isEmpty());
}

void tst_CoreTypes::emittedFieldNames_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("keys");

    auto keys = [](std::initializer_list<QString> list) {
        QStringList sorted(list);
        sorted.sort();
        return sorted;
    };

    QTest::newRow("SystemMessage")
        << SystemMessage{u"s"_s}.toJson() << keys({u"content"_s, u"type"_s});
    QTest::newRow("UserMessage") << multimodalUserMessage().toJson()
                                 << keys({u"content"_s, u"source"_s, u"type"_s});
    QTest::newRow("AssistantMessage") << assistantWithCalls().toJson()
                                      << keys({u"content"_s, u"thought"_s, u"source"_s, u"type"_s});
    QTest::newRow("AssistantMessage no thought")
        << AssistantMessage{u"x"_s, std::nullopt, u"assistant"_s, {}}.toJson()
        << keys({u"content"_s, u"thought"_s, u"source"_s, u"type"_s});
    QTest::newRow("FunctionCall") << weatherCall().toJson()
                                  << keys({u"id"_s, u"arguments"_s, u"name"_s});
    QTest::newRow("FunctionExecutionResult")
        << toolResults().content.at(0).toJson()
        << keys({u"content"_s, u"name"_s, u"call_id"_s, u"is_error"_s});
    QTest::newRow("FunctionExecutionResultMessage")
        << toolResults().toJson() << keys({u"content"_s, u"type"_s});
    // Extension: mime_type beside AutoGen's data; url for remote images.
    QTest::newRow("Image data") << Image::fromBytes(pngBytes()).toJson()
                                << keys({u"data"_s, u"mime_type"_s});
    QTest::newRow("Image url") << Image::fromUrl(QUrl(u"https://example.com/a.png"_s)).toJson()
                               << keys({u"url"_s});
    QTest::newRow("ToolSchema") << weatherTool().toJson()
                                << keys(
                                       {u"name"_s, u"description"_s, u"parameters"_s, u"strict"_s});
    QTest::newRow("ToolSchema minimal")
        << ToolSchema{u"f"_s, {}, {}, {}}.toJson() << keys({u"name"_s});
    // Extension: the three breakdown fields.
    QTest::newRow("RequestUsage") << RequestUsage{}.toJson()
                                  << keys({u"prompt_tokens"_s, u"completion_tokens"_s,
                                           u"cached_prompt_tokens"_s, u"cache_creation_tokens"_s,
                                           u"reasoning_tokens"_s});
    CreateResult plain;
    plain.content = u"x"_s;
    QTest::newRow("CreateResult") << plain.toJson()
                                  << keys({u"finish_reason"_s, u"content"_s, u"usage"_s,
                                           u"cached"_s, u"logprobs"_s, u"thought"_s});
    // Extensions: model and response_id when known; raw and exchange for the inspector.
    QTest::newRow("CreateResult model")
        << richCreateResult().toJson()
        << keys({u"finish_reason"_s, u"content"_s, u"usage"_s, u"cached"_s, u"logprobs"_s,
                 u"thought"_s, u"model"_s, u"response_id"_s});
    QTest::newRow("CreateResult inspector")
        << richCreateResult().toJson(CreateResult::JsonDetail::WithInspector)
        << keys({u"finish_reason"_s, u"content"_s, u"usage"_s, u"cached"_s, u"logprobs"_s,
                 u"thought"_s, u"model"_s, u"response_id"_s, u"raw"_s, u"exchange"_s});
    // Extensions: context_window and max_output_tokens.
    QTest::newRow("ModelInfo") << ModelInfo{}.toJson()
                               << keys({u"vision"_s, u"function_calling"_s, u"json_output"_s,
                                        u"structured_output"_s, u"multiple_system_messages"_s,
                                        u"family"_s, u"context_window"_s, u"max_output_tokens"_s});
    QTest::newRow("ModelError") << richModelError().toJson()
                                << keys({u"kind"_s, u"http_status"_s, u"message"_s, u"request_id"_s,
                                         u"provider_code"_s, u"retry_after"_s});
    QTest::newRow("CompletionRequest")
        << fullRequest().toJson()
        << keys({u"messages"_s, u"tools"_s, u"tool_choice"_s, u"json_output"_s, u"parameters"_s,
                 u"extra_create_args"_s});
    QTest::newRow("CompletionRequest minimal")
        << CompletionRequest{{UserMessage{u"x"_s}}, {}, {}, {}, {}, {}}.toJson()
        << keys({u"messages"_s});
    QTest::newRow("Exchange") << richExchange().toJson()
                              << keys({u"request"_s, u"response"_s, u"attempts"_s, u"timings"_s});
}

void tst_CoreTypes::emittedFieldNames()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, keys);

    QCOMPARE(sortedKeys(json), keys);
    if (json.contains(u"type"_s))
        QVERIFY(json.value(u"type"_s).isString());
}

// ---- Errors --------------------------------------------------------------------------------

void tst_CoreTypes::errorPaths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    // Messages: the element's index is in the path.
    QTest::newRow("user content 42 in element 2")
        << u"messages"_s
        << QByteArray(R"([{"content":"a","type":"SystemMessage"},)"
                      R"({"content":"b","source":"user","type":"UserMessage"},)"
                      R"({"content":42,"source":"user","type":"UserMessage"}])")
        << u"$[2].content"_s << u"expected a string or a list of strings and images"_s;
    QTest::newRow("system content 42 in element 1")
        << u"messages"_s
        << QByteArray(
               R"([{"content":"a","type":"SystemMessage"},{"content":42,"type":"SystemMessage"}])")
        << u"$[1].content"_s << u"expected a string"_s;
    QTest::newRow("messages not an array")
        << u"messages"_s << QByteArray(R"({"content":"a","type":"SystemMessage"})") << u"$"_s
        << u"expected an array of messages"_s;
    QTest::newRow("message not an object")
        << u"messages"_s << QByteArray(R"(["hello"])") << u"$[0]"_s << u"expected an object"_s;
    QTest::newRow("unknown type tag")
        << u"messages"_s << QByteArray(R"([{"content":"x","type":"ToolMessage"}])")
        << u"$[0].type"_s << u"unknown message type \"ToolMessage\""_s;
    QTest::newRow("missing type tag") << u"messages"_s << QByteArray(R"([{"content":"x"}])")
                                      << u"$[0].type"_s << u"is required"_s;
    QTest::newRow("type tag not a string")
        << u"message"_s << QByteArray(R"({"content":"x","type":1})") << u"$.type"_s
        << u"expected a string"_s;
    QTest::newRow("system content missing")
        << u"message"_s << QByteArray(R"({"type":"SystemMessage"})") << u"$.content"_s
        << u"is required"_s;
    QTest::newRow("user content missing")
        << u"messages"_s << QByteArray(R"([{"source":"user","type":"UserMessage"}])")
        << u"$[0].content"_s << u"is required"_s;
    QTest::newRow("user source not a string")
        << u"message"_s << QByteArray(R"({"content":"x","source":5,"type":"UserMessage"})")
        << u"$.source"_s << u"expected a string"_s;
    QTest::newRow("image invalid base64")
        << u"messages"_s
        << QByteArray(R"([{"content":["look",{"data":"@@not base64@@"}],"type":"UserMessage"}])")
        << u"$[0].content[1].data"_s << u"is not valid base64"_s;
    QTest::newRow("image without data or url")
        << u"messages"_s
        << QByteArray(R"([{"content":[{"mime_type":"image/png"}],"type":"UserMessage"}])")
        << u"$[0].content[0]"_s << u"an image needs \"data\" (base64) or \"url\""_s;
    QTest::newRow("image part is a number")
        << u"messages"_s << QByteArray(R"([{"content":["a",7],"type":"UserMessage"}])")
        << u"$[0].content[1]"_s << u"expected an object"_s;
    QTest::newRow("image relative url") << u"image"_s << QByteArray(R"({"url":"cat.png"})")
                                        << u"$.url"_s << u"is not a valid absolute URL"_s;
    QTest::newRow("image malformed data url")
        << u"image"_s << QByteArray(R"({"data":"data:image/png;base64"})") << u"$.data"_s
        << u"malformed data URL"_s;
    QTest::newRow("image data not a string")
        << u"image"_s << QByteArray(R"({"data":12})") << u"$.data"_s << u"expected a string"_s;
    QTest::newRow("assistant content missing")
        << u"messages"_s << QByteArray(R"([{"source":"assistant","type":"AssistantMessage"}])")
        << u"$[0].content"_s << u"is required"_s;
    QTest::newRow("assistant content number")
        << u"message"_s << QByteArray(R"({"content":3,"type":"AssistantMessage"})")
        << u"$.content"_s << u"expected a string or a list of function calls"_s;
    QTest::newRow("function call without name")
        << u"messages"_s
        << QByteArray(R"([{"content":[{"id":"c","arguments":"{}"}],"type":"AssistantMessage"}])")
        << u"$[0].content[0].name"_s << u"is required"_s;
    QTest::newRow("function call arguments number")
        << u"messages"_s
        << QByteArray(
               R"([{"content":[{"id":"c","name":"f","arguments":5}],"type":"AssistantMessage"}])")
        << u"$[0].content[0].arguments"_s << u"expected a JSON text string or an object"_s;
    QTest::newRow("assistant thought number")
        << u"message"_s << QByteArray(R"({"content":"x","thought":5,"type":"AssistantMessage"})")
        << u"$.thought"_s << u"expected a string"_s;
    QTest::newRow("tool result without call_id")
        << u"messages"_s
        << QByteArray(R"([{"content":[{"content":"42","name":"f"}],)"
                      R"("type":"FunctionExecutionResultMessage"}])")
        << u"$[0].content[0].call_id"_s << u"is required"_s;
    QTest::newRow("tool result is_error string")
        << u"message"_s
        << QByteArray(R"({"content":[{"content":"1","call_id":"a"},{"content":"2","call_id":"b",)"
                      R"("is_error":"no"}],"type":"FunctionExecutionResultMessage"})")
        << u"$.content[1].is_error"_s << u"expected true or false"_s;
    QTest::newRow("tool results not a list")
        << u"message"_s << QByteArray(R"({"content":"42","type":"FunctionExecutionResultMessage"})")
        << u"$.content"_s << u"expected an array"_s;

    // Requests: paths start at the request and name the field.
    QTest::newRow("request without messages")
        << u"request"_s << QByteArray(R"({"tools":[]})") << u"$.messages"_s << u"is required"_s;
    QTest::newRow("request bad message")
        << u"request"_s
        << QByteArray(R"({"messages":[{"content":"a","type":"SystemMessage"},)"
                      R"({"content":42,"type":"UserMessage"}]})")
        << u"$.messages[1].content"_s << u"expected a string or a list"_s;
    QTest::newRow("tool invalid name")
        << u"request"_s
        << QByteArray(R"({"messages":[],"tools":[{"name":"ok"},{"name":"get weather"}]})")
        << u"$.tools[1]"_s << u"may contain only letters, digits, '_' and '-'"_s;
    QTest::newRow("tool name not ascii") << u"tool"_s << QByteArray(R"({"name":"météo"})") << u"$"_s
                                         << u"may contain only letters"_s;
    QTest::newRow("tool name too long")
        << u"tool"_s << QByteArray(R"({"name":")" + QByteArray(65, 'a') + R"("})") << u"$"_s
        << u"longer than 64 characters"_s;
    QTest::newRow("tool name empty")
        << u"tool"_s << QByteArray(R"({"name":""})") << u"$"_s << u"tool name is empty"_s;
    QTest::newRow("tool name missing")
        << u"request"_s << QByteArray(R"({"messages":[],"tools":[{"description":"d"}]})")
        << u"$.tools[0].name"_s << u"is required"_s;
    QTest::newRow("tool parameters not an object")
        << u"request"_s << QByteArray(R"({"messages":[],"tools":[{"name":"f","parameters":[1]}]})")
        << u"$.tools[0].parameters"_s << u"expected an object"_s;
    QTest::newRow("tool parameters not an object schema")
        << u"tool"_s << QByteArray(R"({"name":"f","parameters":{"type":"array"}})") << u"$"_s
        << u"must be a JSON Schema with \"type\": \"object\""_s;
    QTest::newRow("tool strict not bool")
        << u"tool"_s << QByteArray(R"({"name":"f","strict":"yes"})") << u"$.strict"_s
        << u"expected true or false"_s;
    QTest::newRow("tools not an array")
        << u"request"_s << QByteArray(R"({"messages":[],"tools":{}})") << u"$.tools"_s
        << u"expected an array"_s;
    QTest::newRow("tool_choice unknown string")
        << u"request"_s << QByteArray(R"({"messages":[],"tool_choice":"always"})")
        << u"$.tool_choice"_s << u"expected \"auto\", \"required\", \"none\""_s;
    QTest::newRow("tool_choice object without name")
        << u"request"_s << QByteArray(R"({"messages":[],"tool_choice":{}})")
        << u"$.tool_choice.name"_s << u"is required"_s;
    QTest::newRow("json_output without schema")
        << u"request"_s << QByteArray(R"({"messages":[],"json_output":{"name":"x"}})")
        << u"$.json_output.schema"_s << u"expected a JSON Schema object"_s;
    QTest::newRow("json_output without name")
        << u"request"_s << QByteArray(R"({"messages":[],"json_output":{"schema":{}}})")
        << u"$.json_output.name"_s << u"is required"_s;
    QTest::newRow("json_output number")
        << u"request"_s << QByteArray(R"({"messages":[],"json_output":42})") << u"$.json_output"_s
        << u"expected true, false or {\"name\", \"schema\"}"_s;
    QTest::newRow("parameter wrong type")
        << u"request"_s << QByteArray(R"({"messages":[],"parameters":{"temperature":"hot"}})")
        << u"$.parameters.temperature"_s << u"expected a number"_s;
    QTest::newRow("parameter unknown")
        << u"request"_s << QByteArray(R"({"messages":[],"parameters":{"temprature":0.5}})")
        << u"$.parameters.temprature"_s << u"unknown parameter"_s;
    QTest::newRow("parameters not an object")
        << u"parameters"_s << QByteArray(R"([1])") << u"$"_s << u"expected an object"_s;
    QTest::newRow("extra_create_args array")
        << u"request"_s << QByteArray(R"({"messages":[],"extra_create_args":[]})")
        << u"$.extra_create_args"_s << u"expected an object"_s;
    QTest::newRow("request not an object")
        << u"request"_s << QByteArray(R"("hi")") << u"$"_s << u"expected an object"_s;

    // Results and the rest.
    QTest::newRow("result without finish_reason")
        << u"create_result"_s << QByteArray(R"({"content":"x"})") << u"$.finish_reason"_s
        << u"is required"_s;
    QTest::newRow("result unknown finish_reason")
        << u"create_result"_s << QByteArray(R"({"finish_reason":"tool_calls","content":"x"})")
        << u"$.finish_reason"_s << u"expected stop, length, function_calls, content_filter"_s;
    QTest::newRow("result fractional tokens")
        << u"create_result"_s
        << QByteArray(R"({"finish_reason":"stop","content":"x","usage":{"prompt_tokens":1.5}})")
        << u"$.usage.prompt_tokens"_s << u"expected an integer"_s;
    // Beyond the range of qint64 (found by tests/fuzz/fuzz_comparisondocument: UBSan).
    QTest::newRow("result huge tokens")
        << u"create_result"_s
        << QByteArray(R"({"finish_reason":"stop","content":"x","usage":{"prompt_tokens":1e300}})")
        << u"$.usage.prompt_tokens"_s << u"expected an integer"_s;
    QTest::newRow("exchange status 2^63")
        << u"exchange"_s << QByteArray(R"({"response":{"status":9223372036854775808}})")
        << u"$.response.status"_s << u"expected an integer"_s;
    QTest::newRow("result usage string tokens")
        << u"create_result"_s
        << QByteArray(R"({"finish_reason":"stop","content":"x","usage":{"completion_tokens":"5"}})")
        << u"$.usage.completion_tokens"_s << u"expected an integer"_s;
    QTest::newRow("result content missing")
        << u"create_result"_s << QByteArray(R"({"finish_reason":"stop"})") << u"$.content"_s
        << u"expected a string or a list of function calls"_s;
    QTest::newRow("result call without name")
        << u"create_result"_s
        << QByteArray(R"({"finish_reason":"function_calls","content":[{"id":"a","name":"f"},)"
                      R"({"id":"b"}]})")
        << u"$.content[1].name"_s << u"is required"_s;
    QTest::newRow("result logprobs object")
        << u"create_result"_s
        << QByteArray(R"({"finish_reason":"stop","content":"x","logprobs":{}})") << u"$.logprobs"_s
        << u"expected an array"_s;
    QTest::newRow("result cached string")
        << u"create_result"_s
        << QByteArray(R"({"finish_reason":"stop","content":"x","cached":"no"})") << u"$.cached"_s
        << u"expected true or false"_s;
    QTest::newRow("result bad exchange header")
        << u"create_result"_s
        << QByteArray(R"({"finish_reason":"stop","content":"x","exchange":{"request":)"
                      R"({"headers":[["a","b"],["c"]]}}})")
        << u"$.exchange.request.headers[1]"_s << u"expected [name, value]"_s;
    QTest::newRow("exchange attempt not an object")
        << u"exchange"_s << QByteArray(R"({"attempts":[{"status":500},5]})") << u"$.attempts[1]"_s
        << u"expected an object"_s;
    QTest::newRow("exchange status string")
        << u"exchange"_s << QByteArray(R"({"response":{"status":"200"}})") << u"$.response.status"_s
        << u"expected an integer"_s;
    QTest::newRow("model error unknown kind")
        << u"model_error"_s << QByteArray(R"({"kind":"rate-limit"})") << u"$.kind"_s
        << u"unknown error kind \"rate-limit\""_s;
    QTest::newRow("model error without kind")
        << u"model_error"_s << QByteArray(R"({"message":"x"})") << u"$.kind"_s << u"is required"_s;
    QTest::newRow("model error retry_after string")
        << u"model_error"_s << QByteArray(R"({"kind":"rate_limit","retry_after":"soon"})")
        << u"$.retry_after"_s << u"expected a number"_s;
    QTest::newRow("model info vision string")
        << u"model_info"_s << QByteArray(R"({"vision":"yes"})") << u"$.vision"_s
        << u"expected true or false"_s;
    QTest::newRow("model info fractional window")
        << u"model_info"_s << QByteArray(R"({"context_window":1.5})") << u"$.context_window"_s
        << u"expected an integer"_s;
    QTest::newRow("usage not an object")
        << u"usage"_s << QByteArray(R"([1])") << u"$"_s << u"expected an object"_s;
}

void tst_CoreTypes::errorPaths()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const QJsonValue value = parseJson(json);
    QVERIFY(!value.isUndefined());
    JsonError error;
    const std::optional<QJsonValue> parsed = parseAndDump(kind, value, &error);
    QVERIFY2(!parsed, "a broken document was accepted");
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.toString(), QString(path + u": "_s + error.message));

    // Without an error object the reader fails the same way and does not crash.
    QVERIFY(!parseAndDump(kind, value, nullptr));
}

void tst_CoreTypes::jsonErrorFirstProblemWins()
{
    JsonError error;
    QVERIFY(!setJsonError(&error, u"$.a"_s, u"first"_s));
    QVERIFY(!setJsonError(&error, u"$.b"_s, u"second"_s));
    QCOMPARE(error.path, u"$.a"_s);
    QCOMPARE(error.message, u"first"_s);
    QCOMPARE(error.toString(), u"$.a: first"_s);
    QVERIFY(!setJsonError(nullptr, u"$"_s, u"ignored"_s));
    QCOMPARE((JsonError{{}, u"no path"_s}.toString()), u"no path"_s);

    // A path given by the caller prefixes every error.
    JsonError nested;
    QVERIFY(!SystemMessage::fromJson(QJsonObject{}, &nested, u"$.conversation[3]"_s));
    QCOMPARE(nested.path, u"$.conversation[3].content"_s);
}

void tst_CoreTypes::requestValidation_data()
{
    QTest::addColumn<CompletionRequest>("request");
    QTest::addColumn<QString>("problem");

    const QList<LlmMessage> hi{UserMessage{u"hi"_s}};
    CompletionRequest ok;
    ok.messages = hi;
    QTest::newRow("minimal") << ok << QString();
    QTest::newRow("full") << fullRequest() << QString();

    QTest::newRow("no messages") << CompletionRequest{} << u"the request has no messages"_s;

    CompletionRequest badName = ok;
    badName.tools = {ToolSchema{u"get weather"_s, {}, {}, {}}};
    QTest::newRow("invalid tool name") << badName << u"may contain only letters"_s;

    CompletionRequest badParameters = ok;
    badParameters.tools = {ToolSchema{u"f"_s, {}, QJsonObject{{u"type"_s, u"string"_s}}, {}}};
    QTest::newRow("non-object parameters") << badParameters << u"\"type\": \"object\""_s;

    CompletionRequest duplicate = ok;
    duplicate.tools = {weatherTool(), timeTool(), weatherTool()};
    QTest::newRow("duplicate tool") << duplicate << u"tool \"get_weather\" is defined twice"_s;

    CompletionRequest missingNamed = ok;
    missingNamed.tools = {timeTool()};
    missingNamed.toolChoice = ToolChoice::named(u"get_weather"_s);
    QTest::newRow("named tool_choice missing")
        << missingNamed << u"tool_choice names \"get_weather\", which is not among the tools"_s;

    CompletionRequest named = missingNamed;
    named.tools << weatherTool();
    QTest::newRow("named tool_choice present") << named << QString();

    CompletionRequest namedNoTools = ok;
    namedNoTools.toolChoice = ToolChoice::named(u"f"_s);
    QTest::newRow("named tool_choice without tools") << namedNoTools << u"not among the tools"_s;

    CompletionRequest required = ok;
    required.toolChoice = {ToolChoice::Mode::Required, {}};
    QTest::newRow("required without tools")
        << required << u"tool_choice \"required\" needs at least one tool"_s;
    required.tools = {timeTool()};
    QTest::newRow("required with tools") << required << QString();

    CompletionRequest none = ok;
    none.toolChoice = {ToolChoice::Mode::None, {}};
    QTest::newRow("none without tools") << none << QString();

    CompletionRequest unnamedSchema = ok;
    unnamedSchema.jsonOutput = JsonOutput::jsonSchema({}, QJsonObject{{u"type"_s, u"object"_s}});
    QTest::newRow("schema without name") << unnamedSchema << u"a JSON output schema needs a name"_s;

    CompletionRequest jsonObject = ok;
    jsonObject.jsonOutput = JsonOutput::jsonObject();
    QTest::newRow("json object") << jsonObject << QString();
}

void tst_CoreTypes::requestValidation()
{
    QFETCH(CompletionRequest, request);
    QFETCH(QString, problem);

    const QString actual = request.validationError();
    if (problem.isEmpty())
        QCOMPARE(actual, QString());
    else
        QVERIFY2(actual.contains(problem), qPrintable(u"got: "_s + actual));
}

// ---- Parameters ----------------------------------------------------------------------------

void tst_CoreTypes::parametersSet_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonObject>("expected"); // toJson() after a successful set
    QTest::addColumn<QString>("problem");      // error fragment when set must fail

    auto good = [](const char *row, const QString &key, const QJsonValue &value,
                   const QJsonObject &expected) {
        QTest::newRow(row) << key << value << expected << QString();
    };
    auto bad
        = [](const char *row, const QString &key, const QJsonValue &value, const QString &problem) {
              QTest::newRow(row) << key << value << QJsonObject() << problem;
          };
    const QString number = u"expected a number"_s;
    const QString integer = u"expected an integer"_s;
    const QString boolean = u"expected true or false"_s;

    good("temperature", u"temperature"_s, 0.5, {{u"temperature"_s, 0.5}});
    good("temperature integer", u"temperature"_s, 1, {{u"temperature"_s, 1.0}});
    bad("temperature string", u"temperature"_s, u"0.5"_s, number);
    bad("temperature null", u"temperature"_s, QJsonValue(), number);
    good("top_p", u"top_p"_s, 0.9, {{u"top_p"_s, 0.9}});
    bad("top_p bool", u"top_p"_s, true, number);
    good("top_k", u"top_k"_s, 40, {{u"top_k"_s, 40}});
    bad("top_k fraction", u"top_k"_s, 4.5, integer);
    bad("top_k string", u"top_k"_s, u"40"_s, integer);
    good("max_tokens", u"max_tokens"_s, 256, {{u"max_tokens"_s, 256}});
    good("max_tokens float integral", u"max_tokens"_s, 256.0, {{u"max_tokens"_s, 256}});
    bad("max_tokens array", u"max_tokens"_s, QJsonArray{256}, integer);
    good("seed negative", u"seed"_s, -7, {{u"seed"_s, -7}});
    bad("seed bool", u"seed"_s, false, integer);
    good("n", u"n"_s, 3, {{u"n"_s, 3}});
    bad("n fraction", u"n"_s, 0.5, integer);
    good("presence_penalty", u"presence_penalty"_s, -1.5, {{u"presence_penalty"_s, -1.5}});
    bad("presence_penalty string", u"presence_penalty"_s, u"x"_s, number);
    good("frequency_penalty", u"frequency_penalty"_s, 0.25, {{u"frequency_penalty"_s, 0.25}});
    bad("frequency_penalty array", u"frequency_penalty"_s, QJsonArray(), number);
    good("logprobs", u"logprobs"_s, true, {{u"logprobs"_s, true}});
    bad("logprobs number", u"logprobs"_s, 1, boolean);
    good("top_logprobs", u"top_logprobs"_s, 5, {{u"top_logprobs"_s, 5}});
    bad("top_logprobs fraction", u"top_logprobs"_s, 5.5, integer);
    good("parallel_tool_calls", u"parallel_tool_calls"_s, false,
         {{u"parallel_tool_calls"_s, false}});
    bad("parallel_tool_calls string", u"parallel_tool_calls"_s, u"false"_s, boolean);
    good("reasoning_effort", u"reasoning_effort"_s, u"low"_s, {{u"reasoning_effort"_s, u"low"_s}});
    bad("reasoning_effort number", u"reasoning_effort"_s, 1, u"expected a string"_s);
    good("thinking_budget", u"thinking_budget"_s, 1024, {{u"thinking_budget"_s, 1024}});
    bad("thinking_budget bool", u"thinking_budget"_s, true, integer);
    good("stop string", u"stop"_s, u"END"_s, {{u"stop"_s, QJsonArray{u"END"_s}}});
    good("stop list", u"stop"_s, QJsonArray{u"\n"_s, u"END"_s},
         {{u"stop"_s, QJsonArray{u"\n"_s, u"END"_s}}});
    good("stop empty list", u"stop"_s, QJsonArray(), {});
    bad("stop list with number", u"stop"_s, QJsonArray{u"a"_s, 1},
        u"expected a string or a list of strings"_s);
    bad("stop number", u"stop"_s, 5, u"expected a string or a list of strings"_s);
    bad("unknown key", u"temprature"_s, 0.5, u"unknown parameter (known: temperature, top_p"_s);
    bad("AutoGen spelling", u"max_completion_tokens"_s, 5, u"unknown parameter"_s);
}

void tst_CoreTypes::parametersSet()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonObject, expected);
    QFETCH(QString, problem);

    CompletionParameters parameters;
    QString error;
    const bool ok = parameters.set(key, value, &error);
    if (problem.isEmpty()) {
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(parameters.toJson(), expected);
        QCOMPARE(parameters.isEmpty(), expected.isEmpty());
        // The same key through fromJson.
        const auto parsed = CompletionParameters::fromJson(QJsonObject{{key, value}});
        QVERIFY(parsed);
        QVERIFY(*parsed == parameters);
    } else {
        QVERIFY(!ok);
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY(parameters == CompletionParameters{});
        QVERIFY(!parameters.set(key, value, nullptr));
        if (!value.isNull()) {
            JsonError jsonError;
            QVERIFY(!CompletionParameters::fromJson(QJsonObject{{key, value}}, &jsonError));
            QCOMPARE(jsonError.path, QString(u"$."_s + key));
            QCOMPARE(jsonError.message, error);
        }
    }
}

void tst_CoreTypes::parametersKnownKeysAreAllSettable()
{
    // A value of the right type for every key; a new key needs a row here and in parametersSet.
    const QJsonObject values{{u"temperature"_s, 0.1},
                             {u"top_p"_s, 0.2},
                             {u"top_k"_s, 3},
                             {u"max_tokens"_s, 4},
                             {u"seed"_s, 5},
                             {u"stop"_s, u"x"_s},
                             {u"n"_s, 6},
                             {u"presence_penalty"_s, 0.7},
                             {u"frequency_penalty"_s, 0.8},
                             {u"logprobs"_s, true},
                             {u"top_logprobs"_s, 9},
                             {u"parallel_tool_calls"_s, true},
                             {u"reasoning_effort"_s, u"medium"_s},
                             {u"thinking_budget"_s, 10}};
    const QStringList known = CompletionParameters::knownKeys();
    QCOMPARE(known.size(), values.size());
    CompletionParameters all;
    for (const QString &key : known) {
        QVERIFY2(values.contains(key), qPrintable(key));
        QString error;
        QVERIFY2(all.set(key, values.value(key), &error), qPrintable(key + u": "_s + error));
    }
    QCOMPARE(sortedKeys(all.toJson()), sortedKeys(values));
    const auto parsed = CompletionParameters::fromJson(values);
    QVERIFY(parsed);
    QVERIFY(*parsed == all);
}

void tst_CoreTypes::parametersFailedSetKeepsValue()
{
    CompletionParameters parameters;
    QString error;
    QVERIFY(parameters.set(u"temperature"_s, 0.5, &error));
    QVERIFY(!parameters.set(u"temperature"_s, u"hot"_s, &error));
    QVERIFY(parameters.temperature == 0.5);

    QVERIFY(parameters.set(u"stop"_s, QJsonArray{u"a"_s}, &error));
    QVERIFY(!parameters.set(u"stop"_s, QJsonArray{u"b"_s, 2}, &error));
    QCOMPARE(parameters.stop, QStringList{u"a"_s});
    QVERIFY(parameters.set(u"stop"_s, u"c"_s, &error));
    QCOMPARE(parameters.stop, QStringList{u"c"_s});
}

void tst_CoreTypes::parametersFromJsonSkipsNulls()
{
    JsonError error;
    const auto parsed = CompletionParameters::fromJson(
        parseJson(R"({"temperature":null,"stop":"\n","seed":null,"top_k":2})"), &error);
    QVERIFY2(parsed, qPrintable(error.toString()));
    QCOMPARE(parsed->toJson(), (QJsonObject{{u"stop"_s, QJsonArray{u"\n"_s}}, {u"top_k"_s, 2}}));
    QVERIFY(CompletionParameters::fromJson(QJsonValue()));
    QVERIFY(CompletionParameters::fromJson(QJsonValue())->isEmpty());
}

// ---- ToolChoice and JsonOutput -------------------------------------------------------------

void tst_CoreTypes::toolChoiceJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<ToolChoice::Mode>("mode");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("written"); // toJson() of the parsed choice

    QTest::newRow("auto") << QByteArray(R"("auto")") << true << ToolChoice::Mode::Auto << QString()
                          << QByteArray(R"("auto")");
    QTest::newRow("required") << QByteArray(R"("required")") << true << ToolChoice::Mode::Required
                              << QString() << QByteArray(R"("required")");
    QTest::newRow("none") << QByteArray(R"("none")") << true << ToolChoice::Mode::None << QString()
                          << QByteArray(R"("none")");
    QTest::newRow("named") << QByteArray(R"({"name":"get_weather"})") << true
                           << ToolChoice::Mode::Named << u"get_weather"_s
                           << QByteArray(R"({"name":"get_weather"})");
    // AutoGen passes the whole Tool; its schema's name is what counts.
    QTest::newRow("named from tool schema")
        << QByteArray(R"({"name":"f","description":"d","parameters":{"type":"object"}})") << true
        << ToolChoice::Mode::Named << u"f"_s << QByteArray(R"({"name":"f"})");
    QTest::newRow("null") << QByteArray("null") << true << ToolChoice::Mode::Auto << QString()
                          << QByteArray(R"("auto")");
    QTest::newRow("unknown string") << QByteArray(R"("always")") << false << ToolChoice::Mode::Auto
                                    << QString() << QByteArray();
    QTest::newRow("Auto capitalised")
        << QByteArray(R"("Auto")") << false << ToolChoice::Mode::Auto << QString() << QByteArray();
    QTest::newRow("number") << QByteArray("42") << false << ToolChoice::Mode::Auto << QString()
                            << QByteArray();
    QTest::newRow("empty object") << QByteArray("{}") << false << ToolChoice::Mode::Auto
                                  << QString() << QByteArray();
    QTest::newRow("name not a string") << QByteArray(R"({"name":3})") << false
                                       << ToolChoice::Mode::Auto << QString() << QByteArray();
}

void tst_CoreTypes::toolChoiceJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(ToolChoice::Mode, mode);
    QFETCH(QString, name);
    QFETCH(QByteArray, written);

    JsonError error;
    const auto choice = ToolChoice::fromJson(parseJson(json), &error, u"$.tool_choice"_s);
    QCOMPARE(choice.has_value(), valid);
    if (!valid) {
        QVERIFY(error.path.startsWith(u"$.tool_choice"_s));
        QVERIFY(!error.message.isEmpty());
        return;
    }
    QCOMPARE(choice->mode, mode);
    QCOMPARE(choice->name, name);
    QCOMPARE(choice->toJson(), parseJson(written));
}

void tst_CoreTypes::toolChoiceFromString()
{
    QVERIFY((ToolChoice::fromString(u"auto"_s) == ToolChoice{}));
    QVERIFY((ToolChoice::fromString(u"required"_s) == ToolChoice{ToolChoice::Mode::Required, {}}));
    QVERIFY((ToolChoice::fromString(u"none"_s) == ToolChoice{ToolChoice::Mode::None, {}}));
    QVERIFY(ToolChoice::fromString(u"get_weather"_s) == ToolChoice::named(u"get_weather"_s));
    QCOMPARE(ToolChoice::named(u"x"_s).mode, ToolChoice::Mode::Named);
}

void tst_CoreTypes::jsonOutputJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<JsonOutput::Mode>("mode");
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QString>("errorPath");

    QTest::newRow("false") << QByteArray("false") << true << JsonOutput::Mode::Off
                           << QByteArray("false") << QString();
    QTest::newRow("true") << QByteArray("true") << true << JsonOutput::Mode::JsonObject
                          << QByteArray("true") << QString();
    QTest::newRow("null") << QByteArray("null") << true << JsonOutput::Mode::Off
                          << QByteArray("false") << QString();
    QTest::newRow("schema")
        << QByteArray(R"({"name":"answer","description":"The answer.","strict":true,)"
                      R"("schema":{"type":"object","properties":{"a":{"type":"integer"}}}})")
        << true << JsonOutput::Mode::JsonSchema
        << QByteArray(R"({"name":"answer","description":"The answer.","strict":true,)"
                      R"("schema":{"type":"object","properties":{"a":{"type":"integer"}}}})")
        << QString();
    QTest::newRow("schema minimal")
        << QByteArray(R"({"name":"x","schema":{}})") << true << JsonOutput::Mode::JsonSchema
        << QByteArray(R"({"name":"x","schema":{}})") << QString();
    QTest::newRow("string") << QByteArray(R"("json")") << false << JsonOutput::Mode::Off
                            << QByteArray() << u"$"_s;
    QTest::newRow("no schema") << QByteArray(R"({"name":"x"})") << false << JsonOutput::Mode::Off
                               << QByteArray() << u"$.schema"_s;
    QTest::newRow("schema array") << QByteArray(R"({"name":"x","schema":[]})") << false
                                  << JsonOutput::Mode::Off << QByteArray() << u"$.schema"_s;
    QTest::newRow("strict string")
        << QByteArray(R"({"name":"x","schema":{},"strict":"yes"})") << false
        << JsonOutput::Mode::Off << QByteArray() << u"$.strict"_s;
}

void tst_CoreTypes::jsonOutputJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(JsonOutput::Mode, mode);
    QFETCH(QByteArray, written);
    QFETCH(QString, errorPath);

    JsonError error;
    const auto output = JsonOutput::fromJson(parseJson(json), &error);
    QCOMPARE(output.has_value(), valid);
    if (!valid) {
        QCOMPARE(error.path, errorPath);
        return;
    }
    QCOMPARE(output->mode, mode);
    QCOMPARE(output->toJson(), parseJson(written));
}

// ---- Enumerations --------------------------------------------------------------------------

void tst_CoreTypes::finishReasonNames_data()
{
    QTest::addColumn<FinishReason>("reason");
    QTest::addColumn<QString>("name");

    QTest::newRow("stop") << FinishReason::Stop << u"stop"_s;
    QTest::newRow("length") << FinishReason::Length << u"length"_s;
    QTest::newRow("function_calls") << FinishReason::FunctionCalls << u"function_calls"_s;
    QTest::newRow("content_filter") << FinishReason::ContentFilter << u"content_filter"_s;
    QTest::newRow("unknown") << FinishReason::Unknown << u"unknown"_s;
}

void tst_CoreTypes::finishReasonNames()
{
    QFETCH(FinishReason, reason);
    QFETCH(QString, name);

    QCOMPARE(finishReasonName(reason), name);
    const auto parsed = finishReasonFromName(name);
    QVERIFY(parsed);
    QCOMPARE(*parsed, reason);
    QVERIFY(!finishReasonFromName(name.toUpper()));

    // Provider spellings are mapped by the readers, not accepted here.
    QVERIFY(!finishReasonFromName(u"tool_calls"_s));
    QVERIFY(!finishReasonFromName(QString()));
}

void tst_CoreTypes::modelErrorKindNames_data()
{
    QTest::addColumn<ModelError::Kind>("kind");
    QTest::addColumn<QString>("name");

    using K = ModelError::Kind;
    QTest::newRow("invalid_request") << K::InvalidRequest << u"invalid_request"_s;
    QTest::newRow("unsupported") << K::Unsupported << u"unsupported"_s;
    QTest::newRow("network") << K::Network << u"network"_s;
    QTest::newRow("timeout") << K::Timeout << u"timeout"_s;
    QTest::newRow("cancelled") << K::Cancelled << u"cancelled"_s;
    QTest::newRow("bad_request") << K::BadRequest << u"bad_request"_s;
    QTest::newRow("authentication") << K::Authentication << u"authentication"_s;
    QTest::newRow("permission_denied") << K::PermissionDenied << u"permission_denied"_s;
    QTest::newRow("not_found") << K::NotFound << u"not_found"_s;
    QTest::newRow("conflict") << K::Conflict << u"conflict"_s;
    QTest::newRow("request_too_large") << K::RequestTooLarge << u"request_too_large"_s;
    QTest::newRow("unprocessable_entity") << K::UnprocessableEntity << u"unprocessable_entity"_s;
    QTest::newRow("rate_limit") << K::RateLimit << u"rate_limit"_s;
    QTest::newRow("server") << K::Server << u"server"_s;
    QTest::newRow("overloaded") << K::Overloaded << u"overloaded"_s;
    QTest::newRow("http") << K::Http << u"http"_s;
    QTest::newRow("invalid_response") << K::InvalidResponse << u"invalid_response"_s;
    QTest::newRow("provider") << K::Provider << u"provider"_s;
}

void tst_CoreTypes::modelErrorKindNames()
{
    QFETCH(ModelError::Kind, kind);
    QFETCH(QString, name);

    QCOMPARE(ModelError::kindName(kind), name);
    const auto parsed = ModelError::kindFromName(name);
    QVERIFY(parsed);
    QCOMPARE(*parsed, kind);

    const ModelError error = ModelError::make(kind, u"m"_s);
    const auto back = ModelError::fromJson(error.toJson());
    QVERIFY(back);
    QVERIFY(*back == error);
    QCOMPARE(error.toJson().value(u"kind"_s).toString(), name);

    QVERIFY(!ModelError::kindFromName(u"rate-limit"_s));
    QVERIFY(!ModelError::kindFromName(QString()));
    QVERIFY(!ModelError::kindFromName(u"unknown"_s));
}

void tst_CoreTypes::modelErrorKindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ModelError::Kind>("kind");

    using K = ModelError::Kind;
    QTest::newRow("400") << 400 << K::BadRequest;
    QTest::newRow("401") << 401 << K::Authentication;
    QTest::newRow("402") << 402 << K::PermissionDenied;
    QTest::newRow("403") << 403 << K::PermissionDenied;
    QTest::newRow("404") << 404 << K::NotFound;
    QTest::newRow("408") << 408 << K::Timeout;
    QTest::newRow("409") << 409 << K::Conflict;
    QTest::newRow("413") << 413 << K::RequestTooLarge;
    QTest::newRow("418") << 418 << K::Http;
    QTest::newRow("422") << 422 << K::UnprocessableEntity;
    QTest::newRow("429") << 429 << K::RateLimit;
    QTest::newRow("500") << 500 << K::Server;
    QTest::newRow("502") << 502 << K::Server;
    QTest::newRow("503") << 503 << K::Server;
    QTest::newRow("529") << 529 << K::Overloaded;
    QTest::newRow("599") << 599 << K::Server;
    QTest::newRow("302") << 302 << K::Http;
}

void tst_CoreTypes::modelErrorKindForStatus()
{
    QFETCH(int, status);
    QFETCH(ModelError::Kind, kind);

    QCOMPARE(ModelError::kindForStatus(status), kind);
}

void tst_CoreTypes::modelErrorToString()
{
    QCOMPARE(richModelError().toString(),
             u"rate_limit (HTTP 429): Rate limit reached for gpt-4o [retry after 1.5 s] "
             "[request req_123]"_s);
    QCOMPARE(ModelError::make(ModelError::Kind::Network, u"connection refused"_s).toString(),
             u"network: connection refused"_s);
    QCOMPARE(ModelError::make(ModelError::Kind::Cancelled, {}).toString(), u"cancelled"_s);

    // http_status and request_id are null when absent, as the CLI's JSON output shows.
    const QJsonObject json = ModelError::make(ModelError::Kind::Timeout, u"idle"_s).toJson();
    QVERIFY(json.value(u"http_status"_s).isNull());
    QVERIFY(json.value(u"request_id"_s).isNull());
    QVERIFY(!json.contains(u"retry_after"_s));
    QVERIFY(!json.contains(u"provider_code"_s));
}

void tst_CoreTypes::requestUsageArithmetic()
{
    RequestUsage total;
    QVERIFY(total.isZero());
    total += richUsage();
    total += RequestUsage{1, 2, 3, 4, 5};
    QVERIFY((total == RequestUsage{1201, 352, 1003, 154, 125}));
    QCOMPARE(total.totalTokens(), 1553);
    QVERIFY(!total.isZero());
    QVERIFY(!(RequestUsage{0, 0, 0, 0, 1}.isZero()));
}

void tst_CoreTypes::exchangeTimings()
{
    const Exchange exchange = richExchange();
    QVERIFY(exchange.timeToFirstTokenMs());
    QCOMPARE(*exchange.timeToFirstTokenMs(), 300);
    QVERIFY(exchange.durationMs());
    QCOMPARE(*exchange.durationMs(), 1000);

    Exchange unfinished = exchange;
    unfinished.doneAtMs = 0;
    unfinished.firstTokenAtMs = 0;
    QVERIFY(!unfinished.durationMs());
    QVERIFY(!unfinished.timeToFirstTokenMs());
    QVERIFY(!Exchange{}.durationMs());
}

void tst_CoreTypes::dataUrlIsInlineImage()
{
    // Under "url" or through fromUrl(), a data: URL is inline bytes, not a remote image.
    const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(8, '\0');
    const QString dataUrl = u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    const auto fromKey = Image::fromJson(QJsonObject{{u"url"_s, dataUrl}});
    QVERIFY(fromKey);
    QVERIFY(!fromKey->isUrl());
    QCOMPARE(fromKey->mimeType, u"image/png"_s);
    QCOMPARE(QByteArray::fromBase64(fromKey->base64Data), png);
    const Image fromUrl = Image::fromUrl(QUrl(dataUrl));
    QCOMPARE(fromUrl, *fromKey);
    QCOMPARE(fromUrl.dataUrl(), dataUrl);
    QVERIFY(Image::fromUrl(QUrl(u"https://example.com/cat.png"_s)).isUrl());
    // The scheme in any case (found by tests/fuzz/fuzz_conversationimporter: a "DATA:" URL
    // was kept as a remote image, then read back as inline bytes once QUrl lower-cased it).
    for (const QString &key : {u"url"_s, u"data"_s}) {
        const auto upper = Image::fromJson(QJsonObject{{key, QString(u"DATA"_s + dataUrl.mid(4))}});
        QVERIFY(upper);
        QCOMPARE(*upper, *fromKey);
    }
}

QTEST_GUILESS_MAIN(tst_CoreTypes)
#include "tst_coretypes.moc"
