// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/tokencountjob.h"

namespace modelkit {

TokenCountJob::TokenCountJob(QObject *parent) : ProviderJob(parent) {}

void TokenCountJob::finishWithTokens(qint64 tokens)
{
    if (isFinished())
        return;
    m_tokens = tokens;
    finishSuccessfully();
}

} // namespace modelkit
