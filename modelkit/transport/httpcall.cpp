// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "transport/httpcall.h"

#include "core/logging.h"
#include "transport/redactor.h"
#include "transport/retrypolicy.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

} // namespace

HttpCall::HttpCall(QNetworkAccessManager *nam, const HttpRequest &request,
                   const TransportOptions &options, QObject *parent)
    : QObject(parent), m_nam(nam), m_request(request), m_options(options)
{
    m_idleTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { abortReply(AbortReason::IdleTimeout); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        m_retryTimer.stop();
        if (m_reply) {
            abortReply(AbortReason::TotalTimeout);
        } else {
            m_errorString = u"the request took longer than %1 s in total"_s.arg(
                m_options.totalTimeoutMs / 1000.0);
            complete(Outcome::Timeout);
        }
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::sendAttempt);

    m_exchange.method = request.method;
    m_exchange.url = Redactor::url(request.url);
    m_exchange.requestHeaders = Redactor::headers(request.headers);
    m_exchange.requestBody = request.body;
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start()
{
    if (m_exchange.sentAtMs != 0 || isFinished())
        return;
    m_exchange.sentAtMs = nowMs();
    if (m_options.totalTimeoutMs > 0)
        m_totalTimer.start(m_options.totalTimeoutMs);
    sendAttempt();
}

void HttpCall::abort()
{
    if (isFinished())
        return;
    m_retryTimer.stop();
    if (m_reply) {
        abortReply(AbortReason::Cancelled);
    } else {
        m_errorString = u"cancelled"_s;
        complete(Outcome::Cancelled);
    }
}

void HttpCall::sendAttempt()
{
    if (!m_nam) {
        m_errorString = u"the network access manager is gone"_s;
        complete(Outcome::NetworkError);
        return;
    }
    m_status = 0;
    m_headRecorded = false;
    m_receivedBytes = 0;
    m_body.clear();
    m_responseHeaders.clear();
    m_errorString.clear();
    m_retryAfterMs.reset();
    m_exchange.status = 0;
    m_exchange.responseHeaders.clear();
    m_exchange.responseBody.clear();
    m_exchange.responseBodyTruncated = false;
    m_exchange.attempts.append({0, {}, m_pendingDelayMs});
    m_pendingDelayMs = 0;
    m_abortReason = AbortReason::None;

    QNetworkRequest request(m_request.url);
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_options.http2);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    // A redirect to another host would carry our API key there: follow same-origin only.
    // And only for GET/HEAD: following a redirect, Qt 6.4 may send the original request a
    // second time, and after a 307/308 of a POST it then fails with UnknownNetworkError,
    // which we would retry - one generation billed several times. POSTs get the 3xx.
    const bool idempotent = m_request.method == "GET" || m_request.method == "HEAD";
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         idempotent ? QNetworkRequest::SameOriginRedirectPolicy
                                    : QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0); // our idle timer distinguishes timeouts from cancels

    m_reply = m_nam->sendCustomRequest(request, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    connect(m_reply, &QObject::destroyed, this, [this] {
        // Deleted without finishing: its manager went away under a running call.
        if (isFinished())
            return;
        m_errorString = u"the network access manager was destroyed"_s;
        complete(Outcome::NetworkError);
    });
    // QNAM follows a same-origin redirect on the same reply: a new response head comes next.
    connect(m_reply, &QNetworkReply::redirected, this, [this] {
        m_status = 0;
        m_headRecorded = false;
        m_receivedBytes = 0;
        m_body.clear();
        m_responseHeaders.clear();
        m_exchange.responseBody.clear();
        m_exchange.responseBodyTruncated = false;
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // A non-streamed reply sends nothing until the whole answer is ready (minutes for
        // reasoning models): once the request is out, only the total timeout applies until
        // the response head arrives. Retrying there would bill the generation twice.
        if (!m_request.streaming && total > 0 && sent >= total)
            m_idleTimer.stop();
        else if (m_options.idleTimeoutMs > 0)
            m_idleTimer.start(m_options.idleTimeoutMs);
    });
    if (m_options.idleTimeoutMs > 0)
        m_idleTimer.start(m_options.idleTimeoutMs);
    qCDebug(lcModelkitTransport) << "attempt" << m_exchange.attempts.size() << m_request.method
                                 << m_exchange.url;
}

void HttpCall::recordResponseHead()
{
    if (m_headRecorded || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headRecorded = true;
    m_status = status.toInt();
    m_responseHeaders.clear();
    const auto pairs = m_reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        m_responseHeaders.append({pair.first, pair.second});
    m_exchange.status = m_status;
    m_exchange.responseHeaders = Redactor::headers(m_responseHeaders);
    m_exchange.attempts.last().status = m_status;
    m_exchange.firstByteAtMs = nowMs();
}

void HttpCall::onMetaData()
{
    if (m_options.idleTimeoutMs > 0)
        m_idleTimer.start(m_options.idleTimeoutMs);
    // New metadata means a new response head (a followed redirect): the last one wins.
    m_headRecorded = false;
    recordResponseHead();
}

void HttpCall::keepForInspector(const QByteArray &bytes)
{
    const qint64 room = m_options.inspectorBodyCap - m_exchange.responseBody.size();
    if (room >= bytes.size()) {
        m_exchange.responseBody += bytes;
    } else {
        if (room > 0)
            m_exchange.responseBody += bytes.left(room);
        m_exchange.responseBodyTruncated = true;
    }
}

void HttpCall::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_options.idleTimeoutMs > 0)
        m_idleTimer.start(m_options.idleTimeoutMs);
    recordResponseHead();
    const QByteArray chunk = m_reply->readAll();
    if (chunk.isEmpty())
        return;
    if (!takeBody(chunk))
        abortReply(AbortReason::TooLarge);
}

qint64 HttpCall::declaredLength() const
{
    // No body follows a HEAD or a 204; Qt drops Content-Length when it decompresses a body
    // itself, and a coded body is not counted.
    if (m_request.method == "HEAD" || m_status == 204)
        return -1;
    const QByteArray coding
        = headerValue(m_responseHeaders, "content-encoding").trimmed().toLower();
    if (!coding.isEmpty() && coding != "identity")
        return -1;
    bool ok = false;
    const qint64 length
        = headerValue(m_responseHeaders, "content-length").trimmed().toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

bool HttpCall::takeBody(const QByteArray &bytes)
{
    // Past maxResponseBytes only the part within the cap is taken: a stream keeps the events
    // that fit instead of losing the whole piece that crossed it.
    QByteArray taken = bytes;
    bool withinCap = true;
    if (m_options.maxResponseBytes > 0
        && m_receivedBytes + bytes.size() > m_options.maxResponseBytes) {
        taken = bytes.left(qMax<qint64>(0, m_options.maxResponseBytes - m_receivedBytes));
        withinCap = false;
    }
    m_receivedBytes += taken.size();
    if (!taken.isEmpty()) {
        keepForInspector(taken);
        if (m_request.streaming && isSuccess(m_status)) {
            m_bodyDelivered = true;
            Q_EMIT bodyData(taken); // may abort this call
        } else {
            m_body += taken;
        }
    }
    return withinCap;
}

void HttpCall::abortReply(AbortReason reason)
{
    if (!m_reply)
        return;
    m_abortReason = reason;
    m_reply->abort(); // emits finished synchronously → onReplyFinished
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_idleTimer.stop();
    recordResponseHead();
    if (m_abortReason == AbortReason::None) {
        // Drain what is left (non-streaming bodies arrive here in one piece).
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty() && !takeBody(rest) && m_abortReason == AbortReason::None)
            m_abortReason = AbortReason::TooLarge;
    }
    const QNetworkReply::NetworkError error = reply->error();
    const QString qtError = reply->errorString();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (isFinished())
        return;

    Exchange::Attempt &attempt = m_exchange.attempts.last();
    switch (m_abortReason) {
    case AbortReason::Cancelled:
        attempt.error = u"cancelled"_s;
        m_errorString = u"cancelled"_s;
        complete(Outcome::Cancelled);
        return;
    case AbortReason::TotalTimeout:
        attempt.error = u"total timeout"_s;
        m_errorString = u"the request took longer than %1 s in total"_s.arg(m_options.totalTimeoutMs
                                                                            / 1000.0);
        complete(Outcome::Timeout);
        return;
    case AbortReason::TooLarge:
        attempt.error = u"reply too large"_s;
        m_errorString = u"the reply exceeded %1 MB"_s.arg(
            TransportOptions::megabytes(m_options.maxResponseBytes));
        complete(Outcome::TooLarge);
        return;
    case AbortReason::IdleTimeout:
        attempt.error = u"idle timeout"_s;
        m_errorString = u"no data received for %1 s"_s.arg(m_options.idleTimeoutMs / 1000.0);
        if (!m_bodyDelivered && scheduleRetry(std::nullopt))
            return;
        complete(Outcome::Timeout);
        return;
    case AbortReason::None:
        break;
    }

    // Qt's transport-level errors are 1–199; 2xx–4xx codes mirror HTTP statuses we read below.
    // A redirect Qt refused to follow (other origin, loop) is the server's final answer.
    const bool redirectRefused = error == QNetworkReply::InsecureRedirectError
                                 || error == QNetworkReply::TooManyRedirectsError;
    bool transportFailure = error != QNetworkReply::NoError && int(error) < 200 && !redirectRefused;
    QString failure = qtError;
    if (redirectRefused) {
        attempt.error = qtError;
        m_errorString = qtError;
    }
    // Qt 6.4 now and then finishes a reply whose connection was reset mid-body as if it were
    // complete. A 2xx body shorter than its Content-Length was cut off, whatever Qt says.
    if (!transportFailure && isSuccess(m_status)) {
        const qint64 declared = declaredLength();
        if (declared >= 0 && m_receivedBytes < declared) {
            transportFailure = true;
            failure = tr("the connection closed after %1 of the %2 bytes of the reply")
                          .arg(m_receivedBytes)
                          .arg(declared);
        }
    }
    if (transportFailure) {
        attempt.error = failure;
        m_errorString = failure;
        if (!m_bodyDelivered && scheduleRetry(std::nullopt))
            return;
        complete(Outcome::NetworkError);
        return;
    }
    if (isSuccess(m_status)) {
        complete(Outcome::Success);
        return;
    }
    if (m_status == 0) {
        attempt.error = qtError;
        m_errorString = qtError.isEmpty() ? u"no HTTP response"_s : qtError;
        complete(Outcome::NetworkError);
        return;
    }
    m_retryAfterMs = RetryPolicy::serverDelayMs(m_responseHeaders, QDateTime::currentDateTimeUtc());
    if (RetryPolicy::isRetryableStatus(m_status, m_responseHeaders)
        && scheduleRetry(m_retryAfterMs))
        return;
    complete(Outcome::HttpError);
}

bool HttpCall::scheduleRetry(std::optional<qint64> serverDelay)
{
    if (m_retriesTaken >= m_options.maxRetries)
        return false;
    qint64 delay = 0;
    if (serverDelay && *serverDelay > m_options.maxRetryDelayMs)
        return false; // the user should see "retry in N s" rather than a frozen request
    if (serverDelay && *serverDelay > 0)
        delay = *serverDelay;
    else
        delay = RetryPolicy::backoffMs(m_retriesTaken, QRandomGenerator::global()->generateDouble(),
                                       m_options.initialBackoffMs, m_options.maxBackoffMs);
    if (m_totalTimer.isActive() && delay >= m_totalTimer.remainingTime())
        return false;
    ++m_retriesTaken;
    m_pendingDelayMs = delay;
    qCDebug(lcModelkitTransport) << "retrying in" << delay << "ms after status" << m_status;
    m_retryTimer.start(int(delay));
    return true;
}

void HttpCall::complete(Outcome outcome)
{
    if (isFinished())
        return;
    m_outcome = outcome;
    m_idleTimer.stop();
    m_totalTimer.stop();
    m_retryTimer.stop();
    m_exchange.doneAtMs = nowMs();
    Q_EMIT finished();
}

} // namespace modelkit
