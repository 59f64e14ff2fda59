// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/ollama/ollamarequestbuilder.h"

#include "providers/httprequests.h"
#include "providers/jsonmerge.h"
#include "providers/toolarguments.h"

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

bool isThinkLevel(const QString &effort)
{
    return effort == u"low" || effort == u"medium" || effort == u"high";
}

} // namespace

OllamaRequestBuilder::OllamaRequestBuilder(const OllamaConfig &config) : m_config(config)
{
    if (m_config.baseUrl.isEmpty())
        m_config.baseUrl = OllamaConfig::defaultBaseUrl();
}

QUrl OllamaRequestBuilder::chatUrl() const
{
    return endpointUrl(m_config.baseUrl, u"/api/chat"_s);
}

QUrl OllamaRequestBuilder::modelsUrl() const
{
    return endpointUrl(m_config.baseUrl, u"/api/tags"_s);
}

HttpHeaders OllamaRequestBuilder::headers() const
{
    HttpHeaders headers;
    if (!m_config.apiKey.isEmpty())
        headers.append({"Authorization", "Bearer " + m_config.apiKey.toUtf8()});
    headers += m_config.extraHeaders;
    return headers;
}

QString OllamaRequestBuilder::unsupportedReason(const CompletionRequest &request) const
{
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        const auto *user = std::get_if<UserMessage>(&request.messages.at(i));
        const auto *parts = user ? std::get_if<QList<UserContentPart>>(&user->content) : nullptr;
        if (!parts)
            continue;
        for (const UserContentPart &part : *parts) {
            const auto *image = std::get_if<Image>(&part);
            if (image && image->isUrl())
                return u"Ollama takes only inline (base64) images, and message %1 has an image "
                       "URL (%2): download the image and attach its bytes instead"_s.arg(
                           QString::number(i), image->url.toDisplayString());
            if (image && image->base64Data.isEmpty())
                return u"message %1 has an image without data; Ollama takes only inline "
                       "(base64) images"_s.arg(i);
        }
    }

    if (!request.tools.isEmpty()) {
        switch (request.toolChoice.mode) {
        case ToolChoice::Mode::Auto:
        case ToolChoice::Mode::None:
            break;
        case ToolChoice::Mode::Required:
            return u"tool_choice \"required\" is not supported by Ollama: it cannot force a "
                   "tool call (use auto)"_s;
        case ToolChoice::Mode::Named:
            return u"tool_choice naming \"%1\" is not supported by Ollama: it cannot force a "
                   "tool call (use auto, or offer only that tool)"_s.arg(request.toolChoice.name);
        }
    }

    const CompletionParameters &p = request.parameters;
    if (p.n && *p.n != 1)
        return u"n=%1 is not supported by Ollama: it returns one reply per call"_s.arg(*p.n);
    if (p.logprobs.value_or(false))
        return u"logprobs is not supported by Ollama's native API"_s;
    if (p.topLogprobs)
        return u"top_logprobs is not supported by Ollama's native API"_s;
    if (p.parallelToolCalls && !*p.parallelToolCalls)
        return u"parallel_tool_calls=false is not supported by Ollama: it cannot limit a reply "
               "to one tool call"_s;
    if (p.reasoningEffort && *p.reasoningEffort != u"none" && !isThinkLevel(*p.reasoningEffort))
        return u"reasoning_effort \"%1\" is not supported by Ollama (low, medium, high or none)"_s
            .arg(*p.reasoningEffort);
    if (p.thinkingBudget && *p.thinkingBudget != 0)
        return u"thinking_budget is not supported by Ollama: it has no thinking token budget "
               "(use reasoning_effort low/medium/high, or thinking_budget 0 to turn thinking "
               "off)"_s;
    if (p.reasoningEffort && p.thinkingBudget && *p.reasoningEffort != u"none")
        return u"reasoning_effort \"%1\" and thinking_budget 0 contradict each other; set "
               "only one"_s.arg(*p.reasoningEffort);
    return {};
}

QString OllamaRequestBuilder::invalidReason(const CompletionRequest &request)
{
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        const auto *assistant = std::get_if<AssistantMessage>(&request.messages.at(i));
        const auto *calls
            = assistant ? std::get_if<QList<FunctionCall>>(&assistant->content) : nullptr;
        if (!calls)
            continue;
        for (const FunctionCall &call : *calls) {
            QJsonParseError parseError;
            if (!argumentsObject(call.arguments, &parseError)) {
                const QString problem = parseError.error != QJsonParseError::NoError
                                            ? parseError.errorString()
                                            : u"they are JSON but not an object"_s;
                return u"message %1: the arguments of call \"%2\" (id \"%3\") are not a JSON "
                       "object, which Ollama needs: %4"_s.arg(QString::number(i), call.name,
                                                              call.id, problem);
            }
        }
    }
    return {};
}

QJsonArray OllamaRequestBuilder::messages(const QList<LlmMessage> &messages)
{
    QJsonArray out;
    for (const LlmMessage &message : messages) {
        if (const auto *m = std::get_if<SystemMessage>(&message)) {
            out.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, m->content}});
        } else if (const auto *m = std::get_if<UserMessage>(&message)) {
            QJsonObject o{{u"role"_s, u"user"_s}, {u"content"_s, m->text()}};
            if (const auto *parts = std::get_if<QList<UserContentPart>>(&m->content)) {
                QJsonArray images;
                for (const UserContentPart &part : *parts) {
                    if (const auto *image = std::get_if<Image>(&part))
                        images.append(QString::fromLatin1(image->base64Data));
                }
                if (!images.isEmpty())
                    o.insert(u"images"_s, images);
            }
            out.append(o);
        } else if (const auto *m = std::get_if<AssistantMessage>(&message)) {
            QJsonObject o{{u"role"_s, u"assistant"_s}};
            if (const auto *text = std::get_if<QString>(&m->content)) {
                o.insert(u"content"_s, *text);
            } else {
                o.insert(u"content"_s, QString());
                QJsonArray calls;
                for (const FunctionCall &call : std::get<QList<FunctionCall>>(m->content)) {
                    // invalidReason() refused bad arguments before.
                    const QJsonObject arguments
                        = argumentsObject(call.arguments).value_or(QJsonObject());
                    QJsonObject wire{{u"function"_s, QJsonObject{{u"name"_s, call.name},
                                                                 {u"arguments"_s, arguments}}}};
                    if (!call.id.isEmpty())
                        wire.insert(u"id"_s, call.id);
                    calls.append(wire);
                }
                o.insert(u"tool_calls"_s, calls);
            }
            // Ollama renders earlier thinking into the prompt when the model's template
            // wants it (and drops it otherwise).
            if (m->thought)
                o.insert(u"thinking"_s, *m->thought);
            out.append(o);
        } else if (const auto *m = std::get_if<FunctionExecutionResultMessage>(&message)) {
            for (const FunctionExecutionResult &result : m->content) {
                QJsonObject o{{u"role"_s, u"tool"_s}, {u"content"_s, result.content}};
                if (!result.name.isEmpty())
                    o.insert(u"tool_name"_s, result.name);
                if (!result.callId.isEmpty())
                    o.insert(u"tool_call_id"_s, result.callId);
                out.append(o);
            }
        }
    }
    return out;
}

QJsonArray OllamaRequestBuilder::tools(const QList<ToolSchema> &tools)
{
    QJsonArray out;
    for (const ToolSchema &tool : tools) {
        QJsonObject function{{u"name"_s, tool.name}};
        if (!tool.description.isEmpty())
            function.insert(u"description"_s, tool.description);
        if (!tool.parameters.isEmpty())
            function.insert(u"parameters"_s, tool.parameters);
        out.append(QJsonObject{{u"type"_s, u"function"_s}, {u"function"_s, function}});
    }
    return out;
}

QJsonObject OllamaRequestBuilder::options(const CompletionParameters &p) const
{
    QJsonObject o;
    if (p.temperature)
        o.insert(u"temperature"_s, *p.temperature);
    if (p.topP)
        o.insert(u"top_p"_s, *p.topP);
    if (p.topK)
        o.insert(u"top_k"_s, *p.topK);
    if (p.seed)
        o.insert(u"seed"_s, *p.seed);
    if (!p.stop.isEmpty())
        o.insert(u"stop"_s, QJsonArray::fromStringList(p.stop));
    if (p.maxTokens)
        o.insert(u"num_predict"_s, *p.maxTokens);
    if (p.presencePenalty)
        o.insert(u"presence_penalty"_s, *p.presencePenalty);
    if (p.frequencyPenalty)
        o.insert(u"frequency_penalty"_s, *p.frequencyPenalty);
    if (m_config.numCtx)
        o.insert(u"num_ctx"_s, *m_config.numCtx);
    return o;
}

QJsonValue OllamaRequestBuilder::think(const CompletionParameters &p)
{
    if (p.reasoningEffort) {
        if (*p.reasoningEffort == u"none")
            return false;
        if (isThinkLevel(*p.reasoningEffort))
            return *p.reasoningEffort;
    }
    if (p.thinkingBudget && *p.thinkingBudget == 0)
        return false;
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue OllamaRequestBuilder::keepAliveValue(const QString &keepAlive)
{
    // Ollama reads a JSON number as seconds and a string as a Go duration, which needs a
    // unit: "300" as a string would be rejected.
    const QString text = keepAlive.trimmed();
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds;
    const double fractional = text.toDouble(&isNumber);
    if (isNumber)
        return fractional;
    return text;
}

QJsonObject OllamaRequestBuilder::body(const CompletionRequest &request, bool streaming) const
{
    // Ollama streams unless told otherwise, so `stream` is always explicit.
    QJsonObject body{{u"model"_s, m_config.model},
                     {u"messages"_s, messages(request.messages)},
                     {u"stream"_s, streaming}};

    if (!request.tools.isEmpty() && request.toolChoice.mode != ToolChoice::Mode::None)
        body.insert(u"tools"_s, tools(request.tools));

    switch (request.jsonOutput.mode) {
    case JsonOutput::Mode::Off:
        break;
    case JsonOutput::Mode::JsonObject:
        body.insert(u"format"_s, u"json"_s);
        break;
    case JsonOutput::Mode::JsonSchema:
        body.insert(u"format"_s, request.jsonOutput.schema);
        break;
    }

    const QJsonObject opts = options(request.parameters);
    if (!opts.isEmpty())
        body.insert(u"options"_s, opts);
    if (const QJsonValue t = think(request.parameters); !t.isUndefined())
        body.insert(u"think"_s, t);
    if (m_config.keepAlive)
        body.insert(u"keep_alive"_s, keepAliveValue(*m_config.keepAlive));

    mergeJsonInto(body, request.extraCreateArgs);
    return body;
}

HttpRequest OllamaRequestBuilder::chatRequest(const CompletionRequest &request,
                                              bool streaming) const
{
    HttpRequest http = jsonPostRequest(chatUrl(), headers(), body(request, streaming), streaming);
    http.headers.append(
        {QByteArrayLiteral("Accept"), streaming ? QByteArrayLiteral("application/x-ndjson")
                                                : QByteArrayLiteral("application/json")});
    return http;
}

HttpRequest OllamaRequestBuilder::modelsRequest() const
{
    return getRequest(modelsUrl(), headers());
}

} // namespace modelkit
