// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversation.h"
#include "conversation/importerror.h"

#include <optional>

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace modelkit {

//! Reads a conversation from any supported JSON shape, detecting which it is:
//!
//! - our `modelkit.conversation` document (every version this modelkit reads);
//! - a modelkit / AutoGen request (`{"messages": [{"type": "UserMessage", …}], "tools",
//!   "tool_choice", "json_output", "parameters", "extra_create_args"}`, what `modelkit chat
//!   --request` always took) or a bare AutoGen LLMMessage list;
//! - an OpenAI-style `messages` array or a full Chat Completions request body;
//! - an Anthropic Messages request body (or its `messages` array).
//!
//! Import is all or nothing: on any problem it returns nullopt and an ImportError naming
//! the file, the JSON path and what was expected there. Files above maxFileSize are refused
//! before being read.
class ConversationImporter
{
public:
    enum class Format {
        Conversation,      //!< modelkit.conversation
        Request,           //!< modelkit/AutoGen request object
        AutoGenMessages,   //!< a list of AutoGen LLMMessages
        OpenAiMessages,    //!< an OpenAI `messages` array
        OpenAiRequest,     //!< a Chat Completions request body
        AnthropicMessages, //!< an Anthropic `messages` array
        AnthropicRequest,  //!< a Messages API request body
    };

    //! 64 MiB: far above any real conversation (a long chat with a few large images is a
    //! few MiB), low enough that a wrong file cannot exhaust memory while being parsed.
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    //! Reads `path` ("-" = standard input).
    static std::optional<Conversation> importFile(const QString &path, ImportError *error,
                                                  Format *format = nullptr);
    //! Reads JSON bytes; `fileName` names them in errors and gives a foreign import its title.
    static std::optional<Conversation> importBytes(const QByteArray &bytes, const QString &fileName,
                                                   ImportError *error, Format *format = nullptr);
    static std::optional<Conversation> importJson(const QJsonValue &value, const QString &fileName,
                                                  ImportError *error, Format *format = nullptr);

    //! "modelkit.conversation", "OpenAI Chat Completions request"… for messages to people.
    static QString formatName(Format format);
};

} // namespace modelkit
