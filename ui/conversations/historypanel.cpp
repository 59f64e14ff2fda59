// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversations/historypanel.h"

#include "conversations/conversationlibrary.h"
#include "conversations/historydelegate.h"
#include "conversations/historymodel.h"
#include "widgets/noticebar.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace playground {

HistoryPanel::HistoryPanel(ConversationLibrary *library, QWidget *parent)
    : QWidget(parent), m_library(library), m_model(new HistoryModel(this))
{
    setObjectName(u"historyPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setPlaceholderText(tr("Search conversations"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setToolTip(tr("Titles and message text; words match as you type them"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_notice = new NoticeBar(this);
    m_notice->setObjectName(u"historyNotice"_s);
    layout->addWidget(m_notice);

    m_undoBar = new QFrame(this);
    m_undoBar->setObjectName(u"historyUndoBar"_s);
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(8, 2, 2, 2);
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setObjectName(u"historyUndoText"_s);
    m_undoText->setTextFormat(Qt::PlainText);
    m_undoText->setWordWrap(true);
    m_undo = new QPushButton(tr("Undo"), m_undoBar);
    m_undo->setObjectName(u"historyUndo"_s);
    m_undo->setAccessibleName(tr("Undo delete"));
    m_undo->setToolTip(tr("Bring back the conversation deleted last"));
    auto *dismiss = new QToolButton(m_undoBar);
    dismiss->setAutoRaise(true);
    dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss"));
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    undoLayout->addWidget(dismiss);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);
    connect(m_undo, &QPushButton::clicked, this, &HistoryPanel::undoRemove);
    connect(dismiss, &QToolButton::clicked, m_undoBar, &QFrame::hide);

    m_list = new QListView(this);
    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("Saved conversations"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new HistoryDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    // Editing starts only from Rename, so that double-click and Enter open.
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_list, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"historyStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    // Enter and Delete belong to the list only (the search field and an open title editor
    // keep theirs); Rename and Duplicate work from anywhere in the panel.
    m_open = addListAction(u"historyOpenAction"_s, tr("&Open"), QKeySequence(Qt::Key_Return),
                           Qt::WidgetShortcut, &HistoryPanel::openSelected);
    m_open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_rename = addListAction(u"historyRenameAction"_s, tr("&Rename"), QKeySequence(Qt::Key_F2),
                             Qt::WidgetWithChildrenShortcut, &HistoryPanel::renameSelected);
    m_duplicate = addListAction(u"historyDuplicateAction"_s, tr("D&uplicate"),
                                QKeySequence(Qt::CTRL | Qt::Key_D), Qt::WidgetWithChildrenShortcut,
                                &HistoryPanel::duplicateSelected);
    m_delete = addListAction(u"historyDeleteAction"_s, tr("&Delete"), QKeySequence::Delete,
                             Qt::WidgetShortcut, &HistoryPanel::removeSelected);

    connect(m_list, &QListView::activated, this, &HistoryPanel::openSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateActions);
    connect(m_list->itemDelegate(), &QAbstractItemDelegate::closeEditor, this, [this] {
        m_editing = false;
        if (m_refreshPending)
            refresh();
    });
    connect(m_model, &HistoryModel::titleEdited, this,
            [this](const QString &id, const QString &title) {
                if (!m_library)
                    return;
                m_selectAfterRefresh = id;
                m_library->rename(id, title, this, [this](const QString &error) {
                    if (!error.isEmpty()) {
                        showError(tr("Could not rename the conversation: %1").arg(error));
                        refresh();
                    }
                });
            });

    m_searchSoon.setSingleShot(true);
    m_searchSoon.setInterval(150);
    connect(&m_searchSoon, &QTimer::timeout, this, &HistoryPanel::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchSoon.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Whatever the list shows for the text typed so far.
        m_searchSoon.stop();
        openSelected();
    });
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(30);
    connect(&m_refreshSoon, &QTimer::timeout, this, &HistoryPanel::refresh);
    if (m_library) {
        // A hidden panel (a closed dock) reads the list again when shown.
        connect(m_library, &ConversationLibrary::changed, this, [this] {
            if (isVisible())
                m_refreshSoon.start();
            else
                m_stale = true;
        });
    }
    updateActions();
    refresh();
}

HistoryPanel::~HistoryPanel()
{
    // Closing the window while a title is being edited closes the editor from QWidget's
    // destructor, when this panel is no longer a HistoryPanel (UBSan found it).
    m_list->itemDelegate()->disconnect(this);
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

QAction *HistoryPanel::addListAction(const QString &name, const QString &text,
                                     const QKeySequence &keys, Qt::ShortcutContext context,
                                     void (HistoryPanel::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(context);
    connect(action, &QAction::triggered, this, slot);
    // In the list's context menu; a panel-wide shortcut also belongs to the panel.
    m_list->addAction(action);
    if (context == Qt::WidgetWithChildrenShortcut)
        addAction(action);
    return action;
}

QString HistoryPanel::currentId() const
{
    return m_model->currentId();
}

QString HistoryPanel::selectedId() const
{
    return m_list->currentIndex().data(HistoryModel::IdRole).toString();
}

void HistoryPanel::setCurrentId(const QString &id)
{
    m_model->setCurrentId(id);
}

void HistoryPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistoryPanel::refresh()
{
    m_refreshSoon.stop();
    if (!m_library) {
        m_status->setText(tr("No conversation library is open."));
        return;
    }
    if (m_editing) {
        // A reset would close the title editor under the user's fingers.
        m_refreshPending = true;
        return;
    }
    m_refreshPending = false;
    m_stale = false;
    const int generation = ++m_generation;
    const QString search = m_search->text().trimmed();
    m_library->list(
        search, this,
        [this, generation, search](const QList<ConversationLibrary::Entry> &entries,
                                   const QString &error) {
            if (generation != m_generation)
                return;
            if (m_editing) {
                m_refreshPending = true;
                return;
            }
            if (!error.isEmpty()) {
                showError(tr("The saved conversations could not be read: %1").arg(error));
                return;
            }
            const QString wasSelected = selectedId();
            const bool hadFocus = m_list->hasFocus();
            m_model->setEntries(entries);
            int row = m_model->rowOf(m_selectAfterRefresh);
            if (row < 0)
                row = m_model->rowOf(wasSelected);
            if (row < 0 && m_rowAfterRefresh >= 0)
                row = std::min(m_rowAfterRefresh, m_model->rowCount() - 1);
            m_selectAfterRefresh.clear();
            m_rowAfterRefresh = -1;
            if (row >= 0)
                select(row);
            if (hadFocus)
                m_list->setFocus();
            if (!entries.isEmpty())
                m_status->setText(search.isEmpty()
                                      ? tr("%n conversation(s)", nullptr, int(entries.size()))
                                      : tr("%n match(es)", nullptr, int(entries.size())));
            else
                m_status->setText(search.isEmpty()
                                      ? tr("No saved conversations yet.")
                                      : tr("No conversation matches “%1”.").arg(search));
            updateActions();
            Q_EMIT refreshed();
        });
}

void HistoryPanel::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

void HistoryPanel::updateActions()
{
    const QModelIndex index = m_list->currentIndex();
    const bool any = index.isValid();
    const bool readable = any && index.data(HistoryModel::ErrorRole).toString().isEmpty();
    m_open->setEnabled(any);
    m_rename->setEnabled(readable);
    m_duplicate->setEnabled(readable);
    m_delete->setEnabled(any);
}

void HistoryPanel::showError(const QString &message)
{
    m_notice->showNotice(NoticeBar::Level::Error, u"<p>%1</p>"_s.arg(message.toHtmlEscaped()));
}

void HistoryPanel::openSelected()
{
    if (!m_list->currentIndex().isValid())
        select(0);
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    if (const QString error = index.data(HistoryModel::ErrorRole).toString(); !error.isEmpty()) {
        showError(tr("“%1” cannot be opened: %2").arg(index.data().toString(), error));
        return;
    }
    Q_EMIT openRequested(index.data(HistoryModel::IdRole).toString());
}

void HistoryPanel::renameSelected()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEditable))
        return;
    m_list->setFocus();
    m_list->edit(index);
    m_editing = m_list->indexWidget(index) != nullptr;
}

void HistoryPanel::duplicateSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_library)
        return;
    m_library->duplicate(id, -1, this, [this](const QString &newId, const QString &error) {
        if (!error.isEmpty()) {
            showError(tr("Could not duplicate the conversation: %1").arg(error));
            return;
        }
        m_selectAfterRefresh = newId;
        m_refreshSoon.start();
    });
}

void HistoryPanel::removeSelected()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid() || !m_library)
        return;
    const QString id = index.data(HistoryModel::IdRole).toString();
    const QString title = index.data().toString();
    const int row = index.row();
    m_library->remove(id, this, [this, id, title, row](const QString &error) {
        if (!error.isEmpty()) {
            showError(tr("Could not delete “%1”: %2").arg(title, error));
            return;
        }
        // Only the last delete can be undone here; older ones stay in the trash folder.
        m_undoId = id;
        m_undoText->setText(tr("Deleted “%1”.").arg(title));
        m_undoBar->show();
        m_rowAfterRefresh = row;
        m_refreshSoon.start();
    });
}

void HistoryPanel::undoRemove()
{
    if (m_undoId.isEmpty() || !m_library)
        return;
    const QString id = m_undoId;
    m_undoId.clear();
    m_undoBar->hide();
    m_list->setFocus();
    m_library->restore(id, this, [this, id](const QString &error) {
        if (!error.isEmpty()) {
            showError(tr("Could not restore the conversation: %1").arg(error));
            return;
        }
        m_selectAfterRefresh = id;
        m_refreshSoon.start();
    });
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
            && key->modifiers() == Qt::NoModifier && m_model->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                select(0);
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace playground
