// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/functioncall.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonObject FunctionCall::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}, {u"arguments"_s, arguments}};
}

std::optional<FunctionCall> FunctionCall::fromJson(const QJsonValue &value, JsonError *error,
                                                   const QString &path)
{
    JsonFields fields(value, path, error);
    FunctionCall call;
    if (!fields.isObject() || !fields.requireString(u"name"_s, &call.name)
        || !fields.optionalString(u"id"_s, &call.id))
        return std::nullopt;
    // AutoGen stores arguments as text; some exports carry an object. Accept both.
    const QJsonValue args = fields.object().value(u"arguments"_s);
    if (args.isString())
        call.arguments = args.toString();
    else if (args.isObject())
        call.arguments
            = QString::fromUtf8(QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact));
    else if (args.isUndefined() || args.isNull())
        call.arguments = u"{}"_s;
    else {
        setJsonError(error, path + u".arguments", u"expected a JSON text string or an object"_s);
        return std::nullopt;
    }
    return call;
}

} // namespace modelkit
