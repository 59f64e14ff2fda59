// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/cachestore.h"
#include "cache/streamdelta.h"
#include "core/completionjob.h"
#include "core/completionrequest.h"

#include <QPointer>
#include <QTimer>

namespace modelkit {

struct CacheEntry;
class ChatCompletionClient;

//! One call through ChatCompletionCache: looks the key up in the store, then either replays
//! the stored entry (a hit: the recorded deltas in order, then the stored result with
//! `cached = true`) or runs the call on the wrapped client, forwarding its deltas as they
//! come and offering the complete result for storage (a miss, or a store that failed or
//! did not answer within the lookup timeout). Follows CompletionJob's signal contract.
class CachedCompletionJob : public CompletionJob
{
    Q_OBJECT

public:
    enum class Outcome { Hit, Miss, StoreError };
    Q_ENUM(Outcome)

    CachedCompletionJob(ChatCompletionClient *inner, CacheStore *store,
                        const CompletionRequest &request, const QByteArray &key, bool streaming,
                        int lookupTimeoutMs, QObject *parent);
    ~CachedCompletionJob() override;

    //! Starts the lookup. Called by the cache on the event-loop turn after creation.
    void start();

    QByteArray key() const { return m_key; }
    //! Whether the reply came from the store (meaningful once looked up).
    bool isHit() const { return m_hit; }

Q_SIGNALS:
    //! The lookup ended; `error` says why the store failed (StoreError only). Emitted before
    //! any delta.
    void lookedUp(modelkit::CachedCompletionJob::Outcome outcome, const QString &error);
    //! A complete result worth storing under key(); emitted just before finished().
    void entryReady(const QByteArray &key, const QByteArray &entry);

protected:
    void abortWork() override;

private:
    void onLookup(const CacheStore::Reply &reply);
    void onLookupTimeout();
    void replay(const CacheEntry &entry);
    void forward();
    void record(const StreamDelta &delta);
    void onInnerFinished();
    void takeInnerResult();
    void releaseInner();

    QPointer<ChatCompletionClient> m_innerClient;
    QPointer<CacheStore> m_store;
    CompletionRequest m_request;
    QByteArray m_key;
    QTimer m_lookupTimer;
    QPointer<CompletionJob> m_innerJob;
    QList<StreamDelta> m_recorded;
    qint64 m_startedAtMs = 0;
    bool m_lookupDone = false;
    bool m_hit = false;
};

} // namespace modelkit
