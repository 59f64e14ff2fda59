// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace modelkit {

//! What a reader kept of one JSON object so that writing it again loses nothing a newer
//! version put there: the object as read, and what the typed value made of it wrote back
//! right after reading.
//!
//! apply() puts the preserved fields back into what the value writes now:
//! - value unchanged (it writes what it wrote after reading): every field of the object as
//!   read that the typed JSON lacks, at any depth (objects key by key, arrays of equal
//!   length element by element); the typed JSON wins where both have a field;
//! - value changed: only the fields the reader did not know (absent from what it wrote
//!   after reading), in objects whose own place is still an object, so that an edit never
//!   brings back stale known data.
class PreservedJson
{
public:
    PreservedJson() = default;
    //! `read`: the object as read; `written`: the typed value's JSON right after reading.
    PreservedJson(QJsonObject read, QJsonObject written);

    bool isEmpty() const { return m_read.isEmpty(); }
    const QJsonObject &read() const { return m_read; }
    //! What the typed value wrote right after reading.
    const QJsonObject &written() const { return m_written; }
    //! Whether `typed` is what the value wrote right after reading (it was not changed).
    bool isUnchanged(const QJsonObject &typed) const { return typed == m_written; }

    //! `typed` with the preserved fields put back (see the class comment).
    QJsonObject apply(const QJsonObject &typed) const;
    //! `typed` with every field of `read` it lacks, at any depth; `typed` wins on conflicts.
    static QJsonValue overlay(const QJsonValue &typed, const QJsonValue &read);

    bool operator==(const PreservedJson &) const = default;

private:
    static QJsonValue merge(const QJsonValue &now, const QJsonValue &written,
                            const QJsonValue &read);

    QJsonObject m_read;
    QJsonObject m_written;
};

} // namespace modelkit
