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

//! Settings of a client speaking Ollama's native API (`/api/chat`, `/api/tags`): a local
//! server or ollama.com.
struct OllamaConfig
{
    //! The server root, without `/api`: http://localhost:11434 by default, or
    //! https://ollama.com for the cloud.
    QUrl baseUrl;
    QString apiKey; //!< ollama.com only (Bearer); empty = no auth header (local servers)
    QString model;  //!< e.g. "llama3.2", "qwen3:8b"
    //! How long the model stays loaded after the call: a Go duration ("5m", "1h", "0s") or
    //! a number of seconds ("300", "-1" = forever; sent as a JSON number). Unset = the
    //! server's default (5 minutes).
    std::optional<QString> keepAlive;
    //! The context window to load the model with (`options.num_ctx`). Ollama's default
    //! is small (2048–4096 tokens) and it silently drops the start of longer prompts.
    std::optional<qint64> numCtx;
    HttpHeaders extraHeaders;
    std::optional<ModelInfo> modelInfo; //!< overrides the built-in guess
    TransportOptions transport;

    static QUrl defaultBaseUrl();
};

} // namespace modelkit
