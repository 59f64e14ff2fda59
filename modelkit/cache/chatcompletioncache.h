// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/chatcompletionclient.h"

#include <QPointer>

namespace modelkit {

class CacheStore;

//! A ChatCompletionClient that answers repeated requests from a CacheStore, like AutoGen's
//! ChatCompletionCache, wrapping any other client.
//!
//! - The key is CacheKey::compute() over the whole request (tool_choice included), the
//!   wrapped client's provider name and model, and keyScope().
//! - A hit returns the stored CreateResult with `cached = true`: its usage counts in
//!   totalUsage() but not in actualUsage(), it has its own timings (exchange method
//!   "CACHE"), and a streamed hit replays the recorded deltas in their original order.
//! - A miss runs the call on the wrapped client, forwarding its deltas live. Only complete
//!   successful results with a known finish reason are stored; failed, cancelled and
//!   partial ones never are.
//! - A failing store (unreachable server, unreadable file, no answer within
//!   lookupTimeoutMs()) never fails a call: the call goes to the wrapped client and
//!   cacheError() tells why.
//!
//! Owns neither the wrapped client nor the store: both must outlive the cache. One store
//! may serve many caches (lanes, profiles) at once. close() cancels this cache's running
//! calls (and the provider calls behind them) but leaves the wrapped client open.
class ChatCompletionCache : public ChatCompletionClient
{
    Q_OBJECT

public:
    ChatCompletionCache(ChatCompletionClient *inner, CacheStore *store, QObject *parent = nullptr);
    ~ChatCompletionCache() override;

    ChatCompletionClient *innerClient() const { return m_inner; }
    CacheStore *store() const { return m_store; }
    void setStore(CacheStore *store) { m_store = store; }

    //! When disabled (or without a store) calls go straight to the wrapped client: nothing
    //! is looked up or stored. Enabled by default.
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

    //! Extra key material telling apart servers that share a provider name and model
    //! (e.g. the base URL of an OpenAI-compatible server). Empty by default.
    QString keyScope() const { return m_keyScope; }
    void setKeyScope(const QString &scope) { m_keyScope = scope; }

    //! How long a call waits for the store before asking the provider. Default 3000 ms.
    int lookupTimeoutMs() const { return m_lookupTimeoutMs; }
    void setLookupTimeoutMs(int ms) { m_lookupTimeoutMs = ms; }

    QByteArray keyFor(const CompletionRequest &request) const;
    //! Removes the stored reply to `request`, if any (e.g. "regenerate").
    void invalidate(const CompletionRequest &request);

    // This cache's own counters (the store keeps its own, over all its caches).
    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }
    qint64 writes() const { return m_writes; }
    qint64 errors() const { return m_errors; }

    // Everything but completions is the wrapped client's.
    qint64 countTokens(const QList<LlmMessage> &messages,
                       const QList<ToolSchema> &tools = {}) const override;
    TokenCountJob *countTokensExact(const CompletionRequest &request) override;
    ModelListJob *listModels() override;
    ModelInfo modelInfo() const override;
    QString model() const override;
    QString providerName() const override;

Q_SIGNALS:
    //! The store failed; the call concerned went to (or its result stays with) the provider.
    void cacheError(const QString &message);
    //! hits(), misses(), writes() or errors() changed.
    void cacheStatsChanged();

protected:
    CompletionJob *start(const CompletionRequest &request, bool streaming) override;
    //! The wrapped client checks on a miss; a hit was accepted by it before.
    QString capabilityError(const CompletionRequest &) const override { return {}; }
    //! The wrapped client's request (what a miss sends).
    std::optional<HttpRequest> buildHttpRequest(const CompletionRequest &request, bool streaming,
                                                ModelError *error) const override;

private:
    void noteError(const QString &message);
    void storeEntry(const QByteArray &key, const QByteArray &entry);

    QPointer<ChatCompletionClient> m_inner;
    QPointer<CacheStore> m_store;
    QString m_keyScope;
    int m_lookupTimeoutMs = 3000;
    bool m_enabled = true;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
    qint64 m_writes = 0;
    qint64 m_errors = 0;
};

} // namespace modelkit
