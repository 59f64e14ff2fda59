// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/openaichatimport.h"

#include "core/jsonfields.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

//! A content that may only hold text: a string, null, or text (and refusal) parts, joined
//! with newlines.
bool textContent(const QJsonValue &content, QString *out, JsonError *error, const QString &path)
{
    if (content.isUndefined() || content.isNull()) {
        *out = QString();
        return true;
    }
    if (content.isString()) {
        *out = content.toString();
        return true;
    }
    if (!content.isArray())
        return setJsonError(error, path, u"expected a string or a list of text parts"_s);
    QStringList texts;
    const QJsonArray parts = content.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        JsonFields part(parts.at(i), JsonFields::indexPath(path, i), error);
        QString type;
        if (!part.isObject() || !part.requireString(u"type"_s, &type))
            return false;
        QString text;
        if (type == u"text") {
            if (!part.requireString(u"text"_s, &text))
                return false;
        } else if (type == u"refusal") {
            if (!part.requireString(u"refusal"_s, &text))
                return false;
        } else {
            return part.fail(u"type"_s, u"unsupported content part type \"%1\" here (expected "
                                        "\"text\")"_s.arg(type));
        }
        texts << text;
    }
    *out = texts.join(u'\n');
    return true;
}

bool userContent(const QJsonValue &content, UserMessage *out, JsonError *error, const QString &path)
{
    if (content.isString()) {
        out->content = content.toString();
        return true;
    }
    if (!content.isArray())
        return setJsonError(error, path,
                            content.isUndefined()
                                ? u"is required"_s
                                : u"expected a string or a list of content parts"_s);
    QList<UserContentPart> parts;
    const QJsonArray array = content.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonFields part(array.at(i), JsonFields::indexPath(path, i), error);
        QString type;
        if (!part.isObject() || !part.requireString(u"type"_s, &type))
            return false;
        if (type == u"text") {
            QString text;
            if (!part.requireString(u"text"_s, &text))
                return false;
            parts << text;
        } else if (type == u"image_url") {
            // {"image_url": {"url", "detail"}}; a bare string URL is accepted too.
            QJsonValue image = part.object().value(u"image_url"_s);
            QString url;
            if (image.isString()) {
                url = image.toString();
            } else {
                JsonFields imageFields(image, part.childPath(u"image_url"_s), error);
                if (!imageFields.isObject() || !imageFields.requireString(u"url"_s, &url))
                    return false;
            }
            auto parsed = Image::fromJson(QJsonObject{{u"url"_s, url}}, error,
                                          part.childPath(u"image_url"_s));
            if (!parsed)
                return false;
            parts << *parsed;
        } else {
            return part.fail(u"type"_s, u"unsupported content part type \"%1\" (expected \"text\" "
                                        "or \"image_url\")"_s.arg(type));
        }
    }
    out->content = parts;
    return true;
}

bool assistantMessage(JsonFields &fields, AssistantMessage *out, JsonError *error)
{
    QString text;
    if (!fields.optionalString(u"name"_s, &out->source)
        || !textContent(fields.object().value(u"content"_s), &text, error,
                        fields.childPath(u"content"_s)))
        return false;
    std::optional<QString> reasoning;
    if (!fields.optionalString(u"reasoning_content"_s, &reasoning))
        return false;
    if (!reasoning && !fields.optionalString(u"reasoning"_s, &reasoning))
        return false;
    if (fields.has(u"function_call"_s) && !fields.object().value(u"function_call"_s).isNull())
        return fields.fail(u"function_call"_s, u"the deprecated function_call form is not "
                                               "supported; use tool_calls"_s);
    QJsonArray toolCalls;
    if (!fields.optionalArray(u"tool_calls"_s, &toolCalls))
        return false;
    out->thought = reasoning;
    if (toolCalls.isEmpty()) {
        out->content = text;
        return true;
    }
    QList<FunctionCall> calls;
    for (qsizetype i = 0; i < toolCalls.size(); ++i) {
        JsonFields call(toolCalls.at(i),
                        JsonFields::indexPath(fields.childPath(u"tool_calls"_s), i), error);
        QString type = u"function"_s;
        FunctionCall parsed;
        if (!call.isObject() || !call.optionalString(u"type"_s, &type)
            || !call.optionalString(u"id"_s, &parsed.id))
            return false;
        if (type != u"function")
            return call.fail(u"type"_s, u"unsupported tool call type \"%1\" (expected "
                                        "\"function\")"_s.arg(type));
        if (!call.object().value(u"function"_s).isObject())
            return call.fail(u"function"_s, u"expected an object with name and arguments"_s);
        auto function = FunctionCall::fromJson(call.object().value(u"function"_s), error,
                                               call.childPath(u"function"_s));
        if (!function)
            return false;
        parsed.name = function->name;
        parsed.arguments = function->arguments;
        calls << parsed;
    }
    out->content = calls;
    // AutoGen keeps the text written beside tool calls as the thought.
    if (!text.isEmpty())
        out->thought = out->thought ? *out->thought + u"\n\n"_s + text : text;
    return true;
}

bool readTool(const QJsonValue &value, ToolSchema *out, JsonError *error, const QString &path)
{
    JsonFields fields(value, path, error);
    if (!fields.isObject())
        return false;
    QJsonValue function = value;
    QString functionPath = path;
    if (fields.has(u"type"_s) || fields.has(u"function"_s)) {
        QString type = u"function"_s;
        if (!fields.optionalString(u"type"_s, &type))
            return false;
        if (type != u"function")
            return fields.fail(u"type"_s, u"unsupported tool type \"%1\" (only \"function\" tools "
                                          "can be imported)"_s.arg(type));
        function = fields.object().value(u"function"_s);
        functionPath = fields.childPath(u"function"_s);
    }
    auto tool = ToolSchema::fromJson(function, error, functionPath);
    if (!tool)
        return false;
    *out = *tool;
    return true;
}

bool readToolChoice(const QJsonValue &value, ToolChoice *out, JsonError *error, const QString &path)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (text != u"auto" && text != u"required" && text != u"none")
            return setJsonError(error, path,
                                u"expected \"auto\", \"required\", \"none\" or "
                                "{\"type\": \"function\", …}"_s);
        *out = ToolChoice::fromString(text);
        return true;
    }
    JsonFields fields(value, path, error);
    QString type;
    if (!fields.isObject() || !fields.requireString(u"type"_s, &type))
        return false;
    if (type != u"function")
        return fields.fail(
            u"type"_s, u"unsupported tool_choice type \"%1\" (expected \"function\")"_s.arg(type));
    JsonFields function(fields.object().value(u"function"_s), fields.childPath(u"function"_s),
                        error);
    QString name;
    if (!function.isObject() || !function.requireString(u"name"_s, &name))
        return false;
    *out = ToolChoice::named(name);
    return true;
}

bool readResponseFormat(const QJsonValue &value, JsonOutput *out, JsonError *error,
                        const QString &path)
{
    JsonFields fields(value, path, error);
    QString type;
    if (!fields.isObject() || !fields.requireString(u"type"_s, &type))
        return false;
    if (type == u"text") {
        *out = JsonOutput{};
        return true;
    }
    if (type == u"json_object") {
        *out = JsonOutput::jsonObject();
        return true;
    }
    if (type != u"json_schema")
        return fields.fail(u"type"_s, u"expected \"text\", \"json_object\" or \"json_schema\""_s);
    auto output = JsonOutput::fromJson(fields.object().value(u"json_schema"_s), error,
                                       fields.childPath(u"json_schema"_s));
    if (!output)
        return false;
    if (output->mode != JsonOutput::Mode::JsonSchema)
        return fields.fail(u"json_schema"_s, u"expected {\"name\", \"schema\"}"_s);
    *out = *output;
    return true;
}

} // namespace

std::optional<QList<LlmMessage>> OpenAiChatImport::messages(const QJsonArray &array,
                                                            JsonError *error, const QString &path)
{
    QList<LlmMessage> out;
    QHash<QString, QString> callNames; // tool call id → function name
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonFields fields(array.at(i), JsonFields::indexPath(path, i), error);
        QString role;
        if (!fields.isObject() || !fields.requireString(u"role"_s, &role))
            return std::nullopt;
        const QJsonValue content = fields.object().value(u"content"_s);
        if (role == u"system" || role == u"developer") {
            SystemMessage message;
            if (!textContent(content, &message.content, error, fields.childPath(u"content"_s)))
                return std::nullopt;
            out << message;
        } else if (role == u"user") {
            UserMessage message;
            if (!fields.optionalString(u"name"_s, &message.source)
                || !userContent(content, &message, error, fields.childPath(u"content"_s)))
                return std::nullopt;
            out << message;
        } else if (role == u"assistant") {
            AssistantMessage message;
            if (!assistantMessage(fields, &message, error))
                return std::nullopt;
            if (const auto *calls = std::get_if<QList<FunctionCall>>(&message.content)) {
                for (const FunctionCall &call : *calls)
                    callNames.insert(call.id, call.name);
            }
            out << message;
        } else if (role == u"tool") {
            FunctionExecutionResult result;
            if (!fields.requireString(u"tool_call_id"_s, &result.callId)
                || !textContent(content, &result.content, error, fields.childPath(u"content"_s)))
                return std::nullopt;
            result.name = callNames.value(result.callId);
            if (!out.isEmpty()
                && std::holds_alternative<FunctionExecutionResultMessage>(out.last()))
                std::get<FunctionExecutionResultMessage>(out.last()).content << result;
            else
                out << FunctionExecutionResultMessage{{result}};
        } else if (role == u"function") {
            fields.fail(u"role"_s, u"the deprecated \"function\" role is not supported; use "
                                   "\"tool\" messages"_s);
            return std::nullopt;
        } else {
            fields.fail(u"role"_s, u"unknown role \"%1\" (expected system, developer, user, "
                                   "assistant or tool)"_s.arg(role));
            return std::nullopt;
        }
    }
    return out;
}

std::optional<Conversation> OpenAiChatImport::requestBody(const QJsonObject &body, JsonError *error,
                                                          const QString &path)
{
    JsonFields fields(body, path, error);
    Conversation conversation;
    QJsonArray messageArray, tools;
    if (!fields.requireArray(u"messages"_s, &messageArray)
        || !fields.optionalString(u"model"_s, &conversation.model)
        || !fields.optionalArray(u"tools"_s, &tools))
        return std::nullopt;
    auto parsed = messages(messageArray, error, fields.childPath(u"messages"_s));
    if (!parsed)
        return std::nullopt;
    CompletionRequest request;
    request.messages = *parsed;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        ToolSchema tool;
        if (!readTool(tools.at(i), &tool, error,
                      JsonFields::indexPath(fields.childPath(u"tools"_s), i)))
            return std::nullopt;
        request.tools << tool;
    }
    static const QStringList handled{
        u"messages"_s,        u"model"_s,  u"tools"_s,          u"tool_choice"_s,
        u"response_format"_s, u"stream"_s, u"stream_options"_s, u"max_completion_tokens"_s};
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        const QString keyPath = JsonFields::childPath(path, key);
        if (key == u"tool_choice") {
            if (!value.isNull() && !readToolChoice(value, &request.toolChoice, error, keyPath))
                return std::nullopt;
        } else if (key == u"response_format") {
            if (!value.isNull() && !readResponseFormat(value, &request.jsonOutput, error, keyPath))
                return std::nullopt;
        } else if (key == u"max_completion_tokens"
                   || (key == u"max_tokens" && !body.contains(u"max_completion_tokens"_s))) {
            QString problem;
            if (!value.isNull() && !request.parameters.set(u"max_tokens"_s, value, &problem)) {
                setJsonError(error, keyPath, problem);
                return std::nullopt;
            }
        } else if (key == u"max_tokens") {
            continue; // max_completion_tokens wins
        } else if (handled.contains(key)) {
            continue;
        } else if (CompletionParameters::knownKeys().contains(key)) {
            QString problem;
            if (!value.isNull() && !request.parameters.set(key, value, &problem)) {
                setJsonError(error, keyPath, problem);
                return std::nullopt;
            }
        } else {
            request.extraCreateArgs.insert(key, value);
        }
    }
    conversation.setRequest(request);
    conversation.provider = u"openai"_s;
    return conversation;
}

} // namespace modelkit
