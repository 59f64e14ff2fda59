// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// End-to-end streaming over loopback: (1) OpenAiClient in this process, (2) the `modelkit`
// CLI with --stream --output text writing to /dev/null, both against the loopback server
// sending a large synthetic stream in 16 KiB writes. Usage: bench_cli_loopback [MB]
#include "loopbackserver.h"
#include "providers/openai/openaiclient.h"
#include "syntheticstream.h"
#include "transport/httptransport.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace modelkit;
using bench::report;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype megabytes
        = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 50;
    qsizetype events = 0;
    qsizetype textLength = 0;
    const QByteArray stream
        = bench::syntheticOpenAiStream(megabytes * 1000 * 1000, &events, &textLength);
    std::printf("synthetic stream: %.1f MB, %lld events\n", double(stream.size()) / 1e6,
                qlonglong(events));

    LoopbackServer server;
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    QElapsedTimer timer;
    {
        server.enqueue(ScriptedResponse::sse(stream, 16 * 1024));
        OpenAiConfig config;
        config.flavor = OpenAiConfig::Flavor::Compatible;
        config.baseUrl = QUrl(server.baseUrl().toString() + u"/v1"_s);
        config.model = u"bench"_s;
        config.transport.maxResponseBytes = 0;
        OpenAiClient client(&transport, config);
        CompletionRequest request;
        request.messages = {UserMessage{u"go"_s, u"user"_s}};
        qsizetype deltas = 0;
        timer.start();
        CompletionJob *job = client.createStream(request);
        QObject::connect(job, &CompletionJob::textDelta, &app, [&deltas] { ++deltas; });
        QEventLoop loop;
        QObject::connect(job, &CompletionJob::finished, &loop, &QEventLoop::quit);
        loop.exec();
        report("client over loopback (in-process)", stream.size(), events, timer.nsecsElapsed());
        if (job->hasError() || job->result().text().size() != textLength)
            std::printf("  FAILED: %s\n", qPrintable(job->error().toString()));
        std::printf("  text deltas delivered: %lld\n", qlonglong(deltas));
    }
    {
        server.enqueue(ScriptedResponse::sse(stream, 16 * 1024));
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        timer.start();
        cli.start(QStringLiteral(MODELKIT_CLI_PATH),
                  {u"chat"_s, u"--provider"_s, u"compatible"_s, u"--base-url"_s,
                   server.baseUrl().toString() + u"/v1"_s, u"--model"_s, u"bench"_s, u"--user"_s,
                   u"go"_s, u"--stream"_s});
        QEventLoop loop;
        QObject::connect(&cli, &QProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
        report("modelkit CLI --stream > /dev/null", stream.size(), events, timer.nsecsElapsed());
        if (cli.exitCode() != 0)
            std::printf("  FAILED: exit %d: %s\n", cli.exitCode(),
                        cli.readAllStandardError().constData());
    }
    std::printf("peak RSS of the bench process: %.1f MiB\n", bench::peakRssMiB());
    return 0;
}
