// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "fixtures.h"

#include "scriptedresponse.h"

#include <QJsonDocument>
#include <QJsonObject>

#ifndef MODELKIT_FIXTURES_DIR
#error "MODELKIT_FIXTURES_DIR must point at the wire fixtures directory"
#endif

using namespace Qt::StringLiterals;

namespace testsupport {

QString fixturesDir()
{
    return QStringLiteral(MODELKIT_FIXTURES_DIR);
}

QByteArray fixture(const QString &relativePath)
{
    return ScriptedResponse::fromFile(fixturesDir() + u'/' + relativePath);
}

QJsonArray fixtureExchanges(const QString &relativePath)
{
    return QJsonDocument::fromJson(fixture(relativePath)).array();
}

QByteArray exchangeResponseBody(const QJsonArray &exchanges, qsizetype index)
{
    return exchanges.at(index)
        .toObject()
        .value(u"response"_s)
        .toObject()
        .value(u"body"_s)
        .toString()
        .toUtf8();
}

QByteArray sseOf(const QList<QByteArray> &events, const QByteArray &lineEnd)
{
    QByteArray out;
    for (const QByteArray &event : events)
        out += "data: " + event + lineEnd + lineEnd;
    return out;
}

QByteArray typedSseOf(const QList<QByteArray> &events)
{
    QByteArray out;
    for (const QByteArray &data : events) {
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        out += "event: " + o.value(u"type"_s).toString().toUtf8() + "\ndata: " + data + "\n\n";
    }
    return out;
}

qsizetype offsetAfterEvents(const QByteArray &sse, int count, const QByteArray &lineEnd)
{
    const QByteArray separator = lineEnd + lineEnd;
    qsizetype offset = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype end = sse.indexOf(separator, offset);
        if (end < 0)
            return -1;
        offset = end + separator.size();
    }
    return offset;
}

} // namespace testsupport
