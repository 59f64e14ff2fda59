// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/chatcompletionclient.h"
#include "providers/openai/openaiconfig.h"

namespace modelkit {

class HttpTransport;

//! ChatCompletionClient for OpenAI, Azure OpenAI and OpenAI-compatible servers.
class OpenAiClient : public ChatCompletionClient
{
    Q_OBJECT

public:
    OpenAiClient(HttpTransport *transport, const OpenAiConfig &config, QObject *parent = nullptr);
    ~OpenAiClient() override;

    ModelInfo modelInfo() const override;
    QString model() const override { return m_config.model; }
    QString providerName() const override;
    const OpenAiConfig &config() const { return m_config; }

    //! `GET /models` (Azure classic: `/openai/models?api-version=`).
    ModelListJob *listModels() override;

protected:
    CompletionJob *start(const CompletionRequest &request, bool streaming) override;
    QString capabilityError(const CompletionRequest &request) const override;
    std::optional<HttpRequest> buildHttpRequest(const CompletionRequest &request, bool streaming,
                                                ModelError *error) const override;

private:
    HttpTransport *m_transport;
    OpenAiConfig m_config;
};

} // namespace modelkit
