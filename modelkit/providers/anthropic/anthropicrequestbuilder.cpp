// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/anthropic/anthropicrequestbuilder.h"

#include "providers/anthropic/anthropicmodels.h"
#include "providers/httprequests.h"
#include "providers/jsonmerge.h"
#include "providers/toolarguments.h"

#include <algorithm>

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

struct Turn
{
    QString role;
    QJsonArray blocks;
};

void fail(ModelError *error, ModelError::Kind kind, const QString &message)
{
    if (error)
        *error = ModelError::make(kind, message);
}

QJsonObject textBlock(const QString &text)
{
    return QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}};
}

//! Adds a turn, merging it into the previous one when the role repeats.
void appendTurn(QList<Turn> &turns, const QString &role, const QJsonArray &blocks)
{
    if (blocks.isEmpty())
        return; // the API rejects empty content
    if (!turns.isEmpty() && turns.last().role == role) {
        for (const QJsonValue &block : blocks)
            turns.last().blocks.append(block);
        return;
    }
    turns.append({role, blocks});
}

std::optional<QJsonObject> imageBlock(const Image &image, qsizetype messageIndex, ModelError *error)
{
    if (image.isUrl())
        return QJsonObject{
            {u"type"_s, u"image"_s},
            {u"source"_s, QJsonObject{{u"type"_s, u"url"_s},
                                      {u"url"_s, image.url.toString(QUrl::FullyEncoded)}}}};
    if (image.base64Data.isEmpty()) {
        fail(error, ModelError::Kind::InvalidRequest,
             u"message %1: an image has neither data nor a URL"_s.arg(messageIndex));
        return std::nullopt;
    }
    QString mime = image.mimeType;
    if (mime.isEmpty()) // 24 base64 characters decode to the 18 bytes the sniffer needs
        mime = Image::sniffMimeType(QByteArray::fromBase64(image.base64Data.left(24)));
    if (mime.isEmpty()) {
        fail(error, ModelError::Kind::InvalidRequest,
             u"message %1: the image type is unknown; Anthropic takes image/jpeg, image/png, "
             "image/gif and image/webp"_s.arg(messageIndex));
        return std::nullopt;
    }
    return QJsonObject{
        {u"type"_s, u"image"_s},
        {u"source"_s, QJsonObject{{u"type"_s, u"base64"_s},
                                  {u"media_type"_s, mime},
                                  {u"data"_s, QString::fromLatin1(image.base64Data)}}}};
}

std::optional<QJsonArray> userBlocks(const UserMessage &message, qsizetype messageIndex,
                                     ModelError *error)
{
    QJsonArray blocks;
    if (const auto *text = std::get_if<QString>(&message.content)) {
        if (!text->isEmpty())
            blocks.append(textBlock(*text));
        return blocks;
    }
    for (const UserContentPart &part : std::get<QList<UserContentPart>>(message.content)) {
        if (const auto *text = std::get_if<QString>(&part)) {
            if (!text->isEmpty())
                blocks.append(textBlock(*text));
            continue;
        }
        const auto image = imageBlock(std::get<Image>(part), messageIndex, error);
        if (!image)
            return std::nullopt;
        blocks.append(*image);
    }
    return blocks;
}

//! The thinking blocks of an earlier reply, as stored by AnthropicResponseReader.
QJsonArray thinkingBlocks(const AssistantMessage &message)
{
    QJsonArray out;
    const QJsonArray stored = message.providerState.value(AnthropicConfig::providerStateKey())
                                  .toObject()
                                  .value(AnthropicConfig::thinkingBlocksKey())
                                  .toArray();
    for (const QJsonValue &value : stored) {
        const QString type = value.toObject().value(u"type"_s).toString();
        if (type == u"thinking" || type == u"redacted_thinking")
            out.append(value);
    }
    return out;
}

//! The text the model wrote beside its tool calls. ResultBuilder puts it in `thought`
//! after the thinking text and a blank line; the thinking itself goes back as blocks.
QString textBesideCalls(const AssistantMessage &message, const QJsonArray &thinking)
{
    QString visible = message.thought.value_or(QString());
    QStringList thinkingTexts;
    for (const QJsonValue &block : thinking) {
        const QString text = block.toObject().value(u"thinking"_s).toString();
        if (!text.isEmpty())
            thinkingTexts << text;
    }
    const QString thinkingText = thinkingTexts.join(u"\n\n"_s);
    if (thinkingText.isEmpty())
        return visible;
    if (visible == thinkingText)
        return {};
    if (visible.startsWith(thinkingText + u"\n\n"_s))
        return visible.mid(thinkingText.size() + 2);
    return visible; // edited by the user: send what is there
}

std::optional<QJsonArray> assistantBlocks(const AssistantMessage &message, qsizetype messageIndex,
                                          ModelError *error)
{
    const QJsonArray thinking = thinkingBlocks(message);
    QJsonArray blocks = thinking; // the API wants them first, unchanged
    if (const auto *text = std::get_if<QString>(&message.content)) {
        if (!text->isEmpty())
            blocks.append(textBlock(*text));
        return blocks;
    }
    const QString beside = textBesideCalls(message, thinking);
    if (!beside.isEmpty())
        blocks.append(textBlock(beside));
    for (const FunctionCall &call : std::get<QList<FunctionCall>>(message.content)) {
        QJsonParseError parseError;
        const auto input = argumentsObject(call.arguments, &parseError);
        if (!input) {
            const QString why = parseError.error != QJsonParseError::NoError
                                    ? parseError.errorString()
                                    : u"not an object"_s;
            fail(error, ModelError::Kind::InvalidRequest,
                 u"message %1: the arguments of function call \"%2\" (id %3) are not a JSON "
                 "object (%4); Anthropic needs the tool input as an object"_s.arg(
                     QString::number(messageIndex), call.name, call.id, why));
            return std::nullopt;
        }
        blocks.append(QJsonObject{{u"type"_s, u"tool_use"_s},
                                  {u"id"_s, call.id},
                                  {u"name"_s, call.name},
                                  {u"input"_s, *input}});
    }
    return blocks;
}

QJsonArray toolResultBlocks(const FunctionExecutionResultMessage &message)
{
    QJsonArray blocks;
    for (const FunctionExecutionResult &result : message.content) {
        QJsonObject block{{u"type"_s, u"tool_result"_s},
                          {u"tool_use_id"_s, result.callId},
                          {u"content"_s, result.content}};
        if (result.isError)
            block.insert(u"is_error"_s, true);
        blocks.append(block);
    }
    return blocks;
}

//! tool_result blocks must open a user turn; the rest keeps its order.
QJsonArray toolResultsFirst(const QJsonArray &blocks)
{
    QJsonArray results;
    QJsonArray others;
    for (const QJsonValue &block : blocks) {
        if (block.toObject().value(u"type"_s) == QJsonValue(u"tool_result"_s))
            results.append(block);
        else
            others.append(block);
    }
    for (const QJsonValue &block : std::as_const(others))
        results.append(block);
    return results;
}

QJsonValue turnContent(const QJsonArray &blocks)
{
    if (blocks.size() == 1) {
        const QJsonObject only = blocks.first().toObject();
        if (only.size() == 2 && only.value(u"type"_s) == QJsonValue(u"text"_s))
            return only.value(u"text"_s);
    }
    return blocks;
}

//! The tool names of the history's calls and results, first use first, without repeats.
QStringList toolNamesInHistory(const QList<LlmMessage> &messages)
{
    QStringList names;
    const auto add = [&names](const QString &name) {
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    };
    bool resultWithoutName = false;
    for (const LlmMessage &message : messages) {
        if (const auto *m = std::get_if<AssistantMessage>(&message); m && m->hasFunctionCalls()) {
            for (const FunctionCall &call : std::get<QList<FunctionCall>>(m->content))
                add(call.name);
        } else if (const auto *m = std::get_if<FunctionExecutionResultMessage>(&message)) {
            for (const FunctionExecutionResult &result : m->content) {
                add(result.name);
                resultWithoutName = resultWithoutName || result.name.isEmpty();
            }
        }
    }
    // A tool_result alone still needs some tool defined; any name will do.
    if (names.isEmpty() && resultWithoutName)
        names << u"tool"_s;
    return names;
}

} // namespace

AnthropicRequestBuilder::AnthropicRequestBuilder(const AnthropicConfig &config) : m_config(config)
{
    if (m_config.baseUrl.isEmpty())
        m_config.baseUrl = AnthropicConfig::defaultBaseUrl();
}

QUrl AnthropicRequestBuilder::endpoint(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString base = basePath(url);
    if (base.endsWith(u"/v1"))
        base.chop(3);
    url.setPath(base + path);
    return url;
}

QUrl AnthropicRequestBuilder::messagesUrl() const
{
    return endpoint(u"/v1/messages"_s);
}

QUrl AnthropicRequestBuilder::countTokensUrl() const
{
    return endpoint(u"/v1/messages/count_tokens"_s);
}

QUrl AnthropicRequestBuilder::modelsUrl() const
{
    QUrl url = endpoint(u"/v1/models"_s);
    QUrlQuery query(url);
    query.removeAllQueryItems(u"limit"_s);
    query.addQueryItem(u"limit"_s, u"100"_s); // the API's maximum page size
    url.setQuery(query);
    return url;
}

HttpHeaders AnthropicRequestBuilder::headers() const
{
    HttpHeaders headers;
    if (!m_config.apiKey.isEmpty())
        headers.append({"x-api-key", m_config.apiKey.toUtf8()});
    headers.append({"anthropic-version", m_config.apiVersion.isEmpty()
                                             ? AnthropicConfig::defaultApiVersion().toUtf8()
                                             : m_config.apiVersion.toUtf8()});
    if (!m_config.betas.isEmpty())
        headers.append({"anthropic-beta", m_config.betas.join(u',').toUtf8()});
    headers += m_config.extraHeaders;
    return headers;
}

QString AnthropicRequestBuilder::system(const QList<LlmMessage> &messages)
{
    QStringList parts;
    for (const LlmMessage &message : messages) {
        if (const auto *m = std::get_if<SystemMessage>(&message))
            parts << m->content;
    }
    return parts.join(u"\n\n"_s);
}

std::optional<QJsonArray> AnthropicRequestBuilder::messages(const QList<LlmMessage> &messages,
                                                            ModelError *error)
{
    QList<Turn> turns;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const LlmMessage &message = messages.at(i);
        if (const auto *m = std::get_if<UserMessage>(&message)) {
            const auto blocks = userBlocks(*m, i, error);
            if (!blocks)
                return std::nullopt;
            appendTurn(turns, u"user"_s, *blocks);
        } else if (const auto *m = std::get_if<AssistantMessage>(&message)) {
            const auto blocks = assistantBlocks(*m, i, error);
            if (!blocks)
                return std::nullopt;
            appendTurn(turns, u"assistant"_s, *blocks);
        } else if (const auto *m = std::get_if<FunctionExecutionResultMessage>(&message)) {
            appendTurn(turns, u"user"_s, toolResultBlocks(*m));
        }
    }
    QJsonArray out;
    for (const Turn &turn : std::as_const(turns)) {
        const QJsonArray blocks
            = turn.role == u"user" ? toolResultsFirst(turn.blocks) : turn.blocks;
        out.append(QJsonObject{{u"role"_s, turn.role}, {u"content"_s, turnContent(blocks)}});
    }
    return out;
}

QString AnthropicRequestBuilder::unsupportedParameter(const CompletionRequest &request) const
{
    const CompletionParameters &p = request.parameters;
    const auto refused = [](const QString &name) {
        return u"%1 is not supported by Anthropic's Messages API"_s.arg(name);
    };
    if (p.seed)
        return refused(u"seed"_s);
    if (p.n && *p.n != 1)
        return refused(u"n"_s) + u" (one reply per call)"_s;
    if (p.presencePenalty)
        return refused(u"presence_penalty"_s);
    if (p.frequencyPenalty)
        return refused(u"frequency_penalty"_s);
    if (p.logprobs.value_or(false))
        return refused(u"logprobs"_s);
    if (p.topLogprobs)
        return refused(u"top_logprobs"_s);
    if (request.jsonOutput.mode == JsonOutput::Mode::JsonObject)
        return u"JSON-object output is not supported by Anthropic's Messages API; give a JSON "
               "schema instead (structured output)"_s;
    return {};
}

qint64 AnthropicRequestBuilder::maxTokens(const CompletionRequest &request) const
{
    if (request.parameters.maxTokens)
        return *request.parameters.maxTokens;
    const ModelInfo info
        = m_config.modelInfo ? *m_config.modelInfo : AnthropicModels::infoFor(m_config.model);
    const qint64 modelMax = info.maxOutputTokens;
    const qint64 answer = modelMax > 0 ? std::min(modelMax, AnthropicConfig::defaultMaxTokensCap)
                                       : AnthropicConfig::fallbackMaxTokens;
    // Thinking counts against max_tokens: leave the answer its usual room beside the budget.
    // A budget at or above the model's maximum still fails body()'s budget < max_tokens check.
    const qint64 budget = request.parameters.thinkingBudget.value_or(0);
    if (budget <= 0)
        return answer;
    return modelMax > 0 ? std::min(modelMax, budget + answer) : budget + answer;
}

std::optional<QJsonObject> AnthropicRequestBuilder::body(const CompletionRequest &request,
                                                         bool streaming, ModelError *error) const
{
    if (const QString problem = unsupportedParameter(request); !problem.isEmpty()) {
        fail(error, ModelError::Kind::Unsupported, problem);
        return std::nullopt;
    }
    const auto turns = messages(request.messages, error);
    if (!turns)
        return std::nullopt;
    const qint64 limit = maxTokens(request);
    QJsonObject body{
        {u"model"_s, m_config.model}, {u"max_tokens"_s, limit}, {u"messages"_s, *turns}};
    if (const QString text = system(request.messages); !text.isEmpty())
        body.insert(u"system"_s, text);

    if (request.tools.isEmpty()) {
        // Anthropic rejects a history with tool_use or tool_result blocks unless the request
        // defines tools ("Requests which include tool_use or tool_result blocks must define
        // tools"). Without tools in this request, stubs for the names the history used make
        // it valid, and tool_choice "none" keeps the model from calling them.
        const QStringList used = toolNamesInHistory(request.messages);
        if (!used.isEmpty()) {
            QJsonArray stubs;
            for (const QString &name : used)
                stubs.append(QJsonObject{
                    {u"name"_s, name}, {u"input_schema"_s, QJsonObject{{u"type"_s, u"object"_s}}}});
            body.insert(u"tools"_s, stubs);
            body.insert(u"tool_choice"_s, QJsonObject{{u"type"_s, u"none"_s}});
        }
    } else {
        QJsonArray tools;
        for (const ToolSchema &tool : request.tools) {
            QJsonObject o{{u"name"_s, tool.name}};
            if (!tool.description.isEmpty())
                o.insert(u"description"_s, tool.description);
            // input_schema is required; a tool without parameters takes an empty object.
            o.insert(u"input_schema"_s,
                     tool.parameters.isEmpty()
                         ? QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject()}}
                         : tool.parameters);
            if (tool.strict)
                o.insert(u"strict"_s, *tool.strict);
            tools.append(o);
        }
        body.insert(u"tools"_s, tools);

        QJsonObject choice;
        switch (request.toolChoice.mode) {
        case ToolChoice::Mode::Auto:
            choice.insert(u"type"_s, u"auto"_s);
            break;
        case ToolChoice::Mode::Required:
            choice.insert(u"type"_s, u"any"_s);
            break;
        case ToolChoice::Mode::None:
            choice.insert(u"type"_s, u"none"_s);
            break;
        case ToolChoice::Mode::Named:
            choice.insert(u"type"_s, u"tool"_s);
            choice.insert(u"name"_s, request.toolChoice.name);
            break;
        }
        // "none" cannot carry disable_parallel_tool_use; no call means no parallel calls.
        const bool serial = !request.parameters.parallelToolCalls.value_or(true)
                            && request.toolChoice.mode != ToolChoice::Mode::None;
        if (serial)
            choice.insert(u"disable_parallel_tool_use"_s, true);
        // Plain "auto" is the API default and is left out.
        if (request.toolChoice.mode != ToolChoice::Mode::Auto || serial)
            body.insert(u"tool_choice"_s, choice);
    }

    const CompletionParameters &p = request.parameters;
    QJsonObject outputConfig;
    if (request.jsonOutput.mode == JsonOutput::Mode::JsonSchema)
        outputConfig.insert(u"format"_s, QJsonObject{{u"type"_s, u"json_schema"_s},
                                                     {u"schema"_s, request.jsonOutput.schema}});
    if (p.reasoningEffort)
        outputConfig.insert(u"effort"_s, *p.reasoningEffort);
    if (!outputConfig.isEmpty())
        body.insert(u"output_config"_s, outputConfig);

    if (p.thinkingBudget) {
        const qint64 budget = *p.thinkingBudget;
        if (budget < 1024) {
            fail(error, ModelError::Kind::InvalidRequest,
                 u"thinking_budget must be at least 1024 tokens for Anthropic (got %1)"_s.arg(
                     budget));
            return std::nullopt;
        }
        if (budget >= limit) {
            fail(error, ModelError::Kind::InvalidRequest,
                 u"thinking_budget (%1) must be less than max_tokens (%2); raise max_tokens or "
                 "lower the budget"_s.arg(QString::number(budget), QString::number(limit)));
            return std::nullopt;
        }
        // Anthropic refuses these beside thinking; saying so here beats a bare 400.
        const bool forcedTool = !request.tools.isEmpty()
                                && (request.toolChoice.mode == ToolChoice::Mode::Required
                                    || request.toolChoice.mode == ToolChoice::Mode::Named);
        QString conflict;
        if (forcedTool)
            conflict = u"a required or named tool_choice (only auto or none)"_s;
        else if (p.temperature && *p.temperature != 1.0)
            conflict = u"temperature %1 (only 1)"_s.arg(*p.temperature);
        else if (p.topK)
            conflict = u"top_k"_s;
        if (!conflict.isEmpty()) {
            fail(error, ModelError::Kind::InvalidRequest,
                 u"Anthropic does not allow thinking_budget with %1; drop one of them"_s.arg(
                     conflict));
            return std::nullopt;
        }
        body.insert(u"thinking"_s,
                    QJsonObject{{u"type"_s, u"enabled"_s}, {u"budget_tokens"_s, budget}});
    }

    if (p.temperature)
        body.insert(u"temperature"_s, *p.temperature);
    if (p.topP)
        body.insert(u"top_p"_s, *p.topP);
    if (p.topK)
        body.insert(u"top_k"_s, *p.topK);
    if (!p.stop.isEmpty())
        body.insert(u"stop_sequences"_s, QJsonArray::fromStringList(p.stop));
    if (streaming)
        body.insert(u"stream"_s, true);
    mergeJsonInto(body, request.extraCreateArgs);
    return body;
}

std::optional<QJsonObject>
AnthropicRequestBuilder::countTokensBody(const CompletionRequest &request, ModelError *error) const
{
    const auto full = body(request, false, error);
    if (!full)
        return std::nullopt;
    // The counting endpoint rejects generation settings (max_tokens, temperature…).
    static const QStringList accepted{u"model"_s,        u"messages"_s,    u"system"_s,
                                      u"tools"_s,        u"tool_choice"_s, u"thinking"_s,
                                      u"output_config"_s};
    QJsonObject out;
    for (const QString &key : accepted) {
        if (full->contains(key))
            out.insert(key, full->value(key));
    }
    return out;
}

std::optional<HttpRequest>
AnthropicRequestBuilder::messagesRequest(const CompletionRequest &request, bool streaming,
                                         ModelError *error) const
{
    const auto json = body(request, streaming, error);
    if (!json)
        return std::nullopt;
    return jsonPostRequest(messagesUrl(), headers(), *json, streaming);
}

std::optional<HttpRequest>
AnthropicRequestBuilder::countTokensRequest(const CompletionRequest &request,
                                            ModelError *error) const
{
    const auto json = countTokensBody(request, error);
    if (!json)
        return std::nullopt;
    return jsonPostRequest(countTokensUrl(), headers(), *json);
}

HttpRequest AnthropicRequestBuilder::modelsRequest() const
{
    return getRequest(modelsUrl(), headers());
}

} // namespace modelkit
