// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/openai/openaiconfig.h"

#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>

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

    //! OpenAI-family configuration (openai, azure, compatible), or nullopt with `error` set.
    static std::optional<modelkit::OpenAiConfig> openAiConfig(const QCommandLineParser &parser,
                                                              QString *error);
    static QString defaultKeyVariable(const QString &provider);
};

} // namespace playground::cli
