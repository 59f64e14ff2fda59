// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "recordedrequest.h"
#include "scriptedresponse.h"

#include <functional>
#include <map>
#include <memory>

#include <QList>
#include <QObject>
#include <QQueue>
#include <QUrl>

class QTcpServer;

namespace testsupport {

// An HTTP/1.1 server on 127.0.0.1 for tests. It lives in the test's thread and never blocks,
// so a QNetworkAccessManager in the same event loop can talk to it. Every request is recorded;
// answers come from a FIFO of ScriptedResponses (or a handler), including injected faults.
class LoopbackServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<ScriptedResponse(const RecordedRequest &)>;

    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;                        // http://127.0.0.1:<port>
    QUrl url(const QString &pathAndQuery) const; // baseUrl() + "/v1/x?y=z"

    // Responses are consumed in order, one per request. An empty queue answers 500.
    void enqueue(ScriptedResponse response);
    qsizetype pendingResponses() const;
    // When set, the handler answers every request and the queue is ignored. Pass {} to unset.
    void setHandler(Handler handler);

    // Note: the list grows while the event loop runs; copy elements rather than holding references.
    const QList<RecordedRequest> &requests() const;
    void clearRequests();
    // Spins a local event loop until count requests were recorded. Tests only.
    bool waitForRequests(int count, int timeoutMs = 5000);

    int openConnections() const;
    int connectionsAccepted() const;
    // Closes every client connection (FIN), including stalled ones; the server keeps listening.
    void closeAllConnections();

Q_SIGNALS:
    // Emitted when a request is complete, before it is answered: a slot may still enqueue
    // the response for it.
    void requestReceived(int index);

private:
    struct Connection;
    enum class CloseMode { Graceful, Reset };

    Connection *connection(quint64 id) const;
    void acceptConnections();
    void processInput(quint64 id);
    void startResponse(quint64 id, ScriptedResponse response, bool headRequest);
    void sendHead(quint64 id);
    void sendBodyPieces(quint64 id);
    void finishResponse(quint64 id);
    void resetWhenDrained(quint64 id);
    void dropConnection(quint64 id, CloseMode mode);
    ScriptedResponse nextResponse(const RecordedRequest &request);

    QTcpServer *m_server = nullptr;
    std::map<quint64, std::unique_ptr<Connection>> m_connections;
    quint64 m_nextConnectionId = 1;
    int m_connectionsAccepted = 0;
    QList<RecordedRequest> m_requests;
    QQueue<ScriptedResponse> m_script;
    Handler m_handler;
};

} // namespace testsupport
