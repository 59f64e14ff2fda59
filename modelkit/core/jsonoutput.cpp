// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/jsonoutput.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonValue JsonOutput::toJson() const
{
    switch (mode) {
    case Mode::Off:
        return false;
    case Mode::JsonObject:
        return true;
    case Mode::JsonSchema: {
        QJsonObject o{{u"name"_s, name}, {u"schema"_s, schema}};
        if (!description.isEmpty())
            o.insert(u"description"_s, description);
        if (strict)
            o.insert(u"strict"_s, *strict);
        return o;
    }
    }
    return false;
}

std::optional<JsonOutput> JsonOutput::fromJson(const QJsonValue &value, JsonError *error,
                                               const QString &path)
{
    if (value.isUndefined() || value.isNull())
        return JsonOutput{};
    if (value.isBool())
        return value.toBool() ? jsonObject() : JsonOutput{};
    if (!value.isObject()) {
        setJsonError(error, path, u"expected true, false or {\"name\", \"schema\"}"_s);
        return std::nullopt;
    }
    JsonFields fields(value, path, error);
    JsonOutput output;
    output.mode = Mode::JsonSchema;
    if (!fields.requireString(u"name"_s, &output.name)
        || !fields.optionalString(u"description"_s, &output.description)
        || !fields.optionalBool(u"strict"_s, &output.strict))
        return std::nullopt;
    if (!fields.object().value(u"schema"_s).isObject()) {
        fields.fail(u"schema"_s, u"expected a JSON Schema object"_s);
        return std::nullopt;
    }
    output.schema = fields.object().value(u"schema"_s).toObject();
    return output;
}

} // namespace modelkit
