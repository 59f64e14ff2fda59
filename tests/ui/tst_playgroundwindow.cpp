// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The real MainWindow, driven with keys and clicks against a loopback server that replays
// recorded OpenAI streams: compose, fix a broken tool, send, stream, inspect, stop, fail.
#include "chatserver.h"
#include "composer/cachesection.h"
#include "composer/composerpanel.h"
#include "composer/messageeditor.h"
#include "composer/messagetextedit.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "profiles/memorysecretstore.h"
#include "replyview/replyview.h"
#include "session/playgroundsession.h"
#include "usage/usageledger.h"
#include "usage/usagerecord.h"
#include "widgets/jsoneditor.h"
#include "widgets/noticebar.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QQueue>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace modelkit;
using namespace playground;
using testsupport::ChatServer;
using testsupport::ScriptedResponse;

namespace {

const QString streamedText
    = u"I'm unable to provide real-time weather updates. To get the current weather in San "
      "Francisco, I recommend checking a reliable weather website or a weather app."_s;

QString treeValue(QTreeWidget *tree, const QString &field)
{
    const QList<QTreeWidgetItem *> items
        = tree->findItems(field, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

} // namespace

class TstPlaygroundWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void composeFixToolSendAndInspect();
    void stopMidStreamKeepsPartialReply();
    void unauthorizedShowsTypedError();
    void demoToolLoopByHand();
    void firstLaunchIsTheDemo();
    void repeatedRequestAnsweredFromCache();
    void costComesFromTheCatalog();
    void keyComesFromTheSecretStore();
    void sendWithoutAModelSaysSo();

private:
    //! Points the window at the loopback server as an OpenAI-compatible profile.
    void useLoopback(MainWindow &window);
    MessageEditor *addMessage(MainWindow &window, const QString &button, const QString &text);
    void sendWithKeyboard(MainWindow &window);
    Run *waitForRun(MainWindow &window);

    std::unique_ptr<ChatServer> m_server;
};

void TstPlaygroundWindow::initTestCase()
{
    // Window layout is saved with QSettings: keep it out of the user's configuration.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TstPlaygroundWindow::init()
{
    m_server = std::make_unique<ChatServer>();
    QVERIFY(m_server->isListening());
}

void TstPlaygroundWindow::cleanup()
{
    m_server.reset();
}

void TstPlaygroundWindow::useLoopback(MainWindow &window)
{
    ProviderProfile profile;
    profile.name = u"Loopback"_s;
    profile.kind = ProviderKind::OpenAiCompatible;
    profile.baseUrl = m_server->url(u"/v1"_s);
    profile.model = u"gpt-4o"_s;
    window.session()->setKeyResolver([](const ProviderProfile &) { return u"sk-test-1234"_s; });
    window.session()->setProfiles({profile});
    auto *providers = window.findChild<QComboBox *>(u"providerCombo"_s);
    QVERIFY(providers);
    QCOMPARE(providers->count(), 2);
    providers->setFocus();
    // The keyboard path a user takes: move to the profile below the Demo entry.
    QTest::keyClick(providers, Qt::Key_Down);
    QCOMPARE(window.session()->profileIndex(), 0);
    QCOMPARE(window.session()->model(), u"gpt-4o"_s);
    // The window asks the OS keychain first (there is none here); Send waits for that.
    QTRY_VERIFY(!window.session()->isKeyPending());
}

MessageEditor *TstPlaygroundWindow::addMessage(MainWindow &window, const QString &button,
                                               const QString &text)
{
    auto *composer = window.findChild<ComposerPanel *>(u"composer"_s);
    const int before = composer->editorCount();
    QTest::mouseClick(window.findChild<QPushButton *>(button), Qt::LeftButton);
    if (composer->editorCount() != before + 1)
        return nullptr;
    MessageEditor *editor = composer->editorAt(before);
    QTest::keyClicks(editor->textEdit(), text);
    return editor;
}

void TstPlaygroundWindow::sendWithKeyboard(MainWindow &window)
{
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
}

Run *TstPlaygroundWindow::waitForRun(MainWindow &window)
{
    Run *run = window.session()->selectedRun();
    if (!run || !QTest::qWaitFor([run] { return !run->isRunning(); }, 10000))
        return nullptr;
    return run;
}

void TstPlaygroundWindow::composeFixToolSendAndInspect()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useLoopback(window);
    m_server->enqueueChat(ScriptedResponse::sse(
        testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s), 200));

    QVERIFY(addMessage(window, u"addSystemButton"_s, u"You are terse."_s));
    QVERIFY(addMessage(window, u"addUserButton"_s, u"Weather in Paris?"_s));
    QCOMPARE(window.session()->messages().size(), 2);
    QCOMPARE(std::get<SystemMessage>(window.session()->messages().at(0)).content,
             u"You are terse."_s);

    // A tool with a syntax error: Send is refused with the position of the mistake.
    auto *addTool = window.findChild<QToolButton *>(u"addToolButton"_s);
    QVERIFY(addTool);
    QTest::mouseClick(addTool, Qt::LeftButton);
    QCOMPARE(window.session()->toolTexts().size(), 1);
    auto *toolEditor = window.findChild<JsonEditor *>(u"toolEditor"_s);
    QVERIFY(toolEditor);
    toolEditor->textEdit()->selectAll();
    QTest::keyClicks(toolEditor->textEdit(), u"{\"name\": \"get_weather\""_s);
    QTest::keyClick(toolEditor->textEdit(), Qt::Key_Return);
    QTest::keyClicks(toolEditor->textEdit(), u" \"parameters\": {\"type\": \"object\"}}"_s);
    QTRY_VERIFY(!toolEditor->isValid());
    QCOMPARE(toolEditor->errorLine(), 2);
    sendWithKeyboard(window);
    auto *notice = window.findChild<NoticeBar *>(u"sendProblem"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"Line 2, column 2"_s), qPrintable(notice->text()));
    QCOMPARE(m_server->chatRequests().size(), 0);
    QVERIFY(window.session()->runs().isEmpty());

    // Fixed: the request goes out with the tool.
    toolEditor->textEdit()->selectAll();
    QTest::keyClicks(toolEditor->textEdit(),
                     u"{\"name\": \"get_weather\", \"description\": \"Weather\","
                     " \"parameters\": {\"type\": \"object\", \"properties\":"
                     " {\"city\": {\"type\": \"string\"}}}}"_s);
    QTRY_VERIFY(toolEditor->isValid());
    sendWithKeyboard(window);
    QVERIFY(!notice->isVisible());
    Run *run = waitForRun(window);
    QVERIFY(run);
    QCOMPARE(run->state(), Run::State::Succeeded);

    // The raw request as the server received it.
    QCOMPARE(m_server->chatRequests().size(), 1);
    const testsupport::RecordedRequest request = m_server->chatRequests().first();
    QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-test-1234"));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(u"model"_s).toString(), u"gpt-4o"_s);
    QCOMPARE(body.value(u"stream"_s).toBool(), true);
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0)[u"role"_s].toString(), u"system"_s);
    QCOMPARE(messages.at(1)[u"content"_s].toString(), u"Weather in Paris?"_s);
    QCOMPARE(body.value(u"tools"_s).toArray().at(0)[u"function"_s][u"name"_s].toString(),
             u"get_weather"_s);

    // The reply view shows exactly what streamed.
    auto *reply = window.findChild<ReplyView *>(u"replyView"_s);
    QCOMPARE(reply->displayedText(), streamedText);
    QCOMPARE(reply->displayedText(), run->text());

    // The inspector shows the result's fields and the request as sent (key redacted).
    auto *tree = window.findChild<QTreeWidget *>(u"resultTree"_s);
    QVERIFY(tree);
    QCOMPARE(treeValue(tree, u"finish_reason"_s), u"stop"_s);
    QCOMPARE(treeValue(tree, u"prompt_tokens"_s), u"14"_s);
    QCOMPARE(treeValue(tree, u"completion_tokens"_s), u"30"_s);
    QCOMPARE(treeValue(tree, u"cached"_s), u"false"_s);
    auto *requestBody = window.findChild<QPlainTextEdit *>(u"requestBody"_s);
    QVERIFY(requestBody);
    QVERIFY(requestBody->toPlainText().contains(u"\"Weather in Paris?\""_s));
    QVERIFY(requestBody->toPlainText().contains(u"get_weather"_s));
    auto *headers = window.findChild<QAbstractItemView *>(u"requestHeaders"_s);
    QVERIFY(headers);
    bool sawAuthorization = false;
    for (int row = 0; row < headers->model()->rowCount(); ++row) {
        const QString name = headers->model()->index(row, 0).data().toString();
        const QString value = headers->model()->index(row, 1).data().toString();
        QVERIFY2(!value.contains(u"sk-test-1234"_s), "the key reached the inspector");
        sawAuthorization |= name.compare(u"authorization"_s, Qt::CaseInsensitive) == 0;
    }
    QVERIFY(sawAuthorization);
    auto *timeline = window.findChild<QTableView *>(u"timelineTable"_s);
    QVERIFY(timeline);
    QTRY_VERIFY(timeline->model()->rowCount() >= 30);
}

void TstPlaygroundWindow::stopMidStreamKeepsPartialReply()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useLoopback(window);
    // About one event per 40 ms: plenty of time to press Esc in the middle.
    m_server->enqueueChat(ScriptedResponse::sse(
        testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s), 300, 40));
    QVERIFY(addMessage(window, u"addUserButton"_s, u"Weather in Paris?"_s));
    sendWithKeyboard(window);
    Run *run = window.session()->selectedRun();
    QVERIFY(run);
    QTRY_VERIFY(m_server->chatRequests().size() == 1);
    const int connectionsWhileStreaming = m_server->openConnections();
    auto *reply = window.findChild<ReplyView *>(u"replyView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!reply->displayedText().isEmpty(), 5000);
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(run->state(), Run::State::Cancelled);
    const QString partial = reply->displayedText();
    QVERIFY(!partial.isEmpty());
    QVERIFY2(streamedText.startsWith(partial), qPrintable(partial));
    QVERIFY(partial.size() < streamedText.size()); // it really stopped
    // The streaming socket is closed (an idle keep-alive one from the model list may stay).
    QTRY_COMPARE(m_server->openConnections(), connectionsWhileStreaming - 1);
    // Nothing arrives after Stop.
    QTest::qWait(200);
    QCOMPARE(reply->displayedText(), partial);
}

void TstPlaygroundWindow::unauthorizedShowsTypedError()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useLoopback(window);
    m_server->enqueueChat(ScriptedResponse::json(
        401,
        QJsonObject{{u"error"_s,
                     QJsonObject{{u"message"_s, u"Incorrect API key provided: sk-test***1234."_s},
                                 {u"type"_s, u"invalid_request_error"_s},
                                 {u"code"_s, u"invalid_api_key"_s}}}},
        {{"x-request-id", "req_401abc"}}));
    QVERIFY(addMessage(window, u"addUserButton"_s, u"Hello"_s));
    sendWithKeyboard(window);
    Run *run = waitForRun(window);
    QVERIFY(run);
    QCOMPARE(run->state(), Run::State::Failed);
    QCOMPARE(run->error()->kind, ModelError::Kind::Authentication);
    auto *reply = window.findChild<ReplyView *>(u"replyView"_s);
    QVERIFY(reply->displayedText().isEmpty());
    auto *banner = window.findChild<QWidget *>(u"replyError"_s);
    QVERIFY(banner);
    QTRY_VERIFY(banner->isVisible());
    QString shown;
    const QList<QLabel *> labels = banner->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        shown += label->text() + u'\n';
    QVERIFY2(shown.contains(u"401"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Incorrect API key provided"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"req_401abc"_s), qPrintable(shown));
}

void TstPlaygroundWindow::demoToolLoopByHand()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.session()->isDemo());
    window.loadStarterConversation();
    QCOMPARE(window.session()->messages().size(), 2);
    QCOMPARE(window.session()->toolTexts().size(), 1);
    sendWithKeyboard(window);
    Run *run = waitForRun(window);
    QVERIFY(run);
    QCOMPARE(run->state(), Run::State::Succeeded);
    QVERIFY(!run->thought().isEmpty());
    QCOMPARE(run->toolCalls().size(), 1);
    QCOMPARE(run->toolCalls().first().name, u"get_weather"_s);

    // Ctrl+Shift+Enter appends the calls and a tool-result editor to fill in.
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.session()->messages().size(), 4);
    const auto &calls = std::get<AssistantMessage>(window.session()->messages().at(2));
    QVERIFY(calls.hasFunctionCalls());
    auto *composer = window.findChild<ComposerPanel *>(u"composer"_s);
    MessageEditor *results = composer->editorAt(3);
    QCOMPARE(results->role(), MessageEditor::Role::ToolResult);
    QCOMPARE(results->table()->rowCount(), 1);
    QCOMPARE(results->table()->item(0, 0)->text(), run->toolCalls().first().id);
    results->table()->item(0, 2)->setText(u"{\"temperature\": 14, \"sky\": \"rain\"}"_s);

    sendWithKeyboard(window);
    Run *second = waitForRun(window);
    QVERIFY(second && second != run);
    QCOMPARE(second->state(), Run::State::Succeeded);
    QVERIFY2(second->text().contains(u"rain"_s), qPrintable(second->text()));
}

void TstPlaygroundWindow::firstLaunchIsTheDemo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *providers = window.findChild<QComboBox *>(u"providerCombo"_s);
    QCOMPARE(providers->currentIndex(), 0);
    auto *badge = window.findChild<QLabel *>(u"demoBadge"_s);
    QVERIFY(badge && badge->isVisible());
    auto *models = window.findChild<QComboBox *>(u"modelCombo"_s);
    QTRY_VERIFY(models->count() >= 2);
    QCOMPARE(models->currentText(), window.session()->model());
}

void TstPlaygroundWindow::repeatedRequestAnsweredFromCache()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useLoopback(window);
    const QByteArray stream = testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s);
    m_server->enqueueChat(ScriptedResponse::sse(stream, 500));
    m_server->enqueueChat(ScriptedResponse::sse(stream, 500));
    QVERIFY(addMessage(window, u"addUserButton"_s, u"Cache me"_s));

    // The real disk store (SQLite under the test-mode cache location), emptied first.
    auto *cacheCheck = window.findChild<QCheckBox *>(u"cacheCheck"_s);
    QVERIFY(cacheCheck);
    cacheCheck->click();
    QVERIFY(window.session()->isCacheEnabled());
    auto *section = window.findChild<CacheSection *>(u"cacheSection"_s);
    section->clearCache();

    sendWithKeyboard(window);
    Run *first = waitForRun(window);
    QVERIFY(first);
    QCOMPARE(first->state(), Run::State::Succeeded);
    QVERIFY(!first->result().cached);
    QTRY_VERIFY(window.findChild<QLabel *>(u"cacheStats"_s)->text().contains(u"1 miss"_s));

    sendWithKeyboard(window);
    Run *second = waitForRun(window);
    QVERIFY(second && second != first);
    QCOMPARE(second->state(), Run::State::Succeeded);
    QVERIFY(second->result().cached);
    QTRY_COMPARE(window.findChild<QLabel *>(u"runState"_s)->text(), u"Cached"_s);
    QCOMPARE(second->text(), streamedText);
    QCOMPARE(m_server->chatRequests().size(), 1); // answered without the provider
    auto *tree = window.findChild<QTreeWidget *>(u"resultTree"_s);
    QTRY_COMPARE(treeValue(tree, u"cached"_s), u"true"_s);
    // Actual usage counts only the call that reached the provider.
    QCOMPARE(window.session()->actualUsage().completionTokens, 30);
    QCOMPARE(window.session()->totalUsage().completionTokens, 60);

    // After clearing, the same request goes to the provider again.
    section->clearCache();
    QTRY_VERIFY(window.findChild<QLabel *>(u"cacheStats"_s)->text().contains(u" 0 stored"_s));
    sendWithKeyboard(window);
    Run *third = waitForRun(window);
    QVERIFY(third && !third->result().cached);
    QCOMPARE(m_server->chatRequests().size(), 2);
}

void TstPlaygroundWindow::costComesFromTheCatalog()
{
    MainWindow window;
    // An OpenAI profile (served by the loopback server) prices gpt-4o from the catalog.
    ProviderProfile profile;
    profile.name = u"OpenAI via loopback"_s;
    profile.kind = ProviderKind::OpenAi;
    profile.baseUrl = m_server->url(u"/v1"_s);
    profile.model = u"gpt-4o"_s;
    window.session()->setKeyResolver([](const ProviderProfile &) { return u"sk-test"_s; });
    window.session()->setProfiles({profile});
    window.session()->selectProfile(0);
    QTRY_VERIFY(!window.session()->isKeyPending());
    const CatalogEntry entry = window.session()->catalogEntry();
    QVERIFY(entry.known);
    QVERIFY(entry.price.isKnown());
    m_server->enqueueChat(
        ScriptedResponse::sse(testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    window.session()->appendMessage(UserMessage{u"Price me"_s, u"user"_s});
    QVERIFY(window.session()->send());
    Run *run = waitForRun(window);
    QVERIFY(run);
    QCOMPARE(run->state(), Run::State::Succeeded);
    const double expected = (14 * *entry.price.input + 30 * *entry.price.output) / 1e6;
    QVERIFY(run->costUsd());
    QCOMPARE(*run->costUsd(), expected);
    QCOMPARE(window.session()->totalCostUsd(), expected);
    QCOMPARE(window.session()->unpricedRuns(), 0);
    auto *tree = window.findChild<QTreeWidget *>(u"resultTree"_s);
    QTRY_COMPARE(treeValue(tree, u"cost_usd"_s), QString::number(expected, 'f', 6));
    auto *stats = window.findChild<QLabel *>(u"runStats"_s);
    QVERIFY2(stats->text().contains(u"$"_s), qPrintable(stats->text()));
    const QString label = window.findChild<QLabel *>(u"sessionUsage"_s)->text();
    QVERIFY2(label.contains(QLocale().toString(expected, 'f', 4)), qPrintable(label));

    // The call is in the persistent usage ledger (shared with the CLI), with its cost.
    UsageLedger ledger(UsageLedger::defaultPath());
    UsageLedger::Query query;
    query.model = u"gpt-4o"_s;
    QList<UsageRecord> rows;
    QTRY_VERIFY(!(rows = ledger.queryBlocking(query)).isEmpty()
                && rows.last().conversationId == window.session()->conversationId());
    const UsageRecord &row = rows.last();
    QCOMPARE(row.source, u"app"_s);
    QCOMPARE(row.profile, u"OpenAI via loopback"_s);
    QCOMPARE(row.usage.promptTokens, 14);
    QCOMPARE(row.usage.completionTokens, 30);
    QVERIFY(row.costUsd);
    QCOMPARE(*row.costUsd, expected);
    QCOMPARE(row.finishReason, u"stop"_s);
    QVERIFY(!row.cached);
}

void TstPlaygroundWindow::keyComesFromTheSecretStore()
{
    MainWindow window;
    // A stand-in for the OS keychain holds the profile's key; nothing in the environment.
    MemorySecretStore keychain;
    QVERIFY(keychain.writeBlocking(u"Loopback"_s, u"sk-from-keychain"_s).ok());
    window.session()->setSecretStores(&keychain, nullptr);
    window.session()->setKeyResolver([](const ProviderProfile &) { return QString(); });
    ProviderProfile profile;
    profile.name = u"Loopback"_s;
    profile.kind = ProviderKind::OpenAi; // OpenAI needs a key even on another host
    profile.baseUrl = m_server->url(u"/v1"_s);
    profile.model = u"gpt-4o"_s;
    window.session()->setProfiles({profile});
    window.session()->selectProfile(0);
    // The keychain answers asynchronously: Send waits for it, then the key goes out.
    m_server->enqueueChat(
        ScriptedResponse::sse(testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    window.session()->appendMessage(UserMessage{u"Hi"_s, u"user"_s});
    QString refusal;
    QVERIFY(!window.session()->send(&refusal));
    QVERIFY2(refusal.contains(u"keychain"_s), qPrintable(refusal));
    // (QTRY_VERIFY would evaluate send() once more after success.)
    QVERIFY(QTest::qWaitFor([&window] { return window.session()->send() != nullptr; }));
    Run *run = waitForRun(window);
    QVERIFY(run);
    QVERIFY2(run->state() == Run::State::Succeeded,
             qPrintable(run->error() ? run->error()->toString() : QString()));
    QCOMPARE(m_server->chatRequests().size(), 1);
    QCOMPARE(m_server->chatRequests().first().header("authorization"),
             QByteArray("Bearer sk-from-keychain"));

    // A changed key is read again.
    QVERIFY(keychain.writeBlocking(u"Loopback"_s, u"sk-rotated"_s).ok());
    window.session()->forgetKey(u"Loopback"_s);
    m_server->enqueueChat(
        ScriptedResponse::sse(testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    // Until the new key arrives Send is refused, then it goes out.
    // (QTRY_VERIFY would evaluate send() once more after success.)
    QVERIFY(QTest::qWaitFor([&window] { return window.session()->send() != nullptr; }));
    QVERIFY(waitForRun(window));
    QCOMPARE(m_server->chatRequests().last().header("authorization"),
             QByteArray("Bearer sk-rotated"));
}

void TstPlaygroundWindow::sendWithoutAModelSaysSo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ProviderProfile profile;
    profile.name = u"Local server"_s;
    profile.kind = ProviderKind::OpenAiCompatible; // serves whatever is loaded: no default
    profile.baseUrl = m_server->url(u"/v1"_s);
    window.session()->setProfiles({profile});
    window.session()->selectProfile(0);
    QTRY_VERIFY(!window.session()->isKeyPending());
    QVERIFY(addMessage(window, u"addUserButton"_s, u"Hello"_s));
    sendWithKeyboard(window);
    auto *notice = window.findChild<NoticeBar *>(u"sendProblem"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"Choose a model"_s), qPrintable(notice->text()));
    QCOMPARE(m_server->chatRequests().size(), 0);
}

QTEST_MAIN(TstPlaygroundWindow)
#include "tst_playgroundwindow.moc"
