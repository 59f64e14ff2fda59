// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/providerjob.h"

namespace modelkit {

//! An exact prompt token count from a provider's counting endpoint (Anthropic
//! `count_tokens`, Gemini `countTokens`); tokens() is valid after a successful finished().
class TokenCountJob : public ProviderJob
{
    Q_OBJECT

public:
    qint64 tokens() const { return m_tokens; }

    //! A job that fails with `error` on the next event-loop turn (refused before sending).
    static TokenCountJob *failed(const ModelError &error, QObject *parent);

protected:
    explicit TokenCountJob(QObject *parent);
    void finishWithTokens(qint64 tokens);

private:
    qint64 m_tokens = 0;
};

} // namespace modelkit
