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
    connect(m_session, &PlaygroundSession::documentChanged, this, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
    // A rename in the history of the open conversation becomes the session's title, so the
    // next save keeps it.
    connect(m_library, &ConversationLibrary::renamed, this,
            [this](const QString &id, const QString &title) {
                if (id == m_session->conversationId())
                    m_session->setTitle(title);
            });
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
    const bool empty = conversation.messages.isEmpty() && conversation.tools.isEmpty()
                       && conversation.runs.isEmpty();
    if (empty && !m_savedIds.contains(conversation.id))
        return;
    m_savedIds.insert(conversation.id);
    QSettings().setValue(u"Conversations/current"_s, conversation.id);
    m_library->save(conversation, this, [this](const QString &id, const QString &error) {
        if (error.isEmpty())
            Q_EMIT saved(id);
    });
}

} // namespace playground
