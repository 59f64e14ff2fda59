// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/preservedjson.h"
#include "core/createresult.h"
#include "core/jsonerror.h"
#include "core/modelerror.h"
#include "core/requestusage.h"

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace modelkit {

//! One request sent from a conversation and what came back: the full CreateResult (with the
//! provider's raw reply and the redacted HTTP exchange), or the typed error (plus the
//! partial result when part of the reply had arrived), the usage counted, the cost and the
//! timings.
//!
//! JSON: `{"started_at", "profile", "provider", "model", "stream", "message_count",
//! "result": CreateResult (with "raw" and "exchange") | null, "error": ModelError | null,
//! "usage", "usage_estimated", "cost_usd": number | null, "timings": {"ttft_ms",
//! "total_ms", "tokens_per_second"}}`. Unknown fields are kept (PreservedJson). Headers
//! and URLs of the exchange are redacted again when written: a key never reaches a file.
struct ConversationRun
{
    QDateTime startedAt; //!< UTC; invalid = unknown
    QString profileName; //!< the profile's name; empty for an ad-hoc provider
    QString provider;    //!< ChatCompletionClient::providerName()
    QString model;       //!< the model asked for
    bool streaming = false;
    qint64 messageCount = 0; //!< how many of the conversation's messages were sent
    std::optional<CreateResult> result;
    std::optional<ModelError> error;
    //! The usage counted and billed: the provider's report, or a local estimate.
    RequestUsage usage;
    bool usageEstimated = false;
    //! USD; nullopt = unknown (no price for the model), never 0 for that. 0 for cached runs.
    std::optional<double> costUsd;
    std::optional<qint64> timeToFirstTokenMs;
    std::optional<qint64> totalMs;
    //! Completion tokens per second over the streaming phase (first token to done).
    std::optional<double> tokensPerSecond;
    //! What was read from a file (kept for re-export; see PreservedJson).
    PreservedJson preserved;

    bool failed() const { return error.has_value(); }

    //! A run of a finished call: result, error, usage and the timings of its exchange.
    //! The caller sets profileName, provider, model, messageCount and costUsd.
    static ConversationRun fromCall(const CreateResult &result,
                                    const std::optional<ModelError> &error, bool streaming,
                                    const QDateTime &startedAt = QDateTime::currentDateTimeUtc());

    QJsonObject toJson() const;
    static std::optional<ConversationRun> fromJson(const QJsonValue &value,
                                                   JsonError *error = nullptr,
                                                   const QString &path = QStringLiteral("$"));
    bool operator==(const ConversationRun &) const = default;
};

//! Date-times in conversation files: ISO 8601 in UTC with milliseconds, or null.
QJsonValue conversationTimeToJson(const QDateTime &time);
//! Reads conversationTimeToJson()'s form (any ISO 8601 offset is accepted and converted to
//! UTC); false with a JSONPath error otherwise.
bool conversationTimeFromJson(const QJsonValue &value, QDateTime *out, JsonError *error,
                              const QString &path);

} // namespace modelkit
