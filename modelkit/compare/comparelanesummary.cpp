// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparelanesummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace modelkit {

QString CompareLaneSummary::answerOf(const CreateResult &result)
{
    if (!result.hasFunctionCalls())
        return u"text:"_s + result.text();
    QJsonArray calls;
    for (const FunctionCall &call : result.functionCalls())
        calls.append(QJsonArray{call.name, call.arguments});
    return u"calls:"_s + QString::fromUtf8(QJsonDocument(calls).toJson(QJsonDocument::Compact));
}

CompareLaneSummary CompareLaneSummary::of(const QList<ConversationRun> &attempts)
{
    CompareLaneSummary summary;
    summary.attempts = attempts.size();
    QList<double> total, ttft, speed, cost, prompt, completion, reasoning, cached;
    QSet<QString> answers;
    bool costKnown = true;
    double costSum = 0;
    bool allCostsKnown = true;
    for (const ConversationRun &run : attempts) {
        if (run.costUsd)
            costSum += *run.costUsd;
        else
            allCostsKnown = false;
        if (run.error) {
            if (run.error->kind == ModelError::Kind::Cancelled)
                ++summary.cancelled;
            else
                ++summary.failed;
            continue;
        }
        ++summary.succeeded;
        // A reply from the response cache says nothing about the provider's speed.
        const bool cachedReply = run.result && run.result->cached;
        if (run.totalMs && !cachedReply)
            total << double(*run.totalMs);
        if (run.timeToFirstTokenMs && !cachedReply)
            ttft << double(*run.timeToFirstTokenMs);
        if (run.tokensPerSecond && !cachedReply)
            speed << *run.tokensPerSecond;
        if (run.costUsd)
            cost << *run.costUsd;
        else
            costKnown = false;
        prompt << double(run.usage.promptTokens);
        completion << double(run.usage.completionTokens);
        reasoning << double(run.usage.reasoningTokens);
        cached << double(run.usage.cachedPromptTokens);
        if (run.result)
            answers.insert(answerOf(*run.result));
    }
    summary.totalMs = CompareStatistic::of(total);
    summary.timeToFirstTokenMs = CompareStatistic::of(ttft);
    summary.tokensPerSecond = CompareStatistic::of(speed);
    if (costKnown)
        summary.costUsd = CompareStatistic::of(cost);
    summary.promptTokens = CompareStatistic::of(prompt);
    summary.completionTokens = CompareStatistic::of(completion);
    summary.reasoningTokens = CompareStatistic::of(reasoning);
    summary.cachedPromptTokens = CompareStatistic::of(cached);
    if (allCostsKnown)
        summary.totalCostUsd = costSum;
    summary.distinctAnswers = answers.size();
    return summary;
}

QJsonObject CompareLaneSummary::toJson() const
{
    return {
        {u"attempts"_s, attempts},
        {u"succeeded"_s, succeeded},
        {u"failed"_s, failed},
        {u"cancelled"_s, cancelled},
        {u"total_ms"_s, totalMs.toJson()},
        {u"ttft_ms"_s, timeToFirstTokenMs.toJson()},
        {u"tokens_per_second"_s, tokensPerSecond.toJson()},
        {u"cost_usd"_s, costUsd.toJson()},
        {u"prompt_tokens"_s, promptTokens.toJson()},
        {u"completion_tokens"_s, completionTokens.toJson()},
        {u"reasoning_tokens"_s, reasoningTokens.toJson()},
        {u"cached_prompt_tokens"_s, cachedPromptTokens.toJson()},
        {u"total_cost_usd"_s, totalCostUsd ? QJsonValue(*totalCostUsd) : QJsonValue()},
        {u"distinct_answers"_s, distinctAnswers},
        {u"answers_differ"_s, answersDiffer()},
    };
}

} // namespace modelkit
