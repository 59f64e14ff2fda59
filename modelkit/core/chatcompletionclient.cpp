// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/chatcompletionclient.h"

#include "core/tokenestimator.h"
#include "transport/httptransport.h"

using namespace Qt::StringLiterals;

namespace modelkit {

ChatCompletionClient::ChatCompletionClient(QObject *parent) : QObject(parent) {}

ChatCompletionClient::~ChatCompletionClient() = default;

CompletionJob *ChatCompletionClient::create(const CompletionRequest &request)
{
    return launch(request, false);
}

CompletionJob *ChatCompletionClient::createStream(const CompletionRequest &request)
{
    return launch(request, true);
}

std::optional<ModelError> ChatCompletionClient::precheck(const CompletionRequest &request) const
{
    if (m_closed)
        return ModelError::make(ModelError::Kind::InvalidRequest, u"the client was closed"_s);
    if (const QString problem = request.validationError(); !problem.isEmpty())
        return ModelError::make(ModelError::Kind::InvalidRequest, problem);
    if (const QString missing = capabilityError(request); !missing.isEmpty())
        return ModelError::make(ModelError::Kind::Unsupported, missing);
    return std::nullopt;
}

CompletionJob *ChatCompletionClient::launch(const CompletionRequest &request, bool streaming)
{
    CompletionJob *job = nullptr;
    if (const std::optional<ModelError> refused = precheck(request))
        job = CompletionJob::failed(*refused, streaming, this);
    else
        job = start(request, streaming);
    m_running.removeIf([](const QPointer<CompletionJob> &j) { return j.isNull(); });
    m_running << job;
    connect(job, &CompletionJob::finished, this, [this, job] { account(job); });
    return job;
}

void ChatCompletionClient::account(CompletionJob *job)
{
    m_running.removeAll(job);
    // Tokens reported by the provider were billed even when the call later failed.
    const CreateResult result = job->result();
    if (result.usage.isZero())
        return;
    m_totalUsage += result.usage;
    if (!result.cached)
        m_actualUsage += result.usage;
    Q_EMIT usageChanged();
}

qint64 ChatCompletionClient::countTokens(const QList<LlmMessage> &messages,
                                         const QList<ToolSchema> &tools) const
{
    return TokenEstimator::request(messages, tools);
}

std::optional<qint64> ChatCompletionClient::remainingTokens(const QList<LlmMessage> &messages,
                                                            const QList<ToolSchema> &tools) const
{
    const qint64 window = modelInfo().contextWindow;
    if (window <= 0)
        return std::nullopt;
    return window - countTokens(messages, tools);
}

TokenCountJob *ChatCompletionClient::countTokensExact(const CompletionRequest &)
{
    return nullptr;
}

ModelListJob *ChatCompletionClient::listModels()
{
    ModelDescriptor only;
    only.id = model();
    return ModelListJob::ready({only}, this);
}

std::optional<HttpRequest> ChatCompletionClient::httpRequest(const CompletionRequest &request,
                                                             bool streaming,
                                                             ModelError *error) const
{
    if (const std::optional<ModelError> refused = precheck(request)) {
        if (error)
            *error = *refused;
        return std::nullopt;
    }
    std::optional<HttpRequest> http = buildHttpRequest(request, streaming, error);
    if (!http)
        return std::nullopt;
    return HttpTransport::withDefaultHeaders(std::move(*http));
}

std::optional<HttpRequest> ChatCompletionClient::buildHttpRequest(const CompletionRequest &, bool,
                                                                  ModelError *error) const
{
    if (error)
        *error = ModelError::make(ModelError::Kind::Unsupported,
                                  u"the %1 provider sends no HTTP request"_s.arg(providerName()));
    return std::nullopt;
}

void ChatCompletionClient::close()
{
    m_closed = true;
    const auto running = m_running;
    for (const QPointer<CompletionJob> &job : running) {
        if (job)
            job->cancel();
    }
}

QString ChatCompletionClient::capabilityError(const CompletionRequest &request) const
{
    const ModelInfo info = modelInfo();
    const QString name = model();
    for (const LlmMessage &m : request.messages) {
        const auto *user = std::get_if<UserMessage>(&m);
        if (user && user->hasImages() && !info.vision)
            return u"model \"%1\" does not accept images"_s.arg(name);
    }
    if (!request.tools.isEmpty() && !info.functionCalling)
        return u"model \"%1\" does not support function calling"_s.arg(name);
    if (request.jsonOutput.mode == JsonOutput::Mode::JsonObject && !info.jsonOutput)
        return u"model \"%1\" does not support JSON output"_s.arg(name);
    if (request.jsonOutput.mode == JsonOutput::Mode::JsonSchema && !info.structuredOutput)
        return u"model \"%1\" does not support structured output"_s.arg(name);
    if (!info.multipleSystemMessages) {
        const auto systems = std::count_if(
            request.messages.begin(), request.messages.end(),
            [](const LlmMessage &m) { return std::holds_alternative<SystemMessage>(m); });
        if (systems > 1)
            return u"model \"%1\" accepts only one system message"_s.arg(name);
    }
    return {};
}

} // namespace modelkit
