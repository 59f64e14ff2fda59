// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/replay/replayclient.h"

#include "core/tokenestimator.h"
#include "providers/replay/replaycompletionjob.h"

using namespace Qt::StringLiterals;

namespace modelkit {

ReplayClient::ReplayClient(const ReplayScript &script, QObject *parent)
    : ChatCompletionClient(parent), m_script(script)
{}

qsizetype ReplayClient::remainingResponses() const
{
    return m_script.loop ? m_script.responses.size() : m_script.responses.size() - m_next;
}

CompletionJob *ReplayClient::start(const CompletionRequest &request, bool streaming)
{
    if (m_next >= m_script.responses.size()) {
        if (!m_script.loop || m_script.responses.isEmpty())
            return CompletionJob::failed(
                ModelError::make(ModelError::Kind::InvalidRequest,
                                 u"the replay script has no more responses"_s),
                streaming, this);
        m_next = 0;
    }
    CreateResult scripted = m_script.responses.at(m_next++);
    if (scripted.model.isEmpty())
        scripted.model = m_model;
    // Like AutoGen's replay client, count tokens when the script gives no usage.
    if (scripted.usage.isZero()) {
        scripted.usage.promptTokens = TokenEstimator::request(request.messages, request.tools);
        qint64 completion = TokenEstimator::text(scripted.text());
        for (const FunctionCall &call : scripted.functionCalls())
            completion += TokenEstimator::text(call.name) + TokenEstimator::text(call.arguments);
        if (scripted.thought)
            completion += TokenEstimator::text(*scripted.thought);
        scripted.usage.completionTokens = completion;
    }
    auto *job = new ReplayCompletionJob(
        scripted, {m_script.firstTokenDelayMs, m_script.tokenDelayMs, m_script.jitterMs}, streaming,
        this);
    QMetaObject::invokeMethod(job, &ReplayCompletionJob::start, Qt::QueuedConnection);
    return job;
}

} // namespace modelkit
