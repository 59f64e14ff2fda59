// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// What a call costs, end to end for each provider's usage shape: the real client reads a
// recorded stream from the loopback server, and the catalog prices the usage it reports.
// OpenAI counts cached tokens inside prompt_tokens; Anthropic reports cache reads and cache
// writes beside input_tokens; Gemini bills thoughts as output on top of the candidates.
#include "catalog/modelcatalog.h"
#include "core/chatcompletionclient.h"
#include "core/completionjob.h"
#include "fixtures.h"
#include "jobwaiter.h"
#include "loopbackrig.h"
#include "loopbackserver.h"
#include "printers.h"
#include "profiles/clientfactory.h"
#include "profiles/providerprofile.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::ScriptedResponse;

class TstUsageCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void costOfEachUsageShape_data();
    void costOfEachUsageShape();
};

void TstUsageCost::costOfEachUsageShape_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<RequestUsage>("expectedUsage");
    // Per-million prices in the order input, cached input, cache write, output → USD.
    QTest::addColumn<std::function<double(const ModelPrice &)>>("expectedCost");

    // The recorded stream plus the cached-token detail OpenAI sends when a prefix was cached.
    QByteArray openai = testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s);
    QVERIFY(openai.contains(R"("total_tokens":44,)"));
    openai.replace(R"("total_tokens":44,)",
                   R"("total_tokens":44,"prompt_tokens_details":{"cached_tokens":8},)");
    QTest::newRow("openai: cached inside prompt_tokens")
        << ProviderKind::OpenAi << u"gpt-4o"_s << openai << RequestUsage{14, 30, 8, 0, 0}
        << std::function<double(const ModelPrice &)>([](const ModelPrice &p) {
               return ((14 - 8) * *p.input + 8 * *p.cachedInput + 30 * *p.output) / 1e6;
           });

    QByteArray anthropic = testsupport::fixture(u"anthropic/messages-stream-tool-use.sse"_s);
    QVERIFY(anthropic.contains(R"("cache_creation_input_tokens":0,"cache_read_input_tokens":0)"));
    anthropic.replace(R"("cache_creation_input_tokens":0,"cache_read_input_tokens":0)",
                      R"("cache_creation_input_tokens":50,"cache_read_input_tokens":200)");
    QTest::newRow("anthropic: cache read and write beside input_tokens")
        << ProviderKind::Anthropic << u"claude-sonnet-4-5"_s << anthropic
        << RequestUsage{377 + 200 + 50, 65, 200, 50, 0}
        << std::function<double(const ModelPrice &)>([](const ModelPrice &p) {
               return (377 * *p.input + 200 * *p.cachedInput + 50 * *p.cacheWrite + 65 * *p.output)
                      / 1e6;
           });

    QTest::newRow("gemini: thoughts billed as output")
        << ProviderKind::Gemini << u"gemini-2.5-flash"_s
        << testsupport::fixture(u"gemini/stream-thinking-function-call-signature.sse"_s)
        << RequestUsage{38, 6 + 168, 0, 0, 168}
        << std::function<double(const ModelPrice &)>(
               [](const ModelPrice &p) { return (38 * *p.input + (6 + 168) * *p.output) / 1e6; });
}

void TstUsageCost::costOfEachUsageShape()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QString, model);
    QFETCH(QByteArray, stream);
    QFETCH(RequestUsage, expectedUsage);
    QFETCH(std::function<double(const ModelPrice &)>, expectedCost);

    testsupport::LoopbackServer server;
    server.enqueue(ScriptedResponse::sse(stream, 64));
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    ProviderProfile profile;
    profile.name = u"loopback"_s;
    profile.kind = kind;
    profile.baseUrl = server.url(kind == ProviderKind::Gemini ? u"/v1beta"_s : u"/v1"_s);
    profile.model = model;
    QString error;
    std::unique_ptr<ChatCompletionClient> client
        = ClientFactory::create(profile, u"test-key"_s, &transport, &error);
    QVERIFY2(client, qPrintable(error));

    CompletionRequest request;
    request.messages = {UserMessage{u"Hello"_s, u"user"_s}};
    CompletionJob *job = client->createStream(request);
    QVERIFY(testsupport::waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(job->error().message));
    const RequestUsage usage = job->result().usage;
    QCOMPARE(usage, expectedUsage);

    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    const CatalogEntry entry = catalog.lookup(kind, model);
    QVERIFY(entry.known);
    const std::optional<double> cost = entry.price.cost(usage);
    QVERIFY(cost);
    QVERIFY2(qFuzzyCompare(*cost, expectedCost(entry.price)),
             qPrintable(
                 u"%1 != %2"_s.arg(*cost, 0, 'g', 12).arg(expectedCost(entry.price), 0, 'g', 12)));
    QVERIFY(*cost > 0);
    job->deleteLater();
}

QTEST_GUILESS_MAIN(TstUsageCost)
#include "tst_usagecost.moc"
