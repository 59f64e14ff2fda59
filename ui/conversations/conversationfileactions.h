// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/codeexport.h"

#include <QObject>

class QAction;
class QWidget;

namespace modelkit {
struct Conversation;
}

namespace playground {

class PlaygroundSession;

//! The window's file actions on the conversation: open (import) any supported file, export
//! it as a `modelkit.conversation` file, and copy the request as curl, Python (autogen-ext)
//! or the raw JSON body. Files are read and written off the UI thread; problems come back as
//! problem() (the window shows them) and never change what is open.
class ConversationFileActions : public QObject
{
    Q_OBJECT

public:
    ConversationFileActions(PlaygroundSession *session, QWidget *dialogParent);

    QAction *openAction() const { return m_open; }
    QAction *exportAction() const { return m_export; }
    QList<QAction *> copyActions() const { return m_copy; }

    //! Imports `path` (any supported format); on success emits opened() — the caller loads it.
    void importFile(const QString &path);
    //! Writes the conversation to `path` in the canonical format; then exported().
    void exportTo(const QString &path);
    //! Puts the request as `format` on the clipboard; false (and problem()) when it can't.
    bool copyAsCode(modelkit::CodeExport::Format format);

Q_SIGNALS:
    void opened(const modelkit::Conversation &conversation, const QString &path);
    void exported(const QString &path);
    //! Something could not be done; `message` says what and why (plain text).
    void problem(const QString &message);
    //! A short confirmation for the status bar.
    void done(const QString &message);

private:
    PlaygroundSession *m_session;
    QWidget *m_dialogParent;
    QAction *m_open;
    QAction *m_export;
    QList<QAction *> m_copy;
};

} // namespace playground
