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

//! Settings of a client speaking the Gemini Developer API (generativelanguage.googleapis.com).
struct GeminiConfig
{
    //! Empty = https://generativelanguage.googleapis.com. The API version is appended.
    QUrl baseUrl;
    //! Sent as `x-goog-api-key`, never as the `?key=` query (URLs end up in logs).
    QString apiKey;
    //! "gemini-2.5-flash" or "models/gemini-2.5-flash"; "tunedModels/…" is kept as given.
    QString model;
    QString apiVersion = defaultApiVersion();
    HttpHeaders extraHeaders;
    std::optional<ModelInfo> modelInfo; //!< overrides the built-in table
    TransportOptions transport;

    static QUrl defaultBaseUrl();
    static QString defaultApiVersion() { return QStringLiteral("v1beta"); }
    //! The model's resource name as the URL wants it: "models/gemini-2.5-flash".
    QString modelResource() const;
    //! The model id without the "models/" prefix: "gemini-2.5-flash".
    QString modelId() const;
};

} // namespace modelkit
