// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackserver.h"

#include <QQueue>

namespace testsupport {

//! A loopback server as the window meets it: `GET …/models` lists two OpenAI models (the
//! model picker asks when a profile is chosen) and chat calls take the enqueued responses in
//! order ("unscripted" 500 once they run out).
class ChatServer : public LoopbackServer
{
    Q_OBJECT

public:
    explicit ChatServer(QObject *parent = nullptr);

    void enqueueChat(ScriptedResponse response);
    //! The chat requests received so far (model-list calls left out).
    QList<RecordedRequest> chatRequests() const;

private:
    QQueue<ScriptedResponse> m_chats;
};

} // namespace testsupport
