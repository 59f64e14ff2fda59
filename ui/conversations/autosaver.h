// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace playground {

class ConversationLibrary;
class PlaygroundSession;

//! Saves the open conversation to the library after every change — edits, runs, and a
//! streaming reply as it grows — at most `maxDelayMs` after the change, so a crash or
//! `kill -9` loses at most the last second. Serialising happens on the UI thread (a
//! consistent snapshot); the atomic file write and the index update on the library's thread.
//! A conversation with nothing in it is not saved until it gets something.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxDelayMs = 500;

    Autosaver(PlaygroundSession *session, ConversationLibrary *library, QObject *parent = nullptr);

    //! Saves now if anything is waiting (before closing, or before opening another).
    void flush();
    bool isPending() const { return m_timer.isActive(); }
    //! Drops what is waiting (the conversation was deleted: don't write it back).
    void discard() { m_timer.stop(); }

Q_SIGNALS:
    //! The library stored the conversation `id`.
    void saved(const QString &id);

private:
    void save();

    PlaygroundSession *m_session;
    QPointer<ConversationLibrary> m_library;
    QTimer m_timer;
    QSet<QString> m_savedIds; //!< conversations saved at least once in this run
};

} // namespace playground
