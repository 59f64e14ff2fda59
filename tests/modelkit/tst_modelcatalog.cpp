// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "catalog/catalogentry.h"
#include "catalog/modelcatalog.h"
#include "catalog/modelprice.h"
#include "core/requestusage.h"
#include "profiles/providerkind.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;

Q_DECLARE_METATYPE(modelkit::RequestUsage)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<double> optionalOf(const QVariant &v)
{
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

//! The real built-in JSON with one change applied at a JSONPath-like list of keys.
QJsonObject builtinJson()
{
    return parse(readAll(ModelCatalog::builtinResourcePath()));
}

QJsonObject withValue(QJsonObject object, const QStringList &keys, const QJsonValue &value)
{
    if (keys.size() == 1) {
        object.insert(keys.first(), value);
        return object;
    }
    const QJsonObject child = object.value(keys.first()).toObject();
    object.insert(keys.first(), withValue(child, keys.mid(1), value));
    return object;
}

//! A small built-in catalog of one provider and one model, for update tests.
QByteArray tinyCatalog(qint64 contextWindow, double input, double output, const QString &notes)
{
    const QJsonObject model{{u"display_name"_s, u"Model One"_s},
                            {u"function_calling"_s, true},
                            {u"context_window"_s, contextWindow},
                            {u"max_output_tokens"_s, 100},
                            {u"price"_s, QJsonObject{{u"input"_s, input}, {u"output"_s, output}}},
                            {u"notes"_s, notes}};
    const QJsonObject root{
        {u"format"_s, u"modelkit.catalog"_s},
        {u"version"_s, 1},
        {u"prices_as_of"_s, u"2026-01-02"_s},
        {u"providers"_s,
         QJsonObject{{u"openai"_s, QJsonObject{{u"source"_s, u"test"_s},
                                               {u"models"_s, QJsonObject{{u"m1"_s, model}}}}}}}};
    return compact(root);
}

} // namespace

class TestModelCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoadsAndValidates();
    void builtinCoversCurrentModels_data();
    void builtinCoversCurrentModels();
    void lookup_data();
    void lookup();
    void lookupByKind();
    void unknownIsConservative();
    void toModelInfo();
    void cost_data();
    void cost();
    void costThroughCatalog();
    void priceJsonRoundTrip();
    void entryJsonRoundTrip();
    void entryJsonErrors_data();
    void entryJsonErrors();
    void builtinErrors_data();
    void builtinErrors();
    void overrideSaveAndReload();
    void overridesSurviveCatalogUpdate();
    void overridesSurviveBuiltinUpdate();
    void brokenOverrides_data();
    void brokenOverrides();
    void brokenOverrideCopiesAreNotOverwritten();
    void removeOverrideRestoresBuiltin();
    void setOverrideRejects_data();
    void setOverrideRejects();
    void snapshotOverride();
    void overrideForUnlistedModel();
    void overridesKeepUnknownFields();
};

void TestModelCatalog::builtinLoadsAndValidates()
{
    ModelCatalog catalog;
    QVERIFY(!catalog.isLoaded());
    QVERIFY2(catalog.loadBuiltin(), qPrintable(catalog.errorString()));
    QVERIFY(catalog.errorString().isEmpty());
    QVERIFY(catalog.pricesAsOf().isValid());
    QVERIFY(catalog.pricesAsOf() >= QDate(2026, 1, 1));

    const QStringList providers = catalog.providers();
    for (ProviderKind kind : ProviderKinds::all())
        QVERIFY2(providers.contains(ProviderKinds::id(kind)), qPrintable(ProviderKinds::id(kind)));

    int models = 0;
    for (const QString &provider : providers) {
        QVERIFY2(!catalog.sourceNote(provider).isEmpty(), qPrintable(provider));
        const QList<CatalogEntry> entries = catalog.entries(provider);
        for (const CatalogEntry &entry : entries) {
            const QString where = provider + u'/' + entry.id;
            QVERIFY2(entry.known, qPrintable(where));
            QCOMPARE(entry.provider, provider);
            QVERIFY2(entry.validationError().isEmpty(), qPrintable(entry.validationError()));
            QVERIFY2(!entry.displayName.isEmpty(), qPrintable(where));
            QVERIFY2(entry.contextWindow > 0, qPrintable(where));
            QVERIFY2(entry.maxOutputTokens >= 0 && entry.maxOutputTokens <= entry.contextWindow,
                     qPrintable(where));
            for (const std::optional<double> &figure : {entry.price.input, entry.price.cachedInput,
                                                        entry.price.cacheWrite, entry.price.output})
                QVERIFY2(!figure || *figure >= 0, qPrintable(where));
            // Hosted APIs have list prices; local open models have none.
            if (provider == u"ollama")
                QVERIFY2(entry.price.isUnknown(), qPrintable(where));
            else
                QVERIFY2(entry.price.isKnown(), qPrintable(where));
            // Every alias resolves back to its entry.
            for (const QString &alias : entry.aliases)
                QCOMPARE(catalog.lookup(provider, alias).id, entry.id);
            ++models;
        }
    }
    QVERIFY(models >= 40);
}

void TestModelCatalog::builtinCoversCurrentModels_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    const QList<std::pair<QString, QStringList>> required{
        {u"openai"_s,
         {u"gpt-4o"_s, u"gpt-4o-mini"_s, u"gpt-4.1"_s, u"gpt-4.1-mini"_s, u"gpt-4.1-nano"_s,
          u"o3"_s, u"o4-mini"_s, u"gpt-5"_s, u"gpt-5-mini"_s, u"gpt-5-nano"_s}},
        {u"anthropic"_s,
         {u"claude-opus-4-6"_s, u"claude-opus-4-5"_s, u"claude-opus-4-1"_s, u"claude-sonnet-4-6"_s,
          u"claude-sonnet-4-5"_s, u"claude-sonnet-4"_s, u"claude-haiku-4-5"_s,
          u"claude-3-5-haiku"_s}},
        {u"gemini"_s,
         {u"gemini-2.5-pro"_s, u"gemini-2.5-flash"_s, u"gemini-2.5-flash-lite"_s,
          u"gemini-2.0-flash"_s}},
        {u"ollama"_s,
         {u"llama3.1"_s, u"llama3.2"_s, u"llama3.3"_s, u"qwen2.5"_s, u"qwen3"_s, u"mistral"_s,
          u"deepseek-r1"_s, u"deepseek-v3"_s, u"gemma3"_s}},
    };
    for (const auto &[provider, models] : required) {
        for (const QString &model : models)
            QTest::addRow("%s/%s", qPrintable(provider), qPrintable(model)) << provider << model;
    }
}

void TestModelCatalog::builtinCoversCurrentModels()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    const CatalogEntry entry = catalog.lookup(provider, model);
    QVERIFY(entry.known);
    QCOMPARE(entry.id, model);
}

void TestModelCatalog::lookup_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("known");
    QTest::addColumn<bool>("vision");
    QTest::addColumn<bool>("functionCalling");
    QTest::addColumn<bool>("jsonOutput");
    QTest::addColumn<bool>("priced");

    // Exact ids and aliases
    QTest::newRow("exact") << u"openai"_s << u"gpt-4o"_s << u"gpt-4o"_s << true << true << true
                           << true << true;
    QTest::newRow("case-insensitive") << u"openai"_s << u"GPT-4.1-Mini"_s << u"gpt-4.1-mini"_s
                                      << true << true << true << true << true;
    QTest::newRow("anthropic alias")
        << u"anthropic"_s << u"claude-sonnet-4-5-20250929"_s << u"claude-sonnet-4-5"_s << true
        << true << true << false << true;
    QTest::newRow("anthropic -latest alias")
        << u"anthropic"_s << u"claude-3-5-haiku-latest"_s << u"claude-3-5-haiku"_s << true << true
        << true << false << true;
    QTest::newRow("open model by HF name")
        << u"ollama"_s << u"Qwen2.5-72B-Instruct"_s << u"qwen2.5"_s << true << false << true << true
        << false;

    // Dated snapshots, versions and tags: the longest id that leaves only a snapshot wins
    QTest::newRow("openai dated") << u"openai"_s << u"gpt-4o-2024-08-06"_s << u"gpt-4o"_s << true
                                  << true << true << true << true;
    QTest::newRow("openai dated mini") << u"openai"_s << u"gpt-4o-mini-2024-07-18"_s
                                       << u"gpt-4o-mini"_s << true << true << true << true << true;
    QTest::newRow("openai gpt-5 mini dated")
        << u"openai"_s << u"gpt-5-mini-2025-08-07"_s << u"gpt-5-mini"_s << true << true << true
        << true << true;
    QTest::newRow("o3 dated") << u"openai"_s << u"o3-2025-04-16"_s << u"o3"_s << true << true
                              << true << true << true;
    QTest::newRow("anthropic dated, no alias")
        << u"anthropic"_s << u"claude-opus-4-1-20990101"_s << u"claude-opus-4-1"_s << true << true
        << true << false << true;
    QTest::newRow("anthropic 4-0 alias dated")
        << u"anthropic"_s << u"claude-sonnet-4-20250514"_s << u"claude-sonnet-4"_s << true << true
        << true << false << true;
    QTest::newRow("gemini version")
        << u"gemini"_s << u"gemini-2.0-flash-001"_s << u"gemini-2.0-flash"_s << true << true << true
        << true << true;
    QTest::newRow("gemini models/ prefix")
        << u"gemini"_s << u"models/gemini-2.5-pro"_s << u"gemini-2.5-pro"_s << true << true << true
        << true << true;
    QTest::newRow("gemini lite is not flash")
        << u"gemini"_s << u"gemini-2.5-flash-lite"_s << u"gemini-2.5-flash-lite"_s << true << true
        << true << true << true;
    QTest::newRow("ollama tag") << u"ollama"_s << u"llama3.1:8b"_s << u"llama3.1"_s << true << false
                                << true << true << false;
    QTest::newRow("ollama latest tag")
        << u"ollama"_s << u"qwen3:latest"_s << u"qwen3"_s << true << false << true << true << false;
    QTest::newRow("ollama vision tag")
        << u"ollama"_s << u"gemma3:27b"_s << u"gemma3"_s << true << true << false << true << false;
    QTest::newRow("ollama text-only size") << u"ollama"_s << u"gemma3:1b"_s << u"gemma3:1b"_s
                                           << true << false << false << true << false;
    QTest::newRow("ollama text-only size variant")
        << u"ollama"_s << u"gemma3:1b-it-qat"_s << u"gemma3:1b"_s << true << false << false << true
        << false;

    // Fallback sections: capabilities, never another host's price
    QTest::newRow("compatible → open model")
        << u"compatible"_s << u"meta-llama/Llama-3.3-70B-Instruct"_s << u"llama3.3"_s << true
        << false << true << true << false;
    QTest::newRow("azure → openai")
        << u"azure"_s << u"gpt-4o"_s << u"gpt-4o"_s << true << true << true << true << false;

    // Models the catalog lacks: conservative, price unknown, no borrowed price
    QTest::newRow("o3-mini is not o3")
        << u"openai"_s << u"o3-mini"_s << u"o3-mini"_s << false << false << false << false << false;
    QTest::newRow("audio preview is not gpt-4o")
        << u"openai"_s << u"gpt-4o-audio-preview"_s << u"gpt-4o-audio-preview"_s << false << false
        << false << false << false;
    QTest::newRow("gemini preview is not stable")
        << u"gemini"_s << u"gemini-2.5-flash-preview-09-2025"_s
        << u"gemini-2.5-flash-preview-09-2025"_s << false << false << false << false << false;
    QTest::newRow("unknown openai") << u"openai"_s << u"ft:gpt-4o:acme:1"_s << u"ft:gpt-4o:acme:1"_s
                                    << false << false << false << false << false;
    QTest::newRow("unknown anthropic") << u"anthropic"_s << u"claude-nova-9"_s << u"claude-nova-9"_s
                                       << false << false << false << false << false;
    QTest::newRow("unknown ollama keeps server JSON mode")
        << u"ollama"_s << u"my-finetune:latest"_s << u"my-finetune:latest"_s << false << false
        << false << true << false;
    QTest::newRow("unknown compatible")
        << u"compatible"_s << u"acme/secret-model"_s << u"acme/secret-model"_s << false << false
        << false << false << false;
    QTest::newRow("unknown provider") << u"nonexistent"_s << u"gpt-4o"_s << u"gpt-4o"_s << false
                                      << false << false << false << false;
}

void TestModelCatalog::lookup()
{
    QFETCH(QString, provider);
    QFETCH(QString, model);
    QFETCH(QString, id);
    QFETCH(bool, known);
    QFETCH(bool, vision);
    QFETCH(bool, functionCalling);
    QFETCH(bool, jsonOutput);
    QFETCH(bool, priced);

    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    const CatalogEntry entry = catalog.lookup(provider, model);
    QCOMPARE(entry.provider, provider);
    QCOMPARE(entry.id, id);
    QCOMPARE(entry.known, known);
    QCOMPARE(entry.vision, vision);
    QCOMPARE(entry.functionCalling, functionCalling);
    QCOMPARE(entry.jsonOutput, jsonOutput);
    QCOMPARE(entry.price.isKnown(), priced);
    if (!priced)
        QVERIFY(!entry.price.cost(RequestUsage{100, 10, 0, 0, 0}).has_value());
    if (!known) {
        QCOMPARE(entry.contextWindow, 0);
        QVERIFY(entry.price.isUnknown());
    }
    QCOMPARE(catalog.builtinEntry(provider, model), entry);
}

void TestModelCatalog::lookupByKind()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    for (ProviderKind kind : ProviderKinds::all()) {
        const QString model = ProviderKinds::defaultModel(kind);
        if (model.isEmpty())
            continue;
        const CatalogEntry entry = catalog.lookup(kind, model);
        QVERIFY2(entry.known, qPrintable(model)); // the default models are in the catalog
        QCOMPARE(entry, catalog.lookup(ProviderKinds::id(kind), model));
        QCOMPARE(catalog.sourceNote(kind), catalog.sourceNote(ProviderKinds::id(kind)));
    }
}

void TestModelCatalog::unknownIsConservative()
{
    const CatalogEntry entry = CatalogEntry::unknown(u"openai"_s, u"mystery"_s);
    QVERIFY(!entry.known);
    QVERIFY(!entry.vision);
    QVERIFY(!entry.functionCalling);
    QVERIFY(!entry.jsonOutput);
    QVERIFY(!entry.structuredOutput);
    QVERIFY(!entry.reasoning);
    QCOMPARE(entry.contextWindow, 0);
    QCOMPARE(entry.maxOutputTokens, 0);
    QVERIFY(entry.price.isUnknown());
    QVERIFY(!entry.price.cost(RequestUsage{1, 1, 0, 0, 0}));
    QCOMPARE(entry.toModelInfo().family, u"unknown"_s);
    QCOMPARE(entry.name(), u"mystery"_s);

    ModelCatalog empty; // nothing loaded: every lookup is unknown
    QCOMPARE(empty.lookup(u"openai"_s, u"gpt-4o"_s),
             CatalogEntry::unknown(u"openai"_s, u"gpt-4o"_s));
}

void TestModelCatalog::toModelInfo()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    const CatalogEntry entry = catalog.lookup(u"anthropic"_s, u"claude-haiku-4-5"_s);
    const ModelInfo info = entry.toModelInfo();
    QCOMPARE(info.vision, entry.vision);
    QCOMPARE(info.functionCalling, true);
    QCOMPARE(info.jsonOutput, false);
    QCOMPARE(info.structuredOutput, entry.structuredOutput);
    QCOMPARE(info.contextWindow, 200'000);
    QCOMPARE(info.maxOutputTokens, 64'000);
    QCOMPARE(info.family, u"claude-haiku"_s);

    CatalogEntry noFamily = entry;
    noFamily.family.clear();
    QCOMPARE(noFamily.toModelInfo().family, entry.id);
}

void TestModelCatalog::cost_data()
{
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("cachedInput");
    QTest::addColumn<QVariant>("cacheWrite");
    QTest::addColumn<QVariant>("output");
    QTest::addColumn<RequestUsage>("usage");
    QTest::addColumn<QVariant>("expected"); // invalid = nullopt

    const QVariant none;
    // prompt, completion, cached, cache creation, reasoning
    QTest::newRow("plain") << QVariant(2.5) << QVariant(1.25) << none << QVariant(10.0)
                           << RequestUsage{1000, 500, 0, 0, 0} << QVariant(0.0075);
    QTest::newRow("cached part of the prompt")
        << QVariant(2.5) << QVariant(1.25) << none << QVariant(10.0)
        << RequestUsage{1000, 0, 400, 0, 0} << QVariant((600 * 2.5 + 400 * 1.25) / 1e6);
    QTest::newRow("cached and cache write (Anthropic)")
        << QVariant(3.0) << QVariant(0.3) << QVariant(3.75) << QVariant(15.0)
        << RequestUsage{10'000, 1000, 6000, 2000, 0}
        << QVariant((2000 * 3.0 + 6000 * 0.3 + 2000 * 3.75 + 1000 * 15.0) / 1e6);
    QTest::newRow("reasoning is part of completion")
        << QVariant(1.25) << QVariant(0.125) << none << QVariant(10.0)
        << RequestUsage{100, 300, 0, 0, 200} << QVariant((100 * 1.25 + 300 * 10.0) / 1e6);
    QTest::newRow("a million output tokens")
        << QVariant(0.1) << none << none << QVariant(0.4) << RequestUsage{0, 1'000'000, 0, 0, 0}
        << QVariant(0.4);
    QTest::newRow("zero usage costs nothing, even unpriced")
        << none << none << none << none << RequestUsage{} << QVariant(0.0);
    QTest::newRow("unknown output price")
        << QVariant(1.0) << QVariant(0.1) << none << none << RequestUsage{10, 10, 0, 0, 0} << none;
    QTest::newRow("unknown input price")
        << none << none << none << QVariant(1.0) << RequestUsage{10, 10, 0, 0, 0} << none;
    QTest::newRow("unknown cached price, cache read (no fallback to input)")
        << QVariant(0.3) << none << none << QVariant(2.5) << RequestUsage{1000, 10, 500, 0, 0}
        << none;
    QTest::newRow("unknown cached price, no cache read")
        << QVariant(0.3) << none << none << QVariant(2.5) << RequestUsage{1000, 10, 0, 0, 0}
        << QVariant((1000 * 0.3 + 10 * 2.5) / 1e6);
    QTest::newRow("unknown cache-write price, cache written")
        << QVariant(2.5) << QVariant(1.25) << none << QVariant(10.0)
        << RequestUsage{1000, 10, 0, 100, 0} << none;
    QTest::newRow("whole prompt cached")
        << QVariant(2.0) << QVariant(0.5) << none << QVariant(8.0)
        << RequestUsage{1000, 0, 1000, 0, 0} << QVariant(1000 * 0.5 / 1e6);
    QTest::newRow("inconsistent usage: cached > prompt is not negative")
        << QVariant(2.0) << QVariant(0.5) << none << QVariant(8.0)
        << RequestUsage{100, 0, 200, 0, 0} << QVariant(200 * 0.5 / 1e6);
}

void TestModelCatalog::cost()
{
    QFETCH(QVariant, input);
    QFETCH(QVariant, cachedInput);
    QFETCH(QVariant, cacheWrite);
    QFETCH(QVariant, output);
    QFETCH(RequestUsage, usage);
    QFETCH(QVariant, expected);

    ModelPrice price;
    price.input = optionalOf(input);
    price.cachedInput = optionalOf(cachedInput);
    price.cacheWrite = optionalOf(cacheWrite);
    price.output = optionalOf(output);
    const std::optional<double> cost = price.cost(usage);
    QCOMPARE(cost.has_value(), expected.isValid());
    if (cost) {
        QVERIFY2(
            qAbs(*cost - expected.toDouble()) < 1e-12,
            qPrintable(u"%1 != %2"_s.arg(*cost, 0, 'g', 17).arg(expected.toDouble(), 0, 'g', 17)));
    }
}

void TestModelCatalog::costThroughCatalog()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    // Claude Sonnet 4.5: $3 in, $0.30 cache hits, $3.75 5-minute writes, $15 out.
    const CatalogEntry sonnet = catalog.lookup(u"anthropic"_s, u"claude-sonnet-4-5-20250929"_s);
    const std::optional<double> cost = sonnet.price.cost(RequestUsage{10'000, 1000, 6000, 2000, 0});
    QVERIFY(cost);
    QVERIFY(qAbs(*cost - 0.0303) < 1e-12);
    // gpt-4o: $2.50 in, $1.25 cached, $10 out.
    const std::optional<double> gpt4o
        = catalog.lookup(u"openai"_s, u"gpt-4o"_s).price.cost(RequestUsage{1000, 500, 0, 0, 0});
    QVERIFY(gpt4o);
    QVERIFY(qAbs(*gpt4o - 0.0075) < 1e-12);
    // A local model has no price.
    QVERIFY(
        !catalog.lookup(u"ollama"_s, u"llama3.1:8b"_s).price.cost(RequestUsage{10, 10, 0, 0, 0}));
}

void TestModelCatalog::priceJsonRoundTrip()
{
    ModelPrice price;
    price.input = 3.0;
    price.cachedInput = 0.3;
    price.output = 15.0;
    const QJsonObject json = price.toJson();
    QVERIFY(json.value(u"cache_write"_s).isNull());
    QCOMPARE(json.value(u"input"_s).toDouble(), 3.0);
    QCOMPARE(ModelPrice::fromJson(json), price);
    QCOMPARE(ModelPrice::fromJson(QJsonObject{}), ModelPrice{});

    // A partial changes only what it names; null makes a figure unknown.
    ModelPrice merged = price;
    QVERIFY(merged.mergeJson(QJsonObject{{u"output"_s, 12.0}, {u"cached_input"_s, QJsonValue()}}));
    QCOMPARE(merged.input, price.input);
    QCOMPARE(merged.output, std::optional<double>(12.0));
    QVERIFY(!merged.cachedInput);

    JsonError error;
    ModelPrice unchanged = price;
    QVERIFY(!unchanged.mergeJson(QJsonObject{{u"output"_s, 1.0}, {u"input"_s, -1.0}}, &error,
                                 u"$.price"_s));
    QCOMPARE(error.path, u"$.price.input"_s);
    QCOMPARE(unchanged, price);
    QVERIFY(!ModelPrice::fromJson(QJsonValue(2.0)).has_value());
}

void TestModelCatalog::entryJsonRoundTrip()
{
    CatalogEntry entry;
    entry.provider = u"anthropic"_s;
    entry.id = u"claude-test-1"_s;
    entry.displayName = u"Claude Test 1"_s;
    entry.aliases = QStringList{u"claude-test-1-20990101"_s};
    entry.family = u"claude-test"_s;
    entry.vision = true;
    entry.functionCalling = true;
    entry.structuredOutput = true;
    entry.reasoning = true;
    entry.multipleSystemMessages = false;
    entry.contextWindow = 200'000;
    entry.maxOutputTokens = 64'000;
    entry.price.input = 1.0;
    entry.price.cacheWrite = 1.25;
    entry.price.output = 5.0;
    entry.notes = u"note"_s;
    entry.known = true;

    const QJsonObject json = entry.toJson();
    QCOMPARE(json.value(u"function_calling"_s).toBool(), true);
    QCOMPARE(json.value(u"aliases"_s).toArray().size(), 1);
    const std::optional<CatalogEntry> back = CatalogEntry::fromJson(json);
    QVERIFY(back);
    QCOMPARE(*back, entry);

    CatalogEntry unknown = CatalogEntry::unknown(u"openai"_s, u"x"_s);
    QCOMPARE(*CatalogEntry::fromJson(unknown.toJson()), unknown);
    // An entry written down describes a model unless it says otherwise.
    QVERIFY(CatalogEntry::fromJson(QJsonObject{{u"id"_s, u"y"_s}})->known);
}

void TestModelCatalog::entryJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    QTest::newRow("not an object") << QByteArray("[1]") << u"$"_s;
    QTest::newRow("context as text")
        << QByteArray(R"({"context_window": "big"})") << u"$.context_window"_s;
    QTest::newRow("fractional context")
        << QByteArray(R"({"context_window": 1.5})") << u"$.context_window"_s;
    QTest::newRow("negative output")
        << QByteArray(R"({"max_output_tokens": -1})") << u"$.max_output_tokens"_s;
    QTest::newRow("flag as text") << QByteArray(R"({"vision": "yes"})") << u"$.vision"_s;
    QTest::newRow("alias not a string")
        << QByteArray(R"({"aliases": ["a", 1]})") << u"$.aliases[1]"_s;
    QTest::newRow("price not an object") << QByteArray(R"({"price": 3})") << u"$.price"_s;
    QTest::newRow("price as text")
        << QByteArray(R"({"price": {"output": "x"}})") << u"$.price.output"_s;
    QTest::newRow("negative price")
        << QByteArray(R"({"price": {"cached_input": -0.1}})") << u"$.price.cached_input"_s;
}

void TestModelCatalog::entryJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    JsonError error;
    QVERIFY(!CatalogEntry::fromJson(value, &error));
    QCOMPARE(error.path, path);
    QVERIFY(!error.message.isEmpty());
}

void TestModelCatalog::builtinErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    const QJsonObject good = builtinJson();
    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
    QTest::newRow("wrong format") << compact(withValue(good, {u"format"_s}, u"something"_s))
                                  << u"$.format"_s;
    QTest::newRow("newer version")
        << compact(withValue(good, {u"version"_s}, 2)) << u"format version 2"_s;
    QTest::newRow("no as-of date")
        << compact(withValue(good, {u"prices_as_of"_s}, u"soon"_s)) << u"$.prices_as_of"_s;
    QTest::newRow("zero context") << compact(withValue(
        good, {u"providers"_s, u"openai"_s, u"models"_s, u"gpt-4.1"_s, u"context_window"_s}, 0))
                                  << uR"($.providers.openai.models["gpt-4.1"].context_window)"_s;
    QTest::newRow("negative price")
        << compact(withValue(good,
                             {u"providers"_s, u"anthropic"_s, u"models"_s, u"claude-haiku-4-5"_s,
                              u"price"_s, u"output"_s},
                             -5))
        << uR"($.providers.anthropic.models["claude-haiku-4-5"].price.output)"_s;
    QTest::newRow("ambiguous alias") << compact(withValue(
        good, {u"providers"_s, u"openai"_s, u"models"_s, u"gpt-4o-mini"_s, u"aliases"_s},
        QJsonArray{u"gpt-4o"_s})) << u"already names"_s;
    QTest::newRow("bad fallback") << compact(
        withValue(good, {u"providers"_s, u"azure"_s, u"fallback"_s}, u"nowhere"_s))
                                  << u"$.providers.azure.fallback"_s;
}

void TestModelCatalog::builtinErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    const CatalogEntry before = catalog.lookup(u"openai"_s, u"gpt-4.1"_s);
    QVERIFY(!catalog.loadBuiltinData(json, u"test.json"_s));
    QVERIFY2(catalog.errorString().contains(message), qPrintable(catalog.errorString()));
    QVERIFY2(catalog.errorString().contains(u"test.json"_s), qPrintable(catalog.errorString()));
    // A failed load leaves the catalog as it was.
    QCOMPARE(catalog.lookup(u"openai"_s, u"gpt-4.1"_s), before);

    QTemporaryDir dir;
    QVERIFY(!ModelCatalog().loadBuiltin(dir.filePath(u"missing.json"_s)));
}

void TestModelCatalog::overrideSaveAndReload()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"config/sub/catalog-overrides.json"_s);

    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    QVERIFY2(catalog.loadOverrides(path), qPrintable(catalog.errorString())); // missing = none
    QVERIFY(catalog.overrides().isEmpty());
    QCOMPARE(catalog.overridesPath(), path);

    const CatalogEntry builtin = catalog.lookup(u"openai"_s, u"gpt-4o"_s);
    QString error;
    QVERIFY2(catalog.setOverride(u"openai"_s, u"gpt-4o"_s,
                                 QJsonObject{{u"display_name"_s, u"My 4o"_s},
                                             {u"price"_s, QJsonObject{{u"input"_s, 2.0}}}},
                                 &error),
             qPrintable(error));
    const CatalogEntry changed = catalog.lookup(u"openai"_s, u"gpt-4o"_s);
    QCOMPARE(changed.displayName, u"My 4o"_s);
    QCOMPARE(changed.price.input, std::optional<double>(2.0));
    QCOMPARE(changed.price.output, builtin.price.output);           // not overridden
    QCOMPARE(changed.price.cachedInput, builtin.price.cachedInput); // not overridden
    QCOMPARE(changed.contextWindow, builtin.contextWindow);
    QVERIFY(changed.known);
    QVERIFY(catalog.hasOverride(u"openai"_s, u"GPT-4o"_s));
    // Snapshots of the model see the override too.
    QCOMPARE(catalog.lookup(u"openai"_s, u"gpt-4o-2024-08-06"_s).displayName, u"My 4o"_s);
    QCOMPARE(catalog.builtinEntry(u"openai"_s, u"gpt-4o"_s), builtin);

    QVERIFY2(catalog.saveOverrides(), qPrintable(catalog.errorString()));
    const QJsonObject saved = parse(readAll(path));
    QCOMPARE(saved.value(u"format"_s).toString(), u"modelkit.catalog-overrides"_s);
    QCOMPARE(saved.value(u"version"_s).toInt(), 1);
    // Only what the user changed is stored.
    QCOMPARE(saved.value(u"overrides"_s)[u"openai"_s][u"gpt-4o"_s].toObject(),
             (QJsonObject{{u"display_name"_s, u"My 4o"_s},
                          {u"price"_s, QJsonObject{{u"input"_s, 2.0}}}}));

    ModelCatalog reloaded;
    QVERIFY(reloaded.loadBuiltin());
    QVERIFY2(reloaded.loadOverrides(path), qPrintable(reloaded.errorString()));
    QCOMPARE(reloaded.lookup(u"openai"_s, u"gpt-4o"_s), changed);
    QCOMPARE(reloaded.overrides(), catalog.overrides());
}

void TestModelCatalog::overridesSurviveCatalogUpdate()
{
    QTemporaryDir dir;
    const QString builtinPath = dir.filePath(u"models.json"_s);
    const QString overridesPath = dir.filePath(u"catalog-overrides.json"_s);

    // Version 1 of a built-in catalog, and a user who overrides two fields.
    QVERIFY(writeAll(builtinPath, tinyCatalog(1000, 1.0, 2.0, u"old"_s)));
    {
        ModelCatalog catalog;
        QVERIFY2(catalog.loadBuiltin(builtinPath), qPrintable(catalog.errorString()));
        QVERIFY(catalog.loadOverrides(overridesPath));
        QVERIFY(catalog.setOverride(
            u"openai"_s, u"m1"_s,
            QJsonObject{{u"vision"_s, true}, {u"price"_s, QJsonObject{{u"input"_s, 5.0}}}}));
        QVERIFY(catalog.saveOverrides());
        QCOMPARE(catalog.pricesAsOf(), QDate(2026, 1, 2));
    }

    // Version 2 changes the context window, the output price, the input price and the notes.
    QVERIFY(writeAll(builtinPath, tinyCatalog(2000, 1.5, 3.0, u"new"_s)));
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin(builtinPath));
    QVERIFY(catalog.loadOverrides(overridesPath));
    const CatalogEntry entry = catalog.lookup(u"openai"_s, u"m1"_s);
    QCOMPARE(entry.contextWindow, 2000);                      // new built-in value
    QCOMPARE(entry.price.output, std::optional<double>(3.0)); // new built-in value
    QCOMPARE(entry.notes, u"new"_s);                          // new built-in value
    QCOMPARE(entry.price.input, std::optional<double>(5.0));  // the user's value
    QCOMPARE(entry.vision, true);                             // the user's value
    QCOMPARE(catalog.builtinEntry(u"openai"_s, u"m1"_s).price.input, std::optional<double>(1.5));
}

void TestModelCatalog::overridesSurviveBuiltinUpdate()
{
    // The same with the real data: a newer catalog raises gpt-4o's context window and output
    // price; the user had overridden the input price only.
    QTemporaryDir dir;
    const QString overridesPath = dir.filePath(u"catalog-overrides.json"_s);
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    QVERIFY(catalog.loadOverrides(overridesPath));
    QVERIFY(catalog.setOverride(u"openai"_s, u"gpt-4o"_s,
                                QJsonObject{{u"price"_s, QJsonObject{{u"input"_s, 1.75}}}}));
    QVERIFY(catalog.saveOverrides());

    QJsonObject newer = builtinJson();
    newer = withValue(newer, {u"prices_as_of"_s}, u"2027-03-01"_s);
    newer = withValue(newer,
                      {u"providers"_s, u"openai"_s, u"models"_s, u"gpt-4o"_s, u"context_window"_s},
                      256'000);
    newer = withValue(
        newer, {u"providers"_s, u"openai"_s, u"models"_s, u"gpt-4o"_s, u"price"_s, u"output"_s},
        11.0);
    const QString newerPath = dir.filePath(u"models-newer.json"_s);
    QVERIFY(writeAll(newerPath, compact(newer)));

    ModelCatalog updated;
    QVERIFY2(updated.loadBuiltin(newerPath), qPrintable(updated.errorString()));
    QVERIFY(updated.loadOverrides(overridesPath));
    QCOMPARE(updated.pricesAsOf(), QDate(2027, 3, 1));
    const CatalogEntry entry = updated.lookup(u"openai"_s, u"gpt-4o"_s);
    QCOMPARE(entry.contextWindow, 256'000);
    QCOMPARE(entry.price.output, std::optional<double>(11.0));
    QCOMPARE(entry.price.input, std::optional<double>(1.75));
}

void TestModelCatalog::brokenOverrides_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not JSON") << QByteArray("{\"format\": \"modelkit.catalog-overrides\", ")
                              << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"$"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "version": 1})")
                                  << u"$.format"_s;
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "modelkit.catalog-overrides", "version": 7, "overrides": {}})")
        << u"format version 7"_s;
    QTest::newRow("wrong type") << QByteArray(
        R"({"format": "modelkit.catalog-overrides", "version": 1,)"
        R"( "overrides": {"openai": {"gpt-4.1": {"price": {"input": "cheap"}}}}})")
                                << uR"($.overrides.openai["gpt-4.1"].price.input)"_s;
}

void TestModelCatalog::brokenOverrides()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalog-overrides.json"_s);
    QVERIFY(writeAll(path, content));

    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    QVERIFY(!catalog.loadOverrides(path));
    const QString message = catalog.errorString();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QCOMPARE(catalog.brokenOverridesCopy(), path + u".broken"_s);
    QVERIFY2(message.contains(catalog.brokenOverridesCopy()), qPrintable(message));
    QVERIFY(catalog.overrides().isEmpty());
    QCOMPARE(catalog.lookup(u"openai"_s, u"gpt-4.1"_s),
             catalog.builtinEntry(u"openai"_s, u"gpt-4.1"_s));
    // Nothing is lost: the original is untouched and the copy holds the same bytes.
    QCOMPARE(readAll(path), content);
    QCOMPARE(readAll(path + u".broken"_s), content);

    // Loading the same broken file again reuses the copy instead of piling up new ones.
    QVERIFY(!catalog.loadOverrides(path));
    QCOMPARE(catalog.brokenOverridesCopy(), path + u".broken"_s);
    QVERIFY(!QFile::exists(path + u".broken.1"_s));

    // Saving afterwards replaces the broken file (the message said so); the copy stays.
    QVERIFY(catalog.setOverride(u"openai"_s, u"gpt-4.1"_s, QJsonObject{{u"notes"_s, u"mine"_s}}));
    QVERIFY2(catalog.saveOverrides(), qPrintable(catalog.errorString()));
    QCOMPARE(readAll(path + u".broken"_s), content);
    ModelCatalog reloaded;
    QVERIFY(reloaded.loadOverrides(path));
    QCOMPARE(reloaded.overrideFor(u"openai"_s, u"gpt-4.1"_s).value(u"notes"_s).toString(),
             u"mine"_s);
}

void TestModelCatalog::brokenOverrideCopiesAreNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalog-overrides.json"_s);
    QVERIFY(writeAll(path + u".broken"_s, "an older broken file"));
    QVERIFY(writeAll(path, "{ broken"));

    ModelCatalog catalog;
    QVERIFY(!catalog.loadOverrides(path));
    QCOMPARE(catalog.brokenOverridesCopy(), path + u".broken.1"_s);
    QCOMPARE(readAll(path + u".broken"_s), QByteArray("an older broken file"));
    QCOMPARE(readAll(path + u".broken.1"_s), QByteArray("{ broken"));
    QCOMPARE(readAll(path), QByteArray("{ broken"));
}

void TestModelCatalog::removeOverrideRestoresBuiltin()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    const CatalogEntry builtin = catalog.lookup(u"gemini"_s, u"gemini-2.5-flash"_s);
    QVERIFY(catalog.setOverride(u"gemini"_s, u"gemini-2.5-flash"_s,
                                QJsonObject{{u"context_window"_s, 32'000},
                                            {u"price"_s, QJsonObject{{u"cached_input"_s, 0.03}}}}));
    const CatalogEntry changed = catalog.lookup(u"gemini"_s, u"gemini-2.5-flash"_s);
    QCOMPARE(changed.contextWindow, 32'000);
    QCOMPARE(changed.price.cachedInput, std::optional<double>(0.03));
    QVERIFY(changed != builtin);

    QVERIFY(catalog.removeOverride(u"gemini"_s, u"gemini-2.5-flash"_s));
    QCOMPARE(catalog.lookup(u"gemini"_s, u"gemini-2.5-flash"_s), builtin);
    QVERIFY(!catalog.hasOverride(u"gemini"_s, u"gemini-2.5-flash"_s));
    QVERIFY(catalog.overrides().isEmpty());
    QVERIFY(!catalog.removeOverride(u"gemini"_s, u"gemini-2.5-flash"_s));

    // An empty partial removes as well.
    QVERIFY(
        catalog.setOverride(u"gemini"_s, u"gemini-2.5-pro"_s, QJsonObject{{u"vision"_s, false}}));
    QVERIFY(catalog.setOverride(u"gemini"_s, u"gemini-2.5-pro"_s, QJsonObject{}));
    QVERIFY(catalog.overrides().isEmpty());
}

void TestModelCatalog::setOverrideRejects_data()
{
    QTest::addColumn<QJsonObject>("partial");
    QTest::addColumn<QString>("message");

    QTest::newRow("id") << QJsonObject{{u"id"_s, u"other"_s}} << u"\"id\""_s;
    QTest::newRow("known") << QJsonObject{{u"known"_s, false}} << u"\"known\""_s;
    QTest::newRow("aliases") << QJsonObject{{u"aliases"_s, QJsonArray{u"x"_s}}} << u"\"aliases\""_s;
    QTest::newRow("typo") << QJsonObject{{u"contextwindow"_s, 5}} << u"\"contextwindow\""_s;
    QTest::newRow("negative context")
        << QJsonObject{{u"context_window"_s, -5}} << u"$.context_window"_s;
    QTest::newRow("price as text")
        << QJsonObject{{u"price"_s, QJsonObject{{u"input"_s, u"x"_s}}}} << u"$.price.input"_s;
    QTest::newRow("negative price")
        << QJsonObject{{u"price"_s, QJsonObject{{u"output"_s, -1}}}} << u"$.price.output"_s;
}

void TestModelCatalog::setOverrideRejects()
{
    QFETCH(QJsonObject, partial);
    QFETCH(QString, message);
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    const CatalogEntry before = catalog.lookup(u"openai"_s, u"o3"_s);
    QString error;
    QVERIFY(!catalog.setOverride(u"openai"_s, u"o3"_s, partial, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(catalog.overrides().isEmpty());
    QCOMPARE(catalog.lookup(u"openai"_s, u"o3"_s), before);
}

void TestModelCatalog::snapshotOverride()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    QVERIFY(catalog.setOverride(u"anthropic"_s, u"claude-sonnet-4-5"_s,
                                QJsonObject{{u"notes"_s, u"family note"_s}}));
    QVERIFY(catalog.setOverride(u"anthropic"_s, u"claude-sonnet-4-5-20250929"_s,
                                QJsonObject{{u"price"_s, QJsonObject{{u"output"_s, 14.0}}}}));
    const CatalogEntry snapshot = catalog.lookup(u"anthropic"_s, u"claude-sonnet-4-5-20250929"_s);
    QCOMPARE(snapshot.notes, u"family note"_s);                   // canonical override
    QCOMPARE(snapshot.price.output, std::optional<double>(14.0)); // snapshot override
    const CatalogEntry base = catalog.lookup(u"anthropic"_s, u"claude-sonnet-4-5"_s);
    QCOMPARE(base.notes, u"family note"_s);
    QCOMPARE(base.price.output, std::optional<double>(15.0));

    // The snapshot's override is listed under the snapshot's id.
    const QList<CatalogEntry> entries = catalog.entries(u"anthropic"_s);
    const auto listed = std::find_if(entries.cbegin(), entries.cend(), [](const CatalogEntry &e) {
        return e.id == u"claude-sonnet-4-5-20250929";
    });
    QVERIFY(listed != entries.cend());
    QCOMPARE(listed->price.output, std::optional<double>(14.0));
}

void TestModelCatalog::overrideForUnlistedModel()
{
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    const int before = int(catalog.entries(u"ollama"_s).size());
    QVERIFY(catalog.setOverride(u"ollama"_s, u"My-Model:Q4"_s,
                                QJsonObject{{u"context_window"_s, 8192},
                                            {u"function_calling"_s, true},
                                            {u"display_name"_s, u"Mine"_s}}));
    const CatalogEntry entry = catalog.lookup(u"ollama"_s, u"my-model:q4"_s);
    QVERIFY(!entry.known);
    QCOMPARE(entry.contextWindow, 8192);
    QVERIFY(entry.functionCalling);
    QVERIFY(entry.jsonOutput); // the Ollama section's defaults for unknown models still apply
    QVERIFY(entry.price.isUnknown());

    const QList<CatalogEntry> entries = catalog.entries(u"ollama"_s);
    QCOMPARE(entries.size(), before + 1);
    QVERIFY(std::is_sorted(entries.cbegin(), entries.cend(),
                           [](const CatalogEntry &a, const CatalogEntry &b) {
                               return a.id.compare(b.id, Qt::CaseInsensitive) < 0;
                           }));
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(),
                        [](const CatalogEntry &e) { return e.displayName == u"Mine"; }));
    // The fallback sections list nothing of their own.
    QVERIFY(catalog.entries(u"azure"_s).isEmpty());
    QVERIFY(catalog.entries(ProviderKind::OpenAiCompatible).isEmpty());
}

void TestModelCatalog::overridesKeepUnknownFields()
{
    // A field a newer version wrote is neither applied nor dropped when this version saves.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"catalog-overrides.json"_s);
    const QByteArray content
        = R"({"format": "modelkit.catalog-overrides", "version": 1, "overrides": {"openai":)"
          R"( {"GPT-4o": {"price": {"input": 2.0}, "future_field": {"x": 1}}}}})";
    QVERIFY(writeAll(path, content));

    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    QVERIFY2(catalog.loadOverrides(path), qPrintable(catalog.errorString()));
    QCOMPARE(catalog.lookup(u"openai"_s, u"gpt-4o"_s).price.input, std::optional<double>(2.0));
    QVERIFY(catalog.saveOverrides());
    const QJsonObject saved
        = parse(readAll(path)).value(u"overrides"_s)[u"openai"_s][u"gpt-4o"_s].toObject();
    QCOMPARE(saved.value(u"future_field"_s).toObject().value(u"x"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
