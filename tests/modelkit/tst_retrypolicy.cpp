// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/httpheaders.h"
#include "transport/redactor.h"
#include "transport/retrypolicy.h"

#include <limits>
#include <time.h>

#include <QDateTime>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using modelkit::HttpHeaders;
using modelkit::Redactor;
using modelkit::RetryPolicy;

namespace {

// A fixed "now" for the HTTP-date rows: Sunday, 1 March 2026, 12:00:00 UTC.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);
}

constexpr qint64 noDelay = -1; // expected: nullopt

// Sets TZ for the lifetime of the object, so local-time mistakes show up on a UTC machine.
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const QByteArray &tz)
        : m_hadOld(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~ScopedTimeZone()
    {
        if (m_hadOld)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    ScopedTimeZone(const ScopedTimeZone &) = delete;
    ScopedTimeZone &operator=(const ScopedTimeZone &) = delete;

private:
    bool m_hadOld;
    QByteArray m_old;
};

} // namespace

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverDelay_data();
    void serverDelay();
    void httpDateIsGmtInAnyLocalTimeZone_data();
    void httpDateIsGmtInAnyLocalTimeZone();
    void retryableStatus_data();
    void retryableStatus();
    void backoff_data();
    void backoff();
    void backoffJitterStaysInRange();
    void secretHeaderNames_data();
    void secretHeaderNames();
    void redactHeaders_data();
    void redactHeaders();
    void redactHeadersKeepsOrderAndOthers();
    void redactUrlQuery_data();
    void redactUrlQuery();
    void redactUrlPassword();
    void redactUrlLeavesOthers_data();
    void redactUrlLeavesOthers();
};

void tst_RetryPolicy::serverDelay_data()
{
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<qint64>("expected");

    const qint64 huge = std::numeric_limits<qint64>::max();

    QTest::newRow("none") << HttpHeaders{} << noDelay;
    QTest::newRow("unrelated header")
        << HttpHeaders{{"Content-Type", "application/json"}} << noDelay;
    QTest::newRow("retry-after-ms") << HttpHeaders{{"retry-after-ms", "150"}} << qint64(150);
    QTest::newRow("retry-after-ms zero") << HttpHeaders{{"retry-after-ms", "0"}} << qint64(0);
    QTest::newRow("retry-after-ms fractional")
        << HttpHeaders{{"retry-after-ms", "150.9"}} << qint64(150);
    QTest::newRow("retry-after-ms name case")
        << HttpHeaders{{"Retry-After-Ms", "250"}} << qint64(250);
    QTest::newRow("retry-after-ms padded") << HttpHeaders{{"retry-after-ms", " 75 "}} << qint64(75);
    QTest::newRow("retry-after-ms negative") << HttpHeaders{{"retry-after-ms", "-5"}} << noDelay;
    QTest::newRow("retry-after-ms garbage") << HttpHeaders{{"retry-after-ms", "soon"}} << noDelay;
    QTest::newRow("retry-after-ms overflow") << HttpHeaders{{"retry-after-ms", "1e300"}} << huge;
    QTest::newRow("seconds integer") << HttpHeaders{{"Retry-After", "1"}} << qint64(1000);
    QTest::newRow("seconds larger") << HttpHeaders{{"Retry-After", "120"}} << qint64(120'000);
    QTest::newRow("seconds zero") << HttpHeaders{{"Retry-After", "0"}} << qint64(0);
    QTest::newRow("seconds fractional") << HttpHeaders{{"Retry-After", "1.5"}} << qint64(1500);
    QTest::newRow("seconds small fraction") << HttpHeaders{{"Retry-After", "0.25"}} << qint64(250);
    QTest::newRow("seconds lowercase name") << HttpHeaders{{"retry-after", "2"}} << qint64(2000);
    QTest::newRow("seconds padded") << HttpHeaders{{"Retry-After", "  3 "}} << qint64(3000);
    QTest::newRow("seconds negative") << HttpHeaders{{"Retry-After", "-1"}} << noDelay;
    QTest::newRow("seconds negative fraction") << HttpHeaders{{"Retry-After", "-0.5"}} << noDelay;
    QTest::newRow("seconds overflow") << HttpHeaders{{"Retry-After", "1e300"}} << huge;
    QTest::newRow("seconds infinite") << HttpHeaders{{"Retry-After", "inf"}} << noDelay;
    QTest::newRow("seconds nan") << HttpHeaders{{"Retry-After", "nan"}} << noDelay;
    QTest::newRow("garbage") << HttpHeaders{{"Retry-After", "later please"}} << noDelay;
    QTest::newRow("empty value") << HttpHeaders{{"Retry-After", ""}} << noDelay;
    QTest::newRow("date in the future")
        << HttpHeaders{{"Retry-After", "Sun, 01 Mar 2026 12:00:30 GMT"}} << qint64(30'000);
    QTest::newRow("date next day")
        << HttpHeaders{{"Retry-After", "Mon, 02 Mar 2026 12:00:00 GMT"}} << qint64(86'400'000);
    QTest::newRow("date now") << HttpHeaders{{"Retry-After", "Sun, 01 Mar 2026 12:00:00 GMT"}}
                              << qint64(0);
    QTest::newRow("date in the past")
        << HttpHeaders{{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}} << qint64(0);
    QTest::newRow("date a second ago")
        << HttpHeaders{{"Retry-After", "Sun, 01 Mar 2026 11:59:59 GMT"}} << qint64(0);
    QTest::newRow("date garbage") << HttpHeaders{{"Retry-After", "Sun, 99 Foo 2026 12:00:00 GMT"}}
                                  << noDelay;
    QTest::newRow("ms wins over seconds")
        << HttpHeaders{{"Retry-After", "5"}, {"retry-after-ms", "150"}} << qint64(150);
    QTest::newRow("ms wins over date")
        << HttpHeaders{{"Retry-After", "Sun, 01 Mar 2026 12:00:30 GMT"}, {"retry-after-ms", "20"}}
        << qint64(20);
    QTest::newRow("unusable ms falls back to seconds")
        << HttpHeaders{{"retry-after-ms", "soon"}, {"Retry-After", "2"}} << qint64(2000);
    QTest::newRow("negative ms falls back to seconds")
        << HttpHeaders{{"retry-after-ms", "-1"}, {"Retry-After", "2"}} << qint64(2000);
}

void tst_RetryPolicy::serverDelay()
{
    QFETCH(HttpHeaders, headers);
    QFETCH(qint64, expected);

    const std::optional<qint64> delay = RetryPolicy::serverDelayMs(headers, fixedNow());
    if (expected == noDelay) {
        QVERIFY2(!delay.has_value(), qPrintable(u"got %1"_s.arg(delay.value_or(0))));
    } else {
        QVERIFY(delay.has_value());
        QCOMPARE(*delay, expected);
    }
}

void tst_RetryPolicy::httpDateIsGmtInAnyLocalTimeZone_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::newRow("UTC") << QByteArray("UTC");
    QTest::newRow("New York") << QByteArray("America/New_York");
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo");
    QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata");
}

void tst_RetryPolicy::httpDateIsGmtInAnyLocalTimeZone()
{
    QFETCH(QByteArray, tz);
    const ScopedTimeZone zone(tz);

    const HttpHeaders future{{"Retry-After", "Sun, 01 Mar 2026 12:00:30 GMT"}};
    QCOMPARE(RetryPolicy::serverDelayMs(future, fixedNow()).value_or(noDelay), qint64(30'000));
    // The same instant, with "now" expressed in the local zone.
    QCOMPARE(RetryPolicy::serverDelayMs(future, fixedNow().toLocalTime()).value_or(noDelay),
             qint64(30'000));
    // An hour ago in GMT must not turn into "in a few hours" east of Greenwich.
    const HttpHeaders past{{"Retry-After", "Sun, 01 Mar 2026 11:00:00 GMT"}};
    QCOMPARE(RetryPolicy::serverDelayMs(past, fixedNow()).value_or(noDelay), qint64(0));
}

void tst_RetryPolicy::retryableStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<bool>("retryable");

    const HttpHeaders none;
    QTest::newRow("400") << 400 << none << false;
    QTest::newRow("401") << 401 << none << false;
    QTest::newRow("403") << 403 << none << false;
    QTest::newRow("404") << 404 << none << false;
    QTest::newRow("408") << 408 << none << true;
    QTest::newRow("409") << 409 << none << true;
    QTest::newRow("422") << 422 << none << false;
    QTest::newRow("429") << 429 << none << true;
    QTest::newRow("500") << 500 << none << true;
    QTest::newRow("502") << 502 << none << true;
    QTest::newRow("503") << 503 << none << true;
    QTest::newRow("504") << 504 << none << true;
    QTest::newRow("529 overloaded") << 529 << none << true;
    QTest::newRow("503 x-should-retry false")
        << 503 << HttpHeaders{{"x-should-retry", "false"}} << false;
    QTest::newRow("429 x-should-retry false")
        << 429 << HttpHeaders{{"X-Should-Retry", "false"}} << false;
    QTest::newRow("400 x-should-retry true")
        << 400 << HttpHeaders{{"x-should-retry", "true"}} << true;
    QTest::newRow("404 X-Should-Retry TRUE")
        << 404 << HttpHeaders{{"X-Should-Retry", " TRUE "}} << true;
    QTest::newRow("500 x-should-retry garbage")
        << 500 << HttpHeaders{{"x-should-retry", "maybe"}} << true;
    QTest::newRow("400 x-should-retry garbage")
        << 400 << HttpHeaders{{"x-should-retry", "maybe"}} << false;
}

void tst_RetryPolicy::retryableStatus()
{
    QFETCH(int, status);
    QFETCH(HttpHeaders, headers);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryableStatus(status, headers), retryable);
}

void tst_RetryPolicy::backoff_data()
{
    QTest::addColumn<int>("retriesTaken");
    QTest::addColumn<double>("random01");
    QTest::addColumn<int>("initialMs");
    QTest::addColumn<int>("maxMs");
    QTest::addColumn<qint64>("expected");

    // SDK: min(0.5 s · 2^n, 8 s) · (1 − 0.25 · random).
    const qint64 full[] = {500, 1000, 2000, 4000, 8000, 8000};
    const qint64 jittered[] = {375, 750, 1500, 3000, 6000, 6000};
    for (int n = 0; n <= 5; ++n) {
        QTest::addRow("retry %d, random 0", n) << n << 0.0 << 500 << 8000 << full[n];
        QTest::addRow("retry %d, random ~1", n) << n << 0.999'999 << 500 << 8000 << jittered[n];
    }
    QTest::newRow("retry 1, random 0.5") << 1 << 0.5 << 500 << 8000 << qint64(875);
    QTest::newRow("retry 20 stays capped") << 20 << 0.0 << 500 << 8000 << qint64(8000);
    QTest::newRow("custom initial") << 0 << 0.0 << 20 << 100 << qint64(20);
    QTest::newRow("custom doubled") << 2 << 0.0 << 20 << 100 << qint64(80);
    QTest::newRow("custom cap") << 3 << 0.0 << 20 << 100 << qint64(100);
}

void tst_RetryPolicy::backoff()
{
    QFETCH(int, retriesTaken);
    QFETCH(double, random01);
    QFETCH(int, initialMs);
    QFETCH(int, maxMs);
    QFETCH(qint64, expected);
    QCOMPARE(RetryPolicy::backoffMs(retriesTaken, random01, initialMs, maxMs), expected);
}

void tst_RetryPolicy::backoffJitterStaysInRange()
{
    for (int n = 0; n <= 6; ++n) {
        const qint64 ceiling = std::min<qint64>(qint64(500) << n, 8000);
        for (double r = 0.0; r < 1.0; r += 0.125) {
            const qint64 value = RetryPolicy::backoffMs(n, r);
            QVERIFY2(value <= ceiling && value >= ceiling * 3 / 4,
                     qPrintable(u"retry %1 random %2: %3"_s.arg(n).arg(r).arg(value)));
        }
    }
}

void tst_RetryPolicy::secretHeaderNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");

    QTest::newRow("Authorization") << QByteArray("Authorization") << true;
    QTest::newRow("authorization") << QByteArray("authorization") << true;
    QTest::newRow("AUTHORIZATION") << QByteArray("AUTHORIZATION") << true;
    QTest::newRow("Proxy-Authorization") << QByteArray("Proxy-Authorization") << true;
    QTest::newRow("api-key") << QByteArray("api-key") << true;
    QTest::newRow("Api-Key") << QByteArray("Api-Key") << true;
    QTest::newRow("x-api-key") << QByteArray("x-api-key") << true;
    QTest::newRow("X-API-KEY") << QByteArray("X-API-KEY") << true;
    QTest::newRow("x-goog-api-key") << QByteArray("x-goog-api-key") << true;
    QTest::newRow("X-Goog-Api-Key") << QByteArray("X-Goog-Api-Key") << true;
    QTest::newRow("Cookie") << QByteArray("Cookie") << true;
    QTest::newRow("Set-Cookie") << QByteArray("Set-Cookie") << true;
    QTest::newRow("Content-Type") << QByteArray("Content-Type") << false;
    QTest::newRow("anthropic-version") << QByteArray("anthropic-version") << false;
    QTest::newRow("x-goog-api-client") << QByteArray("x-goog-api-client") << false;
    // Anything named like a credential is hidden; a key's id is not worth the risk.
    QTest::newRow("x-api-key-id") << QByteArray("x-api-key-id") << true;
    QTest::newRow("x-ratelimit-limit-tokens") << QByteArray("x-ratelimit-limit-tokens") << false;
    QTest::newRow("User-Agent") << QByteArray("User-Agent") << false;
}

void tst_RetryPolicy::secretHeaderNames()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    QCOMPARE(Redactor::isSecretHeader(name), secret);
}

void tst_RetryPolicy::redactHeaders_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer sk-abc123XYZ")
                            << QByteArray("Bearer [redacted]");
    QTest::newRow("bearer lowercase name")
        << QByteArray("authorization") << QByteArray("Bearer sk-proj-0123456789")
        << QByteArray("Bearer [redacted]");
    QTest::newRow("basic") << QByteArray("AUTHORIZATION") << QByteArray("Basic dXNlcjpwYXNz")
                           << QByteArray("Basic [redacted]");
    QTest::newRow("authorization without scheme")
        << QByteArray("Authorization") << QByteArray("sk-abc123") << QByteArray("[redacted]");
    QTest::newRow("proxy-authorization")
        << QByteArray("Proxy-Authorization") << QByteArray("Basic cHJveHk6c2VjcmV0")
        << QByteArray("[redacted]");
    QTest::newRow("api-key") << QByteArray("api-key") << QByteArray("azure-secret-123")
                             << QByteArray("[redacted]");
    QTest::newRow("x-api-key") << QByteArray("x-api-key") << QByteArray("sk-ant-api03-secret")
                               << QByteArray("[redacted]");
    QTest::newRow("X-Api-Key") << QByteArray("X-Api-Key") << QByteArray("sk-ant-api03-secret")
                               << QByteArray("[redacted]");
    QTest::newRow("x-goog-api-key")
        << QByteArray("x-goog-api-key") << QByteArray("AIzaSyA-secret") << QByteArray("[redacted]");
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("session=abc; other=def")
                            << QByteArray("[redacted]");
    QTest::newRow("set-cookie") << QByteArray("set-cookie")
                                << QByteArray("__cf_bm=secret; path=/; HttpOnly")
                                << QByteArray("[redacted]");
    QTest::newRow("content-type untouched")
        << QByteArray("Content-Type") << QByteArray("application/json")
        << QByteArray("application/json");
    QTest::newRow("anthropic-version untouched")
        << QByteArray("anthropic-version") << QByteArray("2023-06-01") << QByteArray("2023-06-01");
    QTest::newRow("x-goog-api-client untouched")
        << QByteArray("x-goog-api-client") << QByteArray("genai-cpp/1.0")
        << QByteArray("genai-cpp/1.0");
    QTest::newRow("openai-organization untouched")
        << QByteArray("OpenAI-Organization") << QByteArray("org-123") << QByteArray("org-123");
    // Gateways' own credential headers are recognised by name.
    QTest::newRow("portkey key") << QByteArray("x-portkey-api-key") << QByteArray("pk-secret")
                                 << QByteArray("[redacted]");
    QTest::newRow("helicone auth")
        << QByteArray("Helicone-Auth") << QByteArray("Bearer sk-h") << QByteArray("[redacted]");
    QTest::newRow("access token") << QByteArray("X-Access-Token") << QByteArray("tok")
                                  << QByteArray("[redacted]");
    QTest::newRow("client secret")
        << QByteArray("X-Client-Secret") << QByteArray("s") << QByteArray("[redacted]");
    QTest::newRow("rate-limit tokens untouched") << QByteArray("x-ratelimit-remaining-tokens")
                                                 << QByteArray("149984") << QByteArray("149984");
    QTest::newRow("anthropic rate-limit tokens untouched")
        << QByteArray("anthropic-ratelimit-tokens-remaining") << QByteArray("80000")
        << QByteArray("80000");
}

void tst_RetryPolicy::redactHeaders()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);

    const HttpHeaders out = Redactor::headers({{name, value}});
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().first, name); // the name keeps its spelling
    QCOMPARE(out.first().second, expected);
}

void tst_RetryPolicy::redactHeadersKeepsOrderAndOthers()
{
    const HttpHeaders in{
        {"User-Agent", "modelkit/0.1.0"},     {"Authorization", "Bearer sk-secret-1"},
        {"Content-Type", "application/json"}, {"x-api-key", "sk-secret-2"},
        {"Accept", "text/event-stream"},      {"x-goog-api-key", "secret-3"},
    };
    const HttpHeaders expected{
        {"User-Agent", "modelkit/0.1.0"},     {"Authorization", "Bearer [redacted]"},
        {"Content-Type", "application/json"}, {"x-api-key", "[redacted]"},
        {"Accept", "text/event-stream"},      {"x-goog-api-key", "[redacted]"},
    };
    QCOMPARE(Redactor::headers(in), expected);
    QVERIFY(Redactor::headers({}).isEmpty());
}

void tst_RetryPolicy::redactUrlQuery_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("secretItem");
    QTest::addColumn<QString>("secret");

    QTest::newRow("gemini key") << QUrl(
        u"https://generativelanguage.googleapis.com/v1beta/models/"
        "gemini-2.5-flash:streamGenerateContent?alt=sse&key=AIzaSyA-secret"_s)
                                << u"key"_s << u"AIzaSyA-secret"_s;
    QTest::newRow("key first") << QUrl(u"https://example.com/v1/models?key=s3cr3t&pageSize=10"_s)
                               << u"key"_s << u"s3cr3t"_s;
    QTest::newRow("api_key") << QUrl(u"https://example.com/v1/chat?api_key=sk-secret&x=1"_s)
                             << u"api_key"_s << u"sk-secret"_s;
    QTest::newRow("KEY uppercase")
        << QUrl(u"https://example.com/v1/chat?KEY=TopSecret"_s) << u"KEY"_s << u"TopSecret"_s;
    QTest::newRow("api-key") << QUrl(u"https://example.com/v1/chat?api-key=hidden-value"_s)
                             << u"api-key"_s << u"hidden-value"_s;
    QTest::newRow("access_token") << QUrl(
        u"https://example.com/v1/chat?access_token=ya29.secret&a=b"_s)
                                  << u"access_token"_s << u"ya29.secret"_s;
    QTest::newRow("percent-encoded secret")
        << QUrl(u"https://example.com/v1/chat?key=abc%2Fdef%3Dghi"_s) << u"key"_s << u"abc"_s;
}

void tst_RetryPolicy::redactUrlQuery()
{
    QFETCH(QUrl, url);
    QFETCH(QString, secretItem);
    QFETCH(QString, secret);

    const QString redacted = Redactor::url(url);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    const QUrl back(redacted);
    QVERIFY(back.isValid());
    QCOMPARE(back.host(), url.host());
    QCOMPARE(back.path(), url.path());
    const QUrlQuery before(url);
    const QUrlQuery after(back);
    QCOMPARE(after.queryItemValue(secretItem), QString::fromLatin1(Redactor::placeholder()));
    // Every other item survives with its value.
    const auto items = before.queryItems();
    for (const auto &[key, value] : items) {
        if (key != secretItem)
            QCOMPARE(after.queryItemValue(key), value);
    }
    QCOMPARE(after.queryItems().size(), items.size());
}

void tst_RetryPolicy::redactUrlPassword()
{
    const QUrl url(u"https://alice:hunter2@proxy.example.com:8443/v1/chat/completions?model=x"_s);
    const QString redacted = Redactor::url(url);
    QVERIFY2(!redacted.contains(u"hunter2"_s), qPrintable(redacted));
    const QUrl back(redacted);
    QCOMPARE(back.host(), u"proxy.example.com"_s);
    QCOMPARE(back.port(), 8443);
    QCOMPARE(back.path(), u"/v1/chat/completions"_s);
    QCOMPARE(back.query(), u"model=x"_s);
    QCOMPARE(back.userName(), u"alice"_s);
    QVERIFY(back.password().isEmpty() || back.password() == u"[redacted]"_s);
}

void tst_RetryPolicy::redactUrlLeavesOthers_data()
{
    QTest::addColumn<QUrl>("url");

    QTest::newRow("no query") << QUrl(u"https://api.anthropic.com/v1/messages"_s);
    QTest::newRow("harmless query")
        << QUrl(u"https://api.openai.com/v1/models?limit=20&order=desc"_s);
    QTest::newRow("names that merely contain key")
        << QUrl(u"https://example.com/v1/x?monkey=1&keyboard=2&key_id=3"_s);
    QTest::newRow("user without password") << QUrl(u"https://bob@example.com/v1/x?a=b"_s);
    QTest::newRow("local ollama") << QUrl(u"http://127.0.0.1:11434/api/chat"_s);
}

void tst_RetryPolicy::redactUrlLeavesOthers()
{
    QFETCH(QUrl, url);
    QCOMPARE(Redactor::url(url), url.toString(QUrl::FullyEncoded));
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)

#include "tst_retrypolicy.moc"
