// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "transport/sseevent.h"

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace modelkit {

//! Incremental Server-Sent Events parser (WHATWG rules). Bytes in, events out; no sockets.
//! Cost is linear in the input: every byte is scanned once, however the stream is chunked.
class SseParser
{
public:
    //! Appends bytes and returns the events completed by them (possibly none).
    QList<SseEvent> feed(QByteArrayView bytes);
    //! End of stream: returns the last event if it had data but no terminating blank line.
    //! Afterwards the parser is ready for a new stream (lastEventId() and
    //! reconnectionTime() are kept, as WHATWG keeps them across reconnections).
    QList<SseEvent> finish();
    //! Bytes held for an incomplete line/event (for memory caps later).
    qsizetype pendingBytes() const;
    //! Maximum size of one event (line buffer + data, event type and id buffers);
    //! 0 = unlimited. When exceeded, feed() stops producing events and hasOverflowed()
    //! becomes true until reset().
    void setMaxEventBytes(qsizetype bytes);
    qsizetype maxEventBytes() const { return m_maxEventBytes; }
    bool hasOverflowed() const { return m_overflowed; }
    //! WHATWG "last event ID": the last valid "id:" of the stream; unlike SseEvent::id it
    //! survives dispatch (it is what a reconnect sends as Last-Event-ID).
    QByteArray lastEventId() const { return m_lastEventId; }
    //! Last valid "retry:" value in ms, even when its event carried no data.
    std::optional<int> reconnectionTime() const { return m_reconnectionTime; }
    //! Back to a fresh parser: buffers, overflow flag, last event id and retry cleared.
    void reset();

private:
    void processBytes(QByteArrayView bytes, QList<SseEvent> &out);
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    void clearEventBuffers();
    void overflow();
    qsizetype eventBufferBytes() const;

    QByteArray m_line; // unterminated tail of the input
    QByteArray m_data;
    QByteArray m_eventType;
    QByteArray m_eventId;
    std::optional<int> m_retry;
    QByteArray m_lastEventId;
    std::optional<int> m_reconnectionTime;
    qsizetype m_maxEventBytes = 0;
    int m_bomMatched = 0;      // BOM bytes matched so far at stream start
    bool m_bomChecked = false; // true once the stream start is past any BOM
    bool m_lastWasCr = false;  // a CR ended the previous chunk; a leading LF belongs to it
    bool m_overflowed = false;
};

} // namespace modelkit
