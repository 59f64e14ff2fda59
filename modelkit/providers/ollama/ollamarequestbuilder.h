// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionrequest.h"
#include "providers/ollama/ollamaconfig.h"
#include "transport/httprequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace modelkit {

//! Builds Ollama's native requests: `POST /api/chat` and `GET /api/tags`.
//!
//! Mapping decisions (Ollama has no equivalent for some of our settings):
//! - `tool_choice`: auto is Ollama's only behaviour; "none" sends no tools at all (the model
//!   cannot call what it does not see); "required" and a named tool are Unsupported.
//! - `reasoning_effort` low/medium/high → `think: "<level>"`, "none" → `think: false`;
//!   `thinking_budget` has no equivalent: only 0 (→ `think: false`) is accepted. Models
//!   without levels treat any level as `think: true`.
//! - n other than 1, logprobs, top_logprobs and parallel_tool_calls=false are Unsupported
//!   (never silently dropped); the no-op values (n = 1, logprobs = false,
//!   parallel_tool_calls = true) pass and are not sent.
//! - Images must be inline: Ollama takes raw base64 and never fetches a URL.
//! - Tool `strict` and the JSON schema's name/description/strict are not sent: Ollama has
//!   no such fields (a `format` schema is always enforced by its grammar sampler).
//! - `extra_create_args` is merged last with mergeJsonInto(): objects merge key by key, so
//!   an `options` object adds to ours instead of replacing it (most of Ollama's knobs live
//!   there).
class OllamaRequestBuilder
{
public:
    explicit OllamaRequestBuilder(const OllamaConfig &config);

    //! What Ollama cannot do of this request, or empty. Asked before building.
    QString unsupportedReason(const CompletionRequest &request) const;
    //! What is malformed in the request for Ollama (tool call arguments that are not a JSON
    //! object, which Ollama needs as an object), or empty. Asked before building.
    static QString invalidReason(const CompletionRequest &request);

    QJsonObject body(const CompletionRequest &request, bool streaming) const;
    HttpRequest chatRequest(const CompletionRequest &request, bool streaming) const;
    HttpRequest modelsRequest() const;

    QUrl chatUrl() const;
    QUrl modelsUrl() const;
    HttpHeaders headers() const;

    static QJsonArray messages(const QList<LlmMessage> &messages);
    static QJsonArray tools(const QList<ToolSchema> &tools);
    //! `options` for these parameters (plus num_ctx from the config); empty when none.
    QJsonObject options(const CompletionParameters &parameters) const;
    //! The `think` value for these parameters; undefined when nothing was asked.
    static QJsonValue think(const CompletionParameters &parameters);
    //! `keep_alive` as Ollama parses it: a number of seconds or a Go duration string.
    static QJsonValue keepAliveValue(const QString &keepAlive);

private:
    OllamaConfig m_config;
};

} // namespace modelkit
