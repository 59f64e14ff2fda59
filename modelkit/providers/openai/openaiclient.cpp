// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/openai/openaiclient.h"

#include "providers/httpcompletionjob.h"
#include "providers/httpmodellistjob.h"
#include "providers/openai/openaimodels.h"
#include "providers/openai/openairequestbuilder.h"
#include "providers/openai/openairesponsereader.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace modelkit {

OpenAiClient::OpenAiClient(HttpTransport *transport, const OpenAiConfig &config, QObject *parent)
    : ChatCompletionClient(parent), m_transport(transport), m_config(config)
{
    if (m_config.baseUrl.isEmpty())
        m_config.baseUrl = OpenAiConfig::defaultBaseUrl(m_config.flavor);
}

OpenAiClient::~OpenAiClient() = default;

ModelInfo OpenAiClient::modelInfo() const
{
    if (m_config.modelInfo)
        return *m_config.modelInfo;
    return OpenAiModels::infoFor(m_config.model);
}

QString OpenAiClient::providerName() const
{
    switch (m_config.flavor) {
    case OpenAiConfig::Flavor::OpenAi:
        return u"openai"_s;
    case OpenAiConfig::Flavor::Azure:
        return u"azure"_s;
    case OpenAiConfig::Flavor::Compatible:
        break;
    }
    return u"openai-compatible"_s;
}

QString OpenAiClient::capabilityError(const CompletionRequest &request) const
{
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.scheme().isEmpty())
        return u"no valid base URL is configured"_s;
    if (m_config.model.isEmpty())
        return u"no model is configured"_s;
    if (const QString problem = OpenAiRequestBuilder(m_config).unsupportedParameter(request);
        !problem.isEmpty())
        return problem;
    return ChatCompletionClient::capabilityError(request);
}

std::optional<HttpRequest> OpenAiClient::buildHttpRequest(const CompletionRequest &request,
                                                          bool streaming, ModelError *) const
{
    return OpenAiRequestBuilder(m_config).chatRequest(request, streaming);
}

CompletionJob *OpenAiClient::start(const CompletionRequest &request, bool streaming)
{
    ModelError error;
    const std::optional<HttpRequest> http = buildHttpRequest(request, streaming, &error);
    if (!http)
        return CompletionJob::failed(error, streaming, this);
    return HttpCompletionJob::launch(m_transport, *http, m_config.transport,
                                     std::make_unique<OpenAiResponseReader>(), this);
}

ModelListJob *OpenAiClient::listModels()
{
    return new HttpModelListJob(m_transport, OpenAiRequestBuilder(m_config).modelsRequest(),
                                m_config.transport, &OpenAiModels::parseList,
                                std::make_unique<OpenAiResponseReader>(), this);
}

} // namespace modelkit
