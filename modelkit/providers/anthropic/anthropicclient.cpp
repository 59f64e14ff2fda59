// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/anthropic/anthropicclient.h"

#include "providers/anthropic/anthropicmodels.h"
#include "providers/anthropic/anthropicrequestbuilder.h"
#include "providers/anthropic/anthropicresponsereader.h"
#include "providers/httpcompletionjob.h"
#include "providers/httpmodellistjob.h"
#include "providers/httptokencountjob.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace modelkit {

AnthropicClient::AnthropicClient(HttpTransport *transport, const AnthropicConfig &config,
                                 QObject *parent)
    : ChatCompletionClient(parent), m_transport(transport), m_config(config)
{
    if (m_config.baseUrl.isEmpty())
        m_config.baseUrl = AnthropicConfig::defaultBaseUrl();
}

AnthropicClient::~AnthropicClient() = default;

ModelInfo AnthropicClient::modelInfo() const
{
    if (m_config.modelInfo)
        return *m_config.modelInfo;
    return AnthropicModels::infoFor(m_config.model);
}

QString AnthropicClient::providerName() const
{
    return u"anthropic"_s;
}

QString AnthropicClient::configurationError() const
{
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.scheme().isEmpty())
        return u"no valid base URL is configured"_s;
    if (m_config.model.isEmpty())
        return u"no model is configured"_s;
    return {};
}

QString AnthropicClient::capabilityError(const CompletionRequest &request) const
{
    if (const QString problem = configurationError(); !problem.isEmpty())
        return problem;
    // Before the base class, so that JSON-object output gets the Anthropic explanation.
    if (const QString problem = AnthropicRequestBuilder(m_config).unsupportedParameter(request);
        !problem.isEmpty())
        return problem;
    return ChatCompletionClient::capabilityError(request);
}

std::optional<HttpRequest> AnthropicClient::buildHttpRequest(const CompletionRequest &request,
                                                             bool streaming,
                                                             ModelError *error) const
{
    return AnthropicRequestBuilder(m_config).messagesRequest(request, streaming, error);
}

CompletionJob *AnthropicClient::start(const CompletionRequest &request, bool streaming)
{
    ModelError error;
    const auto http = buildHttpRequest(request, streaming, &error);
    if (!http)
        return CompletionJob::failed(error, streaming, this);
    return HttpCompletionJob::launch(m_transport, *http, m_config.transport,
                                     std::make_unique<AnthropicResponseReader>(), this);
}

TokenCountJob *AnthropicClient::countTokensExact(const CompletionRequest &request)
{
    if (const QString problem = configurationError(); !problem.isEmpty())
        return TokenCountJob::failed(ModelError::make(ModelError::Kind::InvalidRequest, problem),
                                     this);
    if (const QString problem = request.validationError(); !problem.isEmpty())
        return TokenCountJob::failed(ModelError::make(ModelError::Kind::InvalidRequest, problem),
                                     this);
    ModelError error;
    const auto http = AnthropicRequestBuilder(m_config).countTokensRequest(request, &error);
    if (!http)
        return TokenCountJob::failed(error, this);
    return new HttpTokenCountJob(m_transport, *http, m_config.transport,
                                 &AnthropicResponseReader::tokenCountFromBody,
                                 std::make_unique<AnthropicResponseReader>(), this);
}

ModelListJob *AnthropicClient::listModels()
{
    const HttpRequest firstPage = AnthropicRequestBuilder(m_config).modelsRequest();
    const QUrl firstUrl = firstPage.url;
    auto parser = [firstUrl](const QByteArray &body, QString *error, QUrl *nextPage) {
        return AnthropicModels::parseList(body, firstUrl, error, nextPage);
    };
    return new HttpModelListJob(m_transport, firstPage, m_config.transport, parser,
                                std::make_unique<AnthropicResponseReader>(), this);
}

} // namespace modelkit
