// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/exchange.h"
#include "transport/httprequest.h"
#include "transport/transportoptions.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace modelkit {

//! One logical request over HTTP, with the SDKs' retries, idle and total timeouts, and
//! cancellation. Created by HttpTransport.
//!
//! Signals: for a streaming request with a 2xx answer, `bodyData` carries each piece of the
//! body as it arrives. Once any body byte has been handed out the call is never retried
//! (a token may already be on screen). `finished` comes exactly once, also after abort().
class HttpCall : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Running,
        Success,      //!< 2xx; body() holds it unless streamed
        HttpError,    //!< final answer was not 2xx; status(), body() hold it
        NetworkError, //!< connection failed or dropped; errorString()
        Timeout,      //!< idle or total timeout; errorString()
        Cancelled,    //!< abort() was called
        TooLarge,     //!< reply exceeded TransportOptions::maxResponseBytes
    };

    HttpCall(QNetworkAccessManager *nam, const HttpRequest &request,
             const TransportOptions &options, QObject *parent = nullptr);
    ~HttpCall() override;

    //! Sends the first attempt. Separate from construction so callers can connect first.
    void start();
    //! Aborts the socket now and finishes with Cancelled.
    void abort();

    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Running; }
    int status() const { return m_status; }
    const HttpHeaders &responseHeaders() const { return m_responseHeaders; }
    //! Buffered body of a non-streamed success or of an error answer.
    const QByteArray &body() const { return m_body; }
    QString errorString() const { return m_errorString; }
    //! Server-requested delay seen on the final answer, if any.
    std::optional<qint64> retryAfterMs() const { return m_retryAfterMs; }
    bool bodyDelivered() const { return m_bodyDelivered; }
    int attemptCount() const { return int(m_exchange.attempts.size()); }
    //! Redacted record of the request and the final response.
    const Exchange &exchange() const { return m_exchange; }

Q_SIGNALS:
    void bodyData(const QByteArray &chunk);
    void finished();

private:
    enum class AbortReason { None, Cancelled, IdleTimeout, TotalTimeout, TooLarge };

    void sendAttempt();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void abortReply(AbortReason reason);
    bool scheduleRetry(std::optional<qint64> serverDelay);
    void complete(Outcome outcome);
    void recordResponseHead();
    void keepForInspector(const QByteArray &bytes);
    bool takeBody(const QByteArray &bytes);
    //! The response's Content-Length, or -1 when it has none that counts the body we read.
    qint64 declaredLength() const;

    QPointer<QNetworkAccessManager> m_nam;
    HttpRequest m_request;
    TransportOptions m_options;
    //! Guarded: the network access manager deletes its replies when it is destroyed.
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    AbortReason m_abortReason = AbortReason::None;
    Outcome m_outcome = Outcome::Running;
    int m_retriesTaken = 0;
    qint64 m_pendingDelayMs = 0;
    int m_status = 0;
    bool m_headRecorded = false;
    bool m_bodyDelivered = false;
    qint64 m_receivedBytes = 0;
    HttpHeaders m_responseHeaders;
    QByteArray m_body;
    QString m_errorString;
    std::optional<qint64> m_retryAfterMs;
    Exchange m_exchange;
};

} // namespace modelkit
