// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/modelinfo.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

ModelInfo ModelInfo::permissive()
{
    ModelInfo info;
    info.vision = true;
    info.functionCalling = true;
    info.jsonOutput = true;
    info.structuredOutput = true;
    return info;
}

QJsonObject ModelInfo::toJson() const
{
    return {{u"vision"_s, vision},
            {u"function_calling"_s, functionCalling},
            {u"json_output"_s, jsonOutput},
            {u"structured_output"_s, structuredOutput},
            {u"multiple_system_messages"_s, multipleSystemMessages},
            {u"family"_s, family},
            {u"context_window"_s, contextWindow},
            {u"max_output_tokens"_s, maxOutputTokens}};
}

std::optional<ModelInfo> ModelInfo::fromJson(const QJsonValue &value, JsonError *error,
                                             const QString &path)
{
    JsonFields fields(value, path, error);
    ModelInfo info;
    if (!fields.isObject() || !fields.optionalBool(u"vision"_s, &info.vision)
        || !fields.optionalBool(u"function_calling"_s, &info.functionCalling)
        || !fields.optionalBool(u"json_output"_s, &info.jsonOutput)
        || !fields.optionalBool(u"structured_output"_s, &info.structuredOutput)
        || !fields.optionalBool(u"multiple_system_messages"_s, &info.multipleSystemMessages)
        || !fields.optionalString(u"family"_s, &info.family)
        || !fields.optionalInteger(u"context_window"_s, &info.contextWindow)
        || !fields.optionalInteger(u"max_output_tokens"_s, &info.maxOutputTokens))
        return std::nullopt;
    return info;
}

} // namespace modelkit
