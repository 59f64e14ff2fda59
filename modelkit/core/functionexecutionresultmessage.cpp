// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/functionexecutionresultmessage.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonObject FunctionExecutionResultMessage::toJson() const
{
    QJsonArray results;
    for (const FunctionExecutionResult &r : content)
        results.append(r.toJson());
    return {{u"content"_s, results}, {u"type"_s, u"FunctionExecutionResultMessage"_s}};
}

std::optional<FunctionExecutionResultMessage>
FunctionExecutionResultMessage::fromJson(const QJsonValue &value, JsonError *error,
                                         const QString &path)
{
    JsonFields fields(value, path, error);
    QJsonArray array;
    if (!fields.isObject() || !fields.requireArray(u"content"_s, &array))
        return std::nullopt;
    FunctionExecutionResultMessage message;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto result = FunctionExecutionResult::fromJson(
            array.at(i), error, fields.childPath(u"content"_s) + u'[' + QString::number(i) + u']');
        if (!result)
            return std::nullopt;
        message.content << *result;
    }
    return message;
}

} // namespace modelkit
