// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/systemmessage.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonObject SystemMessage::toJson() const
{
    return {{u"content"_s, content}, {u"type"_s, u"SystemMessage"_s}};
}

std::optional<SystemMessage> SystemMessage::fromJson(const QJsonValue &value, JsonError *error,
                                                     const QString &path)
{
    JsonFields fields(value, path, error);
    SystemMessage message;
    if (!fields.isObject() || !fields.requireString(u"content"_s, &message.content))
        return std::nullopt;
    return message;
}

} // namespace modelkit
