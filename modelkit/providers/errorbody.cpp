// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/errorbody.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

// Enough of the body for an excerpt; an HTML page's text usually starts well within it.
constexpr qsizetype maxBodyBytes = 4096;
constexpr qsizetype maxExcerptLength = 300;

QString shortened(QString text)
{
    if (text.size() > maxExcerptLength)
        text = text.left(maxExcerptLength) + u'…';
    return text;
}

} // namespace

QString bodyExcerpt(const QByteArray &body)
{
    // Comments, style sheets and scripts are not text (Cloudflare's error pages have all three);
    // the cut-off body may end inside one.
    static const QRegularExpression hidden(
        u"<!--.*?(?:-->|$)|<(script|style)\\b[^>]*>.*?(?:</\\1\\s*>|$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QString text = QString::fromUtf8(body.left(maxBodyBytes));
    text.remove(hidden);
    text.remove(tags);
    return shortened(text.replace(spaces, u" "_s).trimmed());
}

QString plainBodyExcerpt(const QByteArray &body)
{
    return shortened(QString::fromUtf8(body.left(maxBodyBytes)).simplified());
}

QString httpStatusMessage(int status, const QString &excerpt)
{
    return excerpt.isEmpty() ? u"HTTP %1 with no error message"_s.arg(status)
                             : u"HTTP %1: %2"_s.arg(QString::number(status), excerpt);
}

QString requestIdFromHeaders(const HttpHeaders &headers)
{
    for (const char *name : {"x-request-id", "apim-request-id", "x-ms-request-id", "request-id"}) {
        const QByteArray value = headerValue(headers, name);
        if (!value.isEmpty())
            return QString::fromLatin1(value);
    }
    return {};
}

} // namespace modelkit
