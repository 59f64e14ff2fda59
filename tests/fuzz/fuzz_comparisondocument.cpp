// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// ComparisonDocument::fromBytes (modelkit.comparison files): what reads must write its
// canonical bytes, and those must read back to the same bytes; the derived summaries and
// marks are computed for every document read.

#include "compare/comparisondocument.h"
#include "fuzzsupport.h"

using namespace modelkit;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size).toByteArray();
    JsonError error;
    const auto document = ComparisonDocument::fromBytes(bytes, &error);
    if (!document) {
        FUZZ_CHECK(!error.message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(error.message.isEmpty());
    FUZZ_CHECK(!document->lanes.isEmpty()
               && document->lanes.size() <= ComparisonDocument::maxLanes);

    const QList<CompareLaneSummary> summaries = document->summaries();
    FUZZ_CHECK(summaries.size() == document->lanes.size());
    const CompareMarks marks = document->marks();
    for (const QList<int> *indexes : {&marks.fastest, &marks.cheapest, &marks.longest}) {
        for (const int i : *indexes)
            FUZZ_CHECK(i >= 0 && i < document->lanes.size());
    }
    for (const CompareLaneResult &lane : document->lanes)
        FUZZ_CHECK(document->indexOf(lane.lane.id) >= 0);

    const QByteArray saved = document->toBytes();
    JsonError reopenError;
    const auto reopened = ComparisonDocument::fromBytes(saved, &reopenError);
    if (!reopened) {
        std::fprintf(stderr, "saved comparison does not reopen: %s\n%s\n",
                     qPrintable(reopenError.toString()), saved.constData());
    }
    FUZZ_CHECK(reopened.has_value());
    const QByteArray again = reopened->toBytes();
    if (again != saved)
        std::fprintf(stderr, "saved:\n%s\nsaved again:\n%s\n", saved.constData(),
                     again.constData());
    FUZZ_CHECK(again == saved);
    return 0;
}
