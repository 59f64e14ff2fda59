// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/chatcompletionclient.h"
#include "providers/anthropic/anthropicconfig.h"

namespace modelkit {

class HttpTransport;

//! ChatCompletionClient for Anthropic's Messages API (`POST /v1/messages`). See
//! AnthropicRequestBuilder for how requests map and AnthropicResponseReader for replies.
class AnthropicClient : public ChatCompletionClient
{
    Q_OBJECT

public:
    AnthropicClient(HttpTransport *transport, const AnthropicConfig &config,
                    QObject *parent = nullptr);
    ~AnthropicClient() override;

    ModelInfo modelInfo() const override;
    QString model() const override { return m_config.model; }
    QString providerName() const override;
    const AnthropicConfig &config() const { return m_config; }

    //! `POST /v1/messages/count_tokens` with the request's model, messages, system, tools,
    //! tool_choice, thinking and output_config. A request that cannot be built fails the
    //! job (on the next event-loop turn) with the same error create() would give.
    TokenCountJob *countTokensExact(const CompletionRequest &request) override;
    //! `GET /v1/models?limit=100`, following `has_more` / `after_id` pages.
    ModelListJob *listModels() override;

protected:
    CompletionJob *start(const CompletionRequest &request, bool streaming) override;
    QString capabilityError(const CompletionRequest &request) const override;
    std::optional<HttpRequest> buildHttpRequest(const CompletionRequest &request, bool streaming,
                                                ModelError *error) const override;

private:
    QString configurationError() const;

    HttpTransport *m_transport;
    AnthropicConfig m_config;
};

} // namespace modelkit
