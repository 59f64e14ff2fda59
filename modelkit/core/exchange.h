// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"
#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace modelkit {

//! What went over the wire for one call, for the inspector: the request and the final
//! response with their headers and bodies, every attempt, and timings. Secrets (keys,
//! tokens, cookies, `key=` query items) are redacted before they are stored here.
struct Exchange
{
    //! One HTTP attempt; retries add more.
    struct Attempt
    {
        int status = 0;           //!< 0 when no response arrived
        QString error;            //!< network-level error text, if any
        qint64 delayBeforeMs = 0; //!< backoff waited before this attempt
        bool operator==(const Attempt &) const = default;
    };

    QByteArray method;
    QString url;
    HttpHeaders requestHeaders;
    QByteArray requestBody;
    int status = 0;
    HttpHeaders responseHeaders;
    QByteArray responseBody;
    bool responseBodyTruncated = false; //!< the body exceeded the inspector's cap
    QList<Attempt> attempts;
    // Wall-clock milliseconds since the epoch; 0 = not reached.
    qint64 sentAtMs = 0;
    qint64 firstByteAtMs = 0;
    qint64 firstTokenAtMs = 0;
    qint64 doneAtMs = 0;

    std::optional<qint64> timeToFirstTokenMs() const;
    std::optional<qint64> durationMs() const;

    QJsonObject toJson() const;
    static std::optional<Exchange> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                            const QString &path = QStringLiteral("$"));
    bool operator==(const Exchange &) const = default;
};

} // namespace modelkit
