// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "transport/ndjsonparser.h"

#include <algorithm>

namespace modelkit {

namespace {

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    });
}

} // namespace

QList<QByteArray> NdjsonParser::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    if (m_overflowed)
        return lines;

    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    while (pos < size) {
        // Searching only the new bytes keeps the cost linear however the input is chunked.
        const qsizetype newline = bytes.indexOf('\n', pos);
        if (newline < 0)
            break;
        const QByteArrayView piece = bytes.sliced(pos, newline - pos);
        if (m_line.isEmpty()) {
            emitLine(piece, lines);
        } else {
            m_line.append(piece);
            emitLine(m_line, lines);
            m_line.clear();
        }
        if (m_overflowed)
            return lines;
        pos = newline + 1;
    }

    if (pos < size) {
        const QByteArrayView tail = bytes.sliced(pos);
        if (m_maxLineBytes > 0 && m_line.size() + tail.size() > m_maxLineBytes) {
            overflow();
            return lines;
        }
        m_line.append(tail);
    }
    return lines;
}

QList<QByteArray> NdjsonParser::finish()
{
    QList<QByteArray> lines;
    if (m_overflowed)
        return lines;
    if (!m_line.isEmpty()) {
        emitLine(m_line, lines);
        m_line.clear();
    }
    return lines;
}

void NdjsonParser::setMaxLineBytes(qsizetype bytes)
{
    m_maxLineBytes = std::max<qsizetype>(bytes, 0);
}

void NdjsonParser::reset()
{
    m_line.clear();
    m_overflowed = false;
}

void NdjsonParser::emitLine(QByteArrayView line, QList<QByteArray> &out)
{
    if (m_maxLineBytes > 0 && line.size() > m_maxLineBytes) {
        overflow();
        return;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    if (!isBlank(line))
        out.append(line.toByteArray());
}

void NdjsonParser::overflow()
{
    m_overflowed = true;
    m_line.clear();
}

} // namespace modelkit
