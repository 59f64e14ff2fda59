// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// Anthropic Messages API answers: the SSE event stream, `message` bodies, error bodies, the
// `count_tokens` answer and the `GET /v1/models` listing.

#include "providers/anthropic/anthropicmodels.h"
#include "providers/anthropic/anthropicresponsereader.h"
#include "readerharness.h"

#include <memory>

#include <QUrl>

using namespace modelkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    fuzz::fuzzReader(input, [] { return std::make_unique<AnthropicResponseReader>(); });

    const QByteArray body = input.toByteArray();
    QString error;
    const qint64 tokens = AnthropicResponseReader::tokenCountFromBody(body, &error);
    FUZZ_CHECK(error.isEmpty() || tokens == 0);

    error.clear();
    QUrl nextPage;
    const QUrl pageUrl(QStringLiteral("https://api.anthropic.com/v1/models?limit=100"));
    const QList<ModelDescriptor> models
        = AnthropicModels::parseList(body, pageUrl, &error, &nextPage);
    FUZZ_CHECK(models.isEmpty() || error.isEmpty());
    for (const ModelDescriptor &model : models) {
        model.toJson();
        AnthropicModels::infoFor(model.id);
    }
    return 0;
}
