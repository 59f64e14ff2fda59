// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversation.h"
#include "core/jsonerror.h"
#include "core/llmmessage.h"

#include <optional>

#include <QJsonArray>
#include <QJsonObject>

namespace modelkit {

//! Reads OpenAI Chat Completions JSON (a `messages` array, or a whole request body) into
//! AutoGen-shaped messages and a Conversation.
//!
//! - system / developer → SystemMessage; user → UserMessage (text and `image_url` parts;
//!   `name` → source); assistant → AssistantMessage (text, or `tool_calls` with the text
//!   beside them as `thought`, as AutoGen reads replies; `reasoning_content` / `reasoning`
//!   → thought); consecutive tool messages → one FunctionExecutionResultMessage (the name
//!   found from the call id).
//! - Content that has no AutoGen equivalent (audio, files, non-function tools, the
//!   deprecated `function` role) is an error naming it, never dropped silently.
//! - Body: `tools`, `tool_choice`, `response_format`, the sampling parameters
//!   (`max_completion_tokens` → max_tokens) and `model` are mapped; `stream` and
//!   `stream_options` are dropped (the client sets them); every other field goes to
//!   `extra_create_args`, so the request sent is the one in the file.
class OpenAiChatImport
{
public:
    static std::optional<QList<LlmMessage>> messages(const QJsonArray &messages, JsonError *error,
                                                     const QString &path);
    static std::optional<Conversation> requestBody(const QJsonObject &body, JsonError *error,
                                                   const QString &path = QStringLiteral("$"));
};

} // namespace modelkit
