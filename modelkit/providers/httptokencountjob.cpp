// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/httptokencountjob.h"

#include "providers/callerror.h"
#include "transport/httptransport.h"

namespace modelkit {

HttpTokenCountJob::HttpTokenCountJob(HttpTransport *transport, const HttpRequest &request,
                                     const TransportOptions &options, Parser parser,
                                     std::unique_ptr<ResponseReader> errorReader, QObject *parent)
    : TokenCountJob(parent)
    , m_call(transport->prepare(request, options, this))
    , m_parser(std::move(parser))
    , m_errorReader(std::move(errorReader))
{
    connect(m_call, &HttpCall::finished, this, &HttpTokenCountJob::onCallFinished);
    QMetaObject::invokeMethod(m_call, &HttpCall::start, Qt::QueuedConnection);
}

HttpTokenCountJob::~HttpTokenCountJob() = default;

void HttpTokenCountJob::abortWork()
{
    m_call->disconnect(this);
    m_call->abort();
}

void HttpTokenCountJob::onCallFinished()
{
    if (m_call->outcome() != HttpCall::Outcome::Success) {
        finishWithError(errorForFailedCall(*m_call, *m_errorReader));
        return;
    }
    QString problem;
    const qint64 tokens = m_parser(m_call->body(), &problem);
    if (!problem.isEmpty())
        finishWithError(
            ModelError::make(ModelError::Kind::InvalidResponse, problem, m_call->status()));
    else
        finishWithTokens(tokens);
}

} // namespace modelkit
