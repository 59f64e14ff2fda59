// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "transport/httpcall.h"
#include "transport/httprequest.h"
#include "transport/transportoptions.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

namespace modelkit {

//! The one HTTP stack every provider shares. It does not own the QNetworkAccessManager:
//! the application injects one (one per app, so connections and proxies are shared).
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    explicit HttpTransport(QNetworkAccessManager *nam, QObject *parent = nullptr);

    //! Prepares a call with our User-Agent, Content-Type and Accept added; start() sends it.
    HttpCall *prepare(HttpRequest request, const TransportOptions &options, QObject *parent);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    static QByteArray userAgent();
    //! `request` with the headers prepare() adds where it has none: User-Agent, Content-Type
    //! (with a body) and Accept.
    static HttpRequest withDefaultHeaders(HttpRequest request);

private:
    QPointer<QNetworkAccessManager> m_nam;
};

} // namespace modelkit
