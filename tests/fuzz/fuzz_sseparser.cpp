// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// SseParser: the same events whatever the chunking (whole, random pieces, byte by byte),
// the same events as a plain, non-incremental reading of the WHATWG rules (with the
// parser's documented deviations), and the event cap respected.

#include "fuzzsupport.h"
#include "transport/sseparser.h"

#include <climits>
#include <optional>

using modelkit::SseEvent;
using modelkit::SseParser;

namespace {

struct Parsed
{
    QList<SseEvent> events;
    QByteArray lastEventId;
    std::optional<int> reconnectionTime;
    bool overflowed = false;
    bool operator==(const Parsed &) const = default;
};

qsizetype eventBytes(const SseEvent &event)
{
    return event.data.size() + event.event.size() + event.id.size();
}

Parsed parse(const QList<QByteArrayView> &pieces, qsizetype maxEventBytes)
{
    SseParser parser;
    parser.setMaxEventBytes(maxEventBytes);
    FUZZ_CHECK(parser.maxEventBytes() == maxEventBytes);
    Parsed parsed;
    for (const QByteArrayView piece : pieces) {
        parsed.events += parser.feed(piece);
        // Up to two bytes of what may be a BOM wait outside the cap, at the stream start.
        if (maxEventBytes > 0)
            FUZZ_CHECK(parser.pendingBytes() <= maxEventBytes + 2);
        if (parser.hasOverflowed())
            FUZZ_CHECK(parser.pendingBytes() == 0);
    }
    parsed.events += parser.finish();
    FUZZ_CHECK(parser.pendingBytes() == 0);
    parsed.overflowed = parser.hasOverflowed();
    parsed.lastEventId = parser.lastEventId();
    parsed.reconnectionTime = parser.reconnectionTime();
    if (maxEventBytes > 0) {
        for (const SseEvent &event : std::as_const(parsed.events))
            FUZZ_CHECK(eventBytes(event) <= maxEventBytes);
    }
    return parsed;
}

// A digits-only value that fits an int, as the parser's "retry:" rule wants it.
std::optional<int> retryValue(QByteArrayView value)
{
    if (value.isEmpty())
        return std::nullopt;
    long long ms = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        ms = ms * 10 + (c - '0');
        if (ms > INT_MAX)
            return std::nullopt;
    }
    return int(ms);
}

// The WHATWG event stream interpretation in one pass over the whole input, plus what
// sseparser.h documents beyond it: an event's id is only the id seen in that event, and an
// unterminated event at EOF is dispatched.
Parsed reference(QByteArrayView input)
{
    if (input.startsWith("\xEF\xBB\xBF"))
        input = input.sliced(3);
    Parsed parsed;
    QByteArray data, type, id;
    bool hasData = false;
    std::optional<int> retry;
    const auto dispatch = [&] {
        if (hasData) {
            data.chop(1);
            parsed.events.append(SseEvent{type, data, id, retry});
        }
        data.clear();
        type.clear();
        id.clear();
        retry.reset();
        hasData = false;
    };
    const auto line = [&](QByteArrayView text) {
        if (text.isEmpty()) {
            dispatch();
            return;
        }
        if (text.front() == ':')
            return;
        const qsizetype colon = text.indexOf(':');
        const QByteArrayView name = colon < 0 ? text : text.first(colon);
        QByteArrayView value = colon < 0 ? QByteArrayView() : text.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        if (name == QByteArrayView("data")) {
            data += value;
            data += '\n';
            hasData = true;
        } else if (name == QByteArrayView("event")) {
            type = value.toByteArray();
        } else if (name == QByteArrayView("id")) {
            if (!value.contains('\0')) {
                id = value.toByteArray();
                parsed.lastEventId = id;
            }
        } else if (name == QByteArrayView("retry")) {
            if (const auto ms = retryValue(value)) {
                retry = ms;
                parsed.reconnectionTime = ms;
            }
        }
    };
    qsizetype start = 0;
    qsizetype pos = 0;
    while (pos < input.size()) {
        const char c = input[pos];
        if (c != '\r' && c != '\n') {
            ++pos;
            continue;
        }
        line(input.sliced(start, pos - start));
        pos += (c == '\r' && pos + 1 < input.size() && input[pos + 1] == '\n') ? 2 : 1;
        start = pos;
    }
    if (start < input.size())
        line(input.sliced(start));
    dispatch();
    return parsed;
}

bool isPrefix(const QList<SseEvent> &prefix, const QList<SseEvent> &list)
{
    return prefix.size() <= list.size() && std::equal(prefix.begin(), prefix.end(), list.begin());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    const uint64_t seed = fuzz::hashOf(input);
    const QList<QByteArrayView> whole{input};
    const QList<QByteArrayView> random = fuzz::randomPieces(input, seed);
    const bool bytewise = input.size() <= fuzz::maxBytewiseSize;

    // Unlimited: chunking changes nothing, and the reference agrees.
    const Parsed expected = parse(whole, 0);
    FUZZ_CHECK(!expected.overflowed);
    FUZZ_CHECK(expected == reference(input));
    FUZZ_CHECK(parse(random, 0) == expected);
    if (bytewise)
        FUZZ_CHECK(parse(fuzz::bytePieces(input), 0) == expected);

    // A cap somewhere around the sizes of the events: whether and where the stream
    // overflows does not depend on the chunking either; before it, the events are the
    // unlimited ones.
    fuzz::Random random2(seed ^ 0x5EED);
    const qsizetype cap = qsizetype(1 + random2.below(uint64_t(input.size()) + 16));
    const Parsed capped = parse(whole, cap);
    FUZZ_CHECK(parse(random, cap) == capped);
    if (bytewise)
        FUZZ_CHECK(parse(fuzz::bytePieces(input), cap) == capped);
    if (capped.overflowed)
        FUZZ_CHECK(isPrefix(capped.events, expected.events));
    else
        FUZZ_CHECK(capped.events == expected.events);
    // Buffers never hold more than the input: a cap of its size is never reached.
    if (cap >= input.size())
        FUZZ_CHECK(!capped.overflowed);

    // After finish() the parser reads a new stream as a fresh one would.
    SseParser parser;
    QList<SseEvent> first = parser.feed(input);
    first += parser.finish();
    QList<SseEvent> second = parser.feed(input);
    second += parser.finish();
    FUZZ_CHECK(first == expected.events);
    FUZZ_CHECK(second == expected.events);
    parser.reset();
    FUZZ_CHECK(parser.lastEventId().isEmpty() && !parser.reconnectionTime());
    return 0;
}
