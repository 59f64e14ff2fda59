// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/createresult.h"
#include "core/jsonerror.h"

#include <optional>

#include <QList>

namespace modelkit {

//! Scripted replies for ReplayClient, with the pacing used to stream them.
//! JSON: `{"responses": [<text> | <CreateResult>...], "first_token_delay_ms": 400,
//! "token_delay_ms": 30, "jitter_ms": 15, "loop": false}` or just the `responses` array,
//! like AutoGen's ReplayChatCompletionClient(chat_completions=[...]).
struct ReplayScript
{
    QList<CreateResult> responses;
    int firstTokenDelayMs = 0;
    int tokenDelayMs = 0;
    int jitterMs = 0;
    bool loop = false; //!< start again after the last response instead of failing

    static CreateResult textResponse(const QString &text);
    static std::optional<ReplayScript> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                                const QString &path = QStringLiteral("$"));
    QJsonObject toJson() const;
};

} // namespace modelkit
