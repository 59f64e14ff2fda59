// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "chatserver.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace testsupport {

ChatServer::ChatServer(QObject *parent) : LoopbackServer(parent)
{
    setHandler([this](const RecordedRequest &request) {
        if (request.path.endsWith("/models")) {
            QJsonArray models;
            for (const QString &id : {u"gpt-4o"_s, u"gpt-4o-mini"_s})
                models.append(QJsonObject{{u"id"_s, id}, {u"object"_s, u"model"_s}});
            return ScriptedResponse::json(
                200, QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, models}});
        }
        return m_chats.isEmpty() ? ScriptedResponse::text(500, "unscripted") : m_chats.dequeue();
    });
}

void ChatServer::enqueueChat(ScriptedResponse response)
{
    m_chats.enqueue(std::move(response));
}

QList<RecordedRequest> ChatServer::chatRequests() const
{
    QList<RecordedRequest> chats;
    for (const RecordedRequest &request : requests()) {
        if (!request.path.endsWith("/models"))
            chats.append(request);
    }
    return chats;
}

} // namespace testsupport
