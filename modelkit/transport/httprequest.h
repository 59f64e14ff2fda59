// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"

#include <QByteArray>
#include <QUrl>

namespace modelkit {

//! One logical HTTP request; the transport may send it several times (retries).
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("POST");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    //! Deliver a successful body incrementally (SSE/NDJSON) instead of all at once.
    bool streaming = false;
};

} // namespace modelkit
