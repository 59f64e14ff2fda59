// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"
#include "core/modelinfo.h"
#include "transport/transportoptions.h"

#include <optional>

#include <QString>
#include <QUrl>

namespace modelkit {

//! Settings of a client speaking OpenAI Chat Completions: OpenAI itself, Azure OpenAI, or any
//! compatible server (vLLM, llama.cpp, LM Studio, Ollama /v1, OpenRouter…).
struct OpenAiConfig
{
    enum class Flavor { OpenAi, Azure, Compatible };

    Flavor flavor = Flavor::OpenAi;
    //! OpenAI: https://api.openai.com/v1. Azure: https://RESOURCE.openai.azure.com (classic
    //! deployment URLs) or …/openai/v1 (the v1 API). Compatible: the server's /v1 URL.
    QUrl baseUrl;
    QString apiKey;       //!< never stored by modelkit; empty = no auth header (local servers)
    QString model;        //!< Azure classic: the deployment name
    QString apiVersion;   //!< Azure classic only, e.g. 2024-10-21
    QString organization; //!< OpenAI-Organization
    QString project;      //!< OpenAI-Project
    HttpHeaders extraHeaders;
    //! Ask for the final usage chunk when streaming (`stream_options.include_usage`).
    bool includeStreamUsage = true;
    //! "system", or "developer" for reasoning models that want it.
    QString systemRole = QStringLiteral("system");
    std::optional<ModelInfo> modelInfo; //!< overrides the built-in guess
    TransportOptions transport;

    static QUrl defaultBaseUrl(Flavor flavor);
    static QString defaultApiVersion() { return QStringLiteral("2024-10-21"); }
    //! Azure's v1 API (no api-version, model in the body) vs classic deployment URLs.
    bool isAzureV1() const;
};

} // namespace modelkit
