// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrlQuery>

namespace testsupport {

// One HTTP request as the loopback server saw it on the wire.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;   // request target without the query string, still percent-encoded
    QUrlQuery query;   // parsed from the part after '?'
    QByteArray target; // raw request target, exactly as sent
    QMap<QByteArray, QByteArray> headers; // names lowercased; repeated headers joined with ", "
    QByteArray body;                      // de-chunked when the request used chunked encoding
    QDateTime receivedAt;                 // UTC, when the request was complete

    // The body parsed as JSON; empty when it is not a JSON object.
    QJsonObject json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isObject() ? doc.object() : QJsonObject();
    }

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        return headers.value(name.toByteArray().toLower());
    }

    bool hasHeader(QByteArrayView name) const
    {
        return headers.contains(name.toByteArray().toLower());
    }
};

} // namespace testsupport
