// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/chatcompletionclient.h"
#include "providers/ollama/ollamaconfig.h"

namespace modelkit {

class HttpTransport;

//! ChatCompletionClient for Ollama's native API (`/api/chat`): a local server or ollama.com.
//! Ollama has no token-counting endpoint, so countTokensExact() stays nullptr and
//! countTokens() is the estimate. See OllamaRequestBuilder for what maps to what and what
//! is refused, and OllamaResponseReader for how replies are read.
class OllamaClient : public ChatCompletionClient
{
    Q_OBJECT

public:
    OllamaClient(HttpTransport *transport, const OllamaConfig &config, QObject *parent = nullptr);
    ~OllamaClient() override;

    //! The configured ModelInfo, else OllamaModels::infoFor(); the context window is the
    //! configured num_ctx when there is one (Ollama truncates prompts to it).
    ModelInfo modelInfo() const override;
    QString model() const override { return m_config.model; }
    QString providerName() const override;
    const OllamaConfig &config() const { return m_config; }

    //! `GET /api/tags`: the models pulled on the server.
    ModelListJob *listModels() override;

protected:
    CompletionJob *start(const CompletionRequest &request, bool streaming) override;
    QString capabilityError(const CompletionRequest &request) const override;
    std::optional<HttpRequest> buildHttpRequest(const CompletionRequest &request, bool streaming,
                                                ModelError *error) const override;

private:
    HttpTransport *m_transport;
    OllamaConfig m_config;
};

} // namespace modelkit
