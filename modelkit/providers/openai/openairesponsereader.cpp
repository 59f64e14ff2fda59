// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/openai/openairesponsereader.h"

#include "providers/errorbody.h"
#include "providers/toolarguments.h"

#include <limits>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

QString stringOrNumber(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

RequestUsage OpenAiResponseReader::usageFromJson(const QJsonObject &usage)
{
    RequestUsage u;
    u.promptTokens = usage.value(u"prompt_tokens"_s).toInteger();
    u.completionTokens = usage.value(u"completion_tokens"_s).toInteger();
    const QJsonObject prompt = usage.value(u"prompt_tokens_details"_s).toObject();
    u.cachedPromptTokens = prompt.value(u"cached_tokens"_s).toInteger();
    u.cacheCreationTokens = prompt.value(u"cache_write_tokens"_s).toInteger();
    const QJsonObject completion = usage.value(u"completion_tokens_details"_s).toObject();
    u.reasoningTokens = completion.value(u"reasoning_tokens"_s).toInteger();
    return u;
}

FinishReason OpenAiResponseReader::finishReasonFromWire(const QString &reason)
{
    if (reason == u"stop")
        return FinishReason::Stop;
    if (reason == u"length")
        return FinishReason::Length;
    if (reason == u"tool_calls" || reason == u"function_call")
        return FinishReason::FunctionCalls;
    if (reason == u"content_filter")
        return FinishReason::ContentFilter;
    return FinishReason::Unknown;
}

ModelError OpenAiResponseReader::errorFromJson(const QJsonObject &object, ModelError::Kind kind,
                                               int status)
{
    ModelError error = ModelError::make(kind, {}, status);
    const QJsonValue e = object.value(u"error"_s);
    if (e.isObject()) {
        const QJsonObject o = e.toObject();
        error.message = o.value(u"message"_s).toString();
        error.providerCode = stringOrNumber(o.value(u"code"_s));
        if (error.providerCode.isEmpty())
            error.providerCode = o.value(u"type"_s).toString();
    } else if (e.isString()) {
        error.message = e.toString(); // Ollama and some proxies: {"error": "text"}
    }
    if (error.message.isEmpty())
        error.message = object.value(u"message"_s).toString();
    return error;
}

void OpenAiResponseReader::finish(ResultBuilder &out)
{
    flushEvents(out);
    out.setRaw(m_lastChunk);
    // Some compatible servers omit [DONE]; a finish_reason is proof enough of completion.
    if (!streamError() && !m_done && !m_sawFinishReason)
        setStreamError(
            ModelError::make(ModelError::Kind::InvalidResponse,
                             u"the stream ended before the model finished (no "
                             "finish_reason and no [DONE]); the partial reply is kept"_s));
}

void OpenAiResponseReader::readEvent(const SseEvent &event, ResultBuilder &out)
{
    if (m_done)
        return;
    const QByteArray data = event.data.trimmed();
    if (data.isEmpty())
        return;
    if (data.startsWith("[DONE]")) {
        m_done = true;
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setStreamError(
            ModelError::make(ModelError::Kind::InvalidResponse,
                             u"malformed JSON in a stream event (%1 at offset %2): %3"_s.arg(
                                 parseError.errorString(), QString::number(parseError.offset),
                                 QString::fromUtf8(data.left(120)))));
        return;
    }
    const QJsonObject chunk = doc.object();
    if (chunk.contains(u"error"_s) || event.event == "error") {
        setStreamError(errorFromJson(chunk, ModelError::Kind::Provider, 0));
        return;
    }
    readChunk(chunk, out);
}

int OpenAiResponseReader::toolCallIndex(const QJsonObject &call)
{
    // Gemini's compatible endpoint omits `index`: a new id then means a new call.
    const QString id = call.value(u"id"_s).toString();
    int index = 0;
    if (call.value(u"index"_s).isDouble())
        index = call.value(u"index"_s).toInt();
    else if (!id.isEmpty() && id != m_lastToolCallId)
        index = m_lastToolCallIndex < std::numeric_limits<int>::max() ? m_lastToolCallIndex + 1
                                                                      : m_lastToolCallIndex;
    else
        index = std::max(m_lastToolCallIndex, 0);
    m_lastToolCallIndex = index;
    if (!id.isEmpty())
        m_lastToolCallId = id;
    return index;
}

void OpenAiResponseReader::readChunk(const QJsonObject &chunk, ResultBuilder &out)
{
    m_lastChunk = chunk;
    // Azure's first chunk carries only prompt_filter_results with empty id/model.
    const QString id = chunk.value(u"id"_s).toString();
    if (!id.isEmpty())
        out.setResponseId(id);
    const QString model = chunk.value(u"model"_s).toString();
    if (!model.isEmpty())
        out.setModel(model);
    const QJsonValue usage = chunk.value(u"usage"_s);
    if (usage.isObject())
        out.setUsage(usageFromJson(usage.toObject()));

    const QJsonArray choices = chunk.value(u"choices"_s).toArray();
    for (const QJsonValue &choice : choices) {
        // Azure's asynchronous content-filter chunks have no delta; n > 1 interleaves choices.
        if (choice.toObject().value(u"index"_s).toInt(0) == 0)
            readChoice(choice.toObject(), u"delta"_s, out);
    }
}

void OpenAiResponseReader::readChoice(const QJsonObject &choice, const QString &messageKey,
                                      ResultBuilder &out)
{
    // A streamed `delta` and a whole `message` carry the same fields.
    const QJsonObject message = choice.value(messageKey).toObject();
    // Some servers (vLLM, OpenRouter) send both keys with the same text; take only one.
    const QString reasoningContent = message.value(u"reasoning_content"_s).toString();
    out.appendThought(!reasoningContent.isEmpty() ? reasoningContent
                                                  : message.value(u"reasoning"_s).toString());
    if (message.value(u"content"_s).isString())
        out.appendText(message.value(u"content"_s).toString());
    else if (message.value(u"refusal"_s).isString())
        out.appendText(message.value(u"refusal"_s).toString());
    const QJsonArray calls = message.value(u"tool_calls"_s).toArray();
    // A whole message lists each call once, so its position is its index; toolCallIndex()
    // would merge calls with empty or missing ids (some compatible servers) into one.
    const bool wholeMessage = messageKey == u"message";
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        const QJsonObject function = call.value(u"function"_s).toObject();
        // Streamed fragments of JSON text; a few compatible servers send a whole object.
        out.appendToolCall(wholeMessage ? int(i) : toolCallIndex(call),
                           call.value(u"id"_s).toString(), function.value(u"name"_s).toString(),
                           argumentsText(function.value(u"arguments"_s), QString()));
    }
    const QJsonArray logprobs
        = choice.value(u"logprobs"_s).toObject().value(u"content"_s).toArray();
    if (!logprobs.isEmpty())
        out.appendLogprobs(logprobs);
    const QJsonValue finish = choice.value(u"finish_reason"_s);
    if (finish.isString()) {
        out.setFinishReason(finishReasonFromWire(finish.toString()));
        m_sawFinishReason = true;
    }
}

std::optional<ModelError> OpenAiResponseReader::readBody(const QByteArray &body, ResultBuilder &out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return ModelError::make(ModelError::Kind::InvalidResponse,
                                u"the response is not a JSON object (%1): %2"_s.arg(
                                    parseError.errorString(), bodyExcerpt(body)));
    const QJsonObject response = doc.object();
    if (response.contains(u"error"_s))
        return errorFromJson(response, ModelError::Kind::Provider, 0);
    out.setRaw(response);
    out.setResponseId(response.value(u"id"_s).toString());
    out.setModel(response.value(u"model"_s).toString());
    if (response.value(u"usage"_s).isObject())
        out.setUsage(usageFromJson(response.value(u"usage"_s).toObject()));
    const QJsonArray choices = response.value(u"choices"_s).toArray();
    if (choices.isEmpty())
        return ModelError::make(ModelError::Kind::InvalidResponse,
                                u"the response has no choices"_s);
    readChoice(choices.first().toObject(), u"message"_s, out);
    return std::nullopt;
}

ModelError OpenAiResponseReader::readError(int status, const HttpHeaders &headers,
                                           const QByteArray &body) const
{
    const ModelError::Kind kind = ModelError::kindForStatus(status);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    ModelError error = doc.isObject() ? errorFromJson(doc.object(), kind, status)
                                      : ModelError::make(kind, {}, status);
    if (error.message.isEmpty())
        error.message = httpStatusMessage(status, bodyExcerpt(body));
    error.requestId = requestIdFromHeaders(headers);
    return error;
}

} // namespace modelkit
