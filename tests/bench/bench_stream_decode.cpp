// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// In-process throughput of the streaming path: SseParser alone, then SseParser +
// OpenAiResponseReader + ResultBuilder, on a large synthetic stream fed in network-sized
// slices. Usage: bench_stream_decode [MB] [slice-bytes]
#include "providers/openai/openairesponsereader.h"
#include "syntheticstream.h"
#include "transport/sseparser.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace modelkit;
using bench::report;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype megabytes = args.size() > 1 ? args.at(1).toLongLong() : 50;
    const qsizetype slice = args.size() > 2 ? args.at(2).toLongLong() : 16 * 1024;

    qsizetype events = 0;
    qsizetype textLength = 0;
    const QByteArray stream
        = bench::syntheticOpenAiStream(megabytes * 1000 * 1000, &events, &textLength);
    std::printf("synthetic stream: %.1f MB, %lld events, %lld-byte slices\n",
                double(stream.size()) / 1e6, qlonglong(events), qlonglong(slice));

    QElapsedTimer timer;
    {
        SseParser parser;
        qsizetype seen = 0;
        timer.start();
        for (qsizetype at = 0; at < stream.size(); at += slice)
            seen
                += parser
                       .feed(QByteArrayView(stream).sliced(at, std::min(slice, stream.size() - at)))
                       .size();
        seen += parser.finish().size();
        report("SseParser", stream.size(), seen, timer.nsecsElapsed());
        if (seen != events)
            std::printf("  MISMATCH: parsed %lld events\n", qlonglong(seen));
    }
    {
        OpenAiResponseReader reader;
        ResultBuilder builder;
        timer.start();
        for (qsizetype at = 0; at < stream.size(); at += slice)
            reader.feed(QByteArrayView(stream).sliced(at, std::min(slice, stream.size() - at)),
                        builder);
        reader.finish(builder);
        const qint64 ns = timer.nsecsElapsed();
        report("SseParser + OpenAI decoding", stream.size(), events, ns);
        const CreateResult result = builder.build();
        if (reader.streamError() || result.text().size() != textLength)
            std::printf("  MISMATCH: error=%d text=%lld expected=%lld\n",
                        int(reader.streamError().has_value()), qlonglong(result.text().size()),
                        qlonglong(textLength));
    }
    std::printf("peak RSS: %.1f MiB (the stream itself takes %.1f MiB)\n", bench::peakRssMiB(),
                double(stream.size()) / 1048576.0);
    return 0;
}
