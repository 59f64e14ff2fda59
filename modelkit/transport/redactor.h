// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"

#include <QString>
#include <QUrl>

namespace modelkit {

//! Removes secrets from what we keep or show: credential headers and `key=`-style query
//! items. Everything bound for an Exchange, a log or the inspector goes through here.
class Redactor
{
public:
    static bool isSecretHeader(QByteArrayView name);
    static HttpHeaders headers(const HttpHeaders &headers);
    static QString url(const QUrl &url);
    static QByteArray placeholder() { return QByteArrayLiteral("[redacted]"); }
};

} // namespace modelkit
