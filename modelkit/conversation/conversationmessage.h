// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/preservedjson.h"
#include "core/jsonerror.h"
#include "core/llmmessage.h"

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace modelkit {

//! One entry of a Conversation's message list: an LlmMessage, or a message whose `type` this
//! version does not know (a newer file), kept verbatim.
//!
//! Forward compatibility: a message read from a file remembers the object it came from, so
//! that writing it again keeps what a newer version put there (see PreservedJson): unknown
//! fields, and user content parts of unknown shape (an object with neither `data` nor
//! `url`), which stay at their place as long as the message is not changed. setMessage()
//! keeps the unknown fields but drops the unknown parts.
class ConversationMessage
{
public:
    //! An empty system message.
    ConversationMessage();
    //! Implicit, so that a list of LlmMessages converts element by element.
    ConversationMessage(const LlmMessage &message); // NOLINT(google-explicit-constructor)
    //! A message of a type this version does not know, kept as `json`.
    static ConversationMessage unknown(const QJsonObject &json);

    //! Whether this version understands the message (message() is set).
    bool isKnown() const { return m_message.has_value(); }
    //! The message; nullopt for an unknown type.
    const std::optional<LlmMessage> &message() const { return m_message; }
    //! Replaces the message (an unknown one becomes known); unknown fields stay.
    void setMessage(const LlmMessage &message);
    //! The `type` tag: "UserMessage"… or the unknown type as read.
    QString typeName() const;

    //! What of this entry cannot be sent (it is left out of Conversation::toRequest()): the
    //! whole message for an unknown type, or the user content parts of unknown shape; one
    //! short description each, empty when everything can be sent.
    QStringList unsupportedContent() const;

    QJsonObject toJson() const;
    //! A message in AutoGen's shape (llmMessageFromJson()); a `type` this version does not
    //! know gives an unknown entry rather than an error.
    static std::optional<ConversationMessage> fromJson(const QJsonValue &value,
                                                       JsonError *error = nullptr,
                                                       const QString &path = QStringLiteral("$"));
    bool operator==(const ConversationMessage &) const = default;

private:
    std::optional<LlmMessage> m_message;
    PreservedJson m_preserved;
    //! User content parts this version could not read, at their index in the list as read.
    QList<QPair<qsizetype, QJsonValue>> m_unknownParts;
};

} // namespace modelkit
