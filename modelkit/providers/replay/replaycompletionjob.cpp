// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/replay/replaycompletionjob.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

//! Word-sized pieces (a word and the whitespace after it), the grain of real streams.
QStringList pieces(const QString &text)
{
    static const QRegularExpression word(u"\\s*\\S+\\s*"_s);
    QStringList out;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured();
    if (out.isEmpty() && !text.isEmpty())
        out << text;
    return out;
}

} // namespace

ReplayCompletionJob::ReplayCompletionJob(const CreateResult &scripted, const Pacing &pacing,
                                         bool streaming, QObject *parent)
    : CompletionJob(streaming, parent), m_scripted(scripted), m_pacing(pacing)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReplayCompletionJob::playNext);
    planSteps();
}

void ReplayCompletionJob::planSteps()
{
    auto add = [this](Step::Kind kind, const QString &text) {
        const QStringList parts = isStreaming() ? pieces(text) : QStringList{text};
        for (const QString &part : parts)
            m_steps.append({kind, part, 0, {}, {}});
    };
    if (m_scripted.thought)
        add(Step::Kind::Thought, *m_scripted.thought);
    if (const auto *text = std::get_if<QString>(&m_scripted.content)) {
        add(Step::Kind::Text, *text);
    } else {
        const QList<FunctionCall> calls = m_scripted.functionCalls();
        for (int i = 0; i < calls.size(); ++i) {
            // First fragment names the call, later ones carry argument pieces (as OpenAI).
            m_steps.append({Step::Kind::ToolCall, {}, i, calls[i].id, calls[i].name});
            const QStringList parts
                = isStreaming() ? pieces(calls[i].arguments) : QStringList{calls[i].arguments};
            for (const QString &part : parts)
                m_steps.append({Step::Kind::ToolCall, part, i, {}, {}});
        }
    }
}

void ReplayCompletionJob::start()
{
    if (isFinished())
        return;
    Exchange exchange;
    exchange.method = "REPLAY";
    exchange.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    setExchange(exchange);
    m_timer.start(m_pacing.firstTokenDelayMs);
}

int ReplayCompletionJob::nextDelay() const
{
    const int jitter = m_pacing.jitterMs > 0
                           ? int(QRandomGenerator::global()->bounded(2 * m_pacing.jitterMs + 1))
                                 - m_pacing.jitterMs
                           : 0;
    return std::max(0, m_pacing.tokenDelayMs + jitter);
}

void ReplayCompletionJob::playNext()
{
    // Without a delay there is nothing to pace: play everything in one turn.
    do {
        if (isFinished()) // cancelled from a slot connected to one of our deltas
            return;
        if (m_next >= m_steps.size()) {
            builder().setFinishReason(m_scripted.finishReason);
            builder().setUsage(m_scripted.usage);
            builder().setCached(m_scripted.cached);
            builder().setModel(m_scripted.model);
            builder().setResponseId(m_scripted.responseId);
            if (m_scripted.logprobs)
                builder().appendLogprobs(*m_scripted.logprobs);
            builder().setRaw(m_scripted.raw);
            for (auto it = m_scripted.providerState.begin(); it != m_scripted.providerState.end();
                 ++it)
                builder().setProviderState(it.key(), it.value());
            finishWithResult();
            return;
        }
        const Step &step = m_steps.at(m_next++);
        switch (step.kind) {
        case Step::Kind::Thought:
            builder().appendThought(step.piece);
            break;
        case Step::Kind::Text:
            builder().appendText(step.piece);
            break;
        case Step::Kind::ToolCall:
            builder().appendToolCall(step.index, step.id, step.name, step.piece);
            break;
        }
    } while (!isStreaming() || m_pacing.tokenDelayMs <= 0);
    m_timer.start(nextDelay());
}

void ReplayCompletionJob::abortWork()
{
    m_timer.stop();
}

} // namespace modelkit
