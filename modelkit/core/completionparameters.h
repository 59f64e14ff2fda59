// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace modelkit {

//! Sampling and generation settings. Unset fields are not sent, so the provider's defaults
//! apply. JSON keys are the snake_case names below; providers map them to their own names.
struct CompletionParameters
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<qint64> topK;
    std::optional<qint64> maxTokens;
    std::optional<qint64> seed;
    QStringList stop;
    std::optional<qint64> n;
    std::optional<double> presencePenalty;
    std::optional<double> frequencyPenalty;
    std::optional<bool> logprobs;
    std::optional<qint64> topLogprobs;
    std::optional<bool> parallelToolCalls;
    std::optional<QString> reasoningEffort; //!< OpenAI: none|minimal|low|medium|high|xhigh
    std::optional<qint64> thinkingBudget;   //!< Anthropic / Gemini thinking tokens

    //! The JSON keys accepted by set() and fromJson().
    static QStringList knownKeys();
    //! Sets one parameter from JSON; an unknown key or a wrong type is an error.
    bool set(const QString &key, const QJsonValue &value, QString *error);

    bool isEmpty() const { return toJson().isEmpty(); }
    QJsonObject toJson() const;
    static std::optional<CompletionParameters> fromJson(const QJsonValue &value,
                                                        JsonError *error = nullptr,
                                                        const QString &path = QStringLiteral("$"));
    bool operator==(const CompletionParameters &) const = default;
};

} // namespace modelkit
