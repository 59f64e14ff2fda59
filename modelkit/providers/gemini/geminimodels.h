// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modeldescriptor.h"
#include "core/modelinfo.h"

#include <QList>

namespace modelkit {

//! What modelkit knows about Gemini models by name until the model catalog lands.
//! Unknown names get ModelInfo::permissive().
class GeminiModels
{
public:
    //! `model` with or without the "models/" prefix.
    static ModelInfo infoFor(const QString &model);
    //! Parses one page of `GET /v1beta/models` (`{"models": [...], "nextPageToken": "…"}`).
    //! Keeps only models that support generateContent; id = name without "models/",
    //! contextWindow = inputTokenLimit. `nextPageToken` is empty on the last page.
    static QList<ModelDescriptor> parseList(const QByteArray &body, QString *error,
                                            QString *nextPageToken);
};

} // namespace modelkit
