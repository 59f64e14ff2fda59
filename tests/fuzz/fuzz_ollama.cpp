// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// Ollama `/api/chat` answers: NDJSON streams, `stream: false` bodies, `{"error": …}` bodies
// and lines, and the `GET /api/tags` listing.

#include "providers/ollama/ollamamodels.h"
#include "providers/ollama/ollamaresponsereader.h"
#include "readerharness.h"

#include <memory>

#include <QUrl>

using namespace modelkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    fuzz::fuzzReader(input, [] {
        return std::make_unique<OllamaResponseReader>(
            QUrl(QStringLiteral("http://localhost:11434")), QStringLiteral("llama3.2"));
    });

    QString error;
    QUrl nextPage;
    const QList<ModelDescriptor> models
        = OllamaModels::parseList(input.toByteArray(), &error, &nextPage);
    FUZZ_CHECK(models.isEmpty() || error.isEmpty());
    for (const ModelDescriptor &model : models) {
        model.toJson();
        OllamaModels::infoFor(model.id);
        OllamaModels::baseName(model.id);
    }
    return 0;
}
