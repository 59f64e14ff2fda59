// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QPair>

namespace modelkit {

//! HTTP headers in wire order; names compare case-insensitively.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

//! The first value of header `name`, or a null QByteArray.
QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name);

//! Headers as JSON: an array of [name, value] pairs, keeping order and repeats.
QJsonArray httpHeadersToJson(const HttpHeaders &headers);
//! Appends the pairs of `array` to `out`; false with a JSONPath error on a malformed pair.
bool httpHeadersFromJson(const QJsonArray &array, HttpHeaders *out, JsonError *error,
                         const QString &path);

} // namespace modelkit
