// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionrequest.h"
#include "core/modelerror.h"
#include "providers/anthropic/anthropicconfig.h"
#include "transport/httprequest.h"

#include <optional>

#include <QJsonArray>
#include <QJsonObject>

namespace modelkit {

//! Builds Messages API requests: URLs, headers and JSON bodies.
//!
//! Mapping notes:
//! - SystemMessages (wherever they are) become the top-level `system`, joined by blank lines.
//! - Consecutive turns of the same role are merged (the API wants user/assistant
//!   alternation); in a user turn, tool_result blocks are moved before other blocks, as
//!   the API requires. A turn that is one plain text block is sent as a string.
//! - An AssistantMessage is sent as: its thinking blocks from providerState["anthropic"]
//!   (see AnthropicConfig::thinkingBlocksKey()) unchanged, then its text, or, with
//!   function calls, the text the model wrote beside them (`thought` without the thinking
//!   text) and tool_use blocks with `input` parsed from the arguments.
//! - JSON-object output has no native equivalent: Unsupported. A JSON schema goes to
//!   `output_config.format`; reasoning_effort to `output_config.effort`.
class AnthropicRequestBuilder
{
public:
    explicit AnthropicRequestBuilder(const AnthropicConfig &config);

    //! A parameter the Messages API cannot take (seed, n > 1, presence/frequency penalty,
    //! logprobs, top_logprobs, JSON-object output), or empty. Such a parameter is refused,
    //! never dropped.
    QString unsupportedParameter(const CompletionRequest &request) const;
    //! `max_tokens` (required by the API): the request's, else the model's maximum output
    //! capped at AnthropicConfig::defaultMaxTokensCap, else
    //! AnthropicConfig::fallbackMaxTokens. With a thinking budget and no max_tokens, the
    //! budget is added on top (thinking counts against max_tokens), within the model's
    //! maximum.
    qint64 maxTokens(const CompletionRequest &request) const;

    //! The `POST /v1/messages` body, or nullopt with `error` set: Unsupported for
    //! unsupportedParameter(), InvalidRequest for what cannot be sent (arguments that are not
    //! a JSON object, a thinking budget out of range or combined with a forced tool choice,
    //! temperature other than 1 or top_k, an image of unknown type).
    std::optional<QJsonObject> body(const CompletionRequest &request, bool streaming,
                                    ModelError *error) const;
    //! The `POST /v1/messages/count_tokens` body: body() restricted to the fields the
    //! endpoint takes (model, messages, system, tools, tool_choice, thinking, output_config).
    std::optional<QJsonObject> countTokensBody(const CompletionRequest &request,
                                               ModelError *error) const;

    std::optional<HttpRequest> messagesRequest(const CompletionRequest &request, bool streaming,
                                               ModelError *error) const;
    std::optional<HttpRequest> countTokensRequest(const CompletionRequest &request,
                                                  ModelError *error) const;
    //! `GET /v1/models?limit=100` (first page).
    HttpRequest modelsRequest() const;

    QUrl messagesUrl() const;
    QUrl countTokensUrl() const;
    QUrl modelsUrl() const;
    HttpHeaders headers() const;

    //! The top-level `system` text: every SystemMessage, joined with blank lines.
    static QString system(const QList<LlmMessage> &messages);
    //! The `messages` array (SystemMessages left out), or nullopt with `error` set.
    static std::optional<QJsonArray> messages(const QList<LlmMessage> &messages, ModelError *error);

private:
    QUrl endpoint(const QString &path) const;

    AnthropicConfig m_config;
};

} // namespace modelkit
