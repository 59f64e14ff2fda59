// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/provideroptions.h"

#include "core/chatcompletionclient.h"
#include "providers/demo/democlient.h"
#include "providers/replay/replayclient.h"

#include <algorithm>
#include <limits>

#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

namespace {

//! The --provider values: every profile kind, the offline demo and the scripted replay
//! client.
QStringList knownProviders()
{
    QStringList names;
    for (ProviderKind kind : ProviderKinds::all())
        names << ProviderKinds::id(kind);
    names << u"demo"_s << u"replay"_s;
    return names;
}

} // namespace

void ProviderOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"provider"_s,
         tr("Provider: openai, azure, compatible (any OpenAI-compatible server), anthropic, "
            "gemini, ollama, demo (offline, the GUI's Demo provider) or replay."),
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

std::optional<ProviderOptions::Described>
ProviderOptions::describe(const QCommandLineParser &parser, ProviderKind kind, QString *error)
{
    Described described;
    ProviderProfile &profile = described.profile;
    profile.name = tr("command line");
    profile.kind = kind;
    const QString base = parser.value(u"base-url"_s);
    if (!base.isEmpty()) {
        profile.baseUrl = QUrl(base, QUrl::StrictMode);
        if (!profile.baseUrl.isValid()
            || (profile.baseUrl.scheme() != u"http" && profile.baseUrl.scheme() != u"https")) {
            *error = tr("--base-url \"%1\" is not an http(s) URL").arg(base);
            return std::nullopt;
        }
    }
    profile.model = parser.value(u"model"_s);
    profile.apiVersion = parser.value(u"api-version"_s);

    // The command line also reads OLLAMA_API_KEY (ollama.com); a stored Ollama profile
    // names it explicitly when it wants it.
    const bool namedVariable = parser.isSet(u"api-key-env"_s);
    if (namedVariable)
        profile.keyVariable = parser.value(u"api-key-env"_s);
    else if (kind == ProviderKind::Ollama)
        profile.keyVariable = u"OLLAMA_API_KEY"_s;
    if (!namedVariable || !profile.keyVariable.isEmpty())
        described.apiKey
            = ClientFactory::resolveKey(profile, QProcessEnvironment::systemEnvironment());
    if (described.apiKey.isEmpty() && (namedVariable || ClientFactory::keyRequired(profile))) {
        const QStringList variables
            = namedVariable ? QStringList{profile.keyVariable} : profile.keyVariables();
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
        profile.extraHeaders.append(
            {header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
    }

    profile.http2 = parser.isSet(u"http2"_s);
    // Fractions of a second and 0 (no limit) are fine here, unlike in a stored profile:
    // the command line passes its transport settings whole.
    TransportOptions transport = ClientFactory::transportOptions(profile);
    auto readNumber = [&](const QString &name, int *out, int scale) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if (!ok || value < 0) {
            *error = tr("--%1 expects a non-negative number").arg(name);
            return false;
        }
        *out = int(std::min(value * scale, double(std::numeric_limits<int>::max())));
        return true;
    };
    if (!readNumber(u"max-retries"_s, &transport.maxRetries, 1)
        || !readNumber(u"timeout"_s, &transport.totalTimeoutMs, 1000)
        || !readNumber(u"idle-timeout"_s, &transport.idleTimeoutMs, 1000))
        return std::nullopt;
    described.overrides.transport = transport;

    if (kind == ProviderKind::AzureOpenAi) {
        // The variables the openai SDK's AzureOpenAI client reads.
        if (profile.baseUrl.isEmpty())
            profile.baseUrl = QUrl(qEnvironmentVariable("AZURE_OPENAI_ENDPOINT"));
        if (profile.apiVersion.isEmpty())
            profile.apiVersion = qEnvironmentVariable("OPENAI_API_VERSION");
    }
    if (profile.baseUrl.isEmpty() && ProviderKinds::defaultBaseUrl(kind).isEmpty()) {
        *error = kind == ProviderKind::AzureOpenAi
                     ? tr("--provider azure needs --base-url (or AZURE_OPENAI_ENDPOINT)")
                     : tr("--provider compatible needs --base-url");
        return std::nullopt;
    }

    if (kind == ProviderKind::Ollama) {
        if (parser.isSet(u"keep-alive"_s))
            described.overrides.ollamaKeepAlive = parser.value(u"keep-alive"_s);
        if (parser.isSet(u"num-ctx"_s)) {
            bool ok = false;
            const qint64 numCtx = parser.value(u"num-ctx"_s).toLongLong(&ok);
            if (!ok || numCtx <= 0) {
                *error = tr("--num-ctx expects a positive number of tokens");
                return std::nullopt;
            }
            described.overrides.ollamaNumCtx = numCtx;
        }
    }
    return described;
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
ProviderOptions::createClient(const QCommandLineParser &parser, HttpTransport *transport,
                              QString *error)
{
    const QString provider = parser.value(u"provider"_s);
    if (provider.isEmpty()) {
        *error = tr("--provider is required (%1)").arg(knownProviders().join(u", "_s));
        return nullptr;
    }
    if (provider == u"replay")
        return createReplay(parser, error);
    if (provider == u"demo") {
        const QString model = parser.value(u"model"_s);
        if (!model.isEmpty() && !DemoClient::models().contains(model)) {
            *error = tr("unknown demo model \"%1\" (known: %2)")
                         .arg(model, DemoClient::models().join(u", "_s));
            return nullptr;
        }
        return std::make_unique<DemoClient>(model);
    }
    const std::optional<ProviderKind> kind = ProviderKinds::fromId(provider);
    if (!kind) {
        *error = tr("unknown provider \"%1\" (known: %2)")
                     .arg(provider, knownProviders().join(u", "_s));
        return nullptr;
    }
    const std::optional<Described> described = describe(parser, *kind, error);
    if (!described)
        return nullptr;
    return ClientFactory::create(described->profile, described->apiKey, transport,
                                 described->overrides, error);
}

} // namespace playground::cli
