// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// Conversations in the real window: export and reopen, open foreign and broken files,
// copy the request as curl and run it with Debian's curl, reopen from the history, and
// autosave surviving a `kill -9` of a child process in the middle of typing and streaming.
#include "chatserver.h"
#include "composer/composerpanel.h"
#include "composer/messageeditor.h"
#include "composer/messagetextedit.h"
#include "conversation/conversationformat.h"
#include "conversations/autosaver.h"
#include "conversations/conversationfileactions.h"
#include "conversations/conversationlibrary.h"
#include "conversations/historypanel.h"
#include "fixtures.h"
#include "leakscan.h"
#include "mainwindow.h"
#include "replyview/replyview.h"
#include "session/playgroundsession.h"
#include "widgets/noticebar.h"

#include <csignal>
#include <cstdio>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QQueue>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using namespace playground;
using testsupport::ChatServer;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;

namespace {

const QString canaryKey = u"sk-canary-7f3e9a1c4b"_s;
const QString streamedText
    = u"I'm unable to provide real-time weather updates. To get the current weather in San "
      "Francisco, I recommend checking a reliable weather website or a weather app."_s;

ProviderProfile loopbackProfile(const LoopbackServer &server)
{
    ProviderProfile profile;
    profile.name = u"OpenAI via loopback"_s;
    profile.kind = ProviderKind::OpenAi;
    profile.baseUrl = server.url(u"/v1"_s);
    profile.model = u"gpt-4o"_s;
    return profile;
}

void useLoopback(MainWindow &window, const LoopbackServer &server)
{
    window.session()->setKeyResolver([](const ProviderProfile &) { return canaryKey; });
    window.session()->setProfiles({loopbackProfile(server)});
    window.session()->selectProfile(0);
}

void clearAppData()
{
    QSettings().clear();
    QDir(ConversationLibrary::defaultDir()).removeRecursively();
}

//! The child of autosaveSurvivesKill: types, starts a slow stream, says READY, and waits
//! to be killed.
int runChild()
{
    QStandardPaths::setTestModeEnabled(true);
    MainWindow window;
    window.show();
    ProviderProfile profile;
    profile.name = u"OpenAI via loopback"_s;
    profile.kind = ProviderKind::OpenAi;
    profile.baseUrl = QUrl(qEnvironmentVariable("MODELKIT_CHILD_URL"));
    profile.model = u"gpt-4o"_s;
    window.session()->setKeyResolver([](const ProviderProfile &) { return canaryKey; });
    window.session()->setProfiles({profile});
    window.session()->selectProfile(0);
    window.session()->setMessages({});
    auto *composer = window.findChild<ComposerPanel *>(u"composer"_s);
    QTest::mouseClick(window.findChild<QPushButton *>(u"addUserButton"_s), Qt::LeftButton);
    QTest::keyClicks(composer->editorAt(0)->textEdit(), u"Typed just before the crash"_s);
    if (!QTest::qWaitFor([&] { return !window.session()->isKeyPending(); }, 5000))
        return 3;
    Run *run = window.session()->send();
    if (!run)
        return 4;
    if (!QTest::qWaitFor([run] { return run->text().size() > 20; }, 20000))
        return 5;
    // The autosave of the last change is due within Autosaver::maxDelayMs.
    std::printf("READY %lld\n", qint64(run->text().size()));
    std::fflush(stdout);
    QTest::qWait(60000);
    return 6;
}

} // namespace

class TstConversationWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportAndReopen();
    void openForeignAndBrokenFiles();
    void copyAsCurlRunsWithCurl();
    void historyReopensAConversation();
    void forkFromHere();
    void replyFinishingElsewhereIsSavedInItsConversation();
    void autosaveSurvivesKill();

private:
    Run *sendAndWait(MainWindow &window, int chunkSize = 0, int delayMs = 0);
    std::unique_ptr<ChatServer> m_server;
};

void TstConversationWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstConversationWindow::init()
{
    clearAppData();
    m_server = std::make_unique<ChatServer>();
    QVERIFY(m_server->isListening());
}

Run *TstConversationWindow::sendAndWait(MainWindow &window, int chunkSize, int delayMs)
{
    m_server->enqueueChat(ScriptedResponse::sse(
        testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s), chunkSize, delayMs));
    if (!QTest::qWaitFor([&] { return !window.session()->isKeyPending(); }, 5000))
        return nullptr;
    Run *run = window.session()->send();
    if (!run || !QTest::qWaitFor([run] { return !run->isRunning(); }, 10000))
        return nullptr;
    return run;
}

void TstConversationWindow::exportAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"paris.json"_s);
    QByteArray exported;
    {
        MainWindow window;
        useLoopback(window, *m_server);
        window.loadStarterConversation();
        window.session()->setTitle(u"Paris weather"_s);
        Run *run = sendAndWait(window);
        QVERIFY(run);
        QCOMPARE(run->state(), Run::State::Succeeded);
        window.session()->addTool(u"{ \"name\": \"broken\", "_s); // kept as typed
        auto *actions = window.findChild<ConversationFileActions *>();
        QSignalSpy done(actions, &ConversationFileActions::exported);
        actions->exportTo(path);
        QVERIFY(done.wait(5000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        exported = file.readAll();
    }
    // No key in the file: only the profile's name.
    QVERIFY(!exported.contains(canaryKey.toUtf8()));
    const QJsonObject json = QJsonDocument::fromJson(exported).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"modelkit.conversation"_s);
    QCOMPARE(json.value(u"profile"_s).toString(), u"OpenAI via loopback"_s);
    QCOMPARE(json.value(u"runs"_s).toArray().size(), 1);

    // Opened where the original is not in the library (another machine, say).
    QVERIFY(QDir(ConversationLibrary::defaultDir()).removeRecursively());
    const QString exportedId = json.value(u"id"_s).toString();
    MainWindow window;
    useLoopback(window, *m_server);
    auto *actions = window.findChild<ConversationFileActions *>();
    QSignalSpy opened(actions, &ConversationFileActions::opened);
    actions->importFile(path);
    QVERIFY(opened.wait(5000));
    PlaygroundSession *session = window.session();
    QCOMPARE(session->conversationId(), exportedId);
    QCOMPARE(session->title(), u"Paris weather"_s);
    QCOMPARE(session->messages().size(), 2);
    QCOMPARE(session->toolTexts().size(), 2);
    QCOMPARE(session->toolTexts().last(), u"{ \"name\": \"broken\", "_s);
    QCOMPARE(session->model(), u"gpt-4o"_s);
    // The run is back, finished, with its reply shown.
    QCOMPARE(session->runs().size(), 1);
    Run *restored = session->runs().first();
    QVERIFY(restored->isRestored());
    QCOMPARE(restored->text(), streamedText);
    QCOMPARE(restored->usage().promptTokens, 14);
    QVERIFY(restored->costUsd());
    auto *reply = window.findChild<ReplyView *>(u"replyView"_s);
    QTRY_COMPARE(reply->displayedText(), streamedText);

    // Exporting what was opened, unchanged, gives the same bytes.
    QSignalSpy done(actions, &ConversationFileActions::exported);
    actions->exportTo(dir.filePath(u"again.json"_s));
    QVERIFY(done.wait(5000));
    QFile file(dir.filePath(u"again.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), exported);

    // Opening it again while it is in the library gives a copy, never an overwrite.
    QTRY_VERIFY(QFile::exists(window.library()->filePath(exportedId)));
    MainWindow second;
    auto *secondActions = second.findChild<ConversationFileActions *>();
    QSignalSpy reopened(secondActions, &ConversationFileActions::opened);
    secondActions->importFile(path);
    QVERIFY(reopened.wait(5000));
    QVERIFY(second.session()->conversationId() != exportedId);
    QTRY_VERIFY(QFile::exists(second.library()->filePath(second.session()->conversationId())));
}

void TstConversationWindow::openForeignAndBrokenFiles()
{
    QTemporaryDir dir;
    MainWindow window;
    window.loadStarterConversation();
    auto *actions = window.findChild<ConversationFileActions *>();
    const QList<LlmMessage> before = window.session()->messages();

    // A broken file: a precise error, nothing changed.
    const QString broken = dir.filePath(u"broken.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"model": "gpt-4o", "messages": [{"role": "user", "content": 42}]})");
    file.close();
    QSignalSpy problem(actions, &ConversationFileActions::problem);
    actions->importFile(broken);
    QVERIFY(problem.wait(5000));
    const QString message = problem.first().first().toString();
    QVERIFY2(message.contains(u"broken.json"_s) && message.contains(u"$.messages[0].content"_s),
             qPrintable(message));
    QCOMPARE(window.session()->messages(), before);
    auto *notice = window.findChild<NoticeBar *>(u"sendProblem"_s);
    QVERIFY(!notice->isHidden());

    // An OpenAI Chat Completions body opens as a conversation.
    const QString openai = dir.filePath(u"request.json"_s);
    QFile body(openai);
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write(R"({"model": "gpt-4o-mini", "messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hello there"}], "temperature": 0.2})");
    body.close();
    QSignalSpy opened(actions, &ConversationFileActions::opened);
    actions->importFile(openai);
    QVERIFY(opened.wait(5000));
    QCOMPARE(window.session()->messages().size(), 2);
    QCOMPARE(std::get<UserMessage>(window.session()->messages().at(1)).text(), u"Hello there"_s);
    QCOMPARE(window.session()->parameters().temperature, 0.2);
}

void TstConversationWindow::copyAsCurlRunsWithCurl()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QFAIL("curl is missing: packaging/install-deps.sh installs it");
    MainWindow window;
    useLoopback(window, *m_server);
    window.loadStarterConversation();
    QVERIFY(QTest::qWaitFor([&] { return !window.session()->isKeyPending(); }, 5000));
    auto *actions = window.findChild<ConversationFileActions *>();
    QVERIFY(actions->copyAsCode(CodeExport::Format::Curl));
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.contains(u"\ncurl -sS"_s), qPrintable(command));
    QVERIFY(!command.contains(canaryKey));
    QVERIFY2(command.contains(u"$OPENAI_API_KEY"_s), qPrintable(command));

    // The app's own request, then curl's: the same body reaches the server.
    QVERIFY(sendAndWait(window));
    m_server->enqueueChat(
        ScriptedResponse::sse(testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OPENAI_API_KEY"_s, canaryKey);
    shell.setProcessEnvironment(env);
    shell.start(u"sh"_s, {u"-c"_s, command});
    QVERIFY(QTest::qWaitFor([&] { return shell.state() == QProcess::NotRunning; }, 15000));
    QCOMPARE(shell.exitCode(), 0);
    const QByteArray output = shell.readAllStandardOutput();
    // curl gets the same reply the app streamed.
    QCOMPARE(output, testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s));
    const QList<testsupport::RecordedRequest> chats = m_server->chatRequests();
    QCOMPARE(chats.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(chats.at(1).body), QJsonDocument::fromJson(chats.at(0).body));
    QCOMPARE(chats.at(1).headers.value("authorization"), "Bearer " + canaryKey.toUtf8());

    // The Demo provider has no HTTP request: a clear refusal.
    window.session()->selectProfile(-1);
    QSignalSpy problem(actions, &ConversationFileActions::problem);
    QVERIFY(!actions->copyAsCode(CodeExport::Format::Python));
    QCOMPARE(problem.size(), 1);
}

void TstConversationWindow::historyReopensAConversation()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConversationLibrary *library = window.library();
    window.session()->setMessages(
        {UserMessage{u"First conversation about umbrellas"_s, u"user"_s}});
    const QString firstId = window.session()->conversationId();
    QSignalSpy saved(library, &ConversationLibrary::saved);
    QVERIFY(saved.wait(3000));
    window.findChild<QAction *>(u"actionNewConversation"_s)->trigger();
    window.session()->setMessages({UserMessage{u"Second one, about trains"_s, u"user"_s}});
    QVERIFY(window.session()->conversationId() != firstId);
    QTRY_COMPARE(library->listBlocking().size(), 2);

    auto *history = window.findChild<HistoryPanel *>(u"historyPanel"_s);
    QVERIFY(history);
    Q_EMIT history->openRequested(firstId);
    QTRY_COMPARE(window.session()->conversationId(), firstId);
    QCOMPARE(std::get<UserMessage>(window.session()->messages().first()).text(),
             u"First conversation about umbrellas"_s);
    // The second was saved before the first was opened.
    QVERIFY(library->listBlocking(u"trains"_s).size() == 1);

    // Deleting the open conversation closes it; autosave does not write it back, so the
    // delete can still be undone.
    QVERIFY(library->removeBlocking(firstId));
    QTRY_VERIFY(window.session()->conversationId() != firstId);
    QVERIFY(window.session()->messages().isEmpty());
    QTest::qWait(Autosaver::maxDelayMs + 200);
    QVERIFY(!QFile::exists(library->filePath(firstId)));
    QVERIFY(library->restoreBlocking(firstId));
}

void TstConversationWindow::forkFromHere()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useLoopback(window, *m_server);
    window.session()->setMessages({SystemMessage{u"Be brief."_s},
                                   UserMessage{u"Weather in Paris?"_s, u"user"_s},
                                   AssistantMessage{u"Mild."_s, std::nullopt, u"assistant"_s, {}}});
    window.session()->setTitle(u"Paris"_s);
    QVERIFY(sendAndWait(window));
    const QString originalId = window.session()->conversationId();

    // Alt+B in the second message's editor forks there.
    auto *composer = window.findChild<ComposerPanel *>(u"composer"_s);
    QTRY_COMPARE(composer->editorCount(), 3);
    MessageTextEdit *text = composer->editorAt(1)->textEdit();
    text->setFocus();
    QTest::keyClick(text, Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY(window.session()->conversationId() != originalId); // queued
    QCOMPARE(window.session()->messages().size(), 2);
    QCOMPARE(window.session()->title(), u"Paris (fork)"_s);
    QVERIFY(window.session()->runs().isEmpty());

    // Both are in the library; the original kept its messages and run.
    ConversationLibrary *library = window.library();
    QTRY_VERIFY(library->loadBlocking(window.session()->conversationId()).has_value());
    const std::optional<Conversation> original = library->loadBlocking(originalId);
    QVERIFY(original);
    QCOMPARE(original->messages.size(), 3);
    QCOMPARE(original->runs.size(), 1);
}

void TstConversationWindow::replyFinishingElsewhereIsSavedInItsConversation()
{
    MainWindow window;
    useLoopback(window, *m_server);
    window.session()->setMessages({UserMessage{u"Weather in Paris?"_s, u"user"_s}});
    const QString firstId = window.session()->conversationId();
    QVERIFY(QTest::qWaitFor([&] { return !window.session()->isKeyPending(); }, 5000));
    m_server->enqueueChat(ScriptedResponse::sse(
        testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s), 400, 30));
    Run *run = window.session()->send();
    QVERIFY(run);
    QVERIFY(QTest::qWaitFor([run] { return !run->text().isEmpty(); }, 5000));
    // A new conversation while the reply streams: the first is saved cut off…
    window.findChild<QAction *>(u"actionNewConversation"_s)->trigger();
    window.session()->setMessages({UserMessage{u"Something else"_s, u"user"_s}});
    const QString secondId = window.session()->conversationId();
    QVERIFY(QTest::qWaitFor([run] { return !run->isRunning(); }, 10000));
    QCOMPARE(run->state(), Run::State::Succeeded);
    // …and completed there once the reply is done; the open one does not get it.
    ConversationLibrary *library = window.library();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto first = library->loadBlocking(firstId);
            return first && first->runs.size() == 1 && !first->runs.first().error
                   && first->runs.first().result
                   && first->runs.first().result->text() == streamedText;
        }(),
        5000);
    QTRY_VERIFY(library->loadBlocking(secondId).has_value());
    QVERIFY(library->loadBlocking(secondId)->runs.isEmpty());
}

void TstConversationWindow::autosaveSurvivesKill()
{
    m_server->enqueueChat(ScriptedResponse::sse(
        testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s), 40, 40));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MODELKIT_CHILD"_s, u"autosave"_s);
    env.insert(u"MODELKIT_CHILD_URL"_s, m_server->url(u"/v1"_s).toString());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted(5000));
    QVERIFY2(
        QTest::qWaitFor(
            [&] { return child.canReadLine() || child.state() == QProcess::NotRunning; }, 30000),
        "the child did not start streaming");
    const QByteArray ready = child.readLine();
    QVERIFY2(ready.startsWith("READY"), ready.constData());
    // One autosave period (and a little) after the last keystroke and token.
    QTest::qWait(Autosaver::maxDelayMs + 700);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    MainWindow window;
    window.restoreLastConversation();
    QTRY_VERIFY(!window.session()->messages().isEmpty());
    QCOMPARE(std::get<UserMessage>(window.session()->messages().first()).text(),
             u"Typed just before the crash"_s);
    QCOMPARE(window.session()->runs().size(), 1);
    Run *run = window.session()->runs().first();
    QCOMPARE(run->state(), Run::State::Cancelled);
    QVERIFY2(run->text().size() >= ready.mid(6).trimmed().toInt(), qPrintable(run->text()));
    QVERIFY2(streamedText.startsWith(run->text()), qPrintable(run->text()));
    // The key never reached the saved file.
    QVERIFY(testsupport::filesContaining(ConversationLibrary::defaultDir(), canaryKey.toUtf8())
                .isEmpty());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariable("MODELKIT_CHILD") == u"autosave") {
        QApplication app(argc, argv);
        return runChild();
    }
    QApplication app(argc, argv);
    TstConversationWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_conversationwindow.moc"
