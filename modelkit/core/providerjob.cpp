// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/providerjob.h"

namespace modelkit {

ProviderJob::ProviderJob(QObject *parent) : QObject(parent) {}

ProviderJob::~ProviderJob() = default;

const ModelError &ProviderJob::error() const
{
    static const ModelError none;
    return m_error ? *m_error : none;
}

void ProviderJob::cancel()
{
    if (m_finished)
        return;
    abortWork();
    finishWithError(
        ModelError::make(ModelError::Kind::Cancelled, QStringLiteral("the request was cancelled")));
}

void ProviderJob::finishSuccessfully()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

void ProviderJob::finishWithError(const ModelError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace modelkit
