// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The conversation document: its format (round trips, forward compatibility), the importer
// (every foreign format, every kind of bad file) and copy-as-code (curl run against the
// loopback server, Python, key hygiene).
#include "conversation/codeexport.h"
#include "conversation/conversationformat.h"
#include "conversation/conversationimporter.h"
#include "conversation/curlexporter.h"
#include "conversation/pythonexporter.h"
#include "core/chatcompletionclient.h"
#include "fixtures.h"
#include "jobwaiter.h"
#include "leakscan.h"
#include "loopbackserver.h"
#include "profiles/clientfactory.h"
#include "transport/httptransport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;

Q_DECLARE_METATYPE(modelkit::ProviderKind)
Q_DECLARE_METATYPE(modelkit::ConversationImporter::Format)

namespace {

const QString canaryKey = u"sk-canary-7f3e9b1d2c4a6e8f"_s;

//! Random but reproducible conversations holding every kind of content.
class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    Conversation conversation()
    {
        Conversation c = Conversation::fromRequest({});
        c.title = text();
        c.profileName = chance() ? u"work \"main\""_s : QString();
        c.provider = oneOf({u"openai"_s, u"anthropic"_s, u"gemini"_s, QString()});
        c.model = oneOf({u"gpt-4o-mini"_s, u"claude-haiku-4-5"_s, QString()});
        const int messageCount = 1 + pick(8);
        for (int i = 0; i < messageCount; ++i)
            c.messages << ConversationMessage(message());
        const int toolCount = pick(4);
        for (int i = 0; i < toolCount; ++i)
            c.tools << tool(i);
        switch (pick(4)) {
        case 0:
            break;
        case 1:
            c.toolChoice = ToolChoice::fromString(u"required"_s);
            break;
        case 2:
            c.toolChoice = ToolChoice::fromString(u"none"_s);
            break;
        default:
            c.toolChoice
                = ToolChoice::named(c.tools.isEmpty() ? u"missing"_s : c.tools.first().name);
        }
        switch (pick(3)) {
        case 0:
            break;
        case 1:
            c.jsonOutput = JsonOutput::jsonObject();
            break;
        default:
            c.jsonOutput = JsonOutput::jsonSchema(u"answer"_s, schema(), chance());
            c.jsonOutput.description = text();
        }
        c.parameters = parameters();
        if (chance())
            c.extraCreateArgs = {{u"user"_s, text()},
                                 {u"metadata"_s, QJsonObject{{u"n"_s, 0.30000000000000004}}}};
        const int runCount = pick(4);
        for (int i = 0; i < runCount; ++i)
            c.runs << run();
        return c;
    }

private:
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance() { return m_rng.bounded(2) == 1; }
    QString oneOf(const QStringList &options) { return options.at(pick(int(options.size()))); }

    QString text()
    {
        static const QStringList pieces{u"Hello"_s,
                                        u"naïve café ☕"_s,
                                        u"line\nbreak"_s,
                                        u"tab\there"_s,
                                        u"quote \" and \\ backslash"_s,
                                        u"emoji 🤖"_s,
                                        QString(),
                                        u"control \u0001 char"_s,
                                        u"<b>&amp;</b> 'single'"_s,
                                        u"$HOME `cmd` MODELKIT_JSON"_s};
        QStringList out;
        const int n = 1 + pick(3);
        for (int i = 0; i < n; ++i)
            out << oneOf(pieces);
        return out.join(u' ');
    }

    QJsonObject schema()
    {
        return {{u"type"_s, u"object"_s},
                {u"properties"_s, QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                                              {u"days"_s, QJsonObject{{u"type"_s, u"integer"_s},
                                                                      {u"maximum"_s, 14}}}}},
                {u"required"_s, QJsonArray{u"city"_s}}};
    }

    ToolSchema tool(int index)
    {
        ToolSchema t;
        t.name = u"tool_%1"_s.arg(index);
        t.description = chance() ? text() : QString();
        t.parameters = chance() ? schema() : QJsonObject{};
        if (chance())
            t.strict = chance();
        return t;
    }

    FunctionCall functionCall()
    {
        FunctionCall call;
        call.id = u"call_%1"_s.arg(m_rng.generate());
        call.name = oneOf({u"get_weather"_s, u"now"_s});
        // Cut-off arguments stay as they were written.
        call.arguments = chance() ? u"{\"city\": \"Paris\", \"days\": 3}"_s : u"{\"city\": \"Pa"_s;
        return call;
    }

    LlmMessage message()
    {
        switch (pick(4)) {
        case 0:
            return SystemMessage{text()};
        case 1: {
            UserMessage user;
            user.source = chance() ? u"user"_s : u"alice"_s;
            if (chance()) {
                user.content = text();
            } else {
                QList<UserContentPart> parts;
                const int n = 1 + pick(4);
                for (int i = 0; i < n; ++i) {
                    switch (pick(3)) {
                    case 0:
                        parts << text();
                        break;
                    case 1:
                        parts << Image::fromBytes(QByteArray::fromBase64(testsupport::pngBase64));
                        break;
                    default:
                        parts << Image::fromUrl(
                            QUrl(u"https://example.com/cat%20%C3%A9.png?x=1"_s));
                    }
                }
                user.content = parts;
            }
            return user;
        }
        case 2: {
            AssistantMessage assistant;
            if (chance()) {
                assistant.content = text();
            } else {
                QList<FunctionCall> calls;
                const int n = 1 + pick(3);
                for (int i = 0; i < n; ++i)
                    calls << functionCall();
                assistant.content = calls;
            }
            if (chance())
                assistant.thought = text();
            if (chance())
                assistant.providerState = {
                    {u"anthropic"_s,
                     QJsonObject{{u"thinking_blocks"_s,
                                  QJsonArray{QJsonObject{{u"type"_s, u"thinking"_s},
                                                         {u"thinking"_s, text()},
                                                         {u"signature"_s, u"c2lnbmF0dXJl"_s}}}}}}};
            return assistant;
        }
        default: {
            FunctionExecutionResultMessage results;
            const int n = 1 + pick(3);
            for (int i = 0; i < n; ++i)
                results.content << FunctionExecutionResult{text(), u"get_weather"_s,
                                                           u"call_%1"_s.arg(i), chance()};
            return results;
        }
        }
    }

    CompletionParameters parameters()
    {
        CompletionParameters p;
        const QList<QPair<QString, QJsonValue>> all{
            {u"temperature"_s, 0.123456789},
            {u"top_p"_s, 1e-7},
            {u"top_k"_s, 40},
            {u"max_tokens"_s, 4096},
            {u"seed"_s, 9007199254740991LL},
            {u"stop"_s, QJsonArray{u"END"_s, u"\n\n"_s}},
            {u"n"_s, 1},
            {u"presence_penalty"_s, -0.5},
            {u"frequency_penalty"_s, 123456.789},
            {u"logprobs"_s, true},
            {u"top_logprobs"_s, 5},
            {u"parallel_tool_calls"_s, false},
            {u"reasoning_effort"_s, u"low"_s},
            {u"thinking_budget"_s, 2048},
        };
        for (const auto &[key, value] : all) {
            if (chance())
                p.set(key, value, nullptr);
        }
        return p;
    }

    ConversationRun run()
    {
        CreateResult result;
        result.finishReason = chance() ? FinishReason::Stop : FinishReason::FunctionCalls;
        if (result.finishReason == FinishReason::Stop)
            result.content = text();
        else
            result.content = QList<FunctionCall>{functionCall()};
        result.usage.promptTokens = 1200;
        result.usage.completionTokens = 340;
        result.usage.cachedPromptTokens = 1000;
        result.usage.reasoningTokens = 120;
        result.cached = pick(4) == 0;
        if (chance())
            result.logprobs = QJsonArray{QJsonObject{{u"token"_s, u"Hi"_s},
                                                     {u"logprob"_s, -0.0001234},
                                                     {u"bytes"_s, QJsonArray{72, 105}},
                                                     {u"top_logprobs"_s, QJsonArray{}}}};
        if (chance())
            result.thought = text();
        result.model = u"gpt-4o-mini-2024-07-18"_s;
        result.responseId = u"chatcmpl-123"_s;
        result.raw = {{u"id"_s, u"chatcmpl-123"_s}, {u"object"_s, u"chat.completion.chunk"_s}};
        Exchange &x = result.exchange;
        x.method = "POST";
        x.url = u"https://api.example.com/v1/chat/completions?api-version=2024-10-21"_s;
        x.requestHeaders
            = {{"Authorization", "Bearer [redacted]"}, {"Content-Type", "application/json"}};
        x.requestBody = R"({"model":"gpt-4o-mini","messages":[]})";
        x.status = 200;
        x.responseHeaders = {{"x-request-id", "req_1"}};
        x.responseBody = "data: {}\n\ndata: [DONE]\n\n";
        x.attempts = {{429, {}, 0}, {200, {}, 1500}};
        x.sentAtMs = 1767225600000 + pick(1000);
        x.firstByteAtMs = x.sentAtMs + 100;
        x.firstTokenAtMs = x.sentAtMs + 120;
        x.doneAtMs = x.sentAtMs + 977;
        std::optional<ModelError> error;
        if (pick(3) == 0) {
            error = ModelError::make(ModelError::Kind::RateLimit, text(), 429);
            error->retryAfterMs = 1500;
            error->requestId = u"req_2"_s;
        }
        ConversationRun run = ConversationRun::fromCall(
            result, error, chance(), QDateTime::fromMSecsSinceEpoch(x.sentAtMs, Qt::UTC));
        run.profileName = chance() ? u"work"_s : QString();
        run.provider = u"openai"_s;
        run.model = u"gpt-4o-mini"_s;
        run.messageCount = pick(9);
        run.usageEstimated = chance();
        run.costUsd = pick(3) == 0 ? std::optional<double>() : std::optional<double>(0.000123456);
        return run;
    }

    QRandomGenerator m_rng;
};

Conversation importBytes(const QByteArray &bytes, ConversationImporter::Format *format = nullptr)
{
    ImportError error;
    auto conversation = ConversationImporter::importBytes(bytes, u"test.json"_s, &error, format);
    if (!conversation)
        qWarning().noquote() << error.toString();
    return conversation.value_or(Conversation{});
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

//! A profile of `kind` that talks to the loopback server.
ProviderProfile loopbackProfile(ProviderKind kind, const QUrl &base)
{
    ProviderProfile profile;
    profile.name = u"loopback"_s;
    profile.kind = kind;
    profile.baseUrl = base;
    switch (kind) {
    case ProviderKind::OpenAi:
    case ProviderKind::OpenAiCompatible:
        profile.baseUrl = QUrl(base.toString() + u"/v1"_s);
        profile.model = u"test-model"_s;
        break;
    case ProviderKind::AzureOpenAi:
        profile.model = u"my-deployment"_s;
        break;
    default:
        break;
    }
    profile.keyVariable = u"MODELKIT_TEST_KEY"_s;
    return profile;
}

ScriptedResponse responseFor(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Anthropic:
        return ScriptedResponse::sse(
            testsupport::fixture(u"anthropic/messages-stream-basic-text.sse"_s));
    case ProviderKind::Gemini:
        return ScriptedResponse::sse(
            testsupport::fixture(u"gemini/stream-basic-reply-short.sse"_s));
    case ProviderKind::Ollama:
        return ScriptedResponse::ndjson(
            R"({"model":"llama3.2","created_at":"2026-11-21T10:00:00Z","message":{"role":"assistant","content":"Hello"},"done":false})"
            "\n"
            R"({"model":"llama3.2","created_at":"2026-11-21T10:00:01Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"prompt_eval_count":26,"eval_count":3})"
            "\n");
    default:
        return ScriptedResponse::sse(
            testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s));
    }
}

//! The header that carries the key for `kind`.
QByteArray keyHeader(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::AzureOpenAi:
        return "api-key";
    case ProviderKind::Anthropic:
        return "x-api-key";
    case ProviderKind::Gemini:
        return "x-goog-api-key";
    default:
        return "authorization";
    }
}

Conversation curlConversation()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"Be terse; it's \"fine\" to use $HOME and `ticks`."_s};
    UserMessage user;
    user.content = u"Say hi in one word. Ünïcödé ✓\nMODELKIT_JSON"_s;
    request.messages << user;
    request.parameters.temperature = 0.25;
    request.parameters.maxTokens = 64;
    Conversation conversation = Conversation::fromRequest(request);
    conversation.title = u"curl test"_s;
    return conversation;
}

} // namespace

class TstConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsByteIdentical_data();
    void roundTripIsByteIdentical();
    void everyFieldIsWritten();
    void unknownFieldsAndContentSurvive();
    void editedMessageKeepsUnknownFields();
    void setLlmMessagesKeepsWhatWasPreserved();
    void newerVersionIsRefused();
    void importsForeignFormats_data();
    void importsForeignFormats();
    void importErrorsNameFileAndPath_data();
    void importErrorsNameFileAndPath();
    void truncatedFilesFailAtEveryCut();
    void hugeFileIsRefusedBeforeReading();
    void deepNestingIsAnError();
    void curlSendsWhatTheAppSends_data();
    void curlSendsWhatTheAppSends();
    void exportsNeverHoldAKey_data();
    void exportsNeverHoldAKey();
    void pythonExportIsValidPython_data();
    void pythonExportIsValidPython();
    void shellQuotingSurvivesTheShell();
    void schemaAcceptsWhatIsWritten();
    void providerRefusalIsAnExportError();

private:
    QTemporaryDir m_dir;
};

void TstConversation::roundTripIsByteIdentical_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 60; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TstConversation::roundTripIsByteIdentical()
{
    QFETCH(quint32, seed);
    const Conversation original = Generator(seed).conversation();
    const QByteArray first = ConversationFormat::toBytes(original);
    ConversationImporter::Format format = ConversationImporter::Format::Request;
    const Conversation read = importBytes(first, &format);
    QCOMPARE(format, ConversationImporter::Format::Conversation);
    QCOMPARE(read.id, original.id);
    // Export → import → export: the same bytes.
    const QByteArray second = ConversationFormat::toBytes(read);
    QCOMPARE(second, first);
    QCOMPARE(ConversationFormat::toBytes(importBytes(second)), first);
    // Nothing was lost on the way.
    QCOMPARE(read.toRequest(), original.toRequest());
    QCOMPARE(read.title, original.title);
    QCOMPARE(read.createdAt, original.createdAt);
    QCOMPARE(read.runs.size(), original.runs.size());
    for (qsizetype i = 0; i < read.runs.size(); ++i) {
        QVERIFY(read.runs.at(i).result == original.runs.at(i).result);
        QVERIFY(read.runs.at(i).error == original.runs.at(i).error);
        QVERIFY(read.runs.at(i).costUsd == original.runs.at(i).costUsd);
        QVERIFY(read.runs.at(i).tokensPerSecond == original.runs.at(i).tokensPerSecond);
        QCOMPARE(read.runs.at(i).startedAt, original.runs.at(i).startedAt);
    }
}

void TstConversation::everyFieldIsWritten()
{
    Conversation c = Generator(7).conversation();
    c.runs = {Generator(8).conversation().runs.value(0, ConversationRun::fromCall({}, {}, true))};
    const QJsonObject o = c.toJson();
    for (const QString &key :
         {u"format"_s, u"version"_s, u"id"_s, u"title"_s, u"created_at"_s, u"updated_at"_s,
          u"profile"_s, u"provider"_s, u"model"_s, u"messages"_s, u"tools"_s, u"tool_choice"_s,
          u"json_output"_s, u"parameters"_s, u"extra_create_args"_s, u"runs"_s})
        QVERIFY2(o.contains(key), qPrintable(key));
    QCOMPARE(o.value(u"format"_s).toString(), u"modelkit.conversation"_s);
    QCOMPARE(o.value(u"version"_s).toInt(), 1);
    const QJsonObject run = o.value(u"runs"_s).toArray().first().toObject();
    for (const QString &key :
         {u"started_at"_s, u"profile"_s, u"provider"_s, u"model"_s, u"stream"_s, u"message_count"_s,
          u"result"_s, u"error"_s, u"usage"_s, u"usage_estimated"_s, u"cost_usd"_s, u"timings"_s})
        QVERIFY2(run.contains(key), qPrintable(key));
    const QJsonObject timings = run.value(u"timings"_s).toObject();
    QCOMPARE(timings.keys(), (QStringList{u"tokens_per_second"_s, u"total_ms"_s, u"ttft_ms"_s}));
    // Canonical: sorted keys, 4-space indentation, a final newline.
    const QByteArray bytes = ConversationFormat::toBytes(c);
    QVERIFY(bytes.startsWith("{\n    \"created_at\": "));
    QVERIFY(bytes.endsWith("}\n"));
}

void TstConversation::unknownFieldsAndContentSurvive()
{
    const QByteArray newer = R"({
        "format": "modelkit.conversation", "version": 1, "id": "c1", "title": "newer",
        "created_at": "2026-01-01T10:00:00.000Z", "updated_at": "2026-01-02T10:00:00+02:00",
        "profile": null, "provider": "openai", "model": "gpt-4o",
        "workspace": {"color": "teal", "pinned": true},
        "messages": [
            {"type": "SystemMessage", "content": "Be terse.", "cache": {"ttl": "1h"}},
            {"type": "UserMessage", "source": "user", "content": [
                "Look:",
                {"type": "audio", "format": "wav", "base64": "UklGRg=="},
                {"data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "mime_type": "image/png", "detail": "high"},
                {"type": "video_url", "video_url": {"url": "https://example.com/v.mp4"}}
            ]},
            {"type": "ReasoningMessage", "content": "hidden steps", "effort": 3},
            {"type": "AssistantMessage", "source": "assistant", "thought": null,
             "content": [{"id": "c1", "name": "f", "arguments": "{}", "signature": "abc"}]},
            {"type": "FunctionExecutionResultMessage",
             "content": [{"content": "ok", "name": "f", "call_id": "c1", "is_error": false, "ms": 12}]}
        ],
        "tools": [{"name": "f", "parameters": {"type": "object"}, "cache_control": {"type": "ephemeral"}}],
        "tool_choice": "auto", "json_output": false,
        "parameters": {"temperature": 0.5, "min_p": 0.05},
        "extra_create_args": {},
        "runs": [{"started_at": "2026-01-01T10:00:01.000Z", "provider": "openai", "model": "gpt-4o",
                  "stream": true, "message_count": 5, "usage_estimated": false, "cost_usd": null,
                  "usage": {"prompt_tokens": 1, "completion_tokens": 2, "cached_prompt_tokens": 0,
                            "cache_creation_tokens": 0, "reasoning_tokens": 0, "audio_tokens": 7},
                  "error": null, "region": "eu",
                  "timings": {"ttft_ms": 5, "total_ms": 9, "tokens_per_second": null, "queue_ms": 1},
                  "result": {"finish_reason": "stop", "content": "hi", "cached": false,
                             "logprobs": null, "thought": null, "safety": ["ok"],
                             "usage": {"prompt_tokens": 1, "completion_tokens": 2},
                             "raw": {}, "exchange": {"request": {"method": "POST",
                             "url": "https://x.test/v1", "headers": [], "body": "{}"},
                             "response": {"status": 200, "headers": [], "body": "",
                             "body_truncated": false, "http_version": "1.1"},
                             "attempts": [], "timings": {"sent_at_ms": 0, "first_byte_at_ms": 0,
                             "first_token_at_ms": 0, "done_at_ms": 0}}}}]
    })";
    const Conversation read = importBytes(newer);
    QCOMPARE(read.messages.size(), 5);
    QVERIFY(!read.messages.at(2).isKnown());
    QCOMPARE(read.messages.at(2).typeName(), u"ReasoningMessage"_s);
    QCOMPARE(read.messages.at(1).typeName(), u"UserMessage"_s);
    QCOMPARE(read.messages.at(4).typeName(), u"FunctionExecutionResultMessage"_s);
    QCOMPARE(read.unsupportedContent(),
             (QStringList{u"message 2: a content part of type \"audio\""_s,
                          u"message 2: a content part of type \"video_url\""_s,
                          u"message 3: a message of unknown type \"ReasoningMessage\""_s}));
    // What can be sent is sent: the unknown message and parts are left out.
    const CompletionRequest request = read.toRequest();
    QCOMPARE(request.messages.size(), 4);
    const auto parts
        = std::get<QList<UserContentPart>>(std::get<UserMessage>(request.messages.at(1)).content);
    QCOMPARE(parts.size(), 2);
    QCOMPARE(std::get<QString>(parts.at(0)), u"Look:"_s);
    QCOMPARE(std::get<Image>(parts.at(1)).mimeType, u"image/png"_s);
    QVERIFY(request.parameters.temperature == 0.5);

    const QByteArray exported = ConversationFormat::toBytes(read);
    const QJsonObject o = parse(exported);
    QCOMPARE(o.value(u"workspace"_s).toObject().value(u"color"_s).toString(), u"teal"_s);
    const QJsonArray messages = o.value(u"messages"_s).toArray();
    QCOMPARE(messages.at(0).toObject().value(u"cache"_s).toObject().value(u"ttl"_s).toString(),
             u"1h"_s);
    const QJsonArray content = messages.at(1).toObject().value(u"content"_s).toArray();
    QCOMPARE(content.size(), 4);
    QCOMPARE(content.at(1).toObject().value(u"type"_s).toString(), u"audio"_s);
    QCOMPARE(content.at(2).toObject().value(u"detail"_s).toString(), u"high"_s);
    QCOMPARE(content.at(3).toObject().value(u"type"_s).toString(), u"video_url"_s);
    QCOMPARE(messages.at(2).toObject().value(u"effort"_s).toInt(), 3);
    QCOMPARE(messages.at(3)
                 .toObject()
                 .value(u"content"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"signature"_s),
             QJsonValue(u"abc"_s));
    QCOMPARE(
        messages.at(4).toObject().value(u"content"_s).toArray().first().toObject().value(u"ms"_s),
        QJsonValue(12));
    QCOMPARE(o.value(u"tools"_s).toArray().first().toObject().value(u"cache_control"_s).toObject(),
             (QJsonObject{{u"type"_s, u"ephemeral"_s}}));
    QCOMPARE(o.value(u"parameters"_s).toObject().value(u"min_p"_s), QJsonValue(0.05));
    const QJsonObject run = o.value(u"runs"_s).toArray().first().toObject();
    QCOMPARE(run.value(u"region"_s).toString(), u"eu"_s);
    QCOMPARE(run.value(u"timings"_s).toObject().value(u"queue_ms"_s), QJsonValue(1));
    QCOMPARE(run.value(u"usage"_s).toObject().value(u"audio_tokens"_s), QJsonValue(7));
    const QJsonObject result = run.value(u"result"_s).toObject();
    QCOMPARE(result.value(u"safety"_s).toArray().first().toString(), u"ok"_s);
    QCOMPARE(result.value(u"exchange"_s)
                 .toObject()
                 .value(u"response"_s)
                 .toObject()
                 .value(u"http_version"_s),
             QJsonValue(u"1.1"_s));
    // Times are normalised to UTC once; from then on every export is the same.
    QCOMPARE(o.value(u"updated_at"_s).toString(), u"2026-01-02T08:00:00.000Z"_s);
    QCOMPARE(ConversationFormat::toBytes(importBytes(exported)), exported);
}

void TstConversation::editedMessageKeepsUnknownFields()
{
    const QByteArray newer = R"({"format": "modelkit.conversation", "version": 1,
        "messages": [{"type": "UserMessage", "source": "user", "pin": 1,
                      "content": ["a", {"type": "audio"}, "b"]}]})";
    Conversation read = importBytes(newer);
    UserMessage edited = std::get<UserMessage>(*read.messages.at(0).message());
    edited.content = u"changed"_s;
    read.messages[0].setMessage(edited);
    const QJsonObject message = read.toJson().value(u"messages"_s).toArray().first().toObject();
    QCOMPARE(message.value(u"content"_s).toString(), u"changed"_s);
    QCOMPARE(message.value(u"pin"_s), QJsonValue(1)); // unknown field kept
    QVERIFY(read.unsupportedContent().isEmpty());     // the unknown part went with the edit

    // An unchanged message keeps its parts in place.
    const Conversation again = importBytes(newer);
    const QJsonArray content = again.toJson()
                                   .value(u"messages"_s)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"content"_s)
                                   .toArray();
    QCOMPARE(content, (QJsonArray{u"a"_s, QJsonObject{{u"type"_s, u"audio"_s}}, u"b"_s}));
}

void TstConversation::setLlmMessagesKeepsWhatWasPreserved()
{
    const QByteArray newer = R"({"format": "modelkit.conversation", "version": 1,
        "messages": [{"type": "SystemMessage", "content": "s", "x": 1},
                     {"type": "Mystery", "payload": 2},
                     {"type": "UserMessage", "source": "user", "content": "u", "y": 3}]})";
    Conversation c = importBytes(newer);
    QList<LlmMessage> messages = c.llmMessages();
    QCOMPARE(messages.size(), 2);
    UserMessage added;
    added.content = u"new"_s;
    messages.insert(1, added);
    c.setLlmMessages(messages);
    QCOMPARE(c.messages.size(), 4);
    const QJsonArray out = c.toJson().value(u"messages"_s).toArray();
    QCOMPARE(out.at(0).toObject().value(u"x"_s), QJsonValue(1));
    QCOMPARE(out.at(1).toObject().value(u"type"_s).toString(), u"Mystery"_s); // after "s"
    QCOMPARE(out.at(2).toObject().value(u"content"_s).toString(), u"new"_s);
    QCOMPARE(out.at(3).toObject().value(u"y"_s), QJsonValue(3));

    // Its anchor removed, an unknown message moves to the front.
    c.setLlmMessages({messages.at(2)});
    QCOMPARE(c.messages.size(), 2);
    QVERIFY(!c.messages.at(0).isKnown());
}

void TstConversation::newerVersionIsRefused()
{
    ImportError error;
    QVERIFY(!ConversationImporter::importBytes(
        R"({"format": "modelkit.conversation", "version": 2, "messages": []})", u"v2.json"_s,
        &error));
    QCOMPARE(error.path, u"$.version"_s);
    QVERIFY2(error.message.contains(u"newer"_s), qPrintable(error.message));
    QVERIFY(!ConversationImporter::importBytes(R"({"format": "other.thing", "messages": []})",
                                               u"o.json"_s, &error));
    QCOMPARE(error.path, u"$.format"_s);
}

void TstConversation::importsForeignFormats_data()
{
    using Format = ConversationImporter::Format;
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("expected"); // the conversation's request, modelkit's JSON

    QTest::newRow("openai messages")
        << QByteArray(R"([{"role": "developer", "content": [{"type": "text", "text": "Be terse."}]},
            {"role": "user", "name": "alice", "content": [{"type": "text", "text": "What is this?"},
              {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}}]},
            {"role": "assistant", "content": "Checking.", "tool_calls": [
              {"id": "call_1", "type": "function", "function": {"name": "look", "arguments": "{\"x\":1}"}},
              {"id": "call_2", "type": "function", "function": {"name": "zoom", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "a cat"},
            {"role": "tool", "tool_call_id": "call_2", "content": [{"type": "text", "text": "2x"}]},
            {"role": "assistant", "content": null, "reasoning_content": "It is a cat."}])")
        << Format::OpenAiMessages << QByteArray(R"({"messages": [
            {"type": "SystemMessage", "content": "Be terse."},
            {"type": "UserMessage", "source": "alice", "content": ["What is this?", {"url": "https://example.com/a.png"}]},
            {"type": "AssistantMessage", "source": "assistant", "thought": "Checking.", "content": [
              {"id": "call_1", "name": "look", "arguments": "{\"x\":1}"},
              {"id": "call_2", "name": "zoom", "arguments": "{}"}]},
            {"type": "FunctionExecutionResultMessage", "content": [
              {"content": "a cat", "name": "look", "call_id": "call_1", "is_error": false},
              {"content": "2x", "name": "zoom", "call_id": "call_2", "is_error": false}]},
            {"type": "AssistantMessage", "source": "assistant", "thought": "It is a cat.", "content": ""}]})");

    QTest::newRow("openai request body")
        << QByteArray(
               R"({"model": "gpt-4o", "stream": true, "stream_options": {"include_usage": true},
            "messages": [{"role": "user", "content": "Weather?"}],
            "tools": [{"type": "function", "function": {"name": "get_weather", "description": "d",
              "parameters": {"type": "object"}, "strict": true}}],
            "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
            "response_format": {"type": "json_schema", "json_schema": {"name": "w", "schema": {"type": "object"}, "strict": true}},
            "temperature": 0.2, "max_tokens": 10, "max_completion_tokens": 99, "seed": 7,
            "stop": "END", "logit_bias": {"50256": -100}, "user": "u1"})")
        << Format::OpenAiRequest
        << QByteArray(
               R"({"messages": [{"type": "UserMessage", "source": "user", "content": "Weather?"}],
            "tools": [{"name": "get_weather", "description": "d", "parameters": {"type": "object"}, "strict": true}],
            "tool_choice": {"name": "get_weather"},
            "json_output": {"name": "w", "schema": {"type": "object"}, "strict": true},
            "parameters": {"temperature": 0.2, "max_tokens": 99, "seed": 7, "stop": ["END"]},
            "extra_create_args": {"logit_bias": {"50256": -100}, "user": "u1"}})");

    QTest::newRow("anthropic request body")
        << QByteArray(R"({"model": "claude-sonnet-4-5", "max_tokens": 2048, "stream": true,
            "system": [{"type": "text", "text": "Be terse.", "cache_control": {"type": "ephemeral"}}],
            "messages": [
              {"role": "user", "content": [{"type": "text", "text": "Look"},
                {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="}}]},
              {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "Hmm.", "signature": "sig1"},
                {"type": "text", "text": "Let me look."},
                {"type": "tool_use", "id": "toolu_1", "name": "zoom", "input": {"level": 2}}]},
              {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1",
                "content": [{"type": "text", "text": "zoomed"}], "is_error": true},
                {"type": "text", "text": "And now?"}]}],
            "tools": [{"name": "zoom", "description": "Zoom in", "input_schema": {"type": "object"}}],
            "tool_choice": {"type": "any", "disable_parallel_tool_use": true},
            "thinking": {"type": "enabled", "budget_tokens": 1024},
            "stop_sequences": ["STOP"], "top_k": 5, "metadata": {"user_id": "u"}})")
        << Format::AnthropicRequest << QByteArray(R"({"messages": [
            {"type": "SystemMessage", "content": "Be terse."},
            {"type": "UserMessage", "source": "user", "content": ["Look", {"data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "mime_type": "image/png"}]},
            {"type": "AssistantMessage", "source": "assistant", "thought": "Hmm.\n\nLet me look.",
             "content": [{"id": "toolu_1", "name": "zoom", "arguments": "{\"level\":2}"}],
             "provider_state": {"anthropic": {"thinking_blocks": [{"type": "thinking", "thinking": "Hmm.", "signature": "sig1"}]}}},
            {"type": "FunctionExecutionResultMessage", "content": [
              {"content": "zoomed", "name": "zoom", "call_id": "toolu_1", "is_error": true}]},
            {"type": "UserMessage", "source": "user", "content": "And now?"}],
            "tools": [{"name": "zoom", "description": "Zoom in", "parameters": {"type": "object"}}],
            "tool_choice": "required",
            "parameters": {"max_tokens": 2048, "thinking_budget": 1024, "stop": ["STOP"], "top_k": 5,
                           "parallel_tool_calls": false},
            "extra_create_args": {"metadata": {"user_id": "u"}}})");

    QTest::newRow("anthropic messages")
        << QByteArray(R"([{"role": "user", "content": "Hi"},
            {"role": "assistant", "content": [{"type": "redacted_thinking", "data": "xyz"},
              {"type": "text", "text": "Hello"}]}])")
        << Format::AnthropicMessages
        << QByteArray(R"({"messages": [{"type": "UserMessage", "source": "user", "content": "Hi"},
            {"type": "AssistantMessage", "source": "assistant", "content": "Hello",
             "provider_state": {"anthropic": {"thinking_blocks": [{"type": "redacted_thinking", "data": "xyz"}]}}}]})");

    QTest::newRow("autogen list") << QByteArray(R"([{"type": "SystemMessage", "content": "s"},
            {"type": "UserMessage", "content": [{"data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="}], "source": "user"},
            {"type": "AssistantMessage", "content": "a", "thought": "t", "source": "assistant"}])")
                                  << Format::AutoGenMessages
                                  << QByteArray(
                                         R"({"messages": [{"type": "SystemMessage", "content": "s"},
            {"type": "UserMessage", "content": [{"data": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "mime_type": "image/png"}], "source": "user"},
            {"type": "AssistantMessage", "content": "a", "thought": "t", "source": "assistant"}]})");

    QTest::newRow("modelkit request")
        << QByteArray(R"({"messages": [{"type": "UserMessage", "content": "x", "source": "user"}],
            "json_output": true, "parameters": {"n": 2}, "extra_create_args": {"store": false}})")
        << Format::Request
        << QByteArray(R"({"messages": [{"type": "UserMessage", "content": "x", "source": "user"}],
            "json_output": true, "parameters": {"n": 2}, "extra_create_args": {"store": false}})");
}

void TstConversation::importsForeignFormats()
{
    QFETCH(QByteArray, json);
    QFETCH(ConversationImporter::Format, format);
    QFETCH(QByteArray, expected);
    ConversationImporter::Format detected = ConversationImporter::Format::Conversation;
    ImportError error;
    const auto conversation
        = ConversationImporter::importBytes(json, u"/tmp/some-chat.json"_s, &error, &detected);
    QVERIFY2(conversation, qPrintable(error.toString()));
    QCOMPARE(detected, format);
    const auto want = CompletionRequest::fromJson(parse(expected));
    QVERIFY(want);
    QCOMPARE(conversation->toRequest().toJson(), want->toJson());
    QCOMPARE(conversation->title, u"some-chat"_s);
    QVERIFY(!conversation->id.isEmpty());
    // What was imported exports and reads back unchanged.
    const QByteArray bytes = ConversationFormat::toBytes(*conversation);
    QCOMPARE(ConversationFormat::toBytes(importBytes(bytes)), bytes);
}

void TstConversation::importErrorsNameFileAndPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray("  \n") << QString() << u"empty"_s;
    QTest::newRow("not JSON") << QByteArray("{\n  \"messages\": [,]\n}") << QString()
                              << u"invalid JSON"_s;
    QTest::newRow("scalar") << QByteArray("42") << QString() << u"invalid JSON"_s;
    QTest::newRow("string top") << QByteArray("\"hi\"") << QString() << u"invalid JSON"_s;
    QTest::newRow("no messages") << QByteArray(R"({"model": "x"})") << u"$"_s << u"\"messages\""_s;
    QTest::newRow("messages object")
        << QByteArray(R"({"messages": {}})") << u"$.messages"_s << u"expected an array"_s;
    QTest::newRow("our messages object")
        << QByteArray(R"({"format": "modelkit.conversation", "version": 1, "messages": {}})")
        << u"$.messages"_s << u"expected an array"_s;
    QTest::newRow("version string")
        << QByteArray(R"({"format": "modelkit.conversation", "version": "1", "messages": []})")
        << u"$.version"_s << u"positive integer"_s;
    QTest::newRow("content number") << QByteArray(R"([{"type": "UserMessage", "content": 42}])")
                                    << u"$[0].content"_s << u"expected a string or a list"_s;
    QTest::newRow("bad image") << QByteArray(
        R"([{"type": "UserMessage", "content": ["a", {"type": "x"}, {"data": "%%%"}]}])")
                               << u"$[0].content[2].data"_s << u"base64"_s;
    QTest::newRow("run result typed wrong")
        << QByteArray(R"({"format": "modelkit.conversation", "version": 1, "messages": [],
                         "runs": [{"result": {"finish_reason": "stop", "usage": []}}]})")
        << u"$.runs[0].result.usage"_s << u"expected an object"_s;
    QTest::newRow("bad date") << QByteArray(
        R"({"format": "modelkit.conversation", "version": 1, "messages": [],
                         "created_at": "yesterday"})")
                              << u"$.created_at"_s << u"ISO 8601"_s;
    QTest::newRow("parameter typed wrong")
        << QByteArray(R"({"format": "modelkit.conversation", "version": 1, "messages": [],
                         "parameters": {"temperature": "hot"}})")
        << u"$.parameters.temperature"_s << u"expected a number"_s;
    QTest::newRow("request unknown parameter")
        << QByteArray(R"({"messages": [{"type": "UserMessage", "content": "x"}],
                         "parameters": {"temprature": 1}})")
        << u"$.parameters.temprature"_s << u"unknown parameter"_s;
    QTest::newRow("openai unknown role")
        << QByteArray(R"([{"role": "user", "content": "x"}, {"role": "robot", "content": "y"}])")
        << u"$[1].role"_s << u"unknown role \"robot\""_s;
    QTest::newRow("openai audio part") << QByteArray(
        R"({"messages": [{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}]})")
                                       << u"$.messages[0].content[0].type"_s << u"input_audio"_s;
    QTest::newRow("openai tool_calls typed wrong")
        << QByteArray(R"([{"role": "assistant", "content": "x", "tool_calls": {"id": 1}}])")
        << u"$[0].tool_calls"_s << u"expected an array"_s;
    QTest::newRow("openai custom tool") << QByteArray(
        R"({"messages": [{"role": "user", "content": "x"}], "tools": [{"type": "custom", "custom": {}}]})")
                                        << u"$.tools[0].type"_s << u"custom"_s;
    QTest::newRow("anthropic document") << QByteArray(
        R"({"system": "s", "messages": [{"role": "user", "content": [{"type": "document", "source": {}}]}]})")
                                        << u"$.messages[0].content[0].type"_s << u"document"_s;
    QTest::newRow("anthropic tool input") << QByteArray(
        R"({"system": "s", "messages": [{"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "n", "input": [1]}]}]})")
                                          << u"$.messages[0].content[0].input"_s
                                          << u"expected an object"_s;
    // Found by tests/fuzz/fuzz_conversationimporter: imported, then refused on reopening.
    QTest::newRow("anthropic tool schema") << QByteArray(
        R"({"system": "s", "messages": [{"role": "user", "content": "x"}],
                      "tools": [{"name": "n", "input_schema": {"properties": {}}}]})")
                                           << u"$.tools[0]"_s << u"\"type\": \"object\""_s;
    QTest::newRow("list of numbers")
        << QByteArray("[1, 2]") << u"$[0]"_s << u"expected a message object"_s;
}

void TstConversation::importErrorsNameFileAndPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    ImportError error;
    QVERIFY(!ConversationImporter::importBytes(json, u"bad.json"_s, &error));
    QCOMPARE(error.file, u"bad.json"_s);
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QVERIFY(error.toString().startsWith(u"bad.json"_s));
    if (message == u"invalid JSON") {
        QVERIFY(error.line >= 1 && error.column >= 1);
        QVERIFY2(
            error.toString().startsWith(u"bad.json:%1:%2: "_s.arg(error.line).arg(error.column)),
            qPrintable(error.toString()));
    }
}

void TstConversation::truncatedFilesFailAtEveryCut()
{
    const QByteArray whole = ConversationFormat::toBytes(Generator(3).conversation());
    // Every cut of a canonical file is invalid JSON (never a partial conversation).
    const qsizetype step = std::max<qsizetype>(1, whole.size() / 400);
    for (qsizetype cut = 0; cut + 2 < whole.size(); cut += step) {
        ImportError error;
        const auto partial
            = ConversationImporter::importBytes(whole.left(cut), u"cut.json"_s, &error);
        QVERIFY2(!partial, qPrintable(u"cut at %1"_s.arg(cut)));
        QVERIFY2(!error.message.isEmpty(), qPrintable(u"cut at %1"_s.arg(cut)));
    }
    QVERIFY(ConversationImporter::importBytes(whole, u"whole.json"_s, nullptr));
}

void TstConversation::hugeFileIsRefusedBeforeReading()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"huge.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 100 MB of a valid-looking document: the size alone refuses it.
        const QByteArray chunk(1024 * 1024, ' ');
        file.write("{\"messages\": [");
        for (int i = 0; i < 100; ++i)
            QCOMPARE(file.write(chunk), chunk.size());
        file.write("]}");
    }
    QElapsedTimer clock;
    clock.start();
    ImportError error;
    QVERIFY(!ConversationImporter::importFile(path, &error));
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(u"file too large"_s) && error.message.contains(u"64 MiB"_s),
             qPrintable(error.toString()));
    QVERIFY2(clock.elapsed() < 2000, "the size is checked before reading");
    QFile::remove(path);

    QVERIFY(!ConversationImporter::importFile(m_dir.filePath(u"missing.json"_s), &error));
    QVERIFY2(error.message.contains(u"cannot read"_s), qPrintable(error.toString()));
}

void TstConversation::deepNestingIsAnError()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    ImportError error;
    QVERIFY(!ConversationImporter::importBytes(deep, u"deep.json"_s, &error));
    QVERIFY2(error.message.contains(u"invalid JSON"_s), qPrintable(error.toString()));
    // Nesting Qt accepts is still no message.
    const QByteArray nested = "[" + QByteArray(500, '[') + QByteArray(500, ']') + "]";
    QVERIFY(!ConversationImporter::importBytes(nested, u"nested.json"_s, &error));
    QCOMPARE(error.path, u"$[0]"_s);
    // Deep JSON inside a field survives the round trip.
    QJsonValue value = u"leaf"_s;
    for (int i = 0; i < 200; ++i)
        value = QJsonObject{{u"n"_s, value}};
    Conversation c = Conversation::fromRequest({});
    c.extraCreateArgs = {{u"deep"_s, value}};
    const QByteArray bytes = ConversationFormat::toBytes(c);
    QCOMPARE(ConversationFormat::toBytes(importBytes(bytes)), bytes);
}

void TstConversation::curlSendsWhatTheAppSends_data()
{
    QTest::addColumn<ProviderKind>("kind");
    for (ProviderKind kind : ProviderKinds::all())
        QTest::newRow(qPrintable(ProviderKinds::id(kind))) << kind;
}

void TstConversation::curlSendsWhatTheAppSends()
{
    QFETCH(ProviderKind, kind);
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    if (curl.isEmpty())
        QFAIL("curl is not installed (packaging/install-deps.sh installs it)");
    LoopbackServer server;
    QVERIFY(server.isListening());
    const Conversation conversation = curlConversation();
    const ProviderProfile profile = loopbackProfile(kind, server.baseUrl());

    // The app's request and reply.
    const ScriptedResponse response = responseFor(kind);
    QVERIFY(!response.body.isEmpty());
    server.enqueue(response);
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    QString error;
    const auto client = ClientFactory::create(profile, canaryKey, &transport, &error);
    QVERIFY2(client, qPrintable(error));
    CompletionJob *job = client->createStream(conversation.toRequest());
    QVERIFY(testsupport::waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QVERIFY(!job->result().text().isEmpty());
    QCOMPARE(server.requests().size(), 1);
    const testsupport::RecordedRequest app = server.requests().first();

    // The same through curl.
    CodeExport::Target target = CodeExport::targetFor(profile, true);
    target.sendsKey = true;
    const auto script
        = CodeExport::generate(conversation, target, CodeExport::Format::Curl, &error);
    QVERIFY2(script, qPrintable(error));
    QVERIFY(!script->contains(canaryKey));
    server.enqueue(response);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MODELKIT_TEST_KEY"_s, canaryKey);
    env.insert(u"HOME"_s, u"/nonexistent"_s); // no ~/.curlrc
    process.setProcessEnvironment(env);
    process.start(u"/bin/sh"_s, {u"-c"_s, *script});
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(process.waitForStarted(5000));
    QVERIFY(finished.wait(20000));
    const QByteArray out = process.readAllStandardOutput();
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(server.requests().size(), 2);
    const testsupport::RecordedRequest copied = server.requests().at(1);

    QCOMPARE(copied.method, app.method);
    QCOMPARE(copied.path, app.path);
    QCOMPARE(copied.query.toString(), app.query.toString());
    QCOMPARE(copied.json(), app.json());
    QVERIFY(!app.json().isEmpty());
    QCOMPARE(copied.header(keyHeader(kind)), app.header(keyHeader(kind)));
    QVERIFY(app.header(keyHeader(kind)).contains(canaryKey.toUtf8()));
    for (const QByteArray header : {"content-type", "accept", "user-agent", "anthropic-version"})
        QCOMPARE(copied.header(header), app.header(header));
    // The same reply: the bytes the app read.
    QCOMPARE(out, response.body);
}

void TstConversation::exportsNeverHoldAKey_data()
{
    curlSendsWhatTheAppSends_data();
}

void TstConversation::exportsNeverHoldAKey()
{
    QFETCH(ProviderKind, kind);
    const QString headerCanary = u"hdr-canary-0b5e2a"_s;
    LoopbackServer server;
    QVERIFY(server.isListening());
    ProviderProfile profile = loopbackProfile(kind, server.baseUrl());
    profile.extraHeaders = {{"X-Gateway-Api-Key", headerCanary.toUtf8()}, {"X-Trace", "t1"}};

    // A real run whose exchange saw the key, saved into the conversation.
    Conversation conversation = curlConversation();
    server.enqueue(responseFor(kind));
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    QString error;
    const auto client = ClientFactory::create(profile, canaryKey, &transport, &error);
    QVERIFY2(client, qPrintable(error));
    CompletionJob *job = client->createStream(conversation.toRequest());
    QVERIFY(testsupport::waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    QVERIFY(server.requests().first().header(keyHeader(kind)).contains(canaryKey.toUtf8()));
    QCOMPARE(server.requests().first().header("x-gateway-api-key"), headerCanary.toUtf8());
    ConversationRun run = ConversationRun::fromCall(job->result(), std::nullopt, true);
    run.provider = client->providerName();
    conversation.appendRun(run);
    conversation.profileName = profile.name;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto save = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    save(u"conversation.json"_s, ConversationFormat::toBytes(conversation));
    CodeExport::Target target = CodeExport::targetFor(profile, true);
    target.sendsKey = true;
    for (CodeExport::Format format :
         {CodeExport::Format::Curl, CodeExport::Format::Python, CodeExport::Format::Body}) {
        const auto code = CodeExport::generate(conversation, target, format, &error);
        QVERIFY2(code, qPrintable(error));
        save(CodeExport::formatId(format), code->toUtf8());
        if (format == CodeExport::Format::Curl) {
            QVERIFY2(code->contains(u"\"$MODELKIT_TEST_KEY\""_s), qPrintable(*code));
            QVERIFY2(code->contains(u"\"$X_GATEWAY_API_KEY\""_s), qPrintable(*code));
            QVERIFY(code->contains(u"'X-Trace: t1'"_s));
        }
        if (format == CodeExport::Format::Python)
            QVERIFY2(code->contains(u"os.environ[\"MODELKIT_TEST_KEY\"]"_s), qPrintable(*code));
    }
    QCOMPARE(testsupport::filesContaining(dir.path(), canaryKey.toUtf8()), QStringList());
    QCOMPARE(testsupport::filesContaining(dir.path(), headerCanary.toUtf8()), QStringList());
}

void TstConversation::pythonExportIsValidPython_data()
{
    curlSendsWhatTheAppSends_data();
}

void TstConversation::pythonExportIsValidPython()
{
    QFETCH(ProviderKind, kind);
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QFAIL("python3 is not installed (packaging/install-deps.sh installs it)");
    // Something every provider can send: text, a data image, a tool, a call and its result.
    CompletionRequest request;
    request.messages << SystemMessage{u"Be \"terse\"\n\\ ok"_s};
    UserMessage user;
    QList<UserContentPart> parts{u"Look: 'here' ✓"_s};
    if (kind != ProviderKind::Ollama) // Ollama's default model takes no images
        parts << Image::fromBytes(QByteArray::fromBase64(testsupport::pngBase64));
    user.content = parts;
    request.messages << user;
    AssistantMessage assistant;
    assistant.content = QList<FunctionCall>{{u"call_1"_s, u"zoom"_s, u"{\"level\": 2}"_s}};
    assistant.thought = u"thinking"_s;
    request.messages << assistant;
    request.messages << FunctionExecutionResultMessage{
        {{u"done"_s, u"zoom"_s, u"call_1"_s, false}}};
    ToolSchema tool;
    tool.name = u"zoom"_s;
    tool.parameters
        = {{u"type"_s, u"object"_s},
           {u"properties"_s, QJsonObject{{u"level"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}}};
    request.tools << tool;
    request.parameters.temperature = 1;
    if (kind != ProviderKind::Ollama)
        request.toolChoice = ToolChoice::named(u"zoom"_s);
    if (kind == ProviderKind::OpenAiCompatible)
        request.extraCreateArgs = {{u"top_k"_s, 3}, {u"repetition_penalty"_s, 1.1}};
    const Conversation conversation = Conversation::fromRequest(request);
    ProviderProfile profile = loopbackProfile(kind, QUrl(u"http://127.0.0.1:9"_s));
    profile.extraHeaders = {{"X-Trace", "t1"}};
    QString error;
    for (bool streaming : {false, true}) {
        const auto code
            = CodeExport::generate(conversation, CodeExport::targetFor(profile, streaming),
                                   CodeExport::Format::Python, &error);
        QVERIFY2(code, qPrintable(error));
        QProcess process;
        process.start(python, {u"-c"_s, u"import ast, sys; ast.parse(sys.stdin.read())"_s});
        QVERIFY(process.waitForStarted(5000));
        process.write(code->toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(20000));
        QVERIFY2(process.exitCode() == 0,
                 qPrintable(QString::fromUtf8(process.readAllStandardError()) + u'\n' + *code));
        QVERIFY(code->contains(streaming ? u"create_stream("_s : u"await client.create("_s));
        if (kind == ProviderKind::OpenAiCompatible)
            QVERIFY2(code->contains(u"\"extra_body\": {"_s), qPrintable(*code));
        if (kind != ProviderKind::Ollama)
            QVERIFY(
                code->contains(u"FunctionTool(_forced_tool, description=\"\", name=\"zoom\")"_s));
    }
}

void TstConversation::shellQuotingSurvivesTheShell()
{
    const QString tricky = u"it's $HOME `id` \"q\" \\ ✓"_s;
    QProcess process;
    process.start(u"/bin/sh"_s, {u"-c"_s, u"printf %s "_s + CurlExporter::shellQuote(tricky)});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), tricky);

    QProcessEnvironment env;
    env.insert(u"B_VAR"_s, u"from b"_s);
    process.setProcessEnvironment(env);
    process.start(
        u"/bin/sh"_s,
        {u"-c"_s, u"printf %s "_s + CurlExporter::variableReference({u"A_VAR"_s, u"B_VAR"_s})});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.readAllStandardOutput(), QByteArray("from b"));
}

void TstConversation::providerRefusalIsAnExportError()
{
    CompletionRequest request;
    UserMessage user;
    user.content = u"x"_s;
    request.messages << user;
    request.parameters.seed = 3; // Anthropic takes no seed
    const Conversation conversation = Conversation::fromRequest(request);
    ProviderProfile profile;
    profile.name = u"a"_s;
    profile.kind = ProviderKind::Anthropic;
    QString error;
    QVERIFY(!CodeExport::generate(conversation, CodeExport::targetFor(profile),
                                  CodeExport::Format::Curl, &error));
    QVERIFY2(error.contains(u"seed"_s), qPrintable(error));
    // Nothing to send is refused as the app refuses it.
    QVERIFY(!CodeExport::generate(Conversation::fromRequest({}), CodeExport::targetFor(profile),
                                  CodeExport::Format::Body, &error));
    QVERIFY2(error.contains(u"no messages"_s), qPrintable(error));
}

void TstConversation::schemaAcceptsWhatIsWritten()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty() || QProcess::execute(python, {u"-c"_s, u"import jsonschema"_s}) != 0)
        QFAIL("python3 with jsonschema is not installed (packaging/install-deps.sh installs "
              "python3-jsonschema)");
    const QString schema = QFileInfo(QStringLiteral(__FILE__))
                               .dir()
                               .absoluteFilePath(u"../../modelkit/conversation/"
                                                 "modelkit.conversation.v1.schema.json"_s);
    QVERIFY2(QFileInfo::exists(schema), qPrintable(schema));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList good;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        const QString path = dir.filePath(u"good%1.json"_s.arg(seed));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ConversationFormat::toBytes(Generator(seed).conversation()));
        good << path;
    }
    const QStringList bad{
        R"({"format": "modelkit.conversation", "version": 2, "messages": []})"_L1,
        R"({"format": "modelkit.conversation", "version": 1, "messages": {}})"_L1,
        R"({"format": "modelkit.conversation", "version": 1, "messages": [{"type": "UserMessage", "content": 4}]})"_L1,
        R"({"format": "modelkit.conversation", "version": 1, "messages": [], "runs": [{"cost_usd": "free"}]})"_L1,
    };
    const QString script = uR"(
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    errors = list(validator.iter_errors(json.load(open(path))))
    if errors:
        sys.exit(path + ": " + errors[0].message)
for text in json.loads(sys.stdin.read()):
    if validator.is_valid(json.loads(text)):
        sys.exit("accepted: " + text)
)"_s;
    QProcess process;
    process.start(python, QStringList{u"-c"_s, script, schema} + good);
    QVERIFY(process.waitForStarted(5000));
    process.write(QJsonDocument(QJsonArray::fromStringList(bad)).toJson());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TstConversation)
#include "tst_conversation.moc"
