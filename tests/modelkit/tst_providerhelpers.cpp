// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The helpers every provider shares (providers/errorbody, httprequests, jsonmerge,
// toolarguments), and the extra_create_args rule they give all four request builders.
#include "providers/anthropic/anthropicrequestbuilder.h"
#include "providers/errorbody.h"
#include "providers/httprequests.h"
#include "providers/jsonmerge.h"
#include "providers/ollama/ollamarequestbuilder.h"
#include "providers/openai/openairequestbuilder.h"
#include "providers/toolarguments.h"
#include "testvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::parseObject;
using testsupport::userRequest;

class TestProviderHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyExcerptStripsMarkup();
    void plainBodyExcerptKeepsMarkup();
    void excerptsAreShortened();
    void httpStatusMessage();
    void requestIdFromHeaders();
    void mergeJsonInto();
    void extraCreateArgsMergeObjectsForEveryProvider();
    void argumentsObject_data();
    void argumentsObject();
    void argumentsText();
    void endpointUrl();
    void requests();
};

void TestProviderHelpers::bodyExcerptStripsMarkup()
{
    const QByteArray page = "<!DOCTYPE html>\n<!-- a comment -->\n<html><head><title>502</title>"
                            "<style>body { margin: 0 }</style><script>var x = '<b>';</script>"
                            "</head>\n<body>\n  <h1>Bad   gateway</h1>\n</body></html>";
    QCOMPARE(bodyExcerpt(page), u"502 Bad gateway"_s);
    QCOMPARE(bodyExcerpt("404 page not found\n"), u"404 page not found"_s);
    QCOMPARE(bodyExcerpt({}), QString());
    // Cut off inside a script: what follows its start is not text.
    QCOMPARE(bodyExcerpt("<p>Oops</p><script>var secret"), u"Oops"_s);
}

void TestProviderHelpers::plainBodyExcerptKeepsMarkup()
{
    QCOMPARE(plainBodyExcerpt("<html>\n<b>Bad  gateway</b></html>"),
             u"<html> <b>Bad gateway</b></html>"_s);
}

void TestProviderHelpers::excerptsAreShortened()
{
    const QByteArray body(1000, 'x');
    const QString expected = QString(300, u'x') + u'…';
    QCOMPARE(bodyExcerpt(body), expected);
    QCOMPARE(plainBodyExcerpt(body), expected);
}

void TestProviderHelpers::httpStatusMessage()
{
    QCOMPARE(modelkit::httpStatusMessage(502, u"Bad gateway"_s), u"HTTP 502: Bad gateway"_s);
    QCOMPARE(modelkit::httpStatusMessage(404, QString()), u"HTTP 404 with no error message"_s);
}

void TestProviderHelpers::requestIdFromHeaders()
{
    QCOMPARE(modelkit::requestIdFromHeaders({{"Content-Type", "application/json"}}), QString());
    QCOMPARE(modelkit::requestIdFromHeaders({{"Request-Id", "req_a"}}), u"req_a"_s);
    QCOMPARE(
        modelkit::requestIdFromHeaders({{"x-ms-request-id", "ms"}, {"apim-request-id", "apim"}}),
        u"apim"_s);
    QCOMPARE(modelkit::requestIdFromHeaders({{"request-id", "req_b"}, {"X-Request-Id", "x"}}),
             u"x"_s);
}

void TestProviderHelpers::mergeJsonInto()
{
    QJsonObject target = parseObject(
        uR"({"a": 1, "nested": {"keep": true, "deeper": {"x": 1, "y": 2}}, "list": [1, 2],
             "text": "t"})"_s);
    modelkit::mergeJsonInto(target,
                            parseObject(uR"({"a": 2, "nested": {"deeper": {"y": 3}, "added": "z"},
                                 "list": [3], "text": {"now": "an object"}, "new": null})"_s));
    QCOMPARE(target, parseObject(uR"({"a": 2, "nested": {"keep": true, "deeper": {"x": 1, "y": 3},
                                                 "added": "z"},
                              "list": [3], "text": {"now": "an object"}, "new": null})"_s));
}

void TestProviderHelpers::extraCreateArgsMergeObjectsForEveryProvider()
{
    // OpenAI: the generated response_format keeps its name and schema; strict is overridden.
    CompletionRequest request = userRequest();
    request.jsonOutput = JsonOutput::jsonSchema(u"answer"_s, QJsonObject{{u"type"_s, u"object"_s}});
    request.extraCreateArgs
        = parseObject(uR"({"response_format": {"json_schema": {"strict": false}}})"_s);
    OpenAiConfig openai;
    openai.model = u"gpt-4o"_s;
    const QJsonObject openaiBody = OpenAiRequestBuilder(openai).body(request, false);
    QCOMPARE(openaiBody.value(u"response_format"_s).toObject(),
             parseObject(uR"({"type": "json_schema", "json_schema": {"name": "answer",
                              "schema": {"type": "object"}, "strict": false}})"_s));

    // Anthropic: output_config keeps the effort and takes the extra key.
    request = userRequest();
    request.parameters.reasoningEffort = u"low"_s;
    request.extraCreateArgs = parseObject(uR"({"output_config": {"extra": 1}})"_s);
    AnthropicConfig anthropic;
    anthropic.model = u"claude-sonnet-4-5"_s;
    ModelError error;
    const auto anthropicBody = AnthropicRequestBuilder(anthropic).body(request, false, &error);
    QVERIFY2(anthropicBody, qPrintable(error.toString()));
    QCOMPARE(anthropicBody->value(u"output_config"_s).toObject(),
             parseObject(uR"({"effort": "low", "extra": 1})"_s));

    // Ollama: any object merges now, not only `options`.
    request = userRequest();
    request.jsonOutput = JsonOutput::jsonSchema(u"answer"_s, QJsonObject{{u"type"_s, u"object"_s}});
    request.extraCreateArgs = parseObject(uR"({"format": {"required": ["a"]}})"_s);
    OllamaConfig ollama;
    ollama.model = u"llama3.2"_s;
    QCOMPARE(OllamaRequestBuilder(ollama).body(request, false).value(u"format"_s).toObject(),
             parseObject(uR"({"type": "object", "required": ["a"]})"_s));
}

void TestProviderHelpers::argumentsObject_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<bool>("parseFailed");

    QTest::newRow("object") << u" {\"city\": \"Paris\"} "_s << true
                            << QJsonObject{{u"city"_s, u"Paris"_s}} << false;
    QTest::newRow("empty") << QString() << true << QJsonObject() << false;
    QTest::newRow("blank") << u" \n"_s << true << QJsonObject() << false;
    QTest::newRow("array") << u"[1]"_s << false << QJsonObject() << false;
    QTest::newRow("cut off") << u"{\"city\":"_s << false << QJsonObject() << true;
}

void TestProviderHelpers::argumentsObject()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QJsonObject, object);
    QFETCH(bool, parseFailed);

    QJsonParseError parseError;
    const auto result = modelkit::argumentsObject(text, &parseError);
    QCOMPARE(result.has_value(), ok);
    if (result)
        QCOMPARE(*result, object);
    QCOMPARE(parseError.error != QJsonParseError::NoError, parseFailed);
}

void TestProviderHelpers::argumentsText()
{
    const QJsonObject args{{u"b"_s, 1}, {u"a"_s, u"x"_s}};
    QCOMPARE(modelkit::argumentsText(args), u"{\"a\":\"x\",\"b\":1}"_s);
    QCOMPARE(modelkit::argumentsText(QJsonValue(args), QString()), u"{\"a\":\"x\",\"b\":1}"_s);
    QCOMPARE(modelkit::argumentsText(QJsonValue(u"{\"ci"_s), QString()), u"{\"ci"_s);
    QCOMPARE(modelkit::argumentsText(QJsonValue(), QString()), QString());
    QCOMPARE(modelkit::argumentsText(QJsonValue(42), u"{}"_s), u"{}"_s);
}

void TestProviderHelpers::endpointUrl()
{
    QCOMPARE(basePath(QUrl(u"http://h/v1//"_s)), u"/v1"_s);
    QCOMPARE(basePath(QUrl(u"http://h"_s)), QString());
    QCOMPARE(modelkit::endpointUrl(QUrl(u"http://h:1/v1/"_s), u"/models"_s),
             QUrl(u"http://h:1/v1/models"_s));
    QCOMPARE(modelkit::endpointUrl(QUrl(u"http://h/base?k=v"_s), u"/api/chat"_s),
             QUrl(u"http://h/base/api/chat?k=v"_s));
}

void TestProviderHelpers::requests()
{
    const HttpHeaders headers{{"x-api-key", "k"}};
    const HttpRequest get = getRequest(QUrl(u"http://h/models"_s), headers);
    QCOMPARE(get.method, QByteArray("GET"));
    QCOMPARE(get.url, QUrl(u"http://h/models"_s));
    QCOMPARE(get.headers, headers);
    QVERIFY(get.body.isEmpty());
    QVERIFY(!get.streaming);

    const HttpRequest post
        = jsonPostRequest(QUrl(u"http://h/chat"_s), headers, QJsonObject{{u"a"_s, 1}}, true);
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.body, QByteArray(R"({"a":1})"));
    QVERIFY(post.streaming);
}

QTEST_GUILESS_MAIN(TestProviderHelpers)
#include "tst_providerhelpers.moc"
