// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/httprequests.h"

#include <QJsonDocument>

namespace modelkit {

QString basePath(const QUrl &baseUrl)
{
    QString path = baseUrl.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QUrl endpointUrl(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    url.setPath(basePath(baseUrl) + path);
    return url;
}

HttpRequest getRequest(const QUrl &url, const HttpHeaders &headers)
{
    HttpRequest http;
    http.method = "GET";
    http.url = url;
    http.headers = headers;
    return http;
}

HttpRequest jsonPostRequest(const QUrl &url, const HttpHeaders &headers, const QJsonObject &body,
                            bool streaming)
{
    HttpRequest http;
    http.method = "POST";
    http.url = url;
    http.headers = headers;
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.streaming = streaming;
    return http;
}

} // namespace modelkit
