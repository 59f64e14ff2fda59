// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/functionexecutionresult.h"
#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QList>

namespace modelkit {

//! The results of the tool calls of the previous assistant turn
//! (AutoGen FunctionExecutionResultMessage).
struct FunctionExecutionResultMessage
{
    QList<FunctionExecutionResult> content;

    QJsonObject toJson() const;
    static std::optional<FunctionExecutionResultMessage>
    fromJson(const QJsonValue &value, JsonError *error = nullptr,
             const QString &path = QStringLiteral("$"));
    bool operator==(const FunctionExecutionResultMessage &) const = default;
};

} // namespace modelkit
