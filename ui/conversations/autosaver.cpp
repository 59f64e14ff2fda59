// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversations/autosaver.h"

#include "conversations/conversationlibrary.h"
#include "session/playgroundsession.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace playground {

Autosaver::Autosaver(PlaygroundSession *session, ConversationLibrary *library, QObject *parent)
    : QObject(parent), m_session(session), m_library(library)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(maxDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::save);
    // Not restarted by later changes: a burst of tokens is saved every maxDelayMs.
    connect(m_session, &PlaygroundSession::documentChanged, this, &Autosaver::scheduleSave);
    connect(m_session, &PlaygroundSession::runFinished, this, [this](Run *run) {
        if (!run->isRestored() && run->conversationId() != m_session->conversationId())
            saveIntoClosed(run);
    });
    // A rename in the history of the open conversation becomes the session's title (not an
    // edit of the document), so the next save keeps it.
    connect(m_library, &ConversationLibrary::renamed, this,
            [this](const QString &id, const QString &title) {
                if (id == m_session->conversationId())
                    m_session->setTitle(title, false);
            });
    connect(m_library, &ConversationLibrary::aboutToRemove, this, [this](const QString &id) {
        m_removedIds.insert(id);
        if (id == m_session->conversationId())
            m_timer.stop();
    });
    connect(m_library, &ConversationLibrary::restored, this,
            [this](const QString &id) { m_removedIds.remove(id); });
    connect(m_library, &ConversationLibrary::errorOccurred, this, &Autosaver::problem);
}

void Autosaver::scheduleSave()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void Autosaver::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        save();
    }
}

void Autosaver::save()
{
    if (!m_library)
        return;
    const modelkit::Conversation conversation = m_session->toConversation();
    if (m_removedIds.contains(conversation.id))
        return;
    const bool empty = conversation.messages.isEmpty() && conversation.tools.isEmpty()
                       && conversation.runs.isEmpty();
    if (empty && !m_savedIds.contains(conversation.id))
        return;
    m_savedIds.insert(conversation.id);
    m_library->save(conversation, this, [this](const QString &id, const QString &error) {
        if (!error.isEmpty())
            return; // errorOccurred() said it
        // Reopened at the next start; written when it changes, not at every save.
        if (id != m_currentInSettings) {
            m_currentInSettings = id;
            QSettings().setValue(u"Conversations/current"_s, id);
        }
        Q_EMIT saved(id);
    });
}

void Autosaver::saveIntoClosed(const Run *run)
{
    const QString id = run->conversationId();
    if (!m_library || m_removedIds.contains(id) || !m_savedIds.contains(id))
        return;
    const modelkit::ConversationRun finished = run->toConversationRun();
    m_library->load(id, this,
                    [this, finished](const std::optional<modelkit::Conversation> &conversation,
                                     const QString &) {
                        if (!conversation || m_removedIds.contains(conversation->id)
                            || conversation->id == m_session->conversationId())
                            return; // gone, or open again (the window saves it)
                        modelkit::Conversation updated = *conversation;
                        bool replaced = false;
                        for (modelkit::ConversationRun &saved : updated.runs) {
                            if (saved.startedAt == finished.startedAt) {
                                saved = finished;
                                replaced = true;
                            }
                        }
                        if (!replaced)
                            updated.runs.append(finished);
                        m_library->save(updated);
                    });
}

} // namespace playground
