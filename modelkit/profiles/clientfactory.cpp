// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "profiles/clientfactory.h"

#include "providers/anthropic/anthropicclient.h"
#include "providers/gemini/geminiclient.h"
#include "providers/ollama/ollamaclient.h"
#include "providers/openai/openaiclient.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

//! The dialect an OpenAI-style profile speaks. Another host than OpenAI's speaks the
//! compatible one (max_tokens, top_k…), and needs no key.
OpenAiConfig::Flavor openAiFlavor(const ProviderProfile &profile)
{
    switch (profile.kind) {
    case ProviderKind::AzureOpenAi:
        return OpenAiConfig::Flavor::Azure;
    case ProviderKind::OpenAiCompatible:
        return OpenAiConfig::Flavor::Compatible;
    default:
        break;
    }
    if (!profile.baseUrl.isEmpty() && profile.baseUrl.host() != u"api.openai.com")
        return OpenAiConfig::Flavor::Compatible;
    return OpenAiConfig::Flavor::OpenAi;
}

QString modelOrDefault(const ProviderProfile &profile)
{
    return profile.model.isEmpty() ? ProviderKinds::defaultModel(profile.kind) : profile.model;
}

} // namespace

std::unique_ptr<ChatCompletionClient> ClientFactory::create(const ProviderProfile &profile,
                                                            const QString &apiKey,
                                                            HttpTransport *transport,
                                                            QString *error)
{
    return create(profile, apiKey, transport, Overrides{}, error);
}

std::unique_ptr<ChatCompletionClient>
ClientFactory::create(const ProviderProfile &profile, const QString &apiKey,
                      HttpTransport *transport, const Overrides &overrides, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (!transport)
        return fail(QCoreApplication::translate("modelkit::ClientFactory",
                                                "no HTTP transport to create a client with"));
    if (const QString problem = profile.validationError(); !problem.isEmpty())
        return fail(problem);
    if (apiKey.isEmpty() && keyRequired(profile)) {
        const QStringList variables = profile.keyVariables();
        return fail(
            variables.isEmpty()
                ? QCoreApplication::translate("modelkit::ClientFactory",
                                              "%1 needs an API key (profile \"%2\")")
                      .arg(ProviderKinds::displayName(profile.kind), profile.name)
                : QCoreApplication::translate("modelkit::ClientFactory",
                                              "%1 needs an API key (profile \"%2\"; e.g. from %3)")
                      .arg(ProviderKinds::displayName(profile.kind), profile.name,
                           variables.join(u", "_s)));
    }
    const TransportOptions transportOptions
        = overrides.transport.value_or(ClientFactory::transportOptions(profile));

    switch (profile.kind) {
    case ProviderKind::OpenAi:
    case ProviderKind::AzureOpenAi:
    case ProviderKind::OpenAiCompatible: {
        OpenAiConfig config;
        config.flavor = openAiFlavor(profile);
        config.baseUrl = profile.baseUrl;
        config.apiKey = apiKey;
        // Only OpenAI itself has a model to fall back on; a proxy or local server names its own.
        config.model = config.flavor == OpenAiConfig::Flavor::OpenAi ? modelOrDefault(profile)
                                                                     : profile.model;
        config.apiVersion = profile.apiVersion;
        if (config.flavor == OpenAiConfig::Flavor::Azure && config.apiVersion.isEmpty())
            config.apiVersion = OpenAiConfig::defaultApiVersion();
        config.extraHeaders = profile.extraHeaders;
        config.transport = transportOptions;
        config.modelInfo = overrides.modelInfo;
        return std::make_unique<OpenAiClient>(transport, config);
    }
    case ProviderKind::Anthropic: {
        AnthropicConfig config;
        config.baseUrl = profile.baseUrl;
        config.apiKey = apiKey;
        config.model = modelOrDefault(profile);
        config.apiVersion = profile.apiVersion; // empty: the client's default
        config.extraHeaders = profile.extraHeaders;
        config.transport = transportOptions;
        config.modelInfo = overrides.modelInfo;
        return std::make_unique<AnthropicClient>(transport, config);
    }
    case ProviderKind::Gemini: {
        GeminiConfig config;
        config.baseUrl = profile.baseUrl;
        config.apiKey = apiKey;
        config.model = modelOrDefault(profile);
        if (!profile.apiVersion.isEmpty())
            config.apiVersion = profile.apiVersion;
        config.extraHeaders = profile.extraHeaders;
        config.transport = transportOptions;
        config.modelInfo = overrides.modelInfo;
        return std::make_unique<GeminiClient>(transport, config);
    }
    case ProviderKind::Ollama: {
        OllamaConfig config;
        config.baseUrl = profile.baseUrl;
        config.apiKey = apiKey; // ollama.com only; local servers take none
        config.model = modelOrDefault(profile);
        config.keepAlive = overrides.ollamaKeepAlive;
        config.numCtx = overrides.ollamaNumCtx;
        config.extraHeaders = profile.extraHeaders;
        config.transport = transportOptions;
        config.modelInfo = overrides.modelInfo;
        return std::make_unique<OllamaClient>(transport, config);
    }
    }
    return fail(QCoreApplication::translate("modelkit::ClientFactory", "unknown provider kind"));
}

QString ClientFactory::resolveKey(const ProviderProfile &profile, const QProcessEnvironment &env)
{
    for (const QString &variable : profile.keyVariables()) {
        const QString key = env.value(variable);
        if (!key.isEmpty())
            return key;
    }
    return {};
}

bool ClientFactory::keyRequired(const ProviderProfile &profile)
{
    if (!ProviderKinds::keyRequired(profile.kind))
        return false;
    return profile.kind != ProviderKind::OpenAi
           || openAiFlavor(profile) == OpenAiConfig::Flavor::OpenAi;
}

TransportOptions ClientFactory::transportOptions(const ProviderProfile &profile)
{
    TransportOptions options;
    options.totalTimeoutMs = int(std::clamp<qint64>(qint64(profile.timeoutSeconds) * 1000, 0,
                                                    std::numeric_limits<int>::max()));
    options.http2 = profile.http2;
    return options;
}

} // namespace modelkit
