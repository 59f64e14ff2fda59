// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/conversation.h"

#include "conversation/conversationformat.h"
#include "core/jsonfields.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

} // namespace

Conversation Conversation::fromRequest(const CompletionRequest &request)
{
    Conversation conversation;
    conversation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    conversation.createdAt = QDateTime::currentDateTimeUtc();
    conversation.updatedAt = conversation.createdAt;
    conversation.setRequest(request);
    return conversation;
}

CompletionRequest Conversation::toRequest() const
{
    CompletionRequest request;
    request.messages = llmMessages();
    request.tools = tools;
    request.toolChoice = toolChoice;
    request.jsonOutput = jsonOutput;
    request.parameters = parameters;
    request.extraCreateArgs = extraCreateArgs;
    return request;
}

void Conversation::setRequest(const CompletionRequest &request)
{
    setLlmMessages(request.messages);
    tools = request.tools;
    toolChoice = request.toolChoice;
    jsonOutput = request.jsonOutput;
    parameters = request.parameters;
    extraCreateArgs = request.extraCreateArgs;
}

QList<LlmMessage> Conversation::llmMessages() const
{
    QList<LlmMessage> out;
    for (const ConversationMessage &entry : messages) {
        if (entry.isKnown())
            out << *entry.message();
    }
    return out;
}

void Conversation::setLlmMessages(const QList<LlmMessage> &newMessages)
{
    // Match old known entries to new messages in order (each old entry once).
    QList<qsizetype> newIndexOfOld(messages.size(), -1);
    QList<ConversationMessage> entries;
    entries.reserve(newMessages.size());
    qsizetype searchFrom = 0;
    for (const LlmMessage &message : newMessages) {
        qsizetype found = -1;
        for (qsizetype i = searchFrom; i < messages.size(); ++i) {
            if (messages.at(i).isKnown() && newIndexOfOld.at(i) < 0
                && *messages.at(i).message() == message) {
                found = i;
                break;
            }
        }
        if (found >= 0) {
            newIndexOfOld[found] = entries.size();
            entries << messages.at(found);
            searchFrom = found + 1;
        } else {
            entries << ConversationMessage(message);
        }
    }
    // Unknown entries follow the nearest earlier old entry that survived.
    QList<QList<ConversationMessage>> after(entries.size() + 1);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (messages.at(i).isKnown())
            continue;
        qsizetype anchor = -1;
        for (qsizetype j = i - 1; j >= 0; --j) {
            if (newIndexOfOld.at(j) >= 0) {
                anchor = newIndexOfOld.at(j);
                break;
            }
        }
        after[anchor + 1] << messages.at(i);
    }
    QList<ConversationMessage> result = after.at(0);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        result << entries.at(i);
        result << after.at(i + 1);
    }
    messages = result;
}

QStringList Conversation::unsupportedContent() const
{
    QStringList out;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        for (const QString &what : messages.at(i).unsupportedContent())
            out << u"message %1: %2"_s.arg(QString::number(i + 1), what);
    }
    return out;
}

void Conversation::appendRun(const ConversationRun &run)
{
    runs << run;
    updatedAt = QDateTime::currentDateTimeUtc();
}

QJsonObject Conversation::toJson() const
{
    QJsonArray messageArray;
    for (const ConversationMessage &entry : messages)
        messageArray.append(entry.toJson());
    QJsonArray toolArray;
    for (const ToolSchema &tool : tools)
        toolArray.append(tool.toJson());
    QJsonArray runArray;
    for (const ConversationRun &run : runs)
        runArray.append(run.toJson());
    const QJsonObject typed{
        {u"format"_s, ConversationFormat::formatName()},
        {u"version"_s, ConversationFormat::currentVersion},
        {u"id"_s, id},
        {u"title"_s, title},
        {u"created_at"_s, conversationTimeToJson(createdAt)},
        {u"updated_at"_s, conversationTimeToJson(updatedAt)},
        {u"profile"_s, optionalText(profileName)},
        {u"provider"_s, optionalText(provider)},
        {u"model"_s, optionalText(model)},
        {u"messages"_s, messageArray},
        {u"tools"_s, toolArray},
        {u"tool_choice"_s, toolChoice.toJson()},
        {u"json_output"_s, jsonOutput.toJson()},
        {u"parameters"_s, parameters.toJson()},
        {u"extra_create_args"_s, extraCreateArgs},
        {u"runs"_s, runArray},
    };
    return preserved.apply(typed);
}

std::optional<Conversation> Conversation::fromJson(const QJsonValue &value, JsonError *error,
                                                   const QString &path)
{
    JsonFields fields(value, path, error);
    Conversation conversation;
    QJsonArray messages, tools, runs;
    QJsonObject parameters;
    if (!fields.isObject() || !fields.optionalString(u"id"_s, &conversation.id)
        || !fields.optionalString(u"title"_s, &conversation.title)
        || !fields.optionalString(u"profile"_s, &conversation.profileName)
        || !fields.optionalString(u"provider"_s, &conversation.provider)
        || !fields.optionalString(u"model"_s, &conversation.model)
        || !fields.requireArray(u"messages"_s, &messages)
        || !fields.optionalArray(u"tools"_s, &tools) || !fields.optionalArray(u"runs"_s, &runs)
        || !fields.optionalObject(u"parameters"_s, &parameters)
        || !fields.optionalObject(u"extra_create_args"_s, &conversation.extraCreateArgs)
        || !conversationTimeFromJson(fields.object().value(u"created_at"_s),
                                     &conversation.createdAt, error,
                                     fields.childPath(u"created_at"_s))
        || !conversationTimeFromJson(fields.object().value(u"updated_at"_s),
                                     &conversation.updatedAt, error,
                                     fields.childPath(u"updated_at"_s)))
        return std::nullopt;
    const QJsonObject o = fields.object();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        auto entry = ConversationMessage::fromJson(messages.at(i), error,
                                                   index(fields.childPath(u"messages"_s), i));
        if (!entry)
            return std::nullopt;
        conversation.messages << *entry;
    }
    for (qsizetype i = 0; i < tools.size(); ++i) {
        auto tool
            = ToolSchema::fromJson(tools.at(i), error, index(fields.childPath(u"tools"_s), i));
        if (!tool)
            return std::nullopt;
        conversation.tools << *tool;
    }
    auto choice = ToolChoice::fromJson(o.value(u"tool_choice"_s), error,
                                       fields.childPath(u"tool_choice"_s));
    auto output = JsonOutput::fromJson(o.value(u"json_output"_s), error,
                                       fields.childPath(u"json_output"_s));
    if (!choice || !output)
        return std::nullopt;
    conversation.toolChoice = *choice;
    conversation.jsonOutput = *output;
    // Parameters of a newer version are kept (PreservedJson), not refused; a known one of
    // the wrong type is an error.
    const QStringList known = CompletionParameters::knownKeys();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (!known.contains(it.key()) || it.value().isNull())
            continue;
        QString problem;
        if (!conversation.parameters.set(it.key(), it.value(), &problem)) {
            setJsonError(error, fields.childPath(u"parameters"_s) + u'.' + it.key(), problem);
            return std::nullopt;
        }
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        auto run
            = ConversationRun::fromJson(runs.at(i), error, index(fields.childPath(u"runs"_s), i));
        if (!run)
            return std::nullopt;
        conversation.runs << *run;
    }
    conversation.preserved = PreservedJson(o, conversation.toJson());
    return conversation;
}

} // namespace modelkit
