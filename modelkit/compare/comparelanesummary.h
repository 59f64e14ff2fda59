// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/comparestatistic.h"
#include "conversation/conversationrun.h"

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace modelkit {

//! What a lane's attempts add up to: how many succeeded, the mean and spread of their
//! timings, cost and tokens, and whether the answers differ. A pure function of the
//! attempts (of()), so a reopened comparison shows what the live one showed.
//!
//! Timings, tokens and cost are taken over the **succeeded** attempts (a failed or stopped
//! one says little about speed), timings only over those the provider answered (a reply
//! from the response cache is not "fast"); totalCostUsd counts every attempt, since
//! failures may be billed too.
//!
//! JSON: `{"attempts", "succeeded", "failed", "cancelled", "total_ms", "ttft_ms",
//! "tokens_per_second", "cost_usd", "prompt_tokens", "completion_tokens",
//! "reasoning_tokens", "cached_prompt_tokens": CompareStatistic | null,
//! "total_cost_usd": number | null, "distinct_answers", "answers_differ"}`.
struct CompareLaneSummary
{
    qsizetype attempts = 0;
    qsizetype succeeded = 0;
    qsizetype failed = 0;    //!< errors other than Cancelled
    qsizetype cancelled = 0; //!< stopped attempts

    CompareStatistic totalMs;
    CompareStatistic timeToFirstTokenMs;
    CompareStatistic tokensPerSecond;
    //! Empty when a succeeded attempt's cost is unknown: a mean over the priced ones only
    //! would look cheaper than the lane is.
    CompareStatistic costUsd;
    CompareStatistic promptTokens;
    CompareStatistic completionTokens;
    CompareStatistic reasoningTokens;
    CompareStatistic cachedPromptTokens;
    //! The sum over every attempt; nullopt when any attempt's cost is unknown.
    std::optional<double> totalCostUsd;
    //! How many different answers the succeeded attempts gave (see answerOf()).
    qsizetype distinctAnswers = 0;

    bool answersDiffer() const { return distinctAnswers > 1; }

    static CompareLaneSummary of(const QList<ConversationRun> &attempts);
    //! What "the same answer" compares: the reply text exactly, or the function calls' names
    //! and arguments (not their ids, which differ on every call).
    static QString answerOf(const CreateResult &result);

    QJsonObject toJson() const;
    bool operator==(const CompareLaneSummary &) const = default;
};

} // namespace modelkit
