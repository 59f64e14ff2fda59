// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "transport/httptransport.h"

#include <QNetworkAccessManager>
#include <QtGlobal>

namespace modelkit {

namespace {

void addDefault(HttpHeaders &headers, const QByteArray &name, const QByteArray &value)
{
    if (headerValue(headers, name).isNull())
        headers.append({name, value});
}

} // namespace

HttpTransport::HttpTransport(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam)
{}

QByteArray HttpTransport::userAgent()
{
    return QByteArrayLiteral("modelkit/" MODELKIT_VERSION " (Modelkit Playground; Qt ") + qVersion()
           + ')';
}

HttpRequest HttpTransport::withDefaultHeaders(HttpRequest request)
{
    addDefault(request.headers, "User-Agent", userAgent());
    if (!request.body.isEmpty())
        addDefault(request.headers, "Content-Type", "application/json");
    addDefault(request.headers, "Accept",
               request.streaming ? "text/event-stream" : "application/json");
    return request;
}

HttpCall *HttpTransport::prepare(HttpRequest request, const TransportOptions &options,
                                 QObject *parent)
{
    return new HttpCall(m_nam, withDefaultHeaders(std::move(request)), options, parent);
}

} // namespace modelkit
