// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/chatcompletionclient.h"
#include "core/completionjob.h"
#include "jobwaiter.h"
#include "loopbackrig.h"
#include "loopbackserver.h"
#include "profiles/clientfactory.h"
#include "profiles/providerkind.h"
#include "profiles/providerprofile.h"
#include "testvalues.h"
#include "transport/httptransport.h"

#include <functional>
#include <limits>
#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::errorText;
using testsupport::LoopbackServer;
using testsupport::RecordedRequest;
using testsupport::ScriptedResponse;
using testsupport::waitForFinished;

using Env = QMap<QString, QString>;
using Tweak = std::function<void(ProviderProfile &)>;

Q_DECLARE_METATYPE(modelkit::ProviderKind)
Q_DECLARE_METATYPE(modelkit::ProviderProfile)
Q_DECLARE_METATYPE(Tweak)

namespace {

ProviderProfile profileOf(ProviderKind kind, const QString &name = u"Test"_s)
{
    ProviderProfile profile;
    profile.name = name;
    profile.kind = kind;
    return profile;
}

QProcessEnvironment environmentOf(const Env &variables)
{
    QProcessEnvironment env;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Minimal non-streamed replies, one per wire format, each saying "Hi".
const QByteArray openAiReply
    = R"({"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"m","choices":[)"
      R"({"index":0,"message":{"role":"assistant","content":"Hi"},"finish_reason":"stop"}],)"
      R"("usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}})";
const QByteArray anthropicReply
    = R"({"id":"msg_1","type":"message","role":"assistant","model":"claude-haiku-4-5",)"
      R"("content":[{"type":"text","text":"Hi"}],"stop_reason":"end_turn",)"
      R"("usage":{"input_tokens":3,"output_tokens":1}})";
const QByteArray geminiReply
    = R"({"candidates":[{"content":{"role":"model","parts":[{"text":"Hi"}]},)"
      R"("finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":3,)"
      R"("candidatesTokenCount":1,"totalTokenCount":4},"modelVersion":"gemini-2.5-flash"})";
const QByteArray ollamaReply
    = R"({"model":"llama3.2","created_at":"2026-01-01T00:00:00Z","message":{"role":"assistant",)"
      R"("content":"Hi"},"done":true,"done_reason":"stop","prompt_eval_count":3,"eval_count":1})";

} // namespace

class TestProviderProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data();
    void kinds();
    void kindIdsAreUniqueAndStrict();

    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonFieldNames();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void fromJsonKeepsUnusableProfiles();

    void validationError_data();
    void validationError();

    void fromEnvironment_data();
    void fromEnvironment();

    void resolveKey_data();
    void resolveKey();
    void keyRequired_data();
    void keyRequired();
    void transportOptions();

    void factoryRefuses_data();
    void factoryRefuses();
    void factoryTalksToLoopback_data();
    void factoryTalksToLoopback();
    void factoryOverrides();
};

// ---------------------------------------------------------------------------------------------

void TestProviderProfile::kinds_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QUrl>("defaultBaseUrl");
    QTest::addColumn<QString>("defaultModel");
    QTest::addColumn<QStringList>("keyVariables");
    QTest::addColumn<bool>("keyRequired");

    QTest::newRow("openai") << ProviderKind::OpenAi << u"openai"_s << u"OpenAI"_s
                            << QUrl(u"https://api.openai.com/v1"_s) << u"gpt-4o-mini"_s
                            << QStringList{u"OPENAI_API_KEY"_s} << true;
    QTest::newRow("azure") << ProviderKind::AzureOpenAi << u"azure"_s << u"Azure OpenAI"_s << QUrl()
                           << QString() << QStringList{u"AZURE_OPENAI_API_KEY"_s} << true;
    QTest::newRow("anthropic") << ProviderKind::Anthropic << u"anthropic"_s << u"Anthropic"_s
                               << QUrl(u"https://api.anthropic.com"_s) << u"claude-haiku-4-5"_s
                               << QStringList{u"ANTHROPIC_API_KEY"_s} << true;
    QTest::newRow("gemini") << ProviderKind::Gemini << u"gemini"_s << u"Google Gemini"_s
                            << QUrl(u"https://generativelanguage.googleapis.com"_s)
                            << u"gemini-2.5-flash"_s
                            << QStringList{u"GEMINI_API_KEY"_s, u"GOOGLE_API_KEY"_s} << true;
    QTest::newRow("ollama") << ProviderKind::Ollama << u"ollama"_s << u"Ollama"_s
                            << QUrl(u"http://localhost:11434"_s) << u"llama3.2"_s << QStringList()
                            << false;
    // A key meant for OpenAI is never sent to some other server by default.
    QTest::newRow("compatible") << ProviderKind::OpenAiCompatible << u"compatible"_s
                                << u"OpenAI-compatible"_s << QUrl() << QString() << QStringList()
                                << false;
}

void TestProviderProfile::kinds()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QString, id);
    QFETCH(QString, displayName);
    QFETCH(QUrl, defaultBaseUrl);
    QFETCH(QString, defaultModel);
    QFETCH(QStringList, keyVariables);
    QFETCH(bool, keyRequired);

    QCOMPARE(ProviderKinds::id(kind), id);
    QCOMPARE(ProviderKinds::fromId(id), std::optional<ProviderKind>(kind));
    QCOMPARE(ProviderKinds::displayName(kind), displayName);
    QCOMPARE(ProviderKinds::defaultBaseUrl(kind), defaultBaseUrl);
    QCOMPARE(ProviderKinds::defaultModel(kind), defaultModel);
    QCOMPARE(ProviderKinds::keyVariables(kind), keyVariables);
    QCOMPARE(ProviderKinds::keyRequired(kind), keyRequired);
    QVERIFY(ProviderKinds::all().contains(kind));
}

void TestProviderProfile::kindIdsAreUniqueAndStrict()
{
    const QList<ProviderKind> all = ProviderKinds::all();
    QCOMPARE(all.size(), 6);
    QSet<QString> ids;
    for (ProviderKind kind : all)
        ids.insert(ProviderKinds::id(kind));
    QCOMPARE(ids.size(), all.size());
    for (const QString &bad : {u""_s, u"OpenAI"_s, u" openai"_s, u"replay"_s, u"azure-openai"_s})
        QVERIFY2(!ProviderKinds::fromId(bad), qPrintable(bad));
}

// ---------------------------------------------------------------------------------------------

void TestProviderProfile::jsonRoundTrip_data()
{
    QTest::addColumn<ProviderProfile>("profile");

    for (ProviderKind kind : ProviderKinds::all()) {
        ProviderProfile minimal = profileOf(kind, u"Minimal "_s + ProviderKinds::id(kind));
        if (ProviderKinds::defaultBaseUrl(kind).isEmpty())
            minimal.baseUrl = QUrl(u"https://example.test/v1"_s);
        QTest::addRow("minimal %s", qPrintable(ProviderKinds::id(kind))) << minimal;
    }

    ProviderProfile full = profileOf(ProviderKind::AzureOpenAi, u"Work — Azure (EU) ✓"_s);
    full.baseUrl = QUrl(u"https://contoso-eu.openai.azure.com/path%20with%20space?x=1"_s);
    full.model = u"gpt-4o-deployment"_s;
    full.apiVersion = u"2025-01-01-preview"_s;
    // Order and repeated names survive.
    full.extraHeaders = {{"X-Zeta", "last letter"}, {"X-Alpha", "ünïcödé"}, {"X-Alpha", "again"}};
    full.http2 = true;
    full.timeoutSeconds = 45;
    full.keyVariable = u"WORK_AZURE_KEY"_s;
    full.cacheResponses = true;
    QTest::newRow("every field") << full;

    ProviderProfile ollama = profileOf(ProviderKind::Ollama, u"Local"_s);
    ollama.baseUrl = QUrl(u"http://127.0.0.1:11434"_s);
    ollama.model = u"qwen3:8b"_s;
    ollama.timeoutSeconds = 1;
    QTest::newRow("ollama with port") << ollama;
}

void TestProviderProfile::jsonRoundTrip()
{
    QFETCH(ProviderProfile, profile);
    const QJsonObject json = profile.toJson();
    // Through text, as the profiles file stores it.
    const QJsonDocument doc = QJsonDocument::fromJson(QJsonDocument(json).toJson());
    QVERIFY(doc.isObject());
    JsonError error;
    const std::optional<ProviderProfile> back = ProviderProfile::fromJson(doc.object(), &error);
    QVERIFY2(back, qPrintable(error.toString()));
    QVERIFY2(*back == profile, qPrintable(jsonText(back->toJson()) + u" != "_s + jsonText(json)));
    QCOMPARE(back->toJson(), json);
    QVERIFY(profile.validationError().isEmpty());
}

void TestProviderProfile::jsonFieldNames()
{
    ProviderProfile profile = profileOf(ProviderKind::OpenAiCompatible, u"vLLM"_s);
    profile.baseUrl = QUrl(u"http://gpu-box:8000/v1"_s);
    profile.model = u"Qwen/Qwen3-8B"_s;
    profile.apiVersion = u"v9"_s;
    profile.extraHeaders = {{"X-Team", "ml"}};
    profile.http2 = true;
    profile.timeoutSeconds = 30;
    profile.keyVariable = u"VLLM_KEY"_s;
    profile.cacheResponses = true;
    const QJsonObject expected{
        {u"name"_s, u"vLLM"_s},
        {u"kind"_s, u"compatible"_s},
        {u"base_url"_s, u"http://gpu-box:8000/v1"_s},
        {u"model"_s, u"Qwen/Qwen3-8B"_s},
        {u"api_version"_s, u"v9"_s},
        {u"extra_headers"_s, QJsonArray{QJsonValue(QJsonArray{u"X-Team"_s, u"ml"_s})}},
        {u"http2"_s, true},
        {u"timeout_seconds"_s, 30},
        {u"key_variable"_s, u"VLLM_KEY"_s},
        {u"cache_responses"_s, true},
    };
    QCOMPARE(profile.toJson(), expected);

    // Defaults stay out of the way, and nothing key-like is ever written.
    const QJsonObject minimal = profileOf(ProviderKind::Anthropic, u"A"_s).toJson();
    QCOMPARE(minimal, (QJsonObject{{u"name"_s, u"A"_s},
                                   {u"kind"_s, u"anthropic"_s},
                                   {u"http2"_s, false},
                                   {u"timeout_seconds"_s, 600}}));
    for (const QString &key : expected.keys())
        QVERIFY2(!key.contains(u"key"_s) || key == u"key_variable"_s, qPrintable(key));
}

void TestProviderProfile::fromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("not an object") << QByteArray("[1]") << u"$.profiles[3]"_s << u"object"_s;
    QTest::newRow("no name") << QByteArray(R"({"kind":"openai"})") << u"$.profiles[3].name"_s
                             << u"required"_s;
    QTest::newRow("no kind") << QByteArray(R"({"name":"x"})") << u"$.profiles[3].kind"_s
                             << u"required"_s;
    QTest::newRow("unknown kind") << QByteArray(R"({"name":"x","kind":"replay"})")
                                  << u"$.profiles[3].kind"_s
                                  << u"unknown provider kind \"replay\""_s;
    QTest::newRow("kind not a string")
        << QByteArray(R"({"name":"x","kind":1})") << u"$.profiles[3].kind"_s << u"string"_s;
    QTest::newRow("base_url type") << QByteArray(R"({"name":"x","kind":"openai","base_url":5})")
                                   << u"$.profiles[3].base_url"_s << u"string"_s;
    QTest::newRow("base_url malformed")
        << QByteArray(R"({"name":"x","kind":"openai","base_url":"http://[::1"})")
        << u"$.profiles[3].base_url"_s << u"not a valid URL"_s;
    QTest::newRow("model type") << QByteArray(R"({"name":"x","kind":"openai","model":[]})")
                                << u"$.profiles[3].model"_s << u"string"_s;
    QTest::newRow("headers not an array")
        << QByteArray(R"({"name":"x","kind":"openai","extra_headers":{"a":"b"}})")
        << u"$.profiles[3].extra_headers"_s << u"array"_s;
    QTest::newRow("header not a pair")
        << QByteArray(R"({"name":"x","kind":"openai","extra_headers":[["a","b"],["c"]]})")
        << u"$.profiles[3].extra_headers[1]"_s << u"[name, value]"_s;
    QTest::newRow("http2 type") << QByteArray(R"({"name":"x","kind":"openai","http2":"yes"})")
                                << u"$.profiles[3].http2"_s << u"true or false"_s;
    QTest::newRow("cache_responses type")
        << QByteArray(R"({"name":"x","kind":"openai","cache_responses":1})")
        << u"$.profiles[3].cache_responses"_s << u"true or false"_s;
    QTest::newRow("timeout fraction")
        << QByteArray(R"({"name":"x","kind":"openai","timeout_seconds":1.5})")
        << u"$.profiles[3].timeout_seconds"_s << u"integer"_s;
    QTest::newRow("timeout huge") << QByteArray(
        R"({"name":"x","kind":"openai","timeout_seconds":1e12})")
                                  << u"$.profiles[3].timeout_seconds"_s << u"range"_s;
    QTest::newRow("key_variable type")
        << QByteArray(R"({"name":"x","kind":"openai","key_variable":false})")
        << u"$.profiles[3].key_variable"_s << u"string"_s;
    QTest::newRow("a pasted key") << QByteArray(
        R"({"name":"x","kind":"openai","api_key":"sk-123"})")
                                  << u"$.profiles[3].api_key"_s << u"not stored"_s;
}

void TestProviderProfile::fromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QVERIFY(!doc.isNull());
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    JsonError error;
    QVERIFY(!ProviderProfile::fromJson(value, &error, u"$.profiles[3]"_s));
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    // No error sink is fine too.
    QVERIFY(!ProviderProfile::fromJson(value));
}

void TestProviderProfile::fromJsonKeepsUnusableProfiles()
{
    // Readable but not usable: kept, so that an editor can show what is wrong.
    JsonError error;
    const auto profile = ProviderProfile::fromJson(
        QJsonObject{{u"name"_s, u"Azure"_s}, {u"kind"_s, u"azure"_s}, {u"timeout_seconds"_s, 0}},
        &error);
    QVERIFY2(profile, qPrintable(error.toString()));
    QCOMPARE(profile->kind, ProviderKind::AzureOpenAi);
    QVERIFY(!profile->validationError().isEmpty());
}

// ---------------------------------------------------------------------------------------------

void TestProviderProfile::validationError_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<Tweak>("tweak");
    QTest::addColumn<QString>("problem"); // empty: valid

    const Tweak none = [](ProviderProfile &) {
    };
    auto url = [](const QString &u) {
        return Tweak([u](ProviderProfile &p) { p.baseUrl = QUrl(u); });
    };
    QTest::newRow("openai defaults") << ProviderKind::OpenAi << none << QString();
    QTest::newRow("anthropic defaults") << ProviderKind::Anthropic << none << QString();
    QTest::newRow("gemini defaults") << ProviderKind::Gemini << none << QString();
    QTest::newRow("ollama defaults") << ProviderKind::Ollama << none << QString();
    QTest::newRow("empty name") << ProviderKind::OpenAi
                                << Tweak([](ProviderProfile &p) { p.name.clear(); }) << u"name"_s;
    QTest::newRow("blank name") << ProviderKind::OpenAi
                                << Tweak([](ProviderProfile &p) { p.name = u"  "_s; }) << u"name"_s;
    QTest::newRow("azure without URL") << ProviderKind::AzureOpenAi << none << u"base URL"_s;
    QTest::newRow("azure with URL")
        << ProviderKind::AzureOpenAi << url(u"https://contoso.openai.azure.com"_s) << QString();
    QTest::newRow("compatible without URL")
        << ProviderKind::OpenAiCompatible << none << u"base URL"_s;
    QTest::newRow("compatible with URL")
        << ProviderKind::OpenAiCompatible << url(u"http://localhost:8000/v1"_s) << QString();
    QTest::newRow("ftp URL") << ProviderKind::OpenAi << url(u"ftp://example.com/v1"_s)
                             << u"http(s)"_s;
    QTest::newRow("file URL") << ProviderKind::Ollama << url(u"file:///tmp/x"_s) << u"http(s)"_s;
    QTest::newRow("relative URL") << ProviderKind::Anthropic << url(u"api.anthropic.com"_s)
                                  << u"http(s)"_s;
    QTest::newRow("timeout 0") << ProviderKind::OpenAi
                               << Tweak([](ProviderProfile &p) { p.timeoutSeconds = 0; })
                               << u"timeout"_s;
    QTest::newRow("timeout negative")
        << ProviderKind::Gemini << Tweak([](ProviderProfile &p) { p.timeoutSeconds = -5; })
        << u"timeout"_s;
    QTest::newRow("header name with space")
        << ProviderKind::OpenAi << Tweak([](ProviderProfile &p) {
               p.extraHeaders = {{"X Team", "a"}};
           })
        << u"X Team"_s;
    QTest::newRow("header without name") << ProviderKind::OpenAi << Tweak([](ProviderProfile &p) {
        p.extraHeaders = {{"", "a"}};
    }) << u"header"_s;
    QTest::newRow("header value with newline")
        << ProviderKind::Anthropic << Tweak([](ProviderProfile &p) {
               p.extraHeaders = {{"X-A", "a\r\nX-Injected: 1"}};
           })
        << u"line break"_s;
    QTest::newRow("good headers") << ProviderKind::Anthropic << Tweak([](ProviderProfile &p) {
        p.extraHeaders = {{"anthropic-beta", "x, y"}, {"X-Trace_Id.1", "a b"}};
    }) << QString();
    QTest::newRow("bad key variable")
        << ProviderKind::OpenAi << Tweak([](ProviderProfile &p) { p.keyVariable = u"A=B"_s; })
        << u"A=B"_s;
    QTest::newRow("good key variable")
        << ProviderKind::OpenAi
        << Tweak([](ProviderProfile &p) { p.keyVariable = u"MY_OPENAI_KEY"_s; }) << QString();
}

void TestProviderProfile::validationError()
{
    QFETCH(ProviderKind, kind);
    QFETCH(Tweak, tweak);
    QFETCH(QString, problem);
    ProviderProfile profile = profileOf(kind);
    tweak(profile);
    const QString error = profile.validationError();
    if (problem.isEmpty())
        QVERIFY2(error.isEmpty(), qPrintable(error));
    else
        QVERIFY2(error.contains(problem), qPrintable(u"\""_s + error + u"\" lacks "_s + problem));
}

// ---------------------------------------------------------------------------------------------

void TestProviderProfile::fromEnvironment_data()
{
    QTest::addColumn<Env>("env");
    QTest::addColumn<QStringList>("expected"); // "name|kind|model|base_url|api_version"

    QTest::newRow("nothing") << Env{{u"PATH"_s, u"/usr/bin"_s}} << QStringList();
    QTest::newRow("openai") << Env{{u"OPENAI_API_KEY"_s, u"sk-1"_s}}
                            << QStringList{u"OpenAI (environment)|openai|gpt-4o-mini||"_s};
    QTest::newRow("empty key is no key") << Env{{u"OPENAI_API_KEY"_s, u""_s}} << QStringList();
    QTest::newRow("azure without endpoint")
        << Env{{u"AZURE_OPENAI_API_KEY"_s, u"az"_s}} << QStringList();
    QTest::newRow("azure endpoint without key")
        << Env{{u"AZURE_OPENAI_ENDPOINT"_s, u"https://contoso.openai.azure.com"_s}}
        << QStringList();
    QTest::newRow("azure") << Env{{u"AZURE_OPENAI_API_KEY"_s, u"az"_s},
                                  {u"AZURE_OPENAI_ENDPOINT"_s,
                                   u"https://contoso.openai.azure.com/"_s},
                                  {u"OPENAI_API_VERSION"_s, u"2025-01-01-preview"_s}}
                           << QStringList{u"Azure OpenAI (environment)|azure||"
                                          "https://contoso.openai.azure.com/|2025-01-01-preview"_s};
    QTest::newRow("anthropic") << Env{{u"ANTHROPIC_API_KEY"_s, u"sk-ant"_s}}
                               << QStringList{
                                      u"Anthropic (environment)|anthropic|claude-haiku-4-5||"_s};
    QTest::newRow("gemini via GOOGLE_API_KEY")
        << Env{{u"GOOGLE_API_KEY"_s, u"g"_s}}
        << QStringList{u"Google Gemini (environment)|gemini|gemini-2.5-flash||"_s};
    QTest::newRow("ollama and compatible are never guessed")
        << Env{{u"OLLAMA_API_KEY"_s, u"o"_s},
               {u"OLLAMA_HOST"_s, u"http://localhost:11434"_s},
               {u"OPENAI_BASE_URL"_s, u"http://localhost:8000/v1"_s}}
        << QStringList();
    QTest::newRow("all, in kind order")
        << Env{{u"GEMINI_API_KEY"_s, u"g"_s},
               {u"ANTHROPIC_API_KEY"_s, u"a"_s},
               {u"AZURE_OPENAI_API_KEY"_s, u"az"_s},
               {u"AZURE_OPENAI_ENDPOINT"_s, u"https://contoso.openai.azure.com"_s},
               {u"OPENAI_API_KEY"_s, u"o"_s}}
        << QStringList{u"OpenAI (environment)|openai|gpt-4o-mini||"_s,
                       u"Azure OpenAI (environment)|azure||https://contoso.openai.azure.com|"_s,
                       u"Anthropic (environment)|anthropic|claude-haiku-4-5||"_s,
                       u"Google Gemini (environment)|gemini|gemini-2.5-flash||"_s};
}

void TestProviderProfile::fromEnvironment()
{
    QFETCH(Env, env);
    QFETCH(QStringList, expected);
    const QList<ProviderProfile> profiles = ProviderProfile::fromEnvironment(environmentOf(env));
    QStringList actual;
    for (const ProviderProfile &p : profiles) {
        actual << QStringList{p.name, ProviderKinds::id(p.kind), p.model, p.baseUrl.toString(),
                              p.apiVersion}
                      .join(u'|');
        QVERIFY2(p.validationError().isEmpty(), qPrintable(p.validationError()));
        QVERIFY(p.keyVariable.isEmpty()); // the kind's variables, found again by resolveKey
        QVERIFY(!ClientFactory::resolveKey(p, environmentOf(env)).isEmpty());
        // The key itself never lands in the profile.
        const QString json = jsonText(p.toJson());
        for (const QString &variable : ProviderKinds::keyVariables(p.kind)) {
            if (env.contains(variable))
                QVERIFY2(!json.contains(u'"' + env.value(variable) + u'"'), qPrintable(json));
        }
    }
    QCOMPARE(actual, expected);
}

// ---------------------------------------------------------------------------------------------

void TestProviderProfile::resolveKey_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QString>("keyVariable");
    QTest::addColumn<Env>("env");
    QTest::addColumn<QString>("key");

    const Env everything{{u"OPENAI_API_KEY"_s, u"openai"_s},
                         {u"AZURE_OPENAI_API_KEY"_s, u"azure"_s},
                         {u"ANTHROPIC_API_KEY"_s, u"anthropic"_s},
                         {u"GEMINI_API_KEY"_s, u"gemini"_s},
                         {u"GOOGLE_API_KEY"_s, u"google"_s},
                         {u"OLLAMA_API_KEY"_s, u"ollama"_s},
                         {u"MY_KEY"_s, u"mine"_s}};
    QTest::newRow("openai") << ProviderKind::OpenAi << QString() << everything << u"openai"_s;
    QTest::newRow("azure") << ProviderKind::AzureOpenAi << QString() << everything << u"azure"_s;
    QTest::newRow("azure ignores OPENAI_API_KEY")
        << ProviderKind::AzureOpenAi << QString() << Env{{u"OPENAI_API_KEY"_s, u"openai"_s}}
        << QString();
    QTest::newRow("anthropic") << ProviderKind::Anthropic << QString() << everything
                               << u"anthropic"_s;
    QTest::newRow("gemini first") << ProviderKind::Gemini << QString() << everything << u"gemini"_s;
    QTest::newRow("gemini falls back to google")
        << ProviderKind::Gemini << QString() << Env{{u"GOOGLE_API_KEY"_s, u"google"_s}}
        << u"google"_s;
    QTest::newRow("gemini skips an empty variable")
        << ProviderKind::Gemini << QString()
        << Env{{u"GEMINI_API_KEY"_s, u""_s}, {u"GOOGLE_API_KEY"_s, u"google"_s}} << u"google"_s;
    QTest::newRow("ollama reads nothing by default")
        << ProviderKind::Ollama << QString() << everything << QString();
    QTest::newRow("compatible reads nothing by default")
        << ProviderKind::OpenAiCompatible << QString() << everything << QString();
    QTest::newRow("named variable wins")
        << ProviderKind::OpenAi << u"MY_KEY"_s << everything << u"mine"_s;
    QTest::newRow("named variable only") << ProviderKind::OpenAi << u"MY_KEY"_s
                                         << Env{{u"OPENAI_API_KEY"_s, u"openai"_s}} << QString();
    QTest::newRow("compatible with a named variable")
        << ProviderKind::OpenAiCompatible << u"MY_KEY"_s << everything << u"mine"_s;
    QTest::newRow("ollama.com with a named variable")
        << ProviderKind::Ollama << u"OLLAMA_API_KEY"_s << everything << u"ollama"_s;
    QTest::newRow("empty environment")
        << ProviderKind::Anthropic << QString() << Env() << QString();
}

void TestProviderProfile::resolveKey()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QString, keyVariable);
    QFETCH(Env, env);
    QFETCH(QString, key);
    ProviderProfile profile = profileOf(kind);
    profile.keyVariable = keyVariable;
    QCOMPARE(ClientFactory::resolveKey(profile, environmentOf(env)), key);
}

void TestProviderProfile::keyRequired_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<bool>("required");

    QTest::newRow("openai") << ProviderKind::OpenAi << QUrl() << true;
    QTest::newRow("openai explicit")
        << ProviderKind::OpenAi << QUrl(u"https://api.openai.com/v1"_s) << true;
    // Another host speaks the compatible dialect: a proxy or a local server.
    QTest::newRow("openai elsewhere")
        << ProviderKind::OpenAi << QUrl(u"http://localhost:1234/v1"_s) << false;
    QTest::newRow("azure") << ProviderKind::AzureOpenAi
                           << QUrl(u"https://contoso.openai.azure.com"_s) << true;
    QTest::newRow("anthropic") << ProviderKind::Anthropic << QUrl(u"http://localhost:1"_s) << true;
    QTest::newRow("gemini") << ProviderKind::Gemini << QUrl() << true;
    QTest::newRow("ollama") << ProviderKind::Ollama << QUrl() << false;
    QTest::newRow("ollama.com") << ProviderKind::Ollama << QUrl(u"https://ollama.com"_s) << false;
    QTest::newRow("compatible") << ProviderKind::OpenAiCompatible
                                << QUrl(u"https://api.openai.com/v1"_s) << false;
}

void TestProviderProfile::keyRequired()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QUrl, baseUrl);
    QFETCH(bool, required);
    ProviderProfile profile = profileOf(kind);
    profile.baseUrl = baseUrl;
    QCOMPARE(ClientFactory::keyRequired(profile), required);
}

void TestProviderProfile::transportOptions()
{
    ProviderProfile profile = profileOf(ProviderKind::OpenAi);
    const TransportOptions defaults;
    TransportOptions options = ClientFactory::transportOptions(profile);
    QCOMPARE(options.totalTimeoutMs, 600'000);
    QCOMPARE(options.http2, false);
    QCOMPARE(options.maxRetries, defaults.maxRetries);
    QCOMPARE(options.idleTimeoutMs, defaults.idleTimeoutMs);

    profile.timeoutSeconds = 42;
    profile.http2 = true;
    options = ClientFactory::transportOptions(profile);
    QCOMPARE(options.totalTimeoutMs, 42'000);
    QCOMPARE(options.http2, true);

    profile.timeoutSeconds = std::numeric_limits<int>::max(); // no overflow
    QVERIFY(ClientFactory::transportOptions(profile).totalTimeoutMs > 0);
}

// ---------------------------------------------------------------------------------------------

void TestProviderProfile::factoryRefuses_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<Tweak>("tweak");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<bool>("withTransport");
    QTest::addColumn<QString>("problem"); // empty: a client is made

    const Tweak none = [](ProviderProfile &) {
    };
    auto url = [](const QString &u) {
        return Tweak([u](ProviderProfile &p) { p.baseUrl = QUrl(u); });
    };
    QTest::newRow("openai without key")
        << ProviderKind::OpenAi << none << QString() << true << u"OPENAI_API_KEY"_s;
    QTest::newRow("openai with key") << ProviderKind::OpenAi << none << u"k"_s << true << QString();
    QTest::newRow("openai proxy without key")
        << ProviderKind::OpenAi << url(u"http://localhost:4000/v1"_s) << QString() << true
        << QString();
    QTest::newRow("openai named variable in message")
        << ProviderKind::OpenAi << Tweak([](ProviderProfile &p) { p.keyVariable = u"WORK_KEY"_s; })
        << QString() << true << u"WORK_KEY"_s;
    QTest::newRow("azure without key")
        << ProviderKind::AzureOpenAi << url(u"https://contoso.openai.azure.com"_s) << QString()
        << true << u"API key"_s;
    QTest::newRow("azure without URL")
        << ProviderKind::AzureOpenAi << none << u"k"_s << true << u"base URL"_s;
    QTest::newRow("anthropic without key")
        << ProviderKind::Anthropic << none << QString() << true << u"ANTHROPIC_API_KEY"_s;
    QTest::newRow("gemini without key")
        << ProviderKind::Gemini << none << QString() << true << u"GEMINI_API_KEY, GOOGLE_API_KEY"_s;
    QTest::newRow("ollama without key")
        << ProviderKind::Ollama << none << QString() << true << QString();
    QTest::newRow("compatible without URL")
        << ProviderKind::OpenAiCompatible << none << QString() << true << u"base URL"_s;
    QTest::newRow("compatible without key")
        << ProviderKind::OpenAiCompatible << url(u"http://localhost:8000/v1"_s) << QString() << true
        << QString();
    QTest::newRow("invalid profile")
        << ProviderKind::Anthropic << Tweak([](ProviderProfile &p) { p.name.clear(); }) << u"k"_s
        << true << u"name"_s;
    QTest::newRow("no transport") << ProviderKind::Ollama << none << QString() << false
                                  << u"transport"_s;
}

void TestProviderProfile::factoryRefuses()
{
    QFETCH(ProviderKind, kind);
    QFETCH(Tweak, tweak);
    QFETCH(QString, apiKey);
    QFETCH(bool, withTransport);
    QFETCH(QString, problem);
    ProviderProfile profile = profileOf(kind);
    tweak(profile);
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);

    QString error;
    const auto client
        = ClientFactory::create(profile, apiKey, withTransport ? &transport : nullptr, &error);
    if (problem.isEmpty()) {
        QVERIFY2(client, qPrintable(error));
        QVERIFY(error.isEmpty());
        return;
    }
    QVERIFY(!client);
    QVERIFY2(error.contains(problem), qPrintable(u"\""_s + error + u"\" lacks "_s + problem));
    // A caller without an error sink gets nullptr as well.
    QVERIFY(!ClientFactory::create(profile, apiKey, withTransport ? &transport : nullptr, nullptr));
}

void TestProviderProfile::factoryTalksToLoopback_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QString>("basePath"); // appended to the server's URL
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("providerName");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("query");
    // "name: value" the request must carry; "name" alone: must be absent.
    QTest::addColumn<QByteArrayList>("headers");
    QTest::addColumn<QString>("bodyModel"); // the body's "model", empty: no such field

    QTest::newRow("openai elsewhere speaks the compatible dialect")
        << ProviderKind::OpenAi << u"/v1"_s << u"gpt-4.1-nano"_s << QString() << u"sk-openai"_s
        << u"openai-compatible"_s << openAiReply << QByteArray("/v1/chat/completions") << QString()
        << QByteArrayList{"authorization: Bearer sk-openai", "api-key"} << u"gpt-4.1-nano"_s;
    QTest::newRow("azure classic")
        << ProviderKind::AzureOpenAi << QString() << u"dep1"_s << QString() << u"az-key"_s
        << u"azure"_s << openAiReply << QByteArray("/openai/deployments/dep1/chat/completions")
        << u"api-version=2024-10-21"_s << QByteArrayList{"api-key: az-key", "authorization"}
        << u"dep1"_s;
    QTest::newRow("azure classic api-version")
        << ProviderKind::AzureOpenAi << QString() << u"gpt-4o.eu_2"_s << u"2025-01-01-preview"_s
        << u"az-key"_s << u"azure"_s << openAiReply
        << QByteArray("/openai/deployments/gpt-4o.eu_2/chat/completions")
        << u"api-version=2025-01-01-preview"_s << QByteArrayList{"api-key: az-key"}
        << u"gpt-4o.eu_2"_s;
    QTest::newRow("azure v1") << ProviderKind::AzureOpenAi << u"/openai/v1"_s << u"gpt-4o"_s
                              << QString() << u"az-key"_s << u"azure"_s << openAiReply
                              << QByteArray("/openai/v1/chat/completions") << QString()
                              << QByteArrayList{"api-key: az-key", "authorization"} << u"gpt-4o"_s;
    QTest::newRow("compatible without key")
        << ProviderKind::OpenAiCompatible << u"/v1"_s << u"local-model"_s << QString() << QString()
        << u"openai-compatible"_s << openAiReply << QByteArray("/v1/chat/completions") << QString()
        << QByteArrayList{"authorization", "api-key"} << u"local-model"_s;
    QTest::newRow("compatible with key")
        << ProviderKind::OpenAiCompatible << u"/api/v1"_s << u"org/model"_s << QString()
        << u"sk-router"_s << u"openai-compatible"_s << openAiReply
        << QByteArray("/api/v1/chat/completions") << QString()
        << QByteArrayList{"authorization: Bearer sk-router"} << u"org/model"_s;
    QTest::newRow("anthropic default model")
        << ProviderKind::Anthropic << QString() << QString() << QString() << u"sk-ant"_s
        << u"anthropic"_s << anthropicReply << QByteArray("/v1/messages") << QString()
        << QByteArrayList{"x-api-key: sk-ant", "anthropic-version: 2023-06-01", "authorization"}
        << u"claude-haiku-4-5"_s;
    QTest::newRow("anthropic version")
        << ProviderKind::Anthropic << QString() << u"claude-sonnet-4-5"_s << u"2099-01-01"_s
        << u"sk-ant"_s << u"anthropic"_s << anthropicReply << QByteArray("/v1/messages")
        << QString() << QByteArrayList{"x-api-key: sk-ant", "anthropic-version: 2099-01-01"}
        << u"claude-sonnet-4-5"_s;
    QTest::newRow("gemini default model")
        << ProviderKind::Gemini << QString() << QString() << QString() << u"g-key"_s << u"gemini"_s
        << geminiReply << QByteArray("/v1beta/models/gemini-2.5-flash:generateContent") << QString()
        << QByteArrayList{"x-goog-api-key: g-key", "authorization"} << QString();
    QTest::newRow("gemini api version")
        << ProviderKind::Gemini << QString() << u"gemini-2.5-pro"_s << u"v1"_s << u"g-key"_s
        << u"gemini"_s << geminiReply << QByteArray("/v1/models/gemini-2.5-pro:generateContent")
        << QString() << QByteArrayList{"x-goog-api-key: g-key"} << QString();
    QTest::newRow("ollama local default model")
        << ProviderKind::Ollama << QString() << QString() << QString() << QString() << u"ollama"_s
        << ollamaReply << QByteArray("/api/chat") << QString() << QByteArrayList{"authorization"}
        << u"llama3.2"_s;
    QTest::newRow("ollama.com key")
        << ProviderKind::Ollama << QString() << u"gpt-oss:120b"_s << QString() << u"o-key"_s
        << u"ollama"_s << ollamaReply << QByteArray("/api/chat") << QString()
        << QByteArrayList{"authorization: Bearer o-key"} << u"gpt-oss:120b"_s;
}

void TestProviderProfile::factoryTalksToLoopback()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QString, basePath);
    QFETCH(QString, model);
    QFETCH(QString, apiVersion);
    QFETCH(QString, apiKey);
    QFETCH(QString, providerName);
    QFETCH(QByteArray, reply);
    QFETCH(QByteArray, path);
    QFETCH(QString, query);
    QFETCH(QByteArrayList, headers);
    QFETCH(QString, bodyModel);

    LoopbackServer server;
    QVERIFY(server.isListening());
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    server.enqueue(ScriptedResponse::json(200, reply));

    ProviderProfile profile = profileOf(kind, QString::fromUtf8(QTest::currentDataTag()));
    QUrl base = server.baseUrl();
    base.setPath(basePath);
    profile.baseUrl = base;
    profile.model = model;
    profile.apiVersion = apiVersion;
    profile.extraHeaders = {{"X-Profile-Row", QTest::currentDataTag()}, {"X-Second", "two words"}};
    QVERIFY2(profile.validationError().isEmpty(), qPrintable(profile.validationError()));

    QString error;
    const std::unique_ptr<ChatCompletionClient> client
        = ClientFactory::create(profile, apiKey, &transport, &error);
    QVERIFY2(client, qPrintable(error));
    QCOMPARE(client->providerName(), providerName);
    QCOMPARE(client->model(), model.isEmpty() ? ProviderKinds::defaultModel(kind) : model);

    CompletionJob *job = client->create(testsupport::userRequest(u"Hello"_s));
    QVERIFY(waitForFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(errorText(job)));
    QCOMPARE(std::get<QString>(job->result().content), u"Hi"_s);

    QCOMPARE(server.requests().size(), 1);
    const RecordedRequest sent = server.requests().at(0);
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, path);
    QCOMPARE(sent.query.toString(QUrl::FullyEncoded), query);
    for (const QByteArray &header : headers) {
        const qsizetype colon = header.indexOf(':');
        if (colon < 0) {
            QVERIFY2(!sent.hasHeader(header), header.constData());
            continue;
        }
        const QByteArray name = header.left(colon);
        QVERIFY2(sent.hasHeader(name), name.constData());
        QCOMPARE(sent.header(name), header.mid(colon + 2));
    }
    // The profile's own headers arrive, after the provider's.
    QCOMPARE(sent.header("x-profile-row"), QByteArray(QTest::currentDataTag()));
    QCOMPARE(sent.header("x-second"), QByteArray("two words"));
    if (bodyModel.isEmpty())
        QVERIFY(!sent.json().contains(u"model"_s));
    else
        QCOMPARE(sent.json().value(u"model"_s).toString(), bodyModel);
    // The key goes only where the provider wants it: never in the URL or the body.
    if (!apiKey.isEmpty()) {
        QVERIFY(!sent.target.contains(apiKey.toUtf8()));
        QVERIFY(!sent.body.contains(apiKey.toUtf8()));
    }
}

void TestProviderProfile::factoryOverrides()
{
    LoopbackServer server;
    QVERIFY(server.isListening());
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    server.enqueue(ScriptedResponse::json(500, QByteArray(R"({"error":"boom"})")));

    ProviderProfile profile = profileOf(ProviderKind::Ollama);
    profile.baseUrl = server.baseUrl();
    ClientFactory::Overrides overrides;
    overrides.transport = testsupport::fastTransport();
    overrides.transport->maxRetries = 0; // the profile's transport would retry the 500
    overrides.ollamaKeepAlive = u"10m"_s;
    overrides.ollamaNumCtx = 16384;
    QString error;
    const auto client = ClientFactory::create(profile, QString(), &transport, overrides, &error);
    QVERIFY2(client, qPrintable(error));

    CompletionJob *job = client->create(testsupport::userRequest());
    QVERIFY(waitForFinished(job));
    QVERIFY(job->hasError());
    QCOMPARE(server.requests().size(), 1);
    const QJsonObject body = server.requests().at(0).json();
    QCOMPARE(body.value(u"keep_alive"_s).toString(), u"10m"_s);
    QCOMPARE(body.value(u"options"_s).toObject().value(u"num_ctx"_s).toInteger(), 16384);
}

QTEST_GUILESS_MAIN(TestProviderProfile)
#include "tst_providerprofile.moc"
