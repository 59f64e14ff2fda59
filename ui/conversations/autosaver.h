// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace modelkit {
struct ConversationRun;
}

namespace playground {

class ConversationLibrary;
class PlaygroundSession;
class Run;

//! Saves the open conversation to the library after every change — edits, runs, and a
//! streaming reply as it grows — at most `maxDelayMs` after the change, so a crash or
//! `kill -9` loses at most the last second. Serialising happens on the UI thread (a
//! consistent snapshot); the atomic file write and the index update on the library's thread.
//! A conversation with nothing in it is not saved until it gets something. A run that
//! finishes after its conversation was closed is written into that conversation.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxDelayMs = 500;

    Autosaver(PlaygroundSession *session, ConversationLibrary *library, QObject *parent = nullptr);

    //! Saves now if anything is waiting (before closing, or before opening another).
    void flush();
    //! Saves soon even without a change (a conversation just imported from a file).
    void scheduleSave();
    bool isPending() const { return m_timer.isActive(); }

Q_SIGNALS:
    //! The library stored the conversation `id`.
    void saved(const QString &id);
    //! Saving failed; `message` says why (plain text).
    void problem(const QString &message);

private:
    void save();
    //! `run` finished after its conversation was closed: replace its cut-off copy there.
    void saveIntoClosed(const Run *run);

    PlaygroundSession *m_session;
    QPointer<ConversationLibrary> m_library;
    QTimer m_timer;
    QSet<QString> m_savedIds;   //!< conversations saved at least once in this run
    QSet<QString> m_removedIds; //!< deleted: never written again
    QString m_currentInSettings;
};

} // namespace playground
