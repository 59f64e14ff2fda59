// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/cachestore.h"

#include <list>

#include <QHash>

namespace modelkit {

//! Entries in this process's memory, bounded by bytes (keys plus values): storing past the
//! bound evicts the least recently used entries. An optional TTL expires entries by age.
//! Lost when the store is destroyed; shared by every ChatCompletionCache given the store.
class MemoryCacheStore : public CacheStore
{
    Q_OBJECT

public:
    static constexpr qint64 defaultMaxBytes = 64 * 1024 * 1024;

    //! maxBytes 0 = unbounded; ttlMs 0 = entries never expire.
    explicit MemoryCacheStore(qint64 maxBytes = defaultMaxBytes, qint64 ttlMs = 0,
                              QObject *parent = nullptr);
    ~MemoryCacheStore() override;

    qint64 maxBytes() const { return m_maxBytes; }
    qint64 ttlMs() const { return m_ttlMs; }
    QString description() const override { return QStringLiteral("memory"); }

protected:
    Reply doGet(const QByteArray &key) override;
    Reply doPut(const QByteArray &key, const QByteArray &value) override;
    Reply doRemove(const QByteArray &key) override;
    Reply doClear() override;
    Reply doStats() override;

private:
    struct Entry
    {
        QByteArray value;
        qint64 storedAtMs = 0;
        std::list<QByteArray>::iterator position; //!< in m_recency
    };

    void erase(QHash<QByteArray, Entry>::iterator it);

    bool isExpired(const Entry &entry) const;

    qint64 m_maxBytes;
    qint64 m_ttlMs;
    qint64 m_bytes = 0;
    std::list<QByteArray> m_recency; //!< keys, most recently used first
    QHash<QByteArray, Entry> m_entries;
};

} // namespace modelkit
