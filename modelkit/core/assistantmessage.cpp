// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/assistantmessage.h"

#include "core/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonValue contentToJson(const std::variant<QString, QList<FunctionCall>> &content)
{
    if (const auto *text = std::get_if<QString>(&content))
        return *text;
    QJsonArray calls;
    for (const FunctionCall &call : std::get<QList<FunctionCall>>(content))
        calls.append(call.toJson());
    return calls;
}

bool contentFromJson(const QJsonValue &value, std::variant<QString, QList<FunctionCall>> *out,
                     JsonError *error, const QString &path)
{
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (value.isNull()) {
        *out = QString();
        return true;
    }
    if (!value.isArray())
        return setJsonError(error, path, u"expected a string or a list of function calls"_s);
    QList<FunctionCall> calls;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto call
            = FunctionCall::fromJson(array.at(i), error, path + u'[' + QString::number(i) + u']');
        if (!call)
            return false;
        calls << *call;
    }
    *out = calls;
    return true;
}

QJsonObject AssistantMessage::toJson() const
{
    QJsonObject o{{u"content"_s, contentToJson(content)},
                  {u"source"_s, source},
                  {u"type"_s, u"AssistantMessage"_s}};
    o.insert(u"thought"_s, thought ? QJsonValue(*thought) : QJsonValue(QJsonValue::Null));
    if (!providerState.isEmpty())
        o.insert(u"provider_state"_s, providerState);
    return o;
}

std::optional<AssistantMessage> AssistantMessage::fromJson(const QJsonValue &value,
                                                           JsonError *error, const QString &path)
{
    JsonFields fields(value, path, error);
    AssistantMessage message;
    if (!fields.isObject() || !fields.optionalString(u"source"_s, &message.source)
        || !fields.optionalString(u"thought"_s, &message.thought)
        || !fields.optionalObject(u"provider_state"_s, &message.providerState))
        return std::nullopt;
    if (!fields.has(u"content"_s)) {
        fields.fail(u"content"_s, u"is required"_s);
        return std::nullopt;
    }
    if (!contentFromJson(fields.object().value(u"content"_s), &message.content, error,
                         fields.childPath(u"content"_s)))
        return std::nullopt;
    return message;
}

} // namespace modelkit
