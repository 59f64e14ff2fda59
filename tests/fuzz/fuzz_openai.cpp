// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// OpenAI Chat Completions answers (OpenAI, Azure OpenAI and compatible servers share one
// reader): `chat.completion.chunk` SSE streams, `chat.completion` bodies, error bodies, and
// the `GET /models` listing.

#include "providers/openai/openaimodels.h"
#include "providers/openai/openairesponsereader.h"
#include "readerharness.h"

#include <memory>

#include <QUrl>

using namespace modelkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    fuzz::fuzzReader(input, [] { return std::make_unique<OpenAiResponseReader>(); });

    QString error;
    QUrl nextPage;
    const QList<ModelDescriptor> models
        = OpenAiModels::parseList(input.toByteArray(), &error, &nextPage);
    FUZZ_CHECK(models.isEmpty() || error.isEmpty());
    for (const ModelDescriptor &model : models) {
        model.toJson();
        OpenAiModels::infoFor(model.id);
    }
    return 0;
}
