// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/chatcompletioncache.h"

#include "cache/cachedcompletionjob.h"
#include "cache/cachekey.h"
#include "cache/cachestore.h"

using namespace Qt::StringLiterals;

namespace modelkit {

ChatCompletionCache::ChatCompletionCache(ChatCompletionClient *inner, CacheStore *store,
                                         QObject *parent)
    : ChatCompletionClient(parent), m_inner(inner), m_store(store)
{
    Q_ASSERT(inner);
}

ChatCompletionCache::~ChatCompletionCache() = default;

QByteArray ChatCompletionCache::keyFor(const CompletionRequest &request) const
{
    return CacheKey::compute(request, providerName(), model(), m_keyScope);
}

void ChatCompletionCache::invalidate(const CompletionRequest &request)
{
    if (!m_store)
        return;
    m_store->remove(keyFor(request), this, [this](const CacheStore::Reply &reply) {
        if (reply.isError())
            noteError(reply.error);
    });
}

std::optional<HttpRequest> ChatCompletionCache::buildHttpRequest(const CompletionRequest &request,
                                                                 bool streaming,
                                                                 ModelError *error) const
{
    if (!m_inner) {
        if (error)
            *error = ModelError::make(ModelError::Kind::InvalidRequest,
                                      u"the wrapped client was deleted"_s);
        return std::nullopt;
    }
    return m_inner->httpRequest(request, streaming, error);
}

CompletionJob *ChatCompletionCache::start(const CompletionRequest &request, bool streaming)
{
    if (!m_inner)
        return CompletionJob::failed(
            ModelError::make(ModelError::Kind::InvalidRequest, u"the wrapped client was deleted"_s),
            streaming, this);
    if (!m_enabled || !m_store)
        return streaming ? m_inner->createStream(request) : m_inner->create(request);

    auto *job = new CachedCompletionJob(m_inner, m_store, request, keyFor(request), streaming,
                                        m_lookupTimeoutMs, this);
    connect(job, &CachedCompletionJob::lookedUp, this,
            [this](CachedCompletionJob::Outcome outcome, const QString &error) {
                switch (outcome) {
                case CachedCompletionJob::Outcome::Hit:
                    ++m_hits;
                    break;
                case CachedCompletionJob::Outcome::Miss:
                    ++m_misses;
                    break;
                case CachedCompletionJob::Outcome::StoreError:
                    ++m_misses;
                    noteError(error);
                    return; // noteError() announced the change
                }
                Q_EMIT cacheStatsChanged();
            });
    connect(job, &CachedCompletionJob::entryReady, this, &ChatCompletionCache::storeEntry);
    // Deferred like every provider's start(): nothing reaches the caller before it connects.
    QMetaObject::invokeMethod(job, &CachedCompletionJob::start, Qt::QueuedConnection);
    return job;
}

void ChatCompletionCache::storeEntry(const QByteArray &key, const QByteArray &entry)
{
    if (!m_store)
        return;
    // With the cache as context: the job is usually gone before the store answers.
    m_store->put(key, entry, this, [this](const CacheStore::Reply &reply) {
        if (reply.isError()) {
            noteError(reply.error);
        } else if (reply.status == CacheStore::Reply::Status::Ok) {
            ++m_writes;
            Q_EMIT cacheStatsChanged();
        }
    });
}

void ChatCompletionCache::noteError(const QString &message)
{
    ++m_errors;
    Q_EMIT cacheError(message);
    Q_EMIT cacheStatsChanged();
}

qint64 ChatCompletionCache::countTokens(const QList<LlmMessage> &messages,
                                        const QList<ToolSchema> &tools) const
{
    return m_inner ? m_inner->countTokens(messages, tools)
                   : ChatCompletionClient::countTokens(messages, tools);
}

TokenCountJob *ChatCompletionCache::countTokensExact(const CompletionRequest &request)
{
    return m_inner ? m_inner->countTokensExact(request) : nullptr;
}

ModelListJob *ChatCompletionCache::listModels()
{
    return m_inner ? m_inner->listModels() : ChatCompletionClient::listModels();
}

ModelInfo ChatCompletionCache::modelInfo() const
{
    return m_inner ? m_inner->modelInfo() : ModelInfo{};
}

QString ChatCompletionCache::model() const
{
    return m_inner ? m_inner->model() : QString();
}

QString ChatCompletionCache::providerName() const
{
    return m_inner ? m_inner->providerName() : QString();
}

} // namespace modelkit
