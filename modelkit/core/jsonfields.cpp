// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/jsonfields.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace modelkit {

JsonFields::JsonFields(const QJsonValue &value, QString path, JsonError *error)
    : m_value(value), m_object(value.toObject()), m_path(std::move(path)), m_error(error)
{}

bool JsonFields::isObject()
{
    if (m_value.isObject())
        return true;
    return setJsonError(m_error, m_path, u"expected an object"_s);
}

QString JsonFields::childPath(const QString &key) const
{
    return childPath(m_path, key);
}

QString JsonFields::childPath(const QString &path, const QString &key)
{
    return path + u'.' + key;
}

QString JsonFields::indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool JsonFields::has(const QString &key) const
{
    return m_object.contains(key);
}

QJsonValue JsonFields::fieldValue(const QString &key) const
{
    return m_object.value(key);
}

bool JsonFields::fail(const QString &key, const QString &message)
{
    return setJsonError(m_error, key.isEmpty() ? m_path : childPath(key), message);
}

bool JsonFields::readValue(const QString &key, bool required, bool (QJsonValue::*isType)() const,
                           const QString &expected, QJsonValue *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required)
            return fail(key, u"is required"_s);
        *out = QJsonValue(QJsonValue::Undefined);
        return true;
    }
    if (!(v.*isType)())
        return fail(key, u"expected "_s + expected);
    *out = v;
    return true;
}

bool JsonFields::requireString(const QString &key, QString *out)
{
    QJsonValue v;
    if (!readValue(key, true, &QJsonValue::isString, u"a string"_s, &v))
        return false;
    *out = v.toString();
    return true;
}

bool JsonFields::optionalString(const QString &key, std::optional<QString> *out)
{
    QJsonValue v;
    if (!readValue(key, false, &QJsonValue::isString, u"a string"_s, &v))
        return false;
    if (!v.isUndefined())
        *out = v.toString();
    return true;
}

bool JsonFields::optionalString(const QString &key, QString *out)
{
    std::optional<QString> value;
    if (!optionalString(key, &value))
        return false;
    if (value)
        *out = *value;
    return true;
}

bool JsonFields::optionalBool(const QString &key, std::optional<bool> *out)
{
    QJsonValue v;
    if (!readValue(key, false, &QJsonValue::isBool, u"true or false"_s, &v))
        return false;
    if (!v.isUndefined())
        *out = v.toBool();
    return true;
}

bool JsonFields::optionalBool(const QString &key, bool *out)
{
    std::optional<bool> value;
    if (!optionalBool(key, &value))
        return false;
    if (value)
        *out = *value;
    return true;
}

bool JsonFields::optionalInteger(const QString &key, std::optional<qint64> *out)
{
    QJsonValue v;
    if (!readValue(key, false, &QJsonValue::isDouble, u"an integer"_s, &v))
        return false;
    if (v.isUndefined())
        return true;
    const double d = v.toDouble();
    if (std::trunc(d) != d)
        return fail(key, u"expected an integer"_s);
    // Exact for 64-bit integers (QJsonValue keeps them as such), and no conversion for a
    // double beyond qint64, where a cast would be undefined behaviour.
    const qint64 i = v.toInteger(-1);
    if (i == -1 && d != -1)
        return fail(key, u"expected an integer"_s);
    *out = i;
    return true;
}

bool JsonFields::optionalInteger(const QString &key, qint64 *out)
{
    std::optional<qint64> value;
    if (!optionalInteger(key, &value))
        return false;
    if (value)
        *out = *value;
    return true;
}

bool JsonFields::optionalNumber(const QString &key, std::optional<double> *out)
{
    QJsonValue v;
    if (!readValue(key, false, &QJsonValue::isDouble, u"a number"_s, &v))
        return false;
    if (!v.isUndefined())
        *out = v.toDouble();
    return true;
}

bool JsonFields::requireArray(const QString &key, QJsonArray *out)
{
    QJsonValue v;
    if (!readValue(key, true, &QJsonValue::isArray, u"an array"_s, &v))
        return false;
    *out = v.toArray();
    return true;
}

bool JsonFields::optionalArray(const QString &key, QJsonArray *out)
{
    QJsonValue v;
    if (!readValue(key, false, &QJsonValue::isArray, u"an array"_s, &v))
        return false;
    if (!v.isUndefined())
        *out = v.toArray();
    return true;
}

bool JsonFields::optionalObject(const QString &key, QJsonObject *out)
{
    QJsonValue v;
    if (!readValue(key, false, &QJsonValue::isObject, u"an object"_s, &v))
        return false;
    if (!v.isUndefined())
        *out = v.toObject();
    return true;
}

bool JsonFields::requireFormat(const QString &name, int currentVersion)
{
    QString format;
    if (!isObject() || !requireString(u"format"_s, &format))
        return false;
    if (format != name)
        return fail(u"format"_s, u"expected \"%1\", not \"%2\""_s.arg(name, format));
    const QJsonValue version = object().value(u"version"_s);
    if (version.isUndefined())
        return fail(u"version"_s, u"is required"_s);
    if (!version.isDouble() || version.toDouble() != double(version.toInteger())
        || version.toInteger() < 1)
        return fail(u"version"_s, u"expected a positive integer"_s);
    if (version.toInteger() > currentVersion)
        return fail(
            u"version"_s,
            u"version %1 is newer than this modelkit reads (up to %2); update modelkit"_s.arg(
                QString::number(version.toInteger()), QString::number(currentVersion)));
    return true;
}

} // namespace modelkit
