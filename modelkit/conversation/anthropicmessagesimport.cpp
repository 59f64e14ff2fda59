// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/anthropicmessagesimport.h"

#include "core/jsonfields.h"
#include "providers/anthropic/anthropicconfig.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

//! Text or a list of text blocks, joined with newlines.
bool textOrTextBlocks(const QJsonValue &value, QString *out, JsonError *error, const QString &path,
                      const QString &where)
{
    if (value.isUndefined() || value.isNull()) {
        *out = QString();
        return true;
    }
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (!value.isArray())
        return setJsonError(error, path, u"expected a string or a list of text blocks"_s);
    QStringList texts;
    const QJsonArray blocks = value.toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        JsonFields block(blocks.at(i), JsonFields::indexPath(path, i), error);
        QString type, text;
        if (!block.isObject() || !block.requireString(u"type"_s, &type))
            return false;
        if (type != u"text")
            return block.fail(u"type"_s, u"unsupported block type \"%1\" in %2 (only text can be "
                                         "imported)"_s.arg(type, where));
        if (!block.requireString(u"text"_s, &text))
            return false;
        texts << text;
    }
    *out = texts.join(u'\n');
    return true;
}

bool imageBlock(JsonFields &block, Image *out, JsonError *error)
{
    JsonFields source(block.object().value(u"source"_s), block.childPath(u"source"_s), error);
    QString type;
    if (!source.isObject() || !source.requireString(u"type"_s, &type))
        return false;
    if (type == u"base64") {
        QString data, mediaType;
        if (!source.requireString(u"data"_s, &data)
            || !source.optionalString(u"media_type"_s, &mediaType))
            return false;
        QJsonObject image{{u"data"_s, data}};
        if (!mediaType.isEmpty())
            image.insert(u"mime_type"_s, mediaType);
        auto parsed = Image::fromJson(image, error, source.childPath(u"data"_s));
        if (!parsed)
            return false;
        *out = *parsed;
        return true;
    }
    if (type == u"url") {
        QString url;
        if (!source.requireString(u"url"_s, &url))
            return false;
        auto parsed
            = Image::fromJson(QJsonObject{{u"url"_s, url}}, error, source.childPath(u"url"_s));
        if (!parsed)
            return false;
        *out = *parsed;
        return true;
    }
    return source.fail(u"type"_s,
                       u"unsupported image source \"%1\" (expected base64 or url)"_s.arg(type));
}

//! One user turn: tool results first (as the API has them), then the rest.
bool userTurn(JsonFields &fields, const QHash<QString, QString> &callNames, QList<LlmMessage> *out,
              JsonError *error)
{
    const QJsonValue content = fields.object().value(u"content"_s);
    const QString contentPath = fields.childPath(u"content"_s);
    if (content.isString()) {
        UserMessage message;
        message.content = content.toString();
        *out << message;
        return true;
    }
    if (!content.isArray())
        return setJsonError(error, contentPath,
                            content.isUndefined() ? u"is required"_s
                                                  : u"expected a string or a list of blocks"_s);
    FunctionExecutionResultMessage results;
    QList<UserContentPart> parts;
    const QJsonArray blocks = content.toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        JsonFields block(blocks.at(i), JsonFields::indexPath(contentPath, i), error);
        QString type;
        if (!block.isObject() || !block.requireString(u"type"_s, &type))
            return false;
        if (type == u"text") {
            QString text;
            if (!block.requireString(u"text"_s, &text))
                return false;
            parts << text;
        } else if (type == u"image") {
            Image image;
            if (!imageBlock(block, &image, error))
                return false;
            parts << image;
        } else if (type == u"tool_result") {
            FunctionExecutionResult result;
            if (!block.requireString(u"tool_use_id"_s, &result.callId)
                || !block.optionalBool(u"is_error"_s, &result.isError)
                || !textOrTextBlocks(block.object().value(u"content"_s), &result.content, error,
                                     block.childPath(u"content"_s), u"a tool result"_s))
                return false;
            result.name = callNames.value(result.callId);
            results.content << result;
        } else {
            return block.fail(u"type"_s, u"unsupported content block type \"%1\" in a user turn "
                                         "(expected text, image or tool_result)"_s.arg(type));
        }
    }
    if (!results.content.isEmpty())
        *out << results;
    if (!parts.isEmpty()) {
        UserMessage message;
        if (parts.size() == 1 && std::holds_alternative<QString>(parts.first()))
            message.content = std::get<QString>(parts.first());
        else
            message.content = parts;
        *out << message;
    }
    return true;
}

bool assistantTurn(JsonFields &fields, QHash<QString, QString> *callNames, QList<LlmMessage> *out,
                   JsonError *error)
{
    const QJsonValue content = fields.object().value(u"content"_s);
    const QString contentPath = fields.childPath(u"content"_s);
    AssistantMessage message;
    if (content.isString()) {
        message.content = content.toString();
        *out << message;
        return true;
    }
    if (!content.isArray())
        return setJsonError(error, contentPath,
                            content.isUndefined() ? u"is required"_s
                                                  : u"expected a string or a list of blocks"_s);
    QString text;
    QStringList thinkingTexts;
    QJsonArray thinkingBlocks;
    QList<FunctionCall> calls;
    const QJsonArray blocks = content.toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        JsonFields block(blocks.at(i), JsonFields::indexPath(contentPath, i), error);
        QString type;
        if (!block.isObject() || !block.requireString(u"type"_s, &type))
            return false;
        if (type == u"text") {
            QString part;
            if (!block.requireString(u"text"_s, &part))
                return false;
            text += part;
        } else if (type == u"tool_use") {
            FunctionCall call;
            if (!block.requireString(u"id"_s, &call.id)
                || !block.requireString(u"name"_s, &call.name))
                return false;
            const QJsonValue input = block.object().value(u"input"_s);
            if (!input.isUndefined() && !input.isNull() && !input.isObject())
                return block.fail(u"input"_s, u"expected an object"_s);
            call.arguments
                = QString::fromUtf8(QJsonDocument(input.toObject()).toJson(QJsonDocument::Compact));
            callNames->insert(call.id, call.name);
            calls << call;
        } else if (type == u"thinking") {
            QString thinking;
            if (!block.requireString(u"thinking"_s, &thinking))
                return false;
            if (!thinking.isEmpty())
                thinkingTexts << thinking;
            thinkingBlocks.append(block.object());
        } else if (type == u"redacted_thinking") {
            thinkingBlocks.append(block.object());
        } else {
            return block.fail(u"type"_s, u"unsupported content block type \"%1\" in an assistant "
                                         "turn (expected text, tool_use, thinking or "
                                         "redacted_thinking)"_s.arg(type));
        }
    }
    const QString thinking = thinkingTexts.join(u"\n\n"_s);
    if (!thinkingBlocks.isEmpty())
        message.providerState.insert(
            AnthropicConfig::providerStateKey(),
            QJsonObject{{AnthropicConfig::thinkingBlocksKey(), thinkingBlocks}});
    if (calls.isEmpty()) {
        message.content = text;
        if (!thinking.isEmpty())
            message.thought = thinking;
    } else {
        // As ResultBuilder stores a reply: the thinking, a blank line, the visible text.
        message.content = calls;
        if (!thinking.isEmpty() && !text.isEmpty())
            message.thought = thinking + u"\n\n"_s + text;
        else if (!thinking.isEmpty())
            message.thought = thinking;
        else if (!text.isEmpty())
            message.thought = text;
    }
    *out << message;
    return true;
}

bool readTool(const QJsonValue &value, ToolSchema *out, JsonError *error, const QString &path)
{
    JsonFields fields(value, path, error);
    QString type;
    QJsonObject schema;
    if (!fields.isObject() || !fields.optionalString(u"type"_s, &type)
        || !fields.requireString(u"name"_s, &out->name)
        || !fields.optionalString(u"description"_s, &out->description)
        || !fields.optionalBool(u"strict"_s, &out->strict))
        return false;
    if (!type.isEmpty() && type != u"custom")
        return fields.fail(u"type"_s, u"unsupported tool type \"%1\" (server tools cannot be "
                                      "imported)"_s.arg(type));
    if (!fields.object().value(u"input_schema"_s).isObject())
        return fields.fail(u"input_schema"_s, u"expected a JSON Schema object"_s);
    out->parameters = fields.object().value(u"input_schema"_s).toObject();
    // The rules ToolSchema::fromJson() applies when the conversation file is read back.
    if (const QString problem = out->validationError(); !problem.isEmpty())
        return setJsonError(error, path, problem);
    return true;
}

bool readToolChoice(const QJsonValue &value, CompletionRequest *request, JsonError *error,
                    const QString &path)
{
    JsonFields fields(value, path, error);
    QString type;
    std::optional<bool> noParallel;
    if (!fields.isObject() || !fields.requireString(u"type"_s, &type)
        || !fields.optionalBool(u"disable_parallel_tool_use"_s, &noParallel))
        return false;
    if (type == u"auto") {
        request->toolChoice = ToolChoice{};
    } else if (type == u"any") {
        request->toolChoice = ToolChoice::fromString(u"required"_s);
    } else if (type == u"none") {
        request->toolChoice = ToolChoice::fromString(u"none"_s);
    } else if (type == u"tool") {
        QString name;
        if (!fields.requireString(u"name"_s, &name))
            return false;
        request->toolChoice = ToolChoice::named(name);
    } else {
        return fields.fail(u"type"_s, u"expected auto, any, none or tool"_s);
    }
    if (noParallel)
        request->parameters.parallelToolCalls = !*noParallel;
    return true;
}

bool setParameter(CompletionRequest *request, const QString &key, const QJsonValue &value,
                  JsonError *error, const QString &path)
{
    QString problem;
    if (value.isNull() || request->parameters.set(key, value, &problem))
        return true;
    return setJsonError(error, path, problem);
}

} // namespace

std::optional<QList<LlmMessage>>
AnthropicMessagesImport::messages(const QJsonArray &array, JsonError *error, const QString &path)
{
    QList<LlmMessage> out;
    QHash<QString, QString> callNames;
    for (qsizetype i = 0; i < array.size(); ++i) {
        JsonFields fields(array.at(i), JsonFields::indexPath(path, i), error);
        QString role;
        if (!fields.isObject() || !fields.requireString(u"role"_s, &role))
            return std::nullopt;
        if (role == u"user") {
            if (!userTurn(fields, callNames, &out, error))
                return std::nullopt;
        } else if (role == u"assistant") {
            if (!assistantTurn(fields, &callNames, &out, error))
                return std::nullopt;
        } else {
            fields.fail(u"role"_s, u"unknown role \"%1\" (expected user or assistant; the system "
                                   "prompt is the top-level \"system\")"_s.arg(role));
            return std::nullopt;
        }
    }
    return out;
}

std::optional<Conversation>
AnthropicMessagesImport::requestBody(const QJsonObject &body, JsonError *error, const QString &path)
{
    JsonFields fields(body, path, error);
    Conversation conversation;
    QJsonArray messageArray, tools;
    if (!fields.requireArray(u"messages"_s, &messageArray)
        || !fields.optionalString(u"model"_s, &conversation.model)
        || !fields.optionalArray(u"tools"_s, &tools))
        return std::nullopt;
    CompletionRequest request;
    if (body.contains(u"system"_s)) {
        QString system;
        if (!textOrTextBlocks(body.value(u"system"_s), &system, error,
                              fields.childPath(u"system"_s), u"the system prompt"_s))
            return std::nullopt;
        if (!system.isEmpty())
            request.messages << SystemMessage{system};
    }
    auto parsed = messages(messageArray, error, fields.childPath(u"messages"_s));
    if (!parsed)
        return std::nullopt;
    request.messages << *parsed;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        ToolSchema tool;
        if (!readTool(tools.at(i), &tool, error,
                      JsonFields::indexPath(fields.childPath(u"tools"_s), i)))
            return std::nullopt;
        request.tools << tool;
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        const QString keyPath = JsonFields::childPath(path, key);
        if (key == u"messages" || key == u"model" || key == u"tools" || key == u"system"
            || key == u"stream") {
            continue;
        } else if (key == u"tool_choice") {
            if (!value.isNull() && !readToolChoice(value, &request, error, keyPath))
                return std::nullopt;
        } else if (key == u"max_tokens" || key == u"temperature" || key == u"top_p"
                   || key == u"top_k") {
            if (!setParameter(&request, key, value, error, keyPath))
                return std::nullopt;
        } else if (key == u"stop_sequences") {
            if (!setParameter(&request, u"stop"_s, value, error, keyPath))
                return std::nullopt;
        } else if (key == u"thinking" && value.toObject().value(u"type"_s) == u"enabled"_s) {
            JsonFields thinking(value, keyPath, error);
            std::optional<qint64> budget;
            if (!thinking.optionalInteger(u"budget_tokens"_s, &budget))
                return std::nullopt;
            if (!budget) {
                thinking.fail(u"budget_tokens"_s, u"is required"_s);
                return std::nullopt;
            }
            request.parameters.thinkingBudget = budget;
        } else if (key == u"thinking" && value.toObject().value(u"type"_s) == u"disabled"_s) {
            continue;
        } else if (key == u"output_config" && value.isObject()) {
            // format (a JSON schema) and effort map to our fields; the rest is sent as given.
            QJsonObject rest = value.toObject();
            const QJsonObject format = rest.value(u"format"_s).toObject();
            if (format.value(u"type"_s) == u"json_schema"_s) {
                if (!format.value(u"schema"_s).isObject()) {
                    setJsonError(error, keyPath + u".format.schema"_s,
                                 u"expected a JSON Schema object"_s);
                    return std::nullopt;
                }
                request.jsonOutput
                    = JsonOutput::jsonSchema(u"response"_s, format.value(u"schema"_s).toObject());
                rest.remove(u"format"_s);
            }
            if (rest.value(u"effort"_s).isString()) {
                request.parameters.reasoningEffort = rest.value(u"effort"_s).toString();
                rest.remove(u"effort"_s);
            }
            if (!rest.isEmpty())
                request.extraCreateArgs.insert(key, rest);
        } else {
            request.extraCreateArgs.insert(key, value);
        }
    }
    conversation.setRequest(request);
    conversation.provider = u"anthropic"_s;
    return conversation;
}

} // namespace modelkit
