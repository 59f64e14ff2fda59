// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/httpcompletionjob.h"

#include "providers/callerror.h"
#include "providers/errorbody.h"
#include "transport/httptransport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

QByteArray contentType(const HttpCall &call)
{
    return headerValue(call.responseHeaders(), "content-type").trimmed().toLower();
}

bool isWebPage(const QByteArray &contentType)
{
    return contentType.startsWith("text/html") || contentType.startsWith("application/xhtml");
}

//! A 2xx web page where the API's JSON or stream was expected: a captive portal, a proxy's
//! login page, a base URL that points at a website. No provider reader can make sense of it.
ModelError webPageError(const QByteArray &body)
{
    return ModelError::make(
        ModelError::Kind::InvalidResponse,
        QCoreApplication::translate("modelkit::HttpCompletionJob",
                                    "the server answered with a web page instead of the API's "
                                    "reply (a proxy or login page, or a wrong base URL?): %1")
            .arg(bodyExcerpt(body)));
}

} // namespace

HttpCompletionJob::HttpCompletionJob(HttpTransport *transport, const HttpRequest &request,
                                     const TransportOptions &options,
                                     std::unique_ptr<ResponseReader> reader, QObject *parent)
    : CompletionJob(request.streaming, parent)
    , m_call(transport->prepare(request, options, this))
    , m_reader(std::move(reader))
{
    m_reader->setMaxEventBytes(qsizetype(options.maxEventBytes));
    connect(m_call, &HttpCall::bodyData, this, &HttpCompletionJob::onBodyData);
    connect(m_call, &HttpCall::finished, this, &HttpCompletionJob::onCallFinished);
}

HttpCompletionJob::~HttpCompletionJob() = default;

HttpCompletionJob *HttpCompletionJob::launch(HttpTransport *transport, const HttpRequest &request,
                                             const TransportOptions &options,
                                             std::unique_ptr<ResponseReader> reader,
                                             QObject *parent)
{
    auto *job = new HttpCompletionJob(transport, request, options, std::move(reader), parent);
    // Deferred so that nothing, not even an immediate network failure or connection refusal,
    // reaches the caller before it has connected to the job.
    QMetaObject::invokeMethod(job, &HttpCompletionJob::start, Qt::QueuedConnection);
    return job;
}

void HttpCompletionJob::start()
{
    if (isFinished()) // cancelled before the deferred start ran
        return;
    setExchange(m_call->exchange());
    m_call->start();
}

void HttpCompletionJob::abortWork()
{
    m_call->disconnect(this);
    m_call->abort();
    setExchange(m_call->exchange());
    if (isStreaming() && !m_streamFailed)
        m_reader->abandon(builder());
}

void HttpCompletionJob::onBodyData(const QByteArray &chunk)
{
    if (m_streamFailed)
        return;
    if (!m_wholeBodyAnswer) {
        const QByteArray type = contentType(*m_call);
        m_wholeBodyAnswer = type.startsWith("application/json") || isWebPage(type);
    }
    if (*m_wholeBodyAnswer) {
        m_wholeBody += chunk;
        return;
    }
    m_reader->feed(chunk, builder());
    if (const auto error = m_reader->streamError()) {
        // The provider reported an error mid-stream or sent garbage: stop reading, keep
        // what arrived, report the error.
        m_streamFailed = true;
        m_call->disconnect(this);
        m_call->abort();
        setExchange(m_call->exchange());
        finishWithError(withRequestId(*error));
    }
}

ModelError HttpCompletionJob::withRequestId(ModelError error) const
{
    // The error's own id first (Anthropic's request_id), else the one readError() reports.
    if (error.requestId.isEmpty())
        error.requestId = requestIdFromHeaders(m_call->responseHeaders());
    return error;
}

void HttpCompletionJob::onCallFinished()
{
    setExchange(m_call->exchange());
    switch (m_call->outcome()) {
    case HttpCall::Outcome::Success:
        if (isWebPage(contentType(*m_call))) {
            finishWithError(
                withRequestId(webPageError(isStreaming() ? m_wholeBody : m_call->body())));
            return;
        }
        if (isStreaming() && m_wholeBodyAnswer.value_or(false)) {
            if (const auto error = m_reader->readBody(m_wholeBody, builder())) {
                finishWithError(withRequestId(*error));
                return;
            }
        } else if (isStreaming()) {
            m_reader->finish(builder());
            if (const auto error = m_reader->streamError()) {
                finishWithError(withRequestId(*error));
                return;
            }
        } else if (const auto error = m_reader->readBody(m_call->body(), builder())) {
            finishWithError(withRequestId(*error));
            return;
        }
        finishWithResult();
        return;
    default:
        // An event cut off by a failure is incomplete by definition: it is not flushed.
        if (isStreaming())
            m_reader->abandon(builder());
        finishWithError(errorForFailedCall(*m_call, *m_reader));
        return;
    }
}

} // namespace modelkit
