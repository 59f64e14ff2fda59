// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "compare/comparepanel.h"
#include "composer/composerpanel.h"
#include "composer/parameterspanel.h"
#include "composer/toolspanel.h"
#include "conversations/autosaver.h"
#include "conversations/conversationfileactions.h"
#include "conversations/conversationlibrary.h"
#include "conversations/historypanel.h"
#include "cost/budgetguard.h"
#include "cost/costtext.h"
#include "cost/usagepanel.h"
#include "inspector/inspectorpanel.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/memorysecretstore.h"
#include "profiles/profilestore.h"
#include "providers/providerbar.h"
#include "providers/providersdialog.h"
#include "replyview/replyview.h"
#include "session/playgroundsession.h"
#include "settings/languagemenu.h"
#include "usage/usageledger.h"
#include "widgets/icons.h"
#include "widgets/noticebar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

namespace {
const QString starterTool = uR"({
  "name": "get_weather",
  "description": "Current weather for a city.",
  "parameters": {
    "type": "object",
    "properties": {
      "location": { "type": "string", "description": "City name, e.g. Paris" },
      "unit": { "type": "string", "enum": ["celsius", "fahrenheit"] }
    },
    "required": ["location"]
  }
})"_s;

//! Focuses the first control of `panel` in Tab order (the panel itself shows no focus).
void focusFirstControl(QWidget *panel)
{
    for (QWidget *w = panel->nextInFocusChain(); w && w != panel; w = w->nextInFocusChain()) {
        if (panel->isAncestorOf(w) && w->isVisibleTo(panel) && w->isEnabled()
            && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    panel->setFocus(Qt::ShortcutFocusReason);
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_session(new PlaygroundSession(nullptr, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Modelkit Playground"));
    // Profiles are shared with the `modelkit` CLI; keys live only in the keychain (or in
    // memory for this session when there is none).
    m_profileStore = new modelkit::ProfileStore(modelkit::ProfileStore::defaultDirectory(), this);
    m_keychain = new modelkit::KeychainSecretStore(this);
    m_sessionKeys = new modelkit::MemorySecretStore(this);
    m_session->setSecretStores(m_keychain, m_sessionKeys);
    // Every call is recorded in the usage ledger the CLI shares (written on its own thread).
    m_ledger = new modelkit::UsageLedger(modelkit::UsageLedger::defaultPath(), this);
    m_session->setUsageLedger(m_ledger);
    m_budget = new BudgetGuard(m_ledger, this);
    // Conversations are autosaved to the library (files + a search index) as they change.
    m_library = new ConversationLibrary(ConversationLibrary::defaultDir(), this);
    m_autosaver = new Autosaver(m_session, m_library, this);
    m_fileActions = new ConversationFileActions(m_session, this);
    createPanels();
    createActions();
    QString profileError;
    if (!m_profileStore->load(&profileError))
        m_notice->showNotice(
            NoticeBar::Level::Warning,
            tr("Saved provider profiles could not be read: %1").arg(profileError.toHtmlEscaped()));
    reloadProfiles();
    m_compare->adoptSessionProvider();
    connect(m_profileStore, &modelkit::ProfileStore::changed, this, &MainWindow::reloadProfiles);
    // The cache switch is a profile setting: saved profiles keep it in profiles.json.
    connect(m_session, &PlaygroundSession::profileEdited, this,
            [this](const modelkit::ProviderProfile &profile) {
                if (!m_profileStore->contains(profile.name))
                    return; // from the environment: for this session only
                QString error;
                if (!m_profileStore->update(profile.name, profile, &error))
                    m_notice->showNotice(
                        NoticeBar::Level::Warning,
                        tr("The profile could not be saved: %1").arg(error.toHtmlEscaped()));
            });
    resize(1400, 860);
    restoreLayout();
    updateRunActions();
    updateUsageLabels();
    statusBar()->showMessage(m_session->isDemo()
                                 ? tr("Demo provider selected: replies are scripted and offline. "
                                      "Press Ctrl+Enter to send.")
                                 : tr("Ready. Press Ctrl+Enter to send."));
}

MainWindow::~MainWindow()
{
    // Compare lanes in flight use the session's transport: they go first.
    delete std::exchange(m_compare, nullptr);
}

void MainWindow::createPanels()
{
    m_composer = new ComposerPanel(m_session, this);
    // Queued: the fork replaces the editor whose button or key asked for it.
    connect(m_composer, &ComposerPanel::forkRequested, this, &MainWindow::forkFrom,
            Qt::QueuedConnection);
    m_reply = new ReplyView(m_session, this);
    m_notice = new NoticeBar(this);
    m_notice->setObjectName(u"sendProblem"_s);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_composer);
    // The right side shows one reply, or in Compare mode the lanes.
    m_compare = new ComparePanel(m_session, this);
    m_replyStack = new QStackedWidget(this);
    m_replyStack->setObjectName(u"replyStack"_s);
    m_replyStack->addWidget(m_reply);
    m_replyStack->addWidget(m_compare);
    m_splitter->addWidget(m_replyStack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_tools = new ToolsPanel(m_session, this);
    m_parameters = new ParametersPanel(m_session, this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"settingsTabs"_s);
    tabs->addTab(m_parameters, tr("Parameters"));
    tabs->addTab(m_tools, tr("Tools && output"));
    m_settingsDock = new QDockWidget(tr("Request"), this);
    m_settingsDock->setObjectName(u"settingsDock"_s);
    m_settingsDock->setWidget(tabs);
    addDockWidget(Qt::LeftDockWidgetArea, m_settingsDock);

    m_inspector = new InspectorPanel(m_session, this);
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(u"inspectorDock"_s);
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    // Panels scroll or elide rather than push the window wider than a laptop screen.
    m_composer->setMinimumWidth(280);
    m_reply->setMinimumWidth(280);
    m_compare->setMinimumWidth(320);
    tabs->setMinimumWidth(280);
    m_inspector->setMinimumWidth(260);
    m_history = new HistoryPanel(m_library, this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_settingsDock, m_historyDock);
    m_settingsDock->raise();
    connect(m_history, &HistoryPanel::openRequested, this, &MainWindow::openFromLibrary);
    // Deleting the open conversation closes it: the next autosave must not bring it back.
    connect(m_library, &ConversationLibrary::removed, this, [this](const QString &id) {
        if (id != m_session->conversationId())
            return;
        m_session->setMessages({});
        while (!m_session->toolTexts().isEmpty())
            m_session->removeTool(0);
        statusBar()->showMessage(tr("The open conversation was deleted; this is a new one."));
    });
    connect(m_session, &PlaygroundSession::messagesReset, m_history,
            [this] { m_history->setCurrentId(m_session->conversationId()); });
    connect(m_autosaver, &Autosaver::saved, m_history,
            [this] { m_history->setCurrentId(m_session->conversationId()); });
    connect(m_autosaver, &Autosaver::problem, this, [this](const QString &message) {
        m_notice->showNotice(
            NoticeBar::Level::Error,
            tr("The conversation could not be saved: %1").arg(message.toHtmlEscaped()));
    });
    // A confirmed budget warning holds for that request only: an edit asks again.
    for (auto edited : {&PlaygroundSession::messagesReset, &PlaygroundSession::toolsChanged,
                        &PlaygroundSession::parametersChanged, &PlaygroundSession::providerChanged,
                        &PlaygroundSession::jsonOutputChanged})
        connect(m_session, edited, this, [this] { m_budgetConfirmed = false; });
    for (auto edited : {&PlaygroundSession::messageChanged, &PlaygroundSession::messageInserted,
                        &PlaygroundSession::messageRemoved})
        connect(m_session, edited, this, [this] { m_budgetConfirmed = false; });
    auto showTitle = [this] {
        const QString title = m_session->title();
        setWindowTitle(title.isEmpty() ? tr("Modelkit Playground")
                                       : tr("%1 — Modelkit Playground").arg(title));
    };
    connect(m_session, &PlaygroundSession::titleChanged, this, showTitle);
    connect(m_session, &PlaygroundSession::messagesReset, this, showTitle);

    m_usage = new UsagePanel(m_session, m_ledger, m_budget, this);
    m_usageDock = new QDockWidget(tr("Usage"), this);
    m_usageDock->setObjectName(u"usageDock"_s);
    m_usageDock->setWidget(m_usage);
    addDockWidget(Qt::RightDockWidgetArea, m_usageDock);
    tabifyDockWidget(m_inspectorDock, m_usageDock);
    m_inspectorDock->raise();
    resizeDocks({m_settingsDock, m_inspectorDock}, {300, 360}, Qt::Horizontal);

    m_lastCallLabel = new QLabel(this);
    m_lastCallLabel->setObjectName(u"lastCallUsage"_s);
    statusBar()->addPermanentWidget(m_lastCallLabel);
    m_usageLabel = new QLabel(this);
    m_usageLabel->setObjectName(u"sessionUsage"_s);
    statusBar()->addPermanentWidget(m_usageLabel);

    connect(m_session, &PlaygroundSession::runningChanged, this, &MainWindow::updateRunActions);
    connect(m_compare, &ComparePanel::runningChanged, this, &MainWindow::updateRunActions);
    connect(m_compare, &ComparePanel::inspectRequested, this, [this](Run *run) {
        m_inspector->inspect(run);
        m_inspectorDock->show();
        m_inspectorDock->raise();
    });
    connect(m_compare, &ComparePanel::promoted, this, [this] { setCompareMode(false); });
    connect(m_compare, &ComparePanel::message, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_compare, &ComparePanel::problem, this, [this](const QString &message) {
        m_notice->showNotice(NoticeBar::Level::Error, message.toHtmlEscaped());
        statusBar()->showMessage(message);
    });
    connect(m_compare, &ComparePanel::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Comparison saved to %1").arg(path), 8000);
    });
    connect(m_compare, &ComparePanel::opened, this, [this](const QString &path) {
        m_notice->hide();
        statusBar()->showMessage(tr("Opened the comparison %1").arg(path), 8000);
    });
    connect(m_compare, &ComparePanel::finished, this,
            [this] { statusBar()->showMessage(tr("Comparison finished"), 5000); });
    connect(m_session, &PlaygroundSession::selectedRunChanged, this, &MainWindow::updateRunActions);
    connect(m_session, &PlaygroundSession::usageChanged, this, &MainWindow::updateUsageLabels);
    connect(m_session, &PlaygroundSession::runFinished, this, [this](Run *run) {
        updateRunActions();
        const QString seconds = QLocale().toString(run->elapsedMs() / 1000.0, 'f', 2);
        switch (run->state()) {
        case Run::State::Succeeded:
            statusBar()->showMessage(
                tr("Run #%1 finished in %2 s").arg(run->number()).arg(seconds));
            break;
        case Run::State::Cancelled:
            statusBar()->showMessage(tr("Run #%1 stopped after %2 s; the partial reply is kept")
                                         .arg(run->number())
                                         .arg(seconds));
            break;
        case Run::State::Failed:
            statusBar()->showMessage(tr("Run #%1 failed: %2")
                                         .arg(run->number())
                                         .arg(ModelError::kindName(run->error()->kind)));
            break;
        case Run::State::Running:
            break;
        }
    });
}

void MainWindow::createActions()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *providerBar = new ProviderBar(m_session, this);
    toolbar->addWidget(providerBar);
    auto *manageProviders = new QAction(Icons::icon(Icons::Name::Settings), tr("Providers…"), this);
    manageProviders->setToolTip(tr("Add and edit provider profiles and their API keys (Ctrl+,)"));
    connect(manageProviders, &QAction::triggered, this, [this] { showProviders(); });
    toolbar->addAction(manageProviders);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);

    auto action
        = [this](const QString &name, const QString &text, const QKeySequence &keys, auto slot) {
              auto *a = new QAction(text, this);
              a->setObjectName(name);
              if (!keys.isEmpty()) {
                  a->setShortcut(keys);
                  a->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'),
                                                 keys.toString(QKeySequence::NativeText)));
              }
              connect(a, &QAction::triggered, this, slot);
              addAction(a); // shortcuts work while the menu bar is hidden, too
              return a;
          };

    m_sendAction = action(u"actionSend"_s, tr("&Send"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                          [this] { send(); });
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setIcon(Icons::icon(Icons::Name::Send));
    m_stopAction = action(u"actionStop"_s, tr("S&top"), QKeySequence(Qt::Key_Escape), [this] {
        m_session->stop();
        m_compare->stop();
    });
    m_stopAction->setIcon(Icons::icon(Icons::Name::Stop));
    m_addReplyAction = action(u"actionAddReply"_s, tr("&Add Reply to Conversation"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] {
                                  m_session->addReplyToConversation(m_session->selectedRun());
                              });
    m_compareAction
        = action(u"actionCompareMode"_s, tr("&Compare Lanes"), QKeySequence(Qt::CTRL | Qt::Key_K),
                 [this](bool on) { setCompareMode(on); });
    m_compareAction->setCheckable(true);
    m_compareAction->setIcon(Icons::icon(Icons::Name::Tool));
    m_compareAction->setStatusTip(
        tr("Send the conversation to several providers and models side by side"));
    toolbar->addAction(m_sendAction);
    toolbar->addAction(m_stopAction);
    toolbar->addSeparator();
    toolbar->addAction(m_compareAction);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = action(u"actionNewConversation"_s, tr("&New Conversation"),
                                QKeySequence::New, [this] { newConversation(); });
    file->addAction(newAction);
    for (QAction *a : {m_fileActions->openAction(), m_fileActions->exportAction()}) {
        addAction(a);
        file->addAction(a);
    }
    file->addSeparator();
    for (QAction *a : m_fileActions->copyActions()) {
        addAction(a);
        file->addAction(a);
    }
    file->addSeparator();
    connect(m_fileActions, &ConversationFileActions::opened, this,
            [this](modelkit::Conversation conversation) {
                // A file is a copy: it never overwrites the library's conversation of the
                // same id (say, the one it was exported from).
                if (!ConversationLibrary::isValidId(conversation.id)
                    || QFileInfo::exists(m_library->filePath(conversation.id)))
                    conversation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                openConversation(conversation);
                m_autosaver->scheduleSave();
            });
    connect(m_fileActions, &ConversationFileActions::problem, this, [this](const QString &message) {
        m_notice->showNotice(NoticeBar::Level::Error, message.toHtmlEscaped());
        statusBar()->showMessage(message);
    });
    connect(m_fileActions, &ConversationFileActions::done, this, [this](const QString &message) {
        m_notice->hide();
        statusBar()->showMessage(message, 5000);
    });
    QAction *providers
        = action(u"actionProviders"_s, tr("&Providers…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                 [this] { showProviders(); });
    providers->setIcon(Icons::icon(Icons::Name::Settings));
    file->addAction(providers);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *messages = menuBar()->addMenu(tr("&Messages"));
    messages->addAction(action(u"actionAddSystem"_s, tr("Add &System Message"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                               [this] { m_composer->addMessage(MessageEditor::Role::System); }));
    messages->addAction(action(u"actionAddUser"_s, tr("Add &User Message"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                               [this] { m_composer->addMessage(MessageEditor::Role::User); }));
    messages->addAction(action(u"actionAddAssistant"_s, tr("Add &Assistant Message"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                               [this] { m_composer->addMessage(MessageEditor::Role::Assistant); }));
    messages->addAction(action(u"actionAddToolResult"_s, tr("Add &Tool Result"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] {
                                   m_composer->addMessage(MessageEditor::Role::ToolResult);
                               }));
    messages->addSeparator();
    messages->addAction(m_addReplyAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_sendAction);
    run->addAction(m_stopAction);

    run->addSeparator();
    run->addAction(m_compareAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto focusAction = [&](const QString &name, const QString &text, int key, QWidget *target,
                           QDockWidget *dock) {
        view->addAction(action(name, text, QKeySequence(Qt::CTRL | key), [target, dock] {
            if (dock) {
                dock->show();
                dock->raise();
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(target->parentWidget()->parentWidget()))
                tabs->setCurrentWidget(target);
            focusFirstControl(target);
        }));
    };
    focusAction(u"actionFocusComposer"_s, tr("Go to &Conversation"), Qt::Key_1, m_composer,
                nullptr);
    view->addAction(action(
        u"actionFocusReply"_s, tr("Go to &Reply"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] {
            // In Compare mode the lanes are the replies.
            QWidget *target = isCompareMode() ? static_cast<QWidget *>(m_compare) : m_reply;
            focusFirstControl(target);
        }));
    focusAction(u"actionFocusInspector"_s, tr("Go to &Inspector"), Qt::Key_3, m_inspector,
                m_inspectorDock);
    focusAction(u"actionFocusParameters"_s, tr("Go to &Parameters"), Qt::Key_4, m_parameters,
                m_settingsDock);
    focusAction(u"actionFocusTools"_s, tr("Go to &Tools"), Qt::Key_5, m_tools, m_settingsDock);
    focusAction(u"actionFocusUsage"_s, tr("Go to &Usage"), Qt::Key_6, m_usage, m_usageDock);
    view->addAction(action(u"actionFocusHistory"_s, tr("Go to &History"),
                           QKeySequence(Qt::CTRL | Qt::Key_H), [this] {
                               m_historyDock->show();
                               m_historyDock->raise();
                               m_history->focusSearch();
                           }));
    view->addSeparator();
    view->addAction(action(u"actionChooseProvider"_s, tr("Choose Pro&vider"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] {
                               auto *combo = findChild<QComboBox *>(u"providerCombo"_s);
                               combo->setFocus(Qt::ShortcutFocusReason);
                               combo->showPopup();
                           }));
    view->addAction(action(u"actionChooseModel"_s, tr("Choose &Model"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] {
                               auto *combo = findChild<QComboBox *>(u"modelCombo"_s);
                               combo->setFocus(Qt::ShortcutFocusReason);
                               combo->lineEdit()->selectAll();
                           }));
    view->addSeparator();
    QAction *toggleSettings = m_settingsDock->toggleViewAction();
    toggleSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    view->addAction(toggleSettings);
    QAction *toggleInspector = m_inspectorDock->toggleViewAction();
    toggleInspector->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    view->addAction(toggleInspector);
    view->addAction(m_usageDock->toggleViewAction());
    view->addAction(m_historyDock->toggleViewAction());
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this,
            [this](const QString &, const QString &notice) {
                statusBar()->showMessage(notice, 15000);
            });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"actionShortcuts"_s, tr("&Keyboard Shortcuts"),
                           QKeySequence(Qt::CTRL | Qt::Key_Slash), [this] { showShortcuts(); }));
    QAction *about
        = help->addAction(tr("&About Modelkit Playground"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
}

void MainWindow::reloadProfiles()
{
    // Saved profiles first; providers whose key is in the environment follow, unless a
    // saved profile already has their name.
    QList<ProviderProfile> profiles = m_profileStore->profiles();
    const QList<ProviderProfile> fromEnvironment
        = ProviderProfile::fromEnvironment(QProcessEnvironment::systemEnvironment());
    for (const ProviderProfile &profile : fromEnvironment) {
        if (!m_profileStore->contains(profile.name))
            profiles.append(profile);
    }
    m_session->setProfiles(profiles);
    // First load: come back to the provider used last time (Demo when there is none).
    if (m_session->isDemo()) {
        const QString last = QSettings().value(u"Provider/last"_s).toString();
        for (int i = 0; i < profiles.size(); ++i) {
            if (!last.isEmpty() && profiles.at(i).name == last)
                m_session->selectProfile(i);
        }
    }
}

void MainWindow::showProviders()
{
    // Hidden rather than deleted on close: key writes may still be answering.
    if (!m_providersDialog) {
        m_providersDialog = new ProvidersDialog(m_profileStore, m_keychain, m_sessionKeys,
                                                m_session->transport(), this);
        connect(m_providersDialog, &ProvidersDialog::keyChanged, m_session,
                &PlaygroundSession::forgetKey);
    }
    if (!m_session->isDemo())
        m_providersDialog->selectProfile(m_session->providerLabel());
    m_providersDialog->show();
    m_providersDialog->raise();
    m_providersDialog->activateWindow();
}

void MainWindow::loadStarterConversation()
{
    m_session->setMessages(
        {SystemMessage{tr("You are a concise assistant. Use the tools you are given when they "
                          "help.")},
         UserMessage{tr("What's the weather in Paris right now, and should I take an umbrella?"),
                     u"user"_s}});
    if (m_session->toolTexts().isEmpty())
        m_session->addTool(starterTool);
}

void MainWindow::newConversation()
{
    m_autosaver->flush();
    m_session->setMessages({});
    while (!m_session->toolTexts().isEmpty())
        m_session->removeTool(0);
}

void MainWindow::forkFrom(int index)
{
    m_autosaver->flush(); // the original keeps everything it had
    modelkit::Conversation fork = m_session->toConversation();
    const QString title = fork.title.isEmpty() ? ConversationLibrary::autoTitle(fork) : fork.title;
    fork.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fork.title = tr("%1 (fork)").arg(title);
    fork.createdAt = fork.updatedAt = QDateTime::currentDateTimeUtc();
    fork.runs.clear();
    fork.setLlmMessages(fork.llmMessages().mid(0, index + 1));
    openConversation(fork);
    m_autosaver->scheduleSave(); // new: opening alone is not a change
    statusBar()->showMessage(
        tr("Forked into \"%1\" with %n message(s)", nullptr, index + 1).arg(fork.title));
}

void MainWindow::openConversation(const modelkit::Conversation &conversation)
{
    m_autosaver->flush();
    m_session->loadConversation(conversation);
    m_history->setCurrentId(m_session->conversationId());
}

void MainWindow::openFromLibrary(const QString &id)
{
    if (id == m_session->conversationId())
        return; // already open (reloading would replace its live runs)
    m_autosaver->flush();
    m_library->load(
        id, this,
        [this](const std::optional<modelkit::Conversation> &conversation, const QString &error) {
            if (!conversation) {
                m_notice->showNotice(
                    NoticeBar::Level::Error,
                    tr("Could not open the conversation: %1").arg(error.toHtmlEscaped()));
                return;
            }
            openConversation(*conversation);
        });
}

void MainWindow::restoreLastConversation()
{
    const QString id = QSettings().value(u"Conversations/current"_s).toString();
    if (id.isEmpty()) {
        loadStarterConversation();
        return;
    }
    m_library->load(
        id, this,
        [this](const std::optional<modelkit::Conversation> &conversation, const QString &error) {
            if (conversation) {
                openConversation(*conversation);
                return;
            }
            loadStarterConversation();
            m_notice->showNotice(
                NoticeBar::Level::Warning,
                tr("The last conversation could not be reopened: %1").arg(error.toHtmlEscaped()));
        });
}

void MainWindow::send()
{
    // A budget warning is shown once; sending the same again confirms it.
    if (!m_budgetConfirmed) {
        const QString crossing = m_budget->crossing(
            isCompareMode() ? m_compare->estimateSendCostUsd() : m_session->estimateSendCostUsd());
        if (!crossing.isEmpty()) {
            m_budgetConfirmed = true;
            m_notice->showNotice(NoticeBar::Level::Warning,
                                 crossing.toHtmlEscaped() + u" "_s
                                     + tr("Press Ctrl+Enter again to send anyway."));
            statusBar()->showMessage(tr("Not sent yet: over budget"));
            return;
        }
    }
    m_budgetConfirmed = false;
    QString error;
    if (isCompareMode() ? m_compare->send(&error) : m_session->send(&error) != nullptr) {
        m_notice->hide();
        return;
    }
    m_notice->showNotice(NoticeBar::Level::Error, tr("Not sent: %1").arg(error.toHtmlEscaped()));
    statusBar()->showMessage(tr("Not sent: %1").arg(error));
    // Point at the panel that holds the problem.
    const bool toolProblem
        = std::any_of(
              m_session->toolTexts().cbegin(), m_session->toolTexts().cend(),
              [](const QString &text) { return !PlaygroundSession::toolProblem(text).isEmpty(); })
          || error.startsWith(tr("Output schema:"));
    if (toolProblem) {
        m_settingsDock->show();
        if (auto *tabs = findChild<QTabWidget *>(u"settingsTabs"_s))
            tabs->setCurrentWidget(m_tools);
    }
}

bool MainWindow::isCompareMode() const
{
    return m_replyStack->currentWidget() == m_compare;
}

void MainWindow::setCompareMode(bool on)
{
    m_compareAction->setChecked(on);
    if (on == isCompareMode())
        return;
    // Lanes need the width: the right-hand docks make room while comparing and come back
    // afterwards; each mode keeps its own split between conversation and replies.
    const QByteArray split = m_splitter->saveState();
    if (on) {
        m_chatSplit = split;
        m_docksHiddenForCompare.clear();
        for (QDockWidget *dock : {m_inspectorDock, m_usageDock}) {
            if (dock->isVisible() && dockWidgetArea(dock) == Qt::RightDockWidgetArea) {
                m_docksHiddenForCompare << dock;
                dock->hide();
            }
        }
    } else {
        m_compareSplit = split;
        for (QDockWidget *dock : std::as_const(m_docksHiddenForCompare))
            dock->show();
        m_docksHiddenForCompare.clear();
        m_inspectorDock->raise();
    }
    m_replyStack->setCurrentWidget(on ? static_cast<QWidget *>(m_compare) : m_reply);
    // After the docks moved: the splitter's new width is known on the next turn.
    QTimer::singleShot(0, this, [this, on] {
        const QByteArray &restore = on ? m_compareSplit : m_chatSplit;
        if (!restore.isEmpty() && m_splitter->restoreState(restore))
            return;
        const int width = m_splitter->width();
        m_splitter->setSizes(on ? QList<int>{width * 3 / 10, width * 7 / 10}
                                : QList<int>{width / 2, width / 2});
    });
    m_budgetConfirmed = false;
    statusBar()->showMessage(on ? tr("Compare: Ctrl+Enter sends the conversation to every lane")
                                : tr("Chat: Ctrl+Enter sends to the selected provider"),
                             5000);
}

void MainWindow::updateRunActions()
{
    const bool running = m_session->isRunning() || (m_compare && m_compare->isRunning());
    m_stopAction->setEnabled(running);
    const Run *selected = m_session->selectedRun();
    m_addReplyAction->setEnabled(
        selected && !selected->isRunning()
        && (!selected->text().isEmpty() || !selected->toolCalls().isEmpty()));
}

void MainWindow::updateUsageLabels()
{
    const Run *last = m_session->lastFinishedRun();
    m_lastCallLabel->setText(last ? tr("Last: %1").arg(CostText::run(*last)) : QString());
    m_lastCallLabel->setVisible(last != nullptr);
    m_usageLabel->setText(tr("Session: %1").arg(CostText::totals(m_session->sessionTotals())));
    const QLocale locale;
    m_usageLabel->setToolTip(
        tr("Actual usage (excluding cached replies): %1 prompt + %2 completion tokens. Prices "
           "from the model catalog, as of %3.")
            .arg(locale.toString(m_session->actualUsage().promptTokens),
                 locale.toString(m_session->actualUsage().completionTokens),
                 locale.toString(m_session->catalog().pricesAsOf(), QLocale::ShortFormat)));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray())) {
        // First launch: most of the screen, never more than it.
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            resize(qMin(1440, available.width() * 95 / 100),
                   qMin(900, available.height() * 95 / 100));
        }
    }
    restoreState(settings.value(u"state"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray()))
        m_splitter->setSizes({1, 1});
    m_compareSplit = settings.value(u"compareSplitter"_s).toByteArray();
    if (settings.value(u"compareMode"_s, false).toBool()) {
        setCompareMode(true);
        // Docks hidden for comparing last time come back when leaving Compare mode.
        const QStringList hidden = settings.value(u"docksHiddenForCompare"_s).toStringList();
        for (QDockWidget *dock : {m_inspectorDock, m_usageDock}) {
            if (hidden.contains(dock->objectName()) && !m_docksHiddenForCompare.contains(dock))
                m_docksHiddenForCompare << dock;
        }
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"Provider/last"_s,
                      m_session->isDemo() ? QString() : m_session->providerLabel());
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    const bool comparing = isCompareMode();
    settings.setValue(u"splitter"_s, comparing ? m_chatSplit : m_splitter->saveState());
    settings.setValue(u"compareSplitter"_s, comparing ? m_splitter->saveState() : m_compareSplit);
    settings.setValue(u"compareMode"_s, comparing);
    QStringList hidden;
    for (const QDockWidget *dock : m_docksHiddenForCompare)
        hidden << dock->objectName();
    settings.setValue(u"docksHiddenForCompare"_s, hidden);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_autosaver->flush(); // the library finishes its writes before it is destroyed
    m_session->stop();
    m_compare->stop();
    QMainWindow::closeEvent(event);
}

void MainWindow::showShortcuts()
{
    QString rows;
    const QList<QAction *> all = actions();
    for (const QAction *a : all) {
        if (a->shortcut().isEmpty())
            continue;
        rows += u"<tr><td>%1</td><td><b>%2</b></td></tr>"_s.arg(
            QString(a->text()).remove(u'&').toHtmlEscaped(),
            a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    rows += u"<tr><td>%1</td><td><b>Alt+Up / Alt+Down</b></td></tr>"_s.arg(
        tr("Move the focused message"));
    rows += u"<tr><td>%1</td><td><b>Alt+Delete</b></td></tr>"_s.arg(
        tr("Remove the focused message"));
    rows += u"<tr><td>%1</td><td><b>Alt+C</b></td></tr>"_s.arg(
        tr("Collapse or expand the focused message"));
    rows += u"<tr><td>%1</td><td><b>Alt+I</b></td></tr>"_s.arg(
        tr("Attach images to the focused user message"));
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(u"<table cellspacing='6'>%1</table>"_s.arg(rows));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Modelkit Playground"),
                       tr("<p><b>Modelkit Playground</b> %1</p>"
                          "<p>A native desktop playground for large language models.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace playground
