// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/worddiff.h"

#include <algorithm>
#include <vector>

#include <QHash>
#include <QStringView>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace playground {

namespace {

using Kind = WordDiff::Segment::Kind;

// Unspaced: a letter of a script written without spaces between words (Chinese, Japanese,
// Thai…), where a run of letters is a whole sentence; each such character is a token.
enum class TokenClass : quint8 { Word, Space, Unspaced, Other };

struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    TokenClass cls = TokenClass::Other;
};

char32_t firstCodePoint(QStringView text, qsizetype at)
{
    const QChar c = text.at(at);
    if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(c, text.at(at + 1));
    return c.unicode();
}

bool isRegionalIndicator(char32_t codePoint)
{
    return codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF;
}

bool isUnspacedScript(char32_t codePoint)
{
    switch (QChar::script(codePoint)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

TokenClass classOf(char32_t codePoint)
{
    if (QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint) || codePoint == U'_')
        return isUnspacedScript(codePoint) ? TokenClass::Unspaced : TokenClass::Word;
    if (QChar::isSpace(codePoint))
        return TokenClass::Space;
    return TokenClass::Other;
}

//! Words and whitespace are maximal runs of grapheme clusters of their class; any other
//! cluster (punctuation, a symbol, an emoji with its modifiers, a flag, a Chinese character)
//! is a token alone.
std::vector<Token> tokenize(const QString &text)
{
    std::vector<Token> tokens;
    if (text.isEmpty())
        return tokens;
    tokens.reserve(size_t(text.size() / 3 + 1));
    QTextBoundaryFinder clusters(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (clusters.toNextBoundary() != -1) {
        qsizetype end = clusters.position();
        const char32_t first = firstCodePoint(text, start);
        if (isRegionalIndicator(first)) {
            // Qt 6.4 pairs regional indicators wrongly after an emoji ("🎉🇩🇪🇫🇷" comes out
            // as 🇩 | 🇪🇫 | 🇷): pair them here, two by two from the start of the run.
            end = start + 2;
            if (end + 1 < text.size() && isRegionalIndicator(firstCodePoint(text, end)))
                end += 2;
            clusters.setPosition(end);
        }
        const TokenClass cls = classOf(first);
        if ((cls == TokenClass::Word || cls == TokenClass::Space) && !tokens.empty()
            && tokens.back().cls == cls)
            tokens.back().length = end - tokens.back().start;
        else
            tokens.push_back({start, end - start, cls});
        start = end;
    }
    return tokens;
}

//! One run of the edit script: `count` tokens kept, removed from `before` or added.
struct Op
{
    Kind kind;
    qsizetype count;
};

void pushOp(std::vector<Op> &ops, Kind kind, qsizetype count)
{
    if (count <= 0)
        return;
    if (!ops.empty() && ops.back().kind == kind)
        ops.back().count += count;
    else
        ops.push_back({kind, count});
}

//! Myers' O((N+M)·D) diff in linear space (the middle-snake bisection, as in the 1986
//! paper and diff-match-patch), over interned token ids. `budget` bounds the number of
//! diagonal visits and snake steps; past it the caller falls back to a coarse result.
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b, qint64 budget)
        : m_a(a), m_b(b), m_budget(budget)
    {}

    //! The edit script; incomplete (to be discarded) when exceeded() is true.
    const std::vector<Op> &run()
    {
        diff(0, qsizetype(m_a.size()), 0, qsizetype(m_b.size()));
        return m_ops;
    }
    bool exceeded() const { return m_exceeded; }

private:
    enum class Bisect { Split, Disjoint, Exceeded };

    void push(Kind kind, qsizetype count) { pushOp(m_ops, kind, count); }

    void diff(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi)
    {
        if (m_exceeded)
            return;
        qsizetype prefix = 0;
        while (aLo + prefix < aHi && bLo + prefix < bHi && m_a[aLo + prefix] == m_b[bLo + prefix])
            ++prefix;
        push(Kind::Same, prefix);
        aLo += prefix;
        bLo += prefix;
        qsizetype suffix = 0;
        while (aHi - suffix > aLo && bHi - suffix > bLo
               && m_a[aHi - suffix - 1] == m_b[bHi - suffix - 1])
            ++suffix;
        aHi -= suffix;
        bHi -= suffix;

        if (aLo == aHi || bLo == bHi) {
            push(Kind::Removed, aHi - aLo);
            push(Kind::Added, bHi - bLo);
        } else {
            qsizetype x = 0;
            qsizetype y = 0;
            switch (bisect(aLo, aHi, bLo, bHi, x, y)) {
            case Bisect::Split:
                diff(aLo, x, bLo, y);
                diff(x, aHi, y, bHi);
                break;
            case Bisect::Disjoint:
                push(Kind::Removed, aHi - aLo);
                push(Kind::Added, bHi - bLo);
                break;
            case Bisect::Exceeded:
                m_exceeded = true;
                return;
            }
        }
        push(Kind::Same, suffix);
    }

    // Finds where a shortest edit script of a[aLo, aHi) into b[bLo, bHi) crosses the middle
    // by walking forwards from the start and backwards from the end at once. Both ranges
    // are non-empty and share no common prefix or suffix.
    Bisect bisect(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi, qsizetype &splitX,
                  qsizetype &splitY)
    {
        const qsizetype n = aHi - aLo;
        const qsizetype m = bHi - bLo;
        const qsizetype maxD = (n + m + 1) / 2;
        const qsizetype offset = maxD + 1;
        const size_t length = size_t(2 * maxD + 3);
        m_forward.assign(length, -1);
        m_backward.assign(length, -1);
        m_forward[size_t(offset + 1)] = 0;
        m_backward[size_t(offset + 1)] = 0;
        const qsizetype delta = n - m;
        // With an odd delta the paths meet during a forward step, else a backward one.
        const bool front = (delta % 2) != 0;
        qsizetype k1start = 0;
        qsizetype k1end = 0;
        qsizetype k2start = 0;
        qsizetype k2end = 0;
        const int *a = m_a.data() + aLo;
        const int *b = m_b.data() + bLo;
        qsizetype *vf = m_forward.data() + offset;
        qsizetype *vb = m_backward.data() + offset;

        for (qsizetype d = 0; d < maxD; ++d) {
            m_work += 2 * d + 2;
            if (m_work > m_budget)
                return Bisect::Exceeded;
            for (qsizetype k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                qsizetype x1 = (k1 == -d || (k1 != d && vf[k1 - 1] < vf[k1 + 1])) ? vf[k1 + 1]
                                                                                  : vf[k1 - 1] + 1;
                qsizetype y1 = x1 - k1;
                const qsizetype x1Start = x1;
                while (x1 < n && y1 < m && a[x1] == b[y1]) {
                    ++x1;
                    ++y1;
                }
                m_work += x1 - x1Start;
                vf[k1] = x1;
                if (x1 > n) {
                    k1end += 2; // ran off the right of the graph
                } else if (y1 > m) {
                    k1start += 2; // ran off the bottom
                } else if (front) {
                    const qsizetype k2 = delta - k1;
                    if (k2 >= -maxD - 1 && k2 <= maxD + 1 && vb[k2] != -1 && x1 >= n - vb[k2]) {
                        splitX = aLo + x1;
                        splitY = bLo + y1;
                        return Bisect::Split;
                    }
                }
            }
            for (qsizetype k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                qsizetype x2 = (k2 == -d || (k2 != d && vb[k2 - 1] < vb[k2 + 1])) ? vb[k2 + 1]
                                                                                  : vb[k2 - 1] + 1;
                qsizetype y2 = x2 - k2;
                const qsizetype x2Start = x2;
                while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                    ++x2;
                    ++y2;
                }
                m_work += x2 - x2Start;
                vb[k2] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    const qsizetype k1 = delta - k2;
                    if (k1 >= -maxD - 1 && k1 <= maxD + 1 && vf[k1] != -1) {
                        const qsizetype x1 = vf[k1];
                        if (x1 >= n - x2) {
                            splitX = aLo + x1;
                            splitY = bLo + x1 - k1;
                            return Bisect::Split;
                        }
                    }
                }
            }
        }
        // Only when nothing at all is shared: every token removed and every token added.
        return Bisect::Disjoint;
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
    const qint64 m_budget;
    qint64 m_work = 0;
    bool m_exceeded = false;
    std::vector<Op> m_ops;
    std::vector<qsizetype> m_forward;
    std::vector<qsizetype> m_backward;
};

// Diagonal visits plus snake steps; a few tens of milliseconds at most.
constexpr qint64 WorkBudget = 3'000'000;

//! A stretch between two kept runs: the removed tokens are contiguous in `before` and the
//! added ones in `after`, so each side is one substring.
struct Group
{
    bool same = false;
    qsizetype aPos = 0;
    qsizetype aCount = 0;
    qsizetype bPos = 0;
    qsizetype bCount = 0;
};

//! Whitespace without a line break: left out of the edit script's skeleton. Line breaks
//! stay in it, so that the lines of a changed list still pair up line by line.
bool isHorizontalSpace(const QString &text, const Token &token)
{
    if (token.cls != TokenClass::Space)
        return false;
    const QStringView view = QStringView(text).mid(token.start, token.length);
    return std::none_of(view.begin(), view.end(), [](QChar c) {
        return c == u'\n' || c == u'\r' || c == QChar::LineSeparator
               || c == QChar::ParagraphSeparator || c == u'\f' || c == u'\v';
    });
}

QString slice(const QString &text, const std::vector<Token> &tokens, qsizetype first,
              qsizetype count)
{
    if (count <= 0)
        return {};
    const Token &from = tokens[size_t(first)];
    const Token &to = tokens[size_t(first + count - 1)];
    return text.mid(from.start, to.start + to.length - from.start);
}

void append(QList<WordDiff::Segment> &segments, Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

} // namespace

double WordDiff::Counts::sameShare() const
{
    const qsizetype longer = std::max(same + removed, same + added);
    return longer == 0 ? 1.0 : double(same) / double(longer);
}

QList<WordDiff::Segment> WordDiff::compare(const QString &before, const QString &after)
{
    return compareDetailed(before, after).segments;
}

WordDiff::Result WordDiff::compareDetailed(const QString &before, const QString &after)
{
    Result result;
    if (before == after) {
        append(result.segments, Kind::Same, before);
        return result;
    }
    const std::vector<Token> aTokens = tokenize(before);
    const std::vector<Token> bTokens = tokenize(after);

    // Interned ids make each comparison in the diff one integer compare.
    QHash<QStringView, int> ids;
    ids.reserve(qsizetype((aTokens.size() + bTokens.size()) / 2 + 1));
    const auto intern = [&ids](const QString &text, const std::vector<Token> &tokens) {
        std::vector<int> out;
        out.reserve(tokens.size());
        for (const Token &token : tokens) {
            const QStringView view = QStringView(text).mid(token.start, token.length);
            auto it = ids.constFind(view);
            if (it == ids.constEnd())
                it = ids.insert(view, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = intern(before, aTokens);
    const std::vector<int> b = intern(after, bTokens);
    const qsizetype n = qsizetype(a.size());
    const qsizetype m = qsizetype(b.size());

    qsizetype prefix = 0;
    while (prefix < n && prefix < m && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
           && a[size_t(n - suffix - 1)] == b[size_t(m - suffix - 1)])
        ++suffix;

    // The edit script is found on words, symbols and line breaks: spaces matched for their
    // own sake would pair unrelated words around every shared space, and would let
    // "one two" -> "one\ntwo " keep the space instead of the word. Between two kept
    // tokens, what differs (spaces included) is one removal and one addition, less what
    // the two stretches share at their ends.
    std::vector<qsizetype> aWords;
    std::vector<qsizetype> bWords;
    std::vector<int> aWordIds;
    std::vector<int> bWordIds;
    const auto skeleton = [](const QString &text, const std::vector<Token> &tokens,
                             const std::vector<int> &tokenIds, qsizetype from, qsizetype to,
                             std::vector<qsizetype> &positions, std::vector<int> &skeletonIds) {
        for (qsizetype i = from; i < to; ++i) {
            if (!isHorizontalSpace(text, tokens[size_t(i)])) {
                positions.push_back(i);
                skeletonIds.push_back(tokenIds[size_t(i)]);
            }
        }
    };
    skeleton(before, aTokens, a, prefix, n - suffix, aWords, aWordIds);
    skeleton(after, bTokens, b, prefix, m - suffix, bWords, bWordIds);
    Myers myers(aWordIds, bWordIds, WorkBudget);
    const std::vector<Op> &wordOps = myers.run();

    std::vector<Op> ops;
    pushOp(ops, Kind::Same, prefix);
    const auto gap = [&](qsizetype aFrom, qsizetype aTo, qsizetype bFrom, qsizetype bTo) {
        qsizetype head = 0;
        while (aFrom + head < aTo && bFrom + head < bTo
               && a[size_t(aFrom + head)] == b[size_t(bFrom + head)])
            ++head;
        qsizetype tail = 0;
        while (aTo - tail > aFrom + head && bTo - tail > bFrom + head
               && a[size_t(aTo - tail - 1)] == b[size_t(bTo - tail - 1)])
            ++tail;
        pushOp(ops, Kind::Same, head);
        pushOp(ops, Kind::Removed, aTo - aFrom - head - tail);
        pushOp(ops, Kind::Added, bTo - bFrom - head - tail);
        pushOp(ops, Kind::Same, tail);
    };
    if (myers.exceeded()) {
        result.approximate = true;
        pushOp(ops, Kind::Removed, n - prefix - suffix);
        pushOp(ops, Kind::Added, m - prefix - suffix);
    } else {
        qsizetype aCursor = prefix; // full-token positions reached so far
        qsizetype bCursor = prefix;
        size_t aWord = 0; // skeleton positions
        size_t bWord = 0;
        for (const Op &op : wordOps) {
            if (op.kind == Kind::Removed) {
                aWord += size_t(op.count);
                continue;
            }
            if (op.kind == Kind::Added) {
                bWord += size_t(op.count);
                continue;
            }
            for (qsizetype k = 0; k < op.count; ++k, ++aWord, ++bWord) {
                gap(aCursor, aWords[aWord], bCursor, bWords[bWord]);
                pushOp(ops, Kind::Same, 1);
                aCursor = aWords[aWord] + 1;
                bCursor = bWords[bWord] + 1;
            }
        }
        gap(aCursor, n - suffix, bCursor, m - suffix);
    }
    pushOp(ops, Kind::Same, suffix);

    // Regroup: kept runs alternate with changed stretches (removed first, then added).
    std::vector<Group> groups;
    qsizetype aPos = 0;
    qsizetype bPos = 0;
    for (const Op &op : ops) {
        if (op.kind == Kind::Same) {
            groups.push_back({true, aPos, op.count, bPos, op.count});
            aPos += op.count;
            bPos += op.count;
            continue;
        }
        if (groups.empty() || groups.back().same)
            groups.push_back({false, aPos, 0, bPos, 0});
        if (op.kind == Kind::Removed) {
            groups.back().aCount += op.count;
            aPos += op.count;
        } else {
            groups.back().bCount += op.count;
            bPos += op.count;
        }
    }

    // A pure insertion or deletion slides as far right as the text allows: an appended
    // sentence reads "mat.{+ It purred.+}", not "mat{+. It purred+}.".
    std::vector<Group> slid;
    slid.reserve(groups.size() + 1);
    const auto appendGroup = [&slid](const Group &group) {
        if (group.aCount == 0 && group.bCount == 0)
            return;
        if (!slid.empty() && slid.back().same == group.same) {
            slid.back().aCount += group.aCount; // contiguous on both sides
            slid.back().bCount += group.bCount;
        } else {
            slid.push_back(group);
        }
    };
    for (size_t i = 0; i < groups.size(); ++i) {
        Group group = groups[i];
        const bool insertion = !group.same && group.aCount == 0;
        const bool deletion = !group.same && group.bCount == 0;
        if ((insertion || deletion) && i + 1 < groups.size()) {
            Group &next = groups[i + 1]; // a kept run
            const std::vector<int> &side = insertion ? b : a;
            while (next.aCount > 0
                   && side[size_t(insertion ? group.bPos : group.aPos)]
                          == side[size_t(insertion ? next.bPos : next.aPos)]) {
                appendGroup({true, group.aPos, 1, group.bPos, 1});
                ++group.aPos;
                ++group.bPos;
                ++next.aPos;
                ++next.bPos;
                --next.aCount;
                --next.bCount;
            }
        }
        appendGroup(group);
    }

    for (const Group &group : slid) {
        if (group.same) {
            append(result.segments, Kind::Same, slice(before, aTokens, group.aPos, group.aCount));
        } else {
            append(result.segments, Kind::Removed,
                   slice(before, aTokens, group.aPos, group.aCount));
            append(result.segments, Kind::Added, slice(after, bTokens, group.bPos, group.bCount));
        }
    }
    return result;
}

QString WordDiff::toHtml(const QList<Segment> &segments)
{
    // Explicit text colours keep the tinted stretches readable under a dark palette too.
    QString html = u"<div style=\"white-space: pre-wrap;\">"_s;
    for (const Segment &segment : segments) {
        const QString text = segment.text.toHtmlEscaped();
        switch (segment.kind) {
        case Segment::Kind::Same:
            html += text;
            break;
        case Segment::Kind::Removed:
            html += u"<span style=\"background-color: #ffd7d5; color: #82071e; "
                    u"text-decoration: line-through;\">"_s
                    + text + u"</span>"_s;
            break;
        case Segment::Kind::Added:
            html += u"<span style=\"background-color: #ccffd8; color: #055d20;\">"_s + text
                    + u"</span>"_s;
            break;
        }
    }
    html += u"</div>"_s;
    return html;
}

WordDiff::Counts WordDiff::count(const QList<Segment> &segments)
{
    Counts counts;
    for (const Segment &segment : segments) {
        const std::vector<Token> tokens = tokenize(segment.text);
        const auto words
            = qsizetype(std::count_if(tokens.begin(), tokens.end(),
                                      [](const Token &t) { return t.cls != TokenClass::Space; }));
        switch (segment.kind) {
        case Segment::Kind::Same:
            counts.same += words;
            break;
        case Segment::Kind::Removed:
            counts.removed += words;
            break;
        case Segment::Kind::Added:
            counts.added += words;
            break;
        }
    }
    return counts;
}

qsizetype WordDiff::tokenCount(const QString &text)
{
    return qsizetype(tokenize(text).size());
}

} // namespace playground
