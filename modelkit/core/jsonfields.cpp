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
    return m_path + u'.' + key;
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

bool JsonFields::requireString(const QString &key, QString *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined())
        return fail(key, u"is required"_s);
    if (!v.isString())
        return fail(key, u"expected a string"_s);
    *out = v.toString();
    return true;
}

bool JsonFields::optionalString(const QString &key, QString *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(key, u"expected a string"_s);
    *out = v.toString();
    return true;
}

bool JsonFields::optionalString(const QString &key, std::optional<QString> *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(key, u"expected a string"_s);
    *out = v.toString();
    return true;
}

bool JsonFields::optionalBool(const QString &key, bool *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool())
        return fail(key, u"expected true or false"_s);
    *out = v.toBool();
    return true;
}

bool JsonFields::optionalBool(const QString &key, std::optional<bool> *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool())
        return fail(key, u"expected true or false"_s);
    *out = v.toBool();
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

bool JsonFields::optionalInteger(const QString &key, std::optional<qint64> *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::trunc(d) != d)
        return fail(key, u"expected an integer"_s);
    *out = static_cast<qint64>(d);
    return true;
}

bool JsonFields::optionalNumber(const QString &key, std::optional<double> *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble())
        return fail(key, u"expected a number"_s);
    *out = v.toDouble();
    return true;
}

bool JsonFields::requireArray(const QString &key, QJsonArray *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined())
        return fail(key, u"is required"_s);
    if (!v.isArray())
        return fail(key, u"expected an array"_s);
    *out = v.toArray();
    return true;
}

bool JsonFields::optionalArray(const QString &key, QJsonArray *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return fail(key, u"expected an array"_s);
    *out = v.toArray();
    return true;
}

bool JsonFields::optionalObject(const QString &key, QJsonObject *out)
{
    const QJsonValue v = fieldValue(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return fail(key, u"expected an object"_s);
    *out = v.toObject();
    return true;
}

} // namespace modelkit
