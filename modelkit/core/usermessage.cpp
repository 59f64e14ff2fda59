// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/usermessage.h"

#include "core/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace modelkit {

bool UserMessage::hasImages() const
{
    const auto *parts = std::get_if<QList<UserContentPart>>(&content);
    if (!parts)
        return false;
    return std::any_of(parts->begin(), parts->end(),
                       [](const UserContentPart &p) { return std::holds_alternative<Image>(p); });
}

QString UserMessage::text() const
{
    if (const auto *s = std::get_if<QString>(&content))
        return *s;
    QStringList texts;
    for (const UserContentPart &part : std::get<QList<UserContentPart>>(content)) {
        if (const auto *s = std::get_if<QString>(&part))
            texts << *s;
    }
    return texts.join(u'\n');
}

QJsonObject UserMessage::toJson() const
{
    QJsonObject o{{u"source"_s, source}, {u"type"_s, u"UserMessage"_s}};
    if (const auto *s = std::get_if<QString>(&content)) {
        o.insert(u"content"_s, *s);
    } else {
        QJsonArray parts;
        for (const UserContentPart &part : std::get<QList<UserContentPart>>(content)) {
            if (const auto *s = std::get_if<QString>(&part))
                parts.append(*s);
            else
                parts.append(std::get<Image>(part).toJson());
        }
        o.insert(u"content"_s, parts);
    }
    return o;
}

std::optional<UserMessage> UserMessage::fromJson(const QJsonValue &value, JsonError *error,
                                                 const QString &path)
{
    JsonFields fields(value, path, error);
    UserMessage message;
    if (!fields.isObject() || !fields.optionalString(u"source"_s, &message.source))
        return std::nullopt;
    const QJsonValue content = fields.object().value(u"content"_s);
    if (content.isString()) {
        message.content = content.toString();
        return message;
    }
    if (!content.isArray()) {
        fields.fail(u"content"_s, content.isUndefined()
                                      ? u"is required"_s
                                      : u"expected a string or a list of strings and images"_s);
        return std::nullopt;
    }
    QList<UserContentPart> parts;
    const QJsonArray array = content.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString partPath = fields.childPath(u"content"_s) + u'[' + QString::number(i) + u']';
        const QJsonValue part = array.at(i);
        if (part.isString()) {
            parts << part.toString();
        } else if (auto image = Image::fromJson(part, error, partPath)) {
            parts << *image;
        } else {
            return std::nullopt;
        }
    }
    message.content = parts;
    return message;
}

} // namespace modelkit
