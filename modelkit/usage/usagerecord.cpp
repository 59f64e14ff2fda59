// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "usage/usagerecord.h"

#include "core/createresult.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonObject UsageRecord::toJson() const
{
    return {
        {u"id"_s, id},
        {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)},
        {u"source"_s, source},
        {u"profile"_s, profile},
        {u"provider"_s, provider},
        {u"model"_s, model},
        {u"usage"_s, usage.toJson()},
        {u"cost_usd"_s, costUsd ? QJsonValue(*costUsd) : QJsonValue(QJsonValue::Null)},
        {u"estimated"_s, estimated},
        {u"latency_ms"_s, latencyMs},
        {u"ttft_ms"_s,
         timeToFirstTokenMs ? QJsonValue(*timeToFirstTokenMs) : QJsonValue(QJsonValue::Null)},
        {u"cached"_s, cached},
        {u"finish_reason"_s, finishReason},
        {u"error_kind"_s, errorKind},
        {u"conversation_id"_s, conversationId},
    };
}

UsageRecord UsageRecord::fromResult(const CreateResult &result)
{
    UsageRecord record;
    record.at = QDateTime::currentDateTimeUtc();
    record.model = result.model;
    record.usage = result.usage;
    record.cached = result.cached;
    record.finishReason = finishReasonName(result.finishReason);
    record.latencyMs = result.exchange.durationMs().value_or(0);
    record.timeToFirstTokenMs = result.exchange.timeToFirstTokenMs();
    return record;
}

} // namespace modelkit
