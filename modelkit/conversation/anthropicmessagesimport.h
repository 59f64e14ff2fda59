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

//! Reads Anthropic Messages API JSON (a `messages` array, or a whole request body) into
//! AutoGen-shaped messages and a Conversation, the way AnthropicRequestBuilder would send
//! them back:
//!
//! - `system` (text or text blocks) → a SystemMessage first.
//! - user turns: text and image blocks → a UserMessage; `tool_result` blocks → a
//!   FunctionExecutionResultMessage before it (the name found from the tool_use id).
//! - assistant turns: text → content; `tool_use` → function calls (input as JSON text) with
//!   the text beside them as `thought`; `thinking` / `redacted_thinking` blocks go to
//!   `provider_state.anthropic.thinking_blocks` unchanged (so they are sent back) and their
//!   text to `thought`, as AnthropicResponseReader stores a reply.
//! - Body: `tools` (input_schema → parameters), `tool_choice` (any → required,
//!   disable_parallel_tool_use → parallel_tool_calls false), `max_tokens`, `temperature`,
//!   `top_p`, `top_k`, `stop_sequences` → stop, `thinking.budget_tokens` →
//!   thinking_budget, `output_config.format` (JSON schema) and `.effort`; `stream` is
//!   dropped; every other field goes to `extra_create_args`.
//! - Blocks with no AutoGen equivalent (documents, server tools, images in tool results)
//!   are an error naming them. `cache_control` marks are not kept.
class AnthropicMessagesImport
{
public:
    static std::optional<QList<LlmMessage>> messages(const QJsonArray &messages, JsonError *error,
                                                     const QString &path);
    static std::optional<Conversation> requestBody(const QJsonObject &body, JsonError *error,
                                                   const QString &path = QStringLiteral("$"));
};

} // namespace modelkit
