// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/createresult.h"

#include "core/assistantmessage.h"
#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QString CreateResult::text() const
{
    if (const auto *s = std::get_if<QString>(&content))
        return *s;
    return {};
}

QList<FunctionCall> CreateResult::functionCalls() const
{
    if (const auto *calls = std::get_if<QList<FunctionCall>>(&content))
        return *calls;
    return {};
}

AssistantMessage CreateResult::toAssistantMessage() const
{
    AssistantMessage message;
    message.content = content;
    message.thought = thought;
    message.providerState = providerState;
    return message;
}

QJsonObject CreateResult::toJson(JsonDetail detail) const
{
    QJsonObject o{
        {u"finish_reason"_s, finishReasonName(finishReason)},
        {u"content"_s, contentToJson(content)},
        {u"usage"_s, usage.toJson()},
        {u"cached"_s, cached},
        {u"logprobs"_s, logprobs ? QJsonValue(*logprobs) : QJsonValue()},
        {u"thought"_s, thought ? QJsonValue(*thought) : QJsonValue()},
    };
    if (!model.isEmpty())
        o.insert(u"model"_s, model);
    if (!responseId.isEmpty())
        o.insert(u"response_id"_s, responseId);
    if (!providerState.isEmpty())
        o.insert(u"provider_state"_s, providerState);
    if (detail == JsonDetail::WithInspector) {
        o.insert(u"raw"_s, raw);
        o.insert(u"exchange"_s, exchange.toJson());
    }
    return o;
}

std::optional<CreateResult> CreateResult::fromJson(const QJsonValue &value, JsonError *error,
                                                   const QString &path)
{
    JsonFields fields(value, path, error);
    CreateResult result;
    QString finish;
    QJsonObject usage, exchange;
    QJsonArray logprobs;
    if (!fields.isObject() || !fields.requireString(u"finish_reason"_s, &finish)
        || !fields.optionalBool(u"cached"_s, &result.cached)
        || !fields.optionalString(u"thought"_s, &result.thought)
        || !fields.optionalString(u"model"_s, &result.model)
        || !fields.optionalString(u"response_id"_s, &result.responseId)
        || !fields.optionalObject(u"raw"_s, &result.raw)
        || !fields.optionalObject(u"provider_state"_s, &result.providerState)
        || !fields.optionalObject(u"usage"_s, &usage)
        || !fields.optionalObject(u"exchange"_s, &exchange)
        || !fields.optionalArray(u"logprobs"_s, &logprobs))
        return std::nullopt;
    const auto reason = finishReasonFromName(finish);
    if (!reason) {
        fields.fail(u"finish_reason"_s,
                    u"expected stop, length, function_calls, content_filter or unknown"_s);
        return std::nullopt;
    }
    result.finishReason = *reason;
    if (!contentFromJson(fields.object().value(u"content"_s), &result.content, error,
                         fields.childPath(u"content"_s)))
        return std::nullopt;
    if (fields.object().value(u"logprobs"_s).isArray())
        result.logprobs = logprobs;
    auto parsedUsage = RequestUsage::fromJson(usage, error, fields.childPath(u"usage"_s));
    if (!parsedUsage)
        return std::nullopt;
    result.usage = *parsedUsage;
    if (!exchange.isEmpty()) {
        auto parsedExchange = Exchange::fromJson(exchange, error, fields.childPath(u"exchange"_s));
        if (!parsedExchange)
            return std::nullopt;
        result.exchange = *parsedExchange;
    }
    return result;
}

} // namespace modelkit
