// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/httpmodellistjob.h"

#include "providers/callerror.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace modelkit {

HttpModelListJob::HttpModelListJob(HttpTransport *transport, const HttpRequest &firstPage,
                                   const TransportOptions &options, PageParser parser,
                                   std::unique_ptr<ResponseReader> errorReader, QObject *parent)
    : ModelListJob(parent)
    , m_transport(transport)
    , m_request(firstPage)
    , m_options(options)
    , m_parser(std::move(parser))
    , m_errorReader(std::move(errorReader))
{
    // Deferred: nothing may finish before the caller has connected.
    QMetaObject::invokeMethod(
        this, [this] { request(m_request.url); }, Qt::QueuedConnection);
}

HttpModelListJob::~HttpModelListJob() = default;

void HttpModelListJob::abortWork()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

void HttpModelListJob::request(const QUrl &url)
{
    if (isFinished())
        return;
    HttpRequest page = m_request;
    page.url = url;
    if (m_call)
        m_call->deleteLater();
    m_call = m_transport->prepare(page, m_options, this);
    connect(m_call, &HttpCall::finished, this, &HttpModelListJob::onCallFinished);
    m_call->start();
}

void HttpModelListJob::onCallFinished()
{
    if (m_call->outcome() != HttpCall::Outcome::Success) {
        finishWithError(errorForFailedCall(*m_call, *m_errorReader));
        return;
    }
    QString problem;
    QUrl next;
    m_collected += m_parser(m_call->body(), &problem, &next);
    if (!problem.isEmpty()) {
        finishWithError(
            ModelError::make(ModelError::Kind::InvalidResponse, problem, m_call->status()));
        return;
    }
    if (next.isValid() && ++m_pages < maxPages) {
        request(next);
        return;
    }
    std::sort(m_collected.begin(), m_collected.end(),
              [](const ModelDescriptor &a, const ModelDescriptor &b) { return a.id < b.id; });
    finishWithModels(m_collected);
}

} // namespace modelkit
