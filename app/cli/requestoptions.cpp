// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/requestoptions.h"

#include "cli/conversationfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

void RequestOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"request"_s,
         tr("JSON file with the request: a modelkit conversation, {\"messages\": [...], "
            "\"tools\": ..., \"parameters\": ...} or a list of messages in AutoGen's field "
            "names, an OpenAI messages array or Chat Completions body, or an Anthropic Messages "
            "body (see \"modelkit import\")."),
         tr("FILE")},
        {u"system"_s, tr("System message (placed first)."), tr("TEXT")},
        {u"user"_s, tr("User message, repeatable; appended in order."), tr("TEXT")},
        {u"tools"_s,
         tr("JSON file with a list of tools: {name, description, parameters} or OpenAI's "
            "{type: \"function\", function: {...}}."),
         tr("FILE")},
        {u"tool-choice"_s, tr("auto, required, none or a tool name."), tr("CHOICE")},
        {u"json"_s, tr("Ask for a JSON object reply.")},
        {u"json-schema"_s,
         tr("JSON file with {name, schema, strict} or a bare JSON Schema for structured output."),
         tr("FILE")},
        {u"param"_s,
         tr("Parameter KEY=VALUE, repeatable (temperature, top_p, max_tokens, seed, stop, "
            "reasoning_effort…; VALUE is JSON or text). Unknown keys go into the request body "
            "as they are."),
         tr("KEY=VALUE")},
    });
}

std::optional<QJsonValue> RequestOptions::readJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: invalid JSON at offset %2: %3")
                     .arg(path, QString::number(parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

std::optional<CompletionRequest> RequestOptions::build(const QCommandLineParser &parser,
                                                       QString *error,
                                                       std::optional<Conversation> *imported)
{
    CompletionRequest request;
    if (parser.isSet(u"request"_s)) {
        const QString path = parser.value(u"request"_s);
        ConversationImporter::Format format = ConversationImporter::Format::Request;
        const auto conversation = ConversationFiles::read(path, error, &format);
        if (!conversation)
            return std::nullopt;
        ConversationFiles::warnUnsupported(path, *conversation);
        request = conversation->toRequest();
        if (imported && format == ConversationImporter::Format::Conversation)
            *imported = conversation;
    }
    if (parser.isSet(u"system"_s))
        request.messages.prepend(SystemMessage{parser.value(u"system"_s)});
    for (const QString &text : parser.values(u"user"_s)) {
        UserMessage user;
        user.content = text;
        request.messages.append(user);
    }

    if (parser.isSet(u"tools"_s)) {
        const QString path = parser.value(u"tools"_s);
        const auto json = readJsonFile(path, error);
        if (!json)
            return std::nullopt;
        if (!json->isArray()) {
            *error = tr("%1: $: expected a list of tools").arg(path);
            return std::nullopt;
        }
        const QJsonArray array = json->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // Accept OpenAI's wrapper too, so a tools array can be pasted from a request.
            QJsonValue item = array.at(i);
            if (item.toObject().value(u"function"_s).isObject())
                item = item.toObject().value(u"function"_s);
            JsonError jsonError;
            auto tool = ToolSchema::fromJson(item, &jsonError, u"$[%1]"_s.arg(i));
            if (!tool) {
                *error = path + u": "_s + jsonError.toString();
                return std::nullopt;
            }
            request.tools << *tool;
        }
    }
    if (parser.isSet(u"tool-choice"_s))
        request.toolChoice = ToolChoice::fromString(parser.value(u"tool-choice"_s));

    if (parser.isSet(u"json"_s) && parser.isSet(u"json-schema"_s)) {
        *error = tr("use either --json or --json-schema, not both");
        return std::nullopt;
    }
    if (parser.isSet(u"json"_s))
        request.jsonOutput = JsonOutput::jsonObject();
    if (parser.isSet(u"json-schema"_s)) {
        const QString path = parser.value(u"json-schema"_s);
        const auto json = readJsonFile(path, error);
        if (!json)
            return std::nullopt;
        const QJsonObject object = json->toObject();
        if (object.value(u"schema"_s).isObject()) {
            JsonError jsonError;
            auto output = JsonOutput::fromJson(object, &jsonError);
            if (!output) {
                *error = path + u": "_s + jsonError.toString();
                return std::nullopt;
            }
            request.jsonOutput = *output;
        } else if (object.value(u"type"_s).isString()) {
            request.jsonOutput = JsonOutput::jsonSchema(u"response"_s, object);
        } else {
            *error = tr("%1: $: expected a JSON Schema or {\"name\", \"schema\"}").arg(path);
            return std::nullopt;
        }
    }

    for (const QString &param : parser.values(u"param"_s)) {
        const qsizetype equals = param.indexOf(u'=');
        if (equals <= 0) {
            *error = tr("--param \"%1\" is not KEY=VALUE").arg(param);
            return std::nullopt;
        }
        const QString key = param.left(equals);
        const QString text = param.mid(equals + 1);
        // VALUE is JSON when it parses as JSON (0.2, true, ["a"]), otherwise a string.
        const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8());
        const QJsonValue value
            = doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(text);
        if (CompletionParameters::knownKeys().contains(key)) {
            QString problem;
            if (!request.parameters.set(key, value, &problem)) {
                *error = tr("--param %1: %2").arg(key, problem);
                return std::nullopt;
            }
        } else {
            request.extraCreateArgs.insert(key, value);
        }
    }
    if (request.messages.isEmpty()) {
        *error = tr("nothing to send: give --user TEXT or --request FILE");
        return std::nullopt;
    }
    return request;
}

} // namespace playground::cli
