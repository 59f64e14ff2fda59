// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/exchange.h"
#include "core/httpheaders.h"
#include "loopbackserver.h"
#include "transport/httpcall.h"
#include "transport/httprequest.h"
#include "transport/httptransport.h"
#include "transport/transportoptions.h"

#include <memory>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using modelkit::Exchange;
using modelkit::HttpCall;
using modelkit::HttpHeaders;
using modelkit::HttpRequest;
using modelkit::HttpTransport;
using modelkit::TransportOptions;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;
using Fault = testsupport::ScriptedResponse::Fault;
using Outcome = modelkit::HttpCall::Outcome;

namespace modelkit {
// Found by ADL, so that QCOMPARE on outcomes prints names instead of nothing.
char *toString(HttpCall::Outcome outcome)
{
    const char *name = "?";
    switch (outcome) {
    case HttpCall::Outcome::Running:
        name = "Running";
        break;
    case HttpCall::Outcome::Success:
        name = "Success";
        break;
    case HttpCall::Outcome::HttpError:
        name = "HttpError";
        break;
    case HttpCall::Outcome::NetworkError:
        name = "NetworkError";
        break;
    case HttpCall::Outcome::Timeout:
        name = "Timeout";
        break;
    case HttpCall::Outcome::Cancelled:
        name = "Cancelled";
        break;
    case HttpCall::Outcome::TooLarge:
        name = "TooLarge";
        break;
    }
    return qstrdup(name);
}
} // namespace modelkit

namespace {

// Every finished-call wait is bounded by this; the slowest test waits about 2.5 s.
constexpr int callTimeoutMs = 5000;

// Remembers the QNetworkRequest of every request, so attributes can be checked.
class RecordingNam : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<QNetworkRequest> sent;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        sent.append(request);
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

// Small numbers so retries and timeouts take milliseconds, not the SDK's seconds.
TransportOptions fastOptions()
{
    TransportOptions options;
    options.initialBackoffMs = 20;
    options.maxBackoffMs = 100;
    options.idleTimeoutMs = 800;
    options.totalTimeoutMs = 4000;
    return options;
}

HttpRequest jsonRequest(const QUrl &url, bool streaming = false)
{
    HttpRequest request;
    request.url = url;
    request.body = R"({"model":"test-model","messages":[{"role":"user","content":"hi"}]})";
    request.streaming = streaming;
    request.headers = {{"Authorization", "Bearer sk-test-key"}};
    return request;
}

QByteArray sseTranscript(int events = 8)
{
    QByteArray transcript = "event: message_start\ndata: {\"type\":\"message_start\"}\n\n";
    for (int i = 0; i < events; ++i) {
        transcript += "event: content_block_delta\ndata: {\"type\":\"content_block_delta\","
                      "\"delta\":{\"type\":\"text_delta\",\"text\":\"word "
                      + QByteArray::number(i) + "\"}}\n\n";
    }
    transcript += "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
    return transcript;
}

ScriptedResponse status(int code, const QByteArray &body = "{}")
{
    return ScriptedResponse::json(code, body);
}

qint64 gapMs(const testsupport::RecordedRequest &a, const testsupport::RecordedRequest &b)
{
    return a.receivedAt.msecsTo(b.receivedAt);
}

QList<int> attemptStatuses(const Exchange &exchange)
{
    QList<int> statuses;
    for (const Exchange::Attempt &attempt : exchange.attempts)
        statuses.append(attempt.status);
    return statuses;
}

// One HttpCall with everything a test wants to look at afterwards.
class CallRunner : public QObject
{
public:
    CallRunner(HttpTransport &transport, HttpRequest request, const TransportOptions &options)
        : call(transport.prepare(std::move(request), options, this))
        , finishedSpy(call, &HttpCall::finished)
    {
        connect(call, &HttpCall::bodyData, this,
                [this](const QByteArray &chunk) { pieces.append(chunk); });
        connect(call, &HttpCall::finished, this, [this] { finishedAfterMs = clock.elapsed(); });
    }

    void start()
    {
        clock.start();
        call->start();
    }

    // True once finished was emitted (possibly already).
    bool waitFinished(int timeoutMs = callTimeoutMs)
    {
        return !finishedSpy.isEmpty() || finishedSpy.wait(timeoutMs);
    }

    QByteArray delivered() const { return pieces.join(); }

    HttpCall *call;
    QSignalSpy finishedSpy;
    QList<QByteArray> pieces;
    QElapsedTimer clock;
    qint64 finishedAfterMs = -1;
};

} // namespace

class tst_HttpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void capsQuotedInMegabytes_data();
    void capsQuotedInMegabytes();

    void requestShape_data();
    void requestShape();
    void secretsRedactedInExchange();
    void http2OffByDefault_data();
    void http2OffByDefault();
    void retryAfterSecondsHonoured();
    void retryAfterMsHonoured();
    void serverErrorsRetried_data();
    void serverErrorsRetried();
    void clientErrorNotRetried_data();
    void clientErrorNotRetried();
    void shouldRetryHeaderOverrides_data();
    void shouldRetryHeaderOverrides();
    void retryAfterBeyondMaxNotRetried_data();
    void retryAfterBeyondMaxNotRetried();
    void retryOutlastingTotalTimeoutNotAttempted();
    void overloaded529Retried();
    void connectionDroppedBeforeHeaders_data();
    void connectionDroppedBeforeHeaders();
    void earlierAttemptsDoNotLeak();
    void streamingDeliversPieces();
    void neverRetryAfterBodyDelivered_data();
    void neverRetryAfterBodyDelivered();
    void idleTimeoutAfterBodyDelivered();
    void idleTimeoutBeforeBodyRetried_data();
    void idleTimeoutBeforeBodyRetried();
    void slowNonStreamedReplyIsNotAnIdleTimeout();
    void totalTimeout_data();
    void totalTimeout();
    void abortMidStream();
    void abortWhileWaitingForRetry();
    void destroyingCallClosesConnection();
    void maxResponseBytes_data();
    void maxResponseBytes();
    void inspectorBodyCap();
    void crossOriginRedirectNotFollowed_data();
    void crossOriginRedirectNotFollowed();
    void sameOriginRedirectFollowedForGet_data();
    void sameOriginRedirectFollowedForGet();
    void redirectNotFollowedForPost_data();
    void redirectNotFollowedForPost();

private:
    std::unique_ptr<CallRunner> run(HttpRequest request,
                                    const TransportOptions &options = fastOptions());

    std::unique_ptr<RecordingNam> m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<LoopbackServer> m_server;
};

void tst_HttpTransport::init()
{
    // Fresh objects per test: no keep-alive connection or queued response leaks across tests.
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->isListening());
    m_nam = std::make_unique<RecordingNam>();
    m_transport = std::make_unique<HttpTransport>(m_nam.get());
}

void tst_HttpTransport::cleanup()
{
    m_transport.reset();
    m_nam.reset();
    m_server.reset();
}

void tst_HttpTransport::capsQuotedInMegabytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("default reply cap") << qint64(256) * 1024 * 1024 << u"256"_s;
    QTest::newRow("quarter") << qint64(262144) << u"0.25"_s;
    // --max-reply-mb 0.1 truncates to 104857 bytes, which is still "0.1".
    QTest::newRow("0.1 MB truncated") << qint64(104857) << u"0.1"_s;
    QTest::newRow("one byte") << qint64(1) << u"0"_s;
    QTest::newRow("1.5") << qint64(1572864) << u"1.5"_s;
    QTest::newRow("large") << (qint64(1) << 50) << u"1073741824"_s;
}

void tst_HttpTransport::capsQuotedInMegabytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(TransportOptions::megabytes(bytes), text);
}

std::unique_ptr<CallRunner> tst_HttpTransport::run(HttpRequest request,
                                                   const TransportOptions &options)
{
    auto runner = std::make_unique<CallRunner>(*m_transport, std::move(request), options);
    runner->start();
    return runner;
}

// --- request shape -------------------------------------------------------------------------

void tst_HttpTransport::requestShape_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<HttpHeaders>("extraHeaders");
    QTest::addColumn<QByteArray>("expectedAccept");
    QTest::addColumn<QByteArray>("expectedContentType"); // empty: not sent

    const QByteArray json = R"({"model":"m","stream":false})";
    // UTF-8, escapes, spaces and a trailing newline must reach the server byte for byte.
    const QByteArray exotic = "{ \"text\" : \"h\xc3\xa9llo \xe2\x9c\x93 \\u0000 \\\"q\\\"\" }\n";

    QTest::newRow("post json") << QByteArray("POST") << json << false
                               << HttpHeaders{{"anthropic-version", "2023-06-01"}}
                               << QByteArray("application/json") << QByteArray("application/json");
    QTest::newRow("post streaming")
        << QByteArray("POST") << QByteArray(R"({"model":"m","stream":true})") << true
        << HttpHeaders{{"X-Custom-Thing", "value with spaces"}, {"anthropic-beta", "a,b"}}
        << QByteArray("text/event-stream") << QByteArray("application/json");
    QTest::newRow("exotic body") << QByteArray("POST") << exotic << false << HttpHeaders{}
                                 << QByteArray("application/json")
                                 << QByteArray("application/json");
    QTest::newRow("get without body") << QByteArray("GET") << QByteArray() << false << HttpHeaders{}
                                      << QByteArray("application/json") << QByteArray();
    QTest::newRow("caller accept kept (ndjson)")
        << QByteArray("POST") << json << true << HttpHeaders{{"Accept", "application/x-ndjson"}}
        << QByteArray("application/x-ndjson") << QByteArray("application/json");
    QTest::newRow("caller content-type kept")
        << QByteArray("POST") << json << false
        << HttpHeaders{{"content-type", "application/json; charset=utf-8"}}
        << QByteArray("application/json") << QByteArray("application/json; charset=utf-8");
}

void tst_HttpTransport::requestShape()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(bool, streaming);
    QFETCH(HttpHeaders, extraHeaders);
    QFETCH(QByteArray, expectedAccept);
    QFETCH(QByteArray, expectedContentType);

    m_server->enqueue(status(200, R"({"ok":true})"));
    HttpRequest request;
    request.method = method;
    request.url = m_server->url(u"/v1/messages?beta=true"_s);
    request.body = body;
    request.streaming = streaming;
    request.headers = extraHeaders;
    auto runner = run(request);
    QVERIFY(runner->waitFinished());
    QCOMPARE(runner->call->outcome(), Outcome::Success);
    QCOMPARE(runner->finishedSpy.count(), 1);

    QCOMPARE(m_server->requests().size(), 1);
    const testsupport::RecordedRequest seen = m_server->requests().first();
    QCOMPARE(seen.method, method);
    QCOMPARE(seen.path, QByteArray("/v1/messages"));
    QCOMPARE(seen.target, QByteArray("/v1/messages?beta=true"));
    QCOMPARE(seen.body, body);
    QCOMPARE(seen.header("accept"), expectedAccept);
    if (expectedContentType.isEmpty())
        QVERIFY2(!seen.hasHeader("content-type"), seen.header("content-type").constData());
    else
        QCOMPARE(seen.header("content-type"), expectedContentType);
    QVERIFY2(seen.header("user-agent").startsWith("modelkit/"),
             seen.header("user-agent").constData());
    QCOMPARE(seen.header("user-agent"), HttpTransport::userAgent());
    for (const auto &[name, value] : std::as_const(extraHeaders))
        QCOMPARE(seen.header(name), value);

    const Exchange &exchange = runner->call->exchange();
    QCOMPARE(exchange.method, method);
    QCOMPARE(exchange.url, m_server->url(u"/v1/messages?beta=true"_s).toString());
    QCOMPARE(exchange.requestBody, body);
    QCOMPARE(modelkit::headerValue(exchange.requestHeaders, "Accept"), expectedAccept);
    QCOMPARE(exchange.status, 200);
    QCOMPARE(exchange.responseBody, QByteArray(R"({"ok":true})"));
    QCOMPARE(attemptStatuses(exchange), QList<int>{200});
    if (!streaming)
        QCOMPARE(runner->call->body(), QByteArray(R"({"ok":true})"));
    else
        QCOMPARE(runner->delivered(), QByteArray(R"({"ok":true})"));
}

void tst_HttpTransport::secretsRedactedInExchange()
{
    const QByteArray auth = "sk-proj-SECRET-AUTH-0123456789";
    const QByteArray azure = "SECRET-AZURE-KEY-42";
    const QByteArray anthropic = "sk-ant-api03-SECRET-ANTHROPIC";
    const QByteArray google = "AIzaSy-SECRET-GOOGLE";
    const QByteArray queryKey = "AIzaSy-SECRET-QUERY";
    const QByteArray cookie = "SECRET-COOKIE-VALUE";

    ScriptedResponse response = status(200, R"({"ok":true})");
    response.withHeader("Set-Cookie", "session=" + cookie + "; Path=/; HttpOnly");
    m_server->enqueue(response);

    HttpRequest request = jsonRequest(m_server->url(
        u"/v1beta/models/m:generateContent?alt=sse&key="_s + QString::fromLatin1(queryKey)));
    request.headers = {{"Authorization", "Bearer " + auth},
                       {"api-key", azure},
                       {"x-api-key", anthropic},
                       {"X-Goog-Api-Key", google},
                       {"anthropic-version", "2023-06-01"}};
    auto runner = run(request);
    QVERIFY(runner->waitFinished());
    QCOMPARE(runner->call->outcome(), Outcome::Success);

    // The server got the real credentials...
    QCOMPARE(m_server->requests().size(), 1);
    const testsupport::RecordedRequest seen = m_server->requests().first();
    QCOMPARE(seen.header("authorization"), QByteArray("Bearer " + auth));
    QCOMPARE(seen.header("api-key"), azure);
    QCOMPARE(seen.header("x-api-key"), anthropic);
    QCOMPARE(seen.header("x-goog-api-key"), google);
    QCOMPARE(seen.query.queryItemValue(u"key"_s), QString::fromLatin1(queryKey));
    QCOMPARE(seen.header("anthropic-version"), QByteArray("2023-06-01"));

    // ...the record of the exchange never holds any of them.
    const Exchange &exchange = runner->call->exchange();
    QCOMPARE(modelkit::headerValue(exchange.requestHeaders, "Authorization"),
             QByteArray("Bearer [redacted]"));
    QCOMPARE(modelkit::headerValue(exchange.requestHeaders, "api-key"), QByteArray("[redacted]"));
    QCOMPARE(modelkit::headerValue(exchange.requestHeaders, "x-api-key"), QByteArray("[redacted]"));
    QCOMPARE(modelkit::headerValue(exchange.requestHeaders, "x-goog-api-key"),
             QByteArray("[redacted]"));
    QCOMPARE(modelkit::headerValue(exchange.requestHeaders, "anthropic-version"),
             QByteArray("2023-06-01"));
    QCOMPARE(modelkit::headerValue(exchange.responseHeaders, "set-cookie"),
             QByteArray("[redacted]"));
    const QByteArray serialized = QJsonDocument(exchange.toJson()).toJson();
    for (const QByteArray &secret : {auth, azure, anthropic, google, queryKey, cookie})
        QVERIFY2(!serialized.contains(secret), secret.constData());
    QVERIFY(!exchange.url.contains(QString::fromLatin1(queryKey)));
    QVERIFY(exchange.url.contains(u"alt=sse"_s));
}

void tst_HttpTransport::http2OffByDefault_data()
{
    QTest::addColumn<bool>("enable");
    QTest::newRow("default") << false;
    QTest::newRow("opted in") << true;
}

void tst_HttpTransport::http2OffByDefault()
{
    QFETCH(bool, enable);
    QCOMPARE(TransportOptions{}.http2, false);

    m_server->enqueue(status(200));
    TransportOptions options = fastOptions();
    if (enable)
        options.http2 = true;
    auto runner = run(jsonRequest(m_server->url(u"/v1/chat/completions"_s)), options);
    QVERIFY(runner->waitFinished());
    QCOMPARE(runner->call->outcome(), Outcome::Success);

    QCOMPARE(m_nam->sent.size(), 1);
    const QNetworkRequest &sent = m_nam->sent.first();
    QCOMPARE(sent.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), enable);
    // The loopback server only parses HTTP/1.x; no cleartext upgrade was attempted.
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!m_server->requests().first().hasHeader("upgrade"));
    QVERIFY(!m_server->requests().first().hasHeader("http2-settings"));
}

// --- retries -------------------------------------------------------------------------------

void tst_HttpTransport::retryAfterSecondsHonoured()
{
    m_server->enqueue(
        status(429, R"({"error":{"type":"rate_limit_error"}})").withHeader("Retry-After", "1"));
    m_server->enqueue(status(200, R"({"ok":true})"));

    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)));
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::Success);
    QCOMPARE(call->status(), 200);
    QCOMPARE(call->body(), QByteArray(R"({"ok":true})"));
    QCOMPARE(m_server->requests().size(), 2);
    const qint64 gap = gapMs(m_server->requests().at(0), m_server->requests().at(1));
    QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
    QVERIFY2(gap < 3000, qPrintable(QString::number(gap)));

    const Exchange &exchange = call->exchange();
    QCOMPARE(call->attemptCount(), 2);
    QCOMPARE(attemptStatuses(exchange), (QList<int>{429, 200}));
    QCOMPARE(exchange.attempts.at(0).delayBeforeMs, 0);
    QCOMPARE(exchange.attempts.at(1).delayBeforeMs, 1000);
    QCOMPARE(exchange.status, 200);
    QCOMPARE(exchange.responseBody, QByteArray(R"({"ok":true})"));
    // What the 429 said does not stick to the successful answer.
    QVERIFY(!call->retryAfterMs().has_value());
    QVERIFY(call->errorString().isEmpty());
    QVERIFY(modelkit::headerValue(exchange.responseHeaders, "retry-after").isNull());
    QCOMPARE(runner->finishedSpy.count(), 1);
}

void tst_HttpTransport::retryAfterMsHonoured()
{
    m_server->enqueue(status(429).withHeader("retry-after-ms", "150"));
    m_server->enqueue(status(200));

    auto runner = run(jsonRequest(m_server->url(u"/v1/chat/completions"_s)));
    QVERIFY(runner->waitFinished());
    QCOMPARE(runner->call->outcome(), Outcome::Success);
    QCOMPARE(m_server->requests().size(), 2);
    // The backoff alone would be 15-20 ms here.
    const qint64 gap = gapMs(m_server->requests().at(0), m_server->requests().at(1));
    QVERIFY2(gap >= 100 && gap < 1000, qPrintable(QString::number(gap)));
    QCOMPARE(runner->call->exchange().attempts.at(1).delayBeforeMs, 150);
}

void tst_HttpTransport::serverErrorsRetried_data()
{
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<int>("maxRetries");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("finalStatus");
    QTest::addColumn<int>("requests");

    QTest::newRow("500 twice then 200")
        << QList<int>{500, 500, 200} << 2 << Outcome::Success << 200 << 3;
    QTest::newRow("500 three times")
        << QList<int>{500, 500, 500, 200} << 2 << Outcome::HttpError << 500 << 3;
    QTest::newRow("502 then 503 then 200")
        << QList<int>{502, 503, 200} << 2 << Outcome::Success << 200 << 3;
    QTest::newRow("no retries allowed")
        << QList<int>{500, 200} << 0 << Outcome::HttpError << 500 << 1;
    QTest::newRow("408 and 409 retried")
        << QList<int>{408, 409, 200} << 2 << Outcome::Success << 200 << 3;
}

void tst_HttpTransport::serverErrorsRetried()
{
    QFETCH(QList<int>, statuses);
    QFETCH(int, maxRetries);
    QFETCH(Outcome, outcome);
    QFETCH(int, finalStatus);
    QFETCH(int, requests);

    for (qsizetype i = 0; i < statuses.size(); ++i)
        m_server->enqueue(status(statuses.at(i), R"({"error":{"message":"answer )"
                                                     + QByteArray::number(i) + "\"}}"));
    TransportOptions options = fastOptions();
    options.maxRetries = maxRetries;
    auto runner = run(jsonRequest(m_server->url(u"/v1/chat/completions"_s)), options);
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), outcome);
    QCOMPARE(call->status(), finalStatus);
    QCOMPARE(m_server->requests().size(), requests);
    QCOMPARE(m_server->pendingResponses(), statuses.size() - requests);
    QCOMPARE(call->attemptCount(), requests);
    QCOMPARE(attemptStatuses(call->exchange()), statuses.first(requests));
    // The body of the last answer is kept, error or not.
    const QByteArray lastBody
        = R"({"error":{"message":"answer )" + QByteArray::number(requests - 1) + "\"}}";
    QCOMPARE(call->body(), lastBody);
    QCOMPARE(call->exchange().responseBody, lastBody);
    QCOMPARE(call->exchange().status, finalStatus);
    for (int i = 1; i < requests; ++i) {
        const qint64 delay = call->exchange().attempts.at(i).delayBeforeMs;
        QVERIFY2(delay > 0 && delay <= 100, qPrintable(QString::number(delay)));
    }
    QCOMPARE(runner->finishedSpy.count(), 1);
}

void tst_HttpTransport::clientErrorNotRetried_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("400") << 400;
    QTest::newRow("401") << 401;
    QTest::newRow("403") << 403;
    QTest::newRow("404") << 404;
    QTest::newRow("422") << 422;
}

void tst_HttpTransport::clientErrorNotRetried()
{
    QFETCH(int, code);
    const QByteArray body
        = R"({"type":"error","error":{"type":"invalid_request_error","message":"bad"}})";
    m_server->enqueue(status(code, body));
    m_server->enqueue(status(200)); // would be consumed by a retry

    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)));
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::HttpError);
    QCOMPARE(call->status(), code);
    QCOMPARE(call->body(), body);
    QCOMPARE(call->attemptCount(), 1);
    QCOMPARE(call->retryAfterMs().has_value(), false);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->pendingResponses(), 1);
    QVERIFY(!call->bodyDelivered());
}

void tst_HttpTransport::shouldRetryHeaderOverrides_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("shouldRetry");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("requests");

    QTest::newRow("503 told not to") << 503 << QByteArray("false") << Outcome::HttpError << 1;
    QTest::newRow("429 told not to") << 429 << QByteArray("false") << Outcome::HttpError << 1;
    QTest::newRow("400 told to") << 400 << QByteArray("true") << Outcome::Success << 2;
    QTest::newRow("409 told to") << 409 << QByteArray("true") << Outcome::Success << 2;
}

void tst_HttpTransport::shouldRetryHeaderOverrides()
{
    QFETCH(int, code);
    QFETCH(QByteArray, shouldRetry);
    QFETCH(Outcome, outcome);
    QFETCH(int, requests);

    m_server->enqueue(status(code).withHeader("x-should-retry", shouldRetry));
    m_server->enqueue(status(200));
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)));
    QVERIFY(runner->waitFinished());
    QCOMPARE(runner->call->outcome(), outcome);
    QCOMPARE(runner->call->status(), outcome == Outcome::Success ? 200 : code);
    QCOMPARE(m_server->requests().size(), requests);
}

void tst_HttpTransport::retryAfterBeyondMaxNotRetried_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("maxRetryDelayMs");
    QTest::addColumn<qint64>("expectedDelay");

    QTest::newRow("61 s over the default 60 s")
        << QByteArray("Retry-After") << QByteArray("61") << TransportOptions{}.maxRetryDelayMs
        << qint64(61'000);
    QTest::newRow("an hour") << QByteArray("Retry-After") << QByteArray("3600") << 60'000
                             << qint64(3'600'000);
    QTest::newRow("ms over a small cap")
        << QByteArray("retry-after-ms") << QByteArray("800") << 500 << qint64(800);
}

void tst_HttpTransport::retryAfterBeyondMaxNotRetried()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, maxRetryDelayMs);
    QFETCH(qint64, expectedDelay);

    m_server->enqueue(status(429, R"({"error":"slow down"})").withHeader(header, value));
    m_server->enqueue(status(200));
    TransportOptions options = fastOptions();
    options.maxRetryDelayMs = maxRetryDelayMs;
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)), options);
    QVERIFY(runner->waitFinished(2000));
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::HttpError);
    QCOMPARE(call->status(), 429);
    QCOMPARE(call->body(), QByteArray(R"({"error":"slow down"})"));
    QVERIFY(call->retryAfterMs().has_value());
    QCOMPARE(*call->retryAfterMs(), expectedDelay);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->pendingResponses(), 1);
}

void tst_HttpTransport::retryOutlastingTotalTimeoutNotAttempted()
{
    // Waiting 800 ms is allowed by maxRetryDelayMs but would overrun a 500 ms total budget.
    m_server->enqueue(status(429).withHeader("retry-after-ms", "800"));
    m_server->enqueue(status(200));
    TransportOptions options = fastOptions();
    options.totalTimeoutMs = 500;
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)), options);
    QVERIFY(runner->waitFinished(2000));
    QCOMPARE(runner->call->outcome(), Outcome::HttpError);
    QCOMPARE(runner->call->status(), 429);
    QCOMPARE(runner->call->retryAfterMs().value_or(-1), 800);
    QVERIFY2(runner->finishedAfterMs < 400, qPrintable(QString::number(runner->finishedAfterMs)));
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_HttpTransport::overloaded529Retried()
{
    m_server->enqueue(status(
        529, R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"));
    m_server->enqueue(status(200, R"({"ok":true})"));
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)));
    QVERIFY(runner->waitFinished());
    QCOMPARE(runner->call->outcome(), Outcome::Success);
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(attemptStatuses(runner->call->exchange()), (QList<int>{529, 200}));
    // No server delay: the SDK backoff, here 20 ms minus up to 25%.
    const qint64 delay = runner->call->exchange().attempts.at(1).delayBeforeMs;
    QVERIFY2(delay >= 15 && delay <= 20, qPrintable(QString::number(delay)));
}

void tst_HttpTransport::connectionDroppedBeforeHeaders_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("maxRetries");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("requests");

    // QNAM itself resends once after a connection dies before any response byte, so each
    // failure of ours costs two scripted faults (see scriptedresponse.h).
    QTest::newRow("reset, retried") << Fault::ResetBeforeHeaders << 2 << Outcome::Success << 3;
    QTest::newRow("close, retried") << Fault::CloseBeforeHeaders << 2 << Outcome::Success << 3;
    QTest::newRow("reset, no retries")
        << Fault::ResetBeforeHeaders << 0 << Outcome::NetworkError << 2;
    QTest::newRow("close, no retries")
        << Fault::CloseBeforeHeaders << 0 << Outcome::NetworkError << 2;
}

void tst_HttpTransport::connectionDroppedBeforeHeaders()
{
    QFETCH(Fault, fault);
    QFETCH(int, maxRetries);
    QFETCH(Outcome, outcome);
    QFETCH(int, requests);

    m_server->enqueue(status(200).withFault(fault));
    m_server->enqueue(status(200).withFault(fault));
    m_server->enqueue(status(200, R"({"ok":true})"));
    TransportOptions options = fastOptions();
    options.maxRetries = maxRetries;
    auto runner = run(jsonRequest(m_server->url(u"/v1/chat/completions"_s)), options);
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), outcome);
    QCOMPARE(m_server->requests().size(), requests);
    const Exchange &exchange = call->exchange();
    QVERIFY(!exchange.attempts.isEmpty());
    QCOMPARE(exchange.attempts.first().status, 0);
    QVERIFY(!exchange.attempts.first().error.isEmpty());
    if (outcome == Outcome::Success) {
        QCOMPARE(call->status(), 200);
        QCOMPARE(call->body(), QByteArray(R"({"ok":true})"));
        QVERIFY2(call->errorString().isEmpty(), qPrintable(call->errorString()));
        QCOMPARE(attemptStatuses(exchange), (QList<int>{0, 200}));
    } else {
        QCOMPARE(call->status(), 0);
        QCOMPARE(call->attemptCount(), 1);
        QVERIFY(!call->errorString().isEmpty());
        QCOMPARE(m_server->pendingResponses(), 1);
    }
    QCOMPARE(runner->finishedSpy.count(), 1);
}

void tst_HttpTransport::earlierAttemptsDoNotLeak()
{
    // A 503 that asks for a short wait, then a connection that dies twice (QNAM resends once).
    m_server->enqueue(status(503, R"({"error":"busy"})")
                          .withHeader("retry-after-ms", "30")
                          .withHeader("x-request-id", "req_first"));
    m_server->enqueue(status(200).withFault(Fault::ResetBeforeHeaders));
    m_server->enqueue(status(200).withFault(Fault::ResetBeforeHeaders));
    TransportOptions options = fastOptions();
    options.maxRetries = 1;
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)), options);
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::NetworkError);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(attemptStatuses(call->exchange()), (QList<int>{503, 0}));
    QCOMPARE(call->exchange().attempts.at(1).delayBeforeMs, 30);

    // The call and its record describe the final attempt, which got no response at all.
    QCOMPARE(call->status(), 0);
    QVERIFY(call->responseHeaders().isEmpty());
    QVERIFY(call->body().isEmpty());
    QVERIFY(!call->retryAfterMs().has_value());
    QVERIFY(!call->errorString().isEmpty());
    const Exchange &exchange = call->exchange();
    QCOMPARE(exchange.status, 0);
    QVERIFY(exchange.responseHeaders.isEmpty());
    QVERIFY(exchange.responseBody.isEmpty());
}

// --- streaming -----------------------------------------------------------------------------

void tst_HttpTransport::streamingDeliversPieces()
{
    const QByteArray transcript = sseTranscript();
    m_server->enqueue(ScriptedResponse::sse(transcript, 40, 15));

    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s), true));
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::Success);
    QCOMPARE(call->status(), 200);
    QVERIFY2(runner->pieces.size() >= 3, qPrintable(QString::number(runner->pieces.size())));
    QCOMPARE(runner->delivered(), transcript);
    QVERIFY(call->bodyDelivered());
    QVERIFY(call->body().isEmpty()); // streamed, not buffered

    const Exchange &exchange = call->exchange();
    QCOMPARE(exchange.responseBody, transcript);
    QVERIFY(!exchange.responseBodyTruncated);
    QCOMPARE(modelkit::headerValue(exchange.responseHeaders, "content-type"),
             QByteArray("text/event-stream"));
    QVERIFY(exchange.sentAtMs > 0);
    QVERIFY(exchange.firstByteAtMs >= exchange.sentAtMs);
    QVERIFY(exchange.doneAtMs >= exchange.firstByteAtMs);
    // The body took about (pieces - 1) × 15 ms after the head.
    QVERIFY2(exchange.doneAtMs - exchange.firstByteAtMs >= 50,
             qPrintable(QString::number(exchange.doneAtMs - exchange.firstByteAtMs)));
    QCOMPARE(runner->finishedSpy.count(), 1);
}

void tst_HttpTransport::neverRetryAfterBodyDelivered_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void tst_HttpTransport::neverRetryAfterBodyDelivered()
{
    QFETCH(bool, chunked);
    const QByteArray transcript = sseTranscript();
    ScriptedResponse broken = ScriptedResponse::sse(transcript);
    broken.chunked = chunked;
    m_server->enqueue(broken.withFault(Fault::ResetAfterBytes, 40));
    m_server->enqueue(ScriptedResponse::sse(transcript));

    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s), true));
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    // What must hold however Qt reports the drop: no second attempt, the 40 bytes once.
    QVERIFY(call->bodyDelivered());
    QCOMPARE(runner->delivered(), transcript.left(40));
    QCOMPARE(call->attemptCount(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->pendingResponses(), 1);
    QCOMPARE(runner->finishedSpy.count(), 1);
    // Give a (wrong) retry the time it would need to show up.
    QTest::qWait(200);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(runner->finishedSpy.count(), 1);

    if (chunked && call->outcome() == Outcome::Success) {
        // Qt 6.4's HTTP/1 stack sometimes (about half the runs here) finishes a chunked body
        // cut by a reset with NoError, without the terminating chunk ever arriving. The
        // Content-Length row always fails properly. QNetworkReply does not expose the chunk
        // framing, so HttpCall cannot tell; stream parsers must notice the missing end event.
        QEXPECT_FAIL("chunked", "Qt 6.4 may report a reset chunked body as complete", Continue);
    }
    QCOMPARE(call->outcome(), Outcome::NetworkError);
    if (call->outcome() == Outcome::NetworkError)
        QVERIFY(!call->errorString().isEmpty());
}

void tst_HttpTransport::idleTimeoutAfterBodyDelivered()
{
    const QByteArray transcript = sseTranscript();
    m_server->enqueue(ScriptedResponse::sse(transcript).withFault(Fault::StallAfterBytes, 30));
    m_server->enqueue(ScriptedResponse::sse(transcript));

    TransportOptions options = fastOptions();
    options.idleTimeoutMs = 300;
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s), true), options);
    QVERIFY(runner->waitFinished(3000));
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::Timeout);
    QVERIFY(!call->errorString().isEmpty());
    QVERIFY(call->bodyDelivered());
    QCOMPARE(runner->delivered(), transcript.left(30));
    QVERIFY2(runner->finishedAfterMs >= 270 && runner->finishedAfterMs < 2000,
             qPrintable(QString::number(runner->finishedAfterMs)));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->pendingResponses(), 1);
    QCOMPARE(call->exchange().attempts.size(), 1);
    QCOMPARE(call->exchange().attempts.first().status, 200);
    // We gave up on the connection, so it is closed.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 2000);
}

void tst_HttpTransport::idleTimeoutBeforeBodyRetried_data()
{
    QTest::addColumn<qint64>("stallAfter");
    QTest::newRow("stall right after the head") << qint64(0);
    QTest::newRow("stall inside a buffered body") << qint64(10);
}

void tst_HttpTransport::idleTimeoutBeforeBodyRetried()
{
    QFETCH(qint64, stallAfter);
    const QByteArray body = R"({"id":"msg_1","content":[{"type":"text","text":"hello"}]})";
    m_server->enqueue(status(200, body).withFault(Fault::StallAfterBytes, stallAfter));
    m_server->enqueue(status(200, body).withFault(Fault::StallAfterBytes, stallAfter));
    m_server->enqueue(status(200, body));

    TransportOptions options = fastOptions();
    options.idleTimeoutMs = 300;
    options.maxRetries = 1;
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)), options);
    QVERIFY(runner->waitFinished(4000));
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::Timeout);
    QVERIFY(!call->bodyDelivered());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->pendingResponses(), 1);
    QCOMPARE(call->attemptCount(), 2);
    QVERIFY2(runner->finishedAfterMs >= 550, qPrintable(QString::number(runner->finishedAfterMs)));
    for (const Exchange::Attempt &attempt : call->exchange().attempts)
        QVERIFY(!attempt.error.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 2000);
}

void tst_HttpTransport::slowNonStreamedReplyIsNotAnIdleTimeout()
{
    // A non-streamed reply sends nothing until the model is done: the wait for its head
    // is bounded by the total timeout only, never retried (each retry would be billed).
    const QByteArray body = R"({"id":"msg_1","content":[{"type":"text","text":"hello"}]})";
    ScriptedResponse slow = status(200, body);
    slow.headerDelayMs = 900;
    m_server->enqueue(slow);
    m_server->enqueue(status(200, body));

    TransportOptions options = fastOptions();
    options.idleTimeoutMs = 300;
    options.maxRetries = 2;
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)), options);
    QVERIFY(runner->waitFinished(4000));
    QCOMPARE(runner->call->outcome(), Outcome::Success);
    QCOMPARE(runner->call->body(), body);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(runner->call->attemptCount(), 1);
}

void tst_HttpTransport::totalTimeout_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("buffered") << false;
    QTest::newRow("streaming") << true;
}

void tst_HttpTransport::totalTimeout()
{
    QFETCH(bool, streaming);
    // One byte every 100 ms for 10 s: never idle, never done.
    ScriptedResponse trickle = ScriptedResponse::sse(QByteArray(100, 'x'), 1, 100);
    m_server->enqueue(trickle);
    m_server->enqueue(trickle);

    TransportOptions options = fastOptions();
    options.idleTimeoutMs = 300;
    options.totalTimeoutMs = 400;
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s), streaming), options);
    QVERIFY(runner->waitFinished(3000));
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::Timeout);
    QVERIFY(!call->errorString().isEmpty());
    QVERIFY2(runner->finishedAfterMs >= 350 && runner->finishedAfterMs < 1000,
             qPrintable(QString::number(runner->finishedAfterMs)));
    QCOMPARE(m_server->requests().size(), 1);
    if (streaming) {
        QVERIFY(!runner->pieces.isEmpty());
        QVERIFY(runner->delivered().size() < 100);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 2000);
}

// --- cancellation --------------------------------------------------------------------------

void tst_HttpTransport::abortMidStream()
{
    const QByteArray transcript = sseTranscript(40);
    m_server->enqueue(ScriptedResponse::sse(transcript, 20, 50));

    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s), true));
    QTRY_VERIFY_WITH_TIMEOUT(!runner->pieces.isEmpty(), 3000);
    QCOMPARE(m_server->openConnections(), 1);
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::Running);
    call->abort();
    // Cancellation is synchronous...
    QCOMPARE(call->outcome(), Outcome::Cancelled);
    QCOMPARE(runner->finishedSpy.count(), 1);
    QVERIFY(call->bodyDelivered());
    QVERIFY(runner->delivered().size() < transcript.size());
    QVERIFY(transcript.startsWith(runner->delivered()));
    // ...idempotent...
    call->abort();
    QCOMPARE(call->outcome(), Outcome::Cancelled);
    // ...and closes the connection.
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 2000);
    const qsizetype deliveredAtAbort = runner->delivered().size();
    QTest::qWait(150);
    QCOMPARE(runner->finishedSpy.count(), 1);
    QCOMPARE(runner->delivered().size(), deliveredAtAbort);
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_HttpTransport::abortWhileWaitingForRetry()
{
    m_server->enqueue(status(429).withHeader("Retry-After", "2"));
    m_server->enqueue(status(200));

    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)));
    QVERIFY(m_server->waitForRequests(1, 3000));
    HttpCall *call = runner->call;
    QTRY_COMPARE_WITH_TIMEOUT(call->status(), 429, 2000);
    QTest::qWait(200); // the 429 is complete and the retry timer runs
    QCOMPARE(call->outcome(), Outcome::Running);

    QElapsedTimer clock;
    clock.start();
    call->abort();
    QCOMPARE(call->outcome(), Outcome::Cancelled);
    QCOMPARE(runner->finishedSpy.count(), 1);
    QVERIFY(clock.elapsed() < 100);

    // Past the moment the retry was due: it never goes out.
    QTest::qWait(2200);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->pendingResponses(), 1);
    QCOMPARE(runner->finishedSpy.count(), 1);
    QCOMPARE(call->attemptCount(), 1);
}

void tst_HttpTransport::destroyingCallClosesConnection()
{
    m_server->enqueue(ScriptedResponse::sse(sseTranscript(40), 20, 50));
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s), true));
    QTRY_VERIFY_WITH_TIMEOUT(!runner->pieces.isEmpty(), 3000);
    QCOMPARE(m_server->openConnections(), 1);
    runner.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 2000);
}

// --- limits --------------------------------------------------------------------------------

void tst_HttpTransport::maxResponseBytes_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("buffered") << false;
    QTest::newRow("streaming") << true;
}

void tst_HttpTransport::maxResponseBytes()
{
    QFETCH(bool, streaming);
    const qint64 limit = 64 * 1024;
    const QByteArray big(1024 * 1024, 'a');
    ScriptedResponse response = status(200, big);
    response.chunkSize = 16 * 1024;
    m_server->enqueue(response);
    m_server->enqueue(response);

    TransportOptions options = fastOptions();
    options.maxResponseBytes = limit;
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s), streaming), options);
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::TooLarge);
    QVERIFY(!call->errorString().isEmpty());
    QVERIFY2(call->body().size() <= limit, qPrintable(QString::number(call->body().size())));
    QVERIFY2(runner->delivered().size() <= limit,
             qPrintable(QString::number(runner->delivered().size())));
    QVERIFY(call->exchange().responseBody.size() <= limit);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(runner->finishedSpy.count(), 1);
}

void tst_HttpTransport::inspectorBodyCap()
{
    QByteArray body;
    for (int i = 0; body.size() < 10 * 1024; ++i)
        body += QByteArray::number(i).rightJustified(8, '0') + ' ';
    body.truncate(10 * 1024);
    m_server->enqueue(status(200, body));

    TransportOptions options = fastOptions();
    options.inspectorBodyCap = 1024;
    auto runner = run(jsonRequest(m_server->url(u"/v1/messages"_s)), options);
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::Success);
    QCOMPARE(call->body().size(), 10 * 1024);
    QCOMPARE(call->body(), body);
    const Exchange &exchange = call->exchange();
    QVERIFY(exchange.responseBodyTruncated);
    QCOMPARE(exchange.responseBody.size(), 1024);
    QCOMPARE(exchange.responseBody, body.left(1024));
}

// --- redirects -----------------------------------------------------------------------------

void tst_HttpTransport::crossOriginRedirectNotFollowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("code");
    QTest::newRow("POST 302") << QByteArray("POST") << 302;
    QTest::newRow("POST 307") << QByteArray("POST") << 307;
    QTest::newRow("GET 302") << QByteArray("GET") << 302;
    QTest::newRow("GET 308") << QByteArray("GET") << 308;
}

void tst_HttpTransport::crossOriginRedirectNotFollowed()
{
    QFETCH(QByteArray, method);
    QFETCH(int, code);
    LoopbackServer elsewhere;
    QVERIFY(elsewhere.isListening());
    QVERIFY(elsewhere.port() != m_server->port());
    elsewhere.setHandler(
        [](const testsupport::RecordedRequest &) { return status(200, R"({"stolen":true})"); });
    const QByteArray location = elsewhere.url(u"/collect"_s).toEncoded();
    m_server->setHandler([code, location](const testsupport::RecordedRequest &) {
        return status(code, R"({"moved":true})").withHeader("Location", location);
    });

    HttpRequest request = jsonRequest(m_server->url(u"/v1/models"_s));
    request.method = method;
    if (method == "GET")
        request.body.clear();
    auto runner = run(request);
    QVERIFY(runner->waitFinished());
    QTest::qWait(100);
    // The credentials never went to the other origin.
    QVERIFY(elsewhere.requests().isEmpty());
    QCOMPARE(elsewhere.connectionsAccepted(), 0);

    // The redirect is the final answer; retrying would only ask the same question again.
    HttpCall *call = runner->call;
    QCOMPARE(call->outcome(), Outcome::HttpError);
    QCOMPARE(call->status(), code);
    QCOMPARE(modelkit::headerValue(call->responseHeaders(), "location"), location);
    QCOMPARE(call->attemptCount(), 1);
    QCOMPARE(attemptStatuses(call->exchange()), QList<int>{code});
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(runner->finishedSpy.count(), 1);
}

void tst_HttpTransport::sameOriginRedirectFollowedForGet_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void tst_HttpTransport::sameOriginRedirectFollowedForGet()
{
    QFETCH(int, code);
    // Answer by path, not by order: Qt 6.4 sometimes sends the original GET twice while it
    // follows a redirect (harmless for a GET, and why POSTs do not follow redirects at all).
    const QByteArray location = m_server->url(u"/v2/models"_s).toEncoded();
    m_server->setHandler([code, location](const testsupport::RecordedRequest &request) {
        if (request.path == "/v2/models")
            return status(200, R"({"data":[]})").withHeader("x-request-id", "req_final");
        return status(code, R"({"moved":true})").withHeader("Location", location);
    });

    HttpRequest request = jsonRequest(m_server->url(u"/v1/models"_s));
    request.method = "GET";
    request.body.clear();
    auto runner = run(request);
    QVERIFY(runner->waitFinished());
    HttpCall *call = runner->call;
    QCOMPARE(m_nam->sent.first().attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::SameOriginRedirectPolicy));
    QCOMPARE(call->outcome(), Outcome::Success);
    // Status, headers and body are those of the final response, not of the redirect.
    QCOMPARE(call->status(), 200);
    QCOMPARE(call->body(), QByteArray(R"({"data":[]})"));
    QCOMPARE(modelkit::headerValue(call->responseHeaders(), "x-request-id"),
             QByteArray("req_final"));
    // (Qt 6.4 keeps the redirect's own headers, e.g. Location, merged into the final ones.)
    QCOMPARE(call->attemptCount(), 1);
    const Exchange &exchange = call->exchange();
    QCOMPARE(exchange.status, 200);
    QCOMPARE(exchange.responseBody, QByteArray(R"({"data":[]})"));
    QCOMPARE(attemptStatuses(exchange), QList<int>{200});

    qsizetype followed = 0;
    for (const testsupport::RecordedRequest &seen : m_server->requests()) {
        QCOMPARE(seen.method, QByteArray("GET"));
        if (seen.path == "/v2/models") {
            ++followed;
            QCOMPARE(seen.header("authorization"), QByteArray("Bearer sk-test-key"));
        }
    }
    QCOMPARE(followed, 1);
}

void tst_HttpTransport::redirectNotFollowedForPost_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("303") << 303;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void tst_HttpTransport::redirectNotFollowedForPost()
{
    QFETCH(int, code);
    const QByteArray location = m_server->url(u"/v1/chat/completions"_s).toEncoded();
    m_server->setHandler([code, location](const testsupport::RecordedRequest &request) {
        if (request.path == "/v1/chat/completions")
            return status(200, R"({"ok":true})");
        return status(code, R"({"moved":true})").withHeader("Location", location);
    });

    // e.g. a server that insists on (or against) a trailing slash
    auto runner = run(jsonRequest(m_server->url(u"/v1/chat/completions/"_s)));
    QVERIFY(runner->waitFinished());
    QTest::qWait(100);
    HttpCall *call = runner->call;
    QCOMPARE(m_nam->sent.first().attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(call->outcome(), Outcome::HttpError);
    QCOMPARE(call->status(), code);
    QCOMPARE(call->body(), QByteArray(R"({"moved":true})"));
    QCOMPARE(modelkit::headerValue(call->responseHeaders(), "location"), location);
    // Exactly one POST: the generation is never billed twice.
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(call->attemptCount(), 1);
}

QTEST_GUILESS_MAIN(tst_HttpTransport)

#include "tst_httptransport.moc"
