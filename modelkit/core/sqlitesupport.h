// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSqlQuery;

namespace modelkit {

//! What the SQLite-backed stores (response cache, usage ledger) share.
class SqliteSupport
{
public:
    //! The Qt SQL driver they use (Debian's libqt6sql6-sqlite).
    static QString driver();
    //! A connection name no other store in this process uses ("modelkit-<purpose>-<n>").
    static QString uniqueConnectionName(const QString &purpose);
    //! Runs a prepared (or plain, when `sql` is set) statement; false with `error` set.
    static bool run(QSqlQuery &query, QString *error, const QString &sql = {});
};

} // namespace modelkit
