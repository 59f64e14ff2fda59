// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/functionexecutionresult.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonObject FunctionExecutionResult::toJson() const
{
    return {{u"content"_s, content},
            {u"name"_s, name},
            {u"call_id"_s, callId},
            {u"is_error"_s, isError}};
}

std::optional<FunctionExecutionResult>
FunctionExecutionResult::fromJson(const QJsonValue &value, JsonError *error, const QString &path)
{
    JsonFields fields(value, path, error);
    FunctionExecutionResult result;
    if (!fields.isObject() || !fields.requireString(u"content"_s, &result.content)
        || !fields.requireString(u"call_id"_s, &result.callId)
        || !fields.optionalString(u"name"_s, &result.name)
        || !fields.optionalBool(u"is_error"_s, &result.isError))
        return std::nullopt;
    return result;
}

} // namespace modelkit
