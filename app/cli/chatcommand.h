// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversation.h"

#include <memory>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace modelkit {
class CacheStore;
class ChatCompletionCache;
class ChatCompletionClient;
class CompletionJob;
class HttpTransport;
class UsageLedger;
} // namespace modelkit

namespace playground::cli {

//! `modelkit chat`: one request, printed as text while it streams or as one JSON object.
class ChatCommand : public QObject
{
    Q_OBJECT

public:
    explicit ChatCommand(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ChatCommand() override;

    //! Parses the arguments (without the command name) and starts the request. Returns the
    //! exit code when it is already known (usage errors, --help), otherwise emits done().
    std::optional<int> start(const QStringList &arguments);
    //! Ctrl+C: cancels the request; done(130) follows.
    void interrupt();

Q_SIGNALS:
    void done(int exitCode);

private:
    void onFinished();
    //! What the finished call cost: 0 when cached, nullopt when the catalog has no price.
    std::optional<double> costUsd() const;
    //! One row in the usage ledger for the finished call; a failure is only a warning.
    void recordUsage(const std::optional<double> &cost);
    //! --save: the conversation with this run (and the reply) appended, written to FILE.
    bool saveConversation(const std::optional<double> &cost);

    modelkit::HttpTransport *m_transport;
    std::unique_ptr<modelkit::ChatCompletionClient> m_client;
    // Declared after the client: destroyed first, since the cache wraps the client and
    // uses the store (whose destructor finishes a pending write).
    std::unique_ptr<modelkit::CacheStore> m_cacheStore;
    std::unique_ptr<modelkit::ChatCompletionCache> m_cache;
    QStringList m_cacheWarnings;
    //! The usage ledger (modelkit::UsageLedger::defaultPath()); null with --no-ledger.
    std::unique_ptr<modelkit::UsageLedger> m_ledger;
    QString m_profile; //!< --profile, for the ledger
    //! --save FILE and the conversation the run is appended to.
    QString m_savePath;
    std::optional<modelkit::Conversation> m_conversation;
    QDateTime m_startedAt;
    bool m_streaming = false;
    QPointer<modelkit::CompletionJob> m_job;
    bool m_jsonOutput = false;
    bool m_interrupted = false;
    bool m_inThought = false;
    bool m_textEndsWithNewline = true;
};

} // namespace playground::cli
