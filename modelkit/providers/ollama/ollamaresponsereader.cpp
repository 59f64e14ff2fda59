// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/ollama/ollamaresponsereader.h"

#include "providers/errorbody.h"
#include "providers/toolarguments.h"
#include "transport/transportoptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace modelkit {

OllamaResponseReader::OllamaResponseReader(const QUrl &baseUrl, const QString &model)
    : m_baseUrl(baseUrl), m_model(model)
{
    m_parser.setMaxLineBytes(defaultMaxLineBytes);
}

FinishReason OllamaResponseReader::finishReasonFromWire(const QString &doneReason)
{
    if (doneReason == u"stop")
        return FinishReason::Stop;
    if (doneReason == u"length")
        return FinishReason::Length;
    return FinishReason::Unknown; // "load", "unload", absent (servers before done_reason)
}

ModelError OllamaResponseReader::errorFromJson(const QJsonObject &object, ModelError::Kind kind,
                                               int status) const
{
    ModelError error = ModelError::make(kind, {}, status);
    const QJsonValue e = object.value(u"error"_s);
    if (e.isString())
        error.message = e.toString();
    else if (e.isObject()) // not Ollama's own shape, but proxies in front of it use it
        error.message = e.toObject().value(u"message"_s).toString();
    if (error.message.isEmpty())
        error.message = object.value(u"message"_s).toString();

    // `model "llama9" not found, try pulling it first` (older servers) or
    // `model 'llama9' not found` (newer ones).
    static const QRegularExpression notFound(
        u"model\\s+[\"'\u201c]?([^\"'\u201d\\s]+)[\"'\u201d]?\\s+not found"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = notFound.match(error.message); match.hasMatch()) {
        error.kind = ModelError::Kind::NotFound;
        const QString name = match.captured(1).isEmpty() ? m_model : match.captured(1);
        error.message += u" (download it with `ollama pull %1`)"_s.arg(name);
    }
    return error;
}

void OllamaResponseReader::feed(QByteArrayView bytes, ResultBuilder &out)
{
    if (streamError())
        return;
    const QList<QByteArray> lines = m_parser.feed(bytes);
    for (const QByteArray &line : lines) {
        readLine(line, out);
        if (streamError())
            return;
    }
    if (m_parser.hasOverflowed())
        setStreamError(
            ModelError::make(ModelError::Kind::InvalidResponse,
                             QCoreApplication::translate("modelkit::OllamaResponseReader",
                                                         "a stream line exceeded %1 MB")
                                 .arg(TransportOptions::megabytes(m_parser.maxLineBytes()))));
}

void OllamaResponseReader::finish(ResultBuilder &out)
{
    if (!streamError()) {
        const QList<QByteArray> lines = m_parser.finish();
        for (const QByteArray &line : lines)
            readLine(line, out);
    }
    if (!streamError() && !m_done)
        setStreamError(ModelError::make(ModelError::Kind::InvalidResponse,
                                        u"the stream ended before Ollama sent its final "
                                        "\"done\": true line; the partial reply is kept"_s));
}

void OllamaResponseReader::readLine(const QByteArray &line, ResultBuilder &out)
{
    if (m_done)
        return; // nothing follows the final line; ignore anything that does
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setStreamError(ModelError::make(
            ModelError::Kind::InvalidResponse,
            u"malformed JSON in a stream line (%1 at offset %2): %3"_s.arg(
                parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                             : u"not an object"_s,
                QString::number(parseError.offset), QString::fromUtf8(line.left(120)))));
        return;
    }
    const QJsonObject chunk = doc.object();
    if (chunk.contains(u"error"_s)) {
        setStreamError(errorFromJson(chunk, ModelError::Kind::Provider, 0));
        return;
    }
    readChunk(chunk, out);
}

void OllamaResponseReader::readChunk(const QJsonObject &chunk, ResultBuilder &out)
{
    m_lastChunk = chunk;
    out.setRaw(chunk); // kept up to date so that a failed stream still shows its last line
    const QString model = chunk.value(u"model"_s).toString();
    if (!model.isEmpty())
        out.setModel(model);

    const QJsonObject message = chunk.value(u"message"_s).toObject();
    const QJsonValue thinking = message.value(u"thinking"_s);
    if (thinking.isString())
        out.appendThought(thinking.toString());
    const QJsonValue content = message.value(u"content"_s);
    if (content.isString())
        out.appendText(content.toString());
    const QJsonArray calls = message.value(u"tool_calls"_s).toArray();
    for (const QJsonValue &value : calls) {
        const QJsonObject call = value.toObject();
        const QJsonObject function = call.value(u"function"_s).toObject();
        QString id = call.value(u"id"_s).toString();
        if (id.isEmpty())
            id = u"call_%1"_s.arg(m_calls);
        // Each call is complete: one delta carries its id, name and all its arguments (an
        // object; a string from some proxies is kept as the JSON text it is).
        out.appendToolCall(m_calls, id, function.value(u"name"_s).toString(),
                           argumentsText(function.value(u"arguments"_s), u"{}"_s));
        ++m_calls;
    }

    if (chunk.value(u"done"_s).toBool()) {
        m_done = true;
        out.setFinishReason(finishReasonFromWire(chunk.value(u"done_reason"_s).toString()));
        if (chunk.contains(u"prompt_eval_count"_s) || chunk.contains(u"eval_count"_s)) {
            RequestUsage usage;
            usage.promptTokens = chunk.value(u"prompt_eval_count"_s).toInteger();
            usage.completionTokens = chunk.value(u"eval_count"_s).toInteger();
            out.setUsage(usage);
        }
    }
}

std::optional<ModelError> OllamaResponseReader::readBody(const QByteArray &body, ResultBuilder &out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // A server (or proxy) that ignored `stream: false` and streamed anyway.
        if (body.trimmed().contains('\n') && body.trimmed().startsWith('{')) {
            feed(body, out);
            finish(out);
            return streamError();
        }
        return ModelError::make(ModelError::Kind::InvalidResponse,
                                u"the response is not a JSON object (%1): %2"_s.arg(
                                    parseError.errorString(), bodyExcerpt(body)));
    }
    const QJsonObject response = doc.object();
    if (response.contains(u"error"_s))
        return errorFromJson(response, ModelError::Kind::Provider, 0);
    if (!response.value(u"message"_s).isObject() && !response.value(u"done"_s).toBool())
        return ModelError::make(ModelError::Kind::InvalidResponse,
                                u"the response is not an Ollama chat reply (no \"message\"): "_s
                                    + bodyExcerpt(body));
    readChunk(response, out);
    return std::nullopt;
}

ModelError OllamaResponseReader::readError(int status, const HttpHeaders &headers,
                                           const QByteArray &body) const
{
    const ModelError::Kind kind = ModelError::kindForStatus(status);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    ModelError error = doc.isObject() ? errorFromJson(doc.object(), kind, status)
                                      : ModelError::make(kind, {}, status);
    if (error.message.isEmpty()) {
        error.message = httpStatusMessage(status, bodyExcerpt(body));
        // Go's router answers unknown paths with a plain "404 page not found".
        if (status == 404)
            error.message
                += u" (is %1 an Ollama server? The base URL is the server's root, "
                   "without /api or /v1)"_s.arg(m_baseUrl.isEmpty() ? u"the base URL"_s
                                                                    : m_baseUrl.toDisplayString());
    }
    error.requestId = requestIdFromHeaders(headers); // a proxy's, or ollama.com's
    return error;
}

ModelError OllamaResponseReader::unreachableError(const ModelError &error) const
{
    ModelError advised = error;
    const QString where
        = m_baseUrl.isEmpty() ? u"the configured address"_s : m_baseUrl.toDisplayString();
    advised.message = u"Ollama does not seem to be running at %1 (%2). Start it with "
                      "`ollama serve`, or check the base URL."_s.arg(
                          where, error.message.isEmpty() ? u"no connection"_s : error.message);
    return advised;
}

} // namespace modelkit
