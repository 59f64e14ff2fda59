// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT

#include "loopbackserver.h"

#include <memory>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;
using Fault = testsupport::ScriptedResponse::Fault;

namespace {

QNetworkRequest makeRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    // The server speaks HTTP/1.1 only; keep QNAM from attempting an h2c upgrade.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

// Collects everything a reply delivers, piece by piece, as the client under test would.
class ReplyCollector : public QObject
{
public:
    explicit ReplyCollector(QNetworkReply *reply) : m_reply(reply)
    {
        connect(reply, &QIODevice::readyRead, this, [this] {
            const QByteArray piece = m_reply->readAll();
            if (!piece.isEmpty())
                pieces.append(piece);
        });
        connect(reply, &QNetworkReply::errorOccurred, this,
                [this](QNetworkReply::NetworkError code) { errors.append(code); });
        connect(reply, &QNetworkReply::finished, this, [this] {
            // An aborted reply (e.g. transfer timeout) is already closed.
            const QByteArray rest = m_reply->isOpen() ? m_reply->readAll() : QByteArray();
            if (!rest.isEmpty())
                pieces.append(rest);
            finished = true;
        });
    }

    QByteArray data() const { return pieces.join(); }
    QVariant status() const { return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute); }

    QList<QByteArray> pieces;
    QList<QNetworkReply::NetworkError> errors;
    bool finished = false;

private:
    QNetworkReply *m_reply;
};

QByteArray sseTranscript()
{
    QByteArray transcript;
    transcript += "event: message_start\ndata: {\"type\":\"message_start\"}\n\n";
    for (int i = 0; i < 5; ++i) {
        transcript += "event: content_block_delta\ndata: {\"type\":\"content_block_delta\","
                      "\"delta\":{\"type\":\"text_delta\",\"text\":\"word "
                      + QByteArray::number(i) + "\"}}\n\n";
    }
    transcript += "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
    return transcript;
}

} // namespace

class TestLoopbackServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builders();
    void listensOnLoopback();
    void recordsJsonPost();
    void returnsJsonResponse();
    void streamsSseInPieces();
    void rateLimitHeadersAndBody();
    void keepAliveReusesConnection();
    void resetAfterBytes_data();
    void resetAfterBytes();
    void stallAfterBytes();
    void faultBeforeHeaders_data();
    void faultBeforeHeaders();
    void emptyQueueAnswers500();
    void handlerAnswersInsteadOfQueue();
    void headerDelay();
    void rawChunkedRequestAndPipelining();
    void closeAllConnections();
    void destructionWithReplyInFlight();
};

void TestLoopbackServer::builders()
{
    const ScriptedResponse json = ScriptedResponse::json(
        400, QJsonObject{{u"a"_s, 1}}, {{"Content-Type", "application/problem+json"}});
    QCOMPARE(json.status, 400);
    QCOMPARE(json.body, R"({"a":1})");
    QCOMPARE(json.headerValue("content-type"), "application/problem+json");
    QCOMPARE(json.reasonPhrase(), "Bad Request");
    QVERIFY(!json.chunked);

    const ScriptedResponse sse = ScriptedResponse::sse("data: 1\n\n", 4, 2);
    QCOMPARE(sse.headerValue("Content-Type"), "text/event-stream");
    QCOMPARE(sse.headerValue("Cache-Control"), "no-cache");
    QVERIFY(sse.chunked);
    QCOMPARE(sse.chunkSize, 4);
    QCOMPARE(sse.chunkDelayMs, 2);

    ScriptedResponse ndjson = ScriptedResponse::ndjson("{}\n{}\n");
    QCOMPARE(ndjson.headerValue("content-type"), "application/x-ndjson");
    QVERIFY(ndjson.chunked);
    ndjson.withHeader("X-A", "1").withHeader("x-a", "2");
    QCOMPARE(ndjson.headers.count({"X-A", "2"}), 1);
    QCOMPARE(ndjson.headers.size(), 2);

    QTemporaryFile fixture;
    QVERIFY(fixture.open());
    fixture.write("event: ping\n\n");
    fixture.close();
    QCOMPARE(ScriptedResponse::fromFile(fixture.fileName()), "event: ping\n\n");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot read"_s));
    QVERIFY(ScriptedResponse::fromFile(u"/nonexistent/fixture.sse"_s).isEmpty());
}

void TestLoopbackServer::listensOnLoopback()
{
    LoopbackServer server;
    QVERIFY(server.isListening());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.baseUrl(), QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
    QCOMPARE(server.url(u"/v1/models?limit=2"_s).toString(),
             u"http://127.0.0.1:%1/v1/models?limit=2"_s.arg(server.port()));
}

void TestLoopbackServer::recordsJsonPost()
{
    LoopbackServer server;
    server.enqueue(ScriptedResponse::json(200, QJsonObject{{u"ok"_s, true}}));
    QSignalSpy received(&server, &LoopbackServer::requestReceived);

    QNetworkAccessManager nam;
    QNetworkRequest request = makeRequest(server.url(u"/v1/messages?beta=true&name=a%20b"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Api-Key", "sk-test");
    request.setRawHeader("Anthropic-Version", "2023-06-01");
    const QByteArray body = R"({"model":"m","max_tokens":16,"messages":[]})";
    QNetworkReply *reply = nam.post(request, body);
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();

    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toInt(), 0);
    QCOMPARE(server.requests().size(), 1);
    const testsupport::RecordedRequest recorded = server.requests().first();
    QCOMPARE(recorded.method, "POST");
    QCOMPARE(recorded.path, "/v1/messages");
    QCOMPARE(recorded.target, "/v1/messages?beta=true&name=a%20b");
    QCOMPARE(recorded.query.queryItemValue(u"beta"_s), u"true"_s);
    QCOMPARE(recorded.query.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"a b"_s);
    QCOMPARE(recorded.headers.value("x-api-key"), "sk-test");
    QCOMPARE(recorded.headers.value("anthropic-version"), "2023-06-01");
    QCOMPARE(recorded.headers.value("content-type"), "application/json");
    QCOMPARE(recorded.header("Content-Length"), QByteArray::number(body.size()));
    QVERIFY(!recorded.headers.contains("X-Api-Key"));
    QCOMPARE(recorded.body, body);
    QCOMPARE(recorded.json().value(u"model"_s).toString(), u"m"_s);
    QCOMPARE(recorded.json().value(u"max_tokens"_s).toInt(), 16);
    QVERIFY(recorded.receivedAt.isValid());
    QCOMPARE(server.pendingResponses(), 0);
}

void TestLoopbackServer::returnsJsonResponse()
{
    LoopbackServer server;
    const QJsonObject payload{{u"id"_s, u"msg_1"_s}, {u"content"_s, QJsonArray{u"hi"_s}}};
    server.enqueue(ScriptedResponse::json(201, payload, {{"X-Request-Id", "req-42"}}));

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(makeRequest(server.url(u"/v1/thing"_s)));
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(collector.status().toInt(), 201);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), u"Created"_s);
    QCOMPARE(reply->rawHeader("X-Request-Id"), "req-42");
    QCOMPARE(reply->rawHeader("Content-Type"), "application/json");
    QCOMPARE(QJsonDocument::fromJson(collector.data()).object(), payload);
}

void TestLoopbackServer::streamsSseInPieces()
{
    LoopbackServer server;
    const QByteArray transcript = sseTranscript();
    server.enqueue(ScriptedResponse::sse(transcript, 7, 5));

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(makeRequest(server.url(u"/v1/messages"_s)), "{}");
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(collector.status().toInt(), 200);
    QCOMPARE(reply->rawHeader("Content-Type"), "text/event-stream");
    QCOMPARE(reply->rawHeader("Cache-Control"), "no-cache");
    QCOMPARE(reply->rawHeader("Transfer-Encoding"), "chunked");
    // 5 ms between 7-byte pieces: the client must have seen the stream in many reads.
    QVERIFY2(collector.pieces.size() >= 5, QByteArray::number(collector.pieces.size()).constData());
    QCOMPARE(collector.data(), transcript);
}

void TestLoopbackServer::rateLimitHeadersAndBody()
{
    LoopbackServer server;
    const QByteArray body = R"({"error":{"type":"rate_limit_error","message":"slow down"}})";
    server.enqueue(ScriptedResponse::json(429, body).withHeader("Retry-After", "1"));

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(makeRequest(server.url(u"/v1/models"_s)));
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();

    QVERIFY(reply->error() != QNetworkReply::NoError); // QNAM flags 4xx as errors
    QCOMPARE(collector.status().toInt(), 429);
    QCOMPARE(reply->rawHeader("Retry-After"), "1");
    QCOMPARE(collector.data(), body);
}

void TestLoopbackServer::keepAliveReusesConnection()
{
    LoopbackServer server;
    server.enqueue(ScriptedResponse::json(200, QByteArray(R"({"n":1})")));
    server.enqueue(ScriptedResponse::sse("data: 2\n\n", 3, 1));

    QNetworkAccessManager nam;
    for (const QByteArray &expected : {QByteArray(R"({"n":1})"), QByteArray("data: 2\n\n")}) {
        QNetworkReply *reply = nam.get(makeRequest(server.url(u"/seq"_s)));
        ReplyCollector collector(reply);
        QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
        reply->deleteLater();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(collector.data(), expected);
    }
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.connectionsAccepted(), 1);
    QCOMPARE(server.openConnections(), 1);
}

void TestLoopbackServer::resetAfterBytes_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void TestLoopbackServer::resetAfterBytes()
{
    QFETCH(bool, chunked);
    LoopbackServer server;
    ScriptedResponse response = ScriptedResponse::json(200, QByteArray(100, 'x'));
    response.chunked = chunked;
    response.chunkSize = 16;
    response.withFault(Fault::ResetAfterBytes, 40);
    server.enqueue(response);

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(makeRequest(server.url(u"/reset"_s)));
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();

    QVERIFY(reply->error() != QNetworkReply::NoError);
    QVERIFY2(reply->error() == QNetworkReply::RemoteHostClosedError
                 || reply->error() == QNetworkReply::UnknownNetworkError,
             qPrintable(reply->errorString()));
    QCOMPARE(collector.status().toInt(), 200);
    QCOMPARE(collector.data(), QByteArray(40, 'x'));
    QCOMPARE(server.requests().size(), 1);
}

void TestLoopbackServer::stallAfterBytes()
{
    LoopbackServer server;
    server.enqueue(
        ScriptedResponse::sse("data: one\n\ndata: two\n\n").withFault(Fault::StallAfterBytes, 11));

    QNetworkAccessManager nam;
    QNetworkRequest request = makeRequest(server.url(u"/stall"_s));
    request.setTransferTimeout(300);
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = nam.get(request);
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();

    QVERIFY(elapsed.elapsed() >= 250);
    QVERIFY2(reply->error() == QNetworkReply::OperationCanceledError
                 || reply->error() == QNetworkReply::TimeoutError,
             qPrintable(reply->errorString()));
    QCOMPARE(collector.status().toInt(), 200);
    QCOMPARE(collector.data(), "data: one\n\n");
    // The client gives up and closes; the stalled connection goes away with it.
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 2000);
}

void TestLoopbackServer::faultBeforeHeaders_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("close") << Fault::CloseBeforeHeaders;
    QTest::newRow("reset") << Fault::ResetBeforeHeaders;
}

void TestLoopbackServer::faultBeforeHeaders()
{
    QFETCH(Fault, fault);
    LoopbackServer server;
    // QNAM resends a request once when the connection dies before any response byte, so a
    // fault meant to reach the caller has to be scripted twice.
    server.enqueue(ScriptedResponse::json(200, QByteArray("{}")).withFault(fault));
    server.enqueue(ScriptedResponse::json(200, QByteArray("{}")).withFault(fault));

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(makeRequest(server.url(u"/fault"_s)), "{}");
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();

    QVERIFY(reply->error() != QNetworkReply::NoError);
    QVERIFY(!collector.status().isValid());
    QVERIFY(collector.data().isEmpty());
    QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.pendingResponses(), 0);
}

void TestLoopbackServer::emptyQueueAnswers500()
{
    LoopbackServer server;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no scripted response"_s));

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(makeRequest(server.url(u"/nothing"_s)));
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();

    QCOMPARE(collector.status().toInt(), 500);
    QCOMPARE(QJsonDocument::fromJson(collector.data())
                 .object()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"message"_s)
                 .toString(),
             u"loopback server: no scripted response"_s);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().path, "/nothing");
}

void TestLoopbackServer::handlerAnswersInsteadOfQueue()
{
    LoopbackServer server;
    server.enqueue(ScriptedResponse::json(418, QByteArray("{}")));
    server.setHandler([](const testsupport::RecordedRequest &request) {
        return ScriptedResponse::json(200,
                                      QJsonObject{{u"echo"_s, QString::fromUtf8(request.path)}});
    });

    QNetworkAccessManager nam;
    for (const QString &path : {u"/a"_s, u"/b"_s}) {
        QNetworkReply *reply = nam.get(makeRequest(server.url(path)));
        ReplyCollector collector(reply);
        QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
        reply->deleteLater();
        QCOMPARE(collector.status().toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(collector.data()).object().value(u"echo"_s).toString(),
                 path);
    }
    QCOMPARE(server.pendingResponses(), 1); // the queue was not touched

    server.setHandler({});
    QNetworkReply *reply = nam.get(makeRequest(server.url(u"/c"_s)));
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();
    QCOMPARE(collector.status().toInt(), 418);
}

void TestLoopbackServer::headerDelay()
{
    LoopbackServer server;
    ScriptedResponse response = ScriptedResponse::json(200, QByteArray("{}"));
    response.headerDelayMs = 200;
    server.enqueue(response);

    QNetworkAccessManager nam;
    QElapsedTimer elapsed;
    elapsed.start();
    QNetworkReply *reply = nam.get(makeRequest(server.url(u"/slow"_s)));
    ReplyCollector collector(reply);
    QVERIFY(server.waitForRequests(1, 5000));
    QVERIFY(!collector.finished);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();
    QVERIFY(elapsed.elapsed() >= 190);
    QCOMPARE(collector.status().toInt(), 200);
}

void TestLoopbackServer::rawChunkedRequestAndPipelining()
{
    LoopbackServer server;
    server.enqueue(ScriptedResponse::json(200, QByteArray("first")));
    server.enqueue(ScriptedResponse::text(202, "second"));

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(
        socket.waitForConnected(2000)); // the server accepts asynchronously; connect is kernel-side
    // Two requests in one write: a chunked upload, then one asking to close the connection.
    socket.write("POST /up?x=1 HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                 "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n"
                 "GET /next HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    QByteArray received;
    connect(&socket, &QIODevice::readyRead, this, [&] { received += socket.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    received += socket.readAll();

    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(0).body, "hello, world");
    QCOMPARE(server.requests().at(0).path, "/up");
    QCOMPARE(server.requests().at(1).path, "/next");
    QVERIFY(received.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(received.contains("\r\n\r\nfirstHTTP/1.1 202 Accepted\r\n"));
    QVERIFY(received.contains("Connection: close\r\n"));
    QVERIFY(received.endsWith("\r\n\r\nsecond"));
    QCOMPARE(server.openConnections(), 0);
}

void TestLoopbackServer::closeAllConnections()
{
    LoopbackServer server;
    server.enqueue(ScriptedResponse::sse("data: x\n\n").withFault(Fault::StallAfterBytes, 3));

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(makeRequest(server.url(u"/stream"_s)));
    ReplyCollector collector(reply);
    QTRY_COMPARE_WITH_TIMEOUT(collector.data(), "dat", 5000);
    QCOMPARE(server.openConnections(), 1);

    server.closeAllConnections();
    QCOMPARE(server.openConnections(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();
    QVERIFY(reply->error() != QNetworkReply::NoError);
}

void TestLoopbackServer::destructionWithReplyInFlight()
{
    auto server = std::make_unique<LoopbackServer>();
    ScriptedResponse response = ScriptedResponse::sse("data: x\n\n", 1, 1000);
    server->enqueue(response);

    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(makeRequest(server->url(u"/stream"_s)));
    ReplyCollector collector(reply);
    QTRY_VERIFY_WITH_TIMEOUT(!collector.pieces.isEmpty(), 5000);
    server.reset();
    QTRY_VERIFY_WITH_TIMEOUT(collector.finished, 5000);
    reply->deleteLater();
    QVERIFY(reply->error() != QNetworkReply::NoError);
}

QTEST_GUILESS_MAIN(TestLoopbackServer)
#include "tst_loopbackserver.moc"
