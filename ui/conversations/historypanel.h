// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace playground {

class ConversationLibrary;
class HistoryModel;
class NoticeBar;

//! The saved conversations (History): a search field filtering as you type (titles and
//! message text, prefixes of words), the list newest first with dates and search snippets,
//! and the actions Open (Enter, double-click), Rename (F2, in place), Duplicate (Ctrl+D;
//! the copy is selected) and Delete (Delete key) with an Undo bar valid until the next
//! delete. The same actions are in the list's context menu. Shortcuts are local to the
//! panel. The conversation open in the window is marked (setCurrentId()).
//!
//! The panel only asks: opening is the window's job (openRequested()), and it reads the
//! library again whenever the library reports a change.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(ConversationLibrary *library, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    //! The conversation marked as open.
    QString currentId() const;
    //! The conversation selected in the list; empty when none.
    QString selectedId() const;

public Q_SLOTS:
    //! Marks `id` as the conversation open in the window (empty: none).
    void setCurrentId(const QString &id);
    //! Reads the list again (it also does by itself after every change of the library).
    void refresh();
    //! Puts the keyboard focus in the search field, its text selected.
    void focusSearch();
    void openSelected();
    void renameSelected();
    void duplicateSelected();
    void removeSelected();
    //! Brings back the conversation deleted last, while the Undo bar offers it.
    void undoRemove();

Q_SIGNALS:
    //! The user wants to open `id` (a readable conversation of the library).
    void openRequested(const QString &id);
    //! The list shows the library's latest answer.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QAction *addListAction(const QString &name, const QString &text, const QKeySequence &keys,
                           Qt::ShortcutContext context, void (HistoryPanel::*slot)());
    void select(int row);
    void updateActions();
    void showError(const QString &message);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QPointer<ConversationLibrary> m_library;
    HistoryModel *m_model;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_status = nullptr;
    NoticeBar *m_notice = nullptr;
    QFrame *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    QPushButton *m_undo = nullptr;
    QAction *m_open = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QTimer m_searchSoon;    //!< debounces typing in the search field
    QTimer m_refreshSoon;   //!< coalesces the library's change reports
    int m_generation = 0;   //!< answers to an older refresh() are dropped
    bool m_editing = false; //!< a title is being edited in place: refreshes wait
    bool m_refreshPending = false;
    bool m_stale = false;         //!< the library changed while the panel was hidden
    QString m_selectAfterRefresh; //!< id to select once the list is read again
    int m_rowAfterRefresh = -1;   //!< else this row (after a delete)
    QString m_undoId;             //!< what Undo brings back
};

} // namespace playground
