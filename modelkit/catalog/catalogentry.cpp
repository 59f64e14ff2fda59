// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "catalog/catalogentry.h"

#include "core/jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

bool readCount(JsonFields &fields, const QString &key, qint64 *out)
{
    std::optional<qint64> value;
    if (!fields.optionalInteger(key, &value))
        return false;
    if (!value)
        return true;
    if (*value < 0)
        return fields.fail(key, u"must not be negative"_s);
    *out = *value;
    return true;
}

bool readStrings(JsonFields &fields, const QString &key, QStringList *out)
{
    if (!fields.has(key) || fields.object().value(key).isNull())
        return true;
    QJsonArray array;
    if (!fields.optionalArray(key, &array))
        return false;
    QStringList strings;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString() || array.at(i).toString().isEmpty())
            return fields.fail(key + u'[' + QString::number(i) + u']',
                               u"expected a non-empty string"_s);
        strings << array.at(i).toString();
    }
    *out = strings;
    return true;
}

} // namespace

ModelInfo CatalogEntry::toModelInfo() const
{
    ModelInfo info;
    info.vision = vision;
    info.functionCalling = functionCalling;
    info.jsonOutput = jsonOutput;
    info.structuredOutput = structuredOutput;
    info.multipleSystemMessages = multipleSystemMessages;
    if (!family.isEmpty())
        info.family = family;
    else if (known && !id.isEmpty())
        info.family = id;
    info.contextWindow = contextWindow;
    info.maxOutputTokens = maxOutputTokens;
    return info;
}

CatalogEntry CatalogEntry::unknown(const QString &provider, const QString &model)
{
    CatalogEntry entry;
    entry.provider = provider;
    entry.id = model;
    entry.known = false;
    return entry;
}

QString CatalogEntry::validationError() const
{
    if (id.trimmed().isEmpty())
        return QCoreApplication::translate("modelkit::CatalogEntry", "the model has no id");
    if (contextWindow < 0 || maxOutputTokens < 0)
        return QCoreApplication::translate("modelkit::CatalogEntry",
                                           "%1: token limits must not be negative")
            .arg(id);
    const QString priceError = price.validationError();
    if (!priceError.isEmpty())
        return u"%1: %2"_s.arg(id, priceError);
    return {};
}

QJsonObject CatalogEntry::toJson() const
{
    QJsonObject o{{u"provider"_s, provider},
                  {u"id"_s, id},
                  {u"vision"_s, vision},
                  {u"function_calling"_s, functionCalling},
                  {u"json_output"_s, jsonOutput},
                  {u"structured_output"_s, structuredOutput},
                  {u"reasoning"_s, reasoning},
                  {u"multiple_system_messages"_s, multipleSystemMessages},
                  {u"context_window"_s, contextWindow},
                  {u"max_output_tokens"_s, maxOutputTokens},
                  {u"price"_s, price.toJson()},
                  {u"known"_s, known}};
    if (!displayName.isEmpty())
        o.insert(u"display_name"_s, displayName);
    if (!aliases.isEmpty())
        o.insert(u"aliases"_s, QJsonArray::fromStringList(aliases));
    if (!family.isEmpty())
        o.insert(u"family"_s, family);
    if (!notes.isEmpty())
        o.insert(u"notes"_s, notes);
    return o;
}

std::optional<CatalogEntry> CatalogEntry::fromJson(const QJsonValue &value, JsonError *error,
                                                   const QString &path)
{
    if (!value.isObject()) {
        setJsonError(error, path, u"expected an object"_s);
        return std::nullopt;
    }
    CatalogEntry entry;
    entry.known = true;
    if (!entry.mergeJson(value.toObject(), error, path))
        return std::nullopt;
    return entry;
}

bool CatalogEntry::mergeJson(const QJsonObject &partial, JsonError *error, const QString &path)
{
    JsonFields fields(partial, path, error);
    CatalogEntry merged = *this;
    QJsonObject price;
    if (!fields.optionalString(u"provider"_s, &merged.provider)
        || !fields.optionalString(u"id"_s, &merged.id)
        || !fields.optionalString(u"display_name"_s, &merged.displayName)
        || !readStrings(fields, u"aliases"_s, &merged.aliases)
        || !fields.optionalString(u"family"_s, &merged.family)
        || !fields.optionalBool(u"vision"_s, &merged.vision)
        || !fields.optionalBool(u"function_calling"_s, &merged.functionCalling)
        || !fields.optionalBool(u"json_output"_s, &merged.jsonOutput)
        || !fields.optionalBool(u"structured_output"_s, &merged.structuredOutput)
        || !fields.optionalBool(u"reasoning"_s, &merged.reasoning)
        || !fields.optionalBool(u"multiple_system_messages"_s, &merged.multipleSystemMessages)
        || !readCount(fields, u"context_window"_s, &merged.contextWindow)
        || !readCount(fields, u"max_output_tokens"_s, &merged.maxOutputTokens)
        || !fields.optionalObject(u"price"_s, &price)
        || !merged.price.mergeJson(price, error, fields.childPath(u"price"_s))
        || !fields.optionalString(u"notes"_s, &merged.notes)
        || !fields.optionalBool(u"known"_s, &merged.known))
        return false;
    *this = merged;
    return true;
}

QStringList CatalogEntry::overridableFields()
{
    return {u"display_name"_s,   u"family"_s,
            u"vision"_s,         u"function_calling"_s,
            u"json_output"_s,    u"structured_output"_s,
            u"reasoning"_s,      u"multiple_system_messages"_s,
            u"context_window"_s, u"max_output_tokens"_s,
            u"price"_s,          u"notes"_s};
}

} // namespace modelkit
