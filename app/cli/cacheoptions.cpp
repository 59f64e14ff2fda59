// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/cacheoptions.h"

#include "cache/cachestore.h"
#include "cache/cachestorespec.h"
#include "cli/console.h"

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

void CacheOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"cache"_s,
         tr("Answer repeated requests from a cache: memory, disk (the user's cache folder), "
            "disk:PATH, or redis://[:password@]host:port/db to share one across machines. "
            "Without it, a profile saved with cache_responses (\"modelkit profile edit NAME "
            "--cache-responses\", or the window's cache switch) uses disk."),
         tr("STORE")},
        {u"no-cache"_s,
         tr("Neither look up nor store replies, even when the profile caches responses.")},
        {u"cache-ttl"_s, tr("How long cached replies stay valid (default 30 days; 0 = forever)."),
         tr("SECONDS")},
    });
}

bool CacheOptions::wanted(const QCommandLineParser &parser, bool profileCaches)
{
    if (parser.isSet(u"cache"_s))
        return true;
    return !parser.isSet(u"no-cache"_s) && profileCaches;
}

std::unique_ptr<CacheStore> CacheOptions::openStore(const QCommandLineParser &parser, bool needed,
                                                    QString *usageError)
{
    if (parser.isSet(u"cache"_s) && parser.isSet(u"no-cache"_s)) {
        *usageError = tr("--cache and --no-cache cannot be combined");
        return nullptr;
    }
    std::optional<qint64> ttlMs;
    if (parser.isSet(u"cache-ttl"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"cache-ttl"_s).toDouble(&ok);
        if (!ok || seconds < 0) {
            *usageError = tr("--cache-ttl expects a non-negative number of seconds");
            return nullptr;
        }
        ttlMs = qint64(seconds * 1000);
    }
    if (!needed)
        return nullptr;
    const QString spec = parser.isSet(u"cache"_s) ? parser.value(u"cache"_s) : u"disk"_s;
    QString error;
    auto store = CacheStoreSpec::open(spec, ttlMs, &error);
    if (!store)
        warn(tr("%1; the request goes to the provider uncached").arg(error));
    return store;
}

void CacheOptions::warn(const QString &message)
{
    Console::error(tr("warning: cache: %1").arg(message));
}

} // namespace playground::cli
