// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "catalog/modelprice.h"

#include "core/jsonfields.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

constexpr double tokensPerUnit = 1'000'000.0;

struct Figure
{
    const char16_t *key;
    std::optional<double> ModelPrice::*member;
};

constexpr std::array figures{
    Figure{u"input", &ModelPrice::input},
    Figure{u"cached_input", &ModelPrice::cachedInput},
    Figure{u"cache_write", &ModelPrice::cacheWrite},
    Figure{u"output", &ModelPrice::output},
};

QJsonValue figureToJson(const std::optional<double> &figure)
{
    return figure ? QJsonValue(*figure) : QJsonValue(QJsonValue::Null);
}

} // namespace

std::optional<double> ModelPrice::cost(const RequestUsage &usage) const
{
    const qint64 cached = std::max<qint64>(0, usage.cachedPromptTokens);
    const qint64 written = std::max<qint64>(0, usage.cacheCreationTokens);
    const qint64 fresh = std::max<qint64>(0, usage.promptTokens - cached - written);
    const qint64 completion = std::max<qint64>(0, usage.completionTokens);

    double total = 0;
    bool priced = true;
    const auto add = [&](qint64 tokens, const std::optional<double> &perMillion) {
        if (tokens == 0)
            return;
        if (!perMillion)
            priced = false;
        else
            total += double(tokens) * *perMillion;
    };
    add(fresh, input);
    add(cached, cachedInput);
    add(written, cacheWrite);
    add(completion, output);
    if (!priced)
        return std::nullopt;
    return total / tokensPerUnit;
}

QString ModelPrice::validationError() const
{
    for (const Figure &figure : figures) {
        const std::optional<double> &value = this->*figure.member;
        if (value && (!std::isfinite(*value) || *value < 0))
            return QCoreApplication::translate("modelkit::ModelPrice",
                                               "the %1 price must be a non-negative number")
                .arg(QString::fromUtf16(figure.key));
    }
    return {};
}

QJsonObject ModelPrice::toJson() const
{
    QJsonObject o;
    for (const Figure &figure : figures)
        o.insert(QString::fromUtf16(figure.key), figureToJson(this->*figure.member));
    return o;
}

std::optional<ModelPrice> ModelPrice::fromJson(const QJsonValue &value, JsonError *error,
                                               const QString &path)
{
    if (!value.isObject()) {
        setJsonError(error, path, u"expected an object"_s);
        return std::nullopt;
    }
    ModelPrice price;
    if (!price.mergeJson(value.toObject(), error, path))
        return std::nullopt;
    return price;
}

bool ModelPrice::mergeJson(const QJsonObject &partial, JsonError *error, const QString &path)
{
    JsonFields fields(partial, path, error);
    ModelPrice merged = *this;
    for (const Figure &figure : figures) {
        const QString key = QString::fromUtf16(figure.key);
        if (!partial.contains(key))
            continue;
        const QJsonValue v = partial.value(key);
        if (v.isNull()) {
            merged.*figure.member = std::nullopt;
            continue;
        }
        if (!v.isDouble())
            return fields.fail(key, u"expected a number or null"_s);
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < 0)
            return fields.fail(key, u"must not be negative"_s);
        merged.*figure.member = d;
    }
    *this = merged;
    return true;
}

} // namespace modelkit
