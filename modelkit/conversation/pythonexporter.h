// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/codeexport.h"
#include "conversation/conversation.h"
#include "conversation/wirerequest.h"
#include "core/completionrequest.h"
#include "core/modelinfo.h"

#include <QJsonValue>
#include <QString>

namespace modelkit {

//! A conversation's request as a Python script for autogen-ext (`pip install
//! "autogen-ext[openai]"`, `[anthropic]` or `[ollama]`): the messages as autogen_core
//! objects, the tools as ToolSchema dicts, the client for the provider kind and one
//! `create()` (or `create_stream()`) call.
//!
//! - openai / compatible: OpenAIChatCompletionClient; azure: AzureOpenAIChatCompletionClient
//!   (OpenAIChatCompletionClient on Azure's v1 API); anthropic:
//!   AnthropicChatCompletionClient; ollama: OllamaChatCompletionClient; gemini:
//!   OpenAIChatCompletionClient on Gemini's OpenAI-compatible endpoint (the app itself
//!   speaks Gemini's native API, so the wire request differs there).
//! - Parameters come from the body the app sends (WireRequest), so the same values reach
//!   the provider: OpenAI's create arguments go to `extra_create_args` (others to its
//!   `extra_body`), Anthropic's and Ollama's as their clients take them. What an AutoGen
//!   client cannot pass on is named in a comment, never silently different.
//! - model_info is always given (from the catalog / provider guess), so models AutoGen does
//!   not know work too.
//! - Keys are read with os.environ; a named tool_choice uses a stand-in FunctionTool (AutoGen
//!   names a forced tool with a Tool object).
class PythonExporter
{
public:
    static QString render(const Conversation &conversation, const CompletionRequest &request,
                          const CodeExport::Target &target, const WireRequest &wire,
                          const ModelInfo &modelInfo);
    //! `value` as a Python literal (dicts, lists, strings, numbers, True/False/None); nested
    //! containers one per line, indented by 4 spaces per level from `indent`.
    static QString literal(const QJsonValue &value, int indent = 0);
    //! A double-quoted Python string literal.
    static QString string(const QString &text);
};

} // namespace modelkit
