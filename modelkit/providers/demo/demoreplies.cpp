// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/demo/demoreplies.h"

#include "core/jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

const QString formatName = u"modelkit.demo-replies"_s;
constexpr qint64 formatVersion = 1;

//! A template: a string, or an array of lines joined with "\n".
bool readTemplate(const QJsonValue &value, const QString &path, JsonError *error, QString *out)
{
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (!value.isArray())
        return setJsonError(error, path, u"expected a string or an array of lines"_s);
    QStringList lines;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return setJsonError(error, path + u'[' + QString::number(i) + u']',
                                u"expected a string"_s);
        lines << array.at(i).toString();
    }
    *out = lines.join(u'\n');
    return true;
}

//! A group of variant lists: `{"<name>": [<template>, …], …}`, stored as "<group>.<name>".
bool readVariantGroup(const QJsonObject &group, const QString &groupName, const QString &path,
                      JsonError *error, QHash<QString, QStringList> *out)
{
    for (auto it = group.begin(); it != group.end(); ++it) {
        const QString itemPath = path + u'.' + it.key();
        if (!it.value().isArray()) {
            if (it.value().isObject())
                continue; // a structured entry (replies.json_object), read by the caller
            return setJsonError(error, itemPath, u"expected an array of variants"_s);
        }
        const QJsonArray variants = it.value().toArray();
        if (variants.isEmpty())
            return setJsonError(error, itemPath, u"needs at least one variant"_s);
        QStringList templates;
        for (qsizetype i = 0; i < variants.size(); ++i) {
            QString text;
            if (!readTemplate(variants.at(i), itemPath + u'[' + QString::number(i) + u']', error,
                              &text))
                return false;
            templates << text;
        }
        out->insert(groupName + u'.' + it.key(), templates);
    }
    return true;
}

bool readLimit(JsonFields &fields, const QString &key, int *out)
{
    qint64 value = *out;
    if (!fields.optionalInteger(key, &value))
        return false;
    if (value < 1 || value > 100000)
        return fields.fail(key, u"must be between 1 and 100000"_s);
    *out = int(value);
    return true;
}

bool readWords(JsonFields &fields, const QString &key, QStringList *out)
{
    QJsonArray words;
    if (!fields.optionalArray(key, &words))
        return false;
    for (const QJsonValue &word : std::as_const(words)) {
        if (!word.isString())
            return fields.fail(key, u"expected an array of strings"_s);
        *out << word.toString().toLower();
    }
    return true;
}

bool readValues(const QJsonValue &value, const QString &path, JsonError *error,
                SchemaExample::Hints *hints, QStringList *placePrepositions)
{
    JsonFields fields(value, path, error);
    if (!fields.isObject() || !fields.optionalString(u"string"_s, &hints->fallbackString))
        return false;
    QJsonArray byName;
    if (!fields.optionalArray(u"by_name"_s, &byName))
        return false;
    for (qsizetype i = 0; i < byName.size(); ++i) {
        const QString itemPath = fields.childPath(u"by_name"_s) + u'[' + QString::number(i) + u']';
        JsonFields entry(byName.at(i), itemPath, error);
        QJsonArray names;
        if (!entry.isObject() || !entry.requireArray(u"names"_s, &names))
            return false;
        if (!entry.has(u"value"_s))
            return entry.fail(u"value"_s, u"is required"_s);
        SchemaExample::NamedValue named;
        named.value = entry.object().value(u"value"_s);
        for (const QJsonValue &name : std::as_const(names)) {
            if (!name.isString())
                return entry.fail(u"names"_s, u"expected an array of strings"_s);
            named.names << name.toString().toLower();
        }
        hints->byName << named;
    }
    if (!readWords(fields, u"query_names"_s, &hints->queryNames)
        || !readWords(fields, u"place_names"_s, &hints->placeNames)
        || !readWords(fields, u"place_prepositions"_s, placePrepositions))
        return false;
    QJsonObject byFormat;
    if (!fields.optionalObject(u"by_format"_s, &byFormat))
        return false;
    for (auto it = byFormat.begin(); it != byFormat.end(); ++it) {
        if (!it.value().isString())
            return setJsonError(error, fields.childPath(u"by_format"_s) + u'.' + it.key(),
                                u"expected a string"_s);
        hints->byFormat.insert(it.key(), it.value().toString());
    }
    return true;
}

QJsonValue substituted(const QJsonValue &value, const DemoReplies::Vars &vars)
{
    if (value.isString())
        return DemoReplies::substitute(value.toString(), vars);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(substituted(item, vars));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), substituted(it.value(), vars));
        return out;
    }
    return value;
}

} // namespace

QString DemoReplies::builtinPath()
{
    return u":/modelkit/demo/demo-replies.json"_s;
}

QStringList DemoReplies::requiredTemplates()
{
    return {u"thoughts.chat"_s,
            u"thoughts.tool_call"_s,
            u"thoughts.tool_answer"_s,
            u"thoughts.json"_s,
            u"replies.chat"_s,
            u"replies.tool_answer_opening"_s,
            u"replies.tool_answer_result"_s,
            u"replies.tool_answer_error"_s,
            u"replies.tool_answer_closing"_s};
}

QStringList DemoReplies::requiredTexts()
{
    return {u"no_question"_s,        u"image_note"_s,         u"empty_result"_s,  u"unnamed_tool"_s,
            u"json_object_target"_s, u"json_schema_target"_s, u"list_separator"_s};
}

std::optional<DemoReplies> DemoReplies::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"not valid JSON at offset %1: %2"_s.arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    JsonError jsonError;
    auto replies = fromJson(document.object(), &jsonError);
    if (!replies && error)
        *error = jsonError.toString();
    return replies;
}

std::optional<DemoReplies> DemoReplies::fromJson(const QJsonValue &value, JsonError *error,
                                                 const QString &path)
{
    DemoReplies replies;
    JsonFields fields(value, path, error);
    QString format;
    qint64 version = 0;
    if (!fields.isObject() || !fields.requireString(u"format"_s, &format)
        || !fields.optionalInteger(u"version"_s, &version))
        return std::nullopt;
    if (format != formatName) {
        fields.fail(u"format"_s, u"expected \"%1\""_s.arg(formatName));
        return std::nullopt;
    }
    if (version != formatVersion) {
        fields.fail(u"version"_s,
                    u"unsupported version %1 (expected %2)"_s.arg(version).arg(formatVersion));
        return std::nullopt;
    }

    QJsonObject limits, texts, thoughts, repliesObject;
    if (!fields.optionalObject(u"limits"_s, &limits) || !fields.optionalObject(u"texts"_s, &texts)
        || !fields.optionalObject(u"thoughts"_s, &thoughts)
        || !fields.optionalObject(u"replies"_s, &repliesObject))
        return std::nullopt;
    if (fields.has(u"limits"_s)) {
        JsonFields limitFields(limits, fields.childPath(u"limits"_s), error);
        if (!readLimit(limitFields, u"excerpt_chars"_s, &replies.m_excerptChars)
            || !readLimit(limitFields, u"result_chars"_s, &replies.m_resultChars)
            || !readLimit(limitFields, u"query_words"_s, &replies.m_queryWords))
            return std::nullopt;
    }
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it.value().isString()) {
            setJsonError(error, fields.childPath(u"texts"_s) + u'.' + it.key(),
                         u"expected a string"_s);
            return std::nullopt;
        }
        replies.m_texts.insert(it.key(), it.value().toString());
    }
    if (!readVariantGroup(thoughts, u"thoughts"_s, fields.childPath(u"thoughts"_s), error,
                          &replies.m_templates)
        || !readVariantGroup(repliesObject, u"replies"_s, fields.childPath(u"replies"_s), error,
                             &replies.m_templates))
        return std::nullopt;
    replies.m_jsonObjectReply = repliesObject.value(u"json_object"_s).toObject();
    if (replies.m_jsonObjectReply.isEmpty()) {
        setJsonError(error, fields.childPath(u"replies"_s) + u".json_object",
                     u"is required (a JSON object)"_s);
        return std::nullopt;
    }
    for (const QString &key : requiredTemplates()) {
        if (!replies.m_templates.contains(key)) {
            setJsonError(error, path + u'.' + key, u"is required"_s);
            return std::nullopt;
        }
    }
    for (const QString &key : requiredTexts()) {
        if (!replies.m_texts.contains(key)) {
            setJsonError(error, fields.childPath(u"texts"_s) + u'.' + key, u"is required"_s);
            return std::nullopt;
        }
    }
    if (fields.has(u"values"_s)
        && !readValues(fields.object().value(u"values"_s), fields.childPath(u"values"_s), error,
                       &replies.m_hints, &replies.m_placePrepositions))
        return std::nullopt;
    return replies;
}

QString DemoReplies::compose(const QString &key, const Vars &vars, quint32 seed) const
{
    const QStringList variants = m_templates.value(key);
    if (variants.isEmpty())
        return {};
    return substitute(variants.at(qsizetype(seed % quint32(variants.size()))), vars);
}

QJsonObject DemoReplies::jsonObjectReply(const Vars &vars) const
{
    return substituted(m_jsonObjectReply, vars).toObject();
}

QString DemoReplies::substitute(const QString &text, const Vars &vars)
{
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const auto value = vars.constFind(match.captured(1));
        if (value == vars.constEnd())
            continue;
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += *value;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace modelkit
