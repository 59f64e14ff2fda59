// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/gemini/geminirequestbuilder.h"

#include "providers/gemini/geminiresponsereader.h"
#include "providers/httprequests.h"
#include "providers/jsonmerge.h"
#include "providers/toolarguments.h"

#include <QHash>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

//! A function call seen earlier in the conversation, so that its result can be matched.
struct KnownCall
{
    QString name;
    bool synthetic = false; //!< the id was made up by modelkit, not sent by Gemini
};

QString mimeFromPath(const QUrl &url)
{
    const QString path = url.path().toLower();
    if (path.endsWith(u".png"))
        return u"image/png"_s;
    if (path.endsWith(u".jpg") || path.endsWith(u".jpeg"))
        return u"image/jpeg"_s;
    if (path.endsWith(u".gif"))
        return u"image/gif"_s;
    if (path.endsWith(u".webp"))
        return u"image/webp"_s;
    if (path.endsWith(u".heic"))
        return u"image/heic"_s;
    if (path.endsWith(u".heif"))
        return u"image/heif"_s;
    return {};
}

QJsonObject inlineDataPart(const QString &mimeType, const QByteArray &base64)
{
    QString mime = mimeType;
    if (mime.isEmpty()) // 24 base64 characters are 18 bytes: enough for every signature
        mime = Image::sniffMimeType(QByteArray::fromBase64(base64.left(24)));
    if (mime.isEmpty())
        mime = u"image/png"_s; // what Image::dataUrl() assumes too
    return QJsonObject{{u"inlineData"_s, QJsonObject{{u"mimeType"_s, mime},
                                                     {u"data"_s, QString::fromLatin1(base64)}}}};
}

QJsonObject imagePart(const Image &image)
{
    if (!image.isUrl())
        return inlineDataPart(image.mimeType, image.base64Data);
    const QString dataPath = image.url.path(QUrl::FullyEncoded);
    const qsizetype comma = dataPath.indexOf(u',');
    if (image.url.scheme() == u"data" && comma >= 0) {
        // data:<mime>[;base64],<payload>: Gemini cannot fetch these, the bytes go inline.
        const QString header = dataPath.left(comma);
        const QByteArray payload
            = QByteArray::fromPercentEncoding(dataPath.mid(comma + 1).toLatin1());
        const QByteArray base64 = header.endsWith(u";base64") ? payload : payload.toBase64();
        const QString mime = image.mimeType.isEmpty() ? header.section(u';', 0, 0) : image.mimeType;
        return inlineDataPart(mime, base64);
    }
    QJsonObject fileData{{u"fileUri"_s, image.url.toString(QUrl::FullyEncoded)}};
    const QString mime = image.mimeType.isEmpty() ? mimeFromPath(image.url) : image.mimeType;
    if (!mime.isEmpty())
        fileData.insert(u"mimeType"_s, mime);
    return QJsonObject{{u"fileData"_s, fileData}};
}

//! Gemini rejects `{"text": ""}` with 400 "required oneof field 'data'".
bool isEmptyTextPart(const QJsonObject &part)
{
    return part.contains(u"text"_s) && part.value(u"text"_s).toString().isEmpty();
}

QJsonArray userParts(const UserMessage &message)
{
    // Empty texts are left out: GeminiRequestBuilder::contents() drops them anyway.
    if (const auto *text = std::get_if<QString>(&message.content))
        return QJsonArray{QJsonObject{{u"text"_s, *text}}};
    QJsonArray parts;
    for (const UserContentPart &part : std::get<QList<UserContentPart>>(message.content)) {
        if (const auto *text = std::get_if<QString>(&part))
            parts.append(QJsonObject{{u"text"_s, *text}});
        else
            parts.append(imagePart(std::get<Image>(part)));
    }
    return parts;
}

QString describeCall(const FunctionCall &call)
{
    return call.id.isEmpty() ? u"\"%1\""_s.arg(call.name)
                             : u"\"%1\" (id %2)"_s.arg(call.name, call.id);
}

//! Gemini wants `args` as an object; AutoGen keeps the model's JSON text.
std::optional<QJsonObject> callArguments(const FunctionCall &call, QString *problem)
{
    QJsonParseError error;
    const auto arguments = argumentsObject(call.arguments, &error);
    if (arguments)
        return arguments;
    if (error.error != QJsonParseError::NoError)
        *problem = u"the arguments of function call %1 are not valid JSON (%2 at offset %3)"_s.arg(
            describeCall(call), error.errorString(), QString::number(error.offset));
    else
        *problem = u"the arguments of function call %1 are not a JSON object, which Gemini "
                   "requires"_s.arg(describeCall(call));
    return std::nullopt;
}

std::optional<QJsonArray> modelParts(const AssistantMessage &message,
                                     QHash<QString, KnownCall> &knownCalls, QString *problem)
{
    // The thought signatures recorded by GeminiResponseReader go back on the same parts.
    const QJsonObject state
        = message.providerState.value(GeminiResponseReader::stateKey()).toObject();
    QSet<QString> synthetic;
    for (const QJsonValue &id : state.value(u"syntheticCallIds"_s).toArray())
        synthetic.insert(id.toString());
    QJsonArray parts;
    QString textSignature;
    QHash<qint64, QString> callSignatures;
    for (const QJsonValue &value : state.value(u"parts"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString part = entry.value(u"part"_s).toString();
        const QString signature = entry.value(u"thoughtSignature"_s).toString();
        if (signature.isEmpty())
            continue;
        if (part == u"thought") {
            parts.append(QJsonObject{{u"text"_s, entry.value(u"text"_s).toString()},
                                     {u"thought"_s, true},
                                     {u"thoughtSignature"_s, signature}});
        } else if (part == u"text") {
            textSignature = signature;
        } else if (part == u"functionCall") {
            callSignatures.insert(entry.value(u"index"_s).toInteger(-1), signature);
        }
    }

    if (const auto *text = std::get_if<QString>(&message.content)) {
        QJsonObject part{{u"text"_s, *text}};
        if (!textSignature.isEmpty())
            part.insert(u"thoughtSignature"_s, textSignature);
        parts.append(part);
        return parts;
    }
    const QList<FunctionCall> &calls = std::get<QList<FunctionCall>>(message.content);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const FunctionCall &call = calls.at(i);
        const auto args = callArguments(call, problem);
        if (!args)
            return std::nullopt;
        const bool madeUp = synthetic.contains(call.id);
        QJsonObject functionCall{{u"name"_s, call.name}, {u"args"_s, *args}};
        if (!call.id.isEmpty() && !madeUp)
            functionCall.insert(u"id"_s, call.id);
        QJsonObject part{{u"functionCall"_s, functionCall}};
        if (const QString signature = callSignatures.value(i); !signature.isEmpty())
            part.insert(u"thoughtSignature"_s, signature);
        parts.append(part);
        if (!call.id.isEmpty())
            knownCalls.insert(call.id, KnownCall{call.name, madeUp});
    }
    return parts;
}

std::optional<QJsonArray> functionResponseParts(const FunctionExecutionResultMessage &message,
                                                const QHash<QString, KnownCall> &knownCalls,
                                                QString *problem)
{
    QJsonArray parts;
    for (const FunctionExecutionResult &result : message.content) {
        const auto known = knownCalls.constFind(result.callId);
        const bool isKnown = !result.callId.isEmpty() && known != knownCalls.cend();
        QString name = result.name;
        if (name.isEmpty() && isKnown)
            name = known->name;
        if (name.isEmpty()) {
            *problem = u"the result of function call %1 has no name, and no earlier call has that "
                       "id; Gemini matches results to calls by name"_s.arg(
                           result.callId.isEmpty() ? u"(no id)"_s : result.callId);
            return std::nullopt;
        }
        QJsonObject response{{u"name"_s, name},
                             {u"response"_s, QJsonObject{{result.isError ? u"error"_s : u"result"_s,
                                                          result.content}}}};
        if (!result.callId.isEmpty() && !(isKnown && known->synthetic))
            response.insert(u"id"_s, result.callId);
        parts.append(QJsonObject{{u"functionResponse"_s, response}});
    }
    return parts;
}

QString thinkingLevel(const QString &effort)
{
    if (effort == u"minimal")
        return u"MINIMAL"_s;
    if (effort == u"low")
        return u"LOW"_s;
    if (effort == u"medium")
        return u"MEDIUM"_s;
    if (effort == u"high")
        return u"HIGH"_s;
    return {};
}

} // namespace

GeminiRequestBuilder::GeminiRequestBuilder(const GeminiConfig &config) : m_config(config)
{
    if (m_config.baseUrl.isEmpty())
        m_config.baseUrl = GeminiConfig::defaultBaseUrl();
    if (m_config.apiVersion.isEmpty())
        m_config.apiVersion = GeminiConfig::defaultApiVersion();
}

QUrl GeminiRequestBuilder::endpoint(const QString &path) const
{
    return endpointUrl(m_config.baseUrl, u'/' + m_config.apiVersion + path);
}

QUrl GeminiRequestBuilder::generateUrl(bool streaming) const
{
    QUrl url = endpoint(u'/' + m_config.modelResource()
                        + (streaming ? u":streamGenerateContent"_s : u":generateContent"_s));
    if (streaming) // without alt=sse the stream is one JSON array sent piecemeal
        url.setQuery(u"alt=sse"_s);
    return url;
}

QUrl GeminiRequestBuilder::countTokensUrl() const
{
    return endpoint(u'/' + m_config.modelResource() + u":countTokens"_s);
}

QUrl GeminiRequestBuilder::modelsUrl(const QString &pageToken) const
{
    QUrl url = endpoint(u"/models"_s);
    QUrlQuery query;
    query.addQueryItem(u"pageSize"_s, u"100"_s);
    // Page tokens are base64: '+', '/' and '=' must reach the server encoded.
    if (!pageToken.isEmpty())
        query.addQueryItem(u"pageToken"_s, QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    url.setQuery(query);
    return url;
}

HttpHeaders GeminiRequestBuilder::headers() const
{
    HttpHeaders headers;
    if (!m_config.apiKey.isEmpty())
        headers.append({"x-goog-api-key", m_config.apiKey.toUtf8()});
    headers += m_config.extraHeaders;
    return headers;
}

QJsonObject GeminiRequestBuilder::systemInstruction(const QList<LlmMessage> &messages)
{
    QJsonArray parts;
    for (const LlmMessage &message : messages) {
        if (const auto *m = std::get_if<SystemMessage>(&message); m && !m->content.isEmpty())
            parts.append(QJsonObject{{u"text"_s, m->content}});
    }
    if (parts.isEmpty())
        return {};
    return QJsonObject{{u"parts"_s, parts}};
}

QJsonArray GeminiRequestBuilder::contents(const QList<LlmMessage> &messages, QString *problem)
{
    QList<std::pair<QString, QJsonArray>> turns;
    const auto add = [&turns](const QString &role, const QJsonArray &parts) {
        for (const QJsonValue &value : parts) {
            const QJsonObject part = value.toObject();
            const bool sameTurn = !turns.isEmpty() && turns.last().first == role;
            if (isEmptyTextPart(part)) {
                // Gemini rejects empty texts, but a streamed reply can end with an empty text
                // that only carries the signature: it moves to the part before it unless that
                // one has its own (Google: never merge two signed parts), else it is dropped.
                const QString signature = part.value(u"thoughtSignature"_s).toString();
                if (sameTurn && !signature.isEmpty()) {
                    QJsonArray &previous = turns.last().second;
                    QJsonObject last = previous.last().toObject();
                    if (!last.contains(u"thoughtSignature"_s)) {
                        last.insert(u"thoughtSignature"_s, signature);
                        previous.replace(previous.size() - 1, last);
                    }
                }
                continue;
            }
            if (sameTurn)
                turns.last().second.append(part);
            else
                turns.append({role, QJsonArray{part}});
        }
    };

    QHash<QString, KnownCall> knownCalls;
    QString localProblem;
    for (const LlmMessage &message : messages) {
        if (const auto *m = std::get_if<UserMessage>(&message)) {
            add(u"user"_s, userParts(*m));
        } else if (const auto *m = std::get_if<AssistantMessage>(&message)) {
            const auto parts = modelParts(*m, knownCalls, &localProblem);
            if (!parts)
                break;
            add(u"model"_s, *parts);
        } else if (const auto *m = std::get_if<FunctionExecutionResultMessage>(&message)) {
            const auto parts = functionResponseParts(*m, knownCalls, &localProblem);
            if (!parts)
                break;
            add(u"user"_s, *parts);
        }
    }
    if (!localProblem.isEmpty()) {
        if (problem)
            *problem = localProblem;
        return {};
    }

    QJsonArray out;
    for (const auto &[role, parts] : std::as_const(turns))
        out.append(QJsonObject{{u"role"_s, role}, {u"parts"_s, parts}});
    return out;
}

QString GeminiRequestBuilder::unsupportedParameter(const CompletionRequest &request) const
{
    const CompletionParameters &p = request.parameters;
    if (p.parallelToolCalls && !*p.parallelToolCalls)
        return u"parallel_tool_calls=false has no Gemini equivalent: the model decides how many "
               "calls it makes"_s;
    if (p.topLogprobs && !p.logprobs.value_or(false))
        return u"top_logprobs needs logprobs=true"_s;
    if (p.reasoningEffort && p.thinkingBudget)
        return u"reasoning_effort and thinking_budget cannot be combined for Gemini (thinkingLevel "
               "or thinkingBudget, not both)"_s;
    if (p.reasoningEffort && thinkingLevel(*p.reasoningEffort).isEmpty())
        return u"reasoning_effort \"%1\" has no Gemini thinkingLevel (minimal, low, medium or "
               "high); use thinking_budget=0 to turn thinking off"_s.arg(*p.reasoningEffort);
    for (const ToolSchema &tool : request.tools) {
        if (tool.strict.value_or(false))
            return u"strict=true on tool \"%1\" has no Gemini equivalent"_s.arg(tool.name);
    }
    return {};
}

QJsonObject GeminiRequestBuilder::body(const CompletionRequest &request, QString *problem) const
{
    QString localProblem;
    const QJsonArray turns = contents(request.messages, &localProblem);
    if (localProblem.isEmpty() && turns.isEmpty())
        localProblem = u"Gemini needs at least one user or assistant message besides the system "
                       "instruction"_s;
    if (!localProblem.isEmpty()) {
        if (problem)
            *problem = localProblem;
        return {};
    }

    QJsonObject body{{u"contents"_s, turns}};
    const QJsonObject system = systemInstruction(request.messages);
    if (!system.isEmpty())
        body.insert(u"systemInstruction"_s, system);

    if (!request.tools.isEmpty()) {
        QJsonArray declarations;
        for (const ToolSchema &tool : request.tools) {
            QJsonObject declaration{{u"name"_s, tool.name}};
            if (!tool.description.isEmpty())
                declaration.insert(u"description"_s, tool.description);
            // JSON Schema as given, not Gemini's OpenAPI subset (`parameters`).
            if (!tool.parameters.isEmpty())
                declaration.insert(u"parametersJsonSchema"_s, tool.parameters);
            declarations.append(declaration);
        }
        body.insert(u"tools"_s, QJsonArray{QJsonObject{{u"functionDeclarations"_s, declarations}}});

        QJsonObject config;
        switch (request.toolChoice.mode) {
        case ToolChoice::Mode::Auto:
            config.insert(u"mode"_s, u"AUTO"_s);
            break;
        case ToolChoice::Mode::Required:
            config.insert(u"mode"_s, u"ANY"_s);
            break;
        case ToolChoice::Mode::None:
            config.insert(u"mode"_s, u"NONE"_s);
            break;
        case ToolChoice::Mode::Named:
            config.insert(u"mode"_s, u"ANY"_s);
            config.insert(u"allowedFunctionNames"_s, QJsonArray{request.toolChoice.name});
            break;
        }
        body.insert(u"toolConfig"_s, QJsonObject{{u"functionCallingConfig"_s, config}});
    }

    QJsonObject generation;
    const CompletionParameters &p = request.parameters;
    if (p.temperature)
        generation.insert(u"temperature"_s, *p.temperature);
    if (p.topP)
        generation.insert(u"topP"_s, *p.topP);
    if (p.topK)
        generation.insert(u"topK"_s, *p.topK);
    if (p.maxTokens)
        generation.insert(u"maxOutputTokens"_s, *p.maxTokens);
    if (!p.stop.isEmpty())
        generation.insert(u"stopSequences"_s, QJsonArray::fromStringList(p.stop));
    if (p.seed)
        generation.insert(u"seed"_s, *p.seed);
    if (p.presencePenalty)
        generation.insert(u"presencePenalty"_s, *p.presencePenalty);
    if (p.frequencyPenalty)
        generation.insert(u"frequencyPenalty"_s, *p.frequencyPenalty);
    if (p.n) // only candidate 0 is read; the others stay in the raw JSON
        generation.insert(u"candidateCount"_s, *p.n);
    if (p.logprobs)
        generation.insert(u"responseLogprobs"_s, *p.logprobs);
    if (p.topLogprobs)
        generation.insert(u"logprobs"_s, *p.topLogprobs);

    switch (request.jsonOutput.mode) {
    case JsonOutput::Mode::Off:
        break;
    case JsonOutput::Mode::JsonObject:
        generation.insert(u"responseMimeType"_s, u"application/json"_s);
        break;
    case JsonOutput::Mode::JsonSchema:
        generation.insert(u"responseMimeType"_s, u"application/json"_s);
        generation.insert(u"responseJsonSchema"_s, request.jsonOutput.schema);
        break;
    }

    QJsonObject thinking;
    if (p.thinkingBudget) {
        thinking.insert(u"thinkingBudget"_s, *p.thinkingBudget);
        if (*p.thinkingBudget != 0) // 0 turns thinking off; -1 lets the model decide
            thinking.insert(u"includeThoughts"_s, true);
    }
    if (p.reasoningEffort) {
        thinking.insert(u"thinkingLevel"_s, thinkingLevel(*p.reasoningEffort));
        thinking.insert(u"includeThoughts"_s, true);
    }
    if (!thinking.isEmpty())
        generation.insert(u"thinkingConfig"_s, thinking);
    if (!generation.isEmpty())
        body.insert(u"generationConfig"_s, generation);

    // generationConfig and the rest merge key by key instead of being replaced.
    mergeJsonInto(body, request.extraCreateArgs);
    return body;
}

HttpRequest GeminiRequestBuilder::generateRequest(const CompletionRequest &request, bool streaming,
                                                  QString *problem) const
{
    return jsonPostRequest(generateUrl(streaming), headers(), body(request, problem), streaming);
}

HttpRequest GeminiRequestBuilder::countTokensRequest(const CompletionRequest &request,
                                                     QString *problem) const
{
    QJsonObject inner = body(request, problem);
    inner.insert(u"model"_s, m_config.modelResource());
    return jsonPostRequest(countTokensUrl(), headers(),
                           QJsonObject{{u"generateContentRequest"_s, inner}});
}

HttpRequest GeminiRequestBuilder::modelsRequest(const QString &pageToken) const
{
    return getRequest(modelsUrl(pageToken), headers());
}

} // namespace modelkit
