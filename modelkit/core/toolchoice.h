// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonValue>
#include <QString>

namespace modelkit {

//! Whether and which tool the model must call. JSON: "auto" | "required" | "none" |
//! {"name": "<tool>"} (AutoGen passes a Tool object for the named form).
struct ToolChoice
{
    enum class Mode { Auto, Required, None, Named };
    Mode mode = Mode::Auto;
    QString name; //!< only for Named

    static ToolChoice named(const QString &toolName) { return {Mode::Named, toolName}; }
    //! Parses the command-line form: auto, required, none, or a tool name.
    static ToolChoice fromString(const QString &text);

    QJsonValue toJson() const;
    static std::optional<ToolChoice> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                              const QString &path = QStringLiteral("$"));
    bool operator==(const ToolChoice &) const = default;
};

} // namespace modelkit
