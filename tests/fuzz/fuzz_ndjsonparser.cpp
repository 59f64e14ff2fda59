// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// NdjsonParser: the same lines whatever the chunking (whole, random pieces, byte by byte),
// the same lines as a plain split of the whole input, and the line cap respected exactly.

#include "fuzzsupport.h"
#include "transport/ndjsonparser.h"

#include <algorithm>

using modelkit::NdjsonParser;

namespace {

struct Parsed
{
    QList<QByteArray> lines;
    bool overflowed = false;
    bool operator==(const Parsed &) const = default;
};

Parsed parse(const QList<QByteArrayView> &pieces, qsizetype maxLineBytes)
{
    NdjsonParser parser;
    parser.setMaxLineBytes(maxLineBytes);
    FUZZ_CHECK(parser.maxLineBytes() == maxLineBytes);
    Parsed parsed;
    for (const QByteArrayView piece : pieces) {
        parsed.lines += parser.feed(piece);
        if (maxLineBytes > 0)
            FUZZ_CHECK(parser.pendingBytes() <= maxLineBytes);
        if (parser.hasOverflowed())
            FUZZ_CHECK(parser.pendingBytes() == 0);
    }
    parsed.lines += parser.finish();
    parsed.overflowed = parser.hasOverflowed();
    return parsed;
}

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    });
}

// What the header promises: each '\n'-terminated line (and a last unterminated one),
// without a trailing '\r', blank lines skipped; the first line longer than the cap (before
// the '\r' is removed) stops everything.
Parsed reference(QByteArrayView input, qsizetype maxLineBytes)
{
    Parsed parsed;
    qsizetype start = 0;
    while (start < input.size()) {
        const qsizetype newline = input.indexOf('\n', start);
        const qsizetype end = newline < 0 ? input.size() : newline;
        QByteArrayView line = input.sliced(start, end - start);
        if (maxLineBytes > 0 && line.size() > maxLineBytes) {
            parsed.overflowed = true;
            return parsed;
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (!isBlank(line))
            parsed.lines.append(line.toByteArray());
        start = end + 1;
    }
    return parsed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    const uint64_t seed = fuzz::hashOf(input);
    const QList<QByteArrayView> random = fuzz::randomPieces(input, seed);
    const bool bytewise = input.size() <= fuzz::maxBytewiseSize;

    fuzz::Random random2(seed ^ 0x5EED);
    // Unlimited, then a cap somewhere around the line lengths.
    for (const qsizetype cap : {qsizetype(0), qsizetype(1 + random2.below(uint64_t(size) + 8))}) {
        const Parsed expected = reference(input, cap);
        FUZZ_CHECK(parse({input}, cap) == expected);
        FUZZ_CHECK(parse(random, cap) == expected);
        if (bytewise)
            FUZZ_CHECK(parse(fuzz::bytePieces(input), cap) == expected);
        for (const QByteArray &line : expected.lines) {
            FUZZ_CHECK(!line.contains('\n')); // one '\r' of "\r\r\n" stays: JSON space
            if (cap > 0)
                FUZZ_CHECK(line.size() <= cap);
        }
    }

    // reset() forgets an overflow and a pending line.
    NdjsonParser parser;
    parser.setMaxLineBytes(1);
    parser.feed(input);
    parser.reset();
    FUZZ_CHECK(!parser.hasOverflowed() && parser.pendingBytes() == 0);
    return 0;
}
