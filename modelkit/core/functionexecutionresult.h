// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! The output of one tool call, answered back to the model (AutoGen FunctionExecutionResult).
struct FunctionExecutionResult
{
    QString content;
    QString name;
    QString callId;
    bool isError = false;

    QJsonObject toJson() const;
    static std::optional<FunctionExecutionResult>
    fromJson(const QJsonValue &value, JsonError *error = nullptr,
             const QString &path = QStringLiteral("$"));
    bool operator==(const FunctionExecutionResult &) const = default;
};

} // namespace modelkit
