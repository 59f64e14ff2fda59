// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversationmessage.h"
#include "conversation/conversationrun.h"
#include "conversation/preservedjson.h"
#include "core/completionrequest.h"
#include "core/jsonerror.h"

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace modelkit {

//! A playground conversation as a document: the request to send (messages, tools,
//! tool_choice, output mode, parameters, extra arguments), where it goes (the profile's
//! *name*, the provider and the model — never a key) and every run made from it.
//!
//! The JSON is the `modelkit.conversation` format, version 1 (ConversationFormat; see
//! conversation-format.md here): the fields of CompletionRequest::toJson() at the top level
//! (so a conversation file is also a `--request` file) plus `format`, `version`, `id`,
//! `title`, `created_at`, `updated_at`, `profile`, `provider`, `model` and `runs`. Every
//! field is written, null or empty when unset. Fields and messages this version does not
//! know are kept (see ConversationMessage and PreservedJson), so a newer file survives a
//! round trip through an older modelkit.
struct Conversation
{
    QString id; //!< a UUID without braces
    QString title;
    QDateTime createdAt; //!< UTC
    QDateTime updatedAt; //!< UTC
    QString profileName; //!< the provider profile's name, never its key; may be empty
    QString provider;    //!< a ProviderKinds id ("openai"…) or "demo"; may be empty
    QString model;
    QList<ConversationMessage> messages;
    QList<ToolSchema> tools;
    ToolChoice toolChoice;
    JsonOutput jsonOutput;
    CompletionParameters parameters;
    QJsonObject extraCreateArgs;
    QList<ConversationRun> runs;
    //! What was read from a file (kept for re-export; see PreservedJson).
    PreservedJson preserved;

    //! A new conversation (fresh id, created and updated now) holding `request`.
    static Conversation fromRequest(const CompletionRequest &request);

    //! The request to send: the messages this version understands (see
    //! unsupportedContent()), tools, tool_choice, output mode, parameters, extra arguments.
    CompletionRequest toRequest() const;
    //! Replaces the request fields with `request`'s (see setLlmMessages()).
    void setRequest(const CompletionRequest &request);

    //! The messages this version understands, in order.
    QList<LlmMessage> llmMessages() const;
    //! Replaces the messages. A new message equal to an old one (matched in order) keeps
    //! what was preserved with it; messages of unknown type stay after the message they
    //! followed (or first, or last when that one is gone).
    void setLlmMessages(const QList<LlmMessage> &messages);
    //! What toRequest() leaves out: "message 3: a message of unknown type \"X\""…
    QStringList unsupportedContent() const;

    //! A new run at the end; updatedAt becomes now.
    void appendRun(const ConversationRun &run);

    QJsonObject toJson() const;
    //! Reads version 1 (ConversationFormat checks `format` and `version` first).
    static std::optional<Conversation> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                                const QString &path = QStringLiteral("$"));
    bool operator==(const Conversation &) const = default;
};

} // namespace modelkit
