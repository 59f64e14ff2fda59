// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"
#include "core/modelinfo.h"
#include "transport/transportoptions.h"

#include <optional>

#include <QString>
#include <QStringList>
#include <QUrl>

namespace modelkit {

//! Settings of a client speaking Anthropic's Messages API.
struct AnthropicConfig
{
    //! https://api.anthropic.com when empty. The endpoints are {base}/v1/messages,
    //! {base}/v1/messages/count_tokens and {base}/v1/models; a base already ending in /v1
    //! is accepted too.
    QUrl baseUrl;
    QString apiKey; //!< sent as x-api-key; never stored by modelkit; empty = no auth header
    QString model;
    //! The `anthropic-version` header; empty = defaultApiVersion().
    QString apiVersion;
    //! Beta features, sent comma-separated as `anthropic-beta` (e.g.
    //! "interleaved-thinking-2025-05-14").
    QStringList betas;
    HttpHeaders extraHeaders;
    std::optional<ModelInfo> modelInfo; //!< overrides AnthropicModels::infoFor(model)
    TransportOptions transport;

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.anthropic.com")); }
    static QString defaultApiVersion() { return QStringLiteral("2023-06-01"); }
    //! `max_tokens` is required by the API: used when neither the request nor the model
    //! table gives one.
    static constexpr qint64 fallbackMaxTokens = 4096;
    //! The default `max_tokens` never exceeds this, even for models that could write more:
    //! some models enforce prompt + max_tokens <= context, and the full limit (64k) would
    //! make large prompts fail and non-streaming calls run long.
    static constexpr qint64 defaultMaxTokensCap = 8192;

    //! The key of CreateResult/AssistantMessage::providerState owned by this provider. Its
    //! value is an object; under thinkingBlocksKey() it holds the reply's `thinking`
    //! (`{type, thinking, signature}`) and `redacted_thinking` (`{type, data}`) blocks in
    //! reply order, which go back unchanged at the start of that assistant turn.
    static QString providerStateKey() { return QStringLiteral("anthropic"); }
    static QString thinkingBlocksKey() { return QStringLiteral("thinking_blocks"); }
};

} // namespace modelkit
