// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! A tool call requested by the model. `arguments` is JSON text exactly as the model wrote it
//! (it may be invalid JSON when the model is cut off), as in AutoGen.
struct FunctionCall
{
    QString id;
    QString name;
    QString arguments;

    QJsonObject toJson() const;
    static std::optional<FunctionCall> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                                const QString &path = QStringLiteral("$"));
    bool operator==(const FunctionCall &) const = default;
};

} // namespace modelkit
