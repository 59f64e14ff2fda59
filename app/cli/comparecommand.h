// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/modelcatalog.h"
#include "compare/comparelane.h"

#include <map>
#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace modelkit {
class CacheStore;
class ChatCompletionClient;
class Comparison;
class HttpTransport;
struct ComparisonDocument;
struct ProviderProfile;
} // namespace modelkit

namespace playground::cli {

//! `modelkit compare`: one request sent to several lanes (PROFILE:MODEL[:KEY=VALUE,...]) at
//! once, printed as one line per lane or as one modelkit.comparison JSON document.
//!
//! A lane's calls go through the response cache (modelkit::ChatCompletionCache) when its
//! `cache=` says so, else when --cache is given, else when its profile caches responses
//! (cache_responses; not with --no-cache). The lanes that cache share one store: --cache's,
//! else the disk store. A cache that fails is a warning, never a failed lane.
//!
//! Exit codes: 0 every lane succeeded, 4 some lanes failed, 3 every lane failed, 2 usage
//! errors, 130 interrupted (Ctrl+C stops every lane; what arrived is still printed).
class CompareCommand : public QObject
{
    Q_OBJECT

public:
    explicit CompareCommand(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~CompareCommand() override;

    //! Parses the arguments (without the command name) and starts the lanes. Returns the
    //! exit code when it is already known (usage errors, --help), otherwise emits done().
    std::optional<int> start(const QStringList &arguments);
    //! Ctrl+C: stops every lane; done(130) follows.
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    //! The --lane specs as lanes, each PROFILE resolved to a stored profile or a provider
    //! and its client made (keys as `chat` reads them), or nullopt with `error` set.
    //! `cachedLanes` receives the ids of the lanes whose calls are cached, with their key
    //! scope (ProviderOptions::cacheScope()).
    std::optional<QList<modelkit::CompareLane>> readLanes(const QCommandLineParser &parser,
                                                          QMap<QString, QString> *cachedLanes,
                                                          QString *error);
    //! `profile` receives the profile the client was made from (see
    //! ProviderOptions::createClient()).
    std::unique_ptr<modelkit::ChatCompletionClient> makeClient(const modelkit::CompareLane &lane,
                                                               const QCommandLineParser &parser,
                                                               modelkit::ProviderProfile *profile,
                                                               QString *error);
    //! Puts the clients of `cachedLanes` behind a ChatCompletionCache over m_cacheStore.
    void wrapInCaches(const QMap<QString, QString> &cachedLanes);
    //! --limit NAME=N values, checked against the lanes.
    static std::optional<QMap<QString, int>> readLimits(const QCommandLineParser &parser,
                                                        const QList<modelkit::CompareLane> &lanes,
                                                        QString *error);
    void onQueued(int lane);
    void onFinished();
    void printText(const modelkit::ComparisonDocument &document) const;
    //! One ledger row per attempt that reached a client; failures are only warnings.
    void recordUsage(const modelkit::ComparisonDocument &document) const;

    modelkit::HttpTransport *m_transport;
    modelkit::ModelCatalog m_catalog;
    //! The store of the lanes that cache (null when none does). Declared before the clients
    //! and the comparison: destroyed after the caches that use it.
    std::unique_ptr<modelkit::CacheStore> m_cacheStore;
    QStringList m_cacheWarnings;
    //! The clients made while reading the lanes, by lane id, until the comparison takes them.
    std::map<QString, std::unique_ptr<modelkit::ChatCompletionClient>> m_clients;
    std::unique_ptr<modelkit::Comparison> m_comparison;
    QString m_savePath;
    bool m_jsonOutput = false;
    bool m_showReplies = false;
    bool m_ledger = true;
    bool m_interrupted = false;
};

} // namespace playground::cli
