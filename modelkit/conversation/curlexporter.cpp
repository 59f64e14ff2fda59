// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/curlexporter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

const QString bodyDelimiter = u"MODELKIT_JSON"_s;

QString comment(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\r', u' ');
    return u"# "_s + line + u'\n';
}

} // namespace

QString CurlExporter::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString CurlExporter::variableReference(const QStringList &variables)
{
    if (variables.isEmpty())
        return u"''"_s;
    QString expression = u'$' + variables.last();
    for (qsizetype i = variables.size() - 2; i >= 0; --i)
        expression = u"${"_s + variables.at(i) + u":-"_s + expression + u'}';
    return u'"' + expression + u'"';
}

QString CurlExporter::render(const WireRequest &request, const QStringList &notes)
{
    QString out;
    const QStringList variables = request.variables();
    if (!variables.isEmpty())
        out += comment(u"Reads %1 from the environment."_s.arg(variables.join(u", "_s)));
    for (const QString &note : notes)
        out += comment(u"Left out (cannot be sent): "_s + note);

    QStringList words{u"curl -sS"_s};
    if (request.streaming)
        words.last() += u" --no-buffer"_s;
    if (request.method != "POST" || request.body.isEmpty())
        words.last() += u" -X "_s + QString::fromLatin1(request.method);
    words.last() += u' ' + shellQuote(request.url);
    for (const WireRequest::Header &header : request.headers) {
        QString argument;
        QString literal = QString::fromLatin1(header.name) + u": "_s;
        for (const WireRequest::Part &part : header.value) {
            if (part.isSecret()) {
                if (!literal.isEmpty())
                    argument += shellQuote(literal);
                literal.clear();
                argument += variableReference(part.variables);
            } else {
                literal += part.text;
            }
        }
        if (!literal.isEmpty())
            argument += shellQuote(literal);
        words << u"-H "_s + argument;
    }
    if (!request.body.isEmpty())
        words << u"--data-binary @- <<'"_s + bodyDelimiter + u'\'';
    out += words.join(u" \\\n  "_s) + u'\n';
    if (!request.body.isEmpty()) {
        out += QString::fromUtf8(QJsonDocument(request.bodyJson()).toJson(QJsonDocument::Indented));
        out += bodyDelimiter + u'\n';
    }
    return out;
}

} // namespace modelkit
