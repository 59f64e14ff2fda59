// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The comparison engine (modelkit/compare/) over the loopback server with the real provider
// clients, and its value types and file format.
#include "catalog/modelcatalog.h"
#include "compare/comparison.h"
#include "compare/comparisondocument.h"
#include "core/chatcompletionclient.h"
#include "loopbackrig.h"
#include "loopbackserver.h"
#include "openaichatstream.h"
#include "profiles/clientfactory.h"
#include "providers/demo/democlient.h"

#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::LoopbackServer;
using testsupport::RecordedRequest;
using testsupport::ScriptedResponse;

namespace {

const QString secretKey = u"sk-compare-SECRET-0123456789"_s;

const QStringList fastPieces{u"Fast "_s, u"answer."_s};
const QStringList slowPieces{u"A "_s,      u"slow "_s, u"and "_s,   u"careful "_s,
                             u"answer "_s, u"that "_s, u"takes "_s, u"its "_s,
                             u"time "_s,   u"to "_s,   u"arrive."_s};

QString joined(const QStringList &pieces)
{
    return pieces.join(QString());
}

//! A lane going to `profile` (or `provider`) with `model`.
CompareLane laneOf(const QString &id, const QString &profile, const QString &model,
                   const QString &provider = QString(), int repeat = 1)
{
    CompareLane lane;
    lane.id = id;
    lane.profile = profile;
    lane.model = model;
    lane.provider = provider;
    lane.repeat = repeat;
    return lane;
}

//! What a lane recorded through the comparison's signals.
struct LaneLog
{
    QString text;
    QString thought;
    int deltas = 0;
};

} // namespace

class TstComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Value types
    void statistic();
    void summaryOfAttempts();
    void marks();
    void laneRequestMergesParametersAndSystemPrompt();
    void laneSpec_data();
    void laneSpec();
    void laneSpecErrors_data();
    void laneSpecErrors();
    void laneSpecRoundTrip();
    void laneJsonRoundTrip();
    void laneCacheSwitch();

    // Engine over the loopback server
    void threeLanesFastSlowFailing();
    void stopLaneLeavesTheOthersRunning();
    void stopStopsEveryLane();
    void limitOfOneSerialisesTwoLanes();
    void repeatsGiveMeanSpreadAndAnswersDiffer();
    void demoLanesRunOffline();
    void clientThatCannotBeMadeFailsItsLane();
    void startAgainFromFinished();
    void startRefusesInvalidSetups();

    // File format
    void saveReopenSaveIsByteIdentical();
    void unknownFieldsSurvive();
    void badFilesGivePreciseErrors_data();
    void badFilesGivePreciseErrors();
    void readFileNamesTheFile();
    void schemaAcceptsWhatIsWritten();
    void unknownRequestParameterIsKept();

private:
    //! A compatible client of the loopback server for `lane.model`, no retries.
    std::unique_ptr<ChatCompletionClient> makeClient(const CompareLane &lane, QString *error);
    //! Connects `comparison` to `logs` and to the event list.
    void watch(Comparison &comparison);
    bool waitForFinished(Comparison &comparison, int timeoutMs = 10000);
    //! The three-lane comparison of threeLanesFastSlowFailing(), finished.
    void runThreeLanes(Comparison &comparison);
    //! The recorded request for `model`, or an empty one.
    RecordedRequest requestFor(const QString &model) const;

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    ModelCatalog m_catalog;
    QHash<int, LaneLog> m_logs;
    QStringList m_events;
    int m_repeatCalls = 0;
};

void TstComparison::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_nam.get());
    m_logs.clear();
    m_events.clear();
    m_repeatCalls = 0;
    m_catalog = ModelCatalog();
    QVERIFY(m_catalog.loadBuiltin());
    // Prices per 1M tokens: fast is cheaper than slow; busy and unpriced have none.
    QVERIFY(m_catalog.setOverride(
        u"compatible"_s, u"fast-model"_s,
        QJsonObject{{u"price"_s, QJsonObject{{u"input"_s, 1.0}, {u"output"_s, 2.0}}}}));
    QVERIFY(m_catalog.setOverride(
        u"compatible"_s, u"slow-model"_s,
        QJsonObject{{u"price"_s, QJsonObject{{u"input"_s, 3.0}, {u"output"_s, 6.0}}}}));
    QVERIFY(m_catalog.setOverride(
        u"compatible"_s, u"repeat-model"_s,
        QJsonObject{{u"price"_s, QJsonObject{{u"input"_s, 0.0}, {u"output"_s, 1.0}}}}));

    m_server->setHandler([this](const RecordedRequest &request) {
        const QString model = request.json().value(u"model"_s).toString();
        if (model == u"fast-model")
            return ScriptedResponse::sse(testsupport::openAiChatStream(model, fastPieces, 10, 4));
        if (model == u"slow-model") // about half a second, in small pieces
            return ScriptedResponse::sse(testsupport::openAiChatStream(model, slowPieces, 12, 40),
                                         128, 25);
        if (model == u"busy-model")
            return ScriptedResponse::json(
                429,
                QByteArray(R"({"error":{"message":"Rate limit reached for busy-model",)"
                           R"("type":"requests","param":null,"code":"rate_limit_exceeded"}})"),
                {{"Retry-After", "1"}, {"x-request-id", "req_busy"}});
        if (model == u"repeat-model") {
            // Attempts 1 and 2 give the same answer, 3 another; 10, 20, 30 tokens.
            ++m_repeatCalls;
            const QString answer = m_repeatCalls < 3 ? u"Answer A"_s : u"Answer B"_s;
            return ScriptedResponse::sse(
                testsupport::openAiChatStream(model, {answer}, 5, 10 * m_repeatCalls), 64, 5);
        }
        if (model == u"same-model")
            return ScriptedResponse::sse(testsupport::openAiChatStream(model, {u"Same"_s}, 5, 7));
        return ScriptedResponse::json(
            404, QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"no model"_s}}}});
    });
}

void TstComparison::cleanup()
{
    m_transport.reset();
    m_nam.reset();
    m_server.reset();
}

std::unique_ptr<ChatCompletionClient> TstComparison::makeClient(const CompareLane &lane,
                                                                QString *error)
{
    ProviderProfile profile;
    profile.name = lane.profile.isEmpty() ? u"Loopback"_s : lane.profile;
    profile.kind = ProviderKind::OpenAiCompatible;
    profile.baseUrl = QUrl(m_server->baseUrl().toString() + u"/v1"_s);
    profile.model = lane.model;
    ClientFactory::Overrides overrides;
    overrides.transport = testsupport::fastTransport();
    overrides.transport->maxRetries = 0;
    return ClientFactory::create(profile, secretKey, m_transport.get(), overrides, error);
}

void TstComparison::watch(Comparison &comparison)
{
    connect(&comparison, &Comparison::textDelta, this, [this](int lane, int, const QString &text) {
        m_logs[lane].text += text;
        ++m_logs[lane].deltas;
    });
    connect(&comparison, &Comparison::thoughtDelta, this,
            [this](int lane, int, const QString &text) { m_logs[lane].thought += text; });
    connect(&comparison, &Comparison::laneStateChanged, this, [this](int lane, CompareState state) {
        m_events << u"%1 %2"_s.arg(compareStateName(state)).arg(lane);
    });
    connect(&comparison, &Comparison::attemptStarted, this,
            [this](int lane, int attempt) { m_events << u"start %1.%2"_s.arg(lane).arg(attempt); });
    connect(&comparison, &Comparison::attemptFinished, this,
            [this](int lane, int attempt) { m_events << u"end %1.%2"_s.arg(lane).arg(attempt); });
    connect(&comparison, &Comparison::finished, this, [this] { m_events << u"finished"_s; });
}

bool TstComparison::waitForFinished(Comparison &comparison, int timeoutMs)
{
    if (!comparison.isRunning())
        return true;
    QSignalSpy finished(&comparison, &Comparison::finished);
    return finished.wait(timeoutMs);
}

RecordedRequest TstComparison::requestFor(const QString &model) const
{
    for (const RecordedRequest &request : m_server->requests()) {
        if (request.json().value(u"model"_s).toString() == model)
            return request;
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Value types

void TstComparison::statistic()
{
    const CompareStatistic three = CompareStatistic::of({100, 300, 200});
    QCOMPARE(three.count, 3);
    QCOMPARE(three.mean, 200.0);
    QCOMPARE(three.min, 100.0);
    QCOMPARE(three.max, 300.0);
    QCOMPARE(three.stddev, 100.0); // sample standard deviation
    QCOMPARE(three.range(), 200.0);

    const CompareStatistic one = CompareStatistic::of({42});
    QCOMPARE(one.count, 1);
    QCOMPARE(one.mean, 42.0);
    QCOMPARE(one.stddev, 0.0);

    const CompareStatistic none = CompareStatistic::of({});
    QVERIFY(none.isEmpty());
    QVERIFY(none.toJson().isNull());
    const QJsonObject json = three.toJson().toObject();
    QCOMPARE(json.size(), 5);
    QCOMPARE(json.value(u"count"_s).toInteger(), 3);
    QCOMPARE(json.value(u"mean"_s).toDouble(), 200.0);
    QCOMPARE(json.value(u"min"_s).toDouble(), 100.0);
    QCOMPARE(json.value(u"max"_s).toDouble(), 300.0);
    QCOMPARE(json.value(u"stddev"_s).toDouble(), 100.0);
}

void TstComparison::summaryOfAttempts()
{
    auto succeeded
        = [](qint64 total, qint64 completion, std::optional<double> cost, const QString &text) {
              ConversationRun run;
              CreateResult result;
              result.content = text;
              result.finishReason = FinishReason::Stop;
              run.result = result;
              run.totalMs = total;
              run.timeToFirstTokenMs = total / 2;
              run.tokensPerSecond = double(completion);
              run.usage.promptTokens = 10;
              run.usage.completionTokens = completion;
              run.usage.reasoningTokens = 1;
              run.costUsd = cost;
              return run;
          };
    ConversationRun failed;
    failed.error = ModelError::make(ModelError::Kind::RateLimit, u"slow down"_s, 429);
    failed.totalMs = 5; // failures do not count for the timings
    failed.costUsd = 0.0;
    ConversationRun stopped = succeeded(999, 999, 0.5, u"partial"_s);
    stopped.error = ModelError::make(ModelError::Kind::Cancelled, u"stopped"_s);

    const CompareLaneSummary s = CompareLaneSummary::of({succeeded(100, 10, 0.1, u"A"_s), failed,
                                                         succeeded(300, 30, 0.3, u"B"_s),
                                                         succeeded(200, 20, 0.2, u"A"_s), stopped});
    QCOMPARE(s.attempts, 5);
    QCOMPARE(s.succeeded, 3);
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.cancelled, 1);
    QCOMPARE(s.totalMs, CompareStatistic::of({100, 300, 200}));
    QCOMPARE(s.timeToFirstTokenMs.mean, 100.0);
    QCOMPARE(s.completionTokens.mean, 20.0);
    QCOMPARE(s.completionTokens.stddev, 10.0);
    QCOMPARE(s.reasoningTokens.mean, 1.0);
    QCOMPARE(s.costUsd.count, 3);
    QCOMPARE(s.costUsd.mean, 0.2);
    QVERIFY(s.totalCostUsd);
    QCOMPARE(*s.totalCostUsd, 1.1); // every attempt's cost, the stopped one's included
    QCOMPARE(s.distinctAnswers, 2);
    QVERIFY(s.answersDiffer());
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(u"answers_differ"_s).toBool(), true);
    QCOMPARE(json.value(u"total_ms"_s).toObject().value(u"mean"_s).toDouble(), 200.0);

    // One unknown cost among the succeeded attempts: no cost figure rather than a low one.
    const CompareLaneSummary unknown = CompareLaneSummary::of(
        {succeeded(100, 10, 0.1, u"A"_s), succeeded(100, 10, std::nullopt, u"A"_s)});
    QVERIFY(unknown.costUsd.isEmpty());
    QVERIFY(!unknown.totalCostUsd);
    QCOMPARE(unknown.distinctAnswers, 1);
    QVERIFY(!unknown.answersDiffer());
    QVERIFY(unknown.toJson().value(u"cost_usd"_s).isNull());
    QVERIFY(unknown.toJson().value(u"total_cost_usd"_s).isNull());

    // A reply from the response cache counts as an answer, not as a timing.
    ConversationRun replay = succeeded(3, 10, 0.0, u"A"_s);
    replay.result->cached = true;
    const CompareLaneSummary withReplay
        = CompareLaneSummary::of({succeeded(100, 10, 0.1, u"A"_s), replay});
    QCOMPARE(withReplay.succeeded, 2);
    QCOMPARE(withReplay.totalMs, CompareStatistic::of({100}));
    QCOMPARE(withReplay.timeToFirstTokenMs, CompareStatistic::of({50}));
    QCOMPARE(withReplay.tokensPerSecond.count, 1);
    QCOMPARE(withReplay.costUsd.count, 2);
    QCOMPARE(withReplay.distinctAnswers, 1);
    QVERIFY(CompareLaneSummary::of({replay}).totalMs.isEmpty());

    // Function calls compare by name and arguments, not by their ids.
    CreateResult call1, call2, call3;
    call1.content = QList<FunctionCall>{{u"call_1"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s}};
    call2.content = QList<FunctionCall>{{u"call_2"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s}};
    call3.content = QList<FunctionCall>{{u"call_3"_s, u"get_weather"_s, u"{\"city\":\"Lyon\"}"_s}};
    QCOMPARE(CompareLaneSummary::answerOf(call1), CompareLaneSummary::answerOf(call2));
    QVERIFY(CompareLaneSummary::answerOf(call1) != CompareLaneSummary::answerOf(call3));

    QVERIFY(CompareLaneSummary::of({}).totalMs.isEmpty());
    QCOMPARE(CompareLaneSummary::of({}).distinctAnswers, 0);
}

void TstComparison::marks()
{
    auto summary = [](std::optional<double> total, std::optional<double> cost,
                      std::optional<double> completion) {
        CompareLaneSummary s;
        if (total)
            s.totalMs = CompareStatistic::of({*total});
        if (cost)
            s.costUsd = CompareStatistic::of({*cost});
        if (completion)
            s.completionTokens = CompareStatistic::of({*completion});
        return s;
    };
    const CompareMarks marks = CompareMarks::of({
        summary(100, 0.5, 10), summary(50, std::nullopt, 30), // cost unknown: never cheapest
        summary(std::nullopt, std::nullopt, std::nullopt),    // failed lane
        summary(50, 0.2, 30),                                 // ties with lane 1
    });
    QCOMPARE(marks.fastest, (QList<int>{1, 3}));
    QCOMPARE(marks.cheapest, (QList<int>{3}));
    QCOMPARE(marks.longest, (QList<int>{1, 3}));
    QCOMPARE(marks.marksOf(3), (QStringList{u"fastest"_s, u"cheapest"_s, u"longest"_s}));
    QCOMPARE(marks.marksOf(0), QStringList());
    QCOMPARE(marks.marksOf(2), QStringList());

    // Nothing to compare with: no marks.
    const CompareMarks alone = CompareMarks::of(
        {summary(100, 0.5, 10), summary(std::nullopt, std::nullopt, std::nullopt)});
    QVERIFY(alone.fastest.isEmpty() && alone.cheapest.isEmpty() && alone.longest.isEmpty());
}

void TstComparison::laneRequestMergesParametersAndSystemPrompt()
{
    CompletionRequest shared;
    shared.messages << SystemMessage{u"Shared system."_s} << UserMessage{u"Hi"_s, u"user"_s};
    shared.parameters.temperature = 0.9;
    shared.parameters.maxTokens = 100;
    shared.parameters.stop = {u"END"_s};
    shared.extraCreateArgs = QJsonObject{{u"user"_s, u"alice"_s}};

    CompareLane lane;
    lane.id = u"a"_s;
    lane.profile = u"P"_s;
    lane.parameters.temperature = 0.2;
    lane.parameters.seed = 7;
    CompletionRequest request = lane.request(shared);
    QCOMPARE(request.parameters.temperature, std::optional<double>(0.2));
    QCOMPARE(request.parameters.maxTokens, std::optional<qint64>(100));
    QCOMPARE(request.parameters.seed, std::optional<qint64>(7));
    QCOMPARE(request.parameters.stop, QStringList{u"END"_s});
    QCOMPARE(request.messages, shared.messages); // no variant: the conversation's own
    QCOMPARE(request.extraCreateArgs, shared.extraCreateArgs);

    lane.parameters.stop = {u"STOP"_s, u"HALT"_s};
    QCOMPARE(lane.request(shared).parameters.stop, (QStringList{u"STOP"_s, u"HALT"_s}));

    // Replaces the first system message…
    lane.systemPrompt = u"Variant."_s;
    request = lane.request(shared);
    QCOMPARE(request.messages.size(), 2);
    QCOMPARE(std::get<SystemMessage>(request.messages.at(0)).content, u"Variant."_s);
    // …is put first when there is none…
    CompletionRequest noSystem = shared;
    noSystem.messages.removeFirst();
    request = lane.request(noSystem);
    QCOMPARE(request.messages.size(), 2);
    QCOMPARE(std::get<SystemMessage>(request.messages.at(0)).content, u"Variant."_s);
    QVERIFY(std::holds_alternative<UserMessage>(request.messages.at(1)));
    // …and an empty variant removes it.
    lane.systemPrompt = QString();
    request = lane.request(shared);
    QCOMPARE(request.messages.size(), 1);
    QVERIFY(std::holds_alternative<UserMessage>(request.messages.at(0)));
    QCOMPARE(lane.request(noSystem).messages, noSystem.messages);
}

void TstComparison::laneSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QJsonObject>("parameters");
    QTest::addColumn<QVariant>("system"); // null = no variant
    QTest::addColumn<int>("repeat");

    QTest::newRow("profile only") << u"demo"_s << u"demo"_s << QString() << QJsonObject()
                                  << QVariant() << 1;
    QTest::newRow("profile and model")
        << u"Work vLLM:qwen3"_s << u"Work vLLM"_s << u"qwen3"_s << QJsonObject() << QVariant() << 1;
    QTest::newRow("model with a tag")
        << u"ollama:llama3.1:8b:temperature=0.2"_s << u"ollama"_s << u"llama3.1:8b"_s
        << QJsonObject{{u"temperature"_s, 0.2}} << QVariant() << 1;
    QTest::newRow("empty model") << u"groq::max_tokens=100,seed=3"_s << u"groq"_s << QString()
                                 << QJsonObject{{u"max_tokens"_s, 100}, {u"seed"_s, 3}}
                                 << QVariant() << 1;
    QTest::newRow("stop list keeps its comma")
        << u"p:m:stop=[\"a\",\"b\"],top_p=0.5"_s << u"p"_s << u"m"_s
        << QJsonObject{{u"stop"_s, QJsonArray{u"a"_s, u"b"_s}}, {u"top_p"_s, 0.5}} << QVariant()
        << 1;
    QTest::newRow("text values") << u"p:m:reasoning_effort=high,stop=END"_s << u"p"_s << u"m"_s
                                 << QJsonObject{{u"reasoning_effort"_s, u"high"_s},
                                                {u"stop"_s, QJsonArray{u"END"_s}}}
                                 << QVariant() << 1;
    QTest::newRow("system takes the rest")
        << u"p:m:temperature=0,system=Be terse, please: one line=enough"_s << u"p"_s << u"m"_s
        << QJsonObject{{u"temperature"_s, 0.0}} << QVariant(u"Be terse, please: one line=enough"_s)
        << 1;
    QTest::newRow("empty system") << u"p:m:system="_s << u"p"_s << u"m"_s << QJsonObject()
                                  << QVariant(QString()) << 1;
    QTest::newRow("repeat") << u"p:m:repeat=5"_s << u"p"_s << u"m"_s << QJsonObject() << QVariant()
                            << 5;
}

void TstComparison::laneSpec()
{
    QFETCH(QString, spec);
    QFETCH(QString, profile);
    QFETCH(QString, model);
    QFETCH(QJsonObject, parameters);
    QFETCH(QVariant, system);
    QFETCH(int, repeat);
    QString error;
    const auto lane = CompareLane::fromSpec(spec, &error);
    QVERIFY2(lane, qPrintable(error));
    QCOMPARE(lane->profile, profile);
    QVERIFY(lane->provider.isEmpty());
    QCOMPARE(lane->model, model);
    QCOMPARE(lane->parameters.toJson(), parameters);
    QCOMPARE(lane->systemPrompt.has_value(), system.isValid());
    if (system.isValid())
        QCOMPARE(*lane->systemPrompt, system.toString());
    QCOMPARE(lane->repeat, repeat);
}

void TstComparison::laneSpecErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("no profile") << u":gpt-4o"_s << u"starts with a profile"_s;
    QTest::newRow("empty") << QString() << u"starts with a profile"_s;
    QTest::newRow("unknown key") << u"p:m:bogus=1"_s << u"unknown override \"bogus\""_s;
    QTest::newRow("wrong type") << u"p:m:temperature=hot"_s << u"temperature: expected a number"_s;
    QTest::newRow("stray text") << u"p:m:temperature=0.2,oops"_s
                                << u"temperature: expected a number"_s;
    QTest::newRow("repeat zero") << u"p:m:repeat=0"_s << u"repeat must be a whole number"_s;
    QTest::newRow("repeat fraction") << u"p:m:repeat=1.5"_s << u"repeat must be a whole number"_s;
    QTest::newRow("repeat too many") << u"p:m:repeat=1000"_s << u"from 1 to 100"_s;
}

void TstComparison::laneSpecErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!CompareLane::fromSpec(spec, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TstComparison::laneSpecRoundTrip()
{
    CompareLane lane;
    lane.profile = u"Work"_s;
    lane.model = u"llama3.1:8b"_s;
    lane.parameters.temperature = 0.25;
    lane.parameters.maxTokens = 64;
    lane.parameters.stop = {u"a,b"_s, u"c"_s};
    lane.parameters.reasoningEffort = u"high"_s;
    lane.systemPrompt = u"Answer in French, briefly: one line."_s;
    lane.repeat = 3;
    const QString spec = lane.toSpec();
    QString error;
    const auto back = CompareLane::fromSpec(spec, &error);
    QVERIFY2(back, qPrintable(error + u" in "_s + spec));
    QCOMPARE(back->profile, lane.profile);
    QCOMPARE(back->model, lane.model);
    QCOMPARE(back->parameters, lane.parameters);
    QCOMPARE(back->systemPrompt, lane.systemPrompt);
    QCOMPARE(back->repeat, lane.repeat);

    // A text that would read as JSON is written as a JSON string.
    CompareLane numeric;
    numeric.provider = u"openai"_s;
    numeric.parameters.reasoningEffort = u"0.5"_s;
    const auto numericBack = CompareLane::fromSpec(numeric.toSpec(), &error);
    QVERIFY2(numericBack, qPrintable(error));
    QCOMPARE(numericBack->profile, u"openai"_s);
    QCOMPARE(numericBack->parameters.reasoningEffort, std::optional<QString>(u"0.5"_s));
    QCOMPARE(laneOf(QString(), QString(), QString(), u"demo"_s).toSpec(), u"demo"_s);
}

void TstComparison::laneJsonRoundTrip()
{
    CompareLane lane;
    lane.id = u"lane1"_s;
    lane.label = u"Cheap and quick"_s;
    lane.profile = u"Work"_s;
    lane.provider = u"compatible"_s;
    lane.model = u"qwen3"_s;
    lane.parameters.temperature = 0.2;
    lane.systemPrompt = u"Be terse."_s;
    lane.repeat = 4;
    const QJsonObject json = lane.toJson();
    QCOMPARE(json.value(u"system_prompt"_s).toString(), u"Be terse."_s);
    QCOMPARE(json.value(u"parameters"_s).toObject().value(u"temperature"_s).toDouble(), 0.2);
    QCOMPARE(CompareLane::fromJson(json), lane);

    CompareLane plain;
    plain.id = u"x"_s;
    plain.provider = u"demo"_s;
    const QJsonObject plainJson = plain.toJson();
    QVERIFY(plainJson.value(u"system_prompt"_s).isNull());
    QVERIFY(plainJson.value(u"profile"_s).isNull());
    QCOMPARE(CompareLane::fromJson(plainJson), plain);
    QCOMPARE(plain.displayName(), u"demo"_s);
    QCOMPARE(lane.displayName(), u"Cheap and quick"_s);
    lane.label.clear();
    QCOMPARE(lane.displayName(), u"Work:qwen3"_s);
}

void TstComparison::laneCacheSwitch()
{
    // Spec: cache=true|false, anywhere before system=.
    QString error;
    const auto on = CompareLane::fromSpec(u"Work:qwen3:temperature=0,cache=true"_s, &error);
    QVERIFY2(on, qPrintable(error));
    QCOMPARE(on->cache, std::optional<bool>(true));
    QCOMPARE(on->parameters.temperature, std::optional<double>(0.0));
    const auto off = CompareLane::fromSpec(u"Work:qwen3:cache=false,system=Hi, you"_s, &error);
    QVERIFY2(off, qPrintable(error));
    QCOMPARE(off->cache, std::optional<bool>(false));
    QCOMPARE(off->systemPrompt, std::optional<QString>(u"Hi, you"_s));
    const auto unset = CompareLane::fromSpec(u"Work:qwen3"_s, &error);
    QVERIFY2(unset, qPrintable(error));
    QCOMPARE(unset->cache, std::optional<bool>());
    for (const QString &bad : {u"p:m:cache=yes"_s, u"p:m:cache=1"_s, u"p:m:cache="_s}) {
        QVERIFY2(!CompareLane::fromSpec(bad, &error), qPrintable(bad));
        QVERIFY2(error.contains(u"cache must be true or false"_s), qPrintable(error));
    }

    // toSpec() writes it (before system=) and fromSpec() reads it back.
    CompareLane lane;
    lane.profile = u"Work"_s;
    lane.model = u"qwen3"_s;
    lane.cache = true;
    QCOMPARE(lane.toSpec(), u"Work:qwen3:cache=true"_s);
    lane.systemPrompt = u"Terse, please."_s;
    lane.repeat = 2;
    for (const std::optional<bool> &cache :
         {std::optional<bool>(true), std::optional<bool>(false), std::optional<bool>()}) {
        lane.cache = cache;
        const QString spec = lane.toSpec();
        const auto back = CompareLane::fromSpec(spec, &error);
        QVERIFY2(back, qPrintable(error + u" in "_s + spec));
        QCOMPARE(back->cache, cache);
        QCOMPARE(back->systemPrompt, lane.systemPrompt);
        QCOMPARE(back->repeat, 2);
    }

    // JSON: always written (null when unset), absent reads as unset, and part of ==.
    lane.id = u"a"_s;
    lane.cache = std::nullopt;
    QJsonObject json = lane.toJson();
    QVERIFY(json.contains(u"cache"_s));
    QVERIFY(json.value(u"cache"_s).isNull());
    QCOMPARE(CompareLane::fromJson(json), lane);
    json.remove(u"cache"_s);
    QCOMPARE(CompareLane::fromJson(json), lane);
    for (bool value : {true, false}) {
        CompareLane cached = lane;
        cached.cache = value;
        QVERIFY(!(cached == lane));
        const QJsonObject cachedJson = cached.toJson();
        QCOMPARE(cachedJson.value(u"cache"_s), QJsonValue(value));
        const auto back = CompareLane::fromJson(cachedJson);
        QVERIFY(back);
        QCOMPARE(back->cache, std::optional<bool>(value));
        QCOMPARE(*back, cached);
    }
    JsonError jsonError;
    json.insert(u"cache"_s, 1);
    QVERIFY(!CompareLane::fromJson(json, &jsonError));
    QCOMPARE(jsonError.path, u"$.cache"_s);

    // Through a whole document: saved, reopened, saved again byte for byte.
    ComparisonDocument document;
    document.id = u"c1"_s;
    document.request.messages << UserMessage{u"Hi"_s, u"user"_s};
    CompareLaneResult first, second, third;
    first.lane = laneOf(u"on"_s, u"Work"_s, u"m"_s);
    first.lane.cache = true;
    second.lane = laneOf(u"off"_s, u"Work"_s, u"m"_s);
    second.lane.cache = false;
    third.lane = laneOf(u"profile"_s, u"Work"_s, u"m"_s);
    document.lanes = {first, second, third};
    const QByteArray bytes = document.toBytes();
    const QJsonArray lanes = QJsonDocument::fromJson(bytes).object().value(u"lanes"_s).toArray();
    QCOMPARE(lanes.at(0).toObject().value(u"cache"_s), QJsonValue(true));
    QCOMPARE(lanes.at(1).toObject().value(u"cache"_s), QJsonValue(false));
    QVERIFY(lanes.at(2).toObject().contains(u"cache"_s));
    QVERIFY(lanes.at(2).toObject().value(u"cache"_s).isNull());
    JsonError documentError;
    const auto reopened = ComparisonDocument::fromBytes(bytes, &documentError);
    QVERIFY2(reopened, qPrintable(documentError.toString()));
    QCOMPARE(reopened->lanes.at(0).lane.cache, std::optional<bool>(true));
    QCOMPARE(reopened->lanes.at(1).lane.cache, std::optional<bool>(false));
    QCOMPARE(reopened->lanes.at(2).lane.cache, std::optional<bool>());
    QCOMPARE(reopened->toBytes(), bytes);
}

// ---------------------------------------------------------------------------------------------
// Engine

void TstComparison::runThreeLanes(Comparison &comparison)
{
    CompletionRequest shared;
    shared.messages << SystemMessage{u"You are helpful."_s} << UserMessage{u"Hi"_s, u"user"_s};
    shared.parameters.temperature = 0.9;

    CompareLane fast = laneOf(u"fast"_s, u"Fast"_s, u"fast-model"_s, u"compatible"_s);
    fast.parameters.temperature = 0.2;
    CompareLane slow = laneOf(u"slow"_s, u"Slow"_s, u"slow-model"_s, u"compatible"_s);
    slow.systemPrompt = u"Answer slowly."_s;
    CompareLane busy = laneOf(u"busy"_s, u"Busy"_s, u"busy-model"_s, u"compatible"_s);
    busy.parameters.maxTokens = 50;

    comparison.setLanes({fast, slow, busy});
    comparison.setRequest(shared);
    comparison.setCatalog(&m_catalog);
    comparison.setClientMaker(
        [this](const CompareLane &lane, QString *error) { return makeClient(lane, error); });
    watch(comparison);
    QSignalSpy finished(&comparison, &Comparison::finished);
    QString error;
    QVERIFY2(comparison.start(&error), qPrintable(error));
    QVERIFY(comparison.isRunning());
    // Nothing is limited: every lane runs at once.
    QCOMPARE(comparison.laneState(0), CompareState::Running);
    QCOMPARE(comparison.laneState(1), CompareState::Running);
    QCOMPARE(comparison.laneState(2), CompareState::Running);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10000));
    QTest::qWait(30); // a second finished() would show here
    QCOMPARE(finished.count(), 1);
    QVERIFY(!comparison.isRunning());
}

void TstComparison::threeLanesFastSlowFailing()
{
    Comparison comparison;
    runThreeLanes(comparison);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(comparison.laneState(0), CompareState::Succeeded);
    QCOMPARE(comparison.laneState(1), CompareState::Succeeded);
    QCOMPARE(comparison.laneState(2), CompareState::Failed);

    // Fast: the whole reply, the provider's usage, the catalog's price, timings.
    const QList<ConversationRun> fast = comparison.attempts(0);
    QCOMPARE(fast.size(), 1);
    QVERIFY(!fast.first().error);
    QVERIFY(fast.first().result);
    QCOMPARE(fast.first().result->text(), joined(fastPieces));
    QCOMPARE(fast.first().result->finishReason, FinishReason::Stop);
    QCOMPARE(fast.first().usage.promptTokens, 10);
    QCOMPARE(fast.first().usage.completionTokens, 4);
    QVERIFY(!fast.first().usageEstimated);
    QVERIFY(fast.first().costUsd);
    QCOMPARE(*fast.first().costUsd, 10 * 1e-6 + 4 * 2e-6);
    QVERIFY(fast.first().timeToFirstTokenMs);
    QVERIFY(fast.first().totalMs);
    QCOMPARE(fast.first().profileName, u"Fast"_s);
    QCOMPARE(fast.first().provider, u"openai-compatible"_s);
    QCOMPARE(fast.first().model, u"fast-model"_s);
    QCOMPARE(fast.first().messageCount, 2);
    QVERIFY(fast.first().streaming);
    QCOMPARE(m_logs.value(0).text, joined(fastPieces));

    // Slow: streamed in pieces, so it has a token rate; it ends last.
    const QList<ConversationRun> slow = comparison.attempts(1);
    QCOMPARE(slow.size(), 1);
    QVERIFY(!slow.first().error);
    QCOMPARE(slow.first().result->text(), joined(slowPieces));
    QCOMPARE(m_logs.value(1).text, joined(slowPieces));
    QVERIFY(m_logs.value(1).deltas > 1);
    QCOMPARE(slow.first().usage.completionTokens, 40);
    QCOMPARE(*slow.first().costUsd, 12 * 3e-6 + 40 * 6e-6);
    QVERIFY(slow.first().tokensPerSecond && *slow.first().tokensPerSecond > 0);
    QVERIFY(*slow.first().totalMs > *fast.first().totalMs);
    QVERIFY(*slow.first().timeToFirstTokenMs <= *slow.first().totalMs);
    QCOMPARE(m_events.indexOf(u"end 1.0"_s), m_events.size() - 3); // end, succeeded, finished
    QCOMPARE(m_events.last(), u"finished"_s);

    // Busy: the typed error, in its lane.
    const QList<ConversationRun> busy = comparison.attempts(2);
    QCOMPARE(busy.size(), 1);
    QVERIFY(busy.first().error);
    QCOMPARE(busy.first().error->kind, ModelError::Kind::RateLimit);
    QCOMPARE(busy.first().error->httpStatus, 429);
    QCOMPARE(busy.first().error->message, u"Rate limit reached for busy-model"_s);
    QCOMPARE(busy.first().error->providerCode, u"rate_limit_exceeded"_s);
    QCOMPARE(busy.first().error->requestId, u"req_busy"_s);
    QCOMPARE(busy.first().error->retryAfterMs, std::optional<qint64>(1000));
    QVERIFY(m_logs.value(2).text.isEmpty());

    // Summaries and marks.
    const CompareLaneSummary fastSummary = comparison.summary(0);
    QCOMPARE(fastSummary.succeeded, 1);
    QCOMPARE(fastSummary.totalMs.mean, double(*fast.first().totalMs));
    const CompareLaneSummary busySummary = comparison.summary(2);
    QCOMPARE(busySummary.failed, 1);
    QVERIFY(busySummary.totalMs.isEmpty());
    const CompareMarks marks = comparison.marks();
    QCOMPARE(marks.fastest, QList<int>{0});
    QCOMPARE(marks.cheapest, QList<int>{0});
    QCOMPARE(marks.longest, QList<int>{1});

    // Each lane sent the shared conversation with its own overrides.
    QCOMPARE(m_server->requests().size(), 3);
    const QJsonObject fastBody = requestFor(u"fast-model"_s).json();
    QCOMPARE(fastBody.value(u"temperature"_s).toDouble(), 0.2);
    QCOMPARE(fastBody.value(u"stream"_s).toBool(), true);
    QCOMPARE(fastBody.value(u"messages"_s).toArray().at(0).toObject().value(u"content"_s),
             QJsonValue(u"You are helpful."_s));
    const QJsonObject slowBody = requestFor(u"slow-model"_s).json();
    QCOMPARE(slowBody.value(u"temperature"_s).toDouble(), 0.9);
    QCOMPARE(slowBody.value(u"messages"_s).toArray().size(), 2);
    QCOMPARE(slowBody.value(u"messages"_s).toArray().at(0).toObject().value(u"content"_s),
             QJsonValue(u"Answer slowly."_s));
    const QJsonObject busyBody = requestFor(u"busy-model"_s).json();
    QCOMPARE(busyBody.value(u"max_tokens"_s).toInt(), 50);
    QCOMPARE(busyBody.value(u"temperature"_s).toDouble(), 0.9);
    QCOMPARE(requestFor(u"busy-model"_s).header("authorization"), "Bearer " + secretKey.toUtf8());
}

void TstComparison::stopLaneLeavesTheOthersRunning()
{
    Comparison comparison;
    CompletionRequest shared;
    shared.messages << UserMessage{u"Hi"_s, u"user"_s};
    comparison.setLanes({laneOf(u"a"_s, u"A"_s, u"slow-model"_s),
                         laneOf(u"b"_s, u"B"_s, u"slow-model"_s),
                         laneOf(u"c"_s, u"C"_s, u"fast-model"_s)});
    comparison.setRequest(shared);
    comparison.setCatalog(&m_catalog);
    comparison.setClientMaker(
        [this](const CompareLane &lane, QString *error) { return makeClient(lane, error); });
    watch(comparison);
    bool stopped = false;
    connect(&comparison, &Comparison::textDelta, this, [&](int lane, int, const QString &) {
        if (lane == 0 && !stopped) {
            stopped = true;
            QTimer::singleShot(0, &comparison, [&comparison] { comparison.stopLane(0); });
        }
    });
    QSignalSpy laneFinished(&comparison, &Comparison::laneFinished);
    QSignalSpy finished(&comparison, &Comparison::finished);
    QVERIFY(comparison.start());
    QTRY_VERIFY_WITH_TIMEOUT(comparison.laneState(0) == CompareState::Cancelled, 5000);
    // The stopped lane is over while the other slow lane still streams.
    QCOMPARE(comparison.laneState(1), CompareState::Running);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(10000));
    QTest::qWait(30);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(laneFinished.count(), 3);
    // The stopped slow lane ended before the other slow one.
    QList<int> order;
    for (const QList<QVariant> &arguments : std::as_const(laneFinished))
        order << arguments.first().toInt();
    QVERIFY(order.indexOf(0) < order.indexOf(1));

    const QList<ConversationRun> a = comparison.attempts(0);
    QCOMPARE(a.size(), 1);
    QVERIFY(a.first().error);
    QCOMPARE(a.first().error->kind, ModelError::Kind::Cancelled);
    // What arrived before the stop is kept.
    QVERIFY(a.first().result);
    QVERIFY(!a.first().result->text().isEmpty());
    QVERIFY(joined(slowPieces).startsWith(a.first().result->text()));
    QVERIFY(a.first().result->text() != joined(slowPieces));
    QCOMPARE(comparison.summary(0).cancelled, 1);

    QCOMPARE(comparison.laneState(1), CompareState::Succeeded);
    QCOMPARE(comparison.attempts(1).first().result->text(), joined(slowPieces));
    QCOMPARE(comparison.laneState(2), CompareState::Succeeded);
    QCOMPARE(comparison.attempts(2).first().result->text(), joined(fastPieces));
    QCOMPARE(comparison.currentAttempt(0), -1);
    // Stopping a finished lane does nothing.
    comparison.stopLane(1);
    QCOMPARE(comparison.laneState(1), CompareState::Succeeded);
}

void TstComparison::stopStopsEveryLane()
{
    Comparison comparison;
    CompletionRequest shared;
    shared.messages << UserMessage{u"Hi"_s, u"user"_s};
    comparison.setLanes({laneOf(u"a"_s, u"Local"_s, u"slow-model"_s),
                         laneOf(u"b"_s, u"Local"_s, u"slow-model"_s),
                         laneOf(u"c"_s, u"Other"_s, u"slow-model"_s)});
    comparison.setRequest(shared);
    comparison.setConcurrencyLimits({{u"Local"_s, 1}});
    comparison.setClientMaker(
        [this](const CompareLane &lane, QString *error) { return makeClient(lane, error); });
    watch(comparison);
    QSignalSpy finished(&comparison, &Comparison::finished);
    QVERIFY(comparison.start());
    QCOMPARE(comparison.laneState(1), CompareState::Queued);
    QTRY_VERIFY_WITH_TIMEOUT(!m_logs.value(0).text.isEmpty() && !m_logs.value(2).text.isEmpty(),
                             5000);
    comparison.stop();
    // stop() ends every lane before it returns.
    QCOMPARE(finished.count(), 1);
    QVERIFY(!comparison.isRunning());
    for (int lane = 0; lane < 3; ++lane)
        QCOMPARE(comparison.laneState(lane), CompareState::Cancelled);
    QCOMPARE(comparison.attempts(0).size(), 1);
    QCOMPARE(comparison.attempts(0).first().error->kind, ModelError::Kind::Cancelled);
    QVERIFY(!comparison.attempts(0).first().result->text().isEmpty());
    QCOMPARE(comparison.attempts(1).size(), 0); // never left the queue
    QCOMPARE(comparison.attempts(2).size(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_server->requests().size(), 2);
    // A stopped stream with no usage report is billed by an estimate, marked as such.
    QVERIFY(comparison.attempts(0).first().usageEstimated);
    QVERIFY(comparison.attempts(0).first().usage.completionTokens > 0);
    comparison.stop(); // nothing running: nothing happens
    QCOMPARE(finished.count(), 1);
}

void TstComparison::limitOfOneSerialisesTwoLanes()
{
    Comparison comparison;
    CompletionRequest shared;
    shared.messages << UserMessage{u"Hi"_s, u"user"_s};
    // Lane 0 streams for about half a second; lane 1 would finish at once if it could start.
    comparison.setLanes({laneOf(u"first"_s, u"Local"_s, u"slow-model"_s),
                         laneOf(u"second"_s, u"local"_s, u"fast-model"_s),
                         laneOf(u"elsewhere"_s, u"Other"_s, u"fast-model"_s)});
    comparison.setRequest(shared);
    comparison.setConcurrencyLimits({{u"LOCAL"_s, 1}}); // names compare case-insensitively
    QCOMPARE(comparison.concurrencyLimit(0), std::optional<int>(1));
    QCOMPARE(comparison.concurrencyLimit(1), std::optional<int>(1));
    QCOMPARE(comparison.concurrencyLimit(2), std::nullopt);
    comparison.setClientMaker(
        [this](const CompareLane &lane, QString *error) { return makeClient(lane, error); });
    watch(comparison);
    QVERIFY(comparison.start());
    QCOMPARE(comparison.laneState(0), CompareState::Running);
    QCOMPARE(comparison.laneState(1), CompareState::Queued);
    QCOMPARE(comparison.currentAttempt(1), 0);
    // Another profile is not held back.
    QCOMPARE(comparison.laneState(2), CompareState::Running);
    QVERIFY(waitForFinished(comparison));

    QCOMPARE(comparison.laneState(0), CompareState::Succeeded);
    QCOMPARE(comparison.laneState(1), CompareState::Succeeded);
    QCOMPARE(comparison.laneState(2), CompareState::Succeeded);
    // The second lane started only once the first had finished…
    const qsizetype queued = m_events.indexOf(u"queued 1"_s);
    const qsizetype firstEnd = m_events.indexOf(u"end 0.0"_s);
    const qsizetype secondStart = m_events.indexOf(u"start 1.0"_s);
    QVERIFY2(queued >= 0 && firstEnd > queued && secondStart > firstEnd,
             qPrintable(m_events.join(u", "_s)));
    QCOMPARE(m_events.at(secondStart - 1), u"running 1"_s);
    // …and so did its request: after the first reply was complete.
    const ConversationRun first = comparison.attempts(0).first();
    const ConversationRun second = comparison.attempts(1).first();
    QVERIFY(second.result->exchange.sentAtMs >= first.result->exchange.doneAtMs);
    QVERIFY(comparison.attempts(2).first().result->exchange.doneAtMs
            < first.result->exchange.doneAtMs);
}

void TstComparison::repeatsGiveMeanSpreadAndAnswersDiffer()
{
    Comparison comparison;
    CompletionRequest shared;
    shared.messages << UserMessage{u"Hi"_s, u"user"_s};
    comparison.setLanes({laneOf(u"varies"_s, u"R"_s, u"repeat-model"_s, u"compatible"_s, 3),
                         laneOf(u"steady"_s, u"S"_s, u"same-model"_s, QString(), 2)});
    comparison.setRequest(shared);
    comparison.setCatalog(&m_catalog);
    comparison.setClientMaker(
        [this](const CompareLane &lane, QString *error) { return makeClient(lane, error); });
    watch(comparison);
    QVERIFY(comparison.start());
    QVERIFY(waitForFinished(comparison));
    QCOMPARE(comparison.laneState(0), CompareState::Succeeded);
    QCOMPARE(comparison.laneState(1), CompareState::Succeeded);
    QCOMPARE(m_server->requests().size(), 5);

    // Attempts of one lane run one after the other.
    for (int attempt = 1; attempt < 3; ++attempt) {
        const qsizetype end = m_events.indexOf(u"end 0.%1"_s.arg(attempt - 1));
        const qsizetype start = m_events.indexOf(u"start 0.%1"_s.arg(attempt));
        QVERIFY2(end >= 0 && start > end, qPrintable(m_events.join(u", "_s)));
    }
    QCOMPARE(m_logs.value(0).text, u"Answer AAnswer AAnswer B"_s);

    const CompareLaneSummary varies = comparison.summary(0);
    QCOMPARE(varies.attempts, 3);
    QCOMPARE(varies.succeeded, 3);
    QCOMPARE(varies.completionTokens, CompareStatistic::of({10, 20, 30}));
    QCOMPARE(varies.completionTokens.stddev, 10.0);
    QCOMPARE(varies.promptTokens.mean, 5.0);
    QCOMPARE(varies.costUsd.count, 3);
    QCOMPARE(varies.costUsd.mean, 20e-6);
    QCOMPARE(varies.costUsd.min, 10e-6);
    QCOMPARE(varies.costUsd.max, 30e-6);
    QCOMPARE(varies.costUsd.stddev, 10e-6);
    QVERIFY(varies.totalCostUsd);
    QCOMPARE(*varies.totalCostUsd, 60e-6);
    QCOMPARE(varies.totalMs.count, 3);
    QVERIFY(varies.totalMs.min <= varies.totalMs.mean && varies.totalMs.mean <= varies.totalMs.max);
    QCOMPARE(varies.distinctAnswers, 2);
    QVERIFY(varies.answersDiffer());

    const CompareLaneSummary steady = comparison.summary(1);
    QCOMPARE(steady.attempts, 2);
    QCOMPARE(steady.distinctAnswers, 1);
    QVERIFY(!steady.answersDiffer());
    QVERIFY(steady.costUsd.isEmpty()); // same-model has no price
    QVERIFY(!steady.totalCostUsd);
    QCOMPARE(comparison.attempts(1).first().costUsd, std::nullopt);
    // Longest compares the means: 20 against 7.
    QCOMPARE(comparison.marks().longest, QList<int>{0});
}

void TstComparison::demoLanesRunOffline()
{
    Comparison comparison;
    CompletionRequest shared;
    shared.messages << UserMessage{u"What is the weather in Paris?"_s, u"user"_s};
    comparison.setLanes({laneOf(u"fast"_s, QString(), u"demo-fast"_s, u"demo"_s),
                         laneOf(u"reasoner"_s, QString(), u"demo-reasoner"_s, u"demo"_s)});
    comparison.setRequest(shared);
    comparison.setCatalog(&m_catalog);
    comparison.setClientMaker([](const CompareLane &lane, QString *) {
        auto client = std::make_unique<DemoClient>(lane.model);
        client->setPacing({0, 0, 0});
        return std::unique_ptr<ChatCompletionClient>(std::move(client));
    });
    watch(comparison);
    QVERIFY(comparison.start());
    QVERIFY(waitForFinished(comparison));
    for (int lane = 0; lane < 2; ++lane) {
        QCOMPARE(comparison.laneState(lane), CompareState::Succeeded);
        const ConversationRun run = comparison.attempts(lane).first();
        QCOMPARE(run.provider, u"demo"_s);
        QVERIFY(run.usageEstimated);
        QVERIFY(run.usage.completionTokens > 0);
        QCOMPARE(run.costUsd, std::optional<double>(0.0)); // offline: nobody bills it
        QCOMPARE(m_logs.value(lane).text, run.result->text());
    }
    QVERIFY(m_logs.value(0).thought.isEmpty());
    QVERIFY(!m_logs.value(1).thought.isEmpty());
    QCOMPARE(comparison.attempts(1).first().result->thought.value_or(QString()),
             m_logs.value(1).thought);
    // Both free: a tie marks both cheapest.
    QCOMPARE(comparison.marks().cheapest, (QList<int>{0, 1}));
}

void TstComparison::clientThatCannotBeMadeFailsItsLane()
{
    Comparison comparison;
    CompletionRequest shared;
    shared.messages << UserMessage{u"Hi"_s, u"user"_s};
    comparison.setLanes({laneOf(u"ok"_s, u"A"_s, u"fast-model"_s),
                         laneOf(u"nokey"_s, u"Keyless"_s, u"fast-model"_s)});
    comparison.setRequest(shared);
    comparison.setClientMaker([this](const CompareLane &lane, QString *error) {
        if (lane.profile == u"Keyless") {
            *error = u"no API key for profile \"Keyless\""_s;
            return std::unique_ptr<ChatCompletionClient>();
        }
        return makeClient(lane, error);
    });
    watch(comparison);
    QSignalSpy finished(&comparison, &Comparison::finished);
    QVERIFY(comparison.start());
    QCOMPARE(comparison.laneState(1), CompareState::Failed);
    QCOMPARE(comparison.attempts(1).size(), 1);
    const ConversationRun failed = comparison.attempts(1).first();
    QCOMPARE(failed.error->kind, ModelError::Kind::InvalidRequest);
    QCOMPARE(failed.error->message, u"no API key for profile \"Keyless\""_s);
    QCOMPARE(failed.profileName, u"Keyless"_s);
    QVERIFY(!failed.result);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(comparison.laneState(0), CompareState::Succeeded);

    // Every lane failing at once: finished() still comes after start() returned.
    comparison.setClientMaker([](const CompareLane &, QString *error) {
        *error = u"nothing works"_s;
        return std::unique_ptr<ChatCompletionClient>();
    });
    finished.clear();
    QVERIFY(comparison.start());
    QCOMPARE(finished.count(), 0);
    QVERIFY(comparison.isRunning());
    QVERIFY(finished.wait(5000));
    QCOMPARE(comparison.laneState(0), CompareState::Failed);
    QCOMPARE(comparison.attempts(0).size(), 1); // the previous run's attempts were dropped
}

void TstComparison::startAgainFromFinished()
{
    // "Run again" from the finished() slot: the previous clients outlive the signal.
    Comparison comparison;
    CompletionRequest shared;
    shared.messages << UserMessage{u"Hi"_s, u"user"_s};
    comparison.setLanes(
        {laneOf(u"a"_s, u"A"_s, u"fast-model"_s), laneOf(u"b"_s, u"B"_s, u"busy-model"_s)});
    comparison.setRequest(shared);
    comparison.setClientMaker(
        [this](const CompareLane &lane, QString *error) { return makeClient(lane, error); });
    int runs = 0;
    connect(&comparison, &Comparison::finished, this, [&] {
        if (++runs == 1)
            QVERIFY(comparison.start());
    });
    QVERIFY(comparison.start());
    QTRY_COMPARE_WITH_TIMEOUT(runs, 2, 10000);
    QCOMPARE(m_server->requests().size(), 4);
    QCOMPARE(comparison.attempts(0).size(), 1);
    QCOMPARE(comparison.laneState(0), CompareState::Succeeded);
    QCOMPARE(comparison.laneState(1), CompareState::Failed);
}

void TstComparison::startRefusesInvalidSetups()
{
    CompletionRequest shared;
    shared.messages << UserMessage{u"Hi"_s, u"user"_s};
    auto maker = [this](const CompareLane &lane, QString *error) {
        return makeClient(lane, error);
    };
    QString error;

    Comparison none;
    none.setRequest(shared);
    none.setClientMaker(maker);
    QVERIFY(!none.start(&error));
    QVERIFY2(error.contains(u"1 to 8 lanes"_s), qPrintable(error));

    Comparison tooMany;
    QList<CompareLane> nine;
    for (int i = 0; i < 9; ++i)
        nine << laneOf(QString::number(i), u"P"_s, QString());
    tooMany.setLanes(nine);
    tooMany.setRequest(shared);
    tooMany.setClientMaker(maker);
    QVERIFY(!tooMany.start(&error));
    QVERIFY2(error.contains(u"1 to 8 lanes"_s), qPrintable(error));

    Comparison duplicate;
    duplicate.setLanes({laneOf(u"a"_s, u"P"_s, QString()), laneOf(u"a"_s, u"Q"_s, QString())});
    duplicate.setRequest(shared);
    duplicate.setClientMaker(maker);
    QVERIFY(!duplicate.start(&error));
    QVERIFY2(error.contains(u"two lanes have the id \"a\""_s), qPrintable(error));

    Comparison noMaker;
    noMaker.setLanes({laneOf(u"a"_s, u"P"_s, QString())});
    noMaker.setRequest(shared);
    QVERIFY(!noMaker.start(&error));

    Comparison badLane;
    badLane.setLanes({laneOf(u"a"_s, QString(), QString())});
    badLane.setRequest(shared);
    badLane.setClientMaker(maker);
    QVERIFY(!badLane.start(&error));
    QVERIFY2(error.contains(u"neither a profile nor a provider"_s), qPrintable(error));

    Comparison emptyRequest;
    emptyRequest.setLanes({laneOf(u"a"_s, u"P"_s, QString())});
    emptyRequest.setClientMaker(maker);
    QVERIFY(!emptyRequest.start(&error));
    QVERIFY(!emptyRequest.isRunning());
    QCOMPARE(m_server->requests().size(), 0);
}

// ---------------------------------------------------------------------------------------------
// File format

void TstComparison::saveReopenSaveIsByteIdentical()
{
    Comparison comparison;
    comparison.setTitle(u"Three lanes"_s);
    comparison.setConcurrencyLimits({{u"Slow"_s, 2}});
    runThreeLanes(comparison);
    if (QTest::currentTestFailed())
        return;

    const ComparisonDocument document = comparison.document();
    QCOMPARE(document.lanes.size(), 3);
    QCOMPARE(document.title, u"Three lanes"_s);
    const QByteArray bytes = document.toBytes();
    QVERIFY(bytes.endsWith('\n'));
    QVERIFY2(!bytes.contains(secretKey.toUtf8()), "the key reached the file");

    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"modelkit.comparison"_s);
    QCOMPARE(json.value(u"version"_s).toInt(), 1);
    QCOMPARE(json.value(u"concurrency_limits"_s).toObject().size(), 1);
    QCOMPARE(json.value(u"concurrency_limits"_s).toObject().value(u"Slow"_s).toInt(), 2);
    QCOMPARE(json.value(u"request"_s).toObject().value(u"messages"_s).toArray().size(), 2);
    const QJsonArray lanes = json.value(u"lanes"_s).toArray();
    QCOMPARE(lanes.at(0).toObject().value(u"id"_s).toString(), u"fast"_s);
    QCOMPARE(lanes.at(0).toObject().value(u"state"_s).toString(), u"succeeded"_s);
    QCOMPARE(lanes.at(2).toObject().value(u"state"_s).toString(), u"failed"_s);
    const QJsonObject busyAttempt
        = lanes.at(2).toObject().value(u"attempts"_s).toArray().at(0).toObject();
    QCOMPARE(busyAttempt.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"rate_limit"_s);
    QCOMPARE(lanes.at(1).toObject().value(u"summary"_s).toObject().value(u"succeeded"_s).toInt(),
             1);
    QCOMPARE(json.value(u"marks"_s).toObject(),
             (QJsonObject{{u"fastest"_s, QJsonArray{u"fast"_s}},
                          {u"cheapest"_s, QJsonArray{u"fast"_s}},
                          {u"longest"_s, QJsonArray{u"slow"_s}}}));

    JsonError error;
    const auto reopened = ComparisonDocument::fromBytes(bytes, &error);
    QVERIFY2(reopened, qPrintable(error.toString()));
    QCOMPARE(reopened->toBytes(), bytes);
    QCOMPARE(reopened->lanes.at(1).attempts.first().result->text(), joined(slowPieces));
    QCOMPARE(reopened->marks(), comparison.marks());

    // Through files, and through a Comparison showing the saved one.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"comparison.json"_s);
    QString fileError;
    QVERIFY2(reopened->writeFile(path, &fileError), qPrintable(fileError));
    const auto read = ComparisonDocument::readFile(path, &fileError);
    QVERIFY2(read, qPrintable(fileError));
    QCOMPARE(read->toBytes(), bytes);
    Comparison restored;
    restored.restore(*read);
    QCOMPARE(restored.laneCount(), 3);
    QCOMPARE(restored.laneState(2), CompareState::Failed);
    QCOMPARE(restored.summary(1), comparison.summary(1));
    QVERIFY(!restored.isRunning());
    QCOMPARE(restored.document().toBytes(), bytes);
}

void TstComparison::unknownFieldsSurvive()
{
    const QByteArray text = R"({
        "format": "modelkit.comparison", "version": 1, "id": "c1",
        "from_the_future": {"x": 1},
        "request": {"messages": [{"type": "UserMessage", "content": "Hi", "source": "user"}]},
        "lanes": [
            {"id": "a", "profile": "P", "lane_colour": "teal",
             "parameters": {"temperature": 0.5, "new_knob": 3},
             "attempts": [{"model": "m", "usage": {"prompt_tokens": 3, "completion_tokens": 4},
                           "cost_usd": 0.25, "timings": {"total_ms": 120},
                           "result": {"finish_reason": "stop", "content": "Hello",
                                      "usage": {"prompt_tokens": 3, "completion_tokens": 4},
                                      "cached": false},
                           "attempt_note": "kept"}]}
        ]
    })";
    JsonError error;
    const auto document = ComparisonDocument::fromBytes(text, &error);
    QVERIFY2(document, qPrintable(error.toString()));
    QCOMPARE(document->lanes.first().state, CompareState::Succeeded); // from the attempts
    QCOMPARE(document->lanes.first().lane.parameters.temperature, std::optional<double>(0.5));
    QCOMPARE(document->lanes.first().summary().costUsd.mean, 0.25);
    const QByteArray bytes = document->toBytes();
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(json.value(u"from_the_future"_s).toObject().value(u"x"_s).toInt(), 1);
    const QJsonObject lane = json.value(u"lanes"_s).toArray().first().toObject();
    QCOMPARE(lane.value(u"lane_colour"_s).toString(), u"teal"_s);
    QCOMPARE(lane.value(u"parameters"_s).toObject().value(u"new_knob"_s).toInt(), 3);
    QCOMPARE(lane.value(u"attempts"_s).toArray().first().toObject().value(u"attempt_note"_s),
             QJsonValue(u"kept"_s));
    QCOMPARE(lane.value(u"summary"_s).toObject().value(u"attempts"_s).toInt(), 1);
    // Canonical from then on.
    QCOMPARE(ComparisonDocument::fromBytes(bytes)->toBytes(), bytes);
    // A comparison shown again (the window's Open, then Save) keeps them too.
    Comparison shown;
    shown.restore(*document);
    QCOMPARE(shown.document().toBytes(), bytes);
}

void TstComparison::badFilesGivePreciseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const QByteArray request
        = R"("request": {"messages": [{"type": "UserMessage", "content": "Hi", "source": "u"}]})";
    const QByteArray head = R"({"format": "modelkit.comparison", "version": 1, )" + request;
    auto withLanes = [&head](const QByteArray &lanes) -> QByteArray {
        return head + R"(, "lanes": )" + lanes + "}";
    };
    const QByteArray lane = R"({"id": "a", "profile": "P"})";

    QTest::newRow("not JSON") << QByteArray("{\n  \"format\": ,\n}") << QString()
                              << u"invalid JSON at line 2, column 14"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"$"_s << u"expected an object"_s;
    QTest::newRow("another format")
        << QByteArray(R"({"format": "modelkit.conversation", "version": 1})") << u"$.format"_s
        << u"expected \"modelkit.comparison\", not \"modelkit.conversation\""_s;
    QTest::newRow("no format") << QByteArray(R"({"version": 1})") << u"$.format"_s
                               << u"is required"_s;
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "modelkit.comparison", "version": 2})") << u"$.version"_s
        << u"version 2 is newer than this modelkit reads"_s;
    QTest::newRow("no request") << QByteArray(
        R"({"format": "modelkit.comparison", "version": 1, "lanes": [)" + lane + "]}")
                                << u"$.request"_s << u"is required"_s;
    QTest::newRow("bad message") << QByteArray(
        R"({"format": "modelkit.comparison", "version": 1, "lanes": [)" + lane
        + R"(], "request": {"messages": [{"type": "UserMessage", "content": 5}]}})")
                                 << u"$.request.messages[0].content"_s << QString();
    QTest::newRow("no lanes") << head + "}" << u"$.lanes"_s << u"is required"_s;
    QTest::newRow("empty lanes") << withLanes("[]") << u"$.lanes"_s << u"expected 1 to 8 lanes"_s;
    QTest::newRow("nine lanes") << withLanes("[" + QByteArrayList(9, lane).join(',') + "]")
                                << u"$.lanes"_s << u"expected 1 to 8 lanes, not 9"_s;
    QTest::newRow("lane without id")
        << withLanes(R"([{"profile": "P"}])") << u"$.lanes[0].id"_s << u"is required"_s;
    QTest::newRow("empty id") << withLanes(R"([{"id": "", "profile": "P"}])") << u"$.lanes[0].id"_s
                              << u"must not be empty"_s;
    QTest::newRow("duplicate id") << withLanes("[" + lane + "," + lane + "]") << u"$.lanes[1].id"_s
                                  << u"duplicate lane id \"a\""_s;
    QTest::newRow("nowhere to go") << withLanes(R"([{"id": "a"}])") << u"$.lanes[0].profile"_s
                                   << u"a lane needs a profile or a provider"_s;
    QTest::newRow("bad repeat") << withLanes(R"([{"id": "a", "profile": "P", "repeat": 0}])")
                                << u"$.lanes[0].repeat"_s << u"from 1 to 100"_s;
    QTest::newRow("bad parameter")
        << withLanes(R"([{"id": "a", "profile": "P", "parameters": {"temperature": "hot"}}])")
        << u"$.lanes[0].parameters.temperature"_s << u"expected a number"_s;
    QTest::newRow("bad system prompt")
        << withLanes(R"([{"id": "a", "profile": "P", "system_prompt": 3}])")
        << u"$.lanes[0].system_prompt"_s << u"expected a string"_s;
    QTest::newRow("bad cache") << withLanes(R"([{"id": "a", "profile": "P", "cache": "yes"}])")
                               << u"$.lanes[0].cache"_s << u"true or false"_s;
    QTest::newRow("bad state") << withLanes(R"([{"id": "a", "profile": "P", "state": "done"}])")
                               << u"$.lanes[0].state"_s << u"not \"done\""_s;
    QTest::newRow("bad attempts") << withLanes(R"([{"id": "a", "profile": "P", "attempts": {}}])")
                                  << u"$.lanes[0].attempts"_s << u"expected an array"_s;
    QTest::newRow("bad attempt usage")
        << withLanes(R"([{"id": "a", "profile": "P", "attempts": [{"model": "m"}, )"
                     R"({"usage": {"prompt_tokens": "many"}}]}])")
        << u"$.lanes[0].attempts[1].usage.prompt_tokens"_s << QString();
    QTest::newRow("bad attempt error")
        << withLanes(R"([{"id": "a", "profile": "P", "attempts": [{"error": {"kind": "oops"}}]}])")
        << u"$.lanes[0].attempts[0].error.kind"_s << QString();
    QTest::newRow("bad limit") << QByteArray(
        head + R"(, "concurrency_limits": {"Local": 0}, "lanes": [)" + lane + "]}")
                               << u"$.concurrency_limits.Local"_s
                               << u"expected an integer from 1 to 8"_s;
    QTest::newRow("bad date") << QByteArray(head + R"(, "created_at": "yesterday", "lanes": [)"
                                            + lane + "]}")
                              << u"$.created_at"_s << u"expected an ISO 8601 date"_s;
}

void TstComparison::badFilesGivePreciseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    JsonError error;
    QVERIFY(!ComparisonDocument::fromBytes(json, &error));
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QVERIFY(!error.message.isEmpty());
}

void TstComparison::readFileNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "modelkit.comparison", "version": 1, "lanes": []})");
    file.close();
    QString error;
    QVERIFY(!ComparisonDocument::readFile(path, &error));
    QCOMPARE(error, path + u": $.request: is required"_s);
    QVERIFY(!ComparisonDocument::readFile(dir.filePath(u"missing.json"_s), &error));
    QVERIFY2(error.contains(u"missing.json"_s), qPrintable(error));
    ComparisonDocument document;
    QVERIFY(!document.writeFile(dir.filePath(u"no/such/dir/x.json"_s), &error));
    QVERIFY2(error.contains(u"cannot write"_s), qPrintable(error));
}

void TstComparison::schemaAcceptsWhatIsWritten()
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty() || QProcess::execute(python, {u"-c"_s, u"import jsonschema"_s}) != 0)
        QFAIL("python3 with jsonschema is not installed (packaging/install-deps.sh installs "
              "python3-jsonschema)");
    const QDir sources = QFileInfo(QStringLiteral(__FILE__)).dir();
    const QString schema
        = sources.absoluteFilePath(u"../../modelkit/compare/modelkit.comparison.v1.schema.json"_s);
    const QString conversationSchema = sources.absoluteFilePath(
        u"../../modelkit/conversation/modelkit.conversation.v1.schema.json"_s);
    QVERIFY2(QFileInfo::exists(schema), qPrintable(schema));
    QVERIFY2(QFileInfo::exists(conversationSchema), qPrintable(conversationSchema));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList good;

    // The example of comparison-format.md is a document as modelkit writes it.
    QFile format(sources.absoluteFilePath(u"../../modelkit/compare/comparison-format.md"_s));
    QVERIFY(format.open(QIODevice::ReadOnly));
    const QByteArray markdown = format.readAll();
    const qsizetype exampleAt = markdown.indexOf("## Example");
    QVERIFY(exampleAt >= 0);
    const qsizetype start = markdown.indexOf("```json\n", exampleAt) + 8;
    const qsizetype end = markdown.indexOf("```\n", start);
    QVERIFY(start >= 8 && end > start);
    const QByteArray example = markdown.mid(start, end - start);
    JsonError error;
    const auto exampleDocument = ComparisonDocument::fromBytes(example, &error);
    QVERIFY2(exampleDocument, qPrintable(error.toString()));
    QCOMPARE(exampleDocument->toBytes(), example);
    good << dir.filePath(u"example.json"_s);
    QString fileError;
    QVERIFY2(exampleDocument->writeFile(good.last(), &fileError), qPrintable(fileError));

    // A real comparison (a success with many pieces, one with a parameter, a failure), with
    // the cache switch in each of its states.
    Comparison comparison;
    comparison.setTitle(u"Three lanes"_s);
    comparison.setConcurrencyLimits({{u"Slow"_s, 2}});
    runThreeLanes(comparison);
    if (QTest::currentTestFailed())
        return;
    ComparisonDocument document = comparison.document();
    document.lanes[0].lane.cache = true;
    document.lanes[1].lane.cache = false;
    good << dir.filePath(u"three.json"_s);
    QVERIFY2(document.writeFile(good.last(), &fileError), qPrintable(fileError));

    const QByteArray lane = R"({"id": "a", "profile": "P"})";
    const QByteArray head = R"({"format": "modelkit.comparison", "version": 1, )"
                            R"("request": {"messages": []}, "lanes": )";
    const QStringList bad{
        QString::fromUtf8(R"({"format": "modelkit.comparison", "version": 2, "request": )"
                          R"({"messages": []}, "lanes": [)"
                          + lane + "]}"),
        QString::fromUtf8(R"({"format": "modelkit.comparison", "version": 1, "lanes": [)" + lane
                          + "]}"),
        QString::fromUtf8(head + "[]}"),
        QString::fromUtf8(head + R"([{"id": "a"}]})"),
        QString::fromUtf8(head + R"([{"id": "a", "profile": "P", "cache": "yes"}]})"),
        QString::fromUtf8(head + R"([{"id": "a", "profile": "P", "repeat": 0}]})"),
        QString::fromUtf8(head + R"([{"id": "a", "profile": "P", "state": "done"}]})"),
        QString::fromUtf8(head
                          + R"([{"id": "a", "profile": "P", "attempts": [{"cost_usd": "x"}]}]})"),
        QString::fromUtf8(head + "[" + lane + R"(], "concurrency_limits": {"P": 0}})"),
    };
    const QString script = uR"(
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
conversation = json.load(open(sys.argv[2]))
jsonschema.Draft202012Validator.check_schema(schema)
try:
    from referencing import Registry, Resource
    registry = Registry().with_resource(conversation["$id"], Resource.from_contents(conversation))
    validator = jsonschema.Draft202012Validator(schema, registry=registry)
except (ImportError, TypeError):  # jsonschema before 4.18
    resolver = jsonschema.RefResolver.from_schema(schema, store={conversation["$id"]: conversation})
    validator = jsonschema.Draft202012Validator(schema, resolver=resolver)
for path in sys.argv[3:]:
    errors = list(validator.iter_errors(json.load(open(path))))
    if errors:
        sys.exit(path + ": " + errors[0].message)
for text in json.loads(sys.stdin.read()):
    if validator.is_valid(json.loads(text)):
        sys.exit("accepted: " + text)
)"_s;
    QProcess process;
    process.start(python, QStringList{u"-c"_s, script, schema, conversationSchema} + good);
    QVERIFY(process.waitForStarted(5000));
    process.write(QJsonDocument(QJsonArray::fromStringList(bad)).toJson());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void TstComparison::unknownRequestParameterIsKept()
{
    // A parameter of a newer version in the shared request: read, not sent, written back.
    const QByteArray text = R"({"format": "modelkit.comparison", "version": 1,
        "request": {"messages": [{"type": "UserMessage", "content": "Hi", "source": "user"}],
                    "parameters": {"temperature": 0.5, "new_knob": {"level": 3}}},
        "lanes": [{"id": "a", "profile": "P"}]})";
    JsonError error;
    const auto document = ComparisonDocument::fromBytes(text, &error);
    QVERIFY2(document, qPrintable(error.toString()));
    QCOMPARE(document->request.parameters.temperature, std::optional<double>(0.5));
    QVERIFY(!document->request.parameters.toJson().contains(u"new_knob"_s));
    const QByteArray bytes = document->toBytes();
    const QJsonObject parameters = QJsonDocument::fromJson(bytes)
                                       .object()
                                       .value(u"request"_s)
                                       .toObject()
                                       .value(u"parameters"_s)
                                       .toObject();
    QCOMPARE(parameters.value(u"new_knob"_s), QJsonValue(QJsonObject{{u"level"_s, 3}}));
    QCOMPARE(parameters.value(u"temperature"_s).toDouble(), 0.5);
    QCOMPARE(ComparisonDocument::fromBytes(bytes)->toBytes(), bytes);

    // A known one of the wrong type is still an error, at its place.
    QVERIFY(!ComparisonDocument::fromBytes(QByteArray(text).replace("0.5", "\"hot\""), &error));
    QCOMPARE(error.path, u"$.request.parameters.temperature"_s);
}

QTEST_GUILESS_MAIN(TstComparison)
#include "tst_comparison.moc"
