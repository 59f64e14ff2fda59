// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "printers.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace modelkit {

char *toString(const FunctionCall &call)
{
    return QTest::toString(
        u"FunctionCall{id=%1 name=%2 arguments=%3}"_s.arg(call.id, call.name, call.arguments));
}

char *toString(const RequestUsage &usage)
{
    return QTest::toString(QJsonDocument(usage.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace modelkit
