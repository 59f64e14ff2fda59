// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace modelkit {

//! Incremental newline-delimited JSON splitter: returns each complete non-empty line
//! (without its '\n' and without a trailing '\r'). Blank/whitespace-only lines skipped.
//! Lines are not parsed; cost is linear in the input however it is chunked.
class NdjsonParser
{
public:
    QList<QByteArray> feed(QByteArrayView bytes);
    QList<QByteArray> finish(); // trailing line without '\n' at EOF, if non-blank
    qsizetype pendingBytes() const { return m_line.size(); }
    //! Maximum length of one line (without '\n'); 0 = unlimited. When exceeded, feed()
    //! stops producing lines and hasOverflowed() becomes true until reset().
    void setMaxLineBytes(qsizetype bytes);
    qsizetype maxLineBytes() const { return m_maxLineBytes; }
    bool hasOverflowed() const { return m_overflowed; }
    void reset();

private:
    void emitLine(QByteArrayView line, QList<QByteArray> &out);
    void overflow();

    QByteArray m_line; // unterminated tail of the input
    qsizetype m_maxLineBytes = 0;
    bool m_overflowed = false;
};

} // namespace modelkit
