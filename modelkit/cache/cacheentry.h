// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/streamdelta.h"
#include "core/createresult.h"

#include <optional>

#include <QByteArray>
#include <QList>

namespace modelkit {

//! What the response cache stores for one request: the complete result and the ordered
//! deltas of the call that produced it. Serialised as compact JSON:
//! `{"format": 1, "result": <CreateResult with raw, without exchange>, "deltas": [...],
//! "streamed": true, "stored_at_ms": …}`.
struct CacheEntry
{
    static constexpr int format = 1;

    CreateResult result;
    QList<StreamDelta> deltas;
    bool streamed = false; //!< the deltas came from a streaming call
    qint64 storedAtMs = 0;

    //! Whether the result may be cached at all: complete, with a known finish reason.
    static bool isStorable(const CreateResult &result);

    //! The deltas a replay emits. A streaming replay plays the recorded deltas when they
    //! rebuild this very result; otherwise (and for non-streaming calls, which emit the
    //! whole content at once) one delta per part of the result.
    QList<StreamDelta> replayDeltas(bool streaming) const;
    //! Whether feeding `deltas` to a ResultBuilder gives back result's content and thought.
    bool deltasRebuildResult() const;

    QByteArray toBytes() const;
    static std::optional<CacheEntry> fromBytes(const QByteArray &bytes, QString *error = nullptr);
    bool operator==(const CacheEntry &) const = default;
};

} // namespace modelkit
