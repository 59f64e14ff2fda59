// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/completionrequest.h"

#include "core/jsonfields.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace modelkit {

QString CompletionRequest::validationError() const
{
    if (messages.isEmpty())
        return u"the request has no messages"_s;
    QSet<QString> names;
    for (const ToolSchema &tool : tools) {
        if (const QString problem = tool.validationError(); !problem.isEmpty())
            return problem;
        if (names.contains(tool.name))
            return u"tool \"%1\" is defined twice"_s.arg(tool.name);
        names.insert(tool.name);
    }
    if (toolChoice.mode == ToolChoice::Mode::Named && !names.contains(toolChoice.name))
        return u"tool_choice names \"%1\", which is not among the tools"_s.arg(toolChoice.name);
    if (toolChoice.mode == ToolChoice::Mode::Required && tools.isEmpty())
        return u"tool_choice \"required\" needs at least one tool"_s;
    if (jsonOutput.mode == JsonOutput::Mode::JsonSchema && jsonOutput.name.isEmpty())
        return u"a JSON output schema needs a name"_s;
    return {};
}

QJsonObject CompletionRequest::toJson() const
{
    QJsonObject o{{u"messages"_s, llmMessagesToJson(messages)}};
    if (!tools.isEmpty()) {
        QJsonArray array;
        for (const ToolSchema &tool : tools)
            array.append(tool.toJson());
        o.insert(u"tools"_s, array);
    }
    if (toolChoice.mode != ToolChoice::Mode::Auto)
        o.insert(u"tool_choice"_s, toolChoice.toJson());
    if (jsonOutput.mode != JsonOutput::Mode::Off)
        o.insert(u"json_output"_s, jsonOutput.toJson());
    if (!parameters.isEmpty())
        o.insert(u"parameters"_s, parameters.toJson());
    if (!extraCreateArgs.isEmpty())
        o.insert(u"extra_create_args"_s, extraCreateArgs);
    return o;
}

std::optional<CompletionRequest> CompletionRequest::fromJson(const QJsonValue &value,
                                                             JsonError *error, const QString &path)
{
    JsonFields fields(value, path, error);
    if (!fields.isObject())
        return std::nullopt;
    const QJsonObject o = fields.object();
    CompletionRequest request;
    QJsonArray tools;
    if (!fields.optionalArray(u"tools"_s, &tools)
        || !fields.optionalObject(u"extra_create_args"_s, &request.extraCreateArgs))
        return std::nullopt;
    if (!o.contains(u"messages"_s)) {
        fields.fail(u"messages"_s, u"is required"_s);
        return std::nullopt;
    }
    auto messages
        = llmMessagesFromJson(o.value(u"messages"_s), error, fields.childPath(u"messages"_s));
    if (!messages)
        return std::nullopt;
    request.messages = *messages;
    for (qsizetype i = 0; i < tools.size(); ++i) {
        auto tool = ToolSchema::fromJson(
            tools.at(i), error, fields.childPath(u"tools"_s) + u'[' + QString::number(i) + u']');
        if (!tool)
            return std::nullopt;
        request.tools << *tool;
    }
    auto choice = ToolChoice::fromJson(o.value(u"tool_choice"_s), error,
                                       fields.childPath(u"tool_choice"_s));
    auto output = JsonOutput::fromJson(o.value(u"json_output"_s), error,
                                       fields.childPath(u"json_output"_s));
    auto parameters = CompletionParameters::fromJson(o.value(u"parameters"_s), error,
                                                     fields.childPath(u"parameters"_s));
    if (!choice || !output || !parameters)
        return std::nullopt;
    request.toolChoice = *choice;
    request.jsonOutput = *output;
    request.parameters = *parameters;
    return request;
}

} // namespace modelkit
