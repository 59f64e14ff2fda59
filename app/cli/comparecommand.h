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
class ChatCompletionClient;
class Comparison;
class HttpTransport;
struct ComparisonDocument;
} // namespace modelkit

namespace playground::cli {

//! `modelkit compare`: one request sent to several lanes (PROFILE:MODEL[:KEY=VALUE,...]) at
//! once, printed as one line per lane or as one modelkit.comparison JSON document.
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
    std::optional<QList<modelkit::CompareLane>> readLanes(const QCommandLineParser &parser,
                                                          QString *error);
    std::unique_ptr<modelkit::ChatCompletionClient>
    makeClient(const modelkit::CompareLane &lane, const QCommandLineParser &parser, QString *error);
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
