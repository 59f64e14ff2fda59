// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! Instructions for the model (AutoGen SystemMessage: `{"content", "type": "SystemMessage"}`).
struct SystemMessage
{
    QString content;

    QJsonObject toJson() const;
    static std::optional<SystemMessage> fromJson(const QJsonValue &value,
                                                 JsonError *error = nullptr,
                                                 const QString &path = QStringLiteral("$"));
    bool operator==(const SystemMessage &) const = default;
};

} // namespace modelkit
