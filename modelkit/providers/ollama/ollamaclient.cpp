// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/ollama/ollamaclient.h"

#include "providers/httpcompletionjob.h"
#include "providers/httpmodellistjob.h"
#include "providers/ollama/ollamamodels.h"
#include "providers/ollama/ollamarequestbuilder.h"
#include "providers/ollama/ollamaresponsereader.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace modelkit {

OllamaClient::OllamaClient(HttpTransport *transport, const OllamaConfig &config, QObject *parent)
    : ChatCompletionClient(parent), m_transport(transport), m_config(config)
{
    if (m_config.baseUrl.isEmpty())
        m_config.baseUrl = OllamaConfig::defaultBaseUrl();
}

OllamaClient::~OllamaClient() = default;

ModelInfo OllamaClient::modelInfo() const
{
    if (m_config.modelInfo)
        return *m_config.modelInfo;
    ModelInfo info = OllamaModels::infoFor(m_config.model);
    if (m_config.numCtx && *m_config.numCtx > 0)
        info.contextWindow = *m_config.numCtx;
    return info;
}

QString OllamaClient::providerName() const
{
    return u"ollama"_s;
}

QString OllamaClient::capabilityError(const CompletionRequest &request) const
{
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.scheme().isEmpty())
        return u"no valid base URL is configured"_s;
    if (m_config.model.isEmpty())
        return u"no model is configured"_s;
    if (const QString problem = OllamaRequestBuilder(m_config).unsupportedReason(request);
        !problem.isEmpty())
        return problem;
    return ChatCompletionClient::capabilityError(request);
}

std::optional<HttpRequest> OllamaClient::buildHttpRequest(const CompletionRequest &request,
                                                          bool streaming, ModelError *error) const
{
    if (const QString problem = OllamaRequestBuilder::invalidReason(request); !problem.isEmpty()) {
        if (error)
            *error = ModelError::make(ModelError::Kind::InvalidRequest, problem);
        return std::nullopt;
    }
    return OllamaRequestBuilder(m_config).chatRequest(request, streaming);
}

CompletionJob *OllamaClient::start(const CompletionRequest &request, bool streaming)
{
    ModelError error;
    const std::optional<HttpRequest> http = buildHttpRequest(request, streaming, &error);
    if (!http)
        return CompletionJob::failed(error, streaming, this);
    return HttpCompletionJob::launch(
        m_transport, *http, m_config.transport,
        std::make_unique<OllamaResponseReader>(m_config.baseUrl, m_config.model), this);
}

ModelListJob *OllamaClient::listModels()
{
    return new HttpModelListJob(
        m_transport, OllamaRequestBuilder(m_config).modelsRequest(), m_config.transport,
        &OllamaModels::parseList,
        std::make_unique<OllamaResponseReader>(m_config.baseUrl, m_config.model), this);
}

} // namespace modelkit
