// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "transport/httprequest.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace modelkit {

// The URL and HttpRequest plumbing the provider request builders share; what goes into the
// path, the headers and the body stays with each builder.

//! The path of a configured base URL without its trailing slashes, so that an endpoint path
//! ("/models") joins it with exactly one slash whether or not the user wrote one.
QString basePath(const QUrl &baseUrl);

//! `baseUrl` with `path` appended to basePath(); the query is kept.
QUrl endpointUrl(const QUrl &baseUrl, const QString &path);

//! A GET of `url`.
HttpRequest getRequest(const QUrl &url, const HttpHeaders &headers);

//! A POST of `body` as compact JSON; `streaming` asks for the answer piece by piece.
HttpRequest jsonPostRequest(const QUrl &url, const HttpHeaders &headers, const QJsonObject &body,
                            bool streaming = false);

} // namespace modelkit
