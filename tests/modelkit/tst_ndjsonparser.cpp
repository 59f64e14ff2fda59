// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "transport/ndjsonparser.h"

#include <algorithm>

#include <QDebug>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using modelkit::NdjsonParser;

namespace {

// Shaped like Ollama's streamed /api/chat reply (one JSON object per line, final stats line).
const QList<QByteArray> ollamaLines{
    R"({"model":"llama3.2","created_at":"2023-08-04T08:52:19.385406455-07:00","message":{"role":"assistant","content":"The"},"done":false})",
    R"({"model":"llama3.2","created_at":"2023-08-04T08:52:19.410152Z","message":{"role":"assistant","content":" caf)"
    "\xC3\xA9"
    R"("},"done":false})",
    R"({"model":"llama3.2","created_at":"2023-08-04T08:52:19.434871Z","message":{"role":"assistant","content":" is open )"
    "\xE2\x98\x95"
    R"("},"done":false})",
    R"({"model":"llama3.2","created_at":"2023-08-04T08:52:19.459622Z","message":{"role":"assistant","content":"."},"done":false})",
    R"({"model":"llama3.2","created_at":"2023-08-04T19:22:45.499127Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","total_duration":4883583458,"load_duration":1334875,"prompt_eval_count":26,"prompt_eval_duration":342546000,"eval_count":282,"eval_duration":4535599000})",
};

QByteArray ollamaTranscript()
{
    QByteArray transcript;
    for (const QByteArray &line : ollamaLines)
        transcript += line + '\n';
    return transcript;
}

QList<QByteArray> parseChunks(const QList<QByteArrayView> &chunks)
{
    NdjsonParser parser;
    QList<QByteArray> lines;
    for (const QByteArrayView chunk : chunks)
        lines += parser.feed(chunk);
    lines += parser.finish();
    return lines;
}

QList<QByteArray> parseInPieces(QByteArrayView bytes, qsizetype pieceSize)
{
    NdjsonParser parser;
    QList<QByteArray> lines;
    for (qsizetype pos = 0; pos < bytes.size(); pos += pieceSize)
        lines += parser.feed(bytes.sliced(pos, std::min(pieceSize, bytes.size() - pos)));
    lines += parser.finish();
    return lines;
}

} // namespace

class TstNdjsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ollamaTranscriptIsValid();
    void splitAtEveryOffset_data();
    void splitAtEveryOffset();
    void rows_data();
    void rows();
    void finishOnlyForTrailingLine();
    void pendingBytes();
    void overflow();
    void longLineInSmallChunks();
};

void TstNdjsonParser::ollamaTranscriptIsValid()
{
    NdjsonParser parser;
    const QList<QByteArray> lines = parser.feed(ollamaTranscript());
    QCOMPARE(lines, ollamaLines);
    QVERIFY(parser.finish().isEmpty());

    QString text;
    for (const QByteArray &line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(doc.isObject());
        text += doc.object().value(u"message").toObject().value(u"content").toString();
    }
    QCOMPARE(text, u"The caf\u00E9 is open \u2615."_s);
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(last.value(u"done").toBool(), true);
    QCOMPARE(last.value(u"done_reason").toString(), u"stop"_s);
    QCOMPARE(last.value(u"prompt_eval_count").toInt(), 26);
    QCOMPARE(last.value(u"eval_count").toInt(), 282);
}

void TstNdjsonParser::splitAtEveryOffset_data()
{
    QTest::addColumn<QByteArray>("transcript");
    QTest::addColumn<QList<QByteArray>>("expected");

    const QByteArray lf = ollamaTranscript();
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray noFinalNewline = lf;
    noFinalNewline.chop(1);

    QTest::newRow("ollama-lf") << lf << ollamaLines;
    QTest::newRow("ollama-crlf") << crlf << ollamaLines;
    QTest::newRow("ollama-no-final-newline") << noFinalNewline << ollamaLines;
    QTest::newRow("ollama-blank-lines") << QByteArray("\n" + lf + "\r\n  \n") << ollamaLines;
}

void TstNdjsonParser::splitAtEveryOffset()
{
    QFETCH(QByteArray, transcript);
    QFETCH(QList<QByteArray>, expected);

    QCOMPARE(parseChunks({transcript}), expected);
    const QByteArrayView view(transcript);
    for (qsizetype k = 0; k <= view.size(); ++k) {
        const QList<QByteArray> lines = parseChunks({view.first(k), view.sliced(k)});
        if (lines != expected) {
            qWarning() << "split at offset" << k;
            QCOMPARE(lines, expected);
        }
    }
    QCOMPARE(parseInPieces(view, 1), expected);
    QCOMPARE(parseInPieces(view, 3), expected);
}

void TstNdjsonParser::rows_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QList<QByteArray>>("fromFeed");
    QTest::addColumn<QList<QByteArray>>("fromFinish");

    using Lines = QList<QByteArray>;
    QTest::newRow("lf") << Lines{"{\"a\":1}\n{\"b\":2}\n"} << Lines{"{\"a\":1}", "{\"b\":2}"}
                        << Lines{};
    QTest::newRow("crlf") << Lines{"{\"a\":1}\r\n{\"b\":2}\r\n"} << Lines{"{\"a\":1}", "{\"b\":2}"}
                          << Lines{};
    QTest::newRow("crlf-split") << Lines{"{\"a\":1}\r", "\n{\"b\":2}\r", "\n"}
                                << Lines{"{\"a\":1}", "{\"b\":2}"} << Lines{};
    QTest::newRow("only-one-cr-stripped") << Lines{"{}\r\r\n"} << Lines{"{}\r"} << Lines{};
    QTest::newRow("blank-lines-skipped")
        << Lines{"\n\n{}\n \t \n\r\n\n{}\n"} << Lines{"{}", "{}"} << Lines{};
    QTest::newRow("inner-whitespace-kept")
        << Lines{"  {\"a\": 1}  \n"} << Lines{"  {\"a\": 1}  "} << Lines{};
    QTest::newRow("trailing-line")
        << Lines{"{}\n{\"last\":true}"} << Lines{"{}"} << Lines{"{\"last\":true}"};
    QTest::newRow("trailing-line-crlf-less-cr") << Lines{"{}\r"} << Lines{} << Lines{"{}"};
    QTest::newRow("trailing-blank") << Lines{"{}\n  \r"} << Lines{"{}"} << Lines{};
    QTest::newRow("nothing") << Lines{} << Lines{} << Lines{};
    QTest::newRow("multibyte-split")
        << Lines{"{\"t\":\"caf\xC3", "\xA9\"}\n"} << Lines{"{\"t\":\"caf\xC3\xA9\"}"} << Lines{};
    QTest::newRow("emoji-split") << Lines{"{\"t\":\"\xF0", "\x9F\x98", "\x80\"}\n"}
                                 << Lines{"{\"t\":\"\xF0\x9F\x98\x80\"}"} << Lines{};
}

void TstNdjsonParser::rows()
{
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QList<QByteArray>, fromFeed);
    QFETCH(QList<QByteArray>, fromFinish);

    NdjsonParser parser;
    QList<QByteArray> fed;
    for (const QByteArray &chunk : chunks)
        fed += parser.feed(chunk);
    QCOMPARE(fed, fromFeed);
    QCOMPARE(parser.finish(), fromFinish);
    QCOMPARE(parser.pendingBytes(), 0);

    const QByteArray whole = chunks.join();
    QCOMPARE(parseChunks({whole}), fromFeed + fromFinish);
    QCOMPARE(parseInPieces(whole, 1), fromFeed + fromFinish);
}

void TstNdjsonParser::finishOnlyForTrailingLine()
{
    NdjsonParser parser;
    QVERIFY(parser.finish().isEmpty());
    QVERIFY(parser.feed(R"({"done":true})").isEmpty());
    QCOMPARE(parser.finish(), QList<QByteArray>{R"({"done":true})"});
    QVERIFY(parser.finish().isEmpty());
}

void TstNdjsonParser::pendingBytes()
{
    NdjsonParser parser;
    QVERIFY(parser.feed("{\"a\"").isEmpty());
    QCOMPARE(parser.pendingBytes(), 4);
    QCOMPARE(parser.feed(":1}\n").size(), 1);
    QCOMPARE(parser.pendingBytes(), 0);
    QVERIFY(parser.feed("{").isEmpty());
    parser.reset();
    QCOMPARE(parser.pendingBytes(), 0);
    QVERIFY(parser.finish().isEmpty());
}

void TstNdjsonParser::overflow()
{
    NdjsonParser parser;
    parser.setMaxLineBytes(10);
    QCOMPARE(parser.maxLineBytes(), 10);
    QCOMPARE(parser.feed("0123456789\n"), QList<QByteArray>{"0123456789"}); // at the limit

    // Lines before the oversized one are delivered; nothing after it.
    QCOMPARE(parser.feed("{}\n01234567890\n{}\n"), QList<QByteArray>{"{}"});
    QVERIFY(parser.hasOverflowed());
    QVERIFY(parser.feed("{}\n").isEmpty());
    QVERIFY(parser.finish().isEmpty());

    // An unterminated line trips the limit while it is still growing.
    parser.reset();
    QVERIFY(!parser.hasOverflowed());
    QVERIFY(parser.feed("012345").isEmpty());
    QVERIFY(!parser.hasOverflowed());
    QVERIFY(parser.feed("67890").isEmpty());
    QVERIFY(parser.hasOverflowed());
    QCOMPARE(parser.pendingBytes(), 0);

    parser.reset();
    parser.setMaxLineBytes(0); // unlimited
    QCOMPARE(parser.feed(QByteArray(QByteArray(100000, 'x') + '\n')).size(), 1);
    QVERIFY(!parser.hasOverflowed());
}

void TstNdjsonParser::longLineInSmallChunks()
{
    // 2 MB line in 7-byte chunks: only finishes quickly if scanning is linear.
    const QByteArray line = "{\"content\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
    const QByteArray stream = line + '\n';
    NdjsonParser parser;
    QList<QByteArray> lines;
    const QByteArrayView view(stream);
    for (qsizetype pos = 0; pos < view.size(); pos += 7)
        lines += parser.feed(view.sliced(pos, std::min<qsizetype>(7, view.size() - pos)));
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first() == line);
}

QTEST_GUILESS_MAIN(TstNdjsonParser)
#include "tst_ndjsonparser.moc"
