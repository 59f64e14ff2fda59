// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"
#include "transport/transportoptions.h"

#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace modelkit {
class ChatCompletionClient;
class HttpTransport;
} // namespace modelkit

namespace playground::cli {

//! The options every provider-facing command shares (--provider, --base-url, --model,
//! --api-key-env…) and the client they describe.
class ProviderOptions
{
    Q_DECLARE_TR_FUNCTIONS(ProviderOptions)

public:
    static void addTo(QCommandLineParser &parser);

    //! The client the options describe, or nullptr with `error` set (a usage error).
    static std::unique_ptr<modelkit::ChatCompletionClient>
    createClient(const QCommandLineParser &parser, modelkit::HttpTransport *transport,
                 QString *error);

    //! The environment variables tried for a provider's key, in order.
    static QStringList keyVariables(const QString &provider);

private:
    //! What all HTTP providers read the same way.
    struct Common
    {
        QUrl baseUrl; //!< empty when not given
        QString apiKey;
        QString model;
        modelkit::HttpHeaders headers;
        modelkit::TransportOptions transport;
    };
    static std::optional<Common> readCommon(const QCommandLineParser &parser, bool keyRequired,
                                            QString *error);
    static std::unique_ptr<modelkit::ChatCompletionClient>
    createReplay(const QCommandLineParser &parser, QString *error);
    static std::unique_ptr<modelkit::ChatCompletionClient>
    createOpenAi(const QCommandLineParser &parser, modelkit::HttpTransport *transport,
                 QString *error);
};

} // namespace playground::cli
