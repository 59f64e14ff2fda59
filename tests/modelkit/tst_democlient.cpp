// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/completionjob.h"
#include "core/tokenestimator.h"
#include "jobwaiter.h"
#include "providers/demo/democlient.h"
#include "providers/demo/demoreplies.h"
#include "providers/demo/schemaexample.h"

#include <memory>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::JobWatch;
using testsupport::kindOf;
using testsupport::waitForFinished;

namespace {

constexpr ReplayCompletionJob::Pacing instant{0, 0, 0};

const QString question = u"How do I read a CSV file with Python and skip the header row?"_s;

CompletionRequest ask(const QString &text = question)
{
    CompletionRequest request;
    request.messages = {SystemMessage{u"You are a helpful assistant."_s}, UserMessage{text}};
    return request;
}

QJsonObject parseObject(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return document.object();
}

QJsonObject objectFrom(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

ToolSchema tool(const QString &name, const QJsonObject &parameters)
{
    ToolSchema schema;
    schema.name = name;
    schema.description = u"A tool for the demo tests."_s;
    schema.parameters = parameters;
    return schema;
}

ToolSchema weatherTool()
{
    return tool(u"get_weather"_s, objectFrom(R"({"type": "object",
        "properties": {"location": {"type": "string"},
                       "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
        "required": ["location"]})"));
}

ToolSchema searchTool()
{
    return tool(u"web_search"_s, objectFrom(R"({"type": "object",
        "properties": {"query": {"type": "string"}}, "required": ["query"]})"));
}

//! The kinds of deltas in the order they came: "thought", "text", "tool".
class DeltaOrder : public QObject
{
public:
    explicit DeltaOrder(CompletionJob *job)
    {
        connect(job, &CompletionJob::thoughtDelta, this, [this] { note(u"thought"_s); });
        connect(job, &CompletionJob::textDelta, this, [this] { note(u"text"_s); });
        connect(job, &CompletionJob::toolCallDelta, this, [this] { note(u"tool"_s); });
    }
    QStringList kinds; // consecutive duplicates folded

private:
    void note(const QString &kind)
    {
        if (kinds.isEmpty() || kinds.constLast() != kind)
            kinds << kind;
    }
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Null:
        return u"null"_s;
    default:
        return u"undefined"_s;
    }
}

//! Every key of `expected` is in `actual` with the same value (objects compared recursively).
bool containsSubset(const QJsonObject &actual, const QJsonObject &expected, QString *why)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue got = actual.value(it.key());
        if (it.value().isObject() && got.isObject()) {
            if (!containsSubset(got.toObject(), it.value().toObject(), why))
                return false;
        } else if (got != it.value()) {
            *why = u"%1: expected %2, got %3"_s.arg(
                it.key(),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(QJsonArray{got}).toJson(QJsonDocument::Compact)));
            return false;
        }
    }
    return true;
}

} // namespace

Q_DECLARE_METATYPE(modelkit::JsonOutput)

class TestDemoClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinRepliesAreCompiledIn();
    void modelsAndInfo();
    void listModels();
    void chatStreamsThoughtThenText();
    void fastModelHasNoThought();
    void repliesAreDeterministic();
    void nonStreamingCreate();
    void toolCallArgumentsFollowSchema_data();
    void toolCallArgumentsFollowSchema();
    void placesComeFromTheQuestion_data();
    void placesComeFromTheQuestion();
    void namedToolChoicePicksThatTool();
    void toolChoiceNoneGivesText();
    void callIdsAreUnique();
    void answerQuotesToolResults();
    void longAndJsonToolResults();
    void jsonOutput_data();
    void jsonOutput();
    void maxTokensAndStop();
    void usage();
    void cancelMidStreamKeepsPartialText();
    void unknownModelFails();
    void unreadableRepliesFail();
    void editedRepliesAreUsed();
};

void TestDemoClient::builtinRepliesAreCompiledIn()
{
    QVERIFY(QFile::exists(DemoReplies::builtinPath()));
    QString error;
    const auto replies = DemoReplies::load(DemoReplies::builtinPath(), &error);
    QVERIFY2(replies, qPrintable(error));
    for (const QString &key : DemoReplies::requiredTemplates())
        QVERIFY2(!replies->compose(key, {}).isEmpty(), qPrintable(key));
    DemoClient client;
    QCOMPARE(client.repliesError(), QString());
}

void TestDemoClient::modelsAndInfo()
{
    DemoClient client;
    QCOMPARE(client.providerName(), u"demo"_s);
    QCOMPARE(client.model(), u"demo-reasoner"_s);
    const ModelInfo info = client.modelInfo();
    QVERIFY(info.vision);
    QVERIFY(info.functionCalling);
    QVERIFY(info.jsonOutput);
    QVERIFY(info.structuredOutput);
    QCOMPARE(info.contextWindow, qint64(128000));
    QCOMPARE(info.maxOutputTokens, qint64(8192));
    QCOMPARE(info.family, u"demo"_s);

    // Realistic default pacing; demo-fast is faster.
    const auto reasoner = DemoClient::defaultPacing(u"demo-reasoner"_s);
    const auto fast = DemoClient::defaultPacing(u"demo-fast"_s);
    QCOMPARE(reasoner.firstTokenDelayMs, 600);
    QCOMPARE(reasoner.tokenDelayMs, 18);
    QCOMPARE(fast.firstTokenDelayMs, 250);
    QCOMPARE(fast.tokenDelayMs, 8);
    QCOMPARE(client.pacing().firstTokenDelayMs, 600);
    client.setPacing(instant);
    QCOMPARE(client.pacing().firstTokenDelayMs, 0);
    client.resetPacing();
    client.setModel(u"demo-fast"_s);
    QCOMPARE(client.pacing().firstTokenDelayMs, 250);
    client.setModel({});
    QCOMPARE(client.model(), u"demo-reasoner"_s);
}

void TestDemoClient::listModels()
{
    DemoClient client;
    std::unique_ptr<ModelListJob> job(client.listModels());
    QVERIFY(waitForFinished(job.get()));
    QVERIFY(!job->hasError());
    QStringList ids;
    for (const ModelDescriptor &model : job->models()) {
        ids << model.id;
        QVERIFY(!model.displayName.isEmpty());
        QCOMPARE(model.contextWindow, qint64(128000));
    }
    QCOMPARE(ids, (QStringList{u"demo-reasoner"_s, u"demo-fast"_s}));
    QCOMPARE(DemoClient::models(), ids);
}

void TestDemoClient::chatStreamsThoughtThenText()
{
    DemoClient client;
    client.setPacing(instant);
    std::unique_ptr<CompletionJob> job(client.createStream(ask()));
    JobWatch watch(job.get());
    DeltaOrder order(job.get());
    QVERIFY(waitForFinished(job.get()));
    testsupport::settle();
    QVERIFY2(!job->hasError(), qPrintable(testsupport::errorText(job.get())));
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);

    const CreateResult result = job->result();
    QCOMPARE(order.kinds, (QStringList{u"thought"_s, u"text"_s}));
    QVERIFY2(watch.textDeltas > 20, qPrintable(QString::number(watch.textDeltas)));
    QVERIFY(watch.thoughtDeltas > 5);
    QCOMPARE(result.text(), watch.text);
    QVERIFY(result.thought);
    QCOMPARE(*result.thought, watch.thought);
    const int sentences = int(watch.thought.count(u". "_s)) + 1;
    QVERIFY2(sentences >= 2 && sentences <= 4, qPrintable(watch.thought));
    QCOMPARE(result.finishReason, FinishReason::Stop);
    QCOMPARE(result.model, u"demo-reasoner"_s);
    QVERIFY(result.responseId.startsWith(u"demo-"_s));
    QVERIFY(!result.cached);

    // Markdown that quotes the question and says where it comes from.
    const QString text = result.text();
    QVERIFY2(text.contains(question.left(40)), qPrintable(text));
    QVERIFY(text.contains(u"Demo provider"_s));
    QVERIFY(text.contains(u"\n#"_s) || text.startsWith(u'#'));
    QVERIFY(text.contains(u"\n- "_s));
    QVERIFY(text.contains(u"```"_s));
    QVERIFY(text.contains(u"**"_s));
    QVERIFY(!text.contains(u"{excerpt}"_s));
    QVERIFY(!text.contains(u"\n\n\n"_s));
}

void TestDemoClient::fastModelHasNoThought()
{
    DemoClient client(u"demo-fast"_s);
    client.setPacing(instant);
    std::unique_ptr<CompletionJob> job(client.createStream(ask()));
    JobWatch watch(job.get());
    QVERIFY(waitForFinished(job.get()));
    QVERIFY(!job->hasError());
    QCOMPARE(watch.thoughtDeltas, 0);
    QVERIFY(!job->result().thought);
    QCOMPARE(job->result().usage.reasoningTokens, qint64(0));
    QCOMPARE(job->result().model, u"demo-fast"_s);
    QVERIFY(watch.textDeltas > 20);
    QCOMPARE(job->result().text(), watch.text);
}

void TestDemoClient::repliesAreDeterministic()
{
    DemoClient client;
    client.setPacing(instant);
    std::unique_ptr<CompletionJob> first(client.create(ask()));
    std::unique_ptr<CompletionJob> second(client.create(ask()));
    QVERIFY(waitForFinished(first.get()));
    QVERIFY(waitForFinished(second.get()));
    QCOMPARE(first->result().text(), second->result().text());
    QCOMPARE(first->result().thought, second->result().thought);
    QVERIFY(first->result().responseId != second->result().responseId);
}

void TestDemoClient::nonStreamingCreate()
{
    DemoClient client;
    client.setPacing(instant);
    std::unique_ptr<CompletionJob> job(client.create(ask()));
    QVERIFY(!job->isStreaming());
    JobWatch watch(job.get());
    QVERIFY(waitForFinished(job.get()));
    QVERIFY(!job->hasError());
    QCOMPARE(watch.textDeltas, 1);
    QCOMPARE(watch.thoughtDeltas, 1);
    QCOMPARE(job->result().text(), watch.text);
    QVERIFY(job->result().text().contains(u"Demo provider"_s));

    CompletionRequest request = ask(u"What's the weather like in Lyon?"_s);
    request.tools = {weatherTool()};
    std::unique_ptr<CompletionJob> call(client.create(request));
    QVERIFY(waitForFinished(call.get()));
    QVERIFY(!call->hasError());
    QCOMPARE(call->result().functionCalls().size(), 1);
    QCOMPARE(call->result().finishReason, FinishReason::FunctionCalls);
}

void TestDemoClient::toolCallArgumentsFollowSchema_data()
{
    QTest::addColumn<QByteArray>("schema");
    // property → expected JSON type: exactly these keys must be present
    QTest::addColumn<QJsonObject>("types");
    // values the arguments must hold (a subset)
    QTest::addColumn<QJsonObject>("values");

    QTest::newRow("weather: only required") << QByteArray(R"({"type": "object",
        "properties": {"location": {"type": "string"},
                       "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]}},
        "required": ["location"]})") << objectFrom(R"({"location": "string"})")
                                            << objectFrom(R"({"location": "Lisbon"})");
    QTest::newRow("enum takes the first value")
        << QByteArray(R"({"type": "object",
        "properties": {"unit": {"type": "string", "enum": ["fahrenheit", "celsius"]},
                       "city": {"type": "string"}},
        "required": ["unit", "city"]})")
        << objectFrom(R"({"unit": "string", "city": "string"})")
        << objectFrom(R"({"unit": "fahrenheit", "city": "Lisbon"})");
    QTest::newRow("integer minimum, number, boolean")
        << QByteArray(R"({"type": "object",
        "properties": {"count": {"type": "integer", "minimum": 5},
                       "ratio": {"type": "number"},
                       "days": {"type": "integer"},
                       "verbose": {"type": "boolean"}},
        "required": ["count", "ratio", "days", "verbose"]})")
        << objectFrom(R"({"count": "number", "ratio": "number", "days": "number",
                          "verbose": "boolean"})")
        << objectFrom(R"({"count": 5, "ratio": 1, "days": 1, "verbose": true})");
    QTest::newRow("nested object and array")
        << QByteArray(R"({"type": "object",
        "properties": {
            "filter": {"type": "object",
                       "properties": {"city": {"type": "string"},
                                      "max_price": {"type": "integer", "minimum": 10},
                                      "note": {"type": "string"}},
                       "required": ["city", "max_price"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "ids": {"type": "array", "items": {"type": "integer"}, "minItems": 2}},
        "required": ["filter", "tags", "ids"]})")
        << objectFrom(R"({"filter": "object", "tags": "array", "ids": "array"})")
        << objectFrom(R"({"filter": {"city": "Lisbon", "max_price": 10}, "ids": [1, 2]})");
    QTest::newRow("nothing required: every property")
        << QByteArray(R"({"type": "object",
        "properties": {"query": {"type": "string"}, "limit": {"type": "integer"}}})")
        << objectFrom(R"({"query": "string", "limit": "number"})")
        << objectFrom(R"({"query": "Find cheap flights to Lisbon next weekend please",
                          "limit": 1})");
    QTest::newRow("$ref, anyOf with null, format")
        << QByteArray(R"({"type": "object",
        "$defs": {"Stop": {"type": "object", "properties": {"town": {"type": "string"},
                                                            "arrival": {"type": "string",
                                                                        "format": "date"}},
                           "required": ["town", "arrival"]}},
        "properties": {"first": {"$ref": "#/$defs/Stop"},
                       "label": {"anyOf": [{"type": "null"}, {"type": "string"}]},
                       "mode": {"type": ["null", "string"], "enum": ["train", "bus"]}},
        "required": ["first", "label", "mode"]})")
        << objectFrom(R"({"first": "object", "label": "string", "mode": "string"})")
        << objectFrom(R"({"first": {"town": "Lisbon", "arrival": "2025-06-01"}, "mode": "train"})");
    QTest::newRow("no parameters")
        << QByteArray(R"({"type": "object", "properties": {}})") << QJsonObject() << QJsonObject();
}

void TestDemoClient::toolCallArgumentsFollowSchema()
{
    QFETCH(QByteArray, schema);
    QFETCH(QJsonObject, types);
    QFETCH(QJsonObject, values);

    DemoClient client;
    client.setPacing(instant);
    CompletionRequest request = ask(u"Find cheap flights to Lisbon next weekend, please!"_s);
    const QJsonObject parameters = QJsonDocument::fromJson(schema).object();
    QVERIFY(!parameters.isEmpty());
    request.tools = {tool(u"the_tool"_s, parameters)};
    std::unique_ptr<CompletionJob> job(client.createStream(request));
    JobWatch watch(job.get());
    DeltaOrder order(job.get());
    QVERIFY(waitForFinished(job.get()));
    QVERIFY2(!job->hasError(), qPrintable(testsupport::errorText(job.get())));

    const CreateResult result = job->result();
    QCOMPARE(result.finishReason, FinishReason::FunctionCalls);
    QCOMPARE(order.kinds, (QStringList{u"thought"_s, u"tool"_s}));
    const QList<FunctionCall> calls = result.functionCalls();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().name, u"the_tool"_s);
    QCOMPARE(calls.first().id, u"call_demo_1"_s);

    // The stream: the first fragment names the call, the rest add up to the arguments.
    QVERIFY(!watch.tools.isEmpty());
    QCOMPARE(watch.tools.first().id, u"call_demo_1"_s);
    QCOMPARE(watch.tools.first().name, u"the_tool"_s);
    QString streamed;
    for (const testsupport::ToolDelta &delta : std::as_const(watch.tools)) {
        QCOMPARE(delta.index, 0);
        streamed += delta.fragment;
    }
    QCOMPARE(streamed, calls.first().arguments);

    QJsonParseError error;
    const QJsonDocument arguments
        = QJsonDocument::fromJson(calls.first().arguments.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError && arguments.isObject(),
             qPrintable(calls.first().arguments));
    const QJsonObject args = arguments.object();
    QCOMPARE(args.keys(), types.keys());
    for (auto it = types.begin(); it != types.end(); ++it)
        QCOMPARE(jsonTypeName(args.value(it.key())), it.value().toString());
    QString why;
    QVERIFY2(containsSubset(args, values, &why),
             qPrintable(why + u" in "_s + calls.first().arguments));
    if (args.contains(u"tags"_s))
        QCOMPARE(args.value(u"tags"_s).toArray().size(), 1);
    QVERIFY(result.thought && result.thought->contains(u"the_tool"_s));
}

void TestDemoClient::placesComeFromTheQuestion_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("location");

    QTest::newRow("in") << u"What's the weather in Lyon?"_s << u"Lyon"_s;
    QTest::newRow("two words") << u"Weather in New York today"_s << u"New York"_s;
    QTest::newRow("comma ends it")
        << u"Flights from San Francisco, Denver too"_s << u"San Francisco"_s;
    QTest::newRow("no place: the data's value") << u"How warm is it outside?"_s << u"Paris"_s;
    QTest::newRow("not capitalised") << u"is it raining in town"_s << u"Paris"_s;
}

void TestDemoClient::placesComeFromTheQuestion()
{
    QFETCH(QString, question);
    QFETCH(QString, location);

    DemoClient client(u"demo-fast"_s);
    client.setPacing(instant);
    CompletionRequest request = ask(question);
    request.tools = {weatherTool()};
    std::unique_ptr<CompletionJob> job(client.createStream(request));
    QVERIFY(waitForFinished(job.get()));
    const QJsonObject args = parseObject(job->result().functionCalls().value(0).arguments);
    QCOMPARE(args.value(u"location"_s).toString(), location);
}

void TestDemoClient::namedToolChoicePicksThatTool()
{
    DemoClient client;
    client.setPacing(instant);
    CompletionRequest request = ask(u"Search the web for Qt 6.4 release notes"_s);
    request.tools = {weatherTool(), searchTool()};
    request.toolChoice = ToolChoice::named(u"web_search"_s);
    std::unique_ptr<CompletionJob> job(client.createStream(request));
    QVERIFY(waitForFinished(job.get()));
    QVERIFY(!job->hasError());
    const QList<FunctionCall> calls = job->result().functionCalls();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().name, u"web_search"_s);
    // "query" takes the user's words.
    QCOMPARE(parseObject(calls.first().arguments).value(u"query"_s).toString(),
             u"Search the web for Qt 6.4 release notes"_s);

    // auto and required take the first tool.
    for (const ToolChoice::Mode mode : {ToolChoice::Mode::Auto, ToolChoice::Mode::Required}) {
        request.toolChoice = ToolChoice{mode, {}};
        std::unique_ptr<CompletionJob> other(client.createStream(request));
        QVERIFY(waitForFinished(other.get()));
        QCOMPARE(other->result().functionCalls().value(0).name, u"get_weather"_s);
    }
}

void TestDemoClient::toolChoiceNoneGivesText()
{
    DemoClient client;
    client.setPacing(instant);
    CompletionRequest request = ask();
    request.tools = {weatherTool(), searchTool()};
    request.toolChoice = ToolChoice{ToolChoice::Mode::None, {}};
    std::unique_ptr<CompletionJob> job(client.createStream(request));
    JobWatch watch(job.get());
    QVERIFY(waitForFinished(job.get()));
    QVERIFY(!job->hasError());
    QVERIFY(!job->result().hasFunctionCalls());
    QVERIFY(watch.tools.isEmpty());
    QCOMPARE(job->result().finishReason, FinishReason::Stop);
    QVERIFY(job->result().text().contains(u"Demo provider"_s));
    QVERIFY(job->result().text().contains(u"**Tools:** 2"_s)
            || job->result().text().contains(u"\"tools\": 2"_s));
}

void TestDemoClient::callIdsAreUnique()
{
    DemoClient client;
    client.setPacing(instant);
    CompletionRequest request = ask(u"Weather in Paris?"_s);
    request.tools = {weatherTool()};
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<CompletionJob> job(client.createStream(request));
        QVERIFY(waitForFinished(job.get()));
        ids << job->result().functionCalls().value(0).id;
    }
    QCOMPARE(ids, (QStringList{u"call_demo_1"_s, u"call_demo_2"_s, u"call_demo_3"_s}));
}

void TestDemoClient::answerQuotesToolResults()
{
    DemoClient client;
    client.setPacing(instant);
    CompletionRequest request = ask(u"What's the weather in Paris?"_s);
    request.tools = {weatherTool()}; // tools still offered: the result is answered anyway
    const FunctionCall call{u"call_1"_s, u"get_weather"_s, u"{\"location\": \"Paris\"}"_s};
    // The second result has no name: it is found through its call id.
    const FunctionCall second{u"call_2"_s, u"get_time"_s, u"{}"_s};
    request.messages << AssistantMessage{QList<FunctionCall>{call, second}, {}, u"assistant"_s, {}};
    request.messages << FunctionExecutionResultMessage{
        {FunctionExecutionResult{u"18°C and sunny, light wind from the west."_s, u"get_weather"_s,
                                 u"call_1"_s, false},
         FunctionExecutionResult{u"timezone service unavailable"_s, {}, u"call_2"_s, true}}};

    std::unique_ptr<CompletionJob> job(client.createStream(request));
    JobWatch watch(job.get());
    QVERIFY(waitForFinished(job.get()));
    QVERIFY(!job->hasError());
    const CreateResult result = job->result();
    QVERIFY(!result.hasFunctionCalls());
    QVERIFY(watch.tools.isEmpty());
    QCOMPARE(result.finishReason, FinishReason::Stop);
    const QString text = result.text();
    QCOMPARE(text, watch.text);
    QVERIFY2(text.contains(u"According to `get_weather`"_s), qPrintable(text));
    QVERIFY(text.contains(u"> 18°C and sunny, light wind from the west."_s));
    QVERIFY(text.contains(u"`get_time` reported an **error**"_s));
    QVERIFY(text.contains(u"> timezone service unavailable"_s));
    QVERIFY(result.thought && result.thought->contains(u"`get_weather`"_s));
}

void TestDemoClient::longAndJsonToolResults()
{
    DemoClient client(u"demo-fast"_s);
    client.setPacing(instant);
    CompletionRequest request = ask(u"Look it up"_s);
    QString longResult;
    for (int i = 0; i < 200; ++i)
        longResult += u"word%1 "_s.arg(i);
    request.messages << AssistantMessage{
        QList<FunctionCall>{FunctionCall{u"a"_s, u"lookup"_s, u"{}"_s},
                            FunctionCall{u"b"_s, u"stats"_s, u"{}"_s}},
        {},
        {},
        {}};
    request.messages << FunctionExecutionResultMessage{
        {FunctionExecutionResult{longResult, u"lookup"_s, u"a"_s, false},
         FunctionExecutionResult{u"{\"visits\": 42, \"unique\": 17}"_s, u"stats"_s, u"b"_s,
                                 false}}};
    std::unique_ptr<CompletionJob> job(client.createStream(request));
    QVERIFY(waitForFinished(job.get()));
    const QString text = job->result().text();
    QVERIFY(text.contains(u"> word0 word1"_s));
    QVERIFY(!text.contains(u"word199"_s)); // shortened…
    QVERIFY(text.contains(u"…"_s));        // …and says so
    QVERIFY2(text.contains(u"```json\n{\"visits\": 42, \"unique\": 17}\n```"_s), qPrintable(text));
    QVERIFY(!job->result().thought);
}

void TestDemoClient::jsonOutput_data()
{
    QTest::addColumn<JsonOutput>("format");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("json_object") << JsonOutput::jsonObject()
                                 << QStringList{u"answer"_s, u"model"_s, u"provider"_s,
                                                u"question"_s, u"suggestions"_s};
    QTest::newRow("json_schema") << JsonOutput::jsonSchema(u"city_facts"_s, objectFrom(R"({
        "type": "object",
        "properties": {"city": {"type": "string"}, "population": {"type": "integer",
                                                                  "minimum": 1000},
                       "landmarks": {"type": "array", "items": {"type": "string"}},
                       "capital": {"type": "boolean"}},
        "required": ["city", "population", "landmarks", "capital"],
        "additionalProperties": false})"))
                                 << QStringList{u"capital"_s, u"city"_s, u"landmarks"_s,
                                                u"population"_s};
}

void TestDemoClient::jsonOutput()
{
    QFETCH(JsonOutput, format);
    QFETCH(QStringList, keys);

    DemoClient client;
    client.setPacing(instant);
    CompletionRequest request = ask(u"Tell me about Paris as JSON"_s);
    request.jsonOutput = format;
    std::unique_ptr<CompletionJob> job(client.createStream(request));
    JobWatch watch(job.get());
    QVERIFY(waitForFinished(job.get()));
    QVERIFY(!job->hasError());
    const CreateResult result = job->result();
    QCOMPARE(result.finishReason, FinishReason::Stop);
    QVERIFY(watch.textDeltas > 1);
    const QJsonObject object = parseObject(result.text());
    QVERIFY2(!object.isEmpty(), qPrintable(result.text()));
    QCOMPARE(object.keys(), keys);
    if (format.mode == JsonOutput::Mode::JsonObject) {
        QCOMPARE(object.value(u"provider"_s).toString(), u"demo"_s);
        QCOMPARE(object.value(u"question"_s).toString(), u"Tell me about Paris as JSON"_s);
    } else {
        QCOMPARE(object.value(u"population"_s).toInteger(), qint64(1000));
        QCOMPARE(object.value(u"city"_s).toString(), u"Paris"_s);
        QVERIFY(result.thought && result.thought->contains(u"`city_facts`"_s));
    }
}

void TestDemoClient::maxTokensAndStop()
{
    DemoClient client;
    client.setPacing(instant);
    CompletionRequest request = ask();
    request.parameters.maxTokens = 12;
    std::unique_ptr<CompletionJob> job(client.createStream(request));
    QVERIFY(waitForFinished(job.get()));
    QVERIFY(!job->hasError());
    QCOMPARE(job->result().finishReason, FinishReason::Length);
    QVERIFY(TokenEstimator::text(job->result().text()) <= 12);
    QVERIFY(!job->result().text().isEmpty());
    QVERIFY(job->result().thought); // the thought is not cut

    request.parameters.maxTokens.reset();
    request.parameters.stop = {u"\n- "_s, u"never there"_s};
    std::unique_ptr<CompletionJob> stopped(client.createStream(request));
    QVERIFY(waitForFinished(stopped.get()));
    QCOMPARE(stopped->result().finishReason, FinishReason::Stop);
    QVERIFY(!stopped->result().text().contains(u"\n- "_s));
    QVERIFY(stopped->result().text().contains(u"Demo provider"_s));
}

void TestDemoClient::usage()
{
    DemoClient client;
    client.setPacing(instant);
    CompletionRequest request = ask();
    std::unique_ptr<CompletionJob> job(client.createStream(request));
    QVERIFY(waitForFinished(job.get()));
    const RequestUsage usage = job->result().usage;
    QCOMPARE(usage.promptTokens, client.countTokens(request.messages, request.tools));
    QVERIFY(usage.completionTokens > 50);
    QVERIFY(usage.reasoningTokens > 10);
    QCOMPARE(usage.completionTokens, TokenEstimator::text(job->result().text())
                                         + TokenEstimator::text(*job->result().thought));
    QCOMPARE(usage.reasoningTokens, TokenEstimator::text(*job->result().thought));
    QCOMPARE(client.totalUsage(), usage);
    QCOMPARE(client.actualUsage(), usage);

    request.tools = {weatherTool()};
    std::unique_ptr<CompletionJob> call(client.createStream(request));
    QVERIFY(waitForFinished(call.get()));
    const RequestUsage callUsage = call->result().usage;
    QCOMPARE(callUsage.promptTokens, client.countTokens(request.messages, request.tools));
    QVERIFY(callUsage.promptTokens > usage.promptTokens);
    QVERIFY(callUsage.completionTokens > callUsage.reasoningTokens);
}

void TestDemoClient::cancelMidStreamKeepsPartialText()
{
    // The real pacing of demo-fast: the first token takes a while, then pieces trickle in.
    DemoClient client(u"demo-fast"_s);
    std::unique_ptr<CompletionJob> job(client.createStream(ask()));
    JobWatch watch(job.get());
    QElapsedTimer clock;
    clock.start();
    qint64 firstDeltaMs = -1;
    connect(job.get(), &CompletionJob::textDelta, this, [&] {
        if (firstDeltaMs < 0)
            firstDeltaMs = clock.elapsed();
        if (watch.textDeltas == 3)
            job->cancel();
    });
    QVERIFY(waitForFinished(job.get()));
    testsupport::settle();
    QVERIFY2(firstDeltaMs >= 200, qPrintable(QString::number(firstDeltaMs)));
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.signalsAfterFinished, 0);
    QVERIFY(job->hasError());
    QCOMPARE(kindOf(job.get()), u"cancelled"_s);
    QCOMPARE(watch.textDeltas, 3);
    QCOMPARE(job->result().text(), watch.text);
    QVERIFY(!watch.text.isEmpty());
    QVERIFY(!watch.text.contains(u"Demo provider"_s)); // far from complete
}

void TestDemoClient::unknownModelFails()
{
    DemoClient client(u"gpt-4o"_s);
    client.setPacing(instant);
    std::unique_ptr<CompletionJob> job(client.createStream(ask()));
    QVERIFY(waitForFinished(job.get()));
    QCOMPARE(kindOf(job.get()), u"not_found"_s);
    QVERIFY(job->error().message.contains(u"demo-reasoner"_s));
}

void TestDemoClient::unreadableRepliesFail()
{
    DemoClient client;
    client.setPacing(instant);
    QVERIFY(!client.loadReplies(u"/nonexistent/demo-replies.json"_s));
    QVERIFY(!client.repliesError().isEmpty());
    std::unique_ptr<CompletionJob> job(client.createStream(ask()));
    QVERIFY(waitForFinished(job.get()));
    QCOMPARE(kindOf(job.get()), u"provider"_s);
    QVERIFY(job->error().message.contains(u"/nonexistent/demo-replies.json"_s));

    // Invalid content is reported with where it went wrong.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"broken.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "modelkit.demo-replies", "version": 1, "thoughts": {"chat": 3}})");
    file.close();
    QVERIFY(!client.loadReplies(file.fileName()));
    QVERIFY2(client.repliesError().contains(u"$.thoughts.chat"_s),
             qPrintable(client.repliesError()));
    std::unique_ptr<CompletionJob> again(client.create(ask()));
    QVERIFY(waitForFinished(again.get()));
    QCOMPARE(kindOf(again.get()), u"provider"_s);
}

void TestDemoClient::editedRepliesAreUsed()
{
    QFile builtin(DemoReplies::builtinPath());
    QVERIFY(builtin.open(QIODevice::ReadOnly));
    QJsonObject data = QJsonDocument::fromJson(builtin.readAll()).object();
    QJsonObject replies = data.value(u"replies"_s).toObject();
    replies.insert(u"chat"_s,
                   QJsonArray{QJsonValue(QJsonArray{u"# Edited"_s, u"You said {excerpt}."_s})});
    data.insert(u"replies"_s, replies);
    QJsonObject values = data.value(u"values"_s).toObject();
    values.insert(u"string"_s, u"filler"_s);
    data.insert(u"values"_s, values);

    QTemporaryDir dir;
    QFile file(dir.filePath(u"edited.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(data).toJson());
    file.close();

    DemoClient client;
    client.setPacing(instant);
    QVERIFY2(client.loadReplies(file.fileName()), qPrintable(client.repliesError()));
    std::unique_ptr<CompletionJob> job(client.createStream(ask(u"hi {model} there"_s)));
    QVERIFY(waitForFinished(job.get()));
    // Placeholders inside the user's words are not expanded.
    QCOMPARE(job->result().text(), u"# Edited\nYou said hi {model} there."_s);

    CompletionRequest request = ask();
    request.tools = {tool(u"note"_s, objectFrom(R"({"type": "object",
        "properties": {"colour_code": {"type": "string"}, "widget": {"type": "string"}},
        "required": ["colour_code", "widget"]})"))};
    std::unique_ptr<CompletionJob> call(client.createStream(request));
    QVERIFY(waitForFinished(call.get()));
    QCOMPARE(call->result().functionCalls().value(0).arguments,
             u"{\"colour_code\": \"blue\", \"widget\": \"filler\"}"_s);
    QCOMPARE(SchemaExample::nameWords(u"maxPriceEUR"_s),
             (QStringList{u"max"_s, u"price"_s, u"eur"_s}));
    QCOMPARE(SchemaExample::nameWords(u"HTTPServer_cities"_s),
             (QStringList{u"http"_s, u"server"_s, u"cities"_s, u"city"_s}));
}

QTEST_GUILESS_MAIN(TestDemoClient)
#include "tst_democlient.moc"
