// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The catalogs embedded under :/i18n as the app installs them: the window in German, the
// English plural forms, following the system, and the View ▸ Language setting.
#include "cost/costtext.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "session/usagetotals.h"
#include "settings/languagemenu.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using modelkit::Translations;
using playground::LanguageMenu;

namespace {

QStringList menuTitles(const playground::MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    return titles;
}

QString runs(int count)
{
    playground::UsageTotals totals;
    totals.runs = count;
    return playground::CostText::totals(totals);
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void catalogsAreEmbedded();
    void followsTheSystem_data();
    void followsTheSystem();
    void englishHasPluralForms();
    void windowInGerman();
    void languageMenuSavesTheChoice();
};

void TstTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstTranslations::init()
{
    QSettings().clear();
    Translations::install(u"en"_s);
}

void TstTranslations::catalogsAreEmbedded()
{
    QVERIFY(QFile::exists(u":/i18n/playground_en.qm"_s));
    QVERIFY(QFile::exists(u":/i18n/playground_de.qm"_s));
    const QStringList languages = Translations::languages();
    QCOMPARE(languages.value(0), u"en"_s);
    QVERIFY2(languages.contains(u"de"_s), qPrintable(languages.join(u", "_s)));
}

void TstTranslations::followsTheSystem_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system German") << QString() << QLocale(u"de_DE"_s) << u"de"_s;
    QTest::newRow("system Austrian German") << QString() << QLocale(u"de_AT"_s) << u"de"_s;
    QTest::newRow("system English") << QString() << QLocale(u"en_GB"_s) << u"en"_s;
    QTest::newRow("system without a catalog") << QString() << QLocale(u"fr_FR"_s) << u"en"_s;
    QTest::newRow("C locale") << QString() << QLocale::c() << u"en"_s;
    QTest::newRow("setting wins") << u"de"_s << QLocale(u"en_US"_s) << u"de"_s;
    QTest::newRow("English setting") << u"en"_s << QLocale(u"de_DE"_s) << u"en"_s;
    QTest::newRow("unknown setting") << u"xx"_s << QLocale(u"de_DE"_s) << u"de"_s;
}

void TstTranslations::followsTheSystem()
{
    QFETCH(QString, setting);
    QFETCH(QLocale, system);
    QFETCH(QString, expected);
    QCOMPARE(Translations::resolve(setting, system), expected);
}

void TstTranslations::englishHasPluralForms()
{
    QCOMPARE(Translations::current(), u"en"_s);
    // The source text says "%n run(s)"; the English catalog has the real forms.
    QVERIFY2(runs(1).startsWith(u"1 run · "_s), qPrintable(runs(1)));
    QVERIFY2(runs(2).startsWith(u"2 runs · "_s), qPrintable(runs(2)));
    QVERIFY2(runs(0).startsWith(u"0 runs · "_s), qPrintable(runs(0)));
    QCOMPARE(QCoreApplication::translate("playground::HistoryPanel", "%n match(es)", nullptr, 1),
             u"1 match"_s);
    QCOMPARE(QCoreApplication::translate("playground::HistoryPanel", "%n match(es)", nullptr, 3),
             u"3 matches"_s);
}

void TstTranslations::windowInGerman()
{
    QSettings().setValue(LanguageMenu::settingKey(), u"de"_s);
    QCOMPARE(LanguageMenu::applySavedLanguage(), u"de"_s);
    QCOMPARE(Translations::current(), u"de"_s);

    playground::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList titles = menuTitles(window);
    for (const QString &title : {u"&Datei"_s, u"&Nachrichten"_s, u"&Ansicht"_s, u"&Hilfe"_s})
        QVERIFY2(titles.contains(title), qPrintable(titles.join(u" | "_s)));
    auto *send = window.findChild<QAction *>(u"actionSend"_s);
    QVERIFY(send);
    QCOMPARE(send->text(), u"&Senden"_s);
    QVERIFY2(send->toolTip().startsWith(u"Senden ("_s), qPrintable(send->toolTip()));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"Demo-Provider"_s),
             qPrintable(window.statusBar()->currentMessage()));

    // German plural forms where the window shows a count: no runs yet.
    auto *totals = window.findChild<QLabel *>(u"conversationTotals"_s);
    QVERIFY(totals);
    QVERIFY2(totals->text().startsWith(u"0 Läufe · "_s), qPrintable(totals->text()));
    QVERIFY2(runs(1).startsWith(u"1 Lauf · "_s), qPrintable(runs(1)));

    // The language menu shows the setting.
    auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->title(), u"&Sprache"_s);
    auto *german = window.findChild<QAction *>(u"actionLanguage_de"_s);
    QVERIFY(german);
    QVERIFY(german->isChecked());
    QCOMPARE(german->text(), u"&Deutsch"_s);
    QCOMPARE(window.findChild<QAction *>(u"actionLanguage_en"_s)->text(), u"&English"_s);
}

void TstTranslations::languageMenuSavesTheChoice()
{
    playground::MainWindow window;
    auto *system = window.findChild<QAction *>(u"actionLanguageSystem"_s);
    auto *german = window.findChild<QAction *>(u"actionLanguage_de"_s);
    QVERIFY(system && german);
    QVERIFY(system->isChecked()); // nothing saved: follow the system
    QCOMPARE(window.findChild<QMenu *>(u"languageMenu"_s)->title(), u"&Language"_s);

    german->trigger();
    QCOMPARE(QSettings().value(LanguageMenu::settingKey()).toString(), u"de"_s);
    QVERIFY(german->isChecked());
    // Applies from the next start, and says so.
    const QString notice = window.statusBar()->currentMessage();
    QVERIFY2(notice.contains(u"Deutsch"_s) && notice.contains(u"start"_s), qPrintable(notice));
    QCOMPARE(Translations::current(), u"en"_s);

    system->trigger();
    QCOMPARE(QSettings().value(LanguageMenu::settingKey()).toString(), QString());
    QVERIFY(window.statusBar()->currentMessage().contains(u"system language"_s));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
