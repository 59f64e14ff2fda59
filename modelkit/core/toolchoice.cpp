// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/toolchoice.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

ToolChoice ToolChoice::fromString(const QString &text)
{
    if (text == u"auto")
        return {Mode::Auto, {}};
    if (text == u"required")
        return {Mode::Required, {}};
    if (text == u"none")
        return {Mode::None, {}};
    return named(text);
}

QJsonValue ToolChoice::toJson() const
{
    switch (mode) {
    case Mode::Auto:
        return u"auto"_s;
    case Mode::Required:
        return u"required"_s;
    case Mode::None:
        return u"none"_s;
    case Mode::Named:
        return QJsonObject{{u"name"_s, name}};
    }
    return u"auto"_s;
}

std::optional<ToolChoice> ToolChoice::fromJson(const QJsonValue &value, JsonError *error,
                                               const QString &path)
{
    if (value.isUndefined() || value.isNull())
        return ToolChoice{};
    if (value.isString()) {
        const QString text = value.toString();
        if (text == u"auto" || text == u"required" || text == u"none")
            return fromString(text);
        setJsonError(error, path, u"expected \"auto\", \"required\", \"none\" or {\"name\": …}"_s);
        return std::nullopt;
    }
    JsonFields fields(value, path, error);
    QString name;
    if (!fields.isObject() || !fields.requireString(u"name"_s, &name))
        return std::nullopt;
    return named(name);
}

} // namespace modelkit
