// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/chatcompletionclient.h"
#include "providers/gemini/geminiconfig.h"

namespace modelkit {

class HttpTransport;

//! ChatCompletionClient for the Gemini Developer API: `generateContent`,
//! `streamGenerateContent?alt=sse`, `countTokens` and the paginated model list. See
//! GeminiRequestBuilder and GeminiResponseReader for how requests and answers are mapped.
class GeminiClient : public ChatCompletionClient
{
    Q_OBJECT

public:
    GeminiClient(HttpTransport *transport, const GeminiConfig &config, QObject *parent = nullptr);
    ~GeminiClient() override;

    ModelInfo modelInfo() const override;
    //! The model id without the "models/" prefix.
    QString model() const override { return m_config.modelId(); }
    QString providerName() const override { return QStringLiteral("gemini"); }
    const GeminiConfig &config() const { return m_config; }

    //! `POST …/models/{model}:countTokens` with the whole request (system instruction and
    //! tools included). A request that cannot be built fails the job on the next turn.
    TokenCountJob *countTokensExact(const CompletionRequest &request) override;
    //! `GET …/models?pageSize=100`, following nextPageToken; chat-capable models only.
    ModelListJob *listModels() override;

protected:
    CompletionJob *start(const CompletionRequest &request, bool streaming) override;
    QString capabilityError(const CompletionRequest &request) const override;
    std::optional<HttpRequest> buildHttpRequest(const CompletionRequest &request, bool streaming,
                                                ModelError *error) const override;

private:
    HttpTransport *m_transport;
    GeminiConfig m_config;
};

} // namespace modelkit
