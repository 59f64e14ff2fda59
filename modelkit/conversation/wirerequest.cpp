// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/wirerequest.h"

#include "transport/redactor.h"

#include <algorithm>

#include <QJsonDocument>

namespace modelkit {

bool WireRequest::Header::isSecret() const
{
    return std::any_of(value.begin(), value.end(), [](const Part &p) { return p.isSecret(); });
}

QJsonObject WireRequest::bodyJson() const
{
    return QJsonDocument::fromJson(body).object();
}

QStringList WireRequest::variables() const
{
    QStringList out;
    for (const Header &header : headers) {
        for (const Part &part : header.value) {
            for (const QString &variable : part.variables) {
                if (!out.contains(variable))
                    out << variable;
            }
        }
    }
    return out;
}

QString WireRequest::headerVariable(QByteArrayView name)
{
    QString out;
    for (const char c : name) {
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        out += alnum ? QChar::fromLatin1(c).toUpper() : QChar(u'_');
    }
    if (out.isEmpty() || out.front().isDigit())
        out.prepend(u'H');
    return out;
}

std::optional<WireRequest> WireRequest::fromHttp(const HttpRequest &http, const QString &key,
                                                 const QStringList &keyVariables)
{
    const QByteArray keyBytes = key.toUtf8();
    if (!keyBytes.isEmpty() && (http.body.contains(keyBytes) || http.url.toString().contains(key)))
        return std::nullopt;
    WireRequest wire;
    wire.method = http.method;
    wire.url = Redactor::url(http.url);
    wire.body = http.body;
    wire.streaming = http.streaming;
    for (const auto &[name, value] : http.headers) {
        Header header;
        header.name = name;
        QByteArray rest = value;
        qsizetype at = keyBytes.isEmpty() ? -1 : rest.indexOf(keyBytes);
        if (at >= 0) {
            while (at >= 0) {
                if (at > 0)
                    header.value << Part{QString::fromUtf8(rest.left(at)), {}};
                header.value << Part{{}, keyVariables};
                rest = rest.mid(at + keyBytes.size());
                at = rest.indexOf(keyBytes);
            }
            if (!rest.isEmpty())
                header.value << Part{QString::fromUtf8(rest), {}};
        } else if (Redactor::isSecretHeader(name)) {
            header.value << Part{{}, {headerVariable(name)}};
        } else {
            header.value << Part{QString::fromUtf8(value), {}};
        }
        wire.headers << header;
    }
    return wire;
}

} // namespace modelkit
