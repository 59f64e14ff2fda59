// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/modelerror.h"

#include "core/jsonfields.h"

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

struct KindName
{
    ModelError::Kind kind;
    const char16_t *name;
};

constexpr std::array kindNames{
    KindName{ModelError::Kind::InvalidRequest, u"invalid_request"},
    KindName{ModelError::Kind::Unsupported, u"unsupported"},
    KindName{ModelError::Kind::Network, u"network"},
    KindName{ModelError::Kind::Timeout, u"timeout"},
    KindName{ModelError::Kind::Cancelled, u"cancelled"},
    KindName{ModelError::Kind::BadRequest, u"bad_request"},
    KindName{ModelError::Kind::Authentication, u"authentication"},
    KindName{ModelError::Kind::PermissionDenied, u"permission_denied"},
    KindName{ModelError::Kind::NotFound, u"not_found"},
    KindName{ModelError::Kind::Conflict, u"conflict"},
    KindName{ModelError::Kind::RequestTooLarge, u"request_too_large"},
    KindName{ModelError::Kind::UnprocessableEntity, u"unprocessable_entity"},
    KindName{ModelError::Kind::RateLimit, u"rate_limit"},
    KindName{ModelError::Kind::Server, u"server"},
    KindName{ModelError::Kind::Overloaded, u"overloaded"},
    KindName{ModelError::Kind::Http, u"http"},
    KindName{ModelError::Kind::InvalidResponse, u"invalid_response"},
    KindName{ModelError::Kind::Provider, u"provider"},
};

} // namespace

ModelError ModelError::make(Kind kind, const QString &message, int httpStatus)
{
    ModelError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    return error;
}

ModelError::Kind ModelError::kindForStatus(int status)
{
    switch (status) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Authentication;
    case 402:
    case 403:
        return Kind::PermissionDenied;
    case 404:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 409:
        return Kind::Conflict;
    case 413:
        return Kind::RequestTooLarge;
    case 422:
        return Kind::UnprocessableEntity;
    case 429:
        return Kind::RateLimit;
    case 529:
        return Kind::Overloaded;
    default:
        return status >= 500 ? Kind::Server : Kind::Http;
    }
}

QString ModelError::kindName(Kind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    }
    return u"unknown"_s;
}

std::optional<ModelError::Kind> ModelError::kindFromName(const QString &name)
{
    for (const KindName &entry : kindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString ModelError::toString() const
{
    QString text = kindName(kind);
    if (httpStatus > 0)
        text += u" (HTTP "_s + QString::number(httpStatus) + u')';
    if (!message.isEmpty())
        text += u": "_s + message;
    if (retryAfterMs)
        text += u" [retry after %1 s]"_s.arg(double(*retryAfterMs) / 1000.0);
    if (!requestId.isEmpty())
        text += u" [request "_s + requestId + u']';
    return text;
}

QJsonObject ModelError::toJson() const
{
    QJsonObject o{{u"kind"_s, kindName(kind)},
                  {u"http_status"_s, httpStatus > 0 ? QJsonValue(httpStatus) : QJsonValue()},
                  {u"message"_s, message},
                  {u"request_id"_s, requestId.isEmpty() ? QJsonValue() : QJsonValue(requestId)}};
    if (!providerCode.isEmpty())
        o.insert(u"provider_code"_s, providerCode);
    if (retryAfterMs)
        o.insert(u"retry_after"_s, double(*retryAfterMs) / 1000.0);
    return o;
}

std::optional<ModelError> ModelError::fromJson(const QJsonValue &value, JsonError *error,
                                               const QString &path)
{
    JsonFields fields(value, path, error);
    ModelError result;
    QString kind;
    qint64 status = 0;
    std::optional<double> retryAfter;
    if (!fields.isObject() || !fields.requireString(u"kind"_s, &kind)
        || !fields.optionalInteger(u"http_status"_s, &status)
        || !fields.optionalString(u"message"_s, &result.message)
        || !fields.optionalString(u"provider_code"_s, &result.providerCode)
        || !fields.optionalString(u"request_id"_s, &result.requestId)
        || !fields.optionalNumber(u"retry_after"_s, &retryAfter))
        return std::nullopt;
    const auto parsedKind = kindFromName(kind);
    if (!parsedKind) {
        fields.fail(u"kind"_s, u"unknown error kind \"%1\""_s.arg(kind));
        return std::nullopt;
    }
    result.kind = *parsedKind;
    result.httpStatus = int(status);
    if (retryAfter)
        result.retryAfterMs = std::llround(*retryAfter * 1000.0); // 1.001 s * 1000 < 1001
    return result;
}

} // namespace modelkit
