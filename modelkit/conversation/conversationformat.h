// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversation.h"
#include "core/jsonerror.h"

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace modelkit {

//! The `modelkit.conversation` file format: `{"format": "modelkit.conversation",
//! "version": 1, …}` (conversation-format.md and modelkit.conversation.v1.schema.json in this
//! folder).
//!
//! `version` changes only for incompatible changes; additions (new fields, message types,
//! content parts) keep version 1 and older readers carry them through unchanged. A file of
//! a newer version is refused with a message saying so.
class ConversationFormat
{
public:
    static QString formatName() { return QStringLiteral("modelkit.conversation"); }
    static constexpr int currentVersion = 1;

    //! Whether `object` says it is a conversation document (its `format` field).
    static bool isConversation(const QJsonObject &object);

    //! The canonical bytes: indented JSON (4 spaces) with the keys of every object sorted,
    //! ending in a newline. Writing what was read from such bytes gives the same bytes.
    static QByteArray toBytes(const Conversation &conversation);
    //! Checks `format` and `version`, then reads the version it names.
    static std::optional<Conversation> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                                const QString &path = QStringLiteral("$"));
};

} // namespace modelkit
