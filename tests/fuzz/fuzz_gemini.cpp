// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// Gemini answers: `streamGenerateContent?alt=sse` streams, `generateContent` bodies, Google
// error bodies, the `countTokens` answer and the `GET /v1beta/models` listing.

#include "providers/gemini/geminimodels.h"
#include "providers/gemini/geminiresponsereader.h"
#include "readerharness.h"

#include <memory>

using namespace modelkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    fuzz::fuzzReader(input, [] { return std::make_unique<GeminiResponseReader>(); });

    const QByteArray body = input.toByteArray();
    QString error;
    const qint64 tokens = GeminiResponseReader::parseTokenCount(body, &error);
    FUZZ_CHECK(error.isEmpty() || tokens == 0);
    // RetryInfo.retryDelay: never negative.
    if (const auto ms = GeminiResponseReader::durationMs(QString::fromUtf8(body)))
        FUZZ_CHECK(*ms >= 0);

    error.clear();
    QString nextPageToken;
    const QList<ModelDescriptor> models = GeminiModels::parseList(body, &error, &nextPageToken);
    FUZZ_CHECK(models.isEmpty() || error.isEmpty());
    for (const ModelDescriptor &model : models) {
        model.toJson();
        GeminiModels::infoFor(model.id);
    }
    return 0;
}
