// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/gemini/geminiclient.h"

#include "providers/gemini/geminimodels.h"
#include "providers/gemini/geminirequestbuilder.h"
#include "providers/gemini/geminiresponsereader.h"
#include "providers/httpcompletionjob.h"
#include "providers/httpmodellistjob.h"
#include "providers/httptokencountjob.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace modelkit {

GeminiClient::GeminiClient(HttpTransport *transport, const GeminiConfig &config, QObject *parent)
    : ChatCompletionClient(parent), m_transport(transport), m_config(config)
{
    if (m_config.baseUrl.isEmpty())
        m_config.baseUrl = GeminiConfig::defaultBaseUrl();
    if (m_config.apiVersion.isEmpty())
        m_config.apiVersion = GeminiConfig::defaultApiVersion();
}

GeminiClient::~GeminiClient() = default;

ModelInfo GeminiClient::modelInfo() const
{
    if (m_config.modelInfo)
        return *m_config.modelInfo;
    return GeminiModels::infoFor(m_config.modelId());
}

QString GeminiClient::capabilityError(const CompletionRequest &request) const
{
    if (!m_config.baseUrl.isValid() || m_config.baseUrl.scheme().isEmpty())
        return u"no valid base URL is configured"_s;
    if (m_config.modelId().isEmpty())
        return u"no model is configured"_s;
    if (const QString problem = GeminiRequestBuilder(m_config).unsupportedParameter(request);
        !problem.isEmpty())
        return problem;
    return ChatCompletionClient::capabilityError(request);
}

std::optional<HttpRequest> GeminiClient::buildHttpRequest(const CompletionRequest &request,
                                                          bool streaming, ModelError *error) const
{
    QString problem;
    HttpRequest http = GeminiRequestBuilder(m_config).generateRequest(request, streaming, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = ModelError::make(ModelError::Kind::InvalidRequest, problem);
        return std::nullopt;
    }
    return http;
}

CompletionJob *GeminiClient::start(const CompletionRequest &request, bool streaming)
{
    ModelError error;
    const std::optional<HttpRequest> http = buildHttpRequest(request, streaming, &error);
    if (!http)
        return CompletionJob::failed(error, streaming, this);
    return HttpCompletionJob::launch(m_transport, *http, m_config.transport,
                                     std::make_unique<GeminiResponseReader>(), this);
}

TokenCountJob *GeminiClient::countTokensExact(const CompletionRequest &request)
{
    // The same checks create() makes, so that a count never succeeds for a request that
    // could not be sent.
    ModelError::Kind kind = ModelError::Kind::InvalidRequest;
    QString problem = isClosed() ? u"the client was closed"_s : request.validationError();
    if (problem.isEmpty()) {
        problem = capabilityError(request);
        if (!problem.isEmpty())
            kind = ModelError::Kind::Unsupported;
    }
    HttpRequest http;
    if (problem.isEmpty())
        http = GeminiRequestBuilder(m_config).countTokensRequest(request, &problem);
    if (!problem.isEmpty())
        return TokenCountJob::failed(ModelError::make(kind, problem), this);
    return new HttpTokenCountJob(m_transport, http, m_config.transport,
                                 &GeminiResponseReader::parseTokenCount,
                                 std::make_unique<GeminiResponseReader>(), this);
}

ModelListJob *GeminiClient::listModels()
{
    const GeminiRequestBuilder builder(m_config);
    // The next page repeats the request with the token the previous page gave.
    auto parser = [builder](const QByteArray &body, QString *error, QUrl *nextPage) {
        QString token;
        QList<ModelDescriptor> models = GeminiModels::parseList(body, error, &token);
        if (!token.isEmpty())
            *nextPage = builder.modelsUrl(token);
        return models;
    };
    return new HttpModelListJob(m_transport, builder.modelsRequest(), m_config.transport, parser,
                                std::make_unique<GeminiResponseReader>(), this);
}

} // namespace modelkit
