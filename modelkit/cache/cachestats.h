// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace modelkit {

//! What a CacheStore holds and how it has been used since it was opened. -1 means the store
//! cannot tell; 0 in maxBytes / ttlMs means unbounded / never expires.
struct CacheStats
{
    qint64 entries = -1;
    qint64 bytes = -1; //!< keys plus values
    qint64 maxBytes = 0;
    qint64 ttlMs = 0;
    // Counted by this store object since it was created (not shared between processes).
    qint64 hits = 0;
    qint64 misses = 0;
    qint64 writes = 0;
    qint64 errors = 0;

    QJsonObject toJson() const;
    bool operator==(const CacheStats &) const = default;
};

} // namespace modelkit
