// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace modelkit {

//! Reads typed fields of one JSON object and reports the first problem with its path.
//! Every reader returns false on error so callers can chain them with `&&`.
class JsonFields
{
public:
    JsonFields(const QJsonValue &value, QString path, JsonError *error);

    bool isObject();
    const QJsonObject &object() const { return m_object; }
    QString childPath(const QString &key) const;
    //! `path.key` and `path[index]`: JSONPaths for errors about values read without a
    //! JsonFields.
    static QString childPath(const QString &path, const QString &key);
    static QString indexPath(const QString &path, qsizetype index);
    bool has(const QString &key) const;

    bool requireString(const QString &key, QString *out);
    bool optionalString(const QString &key, QString *out);
    bool optionalString(const QString &key, std::optional<QString> *out);
    bool optionalBool(const QString &key, bool *out);
    bool optionalBool(const QString &key, std::optional<bool> *out);
    bool optionalInteger(const QString &key, qint64 *out);
    bool optionalInteger(const QString &key, std::optional<qint64> *out);
    bool optionalNumber(const QString &key, std::optional<double> *out);
    bool requireArray(const QString &key, QJsonArray *out);
    bool optionalArray(const QString &key, QJsonArray *out);
    bool optionalObject(const QString &key, QJsonObject *out);

    bool fail(const QString &key, const QString &message);
    //! A versioned document's header: an object whose `format` is `name` and whose
    //! `version` is a positive integer no newer than `currentVersion`.
    bool requireFormat(const QString &name, int currentVersion);

private:
    QJsonValue fieldValue(const QString &key) const;
    //! The field if present and of the right type; Undefined when an optional one is absent
    //! or null. Records "is required" / "expected <expected>" otherwise.
    bool readValue(const QString &key, bool required, bool (QJsonValue::*isType)() const,
                   const QString &expected, QJsonValue *out);

    QJsonValue m_value;
    QJsonObject m_object;
    QString m_path;
    JsonError *m_error;
};

} // namespace modelkit
