// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace modelkit {
class CacheStore;
} // namespace modelkit

namespace playground::cli {

//! `--cache memory|disk|disk:PATH|redis://[:password@]host:port/db`, `--cache-ttl` and
//! `--no-cache`. Without --cache, calls through a profile saved with `cache_responses`
//! (modelkit::ProviderProfile::cacheResponses) use the disk store (what `--cache disk`
//! opens); --no-cache turns that off. --cache always wins.
//! A cache that cannot be opened or used is a warning: the call goes to the provider.
class CacheOptions
{
    Q_DECLARE_TR_FUNCTIONS(CacheOptions)

public:
    static void addTo(QCommandLineParser &parser);

    //! Whether calls that follow their profile's setting go through the cache: --cache
    //! given → true, --no-cache → false, else `profileCaches` (the profile's
    //! cache_responses; false without a profile).
    static bool wanted(const QCommandLineParser &parser, bool profileCaches);

    //! The store cached calls use when `needed`: the one --cache names, else the disk store
    //! (`--cache disk`), with --cache-ttl. nullptr when not needed, or when it cannot be
    //! opened (warned on stderr). `usageError` is set (whether needed or not) for a
    //! malformed --cache-ttl and for --cache with --no-cache.
    static std::unique_ptr<modelkit::CacheStore> openStore(const QCommandLineParser &parser,
                                                           bool needed, QString *usageError);

    //! "modelkit: warning: cache: <message>" on stderr.
    static void warn(const QString &message);
};

} // namespace playground::cli
