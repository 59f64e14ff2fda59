// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/requestusage.h"

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace modelkit {

struct CreateResult;

//! One call in the usage ledger (UsageLedger): who made it, against what, and what it cost.
//!
//! JSON (toJson()): `{"id", "at" (ISO 8601 UTC with milliseconds), "source", "profile",
//! "provider", "model", "usage" (RequestUsage), "cost_usd" (null = unknown), "estimated",
//! "latency_ms", "ttft_ms" (null = unknown), "cached", "finish_reason", "error_kind",
//! "conversation_id"}`.
struct UsageRecord
{
    qint64 id = 0;    //!< assigned by the ledger; 0 before the row is stored
    QDateTime at;     //!< when the call finished
    QString source;   //!< "app" or "cli"
    QString profile;  //!< the profile's name; empty for an ad-hoc provider
    QString provider; //!< ChatCompletionClient::providerName()
    QString model;
    RequestUsage usage;
    //! The call's price in USD; nullopt = unknown (no price for the model), never 0 for that.
    std::optional<double> costUsd;
    bool estimated = false; //!< usage was estimated locally (the provider reported none)
    qint64 latencyMs = 0;   //!< request sent to response done; 0 = unknown
    std::optional<qint64> timeToFirstTokenMs;
    bool cached = false;  //!< answered from the response cache (no provider call)
    QString finishReason; //!< finishReasonName() of the result
    QString errorKind;    //!< ModelError::kindName() of a failed call, else empty
    QString conversationId;

    QJsonObject toJson() const;

    //! The fields a CreateResult carries: `at` (now), model, usage, cached, finish reason,
    //! latency and TTFT (from its exchange). The caller adds source, profile, provider, cost
    //! and, for a failed call, the error kind.
    static UsageRecord fromResult(const CreateResult &result);

    bool operator==(const UsageRecord &) const = default;
};

} // namespace modelkit
