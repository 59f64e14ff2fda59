// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The canary: a profile with a unique fake key is set up through the real window and
// dialog (real keychain: tests/with-keyring.sh), requests are sent with it, the response
// cache and debug logging are on, the inspector's copy buttons are used, the window
// saves its state. Then every file the app could have written (config, cache, data) is
// scanned: the key must be in the keyring and nowhere else.
#include "fixtures.h"
#include "leakscan.h"
#include "loopbackserver.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "providers/providersdialog.h"
#include "session/playgroundsession.h"
#include "uitest.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QGuiApplication>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace modelkit;
using namespace playground;
using testsupport::ScriptedResponse;

namespace {

constexpr int keyringTimeoutMs = 20000;
QFile *logFile = nullptr;

void writeLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (logFile)
        logFile->write(QByteArray(context.category) + ": " + message.toUtf8() + '\n');
}

} // namespace

class TstCanaryKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyAppearsNowhereButTheKeyring();

private:
    QTemporaryDir m_home;
    QString m_key;
};

void TstCanaryKeyring::initTestCase()
{
    const QString temp = QDir::tempPath();
    QVERIFY2(qEnvironmentVariable("XDG_DATA_HOME").startsWith(temp)
                 && !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(),
             "run this test through tests/with-keyring.sh (ctest does)");
    QVERIFY(m_home.isValid());
    // Everything the app writes lands under these, where the scan can see it.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u"cache"_s)));
    QDir().mkpath(m_home.filePath(u"cache"_s));
    logFile = new QFile(m_home.filePath(u"cache/playground.log"_s));
    QVERIFY(logFile->open(QIODevice::WriteOnly));
    qInstallMessageHandler(writeLog);
    QLoggingCategory::setFilterRules(u"modelkit.*=true"_s);
    m_key = u"sk-canary-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

void TstCanaryKeyring::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
    delete logFile;
    logFile = nullptr;
}

void TstCanaryKeyring::keyAppearsNowhereButTheKeyring()
{
    testsupport::LoopbackServer server;
    QList<QByteArray> authorizations;
    server.setHandler([&](const testsupport::RecordedRequest &request) {
        authorizations << request.header("authorization");
        if (request.path.endsWith("/models"))
            return ScriptedResponse::json(
                200, QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, u"gpt-4o"_s}}}}});
        return ScriptedResponse::sse(
            testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s));
    });

    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // The profile and its key, typed into the Providers dialog.
    QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = window->findChild<ProvidersDialog *>(u"providersDialog"_s);
    QVERIFY(dialog);
    dialog->setAsker(
        [](ProvidersDialog::Question, const QString &) { return ProvidersDialog::Answer::Accept; });
    QSignalSpy keyChanged(dialog, &ProvidersDialog::keyChanged);
    dialog->findChild<QToolButton *>(u"addProfileButton"_s)
        ->menu()
        ->findChild<QAction *>(u"addKind_compatible"_s)
        ->trigger();
    const auto retype = [dialog](const QString &name, const QString &text) {
        testsupport::retype(dialog->findChild<QLineEdit *>(name), text);
    };
    retype(u"profileName"_s, u"Canary"_s);
    retype(u"profileBaseUrl"_s, server.url(u"/v1"_s).toString());
    retype(u"profileKey"_s, m_key);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveProfileButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(keyChanged.count(), 1, keyringTimeoutMs);
    dialog->reject();

    // Requests with it, through the response cache, with debug logging on.
    PlaygroundSession *session = window->session();
    const int index = int(window->profileStore()->indexOf(u"Canary"_s));
    QVERIFY(index >= 0);
    session->selectProfile(index);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isKeyPending(), keyringTimeoutMs);
    session->setModel(u"gpt-4o"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!session->isKeyPending(), keyringTimeoutMs);
    window->findChild<QCheckBox *>(u"cacheCheck"_s)->click();
    QVERIFY(session->isCacheEnabled());
    session->appendMessage(UserMessage{u"Hello canary"_s, u"user"_s});
    for (int i = 0; i < 2; ++i) {
        Run *run = session->send();
        QVERIFY(run);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 10000);
        QVERIFY2(run->state() == Run::State::Succeeded,
                 qPrintable(run->error() ? run->error()->toString() : QString()));
    }
    // The key really was used (the canary is alive)…
    QVERIFY(authorizations.contains("Bearer " + m_key.toUtf8()));
    // …and the second request came from the cache.
    QVERIFY(session->runs().last()->result().cached);

    // What a user copies from the inspector.
    session->selectRun(session->runs().first());
    QString copied;
    for (const QString &button : {u"copyRequestHeadersButton"_s, u"copyRequestBodyButton"_s,
                                  u"copyResultJsonButton"_s, u"copyRequestUrlButton"_s}) {
        auto *copy = window->findChild<QAbstractButton *>(button);
        QVERIFY2(copy, qPrintable(button));
        copy->click();
        copied += QGuiApplication::clipboard()->text() + u'\n';
    }
    QVERIFY2(copied.contains(u"authorization"_s, Qt::CaseInsensitive), qPrintable(copied));
    QVERIFY2(!copied.contains(m_key), "the key reached the clipboard");

    window->close(); // saves the window state
    window.reset();
    logFile->flush();
    QVERIFY(logFile->size() > 0); // logging was on and wrote something

    // The keyring has it (encrypted, so its files don't show it either).
    QProcess secretTool;
    secretTool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"org.modelkit.Playground"_s,
                                        u"user"_s, u"Canary"_s});
    QVERIFY(secretTool.waitForFinished(keyringTimeoutMs));
    QCOMPARE(QString::fromUtf8(secretTool.readAllStandardOutput()).trimmed(), m_key);

    // No file anywhere the app writes contains it. (The scan itself is checked first.)
    QTemporaryDir control;
    QFile planted(control.filePath(u"planted"_s));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("prefix " + m_key.toUtf8());
    planted.close();
    QCOMPARE(testsupport::filesContaining(control.path(), m_key.toUtf8()).size(), 1);
    const QStringList roots = {m_home.path(), qEnvironmentVariable("XDG_DATA_HOME"),
                               qEnvironmentVariable("XDG_RUNTIME_DIR")};
    QVERIFY(
        QFileInfo::exists(m_home.filePath(u"config/Modelkit/Modelkit Playground/profiles.json"_s)));
    for (const QString &root : roots) {
        const QStringList leaks = testsupport::filesContaining(root, m_key.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    }
}

QTEST_MAIN(TstCanaryKeyring)
#include "tst_canarykeyring.moc"
