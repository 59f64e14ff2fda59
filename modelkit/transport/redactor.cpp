// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "transport/redactor.h"

#include <array>

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace modelkit {

bool Redactor::isSecretHeader(QByteArrayView name)
{
    static constexpr std::array<QByteArrayView, 8> secret{
        "authorization", "proxy-authorization",      "api-key",
        "x-api-key",     "x-goog-api-key",           "cookie",
        "set-cookie",    "ocp-apim-subscription-key"};
    for (QByteArrayView s : secret) {
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    // Gateways invent their own credential headers (x-portkey-api-key, Helicone-Auth,
    // cf-aig-authorization…): anything that looks like one is treated as one.
    // Rate-limit headers (x-ratelimit-remaining-tokens) must stay readable.
    const QByteArray lower = name.toByteArray().toLower();
    if (lower.endsWith("key") || lower.endsWith("token"))
        return true;
    for (const char *hint :
         {"api-key", "apikey", "api_key", "secret", "auth", "cookie", "password"}) {
        if (lower.contains(hint))
            return true;
    }
    return false;
}

HttpHeaders Redactor::headers(const HttpHeaders &headers)
{
    HttpHeaders out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (!isSecretHeader(name)) {
            out.append({name, value});
            continue;
        }
        // Keep the scheme so the inspector still tells Bearer from Basic.
        const qsizetype space = value.indexOf(' ');
        const bool hasScheme = name.compare("authorization", Qt::CaseInsensitive) == 0 && space > 0;
        out.append({name, hasScheme ? value.left(space + 1) + placeholder() : placeholder()});
    }
    return out;
}

QString Redactor::url(const QUrl &url)
{
    QUrl copy = url;
    copy.setPassword({});
    QUrlQuery query(copy);
    bool changed = false;
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &[key, value] : items) {
        const QString lower = key.toLower();
        if (lower == u"key" || lower == u"api_key" || lower == u"api-key" || lower == u"token"
            || lower == u"access_token") {
            query.removeAllQueryItems(key);
            query.addQueryItem(key, QString::fromLatin1(placeholder()));
            changed = true;
        }
    }
    if (changed)
        copy.setQuery(query);
    return copy.toString(QUrl::FullyEncoded);
}

} // namespace modelkit
