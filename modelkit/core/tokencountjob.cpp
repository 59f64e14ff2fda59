// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/tokencountjob.h"

#include <QTimer>

namespace modelkit {

TokenCountJob::TokenCountJob(QObject *parent) : ProviderJob(parent) {}

TokenCountJob *TokenCountJob::failed(const ModelError &error, QObject *parent)
{
    auto *job = new TokenCountJob(parent);
    QTimer::singleShot(0, job, [job, error] { job->finishWithError(error); });
    return job;
}

void TokenCountJob::finishWithTokens(qint64 tokens)
{
    if (isFinished())
        return;
    m_tokens = tokens;
    finishSuccessfully();
}

} // namespace modelkit
