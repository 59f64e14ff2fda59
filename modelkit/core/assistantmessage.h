// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/functioncall.h"
#include "core/jsonerror.h"

#include <optional>
#include <variant>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace modelkit {

//! A reply of the model kept in the conversation (AutoGen AssistantMessage): text or the
//! function calls it asked for, plus the reasoning text (`thought`) when there was some.
struct AssistantMessage
{
    std::variant<QString, QList<FunctionCall>> content;
    std::optional<QString> thought;
    QString source = QStringLiteral("assistant");
    //! Provider data to send back unchanged (see CreateResult::providerState).
    QJsonObject providerState;

    bool hasFunctionCalls() const { return std::holds_alternative<QList<FunctionCall>>(content); }

    QJsonObject toJson() const;
    static std::optional<AssistantMessage> fromJson(const QJsonValue &value,
                                                    JsonError *error = nullptr,
                                                    const QString &path = QStringLiteral("$"));
    bool operator==(const AssistantMessage &) const = default;
};

//! Shared by AssistantMessage and CreateResult: text, or a list of function calls.
QJsonValue contentToJson(const std::variant<QString, QList<FunctionCall>> &content);
bool contentFromJson(const QJsonValue &value, std::variant<QString, QList<FunctionCall>> *out,
                     JsonError *error, const QString &path);

} // namespace modelkit
