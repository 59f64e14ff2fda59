// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/image.h"
#include "core/jsonerror.h"

#include <optional>
#include <variant>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace modelkit {

//! One part of a multimodal user message: text or an image.
using UserContentPart = std::variant<QString, Image>;

//! A message from the user (AutoGen UserMessage): `content` is text or a list of text and
//! images; `source` names the speaker.
struct UserMessage
{
    std::variant<QString, QList<UserContentPart>> content;
    QString source = QStringLiteral("user");

    bool hasImages() const;
    //! All text parts joined with newlines (for estimates and previews).
    QString text() const;

    QJsonObject toJson() const;
    static std::optional<UserMessage> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                               const QString &path = QStringLiteral("$"));
    bool operator==(const UserMessage &) const = default;
};

} // namespace modelkit
