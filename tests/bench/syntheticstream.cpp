// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "syntheticstream.h"

#include <cstdio>
#include <sys/resource.h>

#include <QString>

namespace bench {

QByteArray syntheticOpenAiStream(qsizetype bytes, qsizetype *events, qsizetype *textLength)
{
    static const char *const pieces[]
        = {"The",   " quick", " brown", " fox", " jumps", " over", " the",
           " lazy", " dog",   ".",      "\\n",  " Ünï",   "code",  " ✓"};
    const QByteArray head = "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\","
                            "\"created\":1741569952,\"model\":\"gpt-4o-2024-08-06\","
                            "\"system_fingerprint\":\"fp_bench\",\"choices\":[{\"index\":0,"
                            "\"delta\":{\"content\":\"";
    const QByteArray tail = "\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
    QByteArray stream;
    stream.reserve(bytes + 1024);
    qsizetype count = 0;
    qsizetype text = 0;
    for (qsizetype i = 0; stream.size() < bytes; ++i) {
        const QByteArray piece = pieces[i % (sizeof pieces / sizeof *pieces)];
        stream.append(head).append(piece).append(tail);
        text
            += QString::fromUtf8(piece).replace(QStringLiteral("\\n"), QStringLiteral("\n")).size();
        ++count;
    }
    stream += "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1,"
              "\"model\":\"gpt-4o-2024-08-06\",\"choices\":[{\"index\":0,\"delta\":{},"
              "\"finish_reason\":\"stop\"}]}\n\n"
              "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1,"
              "\"model\":\"gpt-4o-2024-08-06\",\"choices\":[],\"usage\":{\"prompt_tokens\":12,"
              "\"completion_tokens\":";
    stream.append(QByteArray::number(count))
        .append(",\"total_tokens\":")
        .append(QByteArray::number(count + 12))
        .append("}}\n\ndata: [DONE]\n\n");
    *events = count + 3;
    *textLength = text;
    return stream;
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void report(const char *what, qsizetype bytes, qsizetype events, qint64 ns)
{
    const double seconds = double(ns) / 1e9;
    std::printf("%-34s %8.1f MB/s %12.0f events/s  (%.3f s)\n", what, double(bytes) / 1e6 / seconds,
                double(events) / seconds, seconds);
}

} // namespace bench
