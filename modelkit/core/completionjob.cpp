// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/completionjob.h"

#include <QDateTime>
#include <QTimer>

namespace modelkit {

CompletionJob::CompletionJob(bool streaming, QObject *parent)
    : QObject(parent), m_streaming(streaming)
{
    m_builder.setObserver(this);
}

CompletionJob::~CompletionJob() = default;

CreateResult CompletionJob::result() const
{
    if (m_finished)
        return m_result;
    CreateResult partial = m_builder.build();
    partial.exchange = m_exchange;
    return partial;
}

const ModelError &CompletionJob::error() const
{
    static const ModelError none;
    return m_error ? *m_error : none;
}

void CompletionJob::cancel()
{
    if (m_finished)
        return;
    abortWork();
    finishWithError(
        ModelError::make(ModelError::Kind::Cancelled, QStringLiteral("the request was cancelled")));
}

CompletionJob *CompletionJob::failed(const ModelError &error, bool streaming, QObject *parent)
{
    auto *job = new CompletionJob(streaming, parent);
    job->finishWithErrorLater(error);
    return job;
}

void CompletionJob::setExchange(const Exchange &exchange)
{
    m_exchange = exchange;
}

void CompletionJob::finishWithResult()
{
    finish();
}

void CompletionJob::finishWithError(const ModelError &error)
{
    if (m_finished)
        return;
    m_error = error;
    finish();
}

void CompletionJob::finishWithErrorLater(const ModelError &error)
{
    QTimer::singleShot(0, this, [this, error] { finishWithError(error); });
}

void CompletionJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = m_builder.build();
    m_result.exchange = m_exchange;
    if (m_firstTokenAtMs != 0 && m_result.exchange.firstTokenAtMs == 0)
        m_result.exchange.firstTokenAtMs = m_firstTokenAtMs;
    if (m_result.exchange.doneAtMs == 0 && m_result.exchange.sentAtMs != 0)
        m_result.exchange.doneAtMs = QDateTime::currentMSecsSinceEpoch();
    m_builder.setObserver(nullptr);
    Q_EMIT finished();
}

void CompletionJob::noteFirstToken()
{
    if (m_firstTokenAtMs == 0)
        m_firstTokenAtMs = QDateTime::currentMSecsSinceEpoch();
}

void CompletionJob::textAppended(const QString &text)
{
    noteFirstToken();
    Q_EMIT textDelta(text);
}

void CompletionJob::thoughtAppended(const QString &text)
{
    noteFirstToken();
    Q_EMIT thoughtDelta(text);
}

void CompletionJob::toolCallAppended(int index, const QString &id, const QString &name,
                                     const QString &argumentsFragment)
{
    noteFirstToken();
    Q_EMIT toolCallDelta(index, id, name, argumentsFragment);
}

} // namespace modelkit
