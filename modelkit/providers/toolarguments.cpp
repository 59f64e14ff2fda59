// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/toolarguments.h"

#include <QJsonDocument>

namespace modelkit {

QString argumentsText(const QJsonObject &arguments)
{
    return QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact));
}

QString argumentsText(const QJsonValue &arguments, const QString &otherwise)
{
    if (arguments.isObject())
        return argumentsText(arguments.toObject());
    if (arguments.isString())
        return arguments.toString();
    return otherwise;
}

std::optional<QJsonObject> argumentsObject(const QString &arguments, QJsonParseError *parseError)
{
    const QByteArray text = arguments.trimmed().toUtf8();
    QJsonParseError error{}; // NoError
    if (text.isEmpty()) {
        if (parseError)
            *parseError = error;
        return QJsonObject();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (parseError)
        *parseError = error;
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace modelkit
