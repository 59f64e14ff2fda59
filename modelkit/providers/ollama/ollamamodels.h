// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modeldescriptor.h"
#include "core/modelinfo.h"

#include <QList>
#include <QUrl>

namespace modelkit {

//! What modelkit knows about Ollama models by name, and the `/api/tags` listing.
class OllamaModels
{
public:
    //! Function calling, JSON and structured output are assumed for every model (Ollama
    //! answers a clear 400 for a model without tool support). Vision is true for names
    //! known to be multimodal (llava, llama3.2-vision, gemma3, qwen2.5vl…), false for
    //! names known to be text-only (llama3.1, qwen2.5, deepseek-r1, gemma3:1b…), and true
    //! for everything else: local model names are free-form (Modelfiles, hf.co/… GGUFs), so
    //! an unknown name is left to the server rather than refused here.
    static ModelInfo infoFor(const QString &model);
    //! The base name of a model reference, lower-cased, without registry, namespace or
    //! tag: "registry.ollama.ai/library/llava:13b" → "llava".
    static QString baseName(const QString &model);
    //! Parses `GET /api/tags` (`{"models":[{name, model, modified_at, size, digest,
    //! details:{family, parameter_size, quantization_level…}}]}`). The id is `name`; the
    //! display name adds family, size and quantization ("llama3.2:latest (llama, 3.2B,
    //! Q4_K_M)"); `created` is `modified_at` (when the model was pulled); the context
    //! window is not listed (0). Not paginated.
    static QList<ModelDescriptor> parseList(const QByteArray &body, QString *error, QUrl *nextPage);
};

} // namespace modelkit
