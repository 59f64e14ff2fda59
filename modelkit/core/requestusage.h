// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>

namespace modelkit {

//! Token usage of one call, in OpenAI's meaning for every provider: `promptTokens` counts
//! every input token (cached ones included) and `completionTokens` every output token
//! (reasoning included). The three extension fields break those totals down; AutoGen's
//! RequestUsage has only the first two.
struct RequestUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedPromptTokens = 0;  //!< part of promptTokens read from the provider's cache
    qint64 cacheCreationTokens = 0; //!< part of promptTokens written to the cache
    qint64 reasoningTokens = 0;     //!< part of completionTokens spent on reasoning

    qint64 totalTokens() const { return promptTokens + completionTokens; }
    bool isZero() const { return *this == RequestUsage{}; }
    RequestUsage &operator+=(const RequestUsage &other);

    QJsonObject toJson() const;
    static std::optional<RequestUsage> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                                const QString &path = QStringLiteral("$"));
    bool operator==(const RequestUsage &) const = default;
};

} // namespace modelkit
