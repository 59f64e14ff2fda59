// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/cachestore.h"

#include <memory>
#include <optional>

namespace modelkit {

//! A cache store named in one string, as the CLI's `--cache` and settings take it:
//! `memory`, `disk` (SqliteCacheStore::defaultPath()), `disk:PATH`, or
//! `redis://[[user]:password@]host[:port][/db][?prefix=P]`.
class CacheStoreSpec
{
public:
    //! The store the spec names, or nullptr with `error` set. Opening is lazy: an
    //! unreachable server or unwritable file shows up as errors of the first operations.
    //! `ttlMs` overrides the store's default TTL (0 = never expire).
    static std::unique_ptr<CacheStore>
    open(const QString &spec, std::optional<qint64> ttlMs = std::nullopt, QString *error = nullptr);
    static QString syntax();
};

} // namespace modelkit
