// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/tokencountjob.h"

namespace modelkit {

TokenCountJob::TokenCountJob(QObject *parent) : QObject(parent) {}

TokenCountJob::~TokenCountJob() = default;

const ModelError &TokenCountJob::error() const
{
    static const ModelError none;
    return m_error ? *m_error : none;
}

void TokenCountJob::cancel()
{
    if (m_finished)
        return;
    abortWork();
    finishWithError(
        ModelError::make(ModelError::Kind::Cancelled, QStringLiteral("the request was cancelled")));
}

void TokenCountJob::finishWithTokens(qint64 tokens)
{
    if (m_finished)
        return;
    m_tokens = tokens;
    m_finished = true;
    Q_EMIT finished();
}

void TokenCountJob::finishWithError(const ModelError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace modelkit
