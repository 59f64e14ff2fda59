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
    QString format;
    if (!fields.isObject() || !fields.requireString(u"format"_s, &format))
        return std::nullopt;
    if (format != formatName()) {
        fields.fail(u"format"_s, u"expected \"%1\", not \"%2\""_s.arg(formatName(), format));
        return std::nullopt;
    }
    const QJsonValue version = fields.object().value(u"version"_s);
    if (version.isUndefined()) {
        fields.fail(u"version"_s, u"is required"_s);
        return std::nullopt;
    }
    if (!version.isDouble() || version.toDouble() != double(version.toInteger())
        || version.toInteger() < 1) {
        fields.fail(u"version"_s, u"expected a positive integer"_s);
        return std::nullopt;
    }
    if (version.toInteger() > currentVersion) {
        fields.fail(
            u"version"_s,
            u"version %1 is newer than this modelkit reads (up to %2); update modelkit"_s.arg(
                QString::number(version.toInteger()), QString::number(currentVersion)));
        return std::nullopt;
    }
    return Conversation::fromJson(value, error, path);
}

} // namespace modelkit
