// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/streamdelta.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonObject StreamDelta::toJson() const
{
    QJsonObject o{{u"text"_s, text}};
    switch (kind) {
    case Kind::Text:
        o.insert(u"kind"_s, u"text"_s);
        break;
    case Kind::Thought:
        o.insert(u"kind"_s, u"thought"_s);
        break;
    case Kind::ToolCall:
        o.insert(u"kind"_s, u"tool_call"_s);
        o.insert(u"index"_s, index);
        if (!id.isEmpty())
            o.insert(u"id"_s, id);
        if (!name.isEmpty())
            o.insert(u"name"_s, name);
        break;
    }
    return o;
}

std::optional<StreamDelta> StreamDelta::fromJson(const QJsonValue &value, JsonError *error,
                                                 const QString &path)
{
    JsonFields fields(value, path, error);
    StreamDelta delta;
    QString kind;
    qint64 index = 0;
    if (!fields.isObject() || !fields.requireString(u"kind"_s, &kind)
        || !fields.optionalString(u"text"_s, &delta.text)
        || !fields.optionalInteger(u"index"_s, &index) || !fields.optionalString(u"id"_s, &delta.id)
        || !fields.optionalString(u"name"_s, &delta.name))
        return std::nullopt;
    if (kind == u"text") {
        delta.kind = Kind::Text;
    } else if (kind == u"thought") {
        delta.kind = Kind::Thought;
    } else if (kind == u"tool_call") {
        delta.kind = Kind::ToolCall;
        delta.index = int(index);
    } else {
        fields.fail(u"kind"_s, u"expected text, thought or tool_call"_s);
        return std::nullopt;
    }
    return delta;
}

} // namespace modelkit
