// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparison.h"

#include "catalog/modelcatalog.h"
#include "core/chatcompletionclient.h"
#include "core/completionjob.h"
#include "core/tokenestimator.h"

#include <QSet>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace modelkit {

struct Comparison::Lane
{
    CompareLane config;
    //! The shared request with this lane's parameters and system prompt.
    CompletionRequest request;
    std::unique_ptr<ChatCompletionClient> client;
    CompareState state = CompareState::Pending;
    QList<ConversationRun> attempts;
    QPointer<CompletionJob> job;
    QDateTime startedAt;
    bool holdsSlot = false;
    bool stopRequested = false;
};

Comparison::Comparison(QObject *parent)
    : QObject(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_createdAt(QDateTime::currentDateTimeUtc())
{}

Comparison::~Comparison()
{
    // Destroying a client cancels its jobs, which emit finished(): not to us any more.
    for (const auto &lane : m_lanes) {
        if (lane->job)
            QObject::disconnect(lane->job, nullptr, this, nullptr);
    }
    m_lanes.clear();
}

void Comparison::setLanes(const QList<CompareLane> &lanes)
{
    if (m_running)
        return;
    discardClients();
    m_lanes.clear();
    for (const CompareLane &config : lanes) {
        auto lane = std::make_unique<Lane>();
        lane->config = config;
        m_lanes.push_back(std::move(lane));
    }
}

QList<CompareLane> Comparison::lanes() const
{
    QList<CompareLane> list;
    for (const auto &lane : m_lanes)
        list << lane->config;
    return list;
}

int Comparison::indexOf(const QString &laneId) const
{
    for (int i = 0; i < laneCount(); ++i) {
        if (m_lanes[size_t(i)]->config.id == laneId)
            return i;
    }
    return -1;
}

void Comparison::discardClients()
{
    // Deferred: start() may be called from a slot of finished(), which the last job's
    // finished() signal is still delivering.
    for (const auto &lane : m_lanes) {
        if (lane->job)
            QObject::disconnect(lane->job, nullptr, this, nullptr);
        lane->job = nullptr;
        if (lane->client)
            lane->client.release()->deleteLater();
    }
}

void Comparison::setConcurrencyLimits(const QMap<QString, int> &limits)
{
    m_limits.clear();
    m_limitByKey.clear();
    for (auto it = limits.begin(); it != limits.end(); ++it) {
        if (it.value() < 1)
            continue;
        m_limits.insert(it.key(), it.value());
        const QString key = keyOf(it.key());
        // Two spellings of one name: the stricter limit holds.
        m_limitByKey.insert(key, std::min(it.value(), m_limitByKey.value(key, it.value())));
    }
}

std::optional<int> Comparison::concurrencyLimit(int lane) const
{
    if (lane < 0 || lane >= laneCount())
        return std::nullopt;
    const auto it = m_limitByKey.constFind(keyOf(m_lanes[size_t(lane)]->config.limitKey()));
    return it == m_limitByKey.cend() ? std::nullopt : std::optional<int>(*it);
}

bool Comparison::start(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_running)
        return fail(tr("the comparison is running"));
    if (m_lanes.empty() || laneCount() > maxLanes)
        return fail(tr("a comparison needs 1 to %1 lanes").arg(maxLanes));
    if (!m_maker)
        return fail(tr("no way to make the lanes' clients was given"));
    QSet<QString> ids;
    for (const auto &lane : m_lanes) {
        if (const QString problem = lane->config.validationError(); !problem.isEmpty())
            return fail(problem);
        if (ids.contains(lane->config.id))
            return fail(tr("two lanes have the id \"%1\"").arg(lane->config.id));
        ids.insert(lane->config.id);
    }
    if (const QString problem = m_request.validationError(); !problem.isEmpty())
        return fail(problem);

    discardClients();
    for (const auto &lane : m_lanes) {
        lane->request = lane->config.request(m_request);
        lane->state = CompareState::Pending;
        lane->attempts.clear();
        lane->holdsSlot = false;
        lane->stopRequested = false;
    }
    m_queue.clear();
    m_activeByKey.clear();
    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_createdAt = QDateTime::currentDateTimeUtc();
    m_preserved = PreservedJson();
    m_running = true;
    m_starting = true;

    for (int i = 0; i < laneCount(); ++i) {
        Lane &lane = *m_lanes[size_t(i)];
        QString why;
        lane.client = m_maker(lane.config, &why);
        if (lane.client)
            continue;
        ConversationRun run;
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.profileName = lane.config.profile;
        run.provider = lane.config.provider;
        run.model = lane.config.model;
        run.streaming = m_streaming;
        run.messageCount = lane.request.messages.size();
        run.error = ModelError::make(ModelError::Kind::InvalidRequest,
                                     why.isEmpty() ? tr("the client could not be made") : why);
        run.costUsd = 0.0; // nothing was sent
        lane.attempts << run;
        Q_EMIT attemptFinished(i, 0);
        finishLane(i, CompareState::Failed);
    }
    for (int i = 0; i < laneCount(); ++i) {
        if (m_lanes[size_t(i)]->client && !m_lanes[size_t(i)]->stopRequested)
            requestSlot(i);
    }
    m_starting = false;
    // finished() never comes from inside start(): when every lane already ended, it
    // follows on the next event-loop turn.
    QTimer::singleShot(0, this, &Comparison::maybeFinish);
    return true;
}

void Comparison::stop()
{
    if (!m_running)
        return;
    for (const auto &lane : m_lanes)
        lane->stopRequested = true;
    m_queue.clear();
    for (int i = 0; i < laneCount(); ++i)
        stopLane(i);
}

void Comparison::stopLane(int lane)
{
    if (!m_running || lane < 0 || lane >= laneCount())
        return;
    Lane &entry = *m_lanes[size_t(lane)];
    if (isFinalCompareState(entry.state))
        return;
    entry.stopRequested = true;
    m_queue.removeAll(lane);
    // cancel() emits finished() at once: onAttemptFinished() records the partial attempt and
    // ends the lane.
    if (entry.job)
        entry.job->cancel();
    finishLane(lane, CompareState::Cancelled);
}

void Comparison::setState(int index, CompareState state)
{
    Lane &lane = *m_lanes[size_t(index)];
    if (lane.state == state)
        return;
    lane.state = state;
    Q_EMIT laneStateChanged(index, state);
}

bool Comparison::hasFreeSlot(const Lane &lane) const
{
    const QString key = keyOf(lane.config.limitKey());
    const int limit = m_limitByKey.value(key, 0);
    return limit < 1 || m_activeByKey.value(key, 0) < limit;
}

void Comparison::requestSlot(int index)
{
    if (hasFreeSlot(*m_lanes[size_t(index)])) {
        runAttempt(index);
        return;
    }
    if (!m_queue.contains(index))
        m_queue.append(index);
    setState(index, CompareState::Queued);
}

void Comparison::dispatchQueue()
{
    for (qsizetype i = 0; i < m_queue.size();) {
        const int index = m_queue.at(i);
        if (!hasFreeSlot(*m_lanes[size_t(index)])) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        runAttempt(index);
    }
}

void Comparison::runAttempt(int index)
{
    Lane &lane = *m_lanes[size_t(index)];
    lane.holdsSlot = true;
    ++m_activeByKey[keyOf(lane.config.limitKey())];
    const int attempt = int(lane.attempts.size());
    lane.startedAt = QDateTime::currentDateTimeUtc();
    CompletionJob *job
        = m_streaming ? lane.client->createStream(lane.request) : lane.client->create(lane.request);
    lane.job = job;
    // Per delta: forward it, nothing else (no work that grows with the reply).
    connect(job, &CompletionJob::textDelta, this, [this, index, attempt](const QString &text) {
        Q_EMIT textDelta(index, attempt, text);
    });
    connect(job, &CompletionJob::thoughtDelta, this, [this, index, attempt](const QString &text) {
        Q_EMIT thoughtDelta(index, attempt, text);
    });
    connect(job, &CompletionJob::toolCallDelta, this,
            [this, index, attempt](int call, const QString &id, const QString &name,
                                   const QString &arguments) {
                Q_EMIT toolCallDelta(index, attempt, call, id, name, arguments);
            });
    connect(job, &CompletionJob::finished, this, [this, index] { onAttemptFinished(index); });
    setState(index, CompareState::Running);
    Q_EMIT attemptStarted(index, attempt);
}

void Comparison::onAttemptFinished(int index)
{
    Lane &lane = *m_lanes[size_t(index)];
    CompletionJob *job = lane.job;
    if (!job)
        return;
    lane.job = nullptr;
    const ConversationRun run = runOf(lane, *job);
    QObject::disconnect(job, nullptr, this, nullptr);
    job->deleteLater();
    if (lane.holdsSlot) {
        lane.holdsSlot = false;
        --m_activeByKey[keyOf(lane.config.limitKey())];
    }
    const int attempt = int(lane.attempts.size());
    lane.attempts << run;
    Q_EMIT attemptFinished(index, attempt);

    // The freed slot goes to a lane that was waiting before this one asks again.
    dispatchQueue();
    if (isFinalCompareState(lane.state))
        return; // stopped while attemptFinished() was delivered
    const std::optional<ModelError::Kind> kind
        = run.error ? std::optional(run.error->kind) : std::nullopt;
    if (lane.stopRequested || kind == ModelError::Kind::Cancelled)
        finishLane(index, CompareState::Cancelled);
    else if (kind == ModelError::Kind::InvalidRequest || kind == ModelError::Kind::Unsupported
             || lane.attempts.size() >= lane.config.repeat)
        finishLane(index);
    else
        requestSlot(index);
}

ConversationRun Comparison::runOf(const Lane &lane, const CompletionJob &job) const
{
    const CreateResult result = job.result();
    std::optional<ModelError> error;
    if (job.hasError())
        error = job.error();
    ConversationRun run = ConversationRun::fromCall(result, error, m_streaming, lane.startedAt);
    run.profileName = lane.config.profile;
    run.provider = lane.client->providerName();
    run.model = lane.client->model().isEmpty() ? lane.config.model : lane.client->model();
    run.messageCount = lane.request.messages.size();
    // The demo provider counts with TokenEstimator; every other one reports its own usage.
    run.usageEstimated = run.provider == u"demo";
    if (run.usage.isZero() && !result.cached) {
        // No usage reported, yet tokens arrived (a stopped or broken stream, some local
        // servers): the provider bills them, so estimate rather than count nothing. Done
        // once per attempt, on the final result.
        QString generated = result.thought.value_or(QString()) + result.text();
        for (const FunctionCall &call : result.functionCalls())
            generated += call.name + call.arguments;
        if (!generated.isEmpty()) {
            run.usage.promptTokens
                = TokenEstimator::request(lane.request.messages, lane.request.tools);
            run.usage.completionTokens = TokenEstimator::text(generated);
            run.usage.reasoningTokens = TokenEstimator::text(result.thought.value_or(QString()));
            run.usageEstimated = true;
            const Exchange &x = result.exchange;
            if (m_streaming && x.firstTokenAtMs > 0 && x.doneAtMs > x.firstTokenAtMs)
                run.tokensPerSecond = double(run.usage.completionTokens) * 1000.0
                                      / double(x.doneAtMs - x.firstTokenAtMs);
        }
    }
    run.costUsd = costOf(lane, result, run.usage);
    return run;
}

std::optional<double> Comparison::costOf(const Lane &lane, const CreateResult &result,
                                         const RequestUsage &usage) const
{
    if (result.cached)
        return 0.0; // answered from a response cache: nothing was billed
    const QString provider
        = lane.config.provider.isEmpty() ? lane.client->providerName() : lane.config.provider;
    if (provider == u"demo")
        return 0.0; // scripted and offline: nobody bills it (as the window prices it)
    if (!m_catalog)
        return std::nullopt;
    const QString model = lane.client->model().isEmpty() ? result.model : lane.client->model();
    return m_catalog->lookup(provider, model).price.cost(usage);
}

void Comparison::finishLane(int index, std::optional<CompareState> state)
{
    Lane &lane = *m_lanes[size_t(index)];
    if (isFinalCompareState(lane.state))
        return;
    m_queue.removeAll(index);
    CompareState last = state.value_or(CompareLaneResult::finalState(lane.attempts));
    if (!isFinalCompareState(last))
        last = CompareState::Cancelled; // stopped before its first attempt
    setState(index, last);
    Q_EMIT laneFinished(index);
    maybeFinish();
}

void Comparison::maybeFinish()
{
    if (!m_running || m_starting)
        return;
    for (const auto &lane : m_lanes) {
        if (!isFinalCompareState(lane->state))
            return;
    }
    m_running = false;
    Q_EMIT finished();
}

CompareState Comparison::laneState(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_lanes[size_t(lane)]->state : CompareState::Pending;
}

QList<ConversationRun> Comparison::attempts(int lane) const
{
    return lane >= 0 && lane < laneCount() ? m_lanes[size_t(lane)]->attempts
                                           : QList<ConversationRun>();
}

int Comparison::currentAttempt(int lane) const
{
    if (lane < 0 || lane >= laneCount() || isFinalCompareState(m_lanes[size_t(lane)]->state))
        return -1;
    return int(m_lanes[size_t(lane)]->attempts.size());
}

std::optional<CreateResult> Comparison::partialResult(int lane) const
{
    if (lane < 0 || lane >= laneCount() || !m_lanes[size_t(lane)]->job)
        return std::nullopt;
    return m_lanes[size_t(lane)]->job->result();
}

CompareLaneSummary Comparison::summary(int lane) const
{
    return CompareLaneSummary::of(attempts(lane));
}

CompareMarks Comparison::marks() const
{
    QList<CompareLaneSummary> summaries;
    for (const auto &lane : m_lanes)
        summaries << CompareLaneSummary::of(lane->attempts);
    return CompareMarks::of(summaries);
}

ComparisonDocument Comparison::document() const
{
    ComparisonDocument document;
    document.id = m_id;
    document.title = m_title;
    document.createdAt = m_createdAt;
    document.streaming = m_streaming;
    document.request = m_request;
    document.concurrencyLimits = m_limits;
    document.preserved = m_preserved;
    for (const auto &lane : m_lanes)
        document.lanes << CompareLaneResult{lane->config, lane->state, lane->attempts};
    return document;
}

void Comparison::restore(const ComparisonDocument &document)
{
    if (m_running)
        return;
    discardClients();
    m_lanes.clear();
    for (const CompareLaneResult &saved : document.lanes) {
        auto lane = std::make_unique<Lane>();
        lane->config = saved.lane;
        lane->state = saved.state == CompareState::Running || saved.state == CompareState::Queued
                          ? CompareState::Cancelled
                          : saved.state;
        lane->attempts = saved.attempts;
        m_lanes.push_back(std::move(lane));
    }
    m_id = document.id;
    m_title = document.title;
    m_createdAt = document.createdAt;
    m_streaming = document.streaming;
    m_request = document.request;
    m_preserved = document.preserved;
    setConcurrencyLimits(document.concurrencyLimits);
}

} // namespace modelkit
