// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/provideroptions.h"

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
         tr("Environment variable holding the API key (default: the provider's usual one, "
            "e.g. OPENAI_API_KEY)."),
         tr("VAR")},
        {u"api-version"_s, tr("Azure OpenAI api-version (default 2024-10-21)."), tr("VERSION")},
        {u"header"_s, tr("Extra HTTP header, repeatable."), tr("NAME:VALUE")},
        {u"replay-script"_s, tr("Replay provider: JSON file of scripted responses."), tr("FILE")},
        {u"max-retries"_s, tr("Retries on 408/409/429/5xx and connection errors (default 2)."),
         tr("N")},
        {u"timeout"_s, tr("Total timeout in seconds (default 600)."), tr("SECONDS")},
        {u"idle-timeout"_s, tr("Fail when no byte arrives for this long (default 120)."),
         tr("SECONDS")},
        {u"http2"_s, tr("Allow HTTP/2 (off by default).")},
    });
}

QString ProviderOptions::defaultKeyVariable(const QString &provider)
{
    if (provider == u"openai")
        return u"OPENAI_API_KEY"_s;
    if (provider == u"azure")
        return u"AZURE_OPENAI_API_KEY"_s;
    if (provider == u"anthropic")
        return u"ANTHROPIC_API_KEY"_s;
    if (provider == u"gemini")
        return u"GEMINI_API_KEY"_s;
    return {};
}

std::optional<OpenAiConfig> ProviderOptions::openAiConfig(const QCommandLineParser &parser,
                                                          QString *error)
{
    const QString provider = parser.value(u"provider"_s);
    OpenAiConfig config;
    config.flavor = provider == u"azure"        ? OpenAiConfig::Flavor::Azure
                    : provider == u"compatible" ? OpenAiConfig::Flavor::Compatible
                                                : OpenAiConfig::Flavor::OpenAi;
    QString base = parser.value(u"base-url"_s);
    if (base.isEmpty() && config.flavor == OpenAiConfig::Flavor::Azure)
        base = qEnvironmentVariable("AZURE_OPENAI_ENDPOINT");
    if (!base.isEmpty()) {
        config.baseUrl = QUrl(base, QUrl::StrictMode);
        if (!config.baseUrl.isValid()
            || (config.baseUrl.scheme() != u"http" && config.baseUrl.scheme() != u"https")) {
            *error = tr("--base-url \"%1\" is not an http(s) URL").arg(base);
            return std::nullopt;
        }
        // Another host than OpenAI's speaks the compatible dialect (max_tokens, top_k…).
        if (config.flavor == OpenAiConfig::Flavor::OpenAi
            && config.baseUrl.host() != u"api.openai.com")
            config.flavor = OpenAiConfig::Flavor::Compatible;
    } else if (config.flavor != OpenAiConfig::Flavor::OpenAi) {
        *error = config.flavor == OpenAiConfig::Flavor::Azure
                     ? tr("--provider azure needs --base-url (or AZURE_OPENAI_ENDPOINT)")
                     : tr("--provider compatible needs --base-url");
        return std::nullopt;
    }
    config.model = parser.value(u"model"_s);
    if (config.model.isEmpty() && config.flavor == OpenAiConfig::Flavor::OpenAi)
        config.model = u"gpt-4o-mini"_s;

    const QString keyVariable = parser.isSet(u"api-key-env"_s) ? parser.value(u"api-key-env"_s)
                                                               : defaultKeyVariable(provider);
    if (!keyVariable.isEmpty())
        config.apiKey = qEnvironmentVariable(keyVariable.toLocal8Bit().constData());
    const bool keyRequired
        = config.flavor != OpenAiConfig::Flavor::Compatible || parser.isSet(u"api-key-env"_s);
    if (config.apiKey.isEmpty() && keyRequired) {
        *error = tr("no API key: set %1 (or choose another variable with --api-key-env)")
                     .arg(keyVariable.isEmpty() ? u"--api-key-env"_s : keyVariable);
        return std::nullopt;
    }
    config.apiVersion = parser.value(u"api-version"_s);
    if (config.apiVersion.isEmpty())
        config.apiVersion = qEnvironmentVariable("OPENAI_API_VERSION");

    for (const QString &header : parser.values(u"header"_s)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) {
            *error = tr("--header \"%1\" is not NAME:VALUE").arg(header);
            return std::nullopt;
        }
        config.extraHeaders.append(
            {header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    auto readInt = [&](const QString &name, int *out, int scale) {
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
    if (!readInt(u"max-retries"_s, &config.transport.maxRetries, 1)
        || !readInt(u"timeout"_s, &config.transport.totalTimeoutMs, 1000)
        || !readInt(u"idle-timeout"_s, &config.transport.idleTimeoutMs, 1000))
        return std::nullopt;
    config.transport.http2 = parser.isSet(u"http2"_s);
    return config;
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
    if (provider == u"anthropic" || provider == u"gemini" || provider == u"ollama") {
        *error = tr("the %1 provider is not implemented yet; use openai, azure, compatible "
                    "(for Ollama: --provider compatible --base-url http://localhost:11434/v1) "
                    "or replay")
                     .arg(provider);
        return nullptr;
    }
    if (provider == u"replay") {
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
    auto config = openAiConfig(parser, error);
    if (!config)
        return nullptr;
    return std::make_unique<OpenAiClient>(transport, *config);
}

} // namespace playground::cli
