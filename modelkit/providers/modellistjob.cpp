// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/modellistjob.h"

#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace modelkit {

ModelListJob::ModelListJob(HttpTransport *transport, const HttpRequest &request,
                           const TransportOptions &options, Parser parser,
                           std::unique_ptr<ResponseReader> errorReader, QObject *parent)
    : QObject(parent)
    , m_call(transport->prepare(request, options, this))
    , m_parser(std::move(parser))
    , m_errorReader(std::move(errorReader))
{
    connect(m_call, &HttpCall::finished, this, &ModelListJob::onCallFinished);
    QMetaObject::invokeMethod(m_call, &HttpCall::start, Qt::QueuedConnection);
}

ModelListJob::~ModelListJob() = default;

const ModelError &ModelListJob::error() const
{
    static const ModelError none;
    return m_error ? *m_error : none;
}

void ModelListJob::cancel()
{
    if (m_finished)
        return;
    m_call->disconnect(this);
    m_call->abort();
    m_error = ModelError::make(ModelError::Kind::Cancelled, u"the request was cancelled"_s);
    finish();
}

void ModelListJob::onCallFinished()
{
    switch (m_call->outcome()) {
    case HttpCall::Outcome::Success: {
        QString problem;
        m_models = m_parser(m_call->body(), &problem);
        if (!problem.isEmpty())
            m_error
                = ModelError::make(ModelError::Kind::InvalidResponse, problem, m_call->status());
        break;
    }
    case HttpCall::Outcome::HttpError:
        m_error
            = m_errorReader->readError(m_call->status(), m_call->responseHeaders(), m_call->body());
        break;
    case HttpCall::Outcome::Timeout:
        m_error = ModelError::make(ModelError::Kind::Timeout, m_call->errorString());
        break;
    case HttpCall::Outcome::Cancelled:
        m_error = ModelError::make(ModelError::Kind::Cancelled, m_call->errorString());
        break;
    default:
        m_error = ModelError::make(ModelError::Kind::Network, m_call->errorString());
        break;
    }
    finish();
}

void ModelListJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace modelkit
