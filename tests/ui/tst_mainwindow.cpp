// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The first window, driven offscreen the way the later UI tests will drive the panels.
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSet>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithStableObjectNames();
    void quitHasTheStandardShortcut();
    void rendersToAnImage();
};

void TstMainWindow::opensWithStableObjectNames()
{
    playground::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.objectName(), u"mainWindow"_s);
    QCOMPARE(window.windowTitle(), u"Modelkit Playground"_s);
    auto *text = window.findChild<QLabel *>(u"welcomeText"_s);
    QVERIFY(text);
    QVERIFY(text->text().contains(u"modelkit chat"_s));
    QVERIFY(!window.statusBar()->currentMessage().isEmpty());
}

void TstMainWindow::quitHasTheStandardShortcut()
{
    playground::MainWindow window;
    auto *quit = window.findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(window.findChild<QAction *>(u"actionAbout"_s));
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

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
