// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/httpheaders.h"

namespace modelkit {

QByteArray headerValue(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonArray httpHeadersToJson(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return array;
}

bool httpHeadersFromJson(const QJsonArray &array, HttpHeaders *out, JsonError *error,
                         const QString &path)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonArray pair = array.at(i).toArray();
        if (pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
            return setJsonError(error, path + u'[' + QString::number(i) + u']',
                                QStringLiteral("expected [name, value]"));
        out->append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return true;
}

} // namespace modelkit
