// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/cachestorespec.h"

#include "cache/memorycachestore.h"
#include "cache/rediscachestore.h"
#include "cache/sqlitecachestore.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace modelkit {

QString CacheStoreSpec::syntax()
{
    return u"memory, disk, disk:PATH or redis://[:password@]host:port/db"_s;
}

std::unique_ptr<CacheStore> CacheStoreSpec::open(const QString &spec, std::optional<qint64> ttlMs,
                                                 QString *error)
{
    if (spec == u"memory")
        return std::make_unique<MemoryCacheStore>(MemoryCacheStore::defaultMaxBytes,
                                                  ttlMs.value_or(0));
    if (spec == u"disk" || spec.startsWith(u"disk:")) {
        const QString path = spec == u"disk" ? SqliteCacheStore::defaultPath() : spec.mid(5);
        if (path.isEmpty()) {
            if (error)
                *error = u"disk: needs a file path (or use plain \"disk\")"_s;
            return nullptr;
        }
        SqliteCacheStore::Options options;
        if (ttlMs)
            options.ttlMs = *ttlMs;
        return std::make_unique<SqliteCacheStore>(path, options);
    }
    if (spec.startsWith(u"redis://") || spec.startsWith(u"rediss://")) {
        auto options = RedisCacheStore::Options::fromUrl(spec, error);
        if (!options)
            return nullptr;
        if (ttlMs)
            options->ttlMs = *ttlMs;
        return std::make_unique<RedisCacheStore>(*options);
    }
    if (error) {
        const QUrl url(spec);
        const QString shown = url.isValid() && !url.password().isEmpty()
                                  ? url.toDisplayString(QUrl::RemovePassword)
                                  : spec;
        *error = u"unknown cache \"%1\" (expected %2)"_s.arg(shown, syntax());
    }
    return nullptr;
}

} // namespace modelkit
