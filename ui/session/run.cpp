// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "session/run.h"

#include "core/tokenestimator.h"

#include <algorithm>

#include <QDateTime>

using namespace modelkit;

namespace playground {

Run::Run(int number, std::shared_ptr<ChatCompletionClient> client, const CompletionRequest &request,
         bool streaming, const QString &providerLabel, QObject *parent)
    : QObject(parent)
    , m_number(number)
    , m_client(std::move(client))
    , m_request(request)
    , m_streaming(streaming)
    , m_providerLabel(providerLabel)
    , m_providerName(m_client->providerName())
    , m_model(m_client->model())
    , m_contextWindow(m_client->modelInfo().contextWindow)
{
    m_clock.start();
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_job = streaming ? m_client->createStream(request) : m_client->create(request);
    connect(m_job, &CompletionJob::textDelta, this, [this](const QString &text) {
        m_text += text;
        record(StreamEvent::Kind::Text, text.size());
        Q_EMIT textDelta(text);
    });
    connect(m_job, &CompletionJob::thoughtDelta, this, [this](const QString &text) {
        m_thought += text;
        record(StreamEvent::Kind::Thought, text.size());
        Q_EMIT thoughtDelta(text);
    });
    connect(m_job, &CompletionJob::toolCallDelta, this,
            [this](int index, const QString &id, const QString &name, const QString &fragment) {
                if (index < 0)
                    return;
                while (m_calls.size() <= index)
                    m_calls.append(StreamedCall{});
                StreamedCall &call = m_calls[index];
                if (!id.isEmpty())
                    call.id = id;
                if (!name.isEmpty())
                    call.name = name;
                call.arguments += fragment;
                record(StreamEvent::Kind::ToolCall, fragment.size(), index, name);
                Q_EMIT toolCallDelta(index, name, fragment);
            });
    connect(m_job, &CompletionJob::finished, this, &Run::onFinished);
}

Run::Run(int number, const ConversationRun &saved, const CompletionRequest &request,
         QObject *parent)
    : QObject(parent)
    , m_number(number)
    , m_request(request)
    , m_streaming(saved.streaming)
    , m_providerLabel(saved.profileName)
    , m_providerName(saved.provider)
    , m_model(saved.model)
    , m_restored(true)
    , m_restoredCostUsd(saved.costUsd)
    , m_saved(saved)
{
    m_startedAtMs = saved.startedAt.isValid() ? saved.startedAt.toMSecsSinceEpoch() : 0;
    m_finishedAfterMs = saved.totalMs.value_or(0);
    m_firstTokenMs = saved.timeToFirstTokenMs;
    m_result = saved.result.value_or(CreateResult{});
    m_error = saved.error;
    m_state = !m_error                                       ? State::Succeeded
              : m_error->kind == ModelError::Kind::Cancelled ? State::Cancelled
                                                             : State::Failed;
    m_text = m_result->text();
    m_thought = m_result->thought.value_or(QString());
    const QList<FunctionCall> calls = m_result->functionCalls();
    for (const FunctionCall &call : calls)
        m_calls.append({call.id, call.name, call.arguments});
    m_usage = saved.usage;
    m_usageEstimated = saved.usageEstimated;
}

ConversationRun Run::toConversationRun() const
{
    if (m_saved)
        return *m_saved;
    CreateResult reply = result();
    std::optional<ModelError> error = m_error;
    if (isRunning()) {
        // The reply so far, as a crash would leave it: text, reasoning and calls streamed.
        if (!m_calls.isEmpty()) {
            QList<FunctionCall> calls;
            for (const StreamedCall &call : m_calls)
                calls.append({call.id, call.name, call.arguments});
            reply.content = calls;
        } else {
            reply.content = m_text;
        }
        if (!m_thought.isEmpty())
            reply.thought = m_thought;
        ModelError interrupted;
        interrupted.kind = ModelError::Kind::Cancelled;
        interrupted.message = tr("The reply was still streaming when the conversation was saved.");
        error = interrupted;
    }
    ConversationRun run = ConversationRun::fromCall(
        reply, error, m_streaming,
        m_startedAtMs > 0 ? QDateTime::fromMSecsSinceEpoch(m_startedAtMs, Qt::UTC) : QDateTime());
    run.profileName = m_providerLabel;
    run.provider = m_providerName;
    run.model = m_model;
    run.messageCount = m_request.messages.size();
    run.usage = isRunning() ? RequestUsage{} : m_usage;
    run.usageEstimated = m_usageEstimated;
    run.costUsd = costUsd();
    run.timeToFirstTokenMs = m_firstTokenMs;
    if (!isRunning())
        run.totalMs = elapsedMs();
    run.tokensPerSecond = tokensPerSecond();
    return run;
}

Run::~Run()
{
    if (m_job) {
        // Stop the socket before the job outlives the window that showed it.
        QObject::disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job->deleteLater();
    }
}

qint64 Run::elapsedMs() const
{
    return m_finishedAfterMs >= 0 ? m_finishedAfterMs : m_clock.elapsed();
}

CreateResult Run::result() const
{
    if (m_result)
        return *m_result;
    return m_job ? m_job->result() : CreateResult{};
}

std::optional<double> Run::tokensPerSecond() const
{
    if (!m_firstTokenMs || m_finishedAfterMs < 0)
        return std::nullopt;
    const qint64 streamingMs = m_finishedAfterMs - *m_firstTokenMs;
    if (streamingMs <= 0)
        return std::nullopt;
    return m_usage.completionTokens * 1000.0 / streamingMs;
}

std::optional<double> Run::costUsd() const
{
    if (m_restored)
        return m_restoredCostUsd;
    if (isRunning())
        return std::nullopt;
    const CreateResult reply = result();
    if (reply.cached)
        return 0.0;
    return m_price.cost(m_usage);
}

void Run::cancel()
{
    if (m_job && isRunning())
        m_job->cancel();
}

void Run::record(StreamEvent::Kind kind, qint64 chars, int toolIndex, const QString &toolName)
{
    const qint64 at = m_clock.elapsed();
    if (!m_firstTokenMs
        && (kind == StreamEvent::Kind::Text || kind == StreamEvent::Kind::Thought
            || kind == StreamEvent::Kind::ToolCall))
        m_firstTokenMs = at;
    m_events.append({kind, at, chars, toolIndex, toolName});
    Q_EMIT eventAppended();
}

void Run::onFinished()
{
    m_finishedAfterMs = m_clock.elapsed();
    m_result = m_job->result();
    if (m_job->hasError()) {
        m_error = m_job->error();
        m_state = m_error->kind == ModelError::Kind::Cancelled ? State::Cancelled : State::Failed;
    } else {
        m_state = State::Succeeded;
    }
    m_usage = m_result->usage;
    // A stopped or broken stream (or a local server that reports nothing) may leave the
    // usage unreported or partial — Anthropic counts output from its first event on — yet
    // the provider bills what it generated: estimate what is missing, and say so.
    const bool complete = !m_error && !m_usage.isZero();
    if (!complete && !m_result->cached) {
        QString generated = m_thought + m_text;
        for (const StreamedCall &call : std::as_const(m_calls))
            generated += call.name + call.arguments;
        if (!generated.isEmpty()) {
            const qint64 prompt = TokenEstimator::request(m_request.messages, m_request.tools);
            const qint64 completion = TokenEstimator::text(generated);
            if (m_usage.promptTokens < prompt && m_usage.promptTokens == 0) {
                m_usage.promptTokens = prompt;
                m_usageEstimated = true;
            }
            if (m_usage.completionTokens < completion) {
                m_usage.completionTokens = completion;
                m_usage.reasoningTokens
                    = std::max(m_usage.reasoningTokens, TokenEstimator::text(m_thought));
                m_usageEstimated = true;
            }
        }
    }
    // Non-streamed replies arrive as one delta just before finished(); the clock of the
    // first "token" is then the end of the call, which is what the user waited.
    record(m_error ? StreamEvent::Kind::Failed : StreamEvent::Kind::Finished, 0);
    m_job->deleteLater();
    m_job = nullptr;
    Q_EMIT finished();
}

} // namespace playground
