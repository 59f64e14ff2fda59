// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! A function the model may call (AutoGen ToolSchema). `parameters` is a JSON Schema object.
struct ToolSchema
{
    QString name;
    QString description;
    QJsonObject parameters;
    std::optional<bool> strict;

    //! Why the providers would reject this tool, or an empty string.
    QString validationError() const;

    QJsonObject toJson() const;
    static std::optional<ToolSchema> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                              const QString &path = QStringLiteral("$"));
    bool operator==(const ToolSchema &) const = default;
};

} // namespace modelkit
