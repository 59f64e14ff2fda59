// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/provideroptions.h"

#include "providers/anthropic/anthropicclient.h"
#include "providers/gemini/geminiclient.h"
#include "providers/ollama/ollamaclient.h"
#include "providers/openai/openaiclient.h"
#include "providers/replay/replayclient.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

namespace {

const QStringList knownProviders{u"openai"_s, u"azure"_s,  u"compatible"_s, u"anthropic"_s,
                                 u"gemini"_s, u"ollama"_s, u"replay"_s};

} // namespace

void ProviderOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"provider"_s,
         tr("Provider: openai, azure, compatible (any OpenAI-compatible server), anthropic, "
            "gemini, ollama or replay."),
         tr("NAME")},
        {u"base-url"_s, tr("Base URL of the API (e.g. http://localhost:8000/v1)."), tr("URL")},
        {u"model"_s, tr("Model name (Azure: the deployment name)."), tr("NAME")},
        {u"api-key-env"_s,
         tr("Environment variable holding the API key (default: the provider's usual one: "
            "OPENAI_API_KEY, AZURE_OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY or "
            "GOOGLE_API_KEY, OLLAMA_API_KEY)."),
         tr("VAR")},
        {u"api-version"_s,
         tr("Azure OpenAI api-version (default 2024-10-21); Anthropic's anthropic-version "
            "(default 2023-06-01); Gemini's API version (default v1beta)."),
         tr("VERSION")},
        {u"header"_s, tr("Extra HTTP header, repeatable."), tr("NAME:VALUE")},
        {u"replay-script"_s, tr("Replay provider: JSON file of scripted responses."), tr("FILE")},
        {u"keep-alive"_s, tr("Ollama: how long the model stays loaded (e.g. 5m)."), tr("DURATION")},
        {u"num-ctx"_s, tr("Ollama: context window to load the model with."), tr("TOKENS")},
        {u"max-retries"_s, tr("Retries on 408/409/429/5xx and connection errors (default 2)."),
         tr("N")},
        {u"timeout"_s, tr("Total timeout in seconds (default 600)."), tr("SECONDS")},
        {u"idle-timeout"_s, tr("Fail when no byte arrives for this long (default 120)."),
         tr("SECONDS")},
        {u"http2"_s, tr("Allow HTTP/2 (off by default).")},
    });
}

QStringList ProviderOptions::keyVariables(const QString &provider)
{
    if (provider == u"openai")
        return {u"OPENAI_API_KEY"_s};
    if (provider == u"azure")
        return {u"AZURE_OPENAI_API_KEY"_s};
    if (provider == u"anthropic")
        return {u"ANTHROPIC_API_KEY"_s};
    if (provider == u"gemini")
        return {u"GEMINI_API_KEY"_s, u"GOOGLE_API_KEY"_s};
    if (provider == u"ollama")
        return {u"OLLAMA_API_KEY"_s};
    return {};
}

std::optional<ProviderOptions::Common> ProviderOptions::readCommon(const QCommandLineParser &parser,
                                                                   bool keyRequired, QString *error)
{
    Common common;
    const QString base = parser.value(u"base-url"_s);
    if (!base.isEmpty()) {
        common.baseUrl = QUrl(base, QUrl::StrictMode);
        if (!common.baseUrl.isValid()
            || (common.baseUrl.scheme() != u"http" && common.baseUrl.scheme() != u"https")) {
            *error = tr("--base-url \"%1\" is not an http(s) URL").arg(base);
            return std::nullopt;
        }
    }
    common.model = parser.value(u"model"_s);

    const QStringList variables = parser.isSet(u"api-key-env"_s)
                                      ? QStringList{parser.value(u"api-key-env"_s)}
                                      : keyVariables(parser.value(u"provider"_s));
    for (const QString &variable : variables) {
        common.apiKey = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (!common.apiKey.isEmpty())
            break;
    }
    if (common.apiKey.isEmpty() && (keyRequired || parser.isSet(u"api-key-env"_s))) {
        *error = tr("no API key: set %1 (or choose another variable with --api-key-env)")
                     .arg(variables.join(tr(" or ")));
        return std::nullopt;
    }

    for (const QString &header : parser.values(u"header"_s)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) {
            *error = tr("--header \"%1\" is not NAME:VALUE").arg(header);
            return std::nullopt;
        }
        common.headers.append(
            {header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    auto readNumber = [&](const QString &name, int *out, int scale) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if (!ok || value < 0) {
            *error = tr("--%1 expects a non-negative number").arg(name);
            return false;
        }
        *out = int(value * scale);
        return true;
    };
    if (!readNumber(u"max-retries"_s, &common.transport.maxRetries, 1)
        || !readNumber(u"timeout"_s, &common.transport.totalTimeoutMs, 1000)
        || !readNumber(u"idle-timeout"_s, &common.transport.idleTimeoutMs, 1000))
        return std::nullopt;
    common.transport.http2 = parser.isSet(u"http2"_s);
    return common;
}

std::unique_ptr<ChatCompletionClient>
ProviderOptions::createReplay(const QCommandLineParser &parser, QString *error)
{
    const QString path = parser.value(u"replay-script"_s);
    if (path.isEmpty()) {
        *error = tr("--provider replay needs --replay-script FILE");
        return nullptr;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1: invalid JSON at offset %2: %3")
                     .arg(path, QString::number(parseError.offset), parseError.errorString());
        return nullptr;
    }
    JsonError jsonError;
    auto script = ReplayScript::fromJson(
        doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), &jsonError);
    if (!script) {
        *error = path + u": "_s + jsonError.toString();
        return nullptr;
    }
    auto client = std::make_unique<ReplayClient>(*script);
    if (parser.isSet(u"model"_s))
        client->setModel(parser.value(u"model"_s));
    return client;
}

std::unique_ptr<ChatCompletionClient>
ProviderOptions::createOpenAi(const QCommandLineParser &parser, HttpTransport *transport,
                              QString *error)
{
    const QString provider = parser.value(u"provider"_s);
    OpenAiConfig config;
    config.flavor = provider == u"azure"        ? OpenAiConfig::Flavor::Azure
                    : provider == u"compatible" ? OpenAiConfig::Flavor::Compatible
                                                : OpenAiConfig::Flavor::OpenAi;
    // Another host than OpenAI's speaks the compatible dialect (max_tokens, top_k…).
    const QUrl base = QUrl(parser.value(u"base-url"_s));
    if (config.flavor == OpenAiConfig::Flavor::OpenAi && !base.isEmpty()
        && base.host() != u"api.openai.com")
        config.flavor = OpenAiConfig::Flavor::Compatible;
    const bool local = config.flavor == OpenAiConfig::Flavor::Compatible;
    auto common = readCommon(parser, !local, error);
    if (!common)
        return nullptr;
    config.baseUrl = common->baseUrl;
    if (config.baseUrl.isEmpty() && config.flavor == OpenAiConfig::Flavor::Azure)
        config.baseUrl = QUrl(qEnvironmentVariable("AZURE_OPENAI_ENDPOINT"));
    if (config.baseUrl.isEmpty() && config.flavor != OpenAiConfig::Flavor::OpenAi) {
        *error = config.flavor == OpenAiConfig::Flavor::Azure
                     ? tr("--provider azure needs --base-url (or AZURE_OPENAI_ENDPOINT)")
                     : tr("--provider compatible needs --base-url");
        return nullptr;
    }
    config.model = common->model;
    if (config.model.isEmpty() && config.flavor == OpenAiConfig::Flavor::OpenAi)
        config.model = u"gpt-4o-mini"_s;
    config.apiKey = common->apiKey;
    config.apiVersion = parser.value(u"api-version"_s);
    if (config.apiVersion.isEmpty())
        config.apiVersion = qEnvironmentVariable("OPENAI_API_VERSION");
    config.extraHeaders = common->headers;
    config.transport = common->transport;
    return std::make_unique<OpenAiClient>(transport, config);
}

std::unique_ptr<ChatCompletionClient>
ProviderOptions::createClient(const QCommandLineParser &parser, HttpTransport *transport,
                              QString *error)
{
    const QString provider = parser.value(u"provider"_s);
    if (provider.isEmpty()) {
        *error = tr("--provider is required (%1)").arg(knownProviders.join(u", "_s));
        return nullptr;
    }
    if (!knownProviders.contains(provider)) {
        *error
            = tr("unknown provider \"%1\" (known: %2)").arg(provider, knownProviders.join(u", "_s));
        return nullptr;
    }
    if (provider == u"replay")
        return createReplay(parser, error);
    if (provider == u"openai" || provider == u"azure" || provider == u"compatible")
        return createOpenAi(parser, transport, error);

    // Ollama runs locally without a key; ollama.com takes one.
    auto common = readCommon(parser, provider != u"ollama", error);
    if (!common)
        return nullptr;
    if (provider == u"anthropic") {
        AnthropicConfig config;
        config.baseUrl = common->baseUrl;
        config.apiKey = common->apiKey;
        config.model = common->model.isEmpty() ? u"claude-haiku-4-5"_s : common->model;
        config.apiVersion = parser.value(u"api-version"_s);
        config.extraHeaders = common->headers;
        config.transport = common->transport;
        return std::make_unique<AnthropicClient>(transport, config);
    }
    if (provider == u"gemini") {
        GeminiConfig config;
        config.baseUrl = common->baseUrl;
        config.apiKey = common->apiKey;
        config.model = common->model.isEmpty() ? u"gemini-2.5-flash"_s : common->model;
        if (parser.isSet(u"api-version"_s))
            config.apiVersion = parser.value(u"api-version"_s);
        config.extraHeaders = common->headers;
        config.transport = common->transport;
        return std::make_unique<GeminiClient>(transport, config);
    }
    OllamaConfig config;
    config.baseUrl = common->baseUrl;
    config.apiKey = common->apiKey;
    config.model = common->model.isEmpty() ? u"llama3.2"_s : common->model;
    if (parser.isSet(u"keep-alive"_s))
        config.keepAlive = parser.value(u"keep-alive"_s);
    if (parser.isSet(u"num-ctx"_s)) {
        bool ok = false;
        config.numCtx = parser.value(u"num-ctx"_s).toLongLong(&ok);
        if (!ok || *config.numCtx <= 0) {
            *error = tr("--num-ctx expects a positive number of tokens");
            return nullptr;
        }
    }
    config.extraHeaders = common->headers;
    config.transport = common->transport;
    return std::make_unique<OllamaClient>(transport, config);
}

} // namespace playground::cli
