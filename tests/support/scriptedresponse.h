// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace testsupport {

// What the loopback server sends back for one request, including how to misbehave.
struct ScriptedResponse
{
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // Note: QNetworkAccessManager resends a request once when the connection dies before any
    // response byte, so script a *BeforeHeaders fault twice for the error to reach the caller.
    enum class Fault {
        None,
        CloseBeforeHeaders, // read the request, close the socket (FIN) without answering
        ResetBeforeHeaders, // read the request, reset the connection (RST)
        ResetAfterBytes,    // send headers + faultAfterBytes body bytes, then RST
        StallAfterBytes,    // send headers + faultAfterBytes body bytes, then go silent
    };

    int status = 200;
    QByteArray reason; // empty: the standard phrase for status
    Headers headers;   // sent as given; Content-Length/Transfer-Encoding added unless present
    QByteArray body;
    bool chunked = false;  // Transfer-Encoding: chunked instead of Content-Length
    int chunkSize = 0;     // 0: the body in one write; otherwise pieces of this many bytes
    int chunkDelayMs = 0;  // delay between pieces
    int trickleBytes = 0;  // the first trickleBytes body bytes go one per piece (a slow trickle)
    int headerDelayMs = 0; // delay before the status line (or before a *BeforeHeaders fault)
    Fault fault = Fault::None;
    qint64 faultAfterBytes = 0; // body bytes (not chunk framing) sent before the fault

    static ScriptedResponse json(int status, const QJsonObject &body, const Headers &headers = {});
    static ScriptedResponse json(int status, const QByteArray &body, const Headers &headers = {});
    static ScriptedResponse text(int status, const QByteArray &body,
                                 const QByteArray &contentType = "text/plain; charset=utf-8");
    // 200, text/event-stream, chunked, Cache-Control: no-cache.
    static ScriptedResponse sse(const QByteArray &transcript, int chunkSize = 0,
                                int chunkDelayMs = 0);
    // 200, application/x-ndjson, chunked.
    static ScriptedResponse ndjson(const QByteArray &lines, int chunkSize = 0,
                                   int chunkDelayMs = 0);

    // Bytes of a fixture file; empty (with a qWarning) when it cannot be read.
    static QByteArray fromFile(const QString &path);

    // Set a header, replacing any of the same name (case-insensitive).
    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value) &;
    ScriptedResponse withHeader(const QByteArray &name, const QByteArray &value) &&;
    ScriptedResponse &withFault(Fault newFault, qint64 afterBytes = 0) &;
    ScriptedResponse withFault(Fault newFault, qint64 afterBytes = 0) &&;

    // Case-insensitive header lookup; empty when absent.
    QByteArray headerValue(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // reason, or the standard phrase for status when reason is empty.
    QByteArray reasonPhrase() const;
};

} // namespace testsupport
