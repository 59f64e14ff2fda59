// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/codeexport.h"
#include "profiles/clientfactory.h"
#include "profiles/providerprofile.h"

#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace modelkit {
class ChatCompletionClient;
class HttpTransport;
struct Conversation;
} // namespace modelkit

namespace playground::cli {

//! The options every provider-facing command shares (--provider, --base-url, --model,
//! --api-key-env…) and the client they describe. An HTTP provider's options become a
//! modelkit::ProviderProfile (plus the key from the environment) that
//! modelkit::ClientFactory turns into a client, as the GUI does with a stored profile;
//! only `--provider replay` (a script file) is built here.
//!
//! `--profile NAME` starts from a stored profile (modelkit::ProfileStore) instead of
//! --provider; --base-url, --model, --api-version, --header (same name: replaced),
//! --api-key-env, --http2 and the timeouts given with it override its fields. Its key comes
//! from the keychain (modelkit key set NAME), else from its environment variable(s); with
//! --api-key-env only from that variable.
class ProviderOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProviderOptions)

public:
    static void addTo(QCommandLineParser &parser);
    //! --max-reply-mb and --max-event-mb, which `compare` passes on to every lane.
    static QList<QCommandLineOption> sizeCapOptions();

    //! The client the options describe, or nullptr with `error` set (a usage error).
    //! `profile` (when given) receives the profile the client was made from: the stored
    //! --profile with the command line's overrides, or the one an HTTP --provider's options
    //! describe (its cacheResponses false); left unchanged for demo and replay.
    static std::unique_ptr<modelkit::ChatCompletionClient>
    createClient(const QCommandLineParser &parser, modelkit::HttpTransport *transport,
                 QString *error, modelkit::ProviderProfile *profile = nullptr);

    //! What tells apart cached answers of servers that share a provider name and model
    //! (modelkit::ChatCompletionCache::setKeyScope): the base URL of `profile` (as
    //! createClient() fills it), "demo" for the demo client (as the window scopes it).
    static QString cacheScope(const modelkit::ChatCompletionClient &client,
                              const modelkit::ProviderProfile &profile);

    //! The provider id of the options: --provider, or the kind of the --profile; empty when
    //! neither names one.
    static QString providerId(const QCommandLineParser &parser);

    //! Where copied code sends `conversation`'s request (modelkit export --as curl|python|
    //! body): the --profile or --provider of the options, else the conversation's own profile
    //! (when it is stored) or provider. The model is --model, else the conversation's when
    //! the kind is the conversation's, else the profile's. No key is read: the code reads it
    //! from the environment; one is sent when the kind requires it, --api-key-env names a
    //! variable or the provider's usual variable is set. nullopt with `error` set.
    static std::optional<modelkit::CodeExport::Target>
    exportTarget(const QCommandLineParser &parser, const modelkit::Conversation &conversation,
                 QString *error);

private:
    enum class KeyMode { Read, Skip };
    //! The profile of an HTTP provider plus what the command line sets beyond a profile.
    struct Described
    {
        modelkit::ProviderProfile profile;
        QString apiKey;
        modelkit::ClientFactory::Overrides overrides;
    };
    static std::optional<Described> describe(const QCommandLineParser &parser,
                                             modelkit::ProviderKind kind, QString *error,
                                             KeyMode keyMode = KeyMode::Read);
    static std::optional<Described> describeProfile(const QCommandLineParser &parser,
                                                    QString *error,
                                                    KeyMode keyMode = KeyMode::Read);
    //! The stored profile `name`, or nullopt with an error naming the known ones.
    static std::optional<modelkit::ProviderProfile> storedProfile(const QString &name,
                                                                  QString *error);
    //! The key of a stored profile: keychain, then its environment variable(s).
    static std::optional<QString> profileKey(const modelkit::ProviderProfile &profile,
                                             QString *error);
    //! --base-url into `url` (unchanged when the option is absent).
    static bool readBaseUrl(const QCommandLineParser &parser, QUrl *url, QString *error);
    //! --header values; each replaces the headers of the same name already in `headers`.
    static bool readHeaders(const QCommandLineParser &parser, modelkit::HttpHeaders *headers,
                            QString *error);
    //! The profile's transport settings with --max-retries, --timeout, --idle-timeout.
    static bool readTransport(const QCommandLineParser &parser, Described *described,
                              QString *error);
    //! --keep-alive and --num-ctx for Ollama.
    static bool readOllama(const QCommandLineParser &parser, Described *described, QString *error);
    static std::unique_ptr<modelkit::ChatCompletionClient>
    createReplay(const QCommandLineParser &parser, QString *error);
};

} // namespace playground::cli
