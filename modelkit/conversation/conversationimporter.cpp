// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/conversationimporter.h"

#include "conversation/anthropicmessagesimport.h"
#include "conversation/conversationformat.h"
#include "conversation/openaichatimport.h"

#include <algorithm>
#include <cstdio>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

//! Messages tagged by `type` (AutoGen), not by `role`.
bool hasTypedMessages(const QJsonArray &messages)
{
    for (const QJsonValue &value : messages) {
        const QJsonObject o = value.toObject();
        if (o.contains(u"role"_s))
            return false;
        if (o.value(u"type"_s).isString())
            return true;
    }
    return false;
}

bool isAnthropicBlock(const QJsonValue &block)
{
    const QJsonObject o = block.toObject();
    const QString type = o.value(u"type"_s).toString();
    return type == u"tool_use" || type == u"tool_result" || type == u"thinking"
           || type == u"redacted_thinking" || type == u"document"
           || (type == u"image" && o.contains(u"source"_s));
}

bool isOpenAiMessage(const QJsonObject &message)
{
    const QString role = message.value(u"role"_s).toString();
    if (role == u"system" || role == u"developer" || role == u"tool" || role == u"function")
        return true;
    if (message.contains(u"tool_calls"_s) || message.contains(u"tool_call_id"_s))
        return true;
    for (const QJsonValue &part : message.value(u"content"_s).toArray()) {
        const QString type = part.toObject().value(u"type"_s).toString();
        if (type == u"image_url" || type == u"input_audio" || type == u"file")
            return true;
    }
    return false;
}

bool anthropicMessages(const QJsonArray &messages)
{
    bool anthropic = false;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (isOpenAiMessage(message))
            return false;
        for (const QJsonValue &block : message.value(u"content"_s).toArray())
            anthropic = anthropic || isAnthropicBlock(block);
    }
    return anthropic;
}

bool anthropicBody(const QJsonObject &body)
{
    for (const QJsonValue &value : body.value(u"messages"_s).toArray()) {
        if (isOpenAiMessage(value.toObject()))
            return false;
    }
    if (body.contains(u"response_format"_s) || body.contains(u"max_completion_tokens"_s))
        return false;
    if (body.contains(u"system"_s) || body.contains(u"stop_sequences"_s)
        || body.contains(u"thinking"_s) || body.contains(u"output_config"_s))
        return true;
    for (const QJsonValue &tool : body.value(u"tools"_s).toArray()) {
        if (tool.toObject().contains(u"input_schema"_s))
            return true;
    }
    const QString choice = body.value(u"tool_choice"_s).toObject().value(u"type"_s).toString();
    if (choice == u"auto" || choice == u"any" || choice == u"tool" || choice == u"none")
        return true;
    return anthropicMessages(body.value(u"messages"_s).toArray());
}

//! 1-based line and column (in characters) of a byte offset.
void lineAndColumn(const QByteArray &bytes, qint64 offset, qint64 *line, qint64 *column)
{
    offset = std::clamp<qint64>(offset, 0, bytes.size());
    const QByteArrayView before(bytes.constData(), offset);
    *line = before.count('\n') + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    *column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
}

std::optional<Conversation> fail(ImportError *error, const QString &file, const JsonError &json)
{
    if (error) {
        *error = ImportError{};
        error->file = file;
        error->path = json.path;
        error->message = json.message;
    }
    return std::nullopt;
}

//! A conversation read from another format: a fresh id, created now, titled by the file.
Conversation foreign(Conversation conversation, const QString &fileName)
{
    const Conversation fresh = Conversation::fromRequest({});
    conversation.id = fresh.id;
    conversation.createdAt = fresh.createdAt;
    conversation.updatedAt = fresh.updatedAt;
    if (conversation.title.isEmpty() && fileName != u"-" && !fileName.startsWith(u'<'))
        conversation.title = QFileInfo(fileName).completeBaseName();
    return conversation;
}

std::optional<Conversation> requestObject(const QJsonObject &object, JsonError *error)
{
    // Parameters are checked strictly here: a typo in a request file is an error.
    if (object.contains(u"parameters"_s)
        && !CompletionParameters::fromJson(object.value(u"parameters"_s), error, u"$.parameters"_s))
        return std::nullopt;
    auto conversation = Conversation::fromJson(object, error);
    if (!conversation)
        return std::nullopt;
    conversation->preserved = {};
    conversation->runs.clear();
    return conversation;
}

} // namespace

QString ConversationImporter::formatName(Format format)
{
    switch (format) {
    case Format::Conversation:
        return ConversationFormat::formatName();
    case Format::Request:
        return u"modelkit request"_s;
    case Format::AutoGenMessages:
        return u"AutoGen message list"_s;
    case Format::OpenAiMessages:
        return u"OpenAI messages"_s;
    case Format::OpenAiRequest:
        return u"OpenAI Chat Completions request"_s;
    case Format::AnthropicMessages:
        return u"Anthropic messages"_s;
    case Format::AnthropicRequest:
        return u"Anthropic Messages request"_s;
    }
    return {};
}

std::optional<Conversation> ConversationImporter::importFile(const QString &path,
                                                             ImportError *error, Format *format)
{
    const bool standardInput = path == u"-";
    const QString name = standardInput ? u"<stdin>"_s : path;
    auto fileError = [&](const QString &message) -> std::optional<Conversation> {
        if (error) {
            *error = ImportError{};
            error->file = name;
            error->message = message;
        }
        return std::nullopt;
    };
    QFile file;
    bool opened = false;
    if (standardInput) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        if (QFileInfo(path).isDir())
            return fileError(u"is a directory"_s);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fileError(u"cannot read it: %1"_s.arg(file.errorString()));
    const auto tooLarge = [&](qint64 size) {
        return fileError(u"file too large (%1 MiB; the limit is %2 MiB)"_s.arg(
            standardInput ? u"over %1"_s.arg(maxFileSize / (1024 * 1024))
                          : QString::number(double(size) / (1024.0 * 1024.0), 'f', 1),
            QString::number(maxFileSize / (1024 * 1024))));
    };
    if (!file.isSequential() && file.size() > maxFileSize)
        return tooLarge(file.size());
    QByteArray bytes;
    for (;;) {
        const QByteArray chunk = file.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > maxFileSize)
            return tooLarge(bytes.size());
    }
    if (file.error() != QFileDevice::NoError)
        return fileError(u"cannot read it: %1"_s.arg(file.errorString()));
    return importBytes(bytes, name, error, format);
}

std::optional<Conversation> ConversationImporter::importBytes(const QByteArray &input,
                                                              const QString &fileName,
                                                              ImportError *error, Format *format)
{
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a UTF-8 byte order mark
    if (bytes.trimmed().isEmpty()) {
        if (error) {
            *error = ImportError{};
            error->file = fileName;
            error->message = u"the file is empty (expected JSON)"_s;
        }
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = ImportError{};
            error->file = fileName;
            error->message = u"invalid JSON: %1"_s.arg(parseError.errorString());
            lineAndColumn(bytes, parseError.offset, &error->line, &error->column);
        }
        return std::nullopt;
    }
    const QJsonValue value
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return importJson(value, fileName, error, format);
}

std::optional<Conversation> ConversationImporter::importJson(const QJsonValue &value,
                                                             const QString &fileName,
                                                             ImportError *error, Format *format)
{
    JsonError json;
    auto detected = [format](Format which) {
        if (format)
            *format = which;
    };

    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        std::optional<QList<LlmMessage>> messages;
        Conversation conversation;
        if (array.isEmpty() || hasTypedMessages(array)) {
            detected(Format::AutoGenMessages);
            for (qsizetype i = 0; i < array.size(); ++i) {
                auto entry = ConversationMessage::fromJson(array.at(i), &json, u"$[%1]"_s.arg(i));
                if (!entry)
                    return fail(error, fileName, json);
                conversation.messages << *entry;
            }
            return foreign(conversation, fileName);
        }
        if (!array.first().toObject().contains(u"role"_s)) {
            json.path = u"$[0]"_s;
            json.message = array.first().isObject()
                               ? u"expected a message with \"type\" (AutoGen) or \"role\" "
                                 "(OpenAI, Anthropic)"_s
                               : u"expected a message object"_s;
            return fail(error, fileName, json);
        }
        if (anthropicMessages(array)) {
            detected(Format::AnthropicMessages);
            messages = AnthropicMessagesImport::messages(array, &json, u"$"_s);
        } else {
            detected(Format::OpenAiMessages);
            messages = OpenAiChatImport::messages(array, &json, u"$"_s);
        }
        if (!messages)
            return fail(error, fileName, json);
        conversation.setLlmMessages(*messages);
        return foreign(conversation, fileName);
    }

    if (!value.isObject()) {
        json.path = u"$"_s;
        json.message = u"expected a conversation object, a request body or a list of messages"_s;
        return fail(error, fileName, json);
    }
    const QJsonObject object = value.toObject();
    if (object.contains(u"format"_s)) {
        detected(Format::Conversation);
        auto conversation = ConversationFormat::fromJson(object, &json);
        if (!conversation)
            return fail(error, fileName, json);
        return conversation;
    }
    if (!object.contains(u"messages"_s)) {
        json.path = u"$"_s;
        json.message = u"expected a %1 document (\"format\"), a request body with \"messages\", "
                       "or a list of messages"_s.arg(ConversationFormat::formatName());
        return fail(error, fileName, json);
    }
    const QJsonValue messages = object.value(u"messages"_s);
    if (!messages.isArray()) {
        json.path = u"$.messages"_s;
        json.message = u"expected an array of messages"_s;
        return fail(error, fileName, json);
    }
    std::optional<Conversation> conversation;
    if (messages.toArray().isEmpty() || hasTypedMessages(messages.toArray())) {
        detected(Format::Request);
        conversation = requestObject(object, &json);
    } else if (anthropicBody(object)) {
        detected(Format::AnthropicRequest);
        conversation = AnthropicMessagesImport::requestBody(object, &json);
    } else {
        detected(Format::OpenAiRequest);
        conversation = OpenAiChatImport::requestBody(object, &json);
    }
    if (!conversation)
        return fail(error, fileName, json);
    return foreign(*conversation, fileName);
}

} // namespace modelkit
