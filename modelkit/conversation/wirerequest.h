// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "transport/httprequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace modelkit {

//! An HTTP request as copied code sends it: what the app would send, with every secret
//! replaced by a reference to an environment variable. Built by CodeExport, rendered by
//! CurlExporter and PythonExporter; it never holds a key.
struct WireRequest
{
    //! A piece of a header value: literal text, or (when `variables` is set) the value of the
    //! first of these environment variables that is set.
    struct Part
    {
        QString text;
        QStringList variables;

        bool isSecret() const { return !variables.isEmpty(); }
        bool operator==(const Part &) const = default;
    };
    struct Header
    {
        QByteArray name;
        QList<Part> value;

        bool isSecret() const;
        bool operator==(const Header &) const = default;
    };

    QByteArray method;
    QString url; //!< fully encoded; credentials in it are redacted
    QList<Header> headers;
    QByteArray body; //!< exactly the bytes the app sends
    bool streaming = false;

    //! The body parsed (every provider sends a JSON object).
    QJsonObject bodyJson() const;
    //! Every environment variable the request reads, in order of first use.
    QStringList variables() const;

    //! `http` with the value of `key` replaced by a reference to `keyVariables` wherever it
    //! appears in a header, and every other credential header (Redactor::isSecretHeader)
    //! replaced by a variable named after the header (X-Portkey-Api-Key →
    //! X_PORTKEY_API_KEY). Fails (nullopt) if `key` is still in the URL or the body.
    static std::optional<WireRequest> fromHttp(const HttpRequest &http, const QString &key,
                                               const QStringList &keyVariables);
    //! The environment variable a credential header is read from in copied code.
    static QString headerVariable(QByteArrayView name);

    bool operator==(const WireRequest &) const = default;
};

} // namespace modelkit
