// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/openai/openairequestbuilder.h"

#include "providers/httprequests.h"
#include "providers/jsonmerge.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace modelkit {

OpenAiRequestBuilder::OpenAiRequestBuilder(const OpenAiConfig &config) : m_config(config)
{
    if (m_config.baseUrl.isEmpty())
        m_config.baseUrl = OpenAiConfig::defaultBaseUrl(config.flavor);
}

QUrl OpenAiRequestBuilder::endpoint(const QString &path, bool deploymentScoped) const
{
    QUrl url = m_config.baseUrl;
    QString base = basePath(url);
    const bool azureClassic
        = m_config.flavor == OpenAiConfig::Flavor::Azure && !m_config.isAzureV1();
    if (azureClassic) {
        // Classic Azure: /openai/deployments/{deployment}/chat/completions?api-version=…
        if (!base.contains(u"/openai"))
            base += u"/openai"_s;
        if (deploymentScoped && !base.contains(u"/deployments/"))
            base += u"/deployments/"_s
                    + QString::fromLatin1(QUrl::toPercentEncoding(m_config.model));
        QUrlQuery query(url);
        query.removeAllQueryItems(u"api-version"_s);
        query.addQueryItem(u"api-version"_s, m_config.apiVersion.isEmpty()
                                                 ? OpenAiConfig::defaultApiVersion()
                                                 : m_config.apiVersion);
        url.setQuery(query);
    }
    url.setPath(base + path);
    return url;
}

QUrl OpenAiRequestBuilder::chatUrl() const
{
    return endpoint(u"/chat/completions"_s, true);
}

QUrl OpenAiRequestBuilder::modelsUrl() const
{
    return endpoint(u"/models"_s, false);
}

HttpHeaders OpenAiRequestBuilder::headers() const
{
    HttpHeaders headers;
    if (!m_config.apiKey.isEmpty()) {
        if (m_config.flavor == OpenAiConfig::Flavor::Azure)
            headers.append({"api-key", m_config.apiKey.toUtf8()});
        else
            headers.append({"Authorization", "Bearer " + m_config.apiKey.toUtf8()});
    }
    if (!m_config.organization.isEmpty())
        headers.append({"OpenAI-Organization", m_config.organization.toUtf8()});
    if (!m_config.project.isEmpty())
        headers.append({"OpenAI-Project", m_config.project.toUtf8()});
    headers += m_config.extraHeaders;
    return headers;
}

QJsonArray OpenAiRequestBuilder::messages(const QList<LlmMessage> &messages,
                                          const QString &systemRole)
{
    QJsonArray out;
    for (const LlmMessage &message : messages) {
        if (const auto *m = std::get_if<SystemMessage>(&message)) {
            out.append(QJsonObject{{u"role"_s, systemRole}, {u"content"_s, m->content}});
        } else if (const auto *m = std::get_if<UserMessage>(&message)) {
            QJsonObject o{{u"role"_s, u"user"_s}};
            if (const auto *text = std::get_if<QString>(&m->content)) {
                o.insert(u"content"_s, *text);
            } else {
                QJsonArray parts;
                for (const UserContentPart &part : std::get<QList<UserContentPart>>(m->content)) {
                    if (const auto *text = std::get_if<QString>(&part)) {
                        parts.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, *text}});
                    } else {
                        const Image &image = std::get<Image>(part);
                        parts.append(QJsonObject{
                            {u"type"_s, u"image_url"_s},
                            {u"image_url"_s, QJsonObject{{u"url"_s, image.dataUrl()}}}});
                    }
                }
                o.insert(u"content"_s, parts);
            }
            out.append(o);
        } else if (const auto *m = std::get_if<AssistantMessage>(&message)) {
            QJsonObject o{{u"role"_s, u"assistant"_s}};
            if (const auto *text = std::get_if<QString>(&m->content)) {
                o.insert(u"content"_s, *text);
            } else {
                // `content` may be omitted when tool_calls are present. The thought is not
                // sent back: DeepSeek rejects reasoning_content in input messages.
                QJsonArray calls;
                for (const FunctionCall &call : std::get<QList<FunctionCall>>(m->content)) {
                    calls.append(QJsonObject{
                        {u"id"_s, call.id},
                        {u"type"_s, u"function"_s},
                        {u"function"_s,
                         QJsonObject{{u"name"_s, call.name}, {u"arguments"_s, call.arguments}}}});
                }
                o.insert(u"tool_calls"_s, calls);
            }
            out.append(o);
        } else if (const auto *m = std::get_if<FunctionExecutionResultMessage>(&message)) {
            for (const FunctionExecutionResult &result : m->content) {
                out.append(QJsonObject{{u"role"_s, u"tool"_s},
                                       {u"tool_call_id"_s, result.callId},
                                       {u"content"_s, result.content}});
            }
        }
    }
    return out;
}

QString OpenAiRequestBuilder::unsupportedParameter(const CompletionRequest &request) const
{
    const CompletionParameters &p = request.parameters;
    if (p.thinkingBudget)
        return u"thinking_budget is not an OpenAI Chat Completions parameter; use "
               "reasoning_effort"_s;
    if (p.topK && m_config.flavor != OpenAiConfig::Flavor::Compatible)
        return u"top_k is not supported by OpenAI; it is sent only to compatible servers"_s;
    if (p.topLogprobs && !p.logprobs.value_or(false))
        return u"top_logprobs needs logprobs=true"_s;
    return {};
}

QJsonObject OpenAiRequestBuilder::body(const CompletionRequest &request, bool streaming) const
{
    QJsonObject body{{u"model"_s, m_config.model},
                     {u"messages"_s, messages(request.messages, m_config.systemRole)}};

    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolSchema &tool : request.tools) {
            QJsonObject function{{u"name"_s, tool.name}};
            if (!tool.description.isEmpty())
                function.insert(u"description"_s, tool.description);
            if (!tool.parameters.isEmpty())
                function.insert(u"parameters"_s, tool.parameters);
            if (tool.strict)
                function.insert(u"strict"_s, *tool.strict);
            tools.append(QJsonObject{{u"type"_s, u"function"_s}, {u"function"_s, function}});
        }
        body.insert(u"tools"_s, tools);
        switch (request.toolChoice.mode) {
        case ToolChoice::Mode::Auto:
            break; // the API default; some compatible servers reject an explicit value
        case ToolChoice::Mode::Required:
            body.insert(u"tool_choice"_s, u"required"_s);
            break;
        case ToolChoice::Mode::None:
            body.insert(u"tool_choice"_s, u"none"_s);
            break;
        case ToolChoice::Mode::Named:
            body.insert(
                u"tool_choice"_s,
                QJsonObject{{u"type"_s, u"function"_s},
                            {u"function"_s, QJsonObject{{u"name"_s, request.toolChoice.name}}}});
            break;
        }
        if (request.parameters.parallelToolCalls)
            body.insert(u"parallel_tool_calls"_s, *request.parameters.parallelToolCalls);
    }

    switch (request.jsonOutput.mode) {
    case JsonOutput::Mode::Off:
        break;
    case JsonOutput::Mode::JsonObject:
        body.insert(u"response_format"_s, QJsonObject{{u"type"_s, u"json_object"_s}});
        break;
    case JsonOutput::Mode::JsonSchema: {
        QJsonObject schema{{u"name"_s, request.jsonOutput.name},
                           {u"schema"_s, request.jsonOutput.schema}};
        if (!request.jsonOutput.description.isEmpty())
            schema.insert(u"description"_s, request.jsonOutput.description);
        if (request.jsonOutput.strict)
            schema.insert(u"strict"_s, *request.jsonOutput.strict);
        body.insert(u"response_format"_s,
                    QJsonObject{{u"type"_s, u"json_schema"_s}, {u"json_schema"_s, schema}});
        break;
    }
    }

    const CompletionParameters &p = request.parameters;
    if (p.temperature)
        body.insert(u"temperature"_s, *p.temperature);
    if (p.topP)
        body.insert(u"top_p"_s, *p.topP);
    if (p.topK)
        body.insert(u"top_k"_s, *p.topK);
    if (p.maxTokens) {
        // OpenAI deprecated max_tokens (o-series reject it); many compatible servers only
        // know max_tokens.
        body.insert(m_config.flavor == OpenAiConfig::Flavor::Compatible
                        ? u"max_tokens"_s
                        : u"max_completion_tokens"_s,
                    *p.maxTokens);
    }
    if (p.seed)
        body.insert(u"seed"_s, *p.seed);
    if (!p.stop.isEmpty())
        body.insert(u"stop"_s, QJsonArray::fromStringList(p.stop));
    if (p.n)
        body.insert(u"n"_s, *p.n);
    if (p.presencePenalty)
        body.insert(u"presence_penalty"_s, *p.presencePenalty);
    if (p.frequencyPenalty)
        body.insert(u"frequency_penalty"_s, *p.frequencyPenalty);
    if (p.logprobs)
        body.insert(u"logprobs"_s, *p.logprobs);
    if (p.topLogprobs)
        body.insert(u"top_logprobs"_s, *p.topLogprobs);
    if (p.reasoningEffort)
        body.insert(u"reasoning_effort"_s, *p.reasoningEffort);

    if (streaming) {
        body.insert(u"stream"_s, true);
        if (m_config.includeStreamUsage)
            body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    }
    mergeJsonInto(body, request.extraCreateArgs);
    return body;
}

HttpRequest OpenAiRequestBuilder::chatRequest(const CompletionRequest &request,
                                              bool streaming) const
{
    return jsonPostRequest(chatUrl(), headers(), body(request, streaming), streaming);
}

HttpRequest OpenAiRequestBuilder::modelsRequest() const
{
    return getRequest(modelsUrl(), headers());
}

} // namespace modelkit
