// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

// The part every provider harness shares: the input as a stream (whole, in random pieces,
// byte by byte: the same deltas, result and error each time), cut off early (abandon()),
// as a whole non-streamed body, and as the body of an HTTP error.

#include "core/httpheaders.h"
#include "fuzzsupport.h"

#include <array>

namespace fuzz {

template<typename MakeReader>
void fuzzReader(QByteArrayView input, MakeReader makeReader)
{
    const uint64_t seed = hashOf(input);

    auto streamReader = makeReader();
    const StreamOutcome expected = readStream(*streamReader, {input});
    checkResult(expected.result);
    if (expected.error)
        checkError(*expected.error, false);
    {
        auto reader = makeReader();
        FUZZ_CHECK(readStream(*reader, randomPieces(input, seed)) == expected);
    }
    if (input.size() <= maxBytewiseSize) {
        auto reader = makeReader();
        FUZZ_CHECK(readStream(*reader, bytePieces(input)) == expected);
    }

    Random random(seed ^ 0xAB);
    {
        // The connection dropped (or the user cancelled) somewhere in the stream.
        auto reader = makeReader();
        modelkit::ResultBuilder builder;
        RecordingObserver observer;
        builder.setObserver(&observer);
        reader->feed(input.first(qsizetype(random.below(uint64_t(input.size()) + 1))), builder);
        if (!reader->streamError())
            reader->abandon(builder);
        checkResult(builder.build());
    }
    {
        auto reader = makeReader();
        modelkit::ResultBuilder builder;
        const QByteArray body = input.toByteArray();
        if (const std::optional<modelkit::ModelError> error = reader->readBody(body, builder))
            checkError(*error, false);
        checkResult(builder.build());
    }
    {
        static constexpr std::array statuses{400, 401, 402, 403, 404, 408, 409, 413,
                                             422, 429, 500, 502, 503, 529, 302, 0};
        const int status = statuses[random.below(statuses.size())];
        modelkit::HttpHeaders headers;
        if (random.below(2))
            headers.append(qMakePair(QByteArray("x-request-id"), QByteArray("req_fuzz")));
        if (random.below(2)) {
            const QByteArray value
                = input.first(std::min<qsizetype>(input.size(), 8)).toByteArray();
            headers.append(qMakePair(QByteArray("retry-after"), value));
        }
        auto reader = makeReader();
        const modelkit::ModelError error = reader->readError(status, headers, input.toByteArray());
        checkError(error, true);
        checkError(reader->unreachableError(error), true);
    }
}

} // namespace fuzz
