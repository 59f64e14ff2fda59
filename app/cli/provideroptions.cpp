// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/provideroptions.h"

#include "conversation/conversation.h"
#include "core/chatcompletionclient.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"
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
        {u"profile"_s,
         tr("Use a stored provider profile (see \"modelkit profile\") instead of --provider; "
            "options given with it override its settings."),
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
    parser.addOptions(sizeCapOptions());
}

QList<QCommandLineOption> ProviderOptions::sizeCapOptions()
{
    return {
        {u"max-reply-mb"_s,
         tr("Fail a reply larger than this many MB instead of reading on (default 256; "
            "0 = no limit)."),
         tr("MB")},
        {u"max-event-mb"_s,
         tr("Fail a streamed event or line larger than this many MB (default 64; 0 = only "
            "the reply limit)."),
         tr("MB")},
    };
}

bool ProviderOptions::readBaseUrl(const QCommandLineParser &parser, QUrl *url, QString *error)
{
    const QString base = parser.value(u"base-url"_s);
    if (base.isEmpty())
        return true;
    const QUrl parsed(base, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https")) {
        *error = tr("--base-url \"%1\" is not an http(s) URL").arg(base);
        return false;
    }
    *url = parsed;
    return true;
}

bool ProviderOptions::readHeaders(const QCommandLineParser &parser, HttpHeaders *headers,
                                  QString *error)
{
    HttpHeaders given;
    for (const QString &header : parser.values(u"header"_s)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) {
            *error = tr("--header \"%1\" is not NAME:VALUE").arg(header);
            return false;
        }
        given.append(
            {header.left(colon).trimmed().toUtf8(), header.mid(colon + 1).trimmed().toUtf8()});
    }
    // A header given here replaces the stored profile's header of that name.
    headers->removeIf([&given](const auto &stored) {
        return std::any_of(given.cbegin(), given.cend(), [&stored](const auto &header) {
            return header.first.compare(stored.first, Qt::CaseInsensitive) == 0;
        });
    });
    headers->append(given);
    return true;
}

bool ProviderOptions::readTransport(const QCommandLineParser &parser, Described *described,
                                    QString *error)
{
    // Fractions of a second and 0 (no limit) are fine here, unlike in a stored profile:
    // the command line passes its transport settings whole.
    TransportOptions transport = ClientFactory::transportOptions(described->profile);
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
        return false;
    auto readMegabytes = [&](const QString &name, qint64 *out) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        // Beyond 2^43 MB the byte count would not fit in qint64.
        if (!ok || value < 0 || value >= 0x1p43) {
            *error = tr("--%1 expects a non-negative number of megabytes").arg(name);
            return false;
        }
        *out = qint64(value * 1048576.0);
        return true;
    };
    if (!readMegabytes(u"max-reply-mb"_s, &transport.maxResponseBytes)
        || !readMegabytes(u"max-event-mb"_s, &transport.maxEventBytes))
        return false;
    described->overrides.transport = transport;
    return true;
}

bool ProviderOptions::readOllama(const QCommandLineParser &parser, Described *described,
                                 QString *error)
{
    if (described->profile.kind != ProviderKind::Ollama)
        return true;
    if (parser.isSet(u"keep-alive"_s))
        described->overrides.ollamaKeepAlive = parser.value(u"keep-alive"_s);
    if (parser.isSet(u"num-ctx"_s)) {
        bool ok = false;
        const qint64 numCtx = parser.value(u"num-ctx"_s).toLongLong(&ok);
        if (!ok || numCtx <= 0) {
            *error = tr("--num-ctx expects a positive number of tokens");
            return false;
        }
        described->overrides.ollamaNumCtx = numCtx;
    }
    return true;
}

std::optional<ProviderOptions::Described>
ProviderOptions::describe(const QCommandLineParser &parser, ProviderKind kind, QString *error,
                          KeyMode keyMode)
{
    Described described;
    ProviderProfile &profile = described.profile;
    profile.name = tr("command line");
    profile.kind = kind;
    if (!readBaseUrl(parser, &profile.baseUrl, error))
        return std::nullopt;
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
    if (keyMode == KeyMode::Read && described.apiKey.isEmpty()
        && (namedVariable || ClientFactory::keyRequired(profile))) {
        const QStringList variables
            = namedVariable ? QStringList{profile.keyVariable} : profile.keyVariables();
        *error = tr("no API key: set %1 (or choose another variable with --api-key-env)")
                     .arg(variables.join(tr(" or ")));
        return std::nullopt;
    }

    if (!readHeaders(parser, &profile.extraHeaders, error))
        return std::nullopt;
    profile.http2 = parser.isSet(u"http2"_s);
    if (!readTransport(parser, &described, error))
        return std::nullopt;

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
    if (!readOllama(parser, &described, error))
        return std::nullopt;
    return described;
}

std::optional<ProviderProfile> ProviderOptions::storedProfile(const QString &name, QString *error)
{
    ProfileStore store(ProfileStore::defaultDirectory());
    QString loadError;
    if (!store.load(&loadError)) {
        *error = loadError;
        return std::nullopt;
    }
    const std::optional<ProviderProfile> stored = store.find(name);
    if (!stored) {
        *error = store.profiles().isEmpty()
                     ? tr("there is no profile named \"%1\" (no profiles yet: create one with "
                          "\"modelkit profile add\")")
                           .arg(name)
                     : tr("there is no profile named \"%1\" (known: %2)")
                           .arg(name, store.names().join(u", "_s));
        return std::nullopt;
    }
    return stored;
}

std::optional<ProviderOptions::Described>
ProviderOptions::describeProfile(const QCommandLineParser &parser, QString *error, KeyMode keyMode)
{
    const std::optional<ProviderProfile> stored = storedProfile(parser.value(u"profile"_s), error);
    if (!stored)
        return std::nullopt;

    Described described;
    ProviderProfile &profile = described.profile;
    profile = *stored;
    if (!readBaseUrl(parser, &profile.baseUrl, error))
        return std::nullopt;
    if (parser.isSet(u"model"_s))
        profile.model = parser.value(u"model"_s);
    if (parser.isSet(u"api-version"_s))
        profile.apiVersion = parser.value(u"api-version"_s);
    if (!readHeaders(parser, &profile.extraHeaders, error))
        return std::nullopt;
    if (parser.isSet(u"http2"_s))
        profile.http2 = true;

    if (keyMode == KeyMode::Skip) {
        if (parser.isSet(u"api-key-env"_s))
            profile.keyVariable = parser.value(u"api-key-env"_s);
    } else if (parser.isSet(u"api-key-env"_s)) {
        // Named on the command line: that variable and nothing else.
        profile.keyVariable = parser.value(u"api-key-env"_s);
        described.apiKey = profile.keyVariable.isEmpty()
                               ? QString()
                               : qEnvironmentVariable(qPrintable(profile.keyVariable));
        if (described.apiKey.isEmpty()) {
            *error = tr("no API key: set %1 (or choose another variable with --api-key-env)")
                         .arg(profile.keyVariable);
            return std::nullopt;
        }
    } else {
        const std::optional<QString> key = profileKey(profile, error);
        if (!key)
            return std::nullopt;
        described.apiKey = *key;
    }

    const QString problem = profile.validationError();
    if (!problem.isEmpty()) {
        *error = tr("profile \"%1\": %2").arg(profile.name, problem);
        return std::nullopt;
    }
    if (!readTransport(parser, &described, error) || !readOllama(parser, &described, error))
        return std::nullopt;
    return described;
}

std::optional<QString> ProviderOptions::profileKey(const ProviderProfile &profile, QString *error)
{
    KeychainSecretStore keychain;
    const SecretStore::Result stored = keychain.readBlocking(profile.name);
    if (stored.ok() && !stored.value.isEmpty())
        return stored.value;
    const QString fromEnvironment
        = ClientFactory::resolveKey(profile, QProcessEnvironment::systemEnvironment());
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // A profile that names a variable expects a key even where the kind does not require
    // one (a hosted OpenAI-compatible service).
    if (!ClientFactory::keyRequired(profile) && profile.keyVariable.isEmpty())
        return QString();

    QString keychainState;
    switch (stored.status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        keychainState = tr("the keychain holds no key for it (store one with \"modelkit key "
                           "set %1\")")
                            .arg(profile.name);
        break;
    case SecretStore::Status::Unavailable:
        keychainState = tr("the keychain is unavailable (%1)").arg(stored.message);
        break;
    case SecretStore::Status::Failed:
        keychainState = tr("the keychain refused to read it (%1)").arg(stored.message);
        break;
    }
    const QStringList variables = profile.keyVariables();
    *error = variables.isEmpty()
                 ? tr("no API key for profile \"%1\": %2, and it names no environment variable "
                      "(add one with \"modelkit profile edit %1 --key-env VAR\")")
                       .arg(profile.name, keychainState)
                 : tr("no API key for profile \"%1\": %2, and %3 is not set")
                       .arg(profile.name, keychainState, variables.join(tr(" or ")));
    return std::nullopt;
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
                              QString *error, ProviderProfile *profile)
{
    if (parser.isSet(u"profile"_s)) {
        if (parser.isSet(u"provider"_s)) {
            *error = tr("--profile and --provider cannot be combined");
            return nullptr;
        }
        const std::optional<Described> described = describeProfile(parser, error);
        if (!described)
            return nullptr;
        if (profile)
            *profile = described->profile;
        return ClientFactory::create(described->profile, described->apiKey, transport,
                                     described->overrides, error);
    }
    const QString provider = parser.value(u"provider"_s);
    if (provider.isEmpty()) {
        *error = tr("--provider is required (%1), or --profile NAME")
                     .arg(knownProviders().join(u", "_s));
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
    if (profile)
        *profile = described->profile;
    return ClientFactory::create(described->profile, described->apiKey, transport,
                                 described->overrides, error);
}

QString ProviderOptions::cacheScope(const ChatCompletionClient &client,
                                    const ProviderProfile &profile)
{
    if (client.providerName() == u"demo")
        return u"demo"_s;
    return profile.baseUrl.toString();
}

QString ProviderOptions::providerId(const QCommandLineParser &parser)
{
    if (parser.isSet(u"provider"_s))
        return parser.value(u"provider"_s);
    if (!parser.isSet(u"profile"_s))
        return {};
    QString ignored;
    const std::optional<ProviderProfile> stored
        = storedProfile(parser.value(u"profile"_s), &ignored);
    return stored ? ProviderKinds::id(stored->kind) : QString();
}

std::optional<CodeExport::Target> ProviderOptions::exportTarget(const QCommandLineParser &parser,
                                                                const Conversation &conversation,
                                                                QString *error)
{
    if (parser.isSet(u"profile"_s) && parser.isSet(u"provider"_s)) {
        *error = tr("--profile and --provider cannot be combined");
        return std::nullopt;
    }
    std::optional<Described> described;
    // The conversation's model goes with the conversation's provider only.
    bool conversationTarget = false;
    // The conversation's own profile, when the options name none and it is stored here;
    // otherwise its provider.
    std::optional<ProviderProfile> conversationProfile;
    QString profileError;
    if (!parser.isSet(u"profile"_s) && !parser.isSet(u"provider"_s)
        && !conversation.profileName.isEmpty())
        conversationProfile = storedProfile(conversation.profileName, &profileError);
    if (parser.isSet(u"profile"_s)) {
        described = describeProfile(parser, error, KeyMode::Skip);
    } else if (conversationProfile) {
        Described fromStore;
        fromStore.profile = *conversationProfile;
        if (!readBaseUrl(parser, &fromStore.profile.baseUrl, error)
            || !readHeaders(parser, &fromStore.profile.extraHeaders, error)
            || !readOllama(parser, &fromStore, error))
            return std::nullopt;
        if (parser.isSet(u"api-version"_s))
            fromStore.profile.apiVersion = parser.value(u"api-version"_s);
        if (parser.isSet(u"api-key-env"_s))
            fromStore.profile.keyVariable = parser.value(u"api-key-env"_s);
        fromStore.apiKey = ClientFactory::resolveKey(fromStore.profile,
                                                     QProcessEnvironment::systemEnvironment());
        described = fromStore;
        conversationTarget = true;
    } else {
        const QString provider
            = parser.isSet(u"provider"_s) ? parser.value(u"provider"_s) : conversation.provider;
        if (provider.isEmpty()) {
            *error = !profileError.isEmpty()
                         ? profileError
                         : tr("the conversation names no provider: give --provider (%1) or "
                              "--profile NAME")
                               .arg(knownProviders().join(u", "_s));
            return std::nullopt;
        }
        const std::optional<ProviderKind> kind = ProviderKinds::fromId(provider);
        if (!kind) {
            *error = provider == u"demo" || provider == u"replay"
                         ? tr("the %1 provider sends no HTTP request: choose another with "
                              "--provider or --profile")
                               .arg(provider)
                         : tr("unknown provider \"%1\" (known: %2)")
                               .arg(provider, knownProviders().join(u", "_s));
            return std::nullopt;
        }
        conversationTarget = !parser.isSet(u"provider"_s) || provider == conversation.provider;
        described = describe(parser, *kind, error, KeyMode::Skip);
    }
    if (!described)
        return std::nullopt;
    ProviderProfile profile = described->profile;
    if (parser.isSet(u"model"_s))
        profile.model = parser.value(u"model"_s);
    else if (conversationTarget && !conversation.model.isEmpty())
        profile.model = conversation.model;
    CodeExport::Target target = CodeExport::targetFor(profile, parser.isSet(u"stream"_s));
    target.overrides = described->overrides;
    target.sendsKey
        = target.sendsKey || parser.isSet(u"api-key-env"_s) || !described->apiKey.isEmpty();
    return target;
}

} // namespace playground::cli
