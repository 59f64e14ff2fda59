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

//! A client's config with the fields every provider's has: the profile's base URL and extra
//! headers, the key, the model, the transport settings and the catalog's model info.
template<typename Config>
Config clientConfig(const ProviderProfile &profile, const QString &apiKey, const QString &model,
                    const TransportOptions &transport, const std::optional<ModelInfo> &modelInfo)
{
    Config config;
    config.baseUrl = profile.baseUrl;
    config.apiKey = apiKey;
    config.model = model;
    config.extraHeaders = profile.extraHeaders;
    config.transport = transport;
    config.modelInfo = modelInfo;
    return config;
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
        const OpenAiConfig::Flavor flavor = openAiFlavor(profile);
        // Only OpenAI itself has a model to fall back on; a proxy or local server names its own.
        auto config = clientConfig<OpenAiConfig>(
            profile, apiKey,
            flavor == OpenAiConfig::Flavor::OpenAi ? modelOrDefault(profile) : profile.model,
            transportOptions, overrides.modelInfo);
        config.flavor = flavor;
        config.apiVersion = profile.apiVersion;
        if (config.flavor == OpenAiConfig::Flavor::Azure && config.apiVersion.isEmpty())
            config.apiVersion = OpenAiConfig::defaultApiVersion();
        return std::make_unique<OpenAiClient>(transport, config);
    }
    case ProviderKind::Anthropic: {
        auto config = clientConfig<AnthropicConfig>(profile, apiKey, modelOrDefault(profile),
                                                    transportOptions, overrides.modelInfo);
        config.apiVersion = profile.apiVersion; // empty: the client's default
        return std::make_unique<AnthropicClient>(transport, config);
    }
    case ProviderKind::Gemini: {
        auto config = clientConfig<GeminiConfig>(profile, apiKey, modelOrDefault(profile),
                                                 transportOptions, overrides.modelInfo);
        if (!profile.apiVersion.isEmpty())
            config.apiVersion = profile.apiVersion;
        return std::make_unique<GeminiClient>(transport, config);
    }
    case ProviderKind::Ollama: {
        // The key is for ollama.com only; local servers take none.
        auto config = clientConfig<OllamaConfig>(profile, apiKey, modelOrDefault(profile),
                                                 transportOptions, overrides.modelInfo);
        config.keepAlive = overrides.ollamaKeepAlive;
        config.numCtx = overrides.ollamaNumCtx;
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
