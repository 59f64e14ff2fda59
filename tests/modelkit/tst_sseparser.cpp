// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "fixtures.h"
#include "transport/sseparser.h"

#include <algorithm>
#include <optional>

#include <QDebug>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using modelkit::SseEvent;
using modelkit::SseParser;
using testsupport::fixturesDir;

namespace modelkit {
// Found by ADL so that QCOMPARE on QList<SseEvent> prints the differing events.
char *toString(const SseEvent &event)
{
    QByteArray text = "{event=" + event.event + " id=" + event.id + " retry=";
    text += event.retry ? QByteArray::number(*event.retry) : QByteArray("none");
    text += " data=" + event.data + '}';
    return QTest::toString(text);
}
} // namespace modelkit

namespace {

struct Transcript
{
    QString name;
    QByteArray bytes;
};

SseEvent makeEvent(const QByteArray &data, const QByteArray &type = {}, const QByteArray &id = {},
                   std::optional<int> retry = {})
{
    return SseEvent{type, data, id, retry};
}

// Feeds the chunks in order, then finish(); returns everything produced.
// Keeps embedded NULs that a plain C string would cut off.
template<qsizetype N>
QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, N - 1);
}

QList<SseEvent> parseChunks(const QList<QByteArrayView> &chunks)
{
    SseParser parser;
    QList<SseEvent> events;
    for (const QByteArrayView chunk : chunks)
        events += parser.feed(chunk);
    events += parser.finish();
    return events;
}

QList<SseEvent> parseInPieces(QByteArrayView bytes, qsizetype pieceSize)
{
    SseParser parser;
    QList<SseEvent> events;
    for (qsizetype pos = 0; pos < bytes.size(); pos += pieceSize)
        events += parser.feed(bytes.sliced(pos, std::min(pieceSize, bytes.size() - pos)));
    events += parser.finish();
    return events;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray readFixture(const QString &relativePath)
{
    return testsupport::fixture(relativePath);
}

QString headerValue(const QJsonObject &headers, QStringView name)
{
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value().toString();
    }
    return {};
}

// Every *.sse file, plus the event-stream bodies recorded in http-exchange-*.json files.
QList<Transcript> loadTranscripts()
{
    QList<Transcript> transcripts;
    const QDir root(fixturesDir());
    QDirIterator sseFiles(root.path(), {u"*.sse"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (sseFiles.hasNext()) {
        const QString path = sseFiles.next();
        transcripts.append({root.relativeFilePath(path), readFile(path)});
    }

    QDirIterator exchanges(root.path(), {u"http-exchange-*.json"_s}, QDir::Files,
                           QDirIterator::Subdirectories);
    while (exchanges.hasNext()) {
        const QString path = exchanges.next();
        const QJsonArray array = QJsonDocument::fromJson(readFile(path)).array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject response = array.at(i).toObject().value(u"response").toObject();
            const QJsonValue body = response.value(u"body");
            const QString contentType
                = headerValue(response.value(u"headers").toObject(), u"content-type");
            if (body.isString() && contentType.startsWith(u"text/event-stream"))
                transcripts.append({root.relativeFilePath(path) + u'#' + QString::number(i),
                                    body.toString().toUtf8()});
        }
    }

    std::sort(transcripts.begin(), transcripts.end(),
              [](const Transcript &a, const Transcript &b) { return a.name < b.name; });
    return transcripts;
}

} // namespace

class TstSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixturesPresent();
    void fixtureTranscripts_data();
    void fixtureTranscripts();
    void fixtureFacts();
    void whatwg_data();
    void whatwg();
    void bomSplitByteByByte();
    void multibyteSplitAtEveryOffset();
    void finishFlushesAndResets();
    void lastEventIdAndReconnectionTime();
    void pendingBytes();
    void overflow();
    void overflowAcrossSmallChunks();
    void overflowInReplayedBom();
    void largeEventInSmallChunks();
};

void TstSseParser::fixturesPresent()
{
    const QDir dir(fixturesDir());
    QVERIFY2(dir.exists(), qPrintable(u"fixtures directory missing: "_s + dir.path()));

    const QList<Transcript> transcripts = loadTranscripts();
    const auto sseCount
        = std::count_if(transcripts.begin(), transcripts.end(),
                        [](const Transcript &t) { return t.name.endsWith(u".sse"); });
    QVERIFY2(sseCount > 0, "no *.sse fixtures found");
    QVERIFY2(sseCount < transcripts.size(), "no event-stream body in http-exchange-*.json");
    for (const Transcript &t : transcripts)
        QVERIFY2(!t.bytes.isEmpty(), qPrintable(u"empty or unreadable: "_s + t.name));
}

void TstSseParser::fixtureTranscripts_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QList<Transcript> transcripts = loadTranscripts();
    // Never skip silently: an empty row makes the test function fail.
    if (transcripts.isEmpty())
        QTest::newRow("no-fixtures-found") << QByteArray();
    for (const Transcript &t : transcripts)
        QTest::newRow(qPrintable(t.name)) << t.bytes;
}

void TstSseParser::fixtureTranscripts()
{
    QFETCH(QByteArray, bytes);
    QVERIFY2(!bytes.isEmpty(), qPrintable(u"no SSE fixtures under "_s + fixturesDir()));

    // Reference: the whole transcript in one feed().
    const QList<SseEvent> reference = parseChunks({bytes});
    QVERIFY(!reference.isEmpty());
    for (const SseEvent &event : reference) {
        if (event.data == "[DONE]")
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data, &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
                 qPrintable(error.errorString() + u": "_s + QString::fromUtf8(event.data)));
        QVERIFY2(doc.isObject(), event.data.constData());
    }

    // Two chunks, split at every byte offset (including inside CRLF and UTF-8 sequences).
    const QByteArrayView view(bytes);
    for (qsizetype k = 0; k <= view.size(); ++k) {
        const QList<SseEvent> events = parseChunks({view.first(k), view.sliced(k)});
        if (events != reference) {
            qWarning() << "split at offset" << k;
            QCOMPARE(events, reference);
        }
    }

    QCOMPARE(parseInPieces(view, 1), reference);
}

void TstSseParser::fixtureFacts()
{
    // Gemini uses CRLF line endings.
    const QByteArray gemini = readFixture(u"gemini/stream-basic-reply-short.sse"_s);
    QVERIFY(gemini.contains("\r\n\r\n"));
    {
        SseParser parser;
        const QList<SseEvent> events = parser.feed(gemini);
        QCOMPARE(events.size(), 3);
        QVERIFY(parser.finish().isEmpty());
        for (const SseEvent &event : events) {
            QVERIFY(event.event.isEmpty());
            QVERIFY(!event.data.contains('\r'));
            QVERIFY(event.data.startsWith("{\"candidates\""));
        }
        QVERIFY(events.last().data.contains("\"finishReason\": \"STOP\""));
    }
    QCOMPARE(parseChunks({readFixture(u"gemini/stream-prompt-blocked-safety.sse"_s)}).size(), 1);
    QVERIFY(
        parseChunks({readFixture(u"gemini/stream-thinking-function-call-signature.sse"_s)}).size()
        > 1);

    // OpenAI ends with a [DONE] sentinel.
    const QList<SseEvent> openai
        = parseChunks({readFixture(u"openai/chat-stream-text-with-usage.sse"_s)});
    QVERIFY(openai.size() > 2);
    QCOMPARE(openai.last().data, QByteArray("[DONE]"));
    QVERIFY(openai.first().event.isEmpty());

    // Anthropic's basic transcript has no trailing newline: message_stop needs finish().
    const QByteArray anthropic = readFixture(u"anthropic/messages-stream-basic-text.sse"_s);
    QVERIFY(!anthropic.isEmpty());
    QVERIFY(!anthropic.endsWith('\n'));
    {
        SseParser parser;
        const QList<SseEvent> fed = parser.feed(anthropic);
        QCOMPARE(fed.size(), 8);
        QCOMPARE(fed.first().event, QByteArray("message_start"));
        QCOMPARE(fed.last().event, QByteArray("message_delta"));
        QVERIFY(parser.pendingBytes() > 0);
        const QList<SseEvent> flushed = parser.finish();
        QCOMPARE(flushed.size(), 1);
        QCOMPARE(flushed.first().event, QByteArray("message_stop"));
        QCOMPARE(flushed.first().data, QByteArray(R"({"type":"message_stop"})"));
        QCOMPARE(parser.pendingBytes(), 0);
    }
}

void TstSseParser::whatwg_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QList<SseEvent>>("fromFeed");
    QTest::addColumn<QList<SseEvent>>("fromFinish");

    const QList<SseEvent> none;
    const QList<SseEvent> justX{makeEvent("x")};

    // Line terminators.
    QTest::newRow("lf") << QList<QByteArray>{"data: x\n\n"} << justX << none;
    QTest::newRow("cr") << QList<QByteArray>{"data: x\r\r"} << justX << none;
    QTest::newRow("crlf") << QList<QByteArray>{"data: x\r\n\r\n"} << justX << none;
    QTest::newRow("mixed") << QList<QByteArray>{"data: a\rdata: b\ndata: c\r\n\n"}
                           << QList<SseEvent>{makeEvent("a\nb\nc")} << none;
    QTest::newRow("crlf-split-between-chunks")
        << QList<QByteArray>{"data: a\r", "\ndata: b\r", "\n\r", "\n"}
        << QList<SseEvent>{makeEvent("a\nb")} << none;
    QTest::newRow("cr-then-empty-chunk-then-lf")
        << QList<QByteArray>{"data: a\r", "", "\ndata: b\r\n\r\n"}
        << QList<SseEvent>{makeEvent("a\nb")} << none;
    QTest::newRow("cr-at-chunk-end-then-cr")
        << QList<QByteArray>{"data: x\r", "\r"} << justX << none;
    QTest::newRow("cr-at-chunk-end-then-text") << QList<QByteArray>{"data: a\r", "data: b\n\n"}
                                               << QList<SseEvent>{makeEvent("a\nb")} << none;
    QTest::newRow("lf-cr-is-two-terminators") << QList<QByteArray>{"data: x\n\r"} << justX << none;

    // Comments and the optional space after the colon.
    QTest::newRow("comment") << QList<QByteArray>{": keep-alive\n\ndata: x\n: more\n\n"} << justX
                             << none;
    QTest::newRow("comment-only") << QList<QByteArray>{": keep-alive\n\n:\n\n"} << none << none;
    QTest::newRow("no-space") << QList<QByteArray>{"data:x\n\n"} << justX << none;
    QTest::newRow("one-space") << QList<QByteArray>{"data: x\n\n"} << justX << none;
    QTest::newRow("two-spaces") << QList<QByteArray>{"data:  x\n\n"}
                                << QList<SseEvent>{makeEvent(" x")} << none;
    QTest::newRow("colon-in-value") << QList<QByteArray>{"data: {\"a\":1}\n\n"}
                                    << QList<SseEvent>{makeEvent("{\"a\":1}")} << none;
    QTest::newRow("trailing-space-kept")
        << QList<QByteArray>{"data: x \n\n"} << QList<SseEvent>{makeEvent("x ")} << none;

    // Data joining and dispatch rules.
    QTest::newRow("multi-line-data") << QList<QByteArray>{"data: a\ndata:\ndata: b\n\n"}
                                     << QList<SseEvent>{makeEvent("a\n\nb")} << none;
    QTest::newRow("empty-data-dispatches")
        << QList<QByteArray>{"data:\n\n"} << QList<SseEvent>{makeEvent("")} << none;
    QTest::newRow("two-events") << QList<QByteArray>{"data: 1\n\ndata: 2\n\n"}
                                << QList<SseEvent>{makeEvent("1"), makeEvent("2")} << none;
    QTest::newRow("extra-blank-lines")
        << QList<QByteArray>{"\n\n\ndata: x\n\n\n\n"} << justX << none;
    QTest::newRow("event-type") << QList<QByteArray>{"event: delta\ndata: x\n\n"}
                                << QList<SseEvent>{makeEvent("x", "delta")} << none;
    QTest::newRow("last-event-type-wins") << QList<QByteArray>{"event: a\nevent: b\ndata: x\n\n"}
                                          << QList<SseEvent>{makeEvent("x", "b")} << none;
    QTest::newRow("blank-event-not-dispatched")
        << QList<QByteArray>{"event: foo\n\ndata: x\n\n"} << justX << none;
    QTest::newRow("type-resets-after-dispatch")
        << QList<QByteArray>{"event: a\ndata: 1\n\ndata: 2\n\n"}
        << QList<SseEvent>{makeEvent("1", "a"), makeEvent("2")} << none;

    // id and retry.
    QTest::newRow("id") << QList<QByteArray>{"id: 42\ndata: x\n\ndata: y\n\n"}
                        << QList<SseEvent>{makeEvent("x", {}, "42"), makeEvent("y")} << none;
    QTest::newRow("id-with-nul-ignored")
        << QList<QByteArray>{bytesOf("id: 1\nid: a\0b\ndata: x\n\n")}
        << QList<SseEvent>{makeEvent("x", {}, "1")} << none;
    QTest::newRow("retry") << QList<QByteArray>{"retry: 3000\ndata: x\n\n"}
                           << QList<SseEvent>{makeEvent("x", {}, {}, 3000)} << none;
    QTest::newRow("retry-not-digits")
        << QList<QByteArray>{"retry: 30a\nretry: -1\nretry: 1.5\nretry:\nretry: +5\ndata: x\n\n"}
        << justX << none;
    QTest::newRow("retry-too-large")
        << QList<QByteArray>{"retry: 99999999999999\ndata: x\n\n"} << justX << none;

    // Field names.
    QTest::newRow("unknown-field")
        << QList<QByteArray>{"foo: bar\ndata: x\nDATA: y\n\n"} << justX << none;
    QTest::newRow("field-without-colon")
        << QList<QByteArray>{"data\ndata\n\n"} << QList<SseEvent>{makeEvent("\n")} << none;
    QTest::newRow("event-without-colon")
        << QList<QByteArray>{"event: a\nevent\ndata: x\n\n"} << justX << none;

    // Byte order mark.
    QTest::newRow("bom") << QList<QByteArray>{"\xEF\xBB\xBF"
                                              "data: x\n\n"}
                         << justX << none;
    QTest::newRow("bom-split") << QList<QByteArray>{"\xEF", "\xBB", "\xBF", "data: x\n\n"} << justX
                               << none;
    QTest::newRow("bom-only-once") << QList<QByteArray>{"\xEF\xBB\xBF\xEF\xBB\xBF"
                                                        "data: x\n\n"}
                                   << none << none;
    QTest::newRow("bom-mid-stream-kept") << QList<QByteArray>{"data: 1\n\n\xEF\xBB\xBF"
                                                              "data: 2\n\n"}
                                         << QList<SseEvent>{makeEvent("1")} << none;
    QTest::newRow("partial-bom-is-data")
        << QList<QByteArray>{"\xEF\xBB", "data: x\n\n"} << none << none;
    QTest::newRow("partial-bom-then-colon")
        << QList<QByteArray>{"\xEF", ":\ndata: x\n\n"} << justX << none;

    // UTF-8 stays raw bytes, whatever the chunking.
    QTest::newRow("multibyte-split") << QList<QByteArray>{"data: caf\xC3", "\xA9\n\n"}
                                     << QList<SseEvent>{makeEvent("caf\xC3\xA9")} << none;
    QTest::newRow("emoji-split") << QList<QByteArray>{"data: \xF0\x9F", "\x98", "\x80!\n\n"}
                                 << QList<SseEvent>{makeEvent("\xF0\x9F\x98\x80!")} << none;

    // finish(): flushing a pending event, or nothing to flush.
    QTest::newRow("finish-unterminated-line") << QList<QByteArray>{"data: x"} << none << justX;
    QTest::newRow("finish-missing-blank-line") << QList<QByteArray>{"data: x\n"} << none << justX;
    QTest::newRow("finish-after-cr") << QList<QByteArray>{"data: x\r"} << none << justX;
    QTest::newRow("finish-typed") << QList<QByteArray>{"data: 1\n\nevent: stop\ndata: 2"}
                                  << QList<SseEvent>{makeEvent("1")}
                                  << QList<SseEvent>{makeEvent("2", "stop")};
    QTest::newRow("finish-nothing-pending") << QList<QByteArray>{"data: x\n\n"} << justX << none;
    QTest::newRow("finish-no-input") << QList<QByteArray>{} << none << none;
    QTest::newRow("finish-type-without-data") << QList<QByteArray>{"event: foo"} << none << none;
    QTest::newRow("finish-comment") << QList<QByteArray>{": keep-alive"} << none << none;
    QTest::newRow("finish-partial-bom") << QList<QByteArray>{"\xEF\xBB"} << none << none;
}

void TstSseParser::whatwg()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QList<SseEvent>, fromFeed);
    QFETCH(QList<SseEvent>, fromFinish);

    SseParser parser;
    QList<SseEvent> fed;
    for (const QByteArray &chunk : chunks)
        fed += parser.feed(chunk);
    QCOMPARE(fed, fromFeed);
    QCOMPARE(parser.finish(), fromFinish);
    QCOMPARE(parser.pendingBytes(), 0);

    // The chunking never matters: whole, and one byte at a time.
    const QByteArray whole = chunks.join();
    const QList<SseEvent> all = fromFeed + fromFinish;
    QCOMPARE(parseChunks({whole}), all);
    QCOMPARE(parseInPieces(whole, 1), all);
}

void TstSseParser::bomSplitByteByByte()
{
    SseParser parser;
    QVERIFY(parser.feed("\xEF").isEmpty());
    QVERIFY(parser.feed("\xBB").isEmpty());
    QVERIFY(parser.feed("\xBF").isEmpty());
    QCOMPARE(parser.pendingBytes(), 0);
    QCOMPARE(parser.feed("data: x\n\n"), QList<SseEvent>{makeEvent("x")});

    // After finish() a new stream may start with its own BOM.
    QVERIFY(parser.finish().isEmpty());
    QCOMPARE(parser.feed("\xEF\xBB\xBF"
                         "data: y\n\n"),
             QList<SseEvent>{makeEvent("y")});
}

void TstSseParser::multibyteSplitAtEveryOffset()
{
    // "é", "€" (3 bytes) and an emoji (4 bytes) in a JSON payload.
    const QByteArray payload = "{\"text\":\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"}";
    const QByteArray stream = "event: delta\ndata: " + payload + "\n\n";
    const QList<SseEvent> expected{makeEvent(payload, "delta")};
    for (qsizetype k = 0; k <= stream.size(); ++k) {
        const QByteArrayView view(stream);
        QCOMPARE(parseChunks({view.first(k), view.sliced(k)}), expected);
    }
    QCOMPARE(parseInPieces(stream, 1), expected);
    const QJsonObject object = QJsonDocument::fromJson(expected.first().data).object();
    QCOMPARE(object.value(u"text").toString(), u"caf\u00E9 \u20AC \U0001F600"_s);
}

void TstSseParser::finishFlushesAndResets()
{
    SseParser parser;
    QVERIFY(parser.finish().isEmpty());
    QVERIFY(parser.finish().isEmpty());

    QVERIFY(parser.feed("event: a\ndata: 1").isEmpty());
    QCOMPARE(parser.finish(), QList<SseEvent>{makeEvent("1", "a")});
    QVERIFY(parser.finish().isEmpty()); // nothing left to flush

    // Nothing leaks into the next stream.
    QVERIFY(parser.feed("event: a\r").isEmpty());
    QVERIFY(parser.finish().isEmpty());
    QCOMPARE(parser.feed("\ndata: 2\n\n"), QList<SseEvent>{makeEvent("2")});
}

void TstSseParser::lastEventIdAndReconnectionTime()
{
    SseParser parser;
    QCOMPARE(parser.lastEventId(), QByteArray());
    QVERIFY(!parser.reconnectionTime());

    // retry and id without data: nothing dispatched, but the stream-level values stick.
    QVERIFY(parser.feed("retry: 1500\nid: 7\n\n").isEmpty());
    QCOMPARE(parser.reconnectionTime(), std::optional<int>(1500));
    QCOMPARE(parser.lastEventId(), QByteArray("7"));

    // Events without an id field report none, while lastEventId() is kept.
    QCOMPARE(parser.feed("data: x\n\n"), QList<SseEvent>{makeEvent("x")});
    QCOMPARE(parser.lastEventId(), QByteArray("7"));
    QCOMPARE(parser.feed("id: 8\ndata: y\n\n"), QList<SseEvent>{makeEvent("y", {}, "8")});
    QCOMPARE(parser.lastEventId(), QByteArray("8"));

    // An empty id clears it (WHATWG).
    QCOMPARE(parser.feed("id\ndata: z\n\n"), QList<SseEvent>{makeEvent("z")});
    QCOMPARE(parser.lastEventId(), QByteArray());

    parser.reset();
    QVERIFY(!parser.reconnectionTime());
    QVERIFY(parser.lastEventId().isEmpty());
}

void TstSseParser::pendingBytes()
{
    SseParser parser;
    QCOMPARE(parser.pendingBytes(), 0);
    QVERIFY(parser.feed("data: abc").isEmpty());
    QCOMPARE(parser.pendingBytes(), 9); // the unterminated line
    QVERIFY(parser.feed("\n").isEmpty());
    QCOMPARE(parser.pendingBytes(), 4); // data buffer "abc\n"
    QCOMPARE(parser.feed("\n").size(), 1);
    QCOMPARE(parser.pendingBytes(), 0);

    QVERIFY(parser.feed("data: abc").isEmpty());
    parser.reset();
    QCOMPARE(parser.pendingBytes(), 0);
    QVERIFY(parser.finish().isEmpty());
}

void TstSseParser::overflow()
{
    SseParser parser;
    parser.setMaxEventBytes(32);
    QCOMPARE(parser.maxEventBytes(), 32);
    QCOMPARE(parser.feed("data: short\n\n"), QList<SseEvent>{makeEvent("short")});
    QVERIFY(!parser.hasOverflowed());

    // Complete events before the oversized one in the same chunk are still delivered.
    const QByteArray big = "data: 1\n\ndata: " + QByteArray(40, 'x') + "\n\ndata: 2\n\n";
    QCOMPARE(parser.feed(big), QList<SseEvent>{makeEvent("1")});
    QVERIFY(parser.hasOverflowed());
    QCOMPARE(parser.pendingBytes(), 0);
    QVERIFY(parser.feed("data: ok\n\n").isEmpty());
    QVERIFY(parser.finish().isEmpty());
    QVERIFY(parser.hasOverflowed());

    // reset() clears the error but keeps the limit.
    parser.reset();
    QVERIFY(!parser.hasOverflowed());
    QCOMPARE(parser.feed("data: ok\n\n"), QList<SseEvent>{makeEvent("ok")});

    // Short data lines accumulate into one event that is too large: each adds 10 bytes to
    // the data buffer, and the third 15-byte line on top of 20 buffered bytes exceeds 32.
    for (int i = 0; i < 2; ++i)
        QVERIFY(parser.feed("data: 123456789\n").isEmpty());
    QVERIFY(!parser.hasOverflowed());
    QCOMPARE(parser.pendingBytes(), 20);
    QVERIFY(parser.feed("data: 123456789\n").isEmpty());
    QVERIFY(parser.hasOverflowed());

    // Exactly at the limit is fine; 0 means unlimited.
    parser.reset();
    QCOMPARE(parser.feed(QByteArray("data: " + QByteArray(26, 'y') + "\n\n")).size(),
             1); // 32-byte line
    parser.setMaxEventBytes(0);
    QCOMPARE(parser.feed(QByteArray("data: " + QByteArray(100000, 'z') + "\n\n")).size(), 1);
    QVERIFY(!parser.hasOverflowed());
}

void TstSseParser::overflowAcrossSmallChunks()
{
    // A line that never ends must not grow without bound.
    SseParser parser;
    parser.setMaxEventBytes(1000);
    const QByteArray chunk(10, 'a');
    int fed = 0;
    while (!parser.hasOverflowed() && fed < 1000) {
        QVERIFY(parser.feed(chunk).isEmpty());
        ++fed;
    }
    QVERIFY(parser.hasOverflowed());
    QCOMPARE(fed, 101);
    QCOMPARE(parser.pendingBytes(), 0);
}

void TstSseParser::overflowInReplayedBom()
{
    // Two bytes that looked like the start of a BOM are read as input once the third
    // differs. When they alone exceed the limit, the rest of that chunk is not read either:
    // nothing stays pending after an overflow (found by tests/fuzz/fuzz_sseparser).
    SseParser parser;
    parser.setMaxEventBytes(1);
    QVERIFY(parser.feed("\xEF\xBB").isEmpty());
    QVERIFY(!parser.hasOverflowed());
    QVERIFY(parser.feed("x").isEmpty());
    QVERIFY(parser.hasOverflowed());
    QCOMPARE(parser.pendingBytes(), 0);
    QVERIFY(parser.finish().isEmpty());
}

void TstSseParser::largeEventInSmallChunks()
{
    // 2 MB in 7-byte chunks: only completes in reasonable time if scanning is linear.
    const qsizetype size = 2 * 1024 * 1024;
    QByteArray payload(size, 'p');
    for (qsizetype i = 0; i < size; i += 1000)
        payload[i] = 'q';
    const QByteArray stream = "event: big\ndata: " + payload + "\ndata: end\n\n";

    SseParser parser;
    QList<SseEvent> events;
    const QByteArrayView view(stream);
    for (qsizetype pos = 0; pos < view.size(); pos += 7)
        events += parser.feed(view.sliced(pos, std::min<qsizetype>(7, view.size() - pos)));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().event, QByteArray("big"));
    QCOMPARE(events.first().data.size(), size + 4);
    QVERIFY(events.first().data == QByteArray(payload + "\nend"));
    QVERIFY(parser.finish().isEmpty());
}

QTEST_GUILESS_MAIN(TstSseParser)
#include "tst_sseparser.moc"
