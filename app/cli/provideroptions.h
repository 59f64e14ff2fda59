// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/clientfactory.h"
#include "profiles/providerprofile.h"

#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace modelkit {
class ChatCompletionClient;
class HttpTransport;
} // namespace modelkit

namespace playground::cli {

//! The options every provider-facing command shares (--provider, --base-url, --model,
//! --api-key-env…) and the client they describe. An HTTP provider's options become a
//! modelkit::ProviderProfile (plus the key from the environment) that
//! modelkit::ClientFactory turns into a client, as the GUI does with a stored profile;
//! only `--provider replay` (a script file) is built here.
class ProviderOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProviderOptions)

public:
    static void addTo(QCommandLineParser &parser);

    //! The client the options describe, or nullptr with `error` set (a usage error).
    static std::unique_ptr<modelkit::ChatCompletionClient>
    createClient(const QCommandLineParser &parser, modelkit::HttpTransport *transport,
                 QString *error);

private:
    //! The profile of an HTTP provider plus what the command line sets beyond a profile.
    struct Described
    {
        modelkit::ProviderProfile profile;
        QString apiKey;
        modelkit::ClientFactory::Overrides overrides;
    };
    static std::optional<Described> describe(const QCommandLineParser &parser,
                                             modelkit::ProviderKind kind, QString *error);
    static std::unique_ptr<modelkit::ChatCompletionClient>
    createReplay(const QCommandLineParser &parser, QString *error);
};

} // namespace playground::cli
