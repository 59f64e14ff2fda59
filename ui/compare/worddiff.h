// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace playground {

//! A word-level diff of two replies, for the Compare view.
//!
//! Both texts are cut into tokens: words (runs of letters, digits, combining marks and `_`,
//! in any script), runs of whitespace, and single other characters (punctuation, symbols;
//! a grapheme cluster such as an emoji with its modifiers or a flag stays whole). Scripts
//! written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar,
//! Tibetan) are compared character by character instead of as one long "word". The token
//! sequences are compared with Myers' O((N+M)·D) algorithm after the common prefix and
//! suffix are taken off, within a bounded amount of work: when the two middles differ too
//! much, the middle is reported as one Removed and one Added segment and the result is
//! marked approximate.
//!
//! The edit script is computed over all tokens but spaces (line breaks count); the spaces
//! between two kept tokens are kept where both sides agree at the ends of the stretch and
//! otherwise go with the change. So a rewritten phrase reads as one change ("[-The quick brown-]{+A
//! slow red+} fox"), not a word-by-word alternation around shared spaces, and a change of
//! whitespace alone shows as exactly that.
//!
//! The segments always add up to the inputs: the Same and Removed texts in order are
//! `before`, the Same and Added texts in order are `after`. Between two Same segments the
//! Removed text comes first; neighbours of one kind are merged; a pure insertion or
//! deletion is slid as far right as it can go ("mat.{+ It purred.+}" rather than
//! "mat{+. It purred+}.").
struct WordDiff
{
    struct Segment
    {
        enum class Kind { Same, Removed, Added };
        Kind kind = Kind::Same;
        QString text;

        bool operator==(const Segment &other) const = default;
    };

    struct Result
    {
        QList<Segment> segments;
        //! True when the texts differed too much for a word diff within the work bound:
        //! the part between the common prefix and suffix is one Removed + one Added.
        bool approximate = false;
    };

    //! Counts of non-whitespace tokens (words, punctuation, emoji) for a summary line.
    struct Counts
    {
        qsizetype same = 0;
        qsizetype removed = 0;
        qsizetype added = 0;

        //! The share (0..1) of the longer side's tokens that are unchanged; 1 when both
        //! sides hold no such tokens.
        double sameShare() const;
    };

    static QList<Segment> compare(const QString &before, const QString &after);
    static Result compareDetailed(const QString &before, const QString &after);

    //! The diff as one HTML block (text escaped, white-space: pre-wrap so line breaks
    //! show): removed text struck through on a red background, added text on green.
    static QString toHtml(const QList<Segment> &segments);

    static Counts count(const QList<Segment> &segments);
    //! The number of tokens of any kind in `text` (as the diff cuts it).
    static qsizetype tokenCount(const QString &text);
};

} // namespace playground
