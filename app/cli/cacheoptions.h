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

//! `--cache memory|disk|disk:PATH|redis://[:password@]host:port/db` and `--cache-ttl`.
//! A cache that cannot be opened or used is a warning: the call goes to the provider.
class CacheOptions
{
    Q_DECLARE_TR_FUNCTIONS(CacheOptions)

public:
    static void addTo(QCommandLineParser &parser);
    //! The store --cache names; nullptr when none was asked for or it cannot be opened
    //! (warned on stderr). `usageError` is set only for a malformed --cache-ttl.
    static std::unique_ptr<modelkit::CacheStore> openStore(const QCommandLineParser &parser,
                                                           QString *usageError);
    //! "modelkit: warning: cache: <message>" on stderr.
    static void warn(const QString &message);
};

} // namespace playground::cli
