// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The response cache's key: canonical JSON and what does (and does not) change the key.
#include "cache/cachekey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace {

QJsonValue parse(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

ToolSchema weatherTool()
{
    ToolSchema tool;
    tool.name = u"get_weather"_s;
    tool.description = u"Current weather"_s;
    tool.parameters = parse(R"({"type":"object","properties":{"city":{"type":"string"}},)"
                            R"("required":["city"]})")
                          .toObject();
    return tool;
}

ToolSchema timeTool()
{
    ToolSchema tool;
    tool.name = u"get_time"_s;
    tool.parameters = QJsonObject{{u"type"_s, u"object"_s}};
    return tool;
}

CompletionRequest baseRequest()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"Be brief."_s};
    request.messages << UserMessage{u"Weather in Paris?"_s, u"user"_s};
    request.tools << weatherTool() << timeTool();
    return request;
}

QByteArray keyOf(const CompletionRequest &request, const QString &provider = u"openai"_s,
                 const QString &model = u"gpt-4o-mini"_s, const QString &scope = {})
{
    return CacheKey::compute(request, provider, model, scope);
}

} // namespace

class TstCacheKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalJson_data();
    void canonicalJson();
    void objectKeyOrderIsIrrelevant();
    void keyIsSha256Hex();
    void sameRequestSameKey();
    void parameterOrderIsIrrelevant();
    void toolChoiceChangesKey_data();
    void toolChoiceChangesKey();
    void everyParameterChangesKey_data();
    void everyParameterChangesKey();
    void extraArgsChangeKey();
    void outputModeChangesKey();
    void messagesAndToolsChangeKey();
    void providerModelAndScopeChangeKey();
    void equalNumbersGiveEqualKeys();
};

void TstCacheKey::canonicalJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("sorted keys, no whitespace")
        << QByteArray(R"({ "b": 1, "a": [ 1, 2 ], "c": { "z": null, "y": true } })")
        << QByteArray(R"({"a":[1,2],"b":1,"c":{"y":true,"z":null}})");
    QTest::newRow("integral doubles print as integers")
        << QByteArray(R"([1.0, -0.0, 1e3, 2.50, 0.1, -7])") << QByteArray("[1,0,1000,2.5,0.1,-7]");
    QTest::newRow("large and small numbers") << QByteArray(R"([1e300, 1.5e-7, 9007199254740993])")
                                             << QByteArray("[1e+300,1.5e-07,9007199254740993]");
    QTest::newRow("string escapes")
        << QByteArray(R"(["q\"b\\s\/n\nt\tc\u0001", "é✓"])")
        << QByteArray("[\"q\\\"b\\\\s/n\\nt\\tc\\u0001\",\"\xc3\xa9\xe2\x9c\x93\"]");
    QTest::newRow("nested arrays keep their order")
        << QByteArray(R"({"k": [[3, 2], {"b": 0, "a": 0}]})")
        << QByteArray(R"({"k":[[3,2],{"a":0,"b":0}]})");
}

void TstCacheKey::canonicalJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, canonical);
    QCOMPARE(CacheKey::canonicalJson(parse(json)), canonical);
    // Canonical text is a fixed point.
    QCOMPARE(CacheKey::canonicalJson(parse(canonical)), canonical);
}

void TstCacheKey::objectKeyOrderIsIrrelevant()
{
    const QJsonValue a = parse(R"({"x": {"m": 1, "n": [1, {"q": 1, "p": 2}]}, "y": "s"})");
    const QJsonValue b = parse(R"({"y": "s", "x": {"n": [1, {"p": 2, "q": 1}], "m": 1}})");
    QCOMPARE(CacheKey::canonicalJson(a), CacheKey::canonicalJson(b));

    CompletionRequest first = baseRequest();
    first.extraCreateArgs = parse(R"({"user": "u1", "metadata": {"b": 2, "a": 1}})").toObject();
    CompletionRequest second = baseRequest();
    second.extraCreateArgs = parse(R"({"metadata": {"a": 1, "b": 2}, "user": "u1"})").toObject();
    QCOMPARE(keyOf(first), keyOf(second));
}

void TstCacheKey::keyIsSha256Hex()
{
    const QByteArray key = keyOf(baseRequest());
    QCOMPARE(key.size(), 64);
    for (const char c : key)
        QVERIFY2((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'), key.constData());
    // It is the hash of the documented material.
    QCOMPARE(key, QCryptographicHash::hash(CacheKey::canonicalJson(CacheKey::material(
                                               baseRequest(), u"openai"_s, u"gpt-4o-mini"_s)),
                                           QCryptographicHash::Sha256)
                      .toHex());
}

void TstCacheKey::sameRequestSameKey()
{
    QCOMPARE(keyOf(baseRequest()), keyOf(baseRequest()));
    // tool_choice "auto" is the default: saying it explicitly is the same request.
    CompletionRequest explicitAuto = baseRequest();
    explicitAuto.toolChoice = ToolChoice::fromString(u"auto"_s);
    QCOMPARE(keyOf(explicitAuto), keyOf(baseRequest()));
}

void TstCacheKey::parameterOrderIsIrrelevant()
{
    CompletionRequest a = baseRequest();
    QString error;
    QVERIFY(a.parameters.set(u"temperature"_s, 0.2, &error));
    QVERIFY(a.parameters.set(u"seed"_s, 7, &error));
    QVERIFY(a.parameters.set(u"max_tokens"_s, 100, &error));
    CompletionRequest b = baseRequest();
    QVERIFY(b.parameters.set(u"max_tokens"_s, 100, &error));
    QVERIFY(b.parameters.set(u"seed"_s, 7, &error));
    QVERIFY(b.parameters.set(u"temperature"_s, 0.2, &error));
    QCOMPARE(keyOf(a), keyOf(b));
}

void TstCacheKey::toolChoiceChangesKey_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("auto/required") << u"auto"_s << u"required"_s;
    QTest::newRow("auto/none") << u"auto"_s << u"none"_s;
    QTest::newRow("required/none") << u"required"_s << u"none"_s;
    QTest::newRow("auto/named") << u"auto"_s << u"get_weather"_s;
    QTest::newRow("required/named") << u"required"_s << u"get_weather"_s;
    QTest::newRow("named/named") << u"get_time"_s << u"get_weather"_s;
}

void TstCacheKey::toolChoiceChangesKey()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    CompletionRequest a = baseRequest();
    a.toolChoice = ToolChoice::fromString(first);
    CompletionRequest b = baseRequest();
    b.toolChoice = ToolChoice::fromString(second);
    QVERIFY(a.validationError().isEmpty());
    QVERIFY(b.validationError().isEmpty());
    QVERIFY(keyOf(a) != keyOf(b));
}

void TstCacheKey::everyParameterChangesKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("other");
    const QHash<QString, std::pair<QJsonValue, QJsonValue>> values{
        {u"temperature"_s, {0.2, 0.3}},
        {u"top_p"_s, {0.9, 0.95}},
        {u"top_k"_s, {40, 41}},
        {u"max_tokens"_s, {100, 101}},
        {u"seed"_s, {1, 2}},
        {u"stop"_s, {QJsonArray{u"END"_s}, QJsonArray{u"STOP"_s}}},
        {u"n"_s, {1, 2}},
        {u"presence_penalty"_s, {0.1, 0.2}},
        {u"frequency_penalty"_s, {0.1, 0.2}},
        {u"logprobs"_s, {true, false}},
        {u"top_logprobs"_s, {2, 3}},
        {u"parallel_tool_calls"_s, {true, false}},
        {u"reasoning_effort"_s, {u"low"_s, u"high"_s}},
        {u"thinking_budget"_s, {1024, 2048}},
    };
    // Every known parameter must be listed here, so a new one cannot be forgotten.
    const QStringList known = CompletionParameters::knownKeys();
    QCOMPARE(qsizetype(values.size()), known.size());
    for (const QString &key : known) {
        QVERIFY2(values.contains(key), qPrintable(key));
        QTest::newRow(qPrintable(key)) << key << values[key].first << values[key].second;
    }
}

void TstCacheKey::everyParameterChangesKey()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, other);
    QString error;
    CompletionRequest a = baseRequest();
    QVERIFY2(a.parameters.set(key, value, &error), qPrintable(error));
    CompletionRequest b = baseRequest();
    QVERIFY2(b.parameters.set(key, other, &error), qPrintable(error));
    QVERIFY(keyOf(a) != keyOf(baseRequest())); // set vs. unset
    QVERIFY(keyOf(a) != keyOf(b));             // one value vs. another
}

void TstCacheKey::extraArgsChangeKey()
{
    CompletionRequest a = baseRequest();
    a.extraCreateArgs = QJsonObject{{u"user"_s, u"alice"_s}};
    CompletionRequest b = baseRequest();
    b.extraCreateArgs = QJsonObject{{u"user"_s, u"bob"_s}};
    CompletionRequest nested = baseRequest();
    nested.extraCreateArgs = QJsonObject{{u"user"_s, QJsonObject{{u"name"_s, u"alice"_s}}}};
    QVERIFY(keyOf(a) != keyOf(baseRequest()));
    QVERIFY(keyOf(a) != keyOf(b));
    QVERIFY(keyOf(a) != keyOf(nested));
}

void TstCacheKey::outputModeChangesKey()
{
    CompletionRequest object = baseRequest();
    object.jsonOutput = JsonOutput::jsonObject();
    CompletionRequest schema = baseRequest();
    schema.jsonOutput = JsonOutput::jsonSchema(u"answer"_s, QJsonObject{{u"type"_s, u"object"_s}});
    CompletionRequest otherSchema = baseRequest();
    otherSchema.jsonOutput
        = JsonOutput::jsonSchema(u"answer"_s, QJsonObject{{u"type"_s, u"array"_s}});
    CompletionRequest notStrict = baseRequest();
    notStrict.jsonOutput
        = JsonOutput::jsonSchema(u"answer"_s, QJsonObject{{u"type"_s, u"object"_s}}, false);
    const QList<QByteArray> keys{keyOf(baseRequest()), keyOf(object), keyOf(schema),
                                 keyOf(otherSchema), keyOf(notStrict)};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        for (qsizetype j = i + 1; j < keys.size(); ++j)
            QVERIFY2(keys[i] != keys[j], qPrintable(u"%1 vs %2"_s.arg(i).arg(j)));
    }
}

void TstCacheKey::messagesAndToolsChangeKey()
{
    CompletionRequest text = baseRequest();
    text.messages[1] = UserMessage{u"Weather in Rome?"_s, u"user"_s};
    CompletionRequest source = baseRequest();
    source.messages[1] = UserMessage{u"Weather in Paris?"_s, u"alice"_s};
    CompletionRequest order = baseRequest();
    order.tools = {timeTool(), weatherTool()};
    CompletionRequest fewer = baseRequest();
    fewer.tools.removeLast();
    CompletionRequest description = baseRequest();
    description.tools[0].description = u"Weather now"_s;
    const QByteArray base = keyOf(baseRequest());
    QVERIFY(keyOf(text) != base);
    QVERIFY(keyOf(source) != base);
    QVERIFY(keyOf(order) != base);
    QVERIFY(keyOf(fewer) != base);
    QVERIFY(keyOf(description) != base);
}

void TstCacheKey::providerModelAndScopeChangeKey()
{
    const CompletionRequest request = baseRequest();
    const QByteArray base = keyOf(request);
    QVERIFY(keyOf(request, u"azure"_s) != base);
    QVERIFY(keyOf(request, u"openai"_s, u"gpt-4o"_s) != base);
    QVERIFY(keyOf(request, u"openai"_s, u"gpt-4o-mini"_s, u"http://localhost:8000/v1"_s) != base);
    QVERIFY(keyOf(request, u"openai"_s, u"gpt-4o-mini"_s, u"http://localhost:8000/v1"_s)
            != keyOf(request, u"openai"_s, u"gpt-4o-mini"_s, u"http://localhost:8001/v1"_s));
}

void TstCacheKey::equalNumbersGiveEqualKeys()
{
    // 1 and 1.0 are the same JSON number: the key must not depend on how it was written.
    CompletionRequest a = baseRequest();
    a.extraCreateArgs = parse(R"({"k": 1, "f": 0.5})").toObject();
    CompletionRequest b = baseRequest();
    b.extraCreateArgs = parse(R"({"k": 1.0, "f": 5e-1})").toObject();
    QCOMPARE(keyOf(a), keyOf(b));
}

QTEST_GUILESS_MAIN(TstCacheKey)
#include "tst_cachekey.moc"
