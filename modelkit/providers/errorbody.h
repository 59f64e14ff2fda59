// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"

#include <QByteArray>
#include <QString>

namespace modelkit {

// What the response readers quote from a body they could not read as the provider's JSON,
// and the request id they report, so that every provider words its errors the same way.

//! A readable one-line excerpt of a body that is not the JSON expected (a proxy's HTML page,
//! Go's plain-text "404 page not found"…): comments, scripts, styles and tags removed, white
//! space folded, at most 300 characters (then "…").
QString bodyExcerpt(const QByteArray &body);

//! Like bodyExcerpt(), but with the markup kept: only white space is folded.
QString plainBodyExcerpt(const QByteArray &body);

//! The message of an HTTP error whose body said nothing readable: "HTTP 502: <excerpt>", or
//! "HTTP 502 with no error message" when the excerpt is empty.
QString httpStatusMessage(int status, const QString &excerpt);

//! The request id a response carries: the first of x-request-id (OpenAI, Google),
//! apim-request-id, x-ms-request-id (Azure) and request-id (Anthropic); empty if none.
QString requestIdFromHeaders(const HttpHeaders &headers);

} // namespace modelkit
