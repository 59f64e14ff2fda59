// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modelerror.h"

#include <QObject>

namespace modelkit {

//! An exact prompt token count from a provider's counting endpoint (Anthropic
//! `count_tokens`, Gemini `countTokens`). finished() comes exactly once; then tokens() or
//! error().
class TokenCountJob : public QObject
{
    Q_OBJECT

public:
    ~TokenCountJob() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    const ModelError &error() const;
    qint64 tokens() const { return m_tokens; }
    void cancel();

Q_SIGNALS:
    void finished();

protected:
    explicit TokenCountJob(QObject *parent);
    void finishWithTokens(qint64 tokens);
    void finishWithError(const ModelError &error);
    virtual void abortWork() {}

private:
    qint64 m_tokens = 0;
    std::optional<ModelError> m_error;
    bool m_finished = false;
};

} // namespace modelkit
