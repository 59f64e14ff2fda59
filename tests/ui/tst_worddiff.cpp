// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The Compare view's word diff: tokens, Myers edit scripts, the work bound, HTML, and the
// view that picks two replies.
#include "compare/comparediffview.h"
#include "compare/worddiff.h"
#include "uitest.h"

#include <algorithm>
#include <vector>

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using playground::CompareDiffView;
using playground::WordDiff;
using Segment = WordDiff::Segment;
using Kind = WordDiff::Segment::Kind;

namespace {

Segment same(const QString &text)
{
    return {Kind::Same, text};
}

Segment removed(const QString &text)
{
    return {Kind::Removed, text};
}

Segment added(const QString &text)
{
    return {Kind::Added, text};
}

// "kept [-removed-]{+added+}", readable in a failure message.
QString render(const QList<Segment> &segments)
{
    QString out;
    for (const Segment &segment : segments) {
        switch (segment.kind) {
        case Kind::Same:
            out += segment.text;
            break;
        case Kind::Removed:
            out += u"[-"_s + segment.text + u"-]"_s;
            break;
        case Kind::Added:
            out += u"{+"_s + segment.text + u"+}"_s;
            break;
        }
    }
    return out;
}

QString side(const QList<Segment> &segments, Kind changed)
{
    QString out;
    for (const Segment &segment : segments) {
        if (segment.kind == Kind::Same || segment.kind == changed)
            out += segment.text;
    }
    return out;
}

// The invariants every result keeps, whatever the input.
bool wellFormed(const QList<Segment> &segments, const QString &before, const QString &after,
                QString *why)
{
    if (side(segments, Kind::Removed) != before) {
        *why = u"Same+Removed is not `before`: "_s + render(segments);
        return false;
    }
    if (side(segments, Kind::Added) != after) {
        *why = u"Same+Added is not `after`: "_s + render(segments);
        return false;
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = segments.at(i);
        if (segment.text.isEmpty()) {
            *why = u"empty segment at %1"_s.arg(i);
            return false;
        }
        if (segment.text.front().isLowSurrogate() || segment.text.back().isHighSurrogate()) {
            *why = u"segment %1 splits a surrogate pair"_s.arg(i);
            return false;
        }
        if (i > 0 && segments.at(i - 1).kind == segment.kind) {
            *why = u"unmerged neighbours at %1: "_s.arg(i) + render(segments);
            return false;
        }
        if (i > 0 && segments.at(i - 1).kind == Kind::Added && segment.kind == Kind::Removed) {
            *why = u"added before removed at %1: "_s.arg(i) + render(segments);
            return false;
        }
    }
    return true;
}

qsizetype changedTokens(const QList<Segment> &segments)
{
    qsizetype changed = 0;
    for (const Segment &segment : segments) {
        if (segment.kind != Kind::Same)
            changed += WordDiff::tokenCount(segment.text);
    }
    return changed;
}

qsizetype lcsLength(const QStringList &a, const QStringList &b)
{
    std::vector<qsizetype> row(size_t(b.size() + 1), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = 0;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype up = row[size_t(j)];
            row[size_t(j)]
                = a.at(i - 1) == b.at(j - 1) ? diagonal + 1 : std::max(up, row[size_t(j - 1)]);
            diagonal = up;
        }
    }
    return row[size_t(b.size())];
}

enum class TokenType { Word, Space, Single };

TokenType typeOf(const QString &token)
{
    if (token.front().isSpace())
        return TokenType::Space;
    if (token.front() == u'_'
        || (token.front().isLetterOrNumber() && token.front().script() != QChar::Script_Han))
        return TokenType::Word;
    return TokenType::Single;
}

// Two neighbouring words (or spaces) would read as one token: part them with a comma, so
// that a token list joined is cut back into exactly that list.
QStringList normalised(const QStringList &tokens)
{
    QStringList out;
    for (const QString &token : tokens) {
        if (!out.isEmpty() && typeOf(token) != TokenType::Single
            && typeOf(out.last()) == typeOf(token))
            out.append(u","_s);
        out.append(token);
    }
    return out;
}

QStringList randomTokens(QRandomGenerator &random, const QStringList &vocabulary, int count)
{
    QStringList tokens;
    for (int i = 0; i < count; ++i)
        tokens.append(vocabulary.at(random.bounded(int(vocabulary.size()))));
    return tokens;
}

QStringList randomEdit(QRandomGenerator &random, const QStringList &vocabulary, QStringList tokens)
{
    const int edits = random.bounded(9);
    for (int e = 0; e < edits; ++e) {
        const int at = random.bounded(int(tokens.size()) + 1);
        const int length = 1 + random.bounded(4);
        switch (random.bounded(3)) {
        case 0:
            for (const QString &token : randomTokens(random, vocabulary, length))
                tokens.insert(at, token);
            break;
        case 1:
            tokens.remove(std::min<qsizetype>(at, tokens.size()),
                          std::min<qsizetype>(length, tokens.size() - at));
            break;
        default:
            for (int i = at; i < std::min<int>(at + length, int(tokens.size())); ++i)
                tokens[i] = vocabulary.at(random.bounded(int(vocabulary.size())));
            break;
        }
    }
    return tokens;
}

// `words` words from a vocabulary of about a thousand, with punctuation and paragraphs.
QString prose(QRandomGenerator &random, int words, const QString &prefix)
{
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += random.bounded(40) == 0 ? u"\n\n"_s : u" "_s;
        text += prefix + QString::number(random.bounded(1000));
        if (i + 1 < words && random.bounded(12) == 0)
            text += random.bounded(2) ? u","_s : u"."_s;
    }
    return text;
}

QTextCharFormat formatOf(const QTextDocument *document, const QString &fragmentText)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text().contains(fragmentText))
                return it.fragment().charFormat();
        }
    }
    return {};
}

} // namespace

class TstWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void diffs_data();
    void diffs();
    void emptyInputs();
    void identicalTexts();
    void clustersStayWhole();
    void countsForTheSummary();
    void randomEditsReconstructAndStayMinimal();
    void largeSimilarRepliesAreFast();
    void unrelatedTextsFallBackQuickly();
    void htmlIsEscapedAndMarked();
    void htmlKeepsLineBreaks();

    void viewHasNamesAndAccessibleNames();
    void viewDiffsTheChosenPair();
    void viewSwapButtonSwaps();
    void viewKeepsThePairWhenEntriesChange();
    void viewSummaries();

private:
    static QList<CompareDiffView::Entry> threeEntries();
};

void TstWordDiff::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TstWordDiff::diffs_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<Segment>>("expected");

    QTest::newRow("insertion") << u"hello world"_s << u"hello brave new world"_s
                               << QList<Segment>{same(u"hello "_s), added(u"brave new "_s),
                                                 same(u"world"_s)};
    QTest::newRow("deletion") << u"hello brave new world"_s << u"hello world"_s
                              << QList<Segment>{same(u"hello "_s), removed(u"brave new "_s),
                                                same(u"world"_s)};
    QTest::newRow("append") << u"Done."_s << u"Done. Anything else?"_s
                            << QList<Segment>{same(u"Done."_s), added(u" Anything else?"_s)};
    QTest::newRow("replacement mid-sentence")
        << u"The cat sat on the mat."_s << u"The dog sat on the mat."_s
        << QList<Segment>{same(u"The "_s), removed(u"cat"_s), added(u"dog"_s),
                          same(u" sat on the mat."_s)};
    // A rewritten phrase reads as one change, not a word-by-word alternation.
    QTest::newRow("phrase replaced")
        << u"The quick brown fox jumps."_s << u"A slow red fox jumps!"_s
        << QList<Segment>{removed(u"The quick brown"_s), added(u"A slow red"_s),
                          same(u" fox jumps"_s), removed(u"."_s), added(u"!"_s)};
    // ... but line breaks between changed lines stay unchanged.
    QTest::newRow("changed lines")
        << u"one\ntwo"_s << u"uno\ndos"_s
        << QList<Segment>{removed(u"one"_s), added(u"uno"_s), same(u"\n"_s), removed(u"two"_s),
                          added(u"dos"_s)};
    // An appended or dropped sentence shows whole, not shifted round the final full stop.
    QTest::newRow("appended sentence")
        << u"The dog sat on the mat."_s << u"The dog sat on the mat. It purred."_s
        << QList<Segment>{same(u"The dog sat on the mat."_s), added(u" It purred."_s)};
    QTest::newRow("dropped sentence")
        << u"One. Two. Three."_s << u"One. Three."_s
        << QList<Segment>{same(u"One. "_s), removed(u"Two. "_s), same(u"Three."_s)};
    QTest::newRow("wider space") << u"a b"_s << u"a  b"_s
                                 << QList<Segment>{same(u"a"_s), removed(u" "_s), added(u"  "_s),
                                                   same(u"b"_s)};
    QTest::newRow("space to newline") << u"first line. second"_s << u"first line.\nsecond"_s
                                      << QList<Segment>{same(u"first line."_s), removed(u" "_s),
                                                        added(u"\n"_s), same(u"second"_s)};
    QTest::newRow("trailing newline")
        << u"text"_s << u"text\n"_s << QList<Segment>{same(u"text"_s), added(u"\n"_s)};
    QTest::newRow("punctuation") << u"Hello, world"_s << u"Hello world!"_s
                                 << QList<Segment>{same(u"Hello"_s), removed(u","_s),
                                                   same(u" world"_s), added(u"!"_s)};
    QTest::newRow("code punctuation")
        << u"f(a, b);"_s << u"f(a, c);"_s
        << QList<Segment>{same(u"f(a, "_s), removed(u"b"_s), added(u"c"_s), same(u");"_s)};
    QTest::newRow("underscore and digits")
        << u"use max_tokens=256"_s << u"use max_tokens=1024"_s
        << QList<Segment>{same(u"use max_tokens="_s), removed(u"256"_s), added(u"1024"_s)};
    QTest::newRow("cyrillic") << u"Привет мир"_s << u"Привет, мир"_s
                              << QList<Segment>{same(u"Привет"_s), added(u","_s), same(u" мир"_s)};
    QTest::newRow("greek word") << u"καλή μέρα φίλε"_s << u"καλή νύχτα φίλε"_s
                                << QList<Segment>{same(u"καλή "_s), removed(u"μέρα"_s),
                                                  added(u"νύχτα"_s), same(u" φίλε"_s)};
    // Devanagari vowel signs are combining marks: the word stays one token.
    QTest::newRow("devanagari") << u"हिन्दी भाषा"_s << u"हिन्दी बोली"_s
                                << QList<Segment>{same(u"हिन्दी "_s), removed(u"भाषा"_s),
                                                  added(u"बोली"_s)};
    QTest::newRow("arabic") << u"مرحبا بالعالم"_s << u"مرحبا يا عالم"_s
                            << QList<Segment>{same(u"مرحبا "_s), removed(u"بالعالم"_s),
                                              added(u"يا عالم"_s)};
    // Chinese has no spaces: each character is a token.
    QTest::newRow("chinese") << u"我喜欢猫。"_s << u"我喜欢狗。"_s
                             << QList<Segment>{same(u"我喜欢"_s), removed(u"猫"_s), added(u"狗"_s),
                                               same(u"。"_s)};
    QTest::newRow("emoji skin tone") << u"Nice 👍🏽 work"_s << u"Nice 👍🏿 work"_s
                                     << QList<Segment>{same(u"Nice "_s), removed(u"👍🏽"_s),
                                                       added(u"👍🏿"_s), same(u" work"_s)};
    QTest::newRow("emoji zwj sequence") << u"a 👩‍💻 b"_s << u"a 👩‍🔬 b"_s
                                        << QList<Segment>{same(u"a "_s), removed(u"👩‍💻"_s),
                                                          added(u"👩‍🔬"_s), same(u" b"_s)};
    QTest::newRow("flags") << u"🇩🇪🇫🇷"_s << u"🇩🇪🇮🇹"_s
                           << QList<Segment>{same(u"🇩🇪"_s), removed(u"🇫🇷"_s), added(u"🇮🇹"_s)};
    QTest::newRow("emoji inserted") << u"Great job"_s << u"Great job 🎉"_s
                                    << QList<Segment>{same(u"Great job"_s), added(u" 🎉"_s)};
}

void TstWordDiff::diffs()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<Segment>, expected);

    const WordDiff::Result result = WordDiff::compareDetailed(before, after);
    QCOMPARE(render(result.segments), render(expected));
    QCOMPARE(result.segments, expected);
    QVERIFY(!result.approximate);
    QCOMPARE(WordDiff::compare(before, after), expected);
    QString why;
    QVERIFY2(wellFormed(result.segments, before, after, &why), qPrintable(why));
}

void TstWordDiff::emptyInputs()
{
    QCOMPARE(WordDiff::compare({}, {}), QList<Segment>{});
    QCOMPARE(WordDiff::compare({}, u"Hello there."_s), QList<Segment>{added(u"Hello there."_s)});
    QCOMPARE(WordDiff::compare(u"Hello there."_s, {}), QList<Segment>{removed(u"Hello there."_s)});
    QCOMPARE(WordDiff::compare(u"\n"_s, {}), QList<Segment>{removed(u"\n"_s)});
    QVERIFY(!WordDiff::compareDetailed({}, u"x"_s).approximate);
}

void TstWordDiff::identicalTexts()
{
    const QString text = u"Same reply,\nsame words. 👍🏽"_s;
    const WordDiff::Result result = WordDiff::compareDetailed(text, text);
    QCOMPARE(result.segments, QList<Segment>{same(text)});
    QVERIFY(!result.approximate);
    const WordDiff::Counts counts = WordDiff::count(result.segments);
    QCOMPARE(counts.removed, 0);
    QCOMPARE(counts.added, 0);
    QCOMPARE(counts.same, 7); // Same reply , same words . 👍🏽 — whitespace is not counted
    QCOMPARE(counts.sameShare(), 1.0);
}

void TstWordDiff::clustersStayWhole()
{
    QCOMPARE(WordDiff::tokenCount(u"👩‍💻"_s), 1);
    QCOMPARE(WordDiff::tokenCount(u"🇩🇪🇫🇷"_s), 2);
    QCOMPARE(WordDiff::tokenCount(u"🎉🇩🇪🇫🇷"_s), 3); // Qt 6.4 alone splits these flags
    QCOMPARE(WordDiff::tokenCount(u"👩‍💻🇩🇪🇩"_s),
             3); // a lone indicator is a token too
    QCOMPARE(WordDiff::tokenCount(u"1️⃣"_s), 1);
    QCOMPARE(WordDiff::tokenCount(u"e\u0301t\u00e9"_s), 1); // combining acute stays in
    QCOMPARE(WordDiff::tokenCount(u"hello, world!"_s), 5);
    QCOMPARE(WordDiff::tokenCount(u"a \t\r\n b"_s), 3);
    QCOMPARE(WordDiff::tokenCount(u"snake_case_42"_s), 1);
    QCOMPARE(WordDiff::tokenCount(u"日本語"_s), 3);
    // A math letter outside the BMP is a letter: one word with its neighbours.
    QCOMPARE(WordDiff::tokenCount(u"x𝑥y"_s), 1);

    const QString before = u"😀😃😄😁"_s;
    const QString after = u"😀😄😁😆"_s;
    const QList<Segment> segments = WordDiff::compare(before, after);
    QString why;
    QVERIFY2(wellFormed(segments, before, after, &why), qPrintable(why));
    QCOMPARE(segments,
             (QList<Segment>{same(u"😀"_s), removed(u"😃"_s), same(u"😄😁"_s), added(u"😆"_s)}));
}

void TstWordDiff::countsForTheSummary()
{
    const QList<Segment> segments = WordDiff::compare(u"one two three"_s, u"one 2 three four"_s);
    const WordDiff::Counts counts = WordDiff::count(segments);
    QCOMPARE(counts.same, 2);
    QCOMPARE(counts.removed, 1);
    QCOMPARE(counts.added, 2);
    QCOMPARE(counts.sameShare(), 0.5); // 2 of the longer side's 4

    const WordDiff::Counts spaces = WordDiff::count(WordDiff::compare(u"a b"_s, u"a\n\nb"_s));
    QCOMPARE(spaces.removed, 0);
    QCOMPARE(spaces.added, 0);
    QCOMPARE(spaces.same, 2);

    QCOMPARE(WordDiff::Counts{}.sameShare(), 1.0);
}

void TstWordDiff::randomEditsReconstructAndStayMinimal()
{
    const QStringList words{u"alpha"_s, u"beta"_s,  u"gamma"_s, u"delta"_s,
                            u"мир"_s,   u"λόγος"_s, u"x1"_s,    u"_id"_s};
    const QStringList singles{u","_s,        u"."_s,           u"!"_s,  u"("_s,  u")"_s,
                              u"👍🏽"_s, u"👩‍💻"_s, u"🇩🇪"_s, u"猫"_s, u"狗"_s};
    const QStringList spaces{u" "_s, u"  "_s, u"\n"_s, u"\n\n"_s, u"\t"_s};
    const QStringList withoutSpaces = words + singles;
    const QStringList withSpaces = words + singles + spaces + spaces + spaces;

    QRandomGenerator random(20260815);
    for (int round = 0; round < 400; ++round) {
        // Every other round has no whitespace: nothing gets folded together, so the edit
        // script must be exactly minimal there.
        const bool spaced = round % 2 == 1;
        const QStringList &vocabulary = spaced ? withSpaces : withoutSpaces;
        const QStringList original = randomTokens(random, vocabulary, random.bounded(60));
        const QStringList beforeTokens = normalised(original);
        const QStringList afterTokens = normalised(randomEdit(random, vocabulary, original));
        const QString before = beforeTokens.join(QString());
        const QString after = afterTokens.join(QString());
        QCOMPARE(WordDiff::tokenCount(before), beforeTokens.size());
        QCOMPARE(WordDiff::tokenCount(after), afterTokens.size());

        const WordDiff::Result result = WordDiff::compareDetailed(before, after);
        const QByteArray context
            = "round " + QByteArray::number(round) + ": " + render(result.segments).toUtf8();
        QVERIFY2(!result.approximate, context.constData());
        QString why;
        QVERIFY2(wellFormed(result.segments, before, after, &why), qPrintable(why));

        // Never worse than replacing everything between the common prefix and suffix...
        const qsizetype n = beforeTokens.size();
        const qsizetype m = afterTokens.size();
        qsizetype prefix = 0;
        while (prefix < std::min(n, m) && beforeTokens.at(prefix) == afterTokens.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < std::min(n, m) - prefix
               && beforeTokens.at(n - 1 - suffix) == afterTokens.at(m - 1 - suffix))
            ++suffix;
        const qsizetype naive = n + m - 2 * (prefix + suffix);
        const qsizetype changed = changedTokens(result.segments);
        QVERIFY2(changed <= naive, context.constData());
        // ... and never better than a shortest edit script (which it is, without spaces).
        const qsizetype minimal = n + m - 2 * lcsLength(beforeTokens, afterTokens);
        QVERIFY2(changed >= minimal, context.constData());
        if (!spaced)
            QVERIFY2(changed == minimal, context.constData());
        if (before == after)
            QCOMPARE(changed, 0);
    }
}

void TstWordDiff::largeSimilarRepliesAreFast()
{
    QRandomGenerator random(5000);
    const QString before = prose(random, 5000, u"w"_s);
    QStringList words = before.split(u' ');
    for (int i = 0; i < 25; ++i)
        words[random.bounded(int(words.size()))] = u"edited"_s;
    words.insert(2500, u"inserted words here"_s);
    words.remove(100, 3);
    const QString after = words.join(u' ');

    WordDiff::Result result;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i)
        result = WordDiff::compareDetailed(before, after);
    const double perRun = double(timer.nsecsElapsed()) / 10.0 / 1e6;
    qInfo("two 5,000-word replies, ~30 edits: %.2f ms per diff", perRun);

    QVERIFY(!result.approximate);
    QString why;
    QVERIFY2(wellFormed(result.segments, before, after, &why), qPrintable(why));
    const WordDiff::Counts counts = WordDiff::count(result.segments);
    QVERIFY(counts.added >= 3);
    QVERIFY(counts.added <= 40);
    QVERIFY(counts.sameShare() > 0.98);
    // Not a timing test (that would be flaky on a loaded machine): a generous bound that
    // only a quadratic blow-up would cross.
    QVERIFY2(perRun < 1000.0, qPrintable(QString::number(perRun)));
}

void TstWordDiff::unrelatedTextsFallBackQuickly()
{
    QRandomGenerator random(42);
    const QString intro = u"Here is the answer.\n\n"_s;
    const QString outro = u"\n\nI hope this helps!"_s;
    const QString before = intro + prose(random, 6000, u"a"_s) + outro;
    const QString after = intro + prose(random, 6000, u"b"_s) + outro;

    QElapsedTimer timer;
    timer.start();
    const WordDiff::Result result = WordDiff::compareDetailed(before, after);
    const double elapsed = double(timer.nsecsElapsed()) / 1e6;
    qInfo("two unrelated 6,000-word replies: %.2f ms (approximate: %d)", elapsed,
          int(result.approximate));

    QVERIFY(result.approximate);
    QString why;
    QVERIFY2(wellFormed(result.segments, before, after, &why), qPrintable(why));
    // The common start and end still show as kept; the rest is one removal and one addition.
    QCOMPARE(result.segments.size(), 4);
    QCOMPARE(result.segments.at(0), same(intro));
    QCOMPARE(result.segments.at(1).kind, Kind::Removed);
    QCOMPARE(result.segments.at(2).kind, Kind::Added);
    QCOMPARE(result.segments.at(3), same(outro));
    QVERIFY2(elapsed < 2000.0, qPrintable(QString::number(elapsed)));

    // Small unrelated texts are within the bound: an exact (if busy) diff.
    const QString shortBefore = prose(random, 40, u"a"_s);
    const QString shortAfter = prose(random, 40, u"b"_s);
    const WordDiff::Result small = WordDiff::compareDetailed(shortBefore, shortAfter);
    QVERIFY(!small.approximate);
    QVERIFY2(wellFormed(small.segments, shortBefore, shortAfter, &why), qPrintable(why));
}

void TstWordDiff::htmlIsEscapedAndMarked()
{
    const QList<Segment> segments
        = WordDiff::compare(u"Use <b> & \"quotes\""_s, u"Use <i> & \"quotes\""_s);
    const QString html = WordDiff::toHtml(segments);
    QVERIFY(html.contains(u"white-space: pre-wrap"_s));
    QVERIFY(!html.contains(u"<b>"_s));
    QVERIFY(!html.contains(u"<i>"_s));
    QVERIFY(html.contains(u"&lt;"_s));
    QVERIFY(html.contains(u"&amp;"_s));
    QVERIFY(html.contains(u"line-through"_s));

    QTextDocument document;
    document.setHtml(html);
    QCOMPARE(document.toPlainText(), u"Use <bi> & \"quotes\""_s);
    const QTextCharFormat gone = formatOf(&document, u"b"_s);
    QVERIFY(gone.fontStrikeOut());
    QCOMPARE(gone.background().color(), QColor(0xff, 0xd7, 0xd5));
    const QTextCharFormat fresh = formatOf(&document, u"i"_s);
    QVERIFY(!fresh.fontStrikeOut());
    QCOMPARE(fresh.background().color(), QColor(0xcc, 0xff, 0xd8));
    const QTextCharFormat kept = formatOf(&document, u"Use"_s);
    QVERIFY(!kept.fontStrikeOut());
    QCOMPARE(kept.background().style(), Qt::NoBrush);

    QCOMPARE(WordDiff::toHtml({}), u"<div style=\"white-space: pre-wrap;\"></div>"_s);
}

void TstWordDiff::htmlKeepsLineBreaks()
{
    const QString before = u"First paragraph.\n\n  - item one\n  - item two"_s;
    const QString after = u"First paragraph.\n\n  - item one\n  - item 2\n"_s;
    QTextDocument document;
    document.setHtml(WordDiff::toHtml(WordDiff::compare(before, after)));
    QCOMPARE(document.toPlainText(), u"First paragraph.\n\n  - item one\n  - item two2\n"_s);
}

QList<CompareDiffView::Entry> TstWordDiff::threeEntries()
{
    return {{u"gpt-4o"_s, u"The cat sat on the mat."_s},
            {u"claude"_s, u"The dog sat on the mat."_s},
            {u"gemini"_s, u"The cat sat on the mat."_s}};
}

void TstWordDiff::viewHasNamesAndAccessibleNames()
{
    CompareDiffView view;
    view.setEntries(threeEntries());
    const QList<QWidget *> controls{
        testsupport::findNamed<QComboBox>(&view, u"diffLaneA"_s),
        testsupport::findNamed<QComboBox>(&view, u"diffLaneB"_s),
        testsupport::findNamed<QPushButton>(&view, u"diffSwap"_s),
        testsupport::findNamed<QTextBrowser>(&view, u"diffText"_s),
        testsupport::findNamed<QLabel>(&view, u"diffSummary"_s),
    };
    for (QWidget *control : controls) {
        QVERIFY(control);
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        if (!qobject_cast<QLabel *>(control))
            QVERIFY2(control->focusPolicy() & Qt::TabFocus, qPrintable(control->objectName()));
    }
    auto *text = view.findChild<QTextBrowser *>(u"diffText"_s);
    QVERIFY(text->isReadOnly());
    QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByKeyboard);
}

void TstWordDiff::viewDiffsTheChosenPair()
{
    CompareDiffView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy pairs(&view, &CompareDiffView::pairChanged);
    view.setEntries(threeEntries());
    auto *laneA = view.findChild<QComboBox *>(u"diffLaneA"_s);
    auto *laneB = view.findChild<QComboBox *>(u"diffLaneB"_s);
    auto *summary = view.findChild<QLabel *>(u"diffSummary"_s);
    auto *text = view.findChild<QTextBrowser *>(u"diffText"_s);

    // The first two by default.
    QCOMPARE(view.laneA(), 0);
    QCOMPARE(view.laneB(), 1);
    QCOMPARE(pairs.count(), 1);
    QCOMPARE(laneA->count(), 3);
    QCOMPARE(laneA->itemText(2), u"gemini"_s);
    QCOMPARE(laneA->currentIndex(), 0);
    QCOMPARE(laneB->currentIndex(), 1);
    QCOMPARE(summary->text(), u"1 word(s) removed, 1 added; 85% unchanged"_s);
    QCOMPARE(view.segments(), (QList<Segment>{same(u"The "_s), removed(u"cat"_s), added(u"dog"_s),
                                              same(u" sat on the mat."_s)}));
    QVERIFY(text->toHtml().contains(u"cat"_s));
    QVERIFY(text->toHtml().contains(u"dog"_s));
    QVERIFY(formatOf(text->document(), u"cat"_s).fontStrikeOut());
    QCOMPARE(formatOf(text->document(), u"dog"_s).background().color(), QColor(0xcc, 0xff, 0xd8));

    // The keyboard picks the second reply: gemini says what gpt-4o said.
    laneB->setFocus();
    QTest::keyClick(laneB, Qt::Key_Down);
    QCOMPARE(laneB->currentIndex(), 2);
    QCOMPARE(view.laneB(), 2);
    QCOMPARE(pairs.count(), 2);
    QCOMPARE(pairs.last(), (QVariantList{0, 2}));
    QCOMPARE(summary->text(), u"The replies are identical"_s);
    QCOMPARE(view.segments(), QList<Segment>{same(u"The cat sat on the mat."_s)});
    QVERIFY(!formatOf(text->document(), u"cat"_s).fontStrikeOut());

    // And the mouse-free way to the first: claude against gemini.
    laneA->setCurrentIndex(1);
    QCOMPARE(view.laneA(), 1);
    QCOMPARE(view.segments(), (QList<Segment>{same(u"The "_s), removed(u"dog"_s), added(u"cat"_s),
                                              same(u" sat on the mat."_s)}));
    QVERIFY(formatOf(text->document(), u"dog"_s).fontStrikeOut());
    QCOMPARE(text->document()->toPlainText(), u"The dogcat sat on the mat."_s);
}

void TstWordDiff::viewSwapButtonSwaps()
{
    CompareDiffView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setEntries(threeEntries());
    auto *swap = view.findChild<QPushButton *>(u"diffSwap"_s);
    auto *laneA = view.findChild<QComboBox *>(u"diffLaneA"_s);
    auto *laneB = view.findChild<QComboBox *>(u"diffLaneB"_s);
    QSignalSpy pairs(&view, &CompareDiffView::pairChanged);

    QVERIFY(swap->isEnabled());
    QTest::mouseClick(swap, Qt::LeftButton);
    QCOMPARE(view.laneA(), 1);
    QCOMPARE(view.laneB(), 0);
    QCOMPARE(laneA->currentIndex(), 1);
    QCOMPARE(laneB->currentIndex(), 0);
    QCOMPARE(pairs.count(), 1);
    QCOMPARE(view.segments(), (QList<Segment>{same(u"The "_s), removed(u"dog"_s), added(u"cat"_s),
                                              same(u" sat on the mat."_s)}));

    // From the keyboard too.
    swap->setFocus();
    QTest::keyClick(swap, Qt::Key_Space);
    QCOMPARE(view.laneA(), 0);
    QCOMPARE(view.laneB(), 1);
    QCOMPARE(view.segments().at(1), removed(u"cat"_s));

    // Swapping a reply with itself would change nothing.
    view.setPair(2, 2);
    QVERIFY(!swap->isEnabled());
    QCOMPARE(view.findChild<QLabel *>(u"diffSummary"_s)->text(), u"The replies are identical"_s);
}

void TstWordDiff::viewKeepsThePairWhenEntriesChange()
{
    CompareDiffView view;
    view.setEntries(threeEntries());
    view.setPair(2, 1);
    QSignalSpy pairs(&view, &CompareDiffView::pairChanged);

    // A reply streaming in: same pair, new text, re-diffed.
    QList<CompareDiffView::Entry> entries = threeEntries();
    entries[1].text += u" It purred."_s;
    view.setEntries(entries);
    QCOMPARE(view.laneA(), 2);
    QCOMPARE(view.laneB(), 1);
    QCOMPARE(pairs.count(), 0);
    QCOMPARE(view.segments().last(), added(u" It purred."_s));
    auto *laneA = view.findChild<QComboBox *>(u"diffLaneA"_s);
    QCOMPARE(laneA->currentIndex(), 2);

    // Relabelled entries keep the pair as well.
    entries[2].label = u"gemini-2.5-pro"_s;
    view.setEntries(entries);
    QCOMPARE(laneA->itemText(2), u"gemini-2.5-pro"_s);
    QCOMPARE(laneA->currentIndex(), 2);

    // A lane gone: back to the first two.
    entries.removeLast();
    view.setEntries(entries);
    QCOMPARE(view.laneA(), 0);
    QCOMPARE(view.laneB(), 1);
    QCOMPARE(pairs.count(), 1);
    QCOMPARE(laneA->count(), 2);

    // Out-of-range choices are ignored.
    view.setPair(0, 5);
    QCOMPARE(view.laneB(), 1);
}

void TstWordDiff::viewSummaries()
{
    CompareDiffView view;
    auto *summary = view.findChild<QLabel *>(u"diffSummary"_s);
    auto *swap = view.findChild<QPushButton *>(u"diffSwap"_s);
    auto *laneA = view.findChild<QComboBox *>(u"diffLaneA"_s);
    QCOMPARE(summary->text(), u"A word diff needs two replies"_s);
    QVERIFY(!swap->isEnabled());
    QVERIFY(!laneA->isEnabled());
    QVERIFY(view.segments().isEmpty());
    QCOMPARE(view.laneA(), -1);

    view.setEntries({{u"only"_s, u"text"_s}});
    QCOMPARE(summary->text(), u"A word diff needs two replies"_s);
    QVERIFY(view.segments().isEmpty());
    QCOMPARE(view.laneA(), -1);
    QCOMPARE(view.laneB(), -1);

    view.setEntries({{u"a"_s, QString()}, {u"b"_s, QString()}});
    QCOMPARE(summary->text(), u"Both replies are empty"_s);
    QVERIFY(laneA->isEnabled());

    view.setEntries({{u"a"_s, u"one two"_s}, {u"b"_s, u"one\ntwo "_s}});
    QCOMPARE(summary->text(), u"The replies differ only in whitespace"_s);

    view.setEntries({{u"a"_s, u"one two three four"_s}, {u"b"_s, u"one three four five six"_s}});
    QCOMPARE(summary->text(), u"1 word(s) removed, 2 added; 60% unchanged"_s);

    QRandomGenerator random(7);
    view.setEntries({{u"a"_s, prose(random, 6000, u"a"_s)}, {u"b"_s, prose(random, 6000, u"b"_s)}});
    QVERIFY(view.isApproximate());
    QCOMPARE(summary->text(), u"Too different for a word diff; showing whole replies"_s);
    QCOMPARE(summary->accessibleName(), summary->text());
}

QTEST_MAIN(TstWordDiff)
#include "tst_worddiff.moc"
