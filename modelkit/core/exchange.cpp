// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/exchange.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

std::optional<qint64> Exchange::timeToFirstTokenMs() const
{
    if (sentAtMs == 0 || firstTokenAtMs == 0)
        return std::nullopt;
    return firstTokenAtMs - sentAtMs;
}

std::optional<qint64> Exchange::durationMs() const
{
    if (sentAtMs == 0 || doneAtMs == 0)
        return std::nullopt;
    return doneAtMs - sentAtMs;
}

QJsonObject Exchange::toJson() const
{
    QJsonArray attemptArray;
    for (const Attempt &a : attempts) {
        QJsonObject o{{u"status"_s, a.status}, {u"delay_before_ms"_s, a.delayBeforeMs}};
        if (!a.error.isEmpty())
            o.insert(u"error"_s, a.error);
        attemptArray.append(o);
    }
    return {
        {u"request"_s, QJsonObject{{u"method"_s, QString::fromLatin1(method)},
                                   {u"url"_s, url},
                                   {u"headers"_s, httpHeadersToJson(requestHeaders)},
                                   {u"body"_s, QString::fromUtf8(requestBody)}}},
        {u"response"_s, QJsonObject{{u"status"_s, status},
                                    {u"headers"_s, httpHeadersToJson(responseHeaders)},
                                    {u"body"_s, QString::fromUtf8(responseBody)},
                                    {u"body_truncated"_s, responseBodyTruncated}}},
        {u"attempts"_s, attemptArray},
        {u"timings"_s, QJsonObject{{u"sent_at_ms"_s, sentAtMs},
                                   {u"first_byte_at_ms"_s, firstByteAtMs},
                                   {u"first_token_at_ms"_s, firstTokenAtMs},
                                   {u"done_at_ms"_s, doneAtMs}}},
    };
}

std::optional<Exchange> Exchange::fromJson(const QJsonValue &value, JsonError *error,
                                           const QString &path)
{
    JsonFields fields(value, path, error);
    QJsonObject request, response, timings;
    QJsonArray attempts;
    if (!fields.isObject() || !fields.optionalObject(u"request"_s, &request)
        || !fields.optionalObject(u"response"_s, &response)
        || !fields.optionalObject(u"timings"_s, &timings)
        || !fields.optionalArray(u"attempts"_s, &attempts))
        return std::nullopt;
    Exchange exchange;
    JsonFields req(request, fields.childPath(u"request"_s), error);
    JsonFields resp(response, fields.childPath(u"response"_s), error);
    JsonFields times(timings, fields.childPath(u"timings"_s), error);
    QString method, requestBody, responseBody;
    QJsonArray requestHeaders, responseHeaders;
    qint64 status = 0;
    if (!req.optionalString(u"method"_s, &method) || !req.optionalString(u"url"_s, &exchange.url)
        || !req.optionalArray(u"headers"_s, &requestHeaders)
        || !req.optionalString(u"body"_s, &requestBody)
        || !resp.optionalInteger(u"status"_s, &status)
        || !resp.optionalArray(u"headers"_s, &responseHeaders)
        || !resp.optionalString(u"body"_s, &responseBody)
        || !resp.optionalBool(u"body_truncated"_s, &exchange.responseBodyTruncated)
        || !times.optionalInteger(u"sent_at_ms"_s, &exchange.sentAtMs)
        || !times.optionalInteger(u"first_byte_at_ms"_s, &exchange.firstByteAtMs)
        || !times.optionalInteger(u"first_token_at_ms"_s, &exchange.firstTokenAtMs)
        || !times.optionalInteger(u"done_at_ms"_s, &exchange.doneAtMs)
        || !httpHeadersFromJson(requestHeaders, &exchange.requestHeaders, error,
                                req.childPath(u"headers"_s))
        || !httpHeadersFromJson(responseHeaders, &exchange.responseHeaders, error,
                                resp.childPath(u"headers"_s)))
        return std::nullopt;
    exchange.method = method.toLatin1();
    exchange.requestBody = requestBody.toUtf8();
    exchange.responseBody = responseBody.toUtf8();
    exchange.status = int(status);
    for (qsizetype i = 0; i < attempts.size(); ++i) {
        JsonFields a(attempts.at(i),
                     fields.childPath(u"attempts"_s) + u'[' + QString::number(i) + u']', error);
        Attempt attempt;
        qint64 attemptStatus = 0;
        if (!a.isObject() || !a.optionalInteger(u"status"_s, &attemptStatus)
            || !a.optionalString(u"error"_s, &attempt.error)
            || !a.optionalInteger(u"delay_before_ms"_s, &attempt.delayBeforeMs))
            return std::nullopt;
        attempt.status = int(attemptStatus);
        exchange.attempts << attempt;
    }
    return exchange;
}

} // namespace modelkit
