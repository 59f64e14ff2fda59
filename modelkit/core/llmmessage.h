// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/assistantmessage.h"
#include "core/functionexecutionresultmessage.h"
#include "core/systemmessage.h"
#include "core/usermessage.h"

#include <variant>

#include <QJsonArray>

namespace modelkit {

//! Any message of a conversation, tagged in JSON by `"type"` as in AutoGen's LLMMessage.
using LlmMessage
    = std::variant<SystemMessage, UserMessage, AssistantMessage, FunctionExecutionResultMessage>;

QJsonObject llmMessageToJson(const LlmMessage &message);
std::optional<LlmMessage> llmMessageFromJson(const QJsonValue &value, JsonError *error = nullptr,
                                             const QString &path = QStringLiteral("$"));
QJsonArray llmMessagesToJson(const QList<LlmMessage> &messages);
std::optional<QList<LlmMessage>> llmMessagesFromJson(const QJsonValue &value,
                                                     JsonError *error = nullptr,
                                                     const QString &path = QStringLiteral("$"));

} // namespace modelkit
