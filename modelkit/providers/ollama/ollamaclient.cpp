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

CompletionJob *OllamaClient::start(const CompletionRequest &request, bool streaming)
{
    if (const QString problem = OllamaRequestBuilder::invalidReason(request); !problem.isEmpty())
        return CompletionJob::failed(ModelError::make(ModelError::Kind::InvalidRequest, problem),
                                     streaming, this);
    const HttpRequest http = OllamaRequestBuilder(m_config).chatRequest(request, streaming);
    return HttpCompletionJob::launch(
        m_transport, http, m_config.transport,
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
