// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/anthropic/anthropicresponsereader.h"

#include "providers/anthropic/anthropicconfig.h"
#include "providers/errorbody.h"
#include "providers/toolarguments.h"

#include <limits>

#include <QJsonDocument>
#include <QtNumeric>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

//! Counts from the wire added without overflowing: a broken or hostile server may send
//! anything up to 2^63 (found with tests/fuzz/fuzz_<provider>).
qint64 tokenSum(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return b < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    return sum;
}

//! A tool_use block's streamed input; cut-off input (max_tokens, a failed stream) stays as
//! the text that arrived.
QJsonValue parsedInput(const QString &partialJson)
{
    const QJsonDocument input = QJsonDocument::fromJson(partialJson.toUtf8());
    return input.isObject() ? QJsonValue(input.object()) : QJsonValue(partialJson);
}

} // namespace

RequestUsage AnthropicResponseReader::usageFromJson(const QJsonObject &usage)
{
    RequestUsage u;
    const qint64 input = usage.value(u"input_tokens"_s).toInteger();
    u.cacheCreationTokens = usage.value(u"cache_creation_input_tokens"_s).toInteger();
    u.cachedPromptTokens = usage.value(u"cache_read_input_tokens"_s).toInteger();
    // input_tokens counts only what was neither read from nor written to the cache.
    u.promptTokens = tokenSum(tokenSum(input, u.cacheCreationTokens), u.cachedPromptTokens);
    u.completionTokens = usage.value(u"output_tokens"_s).toInteger();
    u.reasoningTokens = usage.value(u"output_tokens_details"_s)
                            .toObject()
                            .value(u"thinking_tokens"_s)
                            .toInteger();
    return u;
}

FinishReason AnthropicResponseReader::finishReasonFromWire(const QString &stopReason)
{
    if (stopReason == u"end_turn" || stopReason == u"stop_sequence")
        return FinishReason::Stop;
    if (stopReason == u"max_tokens")
        return FinishReason::Length;
    if (stopReason == u"tool_use")
        return FinishReason::FunctionCalls;
    if (stopReason == u"refusal")
        return FinishReason::ContentFilter;
    return FinishReason::Unknown; // pause_turn, model_context_window_exceeded, newer ones
}

ModelError::Kind AnthropicResponseReader::errorKindForType(const QString &type)
{
    if (type == u"overloaded_error")
        return ModelError::Kind::Overloaded;
    if (type == u"rate_limit_error")
        return ModelError::Kind::RateLimit;
    if (type == u"api_error")
        return ModelError::Kind::Server;
    return ModelError::Kind::Provider;
}

ModelError AnthropicResponseReader::errorFromJson(const QJsonObject &object, ModelError::Kind kind,
                                                  int status)
{
    ModelError error = ModelError::make(kind, {}, status);
    const QJsonValue e = object.value(u"error"_s);
    if (e.isObject()) {
        error.message = e.toObject().value(u"message"_s).toString();
        error.providerCode = e.toObject().value(u"type"_s).toString();
    } else if (e.isString()) {
        error.message = e.toString(); // some proxies
    }
    error.requestId = object.value(u"request_id"_s).toString();
    return error;
}

qint64 AnthropicResponseReader::tokenCountFromBody(const QByteArray &body, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue tokens = doc.object().value(u"input_tokens"_s);
    if (!tokens.isDouble()) {
        *error = u"the token count is not {\"input_tokens\": N}: %1"_s.arg(plainBodyExcerpt(body));
        return 0;
    }
    return tokens.toInteger();
}

void AnthropicResponseReader::finish(ResultBuilder &out)
{
    const bool failedBefore = streamError().has_value();
    flushEvents(out);
    if (!failedBefore && streamError())
        return;     // the failing event has published what there was
    if (!m_stopped) // message_stop has published already
        publish(out);
    if (!streamError() && !m_stopped)
        setStreamError(ModelError::make(
            ModelError::Kind::InvalidResponse,
            m_started ? u"the stream ended before message_stop; the partial reply is kept"_s
                      : u"the stream ended without any message event"_s));
}

void AnthropicResponseReader::abandon(ResultBuilder &out)
{
    if (!m_stopped && !streamError()) // else already published
        publish(out);
}

void AnthropicResponseReader::readEvent(const SseEvent &event, ResultBuilder &out)
{
    if (m_stopped)
        return;
    const QByteArray data = event.data.trimmed();
    if (data.isEmpty())
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        streamFailed(
            ModelError::make(ModelError::Kind::InvalidResponse,
                             u"malformed JSON in a stream event (%1 at offset %2): %3"_s.arg(
                                 parseError.errorString(), QString::number(parseError.offset),
                                 plainBodyExcerpt(data))),
            out);
        return;
    }
    const QJsonObject o = doc.object();
    // The SSE event name decides, as in the SDKs; the JSON type is the fallback for
    // servers that send data lines only.
    const QString type
        = event.event.isEmpty() ? o.value(u"type"_s).toString() : QString::fromUtf8(event.event);
    const int index = o.value(u"index"_s).toInt(-1);
    if (type == u"message_start") {
        onMessageStart(o.value(u"message"_s).toObject(), out);
    } else if (type == u"content_block_start") {
        onBlockStart(index, o.value(u"content_block"_s).toObject(), out);
    } else if (type == u"content_block_delta") {
        onBlockDelta(index, o.value(u"delta"_s).toObject(), out);
    } else if (type == u"content_block_stop") {
        onBlockStop(index, out);
    } else if (type == u"message_delta") {
        onMessageDelta(o, out);
    } else if (type == u"message_stop") {
        m_stopped = true;
        publish(out);
    } else if (type == u"error") {
        const QString errorType = o.value(u"error"_s).toObject().value(u"type"_s).toString();
        ModelError error = errorFromJson(o, errorKindForType(errorType), 0);
        if (error.message.isEmpty())
            error.message = u"the stream reported an error: %1"_s.arg(plainBodyExcerpt(data));
        streamFailed(error, out);
    }
    // ping and event types we do not know are ignored, as the API asks.
}

void AnthropicResponseReader::onMessageStart(const QJsonObject &message, ResultBuilder &out)
{
    m_started = true;
    m_message = message;
    m_message.remove(u"content"_s);
    m_usage = message.value(u"usage"_s).toObject();
    out.setResponseId(message.value(u"id"_s).toString());
    out.setModel(message.value(u"model"_s).toString());
    if (!m_usage.isEmpty())
        out.setUsage(usageFromJson(m_usage));
    // A whole message (readBody) carries its blocks here; a stream's message_start has none.
    const QJsonArray content = message.value(u"content"_s).toArray();
    for (qsizetype i = 0; i < content.size(); ++i) {
        onBlockStart(int(i), content.at(i).toObject(), out);
        onBlockStop(int(i), out);
    }
}

void AnthropicResponseReader::onBlockStart(int index, const QJsonObject &start, ResultBuilder &out)
{
    Block &block = m_blocks[index];
    block = Block();
    block.start = start;
    block.type = start.value(u"type"_s).toString();
    if (block.type == u"text") {
        block.text = start.value(u"text"_s).toString();
        out.appendText(block.text);
    } else if (block.type == u"thinking") {
        appendThinking(block, start.value(u"thinking"_s).toString(), out);
        block.signature = start.value(u"signature"_s).toString();
    } else if (block.type == u"tool_use") {
        // The id and name come with the first delta; the arguments follow as fragments.
        block.callIndex = m_calls++;
        out.appendToolCall(block.callIndex, start.value(u"id"_s).toString(),
                           start.value(u"name"_s).toString(), QString());
    }
}

void AnthropicResponseReader::appendThinking(Block &block, const QString &text, ResultBuilder &out)
{
    if (text.isEmpty())
        return;
    // A blank line between thinking blocks, as between the paragraphs they are.
    out.appendThought(block.thinking.isEmpty() && m_hasThought ? u"\n\n"_s + text : text);
    block.thinking += text;
    m_hasThought = true;
}

void AnthropicResponseReader::onBlockDelta(int index, const QJsonObject &delta, ResultBuilder &out)
{
    const auto it = m_blocks.find(index);
    if (it == m_blocks.end())
        return; // a delta for a block that never started: nothing to attach it to
    Block &block = it->second;
    const QString type = delta.value(u"type"_s).toString();
    if (type == u"text_delta") {
        const QString text = delta.value(u"text"_s).toString();
        block.text += text;
        out.appendText(text);
    } else if (type == u"thinking_delta") {
        appendThinking(block, delta.value(u"thinking"_s).toString(), out);
    } else if (type == u"signature_delta") {
        block.signature += delta.value(u"signature"_s).toString();
    } else if (type == u"input_json_delta") {
        const QString fragment = delta.value(u"partial_json"_s).toString();
        block.partialJson += fragment;
        // The first fragment is often empty: the call itself was announced at block start.
        if (block.callIndex >= 0 && !fragment.isEmpty())
            out.appendToolCall(block.callIndex, QString(), QString(), fragment);
    } else if (type == u"citations_delta") {
        block.citations.append(delta.value(u"citation"_s)); // for raw only
    }
}

void AnthropicResponseReader::onBlockStop(int index, ResultBuilder &out)
{
    const auto it = m_blocks.find(index);
    if (it == m_blocks.end())
        return;
    Block &block = it->second;
    block.stopped = true;
    if (block.callIndex >= 0 && block.partialJson.trimmed().isEmpty()) {
        // No fragments (a call without parameters, or a whole block as in non-streamed
        // replies): the start input is the whole input.
        out.appendToolCall(block.callIndex, QString(), QString(),
                           argumentsText(block.start.value(u"input"_s).toObject()));
    } else if (!block.partialJson.trimmed().isEmpty()) {
        block.input = parsedInput(block.partialJson);
    }
}

void AnthropicResponseReader::onMessageDelta(const QJsonObject &event, ResultBuilder &out)
{
    const QJsonObject delta = event.value(u"delta"_s).toObject();
    for (auto it = delta.begin(); it != delta.end(); ++it)
        m_message.insert(it.key(), it.value());
    // Usage here is cumulative: its fields replace those of message_start.
    const QJsonObject usage = event.value(u"usage"_s).toObject();
    for (auto it = usage.begin(); it != usage.end(); ++it)
        m_usage.insert(it.key(), it.value());
    if (!m_usage.isEmpty())
        out.setUsage(usageFromJson(m_usage));
    const QJsonValue stopReason = delta.value(u"stop_reason"_s);
    if (stopReason.isString())
        out.setFinishReason(finishReasonFromWire(stopReason.toString()));
}

QJsonObject AnthropicResponseReader::assembledMessage() const
{
    QJsonObject message = m_message;
    QJsonArray content;
    for (const auto &[index, block] : m_blocks) {
        QJsonObject o = block.start;
        if (block.type == u"text") {
            o.insert(u"text"_s, block.text);
        } else if (block.type == u"thinking") {
            o.insert(u"thinking"_s, block.thinking);
            o.insert(u"signature"_s, block.signature);
        }
        if (!block.partialJson.trimmed().isEmpty())
            o.insert(u"input"_s, block.stopped ? block.input : parsedInput(block.partialJson));
        if (!block.citations.isEmpty()) {
            QJsonArray citations = o.value(u"citations"_s).toArray();
            for (const QJsonValue &citation : block.citations)
                citations.append(citation);
            o.insert(u"citations"_s, citations);
        }
        content.append(o);
    }
    message.insert(u"content"_s, content);
    if (!m_usage.isEmpty())
        message.insert(u"usage"_s, m_usage);
    return message;
}

void AnthropicResponseReader::publish(ResultBuilder &out) const
{
    if (!m_started && m_blocks.empty())
        return;
    out.setRaw(assembledMessage());
    QJsonArray thinking;
    for (const auto &[index, block] : m_blocks) {
        if (!block.stopped)
            continue; // without its signature a thinking block cannot go back
        if (block.type == u"thinking") {
            thinking.append(QJsonObject{{u"type"_s, u"thinking"_s},
                                        {u"thinking"_s, block.thinking},
                                        {u"signature"_s, block.signature}});
        } else if (block.type == u"redacted_thinking") {
            thinking.append(block.start);
        }
    }
    if (!thinking.isEmpty())
        out.setProviderState(AnthropicConfig::providerStateKey(),
                             QJsonObject{{AnthropicConfig::thinkingBlocksKey(), thinking}});
}

void AnthropicResponseReader::streamFailed(const ModelError &error, ResultBuilder &out)
{
    publish(out);
    setStreamError(error);
}

std::optional<ModelError> AnthropicResponseReader::readBody(const QByteArray &body,
                                                            ResultBuilder &out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return ModelError::make(ModelError::Kind::InvalidResponse,
                                u"the response is not a JSON object (%1): %2"_s.arg(
                                    parseError.errorString(), plainBodyExcerpt(body)));
    const QJsonObject message = doc.object();
    if (message.value(u"type"_s) == QJsonValue(u"error"_s)) {
        const QString type = message.value(u"error"_s).toObject().value(u"type"_s).toString();
        return errorFromJson(message, errorKindForType(type), 0);
    }
    if (!message.value(u"content"_s).isArray())
        return ModelError::make(
            ModelError::Kind::InvalidResponse,
            u"the response has no content array: %1"_s.arg(plainBodyExcerpt(body)));
    // A whole message reads like a stream of complete blocks.
    onMessageStart(message, out);
    publish(out); // for the thinking blocks; raw is the body as it came
    const QJsonValue stopReason = message.value(u"stop_reason"_s);
    if (stopReason.isString())
        out.setFinishReason(finishReasonFromWire(stopReason.toString()));
    m_stopped = true;
    out.setRaw(message);
    return std::nullopt;
}

ModelError AnthropicResponseReader::readError(int status, const HttpHeaders &headers,
                                              const QByteArray &body) const
{
    const ModelError::Kind kind = ModelError::kindForStatus(status);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    ModelError error = doc.isObject() ? errorFromJson(doc.object(), kind, status)
                                      : ModelError::make(kind, {}, status);
    // Quoted with its markup, unlike the other providers (tst_anthropicreader pins this),
    // except for a real web page (a gateway's error page), whose markup would fill the
    // excerpt before any of its text.
    const bool webPage
        = headerValue(headers, "content-type").trimmed().toLower().startsWith("text/html");
    if (error.message.isEmpty())
        error.message
            = httpStatusMessage(status, webPage ? bodyExcerpt(body) : plainBodyExcerpt(body));
    // A header id wins over the body's request_id.
    if (const QString headerId = requestIdFromHeaders(headers); !headerId.isEmpty())
        error.requestId = headerId;
    return error;
}

} // namespace modelkit
