// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/cachestats.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonObject CacheStats::toJson() const
{
    return {{u"entries"_s, entries}, {u"bytes"_s, bytes},  {u"max_bytes"_s, maxBytes},
            {u"ttl_ms"_s, ttlMs},    {u"hits"_s, hits},    {u"misses"_s, misses},
            {u"writes"_s, writes},   {u"errors"_s, errors}};
}

} // namespace modelkit
