// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT

#include "loopbackserver.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtDebug>

#if defined(Q_OS_UNIX)
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif
#if defined(Q_OS_LINUX)
#include <linux/sockios.h>
#endif

namespace testsupport {

namespace {

// Far beyond anything a provider client sends; only guards against runaway input.
constexpr qsizetype maxHeaderBytes = 256 * 1024;
constexpr qint64 maxChunkBytes = qint64(1) << 30;
// How long to wait for the peer to acknowledge the last bytes before a reset (see below).
constexpr int maxDrainPolls = 500;
// Body bytes handed to a socket before waiting for it to drain: a huge body is sent from the
// scripted response's (shared) bytes as the client reads it, never copied whole.
constexpr qsizetype maxQueuedBodyBytes = 1024 * 1024;

enum class ParseStatus { Incomplete, Complete, Malformed };

struct ParseResult
{
    ParseStatus status = ParseStatus::Incomplete;
    bool headersComplete = false;
    qsizetype consumed = 0;
    QByteArray version;
};

constexpr qsizetype chunkedIncomplete = -1;
constexpr qsizetype chunkedMalformed = -2;

// Decodes a chunked body starting at pos. Returns the offset just past it, or one of the
// negative markers above. Reparsing from the start on each read is fine for test-sized bodies.
qsizetype decodeChunked(const QByteArray &in, qsizetype pos, QByteArray &body)
{
    body.clear();
    for (;;) {
        const qsizetype lineEnd = in.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return in.size() - pos > 1024 ? chunkedMalformed : chunkedIncomplete;
        QByteArray sizeField = in.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeField.indexOf(';'); semicolon >= 0)
            sizeField.truncate(semicolon); // chunk extensions are ignored
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > maxChunkBytes)
            return chunkedMalformed;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailer section: header lines up to an empty line.
            for (;;) {
                const qsizetype trailerEnd = in.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return chunkedIncomplete;
                if (trailerEnd == pos)
                    return pos + 2;
                pos = trailerEnd + 2;
            }
        }
        if (in.size() < pos + size + 2)
            return chunkedIncomplete;
        if (in.mid(pos + size, 2) != "\r\n")
            return chunkedMalformed;
        body += in.mid(pos, size);
        pos += size + 2;
    }
}

ParseResult parseRequest(const QByteArray &in, RecordedRequest &request)
{
    ParseResult result;
    qsizetype start = 0;
    // RFC 9112 lets a server ignore empty lines before the request line.
    while (in.mid(start, 2) == "\r\n")
        start += 2;
    const qsizetype headerEnd = in.indexOf("\r\n\r\n", start);
    if (headerEnd < 0) {
        if (in.size() - start > maxHeaderBytes)
            result.status = ParseStatus::Malformed;
        return result;
    }

    const QList<QByteArray> lines = in.mid(start, headerEnd - start).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        result.status = ParseStatus::Malformed;
        return result;
    }
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    result.version = requestLine.at(2);
    const qsizetype questionMark = request.target.indexOf('?');
    request.path = questionMark < 0 ? request.target : request.target.left(questionMark);
    request.query = questionMark < 0
                        ? QUrlQuery()
                        : QUrlQuery(QString::fromLatin1(request.target.mid(questionMark + 1)));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            result.status = ParseStatus::Malformed;
            return result;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto existing = request.headers.find(name);
        if (existing == request.headers.end())
            request.headers.insert(name, value);
        else
            existing.value() += ", " + value;
    }
    result.headersComplete = true;

    const qsizetype bodyStart = headerEnd + 4;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        const qsizetype end = decodeChunked(in, bodyStart, request.body);
        if (end == chunkedIncomplete)
            return result;
        if (end == chunkedMalformed) {
            result.status = ParseStatus::Malformed;
            return result;
        }
        result.consumed = end;
    } else if (request.hasHeader("content-length")) {
        bool ok = false;
        const qint64 length = request.header("content-length").toLongLong(&ok);
        if (!ok || length < 0) {
            result.status = ParseStatus::Malformed;
            return result;
        }
        if (in.size() - bodyStart < length)
            return result;
        request.body = in.mid(bodyStart, length);
        result.consumed = bodyStart + length;
    } else {
        result.consumed = bodyStart;
    }
    result.status = ParseStatus::Complete;
    return result;
}

bool requestWantsClose(const RecordedRequest &request, const QByteArray &version)
{
    const QByteArray connection = request.header("connection").toLower();
    if (connection.contains("close"))
        return true;
    return version == "HTTP/1.0" && !connection.contains("keep-alive");
}

// abort() alone usually ends in a FIN; a zero linger makes close() send a real RST.
void setLingerZero(QTcpSocket *socket)
{
#if defined(Q_OS_UNIX)
    const qintptr fd = socket->socketDescriptor();
    if (fd == -1)
        return;
    const linger noLinger{1, 0};
    ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#else
    Q_UNUSED(socket);
#endif
}

// Bytes the kernel still holds for the peer (unsent or unacknowledged); 0 when unknown.
int kernelSendQueue(QTcpSocket *socket)
{
#if defined(Q_OS_LINUX)
    int pending = 0;
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1 && ::ioctl(int(fd), SIOCOUTQ, &pending) == 0)
        return pending;
#else
    Q_UNUSED(socket);
#endif
    return 0;
}

} // namespace

struct LoopbackServer::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray input;          // received, not yet parsed
    bool responding = false;   // later requests on this connection wait until it is done
    bool sentContinue = false; // "100 Continue" already sent for the request being read
    bool closeAfterResponse = false;
    bool headRequest = false;
    bool bodyAllowed = true;
    bool resetPending = false;  // ResetAfterBytes: reset once the bytes reached the peer
    bool awaitingDrain = false; // a large piece waits for the socket to take more
    int drainPolls = 0;
    ScriptedResponse response; // the response being written
    qsizetype bodySent = 0;    // body bytes of response written so far
    qsizetype bodyEnd = 0;     // body bytes to write in all (fewer for a fault)
    qsizetype pieceLeft = 0;   // bytes of the current piece still to write
};

LoopbackServer::LoopbackServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::acceptConnections);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qWarning() << "LoopbackServer: cannot listen:" << m_server->errorString();
}

LoopbackServer::~LoopbackServer()
{
    m_server->close();
    // Abort rather than flush: a client may still wait on a reply, and it must see an error
    // instead of a socket that outlives the server.
    for (auto &[id, connection] : m_connections) {
        disconnect(connection->socket, nullptr, this, nullptr);
        connection->socket->abort();
        delete connection->socket;
    }
    m_connections.clear();
}

bool LoopbackServer::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QUrl LoopbackServer::url(const QString &pathAndQuery) const
{
    return baseUrl().resolved(QUrl(pathAndQuery));
}

void LoopbackServer::enqueue(ScriptedResponse response)
{
    m_script.enqueue(std::move(response));
}

qsizetype LoopbackServer::pendingResponses() const
{
    return m_script.size();
}

void LoopbackServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

const QList<RecordedRequest> &LoopbackServer::requests() const
{
    return m_requests;
}

void LoopbackServer::clearRequests()
{
    m_requests.clear();
}

bool LoopbackServer::waitForRequests(int count, int timeoutMs)
{
    if (m_requests.size() >= count)
        return true;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &LoopbackServer::requestReceived, &loop, [this, count, &loop] {
        if (m_requests.size() >= count)
            loop.quit();
    });
    timeout.start(timeoutMs);
    loop.exec();
    return m_requests.size() >= count;
}

int LoopbackServer::openConnections() const
{
    return int(m_connections.size());
}

int LoopbackServer::connectionsAccepted() const
{
    return m_connectionsAccepted;
}

void LoopbackServer::closeAllConnections()
{
    QList<quint64> ids;
    for (const auto &entry : m_connections)
        ids.append(entry.first);
    for (const quint64 id : ids)
        dropConnection(id, CloseMode::Graceful);
}

LoopbackServer::Connection *LoopbackServer::connection(quint64 id) const
{
    const auto it = m_connections.find(id);
    return it == m_connections.end() ? nullptr : it->second.get();
}

// Everything below looks connections up by id on each step: any step may run from a timer
// after the client has gone, and a fault or a requestReceived slot may drop the connection.

void LoopbackServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const quint64 id = m_nextConnectionId++;
        ++m_connectionsAccepted;
        auto entry = std::make_unique<Connection>();
        entry->socket = socket;
        m_connections.emplace(id, std::move(entry));

        connect(socket, &QIODevice::readyRead, this, [this, id] {
            if (Connection *c = connection(id)) {
                c->input += c->socket->readAll();
                processInput(id);
            }
        });
        connect(socket, &QIODevice::bytesWritten, this, [this, id] {
            Connection *c = connection(id);
            if (c && c->resetPending)
                resetWhenDrained(id);
            else if (c && c->awaitingDrain && c->socket->bytesToWrite() < maxQueuedBodyBytes)
                sendBodyPieces(id);
        });
        connect(socket, &QAbstractSocket::disconnected, this, [this, id] {
            const auto it = m_connections.find(id);
            if (it == m_connections.end())
                return;
            QTcpSocket *gone = it->second->socket;
            m_connections.erase(it);
            disconnect(gone, nullptr, this, nullptr);
            gone->deleteLater();
        });

        // Bytes that arrived before the connections above were made raise no new readyRead.
        if (socket->bytesAvailable() > 0) {
            QTimer::singleShot(0, socket, [this, id] {
                if (Connection *c = connection(id)) {
                    c->input += c->socket->readAll();
                    processInput(id);
                }
            });
        }
    }
}

void LoopbackServer::processInput(quint64 id)
{
    for (;;) {
        Connection *c = connection(id);
        if (!c || c->responding || c->input.isEmpty())
            return;

        RecordedRequest request;
        const ParseResult parsed = parseRequest(c->input, request);
        if (parsed.status == ParseStatus::Malformed) {
            qWarning() << "LoopbackServer: malformed request, closing the connection";
            c->socket->write(
                "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            dropConnection(id, CloseMode::Graceful);
            return;
        }
        if (parsed.status == ParseStatus::Incomplete) {
            if (parsed.headersComplete && !c->sentContinue
                && request.header("expect").toLower() == "100-continue") {
                c->sentContinue = true;
                c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }

        c->input.remove(0, parsed.consumed);
        c->sentContinue = false;
        c->closeAfterResponse = requestWantsClose(request, parsed.version);
        // Set before the signal so a nested event loop in a slot does not parse the next request.
        c->responding = true;
        request.receivedAt = QDateTime::currentDateTimeUtc();
        const bool headRequest = request.method == "HEAD";
        m_requests.append(request);
        Q_EMIT requestReceived(int(m_requests.size() - 1));
        if (!connection(id))
            return;
        startResponse(id, nextResponse(request), headRequest);
    }
}

ScriptedResponse LoopbackServer::nextResponse(const RecordedRequest &request)
{
    if (m_handler)
        return m_handler(request);
    if (!m_script.isEmpty())
        return m_script.dequeue();
    qWarning().noquote() << "LoopbackServer: no scripted response for" << request.method
                         << request.target;
    return ScriptedResponse::json(
        500, QByteArray(R"({"error":{"message":"loopback server: no scripted response"}})"));
}

void LoopbackServer::startResponse(quint64 id, ScriptedResponse response, bool headRequest)
{
    Connection *c = connection(id);
    if (!c)
        return;
    c->response = std::move(response);
    c->headRequest = headRequest;
    if (c->response.headerValue("connection").toLower().contains("close"))
        c->closeAfterResponse = true;
    if (c->response.headerDelayMs > 0)
        QTimer::singleShot(c->response.headerDelayMs, c->socket, [this, id] { sendHead(id); });
    else
        sendHead(id);
}

void LoopbackServer::sendHead(quint64 id)
{
    Connection *c = connection(id);
    if (!c)
        return;
    const ScriptedResponse &r = c->response;
    using Fault = ScriptedResponse::Fault;
    if (r.fault == Fault::CloseBeforeHeaders) {
        dropConnection(id, CloseMode::Graceful);
        return;
    }
    if (r.fault == Fault::ResetBeforeHeaders) {
        dropConnection(id, CloseMode::Reset);
        return;
    }

    // RFC 9110: no body for HEAD, 1xx, 204 and 304.
    const bool noContentStatus
        = (r.status >= 100 && r.status < 200) || r.status == 204 || r.status == 304;
    c->bodyAllowed = !c->headRequest && !noContentStatus;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reasonPhrase() + "\r\n";
    for (const auto &header : r.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (r.chunked) {
        if (!r.hasHeader("transfer-encoding") && !noContentStatus)
            head += "Transfer-Encoding: chunked\r\n";
    } else if (!r.hasHeader("content-length") && !noContentStatus) {
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    }
    if (c->closeAfterResponse && !r.hasHeader("connection"))
        head += "Connection: close\r\n";
    head += "\r\n";
    c->socket->write(head);

    c->bodySent = 0;
    c->pieceLeft = 0;
    c->bodyEnd = c->bodyAllowed ? r.body.size() : 0;
    if (r.fault == Fault::ResetAfterBytes || r.fault == Fault::StallAfterBytes)
        c->bodyEnd = qMin<qint64>(c->bodyEnd, qMax<qint64>(0, r.faultAfterBytes));
    sendBodyPieces(id);
}

void LoopbackServer::sendBodyPieces(quint64 id)
{
    Connection *c = connection(id);
    if (!c)
        return;
    c->awaitingDrain = false;
    const ScriptedResponse &r = c->response;
    const char *body = r.body.constData();
    while (c->bodySent < c->bodyEnd || c->pieceLeft > 0) {
        if (c->pieceLeft == 0) {
            const qsizetype left = c->bodyEnd - c->bodySent;
            qsizetype size = left;
            if (c->bodySent < r.trickleBytes)
                size = 1;
            else if (r.chunkSize > 0)
                size = qMin<qsizetype>(r.chunkSize, left);
            if (size <= maxQueuedBodyBytes) {
                // The usual case: the whole piece in one write.
                const QByteArray piece = QByteArray::fromRawData(body + c->bodySent, size);
                if (r.chunked)
                    c->socket->write(QByteArray::number(size, 16) + "\r\n" + piece + "\r\n");
                else
                    c->socket->write(piece);
                c->bodySent += size;
            } else {
                if (r.chunked)
                    c->socket->write(QByteArray::number(size, 16) + "\r\n");
                c->pieceLeft = size;
            }
        }
        // A large piece goes out as the socket drains (bytesWritten calls back).
        while (c->pieceLeft > 0) {
            if (c->socket->bytesToWrite() >= maxQueuedBodyBytes) {
                c->awaitingDrain = true;
                return;
            }
            const qsizetype size = qMin(c->pieceLeft, maxQueuedBodyBytes);
            c->socket->write(body + c->bodySent, size);
            c->bodySent += size;
            c->pieceLeft -= size;
            if (c->pieceLeft == 0 && r.chunked)
                c->socket->write("\r\n");
        }
        // One send() per piece, so the client really sees the body arrive in parts. A write
        // error aborts the socket, which drops the connection: look it up again.
        c->socket->flush();
        c = connection(id);
        if (!c)
            return;
        if (c->bodySent < c->bodyEnd && r.chunkDelayMs > 0) {
            QTimer::singleShot(r.chunkDelayMs, c->socket, [this, id] { sendBodyPieces(id); });
            return;
        }
    }
    finishResponse(id);
}

void LoopbackServer::finishResponse(quint64 id)
{
    Connection *c = connection(id);
    if (!c)
        return;
    switch (c->response.fault) {
    case ScriptedResponse::Fault::ResetAfterBytes:
        c->resetPending = true;
        resetWhenDrained(id);
        return;
    case ScriptedResponse::Fault::StallAfterBytes:
        // Stay "responding" forever: the client has to time out or give up.
        return;
    default:
        break;
    }
    if (c->response.chunked && c->bodyAllowed)
        c->socket->write("0\r\n\r\n");
    c->responding = false;
    c->response = {};
    if (c->closeAfterResponse) {
        dropConnection(id, CloseMode::Graceful);
        return;
    }
    // A request that arrived while this one was answered (pipelining) has no readyRead left.
    if (!c->input.isEmpty())
        QTimer::singleShot(0, c->socket, [this, id] { processInput(id); });
}

void LoopbackServer::resetWhenDrained(quint64 id)
{
    Connection *c = connection(id);
    if (!c || c->socket->bytesToWrite() > 0)
        return; // bytesWritten calls back
    // A reset discards whatever the kernel has not delivered yet, so wait until the peer has
    // acknowledged everything; the test then sees exactly faultAfterBytes body bytes.
    if (kernelSendQueue(c->socket) > 0 && c->drainPolls++ < maxDrainPolls) {
        QTimer::singleShot(1, c->socket, [this, id] { resetWhenDrained(id); });
        return;
    }
    dropConnection(id, CloseMode::Reset);
}

void LoopbackServer::dropConnection(quint64 id, CloseMode mode)
{
    const auto it = m_connections.find(id);
    if (it == m_connections.end())
        return;
    QTcpSocket *socket = it->second->socket;
    m_connections.erase(it);
    disconnect(socket, nullptr, this, nullptr);

    if (mode == CloseMode::Reset) {
        setLingerZero(socket);
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Flush what Qt still buffers, then close; the socket deletes itself once it is closed.
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

} // namespace testsupport
