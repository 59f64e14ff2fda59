// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/conversationrun.h"

#include "core/jsonfields.h"
#include "transport/redactor.h"

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

//! The result's JSON with the inspector's data, its exchange redacted (again).
QJsonObject resultJson(const CreateResult &result)
{
    CreateResult safe = result;
    safe.exchange.requestHeaders = Redactor::headers(safe.exchange.requestHeaders);
    safe.exchange.responseHeaders = Redactor::headers(safe.exchange.responseHeaders);
    if (!safe.exchange.url.isEmpty())
        safe.exchange.url = Redactor::url(QUrl(safe.exchange.url));
    return safe.toJson(CreateResult::JsonDetail::WithInspector);
}

} // namespace

QJsonValue conversationTimeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

bool conversationTimeFromJson(const QJsonValue &value, QDateTime *out, JsonError *error,
                              const QString &path)
{
    if (value.isUndefined() || value.isNull()) {
        *out = QDateTime();
        return true;
    }
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!value.isString() || !time.isValid())
        return setJsonError(error, path,
                            u"expected an ISO 8601 date and time (2026-01-31T12:00:00.000Z)"_s);
    *out = time.toUTC();
    return true;
}

ConversationRun ConversationRun::fromCall(const CreateResult &result,
                                          const std::optional<ModelError> &error, bool streaming,
                                          const QDateTime &startedAt)
{
    ConversationRun run;
    run.startedAt = startedAt.toUTC();
    run.streaming = streaming;
    run.result = result;
    run.error = error;
    run.usage = result.usage;
    run.timeToFirstTokenMs = result.exchange.timeToFirstTokenMs();
    run.totalMs = result.exchange.durationMs();
    const Exchange &x = result.exchange;
    if (streaming && x.firstTokenAtMs > 0 && x.doneAtMs > x.firstTokenAtMs)
        run.tokensPerSecond = double(result.usage.completionTokens) * 1000.0
                              / double(x.doneAtMs - x.firstTokenAtMs);
    return run;
}

QJsonObject ConversationRun::toJson() const
{
    const QJsonObject typed{
        {u"started_at"_s, conversationTimeToJson(startedAt)},
        {u"profile"_s, optionalText(profileName)},
        {u"provider"_s, optionalText(provider)},
        {u"model"_s, optionalText(model)},
        {u"stream"_s, streaming},
        {u"message_count"_s, messageCount},
        {u"result"_s, result ? QJsonValue(resultJson(*result)) : QJsonValue(QJsonValue::Null)},
        {u"error"_s, error ? QJsonValue(error->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"usage"_s, usage.toJson()},
        {u"usage_estimated"_s, usageEstimated},
        {u"cost_usd"_s, optionalJson(costUsd)},
        {u"timings"_s, QJsonObject{{u"ttft_ms"_s, optionalJson(timeToFirstTokenMs)},
                                   {u"total_ms"_s, optionalJson(totalMs)},
                                   {u"tokens_per_second"_s, optionalJson(tokensPerSecond)}}},
    };
    return preserved.apply(typed);
}

std::optional<ConversationRun> ConversationRun::fromJson(const QJsonValue &value, JsonError *error,
                                                         const QString &path)
{
    JsonFields fields(value, path, error);
    ConversationRun run;
    QJsonObject timings;
    if (!fields.isObject() || !fields.optionalString(u"profile"_s, &run.profileName)
        || !fields.optionalString(u"provider"_s, &run.provider)
        || !fields.optionalString(u"model"_s, &run.model)
        || !fields.optionalBool(u"stream"_s, &run.streaming)
        || !fields.optionalInteger(u"message_count"_s, &run.messageCount)
        || !fields.optionalBool(u"usage_estimated"_s, &run.usageEstimated)
        || !fields.optionalNumber(u"cost_usd"_s, &run.costUsd)
        || !fields.optionalObject(u"timings"_s, &timings)
        || !conversationTimeFromJson(fields.object().value(u"started_at"_s), &run.startedAt, error,
                                     fields.childPath(u"started_at"_s)))
        return std::nullopt;
    JsonFields times(timings, fields.childPath(u"timings"_s), error);
    if (!times.optionalInteger(u"ttft_ms"_s, &run.timeToFirstTokenMs)
        || !times.optionalInteger(u"total_ms"_s, &run.totalMs)
        || !times.optionalNumber(u"tokens_per_second"_s, &run.tokensPerSecond))
        return std::nullopt;
    const QJsonObject o = fields.object();
    if (const QJsonValue v = o.value(u"result"_s); !v.isUndefined() && !v.isNull()) {
        auto result = CreateResult::fromJson(v, error, fields.childPath(u"result"_s));
        if (!result)
            return std::nullopt;
        run.result = *result;
    }
    if (const QJsonValue v = o.value(u"error"_s); !v.isUndefined() && !v.isNull()) {
        auto failure = ModelError::fromJson(v, error, fields.childPath(u"error"_s));
        if (!failure)
            return std::nullopt;
        run.error = *failure;
    }
    if (const QJsonValue v = o.value(u"usage"_s); !v.isUndefined() && !v.isNull()) {
        auto usage = RequestUsage::fromJson(v, error, fields.childPath(u"usage"_s));
        if (!usage)
            return std::nullopt;
        run.usage = *usage;
    } else if (run.result) {
        run.usage = run.result->usage;
    }
    run.preserved = PreservedJson(o, run.toJson());
    return run;
}

} // namespace modelkit
