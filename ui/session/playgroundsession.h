// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/modelcatalog.h"
#include "conversation/conversation.h"
#include "core/completionparameters.h"
#include "core/jsonoutput.h"
#include "core/llmmessage.h"
#include "core/modelinfo.h"
#include "core/requestusage.h"
#include "core/toolchoice.h"
#include "core/toolschema.h"
#include "profiles/providerprofile.h"
#include "session/run.h"
#include "session/usagetotals.h"

#include <functional>
#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QNetworkAccessManager;

namespace modelkit {
class CacheStore;
class SecretStore;
class UsageLedger;
class HttpTransport;
class ModelListJob;
} // namespace modelkit

namespace playground {

//! What the playground window is working on: the conversation, tools, output format,
//! parameters, the selected provider and model, and the runs sent so far. Not a widget:
//! panels observe it and change it, and never reach into each other.
class PlaygroundSession : public QObject
{
    Q_OBJECT

public:
    //! Resolves the API key of a profile (keychain, environment…); empty = none.
    using KeyResolver = std::function<QString(const modelkit::ProviderProfile &)>;

    //! `nam` carries every HTTP request; the session makes its own when null.
    explicit PlaygroundSession(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~PlaygroundSession() override;

    // --- Conversation -------------------------------------------------------------------
    const QList<modelkit::LlmMessage> &messages() const { return m_messages; }
    void setMessages(const QList<modelkit::LlmMessage> &messages);
    void insertMessage(int index, const modelkit::LlmMessage &message);
    int appendMessage(const modelkit::LlmMessage &message);
    void updateMessage(int index, const modelkit::LlmMessage &message);
    void removeMessage(int index);
    void moveMessage(int from, int to);

    // --- The conversation as a document ------------------------------------------------
    QString title() const { return m_title; }
    //! `isEdit` false: the title changed elsewhere (a rename in the history), the document
    //! itself did not.
    void setTitle(const QString &title, bool isEdit = true);
    //! Everything the window holds as a `modelkit.conversation` document: the request
    //! (valid tools and schema; the texts as typed are kept under "playground"), the
    //! profile's name and model, and the runs of this conversation (a running one as its
    //! reply so far). Fields read from a file that this version does not know are kept.
    modelkit::Conversation toConversation() const;
    //! Replaces the window's state with `conversation`: its id, title, messages, tools,
    //! output format, parameters, the profile of that name (when there is one) and model,
    //! and its runs, shown again as finished runs. Runs of other conversations are dropped
    //! unless still running.
    void loadConversation(const modelkit::Conversation &conversation);
    //! How many saved runs loadConversation() shows as runs; older ones are kept in the
    //! document only.
    static constexpr int maxRestoredRuns = 20;

    // --- Tools and output format --------------------------------------------------------
    //! Each tool as the JSON text the user typed ({"name", "description", "parameters"}).
    const QStringList &toolTexts() const { return m_toolTexts; }
    int addTool(const QString &json);
    void setToolText(int index, const QString &json);
    void removeTool(int index);
    //! Why a tool text is not a usable tool ("Line 2, column 4: missing comma"), or empty.
    static QString toolProblem(const QString &json, modelkit::ToolSchema *tool = nullptr);
    //! The tool's name as far as it can be read, for lists.
    static QString toolName(const QString &json);

    modelkit::ToolChoice toolChoice() const { return m_toolChoice; }
    void setToolChoice(const modelkit::ToolChoice &choice);

    modelkit::JsonOutput::Mode jsonOutputMode() const { return m_jsonOutputMode; }
    void setJsonOutputMode(modelkit::JsonOutput::Mode mode);
    //! The JSON Schema of the structured output, as typed.
    QString jsonSchemaText() const { return m_jsonSchemaText; }
    void setJsonSchemaText(const QString &text);
    QString jsonSchemaName() const { return m_jsonSchemaName; }
    void setJsonSchemaName(const QString &name);

    // --- Parameters ---------------------------------------------------------------------
    const modelkit::CompletionParameters &parameters() const { return m_parameters; }
    void setParameters(const modelkit::CompletionParameters &parameters);
    bool isStreaming() const { return m_streaming; }
    void setStreaming(bool streaming);

    // --- Provider and model -------------------------------------------------------------
    const QList<modelkit::ProviderProfile> &profiles() const { return m_profiles; }
    void setProfiles(const QList<modelkit::ProviderProfile> &profiles);
    //! -1 is the built-in Demo provider.
    int profileIndex() const { return m_profileIndex; }
    bool isDemo() const { return m_profileIndex < 0; }
    void selectProfile(int index);
    QString model() const { return m_model; }
    void setModel(const QString &model);
    QString providerLabel() const;
    //! How the Demo provider is named in lists and the usage ledger.
    static QString demoLabel();
    //! The HTTP transport every client of this session uses.
    modelkit::HttpTransport *transport() const { return m_transport; }
    //! Fallback for keys not found in the secret stores (default: the environment).
    void setKeyResolver(KeyResolver resolver);
    //! Where API keys are read from, by profile name: first `sessionOnly` (keys kept for
    //! this session), then `keychain`. Reads are asynchronous; the client is rebuilt when a
    //! key arrives. Keys are held in memory only. Not owned; either may be null.
    void setSecretStores(modelkit::SecretStore *keychain, modelkit::SecretStore *sessionOnly);
    //! Drops the remembered key of a profile (it was changed or removed) and reads it again.
    void forgetKey(const QString &profileName);
    //! Whether the selected profile has an API key (Send sends it; copied code reads it
    //! from an environment variable).
    bool hasApiKey() const;
    //! True while the selected profile's key is being read (Send waits for it).
    bool isKeyPending() const;
    //! The selected model's capabilities (permissive when the client can't be made).
    modelkit::ModelInfo modelInfo() const;
    //! Why the selected provider can't be used (no API key…), or empty.
    QString providerProblem() const { return m_providerProblem; }
    //! The selected provider's models, or nullptr when it can't be reached at all.
    modelkit::ModelListJob *listModels();

    // --- Clients for other views (Compare) --------------------------------------------
    //! The index of the profile called `name`, or -1.
    int indexOfProfile(const QString &name) const;
    //! A client of the profile called `profileName` (empty: the Demo provider) for `model`
    //! (empty: the profile's), built as Send builds its own: the keys read, the catalog's
    //! capabilities, the response cache when `cache` says so (nullopt: the profile's
    //! setting). nullptr with a translated reason when it cannot be made, including while
    //! the profile's key is still being read (see readKeys()).
    std::unique_ptr<modelkit::ChatCompletionClient> makeClient(const QString &profileName,
                                                               const QString &model,
                                                               std::optional<bool> cache,
                                                               QString *error);
    //! Starts reading the keys of these profiles; true when none is still being read
    //! (keyRead() is emitted as each arrives).
    bool readKeys(const QStringList &profileNames);
    //! Counts a call made outside this session's runs (a compare lane) in the session totals
    //! and the usage ledger as `profileLabel`, and in the conversation totals when it was
    //! sent from the current conversation (`conversationId`).
    void recordRun(const modelkit::ConversationRun &run, const QString &profileLabel,
                   const QString &conversationId);

    // --- Catalog and cost ---------------------------------------------------------------
    const modelkit::ModelCatalog &catalog() const { return m_catalog; }
    //! Replaces the catalog (tests, or after the user edited overrides).
    void setCatalog(const modelkit::ModelCatalog &catalog);
    //! The catalog's entry for the selected provider and model (unknown when it has none).
    modelkit::CatalogEntry catalogEntry() const;
    //! USD of the finished runs with a known price (cached ones cost nothing).
    double totalCostUsd() const { return m_sessionTotals.knownCostUsd; }
    //! Finished runs whose cost is unknown (no price in the catalog).
    int unpricedRuns() const { return m_sessionTotals.unpricedRuns; }
    //! Totals over every run finished in this app session / in the current conversation
    //! (since the last setMessages()). Forgotten runs stay counted.
    const UsageTotals &sessionTotals() const { return m_sessionTotals; }
    const UsageTotals &conversationTotals() const { return m_conversationTotals; }
    //! The run finished last (nullptr before the first or once it was forgotten).
    Run *lastFinishedRun() const { return m_lastFinishedRun; }

    //! Every finished run is recorded here (the persistent usage ledger shared with the
    //! CLI). Not owned; may be null.
    void setUsageLedger(modelkit::UsageLedger *ledger);
    //! Identifies the conversation in the ledger; a new one starts with setMessages().
    QString conversationId() const { return m_conversationId; }

    // --- Response cache -----------------------------------------------------------------
    //! When on, requests go through a ChatCompletionCache: a repeated request is answered
    //! from the store (marked cached, free in actual usage). A setting of the selected
    //! profile (ProviderProfile::cacheResponses; profileEdited() says it changed), of this
    //! session for the Demo provider. Off by default.
    bool isCacheEnabled() const;
    void setCacheEnabled(bool enabled);
    //! The store used when the cache is on; the session opens the disk store (SQLite in
    //! the app cache location) on first use unless one was set. Not owned.
    void setCacheStore(modelkit::CacheStore *store);
    modelkit::CacheStore *cacheStore();

    // --- Tokens -------------------------------------------------------------------------
    static qint64 estimateTokens(const modelkit::LlmMessage &message);
    //! Estimate for the whole request as it would be sent now (messages + valid tools).
    qint64 estimateRequestTokens() const;
    //! The reply length a cost estimate assumes when max_tokens is not set.
    static constexpr qint64 assumedReplyTokens = 1000;
    //! What sending now would cost at the catalog's prices: the request's estimated tokens
    //! plus max_tokens (or assumedReplyTokens) of reply; nullopt when the price is unknown.
    std::optional<double> estimateSendCostUsd() const;
    //! 0 when unknown.
    qint64 contextWindow() const { return modelInfo().contextWindow; }

    // --- Runs ---------------------------------------------------------------------------
    //! The request Send would make, or nullopt and `error` saying what to fix first.
    std::optional<modelkit::CompletionRequest> buildRequest(QString *error) const;
    //! Sends the request; nullptr and `error` set when it can't be sent.
    Run *send(QString *error = nullptr);
    //! Cancels every running run (their partial replies stay).
    void stop();
    bool isRunning() const;
    const QList<Run *> &runs() const { return m_runs; }
    Run *selectedRun() const { return m_selectedRun; }
    void selectRun(Run *run);
    //! Appends the run's reply as an assistant message; for function calls also a
    //! tool-result message with one empty result per call, ready to fill in.
    void addReplyToConversation(const Run *run);

    //! Usage of every finished run / of those that reached a provider (AutoGen's
    //! total_usage() and actual_usage() over this session).
    modelkit::RequestUsage totalUsage() const { return m_sessionTotals.totalUsage; }
    modelkit::RequestUsage actualUsage() const { return m_sessionTotals.actualUsage; }

    //! Runs beyond this many are forgotten, oldest first (never a running one).
    static constexpr int maxKeptRuns = 50;

Q_SIGNALS:
    void messagesReset();
    void messageInserted(int index);
    void messageRemoved(int index);
    void messageMoved(int from, int to);
    void messageChanged(int index);
    void toolsChanged();
    void toolChoiceChanged();
    void jsonOutputChanged();
    void parametersChanged();
    void providerChanged();
    void cacheChanged();
    //! A setting of the selected profile was changed here (the cache switch): the window
    //! stores it if the profile is a saved one.
    void profileEdited(const modelkit::ProviderProfile &profile);
    void runStarted(playground::Run *run);
    void runFinished(playground::Run *run);
    void runRemoved(playground::Run *run);
    void runningChanged(bool running);
    void selectedRunChanged(playground::Run *run);
    void usageChanged();
    //! The user changed what toConversation() writes (including a streaming reply's text);
    //! not emitted while loadConversation() restores a document.
    void documentChanged();
    void titleChanged();
    //! The API key of `profileName` was read (found or not).
    void keyRead(const QString &profileName);

private:
    void rebuildClient();
    //! The client of profile `profileIndex` (-1: Demo), wrapped in the response cache when
    //! `cached` and a store is available; nullptr with `error` set.
    std::unique_ptr<modelkit::ChatCompletionClient>
    createClient(int profileIndex, const QString &model, bool cached, QString *error);
    //! The key held for `profile`: from the secret stores, else the resolver; may be empty.
    QString apiKey(const modelkit::ProviderProfile &profile) const;
    void recordUsage(const Run *run);
    void fetchKey(const QString &profileName);
    void keyFetched(const QString &profileName, const QString &key);
    void forgetOldRuns();
    //! Records a change of the document (see documentChanged()).
    void markChanged();
    //! The request as far as it is valid, for saving (invalid tools and schema left out).
    modelkit::CompletionRequest documentRequest() const;

    QList<modelkit::LlmMessage> m_messages;
    QStringList m_toolTexts;
    modelkit::ToolChoice m_toolChoice;
    modelkit::JsonOutput::Mode m_jsonOutputMode = modelkit::JsonOutput::Mode::Off;
    QString m_jsonSchemaText;
    QString m_jsonSchemaName = QStringLiteral("response");
    modelkit::CompletionParameters m_parameters;
    bool m_streaming = true;

    QNetworkAccessManager *m_nam;
    modelkit::HttpTransport *m_transport;
    QList<modelkit::ProviderProfile> m_profiles;
    int m_profileIndex = -1;
    QString m_model;
    KeyResolver m_keyResolver;
    QPointer<modelkit::SecretStore> m_keychain;
    QPointer<modelkit::SecretStore> m_sessionKeys;
    QHash<QString, QString> m_keys; //!< by profile name; "" = none stored
    QSet<QString> m_fetchingKeys;
    std::shared_ptr<modelkit::ChatCompletionClient> m_client;
    modelkit::ModelCatalog m_catalog;
    QPointer<modelkit::UsageLedger> m_ledger;
    QString m_conversationId;
    QString m_providerProblem;
    bool m_demoCacheEnabled = false;
    modelkit::CacheStore *m_cacheStore = nullptr;
    std::unique_ptr<modelkit::CacheStore> m_ownCacheStore;

    QString m_title;
    QDateTime m_updatedAt;  //!< the last change; invalid = never changed
    bool m_loading = false; //!< loadConversation() is restoring: not a change
    //! Profile and model the document names ("label\nmodel"), to tell a real change of
    //! provider from a key read or a catalog update.
    QString m_documentTarget;
    //! The loaded document's profile is not here: keep its profile, provider and model in
    //! what is saved until the user picks another.
    bool m_keepDocumentTarget = false;
    //! The document last loaded: the base toConversation() writes over (unknown fields).
    modelkit::Conversation m_document;
    //! Runs of this conversation that are not (or no longer) Run objects, oldest first.
    QList<modelkit::ConversationRun> m_savedRuns;

    QList<Run *> m_runs;
    QPointer<Run> m_selectedRun;
    int m_runCounter = 0;
    UsageTotals m_sessionTotals;
    UsageTotals m_conversationTotals;
    QPointer<Run> m_lastFinishedRun;
};

} // namespace playground
