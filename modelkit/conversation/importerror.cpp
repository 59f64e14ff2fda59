// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/importerror.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QString ImportError::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line) + u':' + QString::number(column);
    if (!path.isEmpty())
        where += u": "_s + path;
    return where.isEmpty() ? message : where + u": "_s + message;
}

} // namespace modelkit
