// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! One delta a CompletionJob emitted (textDelta, thoughtDelta or toolCallDelta), kept so
//! that a cached reply can be played back exactly as the original call streamed it.
//! JSON: `{"kind": "text"|"thought"|"tool_call", "text": …, "index": 0, "id": …, "name": …}`,
//! with index/id/name only for tool calls and only when set.
struct StreamDelta
{
    enum class Kind { Text, Thought, ToolCall };

    Kind kind = Kind::Text;
    QString text; //!< text, thought, or the tool call's arguments fragment
    int index = 0;
    QString id;
    QString name;

    QJsonObject toJson() const;
    static std::optional<StreamDelta> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                               const QString &path = QStringLiteral("$"));
    bool operator==(const StreamDelta &) const = default;
};

} // namespace modelkit
