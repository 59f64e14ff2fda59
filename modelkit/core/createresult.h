// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/assistantmessage.h"
#include "core/exchange.h"
#include "core/finishreason.h"
#include "core/functioncall.h"
#include "core/jsonerror.h"
#include "core/requestusage.h"

#include <optional>
#include <variant>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace modelkit {

//! The outcome of one call (AutoGen CreateResult) plus what the inspector needs.
struct CreateResult
{
    FinishReason finishReason = FinishReason::Unknown;
    std::variant<QString, QList<FunctionCall>> content;
    RequestUsage usage;
    bool cached = false;
    //! Per-token log probabilities in AutoGen's ChatCompletionTokenLogprob shape
    //! (`{token, logprob, bytes, top_logprobs}`), when requested.
    std::optional<QJsonArray> logprobs;
    std::optional<QString> thought;
    // Inspector extensions (not in AutoGen):
    QString model;
    QString responseId;
    //! What a provider needs back on the next turn, keyed by provider (Anthropic thinking
    //! signatures, Gemini thought signatures…). Copied into the AssistantMessage made from
    //! this result. JSON: `provider_state`, omitted when empty.
    QJsonObject providerState;
    QJsonObject raw;   //!< the provider's final JSON (last chunk when streamed)
    Exchange exchange; //!< redacted HTTP record

    bool hasFunctionCalls() const { return std::holds_alternative<QList<FunctionCall>>(content); }
    QString text() const;
    QList<FunctionCall> functionCalls() const;
    //! The reply as the next turn's assistant message (content, thought, provider state).
    AssistantMessage toAssistantMessage() const;

    enum class JsonDetail { Result, WithInspector };
    //! AutoGen's fields plus `model` and `response_id`; WithInspector adds `raw` and `exchange`.
    QJsonObject toJson(JsonDetail detail = JsonDetail::Result) const;
    static std::optional<CreateResult> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                                const QString &path = QStringLiteral("$"));
    bool operator==(const CreateResult &) const = default;
};

} // namespace modelkit
