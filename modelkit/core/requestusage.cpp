// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/requestusage.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

RequestUsage &RequestUsage::operator+=(const RequestUsage &other)
{
    promptTokens += other.promptTokens;
    completionTokens += other.completionTokens;
    cachedPromptTokens += other.cachedPromptTokens;
    cacheCreationTokens += other.cacheCreationTokens;
    reasoningTokens += other.reasoningTokens;
    return *this;
}

QJsonObject RequestUsage::toJson() const
{
    return {{u"prompt_tokens"_s, promptTokens},
            {u"completion_tokens"_s, completionTokens},
            {u"cached_prompt_tokens"_s, cachedPromptTokens},
            {u"cache_creation_tokens"_s, cacheCreationTokens},
            {u"reasoning_tokens"_s, reasoningTokens}};
}

std::optional<RequestUsage> RequestUsage::fromJson(const QJsonValue &value, JsonError *error,
                                                   const QString &path)
{
    JsonFields fields(value, path, error);
    RequestUsage usage;
    if (!fields.isObject() || !fields.optionalInteger(u"prompt_tokens"_s, &usage.promptTokens)
        || !fields.optionalInteger(u"completion_tokens"_s, &usage.completionTokens)
        || !fields.optionalInteger(u"cached_prompt_tokens"_s, &usage.cachedPromptTokens)
        || !fields.optionalInteger(u"cache_creation_tokens"_s, &usage.cacheCreationTokens)
        || !fields.optionalInteger(u"reasoning_tokens"_s, &usage.reasoningTokens))
        return std::nullopt;
    return usage;
}

} // namespace modelkit
