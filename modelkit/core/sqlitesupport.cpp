// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/sqlitesupport.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace modelkit {

QString SqliteSupport::driver()
{
    return u"QSQLITE"_s;
}

QString SqliteSupport::uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> next = 0;
    return u"modelkit-%1-%2"_s.arg(purpose).arg(next.fetchAndAddRelaxed(1));
}

bool SqliteSupport::run(QSqlQuery &query, QString *error, const QString &sql)
{
    const bool ok = sql.isEmpty() ? query.exec() : query.exec(sql);
    if (!ok && error)
        *error = query.lastError().text();
    return ok;
}

} // namespace modelkit
