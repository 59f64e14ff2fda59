// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/llmmessage.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonObject llmMessageToJson(const LlmMessage &message)
{
    return std::visit([](const auto &m) { return m.toJson(); }, message);
}

std::optional<LlmMessage> llmMessageFromJson(const QJsonValue &value, JsonError *error,
                                             const QString &path)
{
    JsonFields fields(value, path, error);
    QString type;
    if (!fields.isObject() || !fields.requireString(u"type"_s, &type))
        return std::nullopt;
    if (type == u"SystemMessage") {
        if (auto m = SystemMessage::fromJson(value, error, path))
            return *m;
    } else if (type == u"UserMessage") {
        if (auto m = UserMessage::fromJson(value, error, path))
            return *m;
    } else if (type == u"AssistantMessage") {
        if (auto m = AssistantMessage::fromJson(value, error, path))
            return *m;
    } else if (type == u"FunctionExecutionResultMessage") {
        if (auto m = FunctionExecutionResultMessage::fromJson(value, error, path))
            return *m;
    } else {
        fields.fail(u"type"_s,
                    u"unknown message type \"%1\" (expected SystemMessage, "
                    "UserMessage, AssistantMessage or FunctionExecutionResultMessage)"_s.arg(type));
    }
    return std::nullopt;
}

QJsonArray llmMessagesToJson(const QList<LlmMessage> &messages)
{
    QJsonArray array;
    for (const LlmMessage &m : messages)
        array.append(llmMessageToJson(m));
    return array;
}

std::optional<QList<LlmMessage>> llmMessagesFromJson(const QJsonValue &value, JsonError *error,
                                                     const QString &path)
{
    if (!value.isArray()) {
        setJsonError(error, path, u"expected an array of messages"_s);
        return std::nullopt;
    }
    QList<LlmMessage> messages;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto m = llmMessageFromJson(array.at(i), error, path + u'[' + QString::number(i) + u']');
        if (!m)
            return std::nullopt;
        messages << *m;
    }
    return messages;
}

} // namespace modelkit
