// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The window's frame: stable names, standard shortcuts, and that it paints.
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "session/playgroundsession.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensWithStableObjectNames();
    void quitHasTheStandardShortcut();
    void rendersToAnImage();
    void providersDialogOpensFromTheKeyboard();
    void savedProfilesReachThePicker();
    void cacheSwitchIsPerProfile();
};

void TstMainWindow::initTestCase()
{
    // Window layout is saved with QSettings: keep it out of the user's configuration.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TstMainWindow::opensWithStableObjectNames()
{
    playground::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.objectName(), u"mainWindow"_s);
    QCOMPARE(window.windowTitle(), u"Modelkit Playground"_s);
    // Every panel the tests and the shortcuts rely on is there, by its stable name.
    for (const QString &name : {u"composer"_s, u"replyView"_s, u"inspector"_s, u"toolsPanel"_s,
                                u"parametersPanel"_s, u"providerCombo"_s, u"modelCombo"_s,
                                u"settingsDock"_s, u"inspectorDock"_s, u"mainSplitter"_s})
        QVERIFY2(window.findChild<QWidget *>(name), qPrintable(name));
    QVERIFY(window.statusBar()->currentMessage().contains(u"Demo"_s));
}

void TstMainWindow::quitHasTheStandardShortcut()
{
    playground::MainWindow window;
    auto *quit = window.findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(window.findChild<QAction *>(u"actionAbout"_s));
    auto *send = window.findChild<QAction *>(u"actionSend"_s);
    QVERIFY(send);
    QVERIFY(send->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    auto *stop = window.findChild<QAction *>(u"actionStop"_s);
    QVERIFY(stop);
    QCOMPARE(stop->shortcut(), QKeySequence(Qt::Key_Escape));
    QVERIFY(!stop->isEnabled()); // nothing is running
    QVERIFY(send->toolTip().contains(u"Ctrl+Return"_s));
}

void TstMainWindow::rendersToAnImage()
{
    playground::MainWindow window;
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    // Something was drawn: the title and text give the image more than a couple of colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
}

void TstMainWindow::providersDialogOpensFromTheKeyboard()
{
    playground::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = window.findChild<QDialog *>(u"providersDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

void TstMainWindow::savedProfilesReachThePicker()
{
    playground::MainWindow window;
    auto *providers = window.findChild<QComboBox *>(u"providerCombo"_s);
    const int before = providers->count();
    modelkit::ProviderProfile profile;
    profile.name = u"My vLLM"_s;
    profile.kind = modelkit::ProviderKind::OpenAiCompatible;
    profile.baseUrl = QUrl(u"http://127.0.0.1:8000/v1"_s);
    QString error;
    QVERIFY2(window.profileStore()->add(profile, &error), qPrintable(error));
    QCOMPARE(providers->count(), before + 1);
    QVERIFY(providers->findText(u"My vLLM"_s) > 0);
    QVERIFY(window.profileStore()->remove(u"My vLLM"_s, &error));
    QCOMPARE(providers->count(), before);
}

void TstMainWindow::cacheSwitchIsPerProfile()
{
    playground::MainWindow window;
    QString error;
    for (const QString &name : {u"Local vLLM"_s, u"Paid API"_s}) {
        window.profileStore()->remove(name); // left by an interrupted run
        modelkit::ProviderProfile profile;
        profile.name = name;
        profile.kind = modelkit::ProviderKind::OpenAiCompatible;
        profile.baseUrl = QUrl(u"http://127.0.0.1:8000/v1"_s);
        QVERIFY2(window.profileStore()->add(profile, &error), qPrintable(error));
    }
    auto *providers = window.findChild<QComboBox *>(u"providerCombo"_s);
    auto *cache = window.findChild<QCheckBox *>(u"cacheCheck"_s);
    QVERIFY(cache);
    auto choose = [&](const QString &name) {
        const auto profiles = window.session()->profiles();
        for (int i = 0; i < profiles.size(); ++i) {
            if (profiles.at(i).name == name)
                window.session()->selectProfile(i);
        }
        return window.session()->providerLabel() == name;
    };
    QVERIFY(choose(u"Paid API"_s));
    QCOMPARE(providers->currentText(), u"Paid API"_s);
    QVERIFY(!cache->isChecked());
    cache->click();
    QVERIFY(window.session()->isCacheEnabled());
    // Stored with the profile (profiles.json), not for the window as a whole.
    const int paid = [&] {
        const auto profiles = window.profileStore()->profiles();
        for (int i = 0; i < profiles.size(); ++i)
            if (profiles.at(i).name == u"Paid API")
                return i;
        return -1;
    }();
    QVERIFY(paid >= 0);
    QVERIFY(window.profileStore()->profiles().at(paid).cacheResponses);
    QVERIFY(choose(u"Local vLLM"_s));
    QVERIFY(!cache->isChecked());
    QVERIFY(!window.session()->isCacheEnabled());
    QVERIFY(choose(u"Paid API"_s));
    QVERIFY(cache->isChecked());
    // A reloaded store (another window, the CLI) brings the setting back.
    modelkit::ProfileStore reread(modelkit::ProfileStore::defaultDirectory());
    QVERIFY(reread.load(&error));
    QVERIFY(reread.profiles().at(paid).cacheResponses);
    for (const QString &name : {u"Local vLLM"_s, u"Paid API"_s})
        QVERIFY(window.profileStore()->remove(name, &error));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
