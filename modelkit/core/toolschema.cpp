// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/toolschema.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QString ToolSchema::validationError() const
{
    // The strictest common rule (OpenAI, Anthropic, Gemini): 1-64 of [A-Za-z0-9_-].
    if (name.isEmpty())
        return u"tool name is empty"_s;
    if (name.size() > 64)
        return u"tool name \"%1\" is longer than 64 characters"_s.arg(name);
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-')
            return u"tool name \"%1\" may contain only letters, digits, '_' and '-'"_s.arg(name);
    }
    const QJsonValue type = parameters.value(u"type"_s);
    if (!parameters.isEmpty() && type != QJsonValue(u"object"_s))
        return u"parameters of tool \"%1\" must be a JSON Schema with \"type\": \"object\""_s.arg(
            name);
    return {};
}

QJsonObject ToolSchema::toJson() const
{
    QJsonObject o{{u"name"_s, name}};
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
    if (!parameters.isEmpty())
        o.insert(u"parameters"_s, parameters);
    if (strict)
        o.insert(u"strict"_s, *strict);
    return o;
}

std::optional<ToolSchema> ToolSchema::fromJson(const QJsonValue &value, JsonError *error,
                                               const QString &path)
{
    JsonFields fields(value, path, error);
    ToolSchema tool;
    if (!fields.isObject() || !fields.requireString(u"name"_s, &tool.name)
        || !fields.optionalString(u"description"_s, &tool.description)
        || !fields.optionalObject(u"parameters"_s, &tool.parameters)
        || !fields.optionalBool(u"strict"_s, &tool.strict))
        return std::nullopt;
    if (const QString problem = tool.validationError(); !problem.isEmpty()) {
        setJsonError(error, path, problem);
        return std::nullopt;
    }
    return tool;
}

} // namespace modelkit
