// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The History panel driven with the keyboard and the mouse, offscreen, against a real
// conversation library (files and SQLite index) in a temporary folder.
#include "conversation/conversationformat.h"
#include "conversations/conversationlibrary.h"
#include "conversations/historymodel.h"
#include "conversations/historypanel.h"
#include "uitest.h"
#include "widgets/noticebar.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace modelkit;
using namespace playground;
using testsupport::findNamed;

namespace {

Conversation conversation(const QString &title, const QString &question, int minutesAgo)
{
    CompletionRequest request;
    request.messages = {UserMessage{question, u"user"_s}};
    Conversation result = Conversation::fromRequest(request);
    result.title = title;
    result.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return result;
}

} // namespace

class TstHistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchFiltersAsYouType();
    void enterAndDoubleClickOpen();
    void f2RenamesInPlace();
    void deleteThenUndo();
    void duplicateSelectsTheCopy();
    void currentConversationIsMarked();
    void contextMenuOffersTheActions();
    void brokenConversationDoesNotOpen();
    void followsLibraryChanges();
    void shortDates();

private:
    int rows() const { return m_list->model()->rowCount(); }
    QString titleAt(int row) const { return m_list->model()->index(row, 0).data().toString(); }
    QString idAt(int row) const
    {
        return m_list->model()->index(row, 0).data(HistoryModel::IdRole).toString();
    }
    //! Focuses the list with `row` current.
    void selectRow(int row);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<ConversationLibrary> m_library;
    std::unique_ptr<HistoryPanel> m_panel;
    QListView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QString m_rainId;
    QString m_tripId;
    QString m_coffeeId;
};

void TstHistoryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstHistoryPanel::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_library = std::make_unique<ConversationLibrary>(m_tmp->path() + u"/conversations"_s);
    m_rainId = m_library->saveBlocking(
        conversation(u"Rain gear"_s, u"Do I need an umbrella today?"_s, 30));
    m_tripId = m_library->saveBlocking(
        conversation(u"Trip planning"_s, u"Three days in Lisbon: what to see?"_s, 20));
    m_coffeeId
        = m_library->saveBlocking(conversation(QString(), u"Recommend a café in Zürich"_s, 10));
    QVERIFY(!m_rainId.isEmpty() && !m_tripId.isEmpty() && !m_coffeeId.isEmpty());

    m_panel = std::make_unique<HistoryPanel>(m_library.get());
    m_panel->resize(360, 480);
    m_list = findNamed<QListView>(m_panel.get(), u"historyList"_s);
    m_search = findNamed<QLineEdit>(m_panel.get(), u"historySearch"_s);
    QVERIFY(m_list && m_search);
    m_panel->show();
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QTRY_COMPARE(rows(), 3);
    QCOMPARE(titleAt(0), u"Recommend a café in Zürich"_s); // newest first, auto-titled
    QCOMPARE(titleAt(2), u"Rain gear"_s);
}

void TstHistoryPanel::cleanup()
{
    m_panel.reset();
    m_library.reset();
    m_tmp.reset();
}

void TstHistoryPanel::selectRow(int row)
{
    m_list->setFocus();
    m_list->setCurrentIndex(m_list->model()->index(row, 0));
    QVERIFY(QTest::qWaitFor([this] { return m_list->hasFocus(); }));
}

void TstHistoryPanel::searchFiltersAsYouType()
{
    QSignalSpy open(m_panel.get(), &HistoryPanel::openRequested);
    QCOMPARE(m_search->accessibleName(), u"Search conversations"_s);
    m_search->setFocus();
    QTest::keyClicks(m_search, u"umbr"_s);
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(titleAt(0), u"Rain gear"_s);
    auto *status = findNamed<QLabel>(m_panel.get(), u"historyStatus"_s);
    QVERIFY(status);
    QVERIFY2(status->text().contains(u'1'), qPrintable(status->text()));

    // Enter in the search field opens the match.
    QTest::keyClick(m_search, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_rainId);

    // Diacritics and hostile text.
    testsupport::retype(m_search, u"zurich"_s);
    QTRY_COMPARE(idAt(0), m_coffeeId);
    QCOMPARE(rows(), 1);
    testsupport::retype(m_search, u"\"foo AND ("_s);
    QTRY_COMPARE(rows(), 0);
    QVERIFY(!findNamed<NoticeBar>(m_panel.get(), u"historyNotice"_s)->isVisible());
    QVERIFY2(status->text().contains(u"foo"_s), qPrintable(status->text()));

    // Delete in the search field edits the text, never the list.
    testsupport::retype(m_search, u"lisbonx"_s);
    QTest::keyClick(m_search, Qt::Key_Left);
    QTest::keyClick(m_search, Qt::Key_Delete);
    QCOMPARE(m_search->text(), u"lisbon"_s);
    QTRY_COMPARE(idAt(0), m_tripId);
    QCOMPARE(rows(), 1);
    QVERIFY(QFile::exists(m_library->filePath(m_tripId)));

    // Down moves into the list; clearing the search shows everything again.
    QTest::keyClick(m_search, Qt::Key_Down);
    QVERIFY(m_list->hasFocus());
    QCOMPARE(m_panel->selectedId(), m_tripId);
    testsupport::retype(m_search, QString());
    QTRY_COMPARE(rows(), 3);
    QCOMPARE(m_panel->selectedId(), m_tripId); // the selection stays
}

void TstHistoryPanel::enterAndDoubleClickOpen()
{
    QSignalSpy open(m_panel.get(), &HistoryPanel::openRequested);
    selectRow(0);
    QTest::keyClick(m_list, Qt::Key_Down);
    QCOMPARE(m_panel->selectedId(), m_tripId);
    QTest::keyClick(m_list, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_tripId);
    QTest::keyClick(m_list, Qt::Key_Enter);
    QCOMPARE(open.size(), 2);

    // QTest's double click is the second click only.
    const QRect rect = m_list->visualRect(m_list->model()->index(2, 0));
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_list->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(open.size(), 3);
    QCOMPARE(open.at(2).at(0).toString(), m_rainId);
}

void TstHistoryPanel::f2RenamesInPlace()
{
    QSignalSpy renamed(m_library.get(), &ConversationLibrary::renamed);
    QSignalSpy open(m_panel.get(), &HistoryPanel::openRequested);
    selectRow(1);
    QTest::keyClick(m_list, Qt::Key_F2);
    QLineEdit *editor = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        editor = m_list->viewport()->findChild<QLineEdit *>();
        return editor && editor->isVisible() && editor->hasFocus();
    }));
    QCOMPARE(editor->text(), u"Trip planning"_s);
    editor->selectAll();
    QTest::keyClicks(editor, u"Lisbon in three days"_s);
    // Enter commits the title; it does not open the conversation.
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(renamed.size(), 1);
    QCOMPARE(open.size(), 0);
    QCOMPARE(renamed.at(0).at(0).toString(), m_tripId);
    QTRY_COMPARE(titleAt(1), u"Lisbon in three days"_s);
    QCOMPARE(m_panel->selectedId(), m_tripId);
    QCOMPARE(m_library->loadBlocking(m_tripId)->title, u"Lisbon in three days"_s);

    // Escape leaves the title alone.
    selectRow(1);
    QTest::keyClick(m_list, Qt::Key_F2);
    QVERIFY(QTest::qWaitFor([&] {
        editor = m_list->viewport()->findChild<QLineEdit *>();
        return editor && editor->isVisible() && editor->hasFocus();
    }));
    QTest::keyClicks(editor, u"zzz"_s);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTest::qWait(100);
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(titleAt(1), u"Lisbon in three days"_s);
}

void TstHistoryPanel::deleteThenUndo()
{
    auto *undoBar = findNamed<QWidget>(m_panel.get(), u"historyUndoBar"_s);
    auto *undo = findNamed<QPushButton>(m_panel.get(), u"historyUndo"_s);
    QVERIFY(undoBar && undo);
    QVERIFY(!undoBar->isVisible());
    QVERIFY(!undo->accessibleName().isEmpty());

    selectRow(1);
    QTest::keyClick(m_list, Qt::Key_Delete);
    QTRY_COMPARE(rows(), 2);
    QVERIFY(undoBar->isVisible());
    QVERIFY2(findNamed<QLabel>(m_panel.get(), u"historyUndoText"_s)->text().contains(u"Trip"_s),
             "the bar names what was deleted");
    QVERIFY(!QFile::exists(m_library->filePath(m_tripId)));
    QCOMPARE(m_list->model()->index(1, 0).data(HistoryModel::IdRole).toString(), m_rainId);
    QCOMPARE(m_panel->selectedId(), m_rainId); // the next one, for repeated deletes

    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(rows(), 3);
    QVERIFY(!undoBar->isVisible());
    QVERIFY(QFile::exists(m_library->filePath(m_tripId)));
    QTRY_COMPARE(m_panel->selectedId(), m_tripId);

    // Undo covers the last delete only.
    selectRow(0);
    QTest::keyClick(m_list, Qt::Key_Delete);
    QTRY_COMPARE(rows(), 2);
    QTest::keyClick(m_list, Qt::Key_Delete);
    QTRY_COMPARE(rows(), 1);
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(rows(), 2);
    QVERIFY(!QFile::exists(m_library->filePath(m_coffeeId)));
    QVERIFY(QFile::exists(m_library->filePath(m_tripId)));
    QVERIFY(!undoBar->isVisible());
}

void TstHistoryPanel::duplicateSelectsTheCopy()
{
    selectRow(2);
    QTest::keyClick(m_list, Qt::Key_D, Qt::ControlModifier);
    QTRY_COMPARE(rows(), 4);
    QTRY_COMPARE(m_list->currentIndex().data().toString(), u"Rain gear (copy)"_s);
    QCOMPARE(m_list->currentIndex().row(), 0); // the newest
    QVERIFY(m_panel->selectedId() != m_rainId);
}

void TstHistoryPanel::currentConversationIsMarked()
{
    QCOMPARE(m_panel->currentId(), QString());
    m_panel->setCurrentId(m_tripId);
    QCOMPARE(m_panel->currentId(), m_tripId);
    const QModelIndex trip = m_list->model()->index(1, 0);
    QVERIFY(trip.data(HistoryModel::CurrentRole).toBool());
    QVERIFY(!m_list->model()->index(0, 0).data(HistoryModel::CurrentRole).toBool());
    QVERIFY(trip.data(Qt::AccessibleTextRole).toString().contains(u"open"_s));
    // Still marked after the list is read again.
    m_search->setText(u"lisbon"_s);
    QTRY_COMPARE(rows(), 1);
    QVERIFY(m_list->model()->index(0, 0).data(HistoryModel::CurrentRole).toBool());
    // Painting both kinds of rows works (and is worth a look when debugging).
    m_search->clear();
    QTRY_COMPARE(rows(), 3);
    QVERIFY(!m_panel->grab().isNull());
}

void TstHistoryPanel::contextMenuOffersTheActions()
{
    QCOMPARE(m_list->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList names;
    for (const QAction *action : m_list->actions())
        names << action->objectName();
    QCOMPARE(names, (QStringList{u"historyOpenAction"_s, u"historyRenameAction"_s,
                                 u"historyDuplicateAction"_s, u"historyDeleteAction"_s}));
    QVERIFY(!m_list->accessibleName().isEmpty());
    m_list->setCurrentIndex({});
    for (const QAction *action : m_list->actions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    selectRow(0);
    for (const QAction *action : m_list->actions())
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    // Rename works from the search field too.
    QSignalSpy open(m_panel.get(), &HistoryPanel::openRequested);
    m_search->setFocus();
    QTest::keyClick(m_search, Qt::Key_F2);
    QVERIFY(QTest::qWaitFor([&] { return m_list->viewport()->findChild<QLineEdit *>(); }));
}

void TstHistoryPanel::brokenConversationDoesNotOpen()
{
    const QString broken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QFile file(m_library->filePath(broken));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "modelkit.conversation", "version": 1, "messages": {)");
    file.close();
    m_panel->refresh();
    QTRY_COMPARE(rows(), 4);
    int row = -1;
    for (int i = 0; i < rows(); ++i) {
        if (idAt(i) == broken)
            row = i;
    }
    QVERIFY(row >= 0);
    QVERIFY(!m_list->model()->index(row, 0).data(HistoryModel::ErrorRole).toString().isEmpty());
    QSignalSpy open(m_panel.get(), &HistoryPanel::openRequested);
    selectRow(row);
    QVERIFY(!findNamed<QAction>(m_panel.get(), u"historyRenameAction"_s)->isEnabled());
    QTest::keyClick(m_list, Qt::Key_Return);
    QCOMPARE(open.size(), 0);
    auto *notice = findNamed<NoticeBar>(m_panel.get(), u"historyNotice"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(broken), qPrintable(notice->text()));
    // It can still be deleted.
    QTest::keyClick(m_list, Qt::Key_Delete);
    QTRY_COMPARE(rows(), 3);
}

void TstHistoryPanel::followsLibraryChanges()
{
    QSignalSpy refreshed(m_panel.get(), &HistoryPanel::refreshed);
    m_library->save(conversation(u"Saved by the session"_s, u"hello"_s, 0));
    QTRY_COMPARE(rows(), 4);
    QCOMPARE(titleAt(0), u"Saved by the session"_s);
    QVERIFY(refreshed.size() >= 1);

    // A hidden panel catches up when shown.
    m_panel->hide();
    QVERIFY(m_library->removeBlocking(m_rainId));
    QTest::qWait(100);
    QCOMPARE(rows(), 4);
    m_panel->show();
    QTRY_COMPARE(rows(), 3);
}

void TstHistoryPanel::shortDates()
{
    const QDateTime now(QDate(2026, 3, 12), QTime(15, 0));
    const QLocale locale;
    QCOMPARE(HistoryModel::shortDate(QDateTime(QDate(2026, 3, 12), QTime(9, 5)), now),
             locale.toString(QTime(9, 5), QLocale::ShortFormat));
    QCOMPARE(HistoryModel::shortDate(QDateTime(QDate(2026, 3, 11), QTime(23, 0)), now),
             u"Yesterday"_s);
    QCOMPARE(HistoryModel::shortDate(QDateTime(QDate(2026, 3, 8), QTime(9, 0)), now),
             locale.dayName(7, QLocale::ShortFormat));
    QCOMPARE(HistoryModel::shortDate(QDateTime(QDate(2025, 12, 1), QTime(9, 0)), now),
             locale.toString(QDate(2025, 12, 1), QLocale::ShortFormat));
    QCOMPARE(HistoryModel::shortDate({}, now), QString());
}

QTEST_MAIN(TstHistoryPanel)
#include "tst_historypanel.moc"
