// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "transport/sseparser.h"

#include <algorithm>
#include <utility>

namespace modelkit {

namespace {

constexpr char utf8Bom[] = {'\xEF', '\xBB', '\xBF'};
constexpr int utf8BomSize = int(sizeof(utf8Bom));

bool isAsciiDigits(QByteArrayView value)
{
    return !value.isEmpty()
           && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Index of the next `c` at or after `from`, or bytes.size() when there is none.
qsizetype indexOrEnd(QByteArrayView bytes, char c, qsizetype from)
{
    const qsizetype index = bytes.indexOf(c, from);
    return index < 0 ? bytes.size() : index;
}

} // namespace

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    if (m_overflowed)
        return events;

    if (!m_bomChecked) {
        // The BOM may arrive split across chunks, so match it byte by byte.
        while (m_bomMatched < utf8BomSize && !bytes.isEmpty()
               && bytes.front() == utf8Bom[m_bomMatched]) {
            ++m_bomMatched;
            bytes = bytes.sliced(1);
        }
        if (m_bomMatched < utf8BomSize && bytes.isEmpty())
            return events; // still undecided
        m_bomChecked = true;
        // A partial match was not a BOM after all: those bytes are ordinary input.
        const int replay = m_bomMatched == utf8BomSize ? 0 : m_bomMatched;
        m_bomMatched = 0;
        processBytes(QByteArrayView(utf8Bom, replay), events);
        if (m_overflowed) // the replayed bytes alone were over the limit
            return events;
    }
    processBytes(bytes, events);
    return events;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> events;
    if (m_overflowed)
        return events;

    if (!m_bomChecked && m_bomMatched > 0)
        processBytes(QByteArrayView(utf8Bom, m_bomMatched), events);
    if (!m_line.isEmpty()) {
        processLine(m_line, events);
        m_line.clear();
    }
    // WHATWG discards an unterminated event at EOF, but some providers (Anthropic) end the
    // stream right after the last data line, so a pending event is dispatched here.
    if (!m_overflowed && !m_data.isEmpty())
        dispatch(events);

    // Ready for a new stream.
    clearEventBuffers();
    m_lastWasCr = false;
    m_bomChecked = false;
    m_bomMatched = 0;
    return events;
}

qsizetype SseParser::pendingBytes() const
{
    return eventBufferBytes() + m_line.size() + (m_bomChecked ? 0 : m_bomMatched);
}

void SseParser::setMaxEventBytes(qsizetype bytes)
{
    m_maxEventBytes = std::max<qsizetype>(bytes, 0);
}

void SseParser::reset()
{
    m_line.clear();
    clearEventBuffers();
    m_lastEventId.clear();
    m_reconnectionTime.reset();
    m_bomMatched = 0;
    m_bomChecked = false;
    m_lastWasCr = false;
    m_overflowed = false;
}

void SseParser::processBytes(QByteArrayView bytes, QList<SseEvent> &out)
{
    const qsizetype size = bytes.size();
    if (size == 0)
        return;

    qsizetype pos = 0;
    if (m_lastWasCr) {
        // CR ended the previous chunk; an LF right after it completes the same CRLF.
        m_lastWasCr = false;
        if (bytes.front() == '\n')
            pos = 1;
    }

    // Next LF / CR positions are cached so that each byte is searched at most once per
    // terminator kind, keeping the scan linear even for long runs without one of them.
    qsizetype nextLf = -1;
    qsizetype nextCr = -1;
    while (pos < size) {
        if (nextLf < pos)
            nextLf = indexOrEnd(bytes, '\n', pos);
        if (nextCr < pos)
            nextCr = indexOrEnd(bytes, '\r', pos);
        const qsizetype terminator = std::min(nextLf, nextCr);
        if (terminator == size)
            break;

        const QByteArrayView piece = bytes.sliced(pos, terminator - pos);
        if (m_line.isEmpty()) {
            processLine(piece, out);
        } else {
            m_line.append(piece);
            processLine(m_line, out);
            m_line.clear();
        }
        if (m_overflowed)
            return;

        pos = terminator + 1;
        if (bytes[terminator] == '\r') {
            if (pos == size)
                m_lastWasCr = true;
            else if (bytes[pos] == '\n')
                ++pos;
        }
    }

    if (pos < size) {
        const QByteArrayView tail = bytes.sliced(pos);
        if (m_maxEventBytes > 0
            && eventBufferBytes() + m_line.size() + tail.size() > m_maxEventBytes) {
            overflow();
            return;
        }
        m_line.append(tail);
    }
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (m_maxEventBytes > 0 && eventBufferBytes() + line.size() > m_maxEventBytes) {
        overflow();
        return;
    }
    if (line.front() == ':')
        return; // comment, e.g. a keep-alive

    QByteArrayView name = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        name = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }

    if (name == QByteArrayView("data")) {
        m_data.append(value);
        m_data.append('\n');
    } else if (name == QByteArrayView("event")) {
        m_eventType = value.toByteArray();
    } else if (name == QByteArrayView("id")) {
        if (!value.contains('\0')) {
            m_eventId = value.toByteArray();
            m_lastEventId = m_eventId;
        }
    } else if (name == QByteArrayView("retry")) {
        bool ok = false;
        const int ms = isAsciiDigits(value) ? value.toInt(&ok) : 0;
        if (ok) { // values that do not fit an int are ignored like non-digits
            m_retry = ms;
            m_reconnectionTime = ms;
        }
    }
    // Other field names are ignored.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (!m_data.isEmpty()) {
        m_data.chop(1); // the '\n' added after the last data line
        out.append(
            SseEvent{std::move(m_eventType), std::move(m_data), std::move(m_eventId), m_retry});
    }
    // Without data nothing is dispatched, but the event type (and id/retry) still reset.
    clearEventBuffers();
}

void SseParser::clearEventBuffers()
{
    m_data.clear();
    m_eventType.clear();
    m_eventId.clear();
    m_retry.reset();
}

void SseParser::overflow()
{
    m_overflowed = true;
    m_line.clear();
    clearEventBuffers();
    m_lastWasCr = false;
}

qsizetype SseParser::eventBufferBytes() const
{
    return m_data.size() + m_eventType.size() + m_eventId.size();
}

} // namespace modelkit
