// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! What a model can do (AutoGen ModelInfo) and how much it takes and gives.
struct ModelInfo
{
    bool vision = false;
    bool functionCalling = false;
    bool jsonOutput = false;
    bool structuredOutput = false;
    bool multipleSystemMessages = true;
    QString family = QStringLiteral("unknown");
    qint64 contextWindow = 0;   //!< 0 = unknown
    qint64 maxOutputTokens = 0; //!< 0 = unknown

    //! For models we know nothing about: allow everything, let the server decide.
    static ModelInfo permissive();

    QJsonObject toJson() const;
    static std::optional<ModelInfo> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                             const QString &path = QStringLiteral("$"));
    bool operator==(const ModelInfo &) const = default;
};

} // namespace modelkit
