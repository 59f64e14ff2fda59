// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! A failed call, typed. Never mixed into reply content: a job that fails keeps its partial
//! reply in result() and reports this in error().
struct ModelError
{
    enum class Kind {
        InvalidRequest,      //!< rejected locally before sending (bad schema, no messages…)
        Unsupported,         //!< the model or provider lacks a requested capability
        Network,             //!< connection refused/reset, DNS, TLS
        Timeout,             //!< idle or total timeout
        Cancelled,           //!< cancel() was called
        BadRequest,          //!< HTTP 400
        Authentication,      //!< HTTP 401
        PermissionDenied,    //!< HTTP 403 (and 402 billing)
        NotFound,            //!< HTTP 404
        Conflict,            //!< HTTP 409
        RequestTooLarge,     //!< HTTP 413
        UnprocessableEntity, //!< HTTP 422
        RateLimit,           //!< HTTP 429
        Server,              //!< HTTP 5xx
        Overloaded,          //!< HTTP 529 / overloaded_error
        Http,                //!< any other non-success HTTP status
        InvalidResponse,     //!< a body we could not understand, or a truncated stream
        Provider,            //!< an error event inside an otherwise successful stream
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;                 //!< 0 when no HTTP response was received
    QString providerCode;               //!< e.g. "rate_limit_exceeded", "insufficient_quota"
    QString message;                    //!< the provider's own message when it sent one
    std::optional<qint64> retryAfterMs; //!< server's hint, when given
    QString requestId;                  //!< x-request-id / request-id, for support tickets

    static ModelError make(Kind kind, const QString &message, int httpStatus = 0);
    //! The kind the official SDKs give an HTTP status.
    static Kind kindForStatus(int status);
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    //! "rate_limit (HTTP 429): message [request req_123]" for logs and the CLI.
    QString toString() const;

    QJsonObject toJson() const;
    static std::optional<ModelError> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                              const QString &path = QStringLiteral("$"));
    bool operator==(const ModelError &) const = default;
};

} // namespace modelkit
