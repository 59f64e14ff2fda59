// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/conversationformat.h"

#include "core/jsonfields.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace modelkit {

bool ConversationFormat::isConversation(const QJsonObject &object)
{
    return object.value(u"format"_s) == QJsonValue(formatName());
}

QByteArray ConversationFormat::toBytes(const Conversation &conversation)
{
    // QJsonObject keeps its keys sorted, and QJsonDocument writes numbers in their shortest
    // round-trip form: the output depends on the values alone.
    return QJsonDocument(conversation.toJson()).toJson(QJsonDocument::Indented);
}

std::optional<Conversation> ConversationFormat::fromJson(const QJsonValue &value, JsonError *error,
                                                         const QString &path)
{
    JsonFields fields(value, path, error);
    if (!fields.requireFormat(formatName(), currentVersion))
        return std::nullopt;
    return Conversation::fromJson(value, error, path);
}

} // namespace modelkit
