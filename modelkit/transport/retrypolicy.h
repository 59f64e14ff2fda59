// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"

#include <optional>

#include <QDateTime>

namespace modelkit {

//! The retry rules of the official OpenAI/Anthropic SDKs, as pure functions.
class RetryPolicy
{
public:
    //! Server-requested delay: `retry-after-ms`, else `Retry-After` as (fractional) seconds
    //! or an HTTP date relative to `now`. Absent, unparsable or negative → nullopt.
    static std::optional<qint64> serverDelayMs(const HttpHeaders &headers, const QDateTime &now);
    //! `x-should-retry: true|false` wins; otherwise 408, 409, 429 and every 5xx are retried.
    static bool isRetryableStatus(int status, const HttpHeaders &headers);
    //! Exponential backoff for the attempt after `retriesTaken` retries, with `random01` in
    //! [0, 1) taking off up to 25% (jitter).
    static qint64 backoffMs(int retriesTaken, double random01, int initialMs = 500,
                            int maxMs = 8'000);
};

} // namespace modelkit
