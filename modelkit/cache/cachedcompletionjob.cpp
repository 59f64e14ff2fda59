// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/cachedcompletionjob.h"

#include "cache/cacheentry.h"
#include "core/chatcompletionclient.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace modelkit {

CachedCompletionJob::CachedCompletionJob(ChatCompletionClient *inner, CacheStore *store,
                                         const CompletionRequest &request, const QByteArray &key,
                                         bool streaming, int lookupTimeoutMs, QObject *parent)
    : CompletionJob(streaming, parent)
    , m_innerClient(inner)
    , m_store(store)
    , m_request(request)
    , m_key(key)
{
    m_lookupTimer.setSingleShot(true);
    m_lookupTimer.setInterval(lookupTimeoutMs);
    connect(&m_lookupTimer, &QTimer::timeout, this, &CachedCompletionJob::onLookupTimeout);
}

CachedCompletionJob::~CachedCompletionJob()
{
    // Deleted while the provider call runs: that call has no one left to answer.
    if (m_innerJob) {
        m_innerJob->disconnect(this);
        m_innerJob->cancel();
        releaseInner();
    }
}

void CachedCompletionJob::start()
{
    if (isFinished()) // cancelled before the deferred start ran
        return;
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_store) {
        onLookup(CacheStore::Reply::failure(u"the cache store was closed"_s));
        return;
    }
    m_lookupTimer.start();
    m_store->get(m_key, this, [this](const CacheStore::Reply &reply) { onLookup(reply); });
}

void CachedCompletionJob::onLookupTimeout()
{
    onLookup(CacheStore::Reply::failure(
        u"%1: no answer within %2 ms"_s.arg(m_store ? m_store->description() : u"cache"_s)
            .arg(m_lookupTimer.interval())));
}

void CachedCompletionJob::onLookup(const CacheStore::Reply &reply)
{
    // A late answer after the timeout, or after cancel(), is ignored.
    if (isFinished() || m_lookupDone)
        return;
    m_lookupDone = true;
    m_lookupTimer.stop();
    if (reply.status == CacheStore::Reply::Status::Ok) {
        QString problem;
        if (const auto entry = CacheEntry::fromBytes(reply.value, &problem)) {
            m_hit = true;
            Q_EMIT lookedUp(Outcome::Hit, {});
            replay(*entry);
            return;
        }
        // An unreadable entry is a store problem; the provider's answer will replace it.
        Q_EMIT lookedUp(Outcome::StoreError,
                        u"%1: %2"_s.arg(m_store ? m_store->description() : u"cache"_s, problem));
    } else if (reply.status == CacheStore::Reply::Status::Miss) {
        Q_EMIT lookedUp(Outcome::Miss, {});
    } else {
        Q_EMIT lookedUp(Outcome::StoreError, reply.error);
    }
    if (!isFinished()) // a slot connected to lookedUp() may have cancelled
        forward();
}

void CachedCompletionJob::replay(const CacheEntry &entry)
{
    // A hit's timings are its own: no network, only the lookup.
    Exchange exchange;
    exchange.method = "CACHE";
    // The exchange reaches saved conversations: name the kind of store ("cache:disk"),
    // never its local path or a Redis password.
    QString kind = m_store ? m_store->description().section(u' ', 0, 0) : u"cache"_s;
    if (kind.contains(u"://"))
        kind = kind.section(u':', 0, 0);
    exchange.url = u"cache:"_s + kind;
    exchange.sentAtMs = m_startedAtMs;
    exchange.firstByteAtMs = QDateTime::currentMSecsSinceEpoch();
    setExchange(exchange);

    const QList<StreamDelta> deltas = entry.replayDeltas(isStreaming());
    for (const StreamDelta &delta : deltas) {
        if (isFinished()) // cancelled from a slot connected to one of our deltas
            return;
        switch (delta.kind) {
        case StreamDelta::Kind::Text:
            builder().appendText(delta.text);
            break;
        case StreamDelta::Kind::Thought:
            builder().appendThought(delta.text);
            break;
        case StreamDelta::Kind::ToolCall:
            builder().appendToolCall(delta.index, delta.id, delta.name, delta.text);
            break;
        }
    }
    if (isFinished())
        return;
    const CreateResult &stored = entry.result;
    builder().setFinishReason(stored.finishReason);
    builder().setUsage(stored.usage);
    builder().setCached(true);
    builder().setModel(stored.model);
    builder().setResponseId(stored.responseId);
    builder().setRaw(stored.raw);
    if (stored.logprobs)
        builder().appendLogprobs(*stored.logprobs);
    for (auto it = stored.providerState.begin(); it != stored.providerState.end(); ++it)
        builder().setProviderState(it.key(), it.value());
    finishWithResult();
}

void CachedCompletionJob::forward()
{
    if (!m_innerClient) {
        finishWithError(ModelError::make(ModelError::Kind::InvalidRequest,
                                         u"the wrapped client was deleted"_s));
        return;
    }
    m_innerJob
        = isStreaming() ? m_innerClient->createStream(m_request) : m_innerClient->create(m_request);
    // Each delta goes through our builder, which emits it to our listeners in order.
    connect(m_innerJob, &CompletionJob::textDelta, this, [this](const QString &text) {
        record({StreamDelta::Kind::Text, text, 0, {}, {}});
        builder().appendText(text);
    });
    connect(m_innerJob, &CompletionJob::thoughtDelta, this, [this](const QString &text) {
        record({StreamDelta::Kind::Thought, text, 0, {}, {}});
        builder().appendThought(text);
    });
    connect(m_innerJob, &CompletionJob::toolCallDelta, this,
            [this](int index, const QString &id, const QString &name, const QString &fragment) {
                record({StreamDelta::Kind::ToolCall, fragment, index, id, name});
                builder().appendToolCall(index, id, name, fragment);
            });
    connect(m_innerJob, &CompletionJob::finished, this, &CachedCompletionJob::onInnerFinished);
}

void CachedCompletionJob::record(const StreamDelta &delta)
{
    if (!isFinished())
        m_recorded.append(delta);
}

void CachedCompletionJob::takeInnerResult()
{
    const CreateResult inner = m_innerJob->result();
    setExchange(inner.exchange);
    if (inner.finishReason != FinishReason::Unknown)
        builder().setFinishReason(inner.finishReason);
    if (!inner.usage.isZero())
        builder().setUsage(inner.usage);
    builder().setCached(inner.cached);
    builder().setModel(inner.model);
    builder().setResponseId(inner.responseId);
    builder().setRaw(inner.raw);
    if (inner.logprobs)
        builder().appendLogprobs(*inner.logprobs);
    for (auto it = inner.providerState.begin(); it != inner.providerState.end(); ++it)
        builder().setProviderState(it.key(), it.value());
}

void CachedCompletionJob::onInnerFinished()
{
    if (isFinished())
        return;
    takeInnerResult();
    const bool failed = m_innerJob->hasError();
    const ModelError error = m_innerJob->error();
    releaseInner();
    if (failed) {
        finishWithError(error); // partial replies and failures are never stored
        return;
    }
    CacheEntry entry;
    entry.result = builder().build();
    if (CacheEntry::isStorable(entry.result)) {
        entry.deltas = m_recorded;
        entry.streamed = isStreaming();
        entry.storedAtMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT entryReady(m_key, entry.toBytes());
    }
    finishWithResult();
}

void CachedCompletionJob::abortWork()
{
    m_lookupTimer.stop();
    m_lookupDone = true;
    if (!m_innerJob)
        return;
    m_innerJob->disconnect(this);
    m_innerJob->cancel();
    takeInnerResult(); // keeps the usage billed before the cancel
    releaseInner();
}

void CachedCompletionJob::releaseInner()
{
    if (m_innerJob)
        m_innerJob->deleteLater();
    m_innerJob = nullptr;
}

} // namespace modelkit
