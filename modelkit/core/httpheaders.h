// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace modelkit {

//! HTTP headers in wire order; names compare case-insensitively.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

//! The first value of header `name`, or a null QByteArray.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

} // namespace modelkit
