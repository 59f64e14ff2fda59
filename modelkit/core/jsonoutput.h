// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! Requested output format. JSON mirrors AutoGen's `json_output: bool | schema`:
//! absent/false = free text, true = any JSON object, an object = a named JSON Schema.
struct JsonOutput
{
    enum class Mode { Off, JsonObject, JsonSchema };
    Mode mode = Mode::Off;
    QString name; //!< schema name (required by OpenAI for json_schema)
    QString description;
    QJsonObject schema;
    std::optional<bool> strict;

    static JsonOutput jsonObject() { return {Mode::JsonObject, {}, {}, {}, {}}; }
    static JsonOutput jsonSchema(const QString &name, const QJsonObject &schema,
                                 std::optional<bool> strict = true)
    {
        return {Mode::JsonSchema, name, {}, schema, strict};
    }

    QJsonValue toJson() const;
    static std::optional<JsonOutput> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                              const QString &path = QStringLiteral("$"));
    bool operator==(const JsonOutput &) const = default;
};

} // namespace modelkit
