// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace modelkit {
struct Conversation;
class MemorySecretStore;
class ProfileStore;
class SecretStore;
class UsageLedger;
} // namespace modelkit

namespace playground {

class Autosaver;
class BudgetGuard;
class ConversationFileActions;
class ConversationLibrary;
class HistoryPanel;
class ComposerPanel;
class InspectorPanel;
class NoticeBar;
class ProvidersDialog;
class ComparePanel;
class ParametersPanel;
class PlaygroundSession;
class ReplyView;
class ToolsPanel;
class UsagePanel;

//! The application window. It only assembles the panels around one PlaygroundSession and
//! wires the actions; the panels own their widgets and talk to the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PlaygroundSession *session() const { return m_session; }
    modelkit::ProfileStore *profileStore() const { return m_profileStore; }
    //! A ready-to-send example (system + user message and a weather tool) for first launch.
    void loadStarterConversation();
    //! Reopens the conversation open when the app last closed (from the library), or the
    //! starter conversation when there is none or it can't be read.
    void restoreLastConversation();
    ConversationLibrary *library() const { return m_library; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanels();
    void createActions();
    void send();
    //! Compare mode: the lanes replace the reply view and Send runs them all.
    void setCompareMode(bool on);
    bool isCompareMode() const;
    void updateRunActions();
    void updateUsageLabels();
    void restoreLayout();
    void saveLayout() const;
    void showAbout();
    void reloadProfiles();
    void showProviders();
    void showShortcuts();
    //! Saves what is waiting, then opens `id` from the library.
    void openFromLibrary(const QString &id);
    void openConversation(const modelkit::Conversation &conversation);
    void newConversation();
    //! A new conversation with the messages up to `index` (no runs), opened in place.
    void forkFrom(int index);

    PlaygroundSession *m_session;
    modelkit::ProfileStore *m_profileStore = nullptr;
    modelkit::SecretStore *m_keychain = nullptr;
    modelkit::MemorySecretStore *m_sessionKeys = nullptr;
    modelkit::UsageLedger *m_ledger = nullptr;
    ConversationLibrary *m_library = nullptr;
    Autosaver *m_autosaver = nullptr;
    ConversationFileActions *m_fileActions = nullptr;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    ComposerPanel *m_composer = nullptr;
    ToolsPanel *m_tools = nullptr;
    ParametersPanel *m_parameters = nullptr;
    ReplyView *m_reply = nullptr;
    ComparePanel *m_compare = nullptr;
    QStackedWidget *m_replyStack = nullptr;
    QAction *m_compareAction = nullptr;
    QByteArray m_chatSplit;
    QByteArray m_compareSplit;
    QList<QDockWidget *> m_docksHiddenForCompare;
    InspectorPanel *m_inspector = nullptr;
    NoticeBar *m_notice = nullptr;
    UsagePanel *m_usage = nullptr;
    BudgetGuard *m_budget = nullptr;
    //! Set by a budget warning: the next Send goes out anyway.
    bool m_budgetConfirmed = false;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_settingsDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_usageDock = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_addReplyAction = nullptr;
    QLabel *m_usageLabel = nullptr;
    QLabel *m_lastCallLabel = nullptr;
    ProvidersDialog *m_providersDialog = nullptr;
};

} // namespace playground
