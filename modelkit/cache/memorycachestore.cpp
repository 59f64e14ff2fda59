// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/memorycachestore.h"

#include <QDateTime>

namespace modelkit {

MemoryCacheStore::MemoryCacheStore(qint64 maxBytes, qint64 ttlMs, QObject *parent)
    : CacheStore(Threading::Inline, parent), m_maxBytes(maxBytes), m_ttlMs(ttlMs)
{}

MemoryCacheStore::~MemoryCacheStore() = default;

CacheStore::Reply MemoryCacheStore::doGet(const QByteArray &key)
{
    const auto it = m_entries.find(key);
    if (it == m_entries.end())
        return Reply::miss();
    if (isExpired(*it)) {
        erase(it);
        return Reply::miss();
    }
    m_recency.splice(m_recency.begin(), m_recency, it->position);
    return Reply::hit(it->value);
}

CacheStore::Reply MemoryCacheStore::doPut(const QByteArray &key, const QByteArray &value)
{
    const qint64 size = key.size() + value.size();
    if (m_maxBytes > 0 && size > m_maxBytes)
        return Reply::miss(); // it would evict everything and still not fit
    if (const auto old = m_entries.find(key); old != m_entries.end())
        erase(old);
    while (m_maxBytes > 0 && m_bytes + size > m_maxBytes && !m_recency.empty())
        erase(m_entries.find(m_recency.back()));
    m_recency.push_front(key);
    m_entries.insert(key, {value, QDateTime::currentMSecsSinceEpoch(), m_recency.begin()});
    m_bytes += size;
    return Reply::ok();
}

CacheStore::Reply MemoryCacheStore::doRemove(const QByteArray &key)
{
    if (const auto it = m_entries.find(key); it != m_entries.end())
        erase(it);
    return Reply::ok();
}

CacheStore::Reply MemoryCacheStore::doClear()
{
    m_entries.clear();
    m_recency.clear();
    m_bytes = 0;
    return Reply::ok();
}

CacheStore::Reply MemoryCacheStore::doStats()
{
    // Expired entries still hold memory until looked up or evicted; they are not counted.
    CacheStats stats;
    stats.entries = 0;
    stats.bytes = 0;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!isExpired(*it)) {
            ++stats.entries;
            stats.bytes += it.key().size() + it->value.size();
        }
    }
    stats.maxBytes = m_maxBytes;
    stats.ttlMs = m_ttlMs;
    return Reply::withStats(stats);
}

bool MemoryCacheStore::isExpired(const Entry &entry) const
{
    return m_ttlMs > 0 && entry.storedAtMs + m_ttlMs <= QDateTime::currentMSecsSinceEpoch();
}

void MemoryCacheStore::erase(QHash<QByteArray, Entry>::iterator it)
{
    m_bytes -= it.key().size() + it->value.size();
    m_recency.erase(it->position);
    m_entries.erase(it);
}

} // namespace modelkit
