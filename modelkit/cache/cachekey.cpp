// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/cachekey.h"

#include <algorithm>
#include <cmath>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

void writeString(const QString &text, QByteArray *out)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out->append("\\u00");
                out->append(hex[(c >> 4) & 0xf]);
                out->append(hex[c & 0xf]);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

void writeNumber(const QJsonValue &value, QByteArray *out)
{
    const double d = value.toDouble();
    // 2^63: beyond it an integral double no longer fits qint64.
    constexpr double int64Limit = 9223372036854775808.0;
    if (std::trunc(d) == d && std::abs(d) < int64Limit) {
        // toInteger() is exact for values stored as integers and for integral doubles.
        out->append(QByteArray::number(value.toInteger()));
        return;
    }
    out->append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void write(const QJsonValue &value, QByteArray *out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out->append("null");
        return;
    case QJsonValue::Bool:
        out->append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double:
        writeNumber(value, out);
        return;
    case QJsonValue::String:
        writeString(value.toString(), out);
        return;
    case QJsonValue::Array: {
        out->append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out->append(',');
            write(array.at(i), out);
        }
        out->append(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        // QJsonObject happens to iterate sorted, but the canonical order is ours to define.
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end());
        out->append('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out->append(',');
            writeString(keys.at(i), out);
            out->append(':');
            write(object.value(keys.at(i)), out);
        }
        out->append('}');
        return;
    }
    }
}

} // namespace

QJsonObject CacheKey::material(const CompletionRequest &request, const QString &provider,
                               const QString &model, const QString &scope)
{
    // request.toJson() covers messages, tools, tool_choice, json_output, parameters and
    // extra_create_args; tool_choice "auto" is left out there, which is the same request.
    return {{u"key_version"_s, version},
            {u"provider"_s, provider},
            {u"model"_s, model},
            {u"scope"_s, scope},
            {u"request"_s, request.toJson()}};
}

QByteArray CacheKey::compute(const CompletionRequest &request, const QString &provider,
                             const QString &model, const QString &scope)
{
    return QCryptographicHash::hash(canonicalJson(material(request, provider, model, scope)),
                                    QCryptographicHash::Sha256)
        .toHex();
}

QByteArray CacheKey::canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    write(value, &out);
    return out;
}

} // namespace modelkit
