// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/gemini/geminiresponsereader.h"

#include "providers/errorbody.h"
#include "providers/toolarguments.h"

#include <cmath>
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

QJsonArray utf8Bytes(const QString &token)
{
    QJsonArray bytes;
    const QByteArray utf8 = token.toUtf8();
    for (const char byte : utf8)
        bytes.append(int(static_cast<unsigned char>(byte)));
    return bytes;
}

QJsonObject tokenLogprob(const QJsonObject &candidate)
{
    const QString token = candidate.value(u"token"_s).toString();
    return QJsonObject{{u"token"_s, token},
                       {u"logprob"_s, candidate.value(u"logProbability"_s).toDouble()},
                       {u"bytes"_s, utf8Bytes(token)}};
}

bool isContentFilter(const QString &reason)
{
    static const QStringList filters{
        u"SAFETY"_s,
        u"RECITATION"_s,
        u"BLOCKLIST"_s,
        u"PROHIBITED_CONTENT"_s,
        u"SPII"_s,
        u"IMAGE_SAFETY"_s,
        u"IMAGE_PROHIBITED_CONTENT"_s,
        u"IMAGE_RECITATION"_s,
    };
    return filters.contains(reason);
}

} // namespace

RequestUsage GeminiResponseReader::usageFromJson(const QJsonObject &usageMetadata)
{
    // Zero counts are left out of the JSON (proto3), hence the defaults.
    const qint64 prompt = usageMetadata.value(u"promptTokenCount"_s).toInteger();
    const qint64 toolUse = usageMetadata.value(u"toolUsePromptTokenCount"_s).toInteger();
    const qint64 candidates = usageMetadata.value(u"candidatesTokenCount"_s).toInteger();
    const qint64 thoughts = usageMetadata.value(u"thoughtsTokenCount"_s).toInteger();
    RequestUsage usage;
    // promptTokenCount already includes the cached part; candidatesTokenCount excludes thoughts.
    usage.promptTokens = tokenSum(prompt, toolUse);
    usage.cachedPromptTokens = usageMetadata.value(u"cachedContentTokenCount"_s).toInteger();
    usage.completionTokens = tokenSum(candidates, thoughts);
    usage.reasoningTokens = thoughts;
    return usage;
}

FinishReason GeminiResponseReader::finishReasonFromWire(const QString &reason)
{
    if (reason == u"STOP")
        return FinishReason::Stop;
    if (reason == u"MAX_TOKENS")
        return FinishReason::Length;
    if (isContentFilter(reason))
        return FinishReason::ContentFilter;
    return FinishReason::Unknown;
}

QJsonArray GeminiResponseReader::logprobsFromJson(const QJsonObject &logprobsResult)
{
    const QJsonArray chosen = logprobsResult.value(u"chosenCandidates"_s).toArray();
    const QJsonArray top = logprobsResult.value(u"topCandidates"_s).toArray();
    QJsonArray tokens;
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        QJsonObject token = tokenLogprob(chosen.at(i).toObject());
        QJsonArray alternatives;
        if (i < top.size()) {
            const QJsonArray candidates = top.at(i).toObject().value(u"candidates"_s).toArray();
            for (const QJsonValue &candidate : candidates)
                alternatives.append(tokenLogprob(candidate.toObject()));
        }
        token.insert(u"top_logprobs"_s, alternatives);
        tokens.append(token);
    }
    return tokens;
}

std::optional<qint64> GeminiResponseReader::durationMs(const QString &duration)
{
    const QString text = duration.trimmed();
    if (!text.endsWith(u's'))
        return std::nullopt;
    bool ok = false;
    const double seconds = QStringView(text).chopped(1).toDouble(&ok);
    if (!ok || seconds < 0 || !std::isfinite(seconds))
        return std::nullopt;
    // Beyond qint64, llround() has no defined result (it gave a negative delay).
    const double ms = seconds * 1000.0;
    return ms >= 0x1p63 ? std::numeric_limits<qint64>::max() : std::llround(ms);
}

ModelError GeminiResponseReader::errorFromJson(const QJsonObject &object, ModelError::Kind kind,
                                               int status)
{
    ModelError error = ModelError::make(kind, {}, status);
    const QJsonValue e = object.value(u"error"_s);
    if (e.isString()) {
        error.message = e.toString();
        return error;
    }
    const QJsonObject o = e.toObject();
    error.message = o.value(u"message"_s).toString();
    QString reason;
    const QJsonArray details = o.value(u"details"_s).toArray();
    for (const QJsonValue &value : details) {
        const QJsonObject detail = value.toObject();
        const QString type = detail.value(u"@type"_s).toString();
        if (type.endsWith(u"google.rpc.ErrorInfo") && reason.isEmpty())
            reason = detail.value(u"reason"_s).toString();
        else if (type.endsWith(u"google.rpc.RetryInfo"))
            error.retryAfterMs = durationMs(detail.value(u"retryDelay"_s).toString());
    }
    error.providerCode = reason.isEmpty() ? o.value(u"status"_s).toString() : reason;
    // Google rejects a bad key with 400 INVALID_ARGUMENT; callers want to know it is the key.
    if (reason == u"API_KEY_INVALID" && kind == ModelError::Kind::BadRequest)
        error.kind = ModelError::Kind::Authentication;
    return error;
}

qint64 GeminiResponseReader::parseTokenCount(const QByteArray &body, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        *error = u"the countTokens answer is not a JSON object: %1"_s.arg(bodyExcerpt(body));
        return 0;
    }
    const QJsonValue total = doc.object().value(u"totalTokens"_s);
    if (!total.isUndefined() && !total.isDouble()) {
        *error = u"totalTokens in the countTokens answer is not a number"_s;
        return 0;
    }
    return total.toInteger(); // absent when 0 (proto3 JSON)
}

void GeminiResponseReader::finish(ResultBuilder &out)
{
    flushEvents(out);
    // No [DONE] in Gemini streams: a finish reason or a blocked prompt is the proof.
    if (!streamError() && !m_sawFinishReason && !m_blocked)
        setStreamError(
            ModelError::make(ModelError::Kind::InvalidResponse,
                             u"the stream ended before the model finished (no finishReason); "
                             "the partial reply is kept"_s));
}

void GeminiResponseReader::readEvent(const SseEvent &event, ResultBuilder &out)
{
    const QByteArray data = event.data.trimmed();
    if (data.isEmpty())
        return;
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
    const QJsonObject response = doc.object();
    if (response.contains(u"error"_s)) {
        // A mid-stream error carries the HTTP-like code the stream could no longer send
        // (503 overloaded, 429 quota…): it types the error, so that retries can see it.
        const QJsonValue code = response.value(u"error"_s).toObject().value(u"code"_s);
        const ModelError::Kind kind = code.isDouble() && code.toInt() > 0
                                          ? ModelError::kindForStatus(code.toInt())
                                          : ModelError::Kind::Provider;
        setStreamError(errorFromJson(response, kind, 0));
        return;
    }
    readResponse(response, out);
}

void GeminiResponseReader::readResponse(const QJsonObject &response, ResultBuilder &out)
{
    out.setRaw(response);
    const QString id = response.value(u"responseId"_s).toString();
    if (!id.isEmpty())
        out.setResponseId(id);
    const QString model = response.value(u"modelVersion"_s).toString();
    if (!model.isEmpty())
        out.setModel(model);
    const QJsonValue usage = response.value(u"usageMetadata"_s);
    if (usage.isObject())
        out.setUsage(usageFromJson(usage.toObject()));

    const QString blockReason
        = response.value(u"promptFeedback"_s).toObject().value(u"blockReason"_s).toString();
    if (!blockReason.isEmpty()) {
        m_blocked = true;
        out.setFinishReason(FinishReason::ContentFilter);
    }

    const QJsonArray candidates = response.value(u"candidates"_s).toArray();
    for (const QJsonValue &value : candidates) {
        const QJsonObject candidate = value.toObject();
        if (candidate.value(u"index"_s).toInt(0) != 0)
            continue;
        readParts(candidate.value(u"content"_s).toObject().value(u"parts"_s).toArray(), out);
        const QJsonValue logprobs = candidate.value(u"logprobsResult"_s);
        if (logprobs.isObject())
            out.appendLogprobs(logprobsFromJson(logprobs.toObject()));
        const QString finish = candidate.value(u"finishReason"_s).toString();
        if (!finish.isEmpty()) {
            out.setFinishReason(finishReasonFromWire(finish));
            m_sawFinishReason = true;
        }
    }
}

void GeminiResponseReader::readParts(const QJsonArray &parts, ResultBuilder &out)
{
    // Neighbouring text (or thought) parts of one event become one delta, in wire order.
    QString text;
    QString thought;
    const auto flushText = [&] {
        out.appendText(text);
        text.clear();
    };
    const auto flushThought = [&] {
        out.appendThought(thought);
        thought.clear();
    };
    bool stateChanged = false;

    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        const QString signature = part.value(u"thoughtSignature"_s).toString();
        if (part.value(u"thought"_s).toBool()) {
            flushText();
            const QString piece = part.value(u"text"_s).toString();
            thought += piece;
            m_thoughtRun += piece;
            if (!signature.isEmpty()) {
                addSignature(QJsonObject{{u"part"_s, u"thought"_s}, {u"text"_s, m_thoughtRun}},
                             signature);
                m_thoughtRun.clear();
                stateChanged = true;
            }
        } else if (part.contains(u"functionCall"_s)) {
            flushText();
            flushThought();
            const QJsonObject call = part.value(u"functionCall"_s).toObject();
            const int index = m_callCount++;
            QString id = call.value(u"id"_s).toString();
            if (id.isEmpty()) {
                // Stable across re-reads of the same reply; recorded so that it is never sent.
                id = u"call_%1"_s.arg(index);
                m_syntheticIds.append(id);
                stateChanged = true;
            }
            out.appendToolCall(index, id, call.value(u"name"_s).toString(),
                               argumentsText(call.value(u"args"_s).toObject()));
            if (!signature.isEmpty()) {
                addSignature(QJsonObject{{u"part"_s, u"functionCall"_s}, {u"index"_s, index}},
                             signature);
                stateChanged = true;
            }
        } else if (part.contains(u"text"_s)) {
            flushThought();
            text += part.value(u"text"_s).toString();
            // The streamed text may end with an empty part that only carries the signature.
            if (!signature.isEmpty()) {
                addSignature(QJsonObject{{u"part"_s, u"text"_s}}, signature);
                stateChanged = true;
            }
        }
        // executableCode, codeExecutionResult, inlineData…: kept in raw only.
    }
    flushThought();
    flushText();

    if (stateChanged) {
        QJsonObject state;
        if (!m_signatures.isEmpty())
            state.insert(u"parts"_s, m_signatures);
        if (!m_syntheticIds.isEmpty())
            state.insert(u"syntheticCallIds"_s, m_syntheticIds);
        out.setProviderState(stateKey(), state);
    }
}

void GeminiResponseReader::addSignature(QJsonObject entry, const QString &signature)
{
    // The reply's text is rebuilt as one part, so only its last signature can go back.
    if (entry.value(u"part"_s) == QJsonValue(u"text"_s)) {
        for (qsizetype i = m_signatures.size() - 1; i >= 0; --i) {
            if (m_signatures.at(i).toObject().value(u"part"_s) == QJsonValue(u"text"_s))
                m_signatures.removeAt(i);
        }
    }
    entry.insert(u"thoughtSignature"_s, signature);
    m_signatures.append(entry);
}

std::optional<ModelError> GeminiResponseReader::readBody(const QByteArray &body, ResultBuilder &out)
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
    readResponse(response, out);
    if (!m_blocked && response.value(u"candidates"_s).toArray().isEmpty())
        return ModelError::make(ModelError::Kind::InvalidResponse,
                                u"the response has no candidates and no promptFeedback"_s);
    return std::nullopt;
}

ModelError GeminiResponseReader::readError(int status, const HttpHeaders &headers,
                                           const QByteArray &body) const
{
    const ModelError::Kind kind = ModelError::kindForStatus(status);
    QJsonDocument doc = QJsonDocument::fromJson(body);
    // streamGenerateContent without alt=sse wraps its answers, errors included, in an array.
    if (doc.isArray() && doc.array().size() == 1 && doc.array().first().isObject())
        doc = QJsonDocument(doc.array().first().toObject());
    ModelError error = doc.isObject() && doc.object().contains(u"error"_s)
                           ? errorFromJson(doc.object(), kind, status)
                           : ModelError::make(kind, {}, status);
    if (error.message.isEmpty())
        error.message = httpStatusMessage(status, bodyExcerpt(body));
    error.requestId = requestIdFromHeaders(headers);
    return error;
}

} // namespace modelkit
