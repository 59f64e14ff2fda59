// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "composer/messageeditor.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace playground {

class PlaygroundSession;

//! The conversation being composed: one editor per message, added, removed, reordered
//! (buttons, Alt+Up/Down, drag) and collapsed, with token estimates against the model's
//! context window. Mirrors the session's message list both ways.
class ComposerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerPanel(PlaygroundSession *session, QWidget *parent = nullptr);

    int editorCount() const { return int(m_editors.size()); }
    MessageEditor *editorAt(int index) const { return m_editors.value(index); }
    //! Appends an empty message of `role` and puts the cursor in it.
    void addMessage(MessageEditor::Role role);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    //! The user wants a new conversation holding the messages up to `index`.
    void forkRequested(int index);

private:
    void rebuild();
    MessageEditor *createEditor(int index);
    void insertEditor(int index);
    void removeEditor(int index);
    void moveEditor(int from, int to);
    void refreshPositions();
    void updateTotals();
    int indexOf(const MessageEditor *editor) const;
    void startDrag(MessageEditor *editor);
    int dropIndexAt(int y) const;

    PlaygroundSession *m_session;
    QScrollArea *m_scroll;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QLabel *m_emptyHint;
    QLabel *m_totals;
    QList<MessageEditor *> m_editors;
    //! Set while an editor's own edit is written to the session, so it is not reloaded.
    bool m_writing = false;
};

} // namespace playground
