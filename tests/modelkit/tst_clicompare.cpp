// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// `modelkit compare` run as a user would, against the loopback server.
#include "compare/comparisondocument.h"
#include "leakscan.h"
#include "loopbackserver.h"

#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::LoopbackServer;
using testsupport::RecordedRequest;
using testsupport::ScriptedResponse;

namespace {

const QByteArray testKey = "sk-clicompare-SECRET-77aa";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

//! An OpenAI chat stream of `pieces`, with a final usage chunk.
QByteArray openAiStream(const QString &model, const QStringList &pieces, qint64 prompt,
                        qint64 completion)
{
    auto chunk = [&model](const QJsonObject &delta, const QJsonValue &finish) -> QByteArray {
        const QJsonObject object{
            {u"id"_s, u"chatcmpl-cli"_s},
            {u"object"_s, u"chat.completion.chunk"_s},
            {u"created"_s, 1},
            {u"model"_s, model},
            {u"choices"_s,
             QJsonArray{
                 QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finish}}}},
        };
        return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
    };
    QByteArray sse = chunk({{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, QJsonValue());
    for (const QString &piece : pieces)
        sse += chunk({{u"content"_s, piece}}, QJsonValue());
    sse += chunk({}, u"stop"_s);
    const QJsonObject usage{{u"id"_s, u"chatcmpl-cli"_s},
                            {u"object"_s, u"chat.completion.chunk"_s},
                            {u"created"_s, 1},
                            {u"model"_s, model},
                            {u"choices"_s, QJsonArray()},
                            {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, prompt},
                                                     {u"completion_tokens"_s, completion},
                                                     {u"total_tokens"_s, prompt + completion}}}};
    return sse + "data: " + QJsonDocument(usage).toJson(QJsonDocument::Compact)
           + "\n\ndata: [DONE]\n\n";
}

const QStringList slowPieces{u"A "_s,      u"slow "_s, u"and "_s,   u"careful "_s,
                             u"answer "_s, u"that "_s, u"takes "_s, u"its "_s,
                             u"time "_s,   u"to "_s,   u"arrive."_s};

} // namespace

class TstCliCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void threeLanesAsOneJsonDocument();
    void textOutputIsOneLinePerLane();
    void limitOfOneSerialisesTwoLanes();
    void repeatsAndSave();
    void demoLanesRunOffline();
    void everyLaneFailingExitsThree();
    void interruptStopsEveryLane();
    void cacheFollowsProfilesAndLanes();
    void usageErrors_data();
    void usageErrors();

private:
    //! Profiles, prices and the ledger under the test's own directories; the Loopback
    //! profile's key in PROFILE_TEST_KEY; no keychain.
    QProcessEnvironment environment() const;
    Run run(const QStringList &args, const QProcessEnvironment &env);
    Run run(const QStringList &args) { return run(args, environment()); }
    //! `compare` with the lanes and the common options (one user message, no retries).
    QStringList compare(const QStringList &lanes) const;
    QStringList requestedModels() const;

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliCompare::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->isListening());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server->setHandler([](const RecordedRequest &request) {
        const QString model = request.json().value(u"model"_s).toString();
        if (model == u"fast-model")
            return ScriptedResponse::sse(openAiStream(model, {u"Fast "_s, u"answer."_s}, 10, 4));
        if (model == u"slow-model") // about half a second
            return ScriptedResponse::sse(openAiStream(model, slowPieces, 12, 40), 128, 25);
        if (model == u"very-slow-model") // seconds
            return ScriptedResponse::sse(openAiStream(model, slowPieces, 12, 40), 64, 150);
        if (model == u"same-model")
            return ScriptedResponse::sse(openAiStream(model, {u"Same"_s}, 5, 7));
        if (model == u"busy-model")
            return ScriptedResponse::json(
                429,
                QByteArray(R"({"error":{"message":"Rate limit reached for busy-model",)"
                           R"("type":"requests","code":"rate_limit_exceeded"}})"),
                {{"Retry-After", "1"}});
        return ScriptedResponse::json(404, QByteArray(R"({"error":{"message":"no such model"}})"));
    });

    // The Loopback profile (an OpenAI-compatible server, key from PROFILE_TEST_KEY) and
    // prices for two of its models.
    const QString config = m_dir->filePath(u"config/Modelkit/Modelkit Playground"_s);
    QVERIFY(QDir().mkpath(config));
    const QJsonObject profile{{u"name"_s, u"Loopback"_s},
                              {u"kind"_s, u"compatible"_s},
                              {u"base_url"_s, QString(m_server->baseUrl().toString() + u"/v1"_s)},
                              {u"key_variable"_s, u"PROFILE_TEST_KEY"_s}};
    QFile profiles(config + u"/profiles.json"_s);
    QVERIFY(profiles.open(QIODevice::WriteOnly));
    profiles.write(QJsonDocument(QJsonObject{{u"format"_s, u"modelkit.profiles"_s},
                                             {u"version"_s, 1},
                                             {u"profiles"_s, QJsonArray{profile}}})
                       .toJson());
    profiles.close();
    auto price = [](double input, double output) {
        return QJsonObject{{u"price"_s, QJsonObject{{u"input"_s, input}, {u"output"_s, output}}}};
    };
    QFile overrides(config + u"/catalog-overrides.json"_s);
    QVERIFY(overrides.open(QIODevice::WriteOnly));
    overrides.write(
        QJsonDocument(QJsonObject{{u"format"_s, u"modelkit.catalog-overrides"_s},
                                  {u"version"_s, 1},
                                  {u"overrides"_s,
                                   QJsonObject{{u"compatible"_s,
                                                QJsonObject{{u"fast-model"_s, price(1.0, 2.0)},
                                                            {u"slow-model"_s, price(3.0, 6.0)}}}}}})
            .toJson());
}

QProcessEnvironment TstCliCompare::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QDir().mkpath(m_dir->filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir->filePath(u"cache"_s));
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir->filePath(u"no-such-bus"_s));
    for (const QString &variable :
         {u"OPENAI_API_KEY"_s, u"ANTHROPIC_API_KEY"_s, u"GEMINI_API_KEY"_s, u"GOOGLE_API_KEY"_s,
          u"XDG_CURRENT_DESKTOP"_s, u"KDE_SESSION_VERSION"_s})
        env.remove(variable);
    env.insert(u"PROFILE_TEST_KEY"_s, QString::fromUtf8(testKey));
    return env;
}

Run TstCliCompare::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MODELKIT_CLI_PATH), args);
    // The server lives in this process: keep its event loop running while the CLI talks.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!process.waitForStarted(5000))
        return {};
    finished.wait(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QStringList TstCliCompare::compare(const QStringList &lanes) const
{
    QStringList args{u"compare"_s};
    for (const QString &lane : lanes)
        args << u"--lane"_s << lane;
    return args << u"--user"_s << u"Hi"_s << u"--max-retries"_s << u"0"_s;
}

QStringList TstCliCompare::requestedModels() const
{
    QStringList models;
    for (const RecordedRequest &request : m_server->requests())
        models << request.json().value(u"model"_s).toString();
    return models;
}

void TstCliCompare::threeLanesAsOneJsonDocument()
{
    const Run r = run(compare({u"Loopback:fast-model"_s, u"loopback:slow-model:temperature=0.2"_s,
                               u"Loopback:busy-model"_s})
                      << u"--output"_s << u"json"_s);
    // Some lanes failed, others succeeded.
    QVERIFY2(r.exitCode == 4, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY(!r.out.contains(testKey));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject json = doc.object();
    QCOMPARE(json.value(u"format"_s).toString(), u"modelkit.comparison"_s);
    QCOMPARE(json.value(u"version"_s).toInt(), 1);
    // The printed document is the canonical form.
    modelkit::JsonError error;
    const auto document = modelkit::ComparisonDocument::fromBytes(r.out, &error);
    QVERIFY2(document, qPrintable(error.toString()));
    QCOMPARE(document->toBytes(), r.out);

    const QJsonArray lanes = json.value(u"lanes"_s).toArray();
    QCOMPARE(lanes.size(), 3);
    const QJsonObject fast = lanes.at(0).toObject();
    QCOMPARE(fast.value(u"id"_s).toString(), u"lane1"_s);
    QCOMPARE(fast.value(u"label"_s).toString(), u"Loopback:fast-model"_s);
    QCOMPARE(fast.value(u"profile"_s).toString(), u"Loopback"_s);
    QCOMPARE(fast.value(u"provider"_s).toString(), u"compatible"_s);
    QCOMPARE(fast.value(u"state"_s).toString(), u"succeeded"_s);
    const QJsonObject fastRun = fast.value(u"attempts"_s).toArray().first().toObject();
    QCOMPARE(fastRun.value(u"result"_s).toObject().value(u"content"_s).toString(),
             u"Fast answer."_s);
    QCOMPARE(fastRun.value(u"cost_usd"_s).toDouble(), 10 * 1e-6 + 4 * 2e-6);
    QVERIFY(fastRun.value(u"timings"_s).toObject().value(u"ttft_ms"_s).isDouble());

    const QJsonObject slow = lanes.at(1).toObject();
    QCOMPARE(slow.value(u"profile"_s).toString(), u"Loopback"_s); // the stored spelling
    QCOMPARE(slow.value(u"state"_s).toString(), u"succeeded"_s);
    QCOMPARE(slow.value(u"parameters"_s).toObject().value(u"temperature"_s).toDouble(), 0.2);
    QCOMPARE(slow.value(u"summary"_s)
                 .toObject()
                 .value(u"completion_tokens"_s)
                 .toObject()
                 .value(u"mean"_s),
             QJsonValue(40.0));

    const QJsonObject busy = lanes.at(2).toObject();
    QCOMPARE(busy.value(u"state"_s).toString(), u"failed"_s);
    const QJsonObject busyError
        = busy.value(u"attempts"_s).toArray().first().toObject().value(u"error"_s).toObject();
    QCOMPARE(busyError.value(u"kind"_s).toString(), u"rate_limit"_s);
    QCOMPARE(busyError.value(u"http_status"_s).toInt(), 429);
    QCOMPARE(busyError.value(u"message"_s).toString(), u"Rate limit reached for busy-model"_s);

    const QJsonObject marks = json.value(u"marks"_s).toObject();
    QCOMPARE(marks.value(u"fastest"_s).toArray(), QJsonArray{u"lane1"_s});
    QCOMPARE(marks.value(u"cheapest"_s).toArray(), QJsonArray{u"lane1"_s});
    QCOMPARE(marks.value(u"longest"_s).toArray(), QJsonArray{u"lane2"_s});

    // Each lane's request, the key as the profile resolves it.
    QCOMPARE(m_server->requests().size(), 3);
    for (const RecordedRequest &request : m_server->requests()) {
        QCOMPARE(request.header("authorization"), "Bearer " + testKey);
        const double temperature = request.json().value(u"temperature"_s).toDouble(-1);
        QCOMPARE(temperature,
                 request.json().value(u"model"_s).toString() == u"slow-model" ? 0.2 : -1.0);
    }

    // One ledger row per call.
    const Run usage = run({u"usage"_s, u"--by"_s, u"model"_s, u"--output"_s, u"json"_s});
    QVERIFY2(usage.exitCode == 0, usage.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(usage.out).object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(u"calls"_s).toInt(), 1);
    QVERIFY(testsupport::filesContaining(m_dir->path(), testKey).isEmpty());
}

void TstCliCompare::textOutputIsOneLinePerLane()
{
    const Run r
        = run(compare({u"Loopback:fast-model"_s, u"Loopback:slow-model"_s}) << u"--no-ledger"_s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QString fast = lines.at(0);
    QVERIFY2(fast.startsWith(u"lane1  Loopback:fast-model  succeeded  ttft "_s), qPrintable(fast));
    QVERIFY2(fast.contains(u"total "_s), qPrintable(fast));
    QVERIFY2(fast.contains(u"tokens 10 prompt / 4 completion (reasoning 0, cached 0)"_s),
             qPrintable(fast));
    QVERIFY2(fast.contains(u"$0.000018"_s), qPrintable(fast));
    QVERIFY2(fast.contains(u"  stop  "_s), qPrintable(fast));
    QVERIFY2(fast.endsWith(u"[fastest, cheapest]"_s), qPrintable(fast));
    const QString slow = lines.at(1);
    QVERIFY2(slow.startsWith(u"lane2  Loopback:slow-model  succeeded"_s), qPrintable(slow));
    QVERIFY2(slow.contains(u"tok/s"_s), qPrintable(slow));
    QVERIFY2(slow.contains(u"$0.000276"_s), qPrintable(slow));
    QVERIFY2(slow.endsWith(u"[longest]"_s), qPrintable(slow));
    QVERIFY(!QFile::exists(m_dir->filePath(u"data/Modelkit/Modelkit Playground/usage.sqlite"_s)));

    const Run replies = run(compare({u"Loopback:fast-model"_s, u"Loopback:slow-model"_s})
                            << u"--no-ledger"_s << u"--replies"_s);
    QVERIFY2(replies.exitCode == 0, replies.err.constData());
    QVERIFY2(replies.out.contains("\n== lane1 Loopback:fast-model ==\nFast answer.\n"),
             replies.out.constData());
    QVERIFY2(replies.out.contains("\n== lane2 Loopback:slow-model ==\nA slow and careful"),
             replies.out.constData());
}

void TstCliCompare::limitOfOneSerialisesTwoLanes()
{
    const Run r
        = run(compare({u"Loopback:slow-model"_s, u"Loopback:fast-model"_s})
              << u"--limit"_s << u"loopback=1"_s << u"--no-ledger"_s << u"--output"_s << u"json"_s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(requestedModels(), (QStringList{u"slow-model"_s, u"fast-model"_s}));
    // The second request came only once the first reply (about half a second) was done.
    const QJsonArray lanes = QJsonDocument::fromJson(r.out).object().value(u"lanes"_s).toArray();
    auto exchange = [&lanes](int lane) {
        return lanes.at(lane)
            .toObject()
            .value(u"attempts"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"result"_s)
            .toObject()
            .value(u"exchange"_s)
            .toObject()
            .value(u"timings"_s)
            .toObject();
    };
    const qint64 firstDone = exchange(0).value(u"done_at_ms"_s).toInteger();
    const qint64 secondSent = exchange(1).value(u"sent_at_ms"_s).toInteger();
    QVERIFY2(firstDone > 0 && secondSent >= firstDone,
             qPrintable(u"%1 %2"_s.arg(firstDone).arg(secondSent)));
    QVERIFY(m_server->requests().at(1).receivedAt.msecsTo(m_server->requests().at(0).receivedAt)
            <= -300);
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(u"concurrency_limits"_s)
                 .toObject()
                 .value(u"Loopback"_s)
                 .toInt(),
             1);

    // Text output says that the lane waits.
    m_server->clearRequests();
    const Run text = run(compare({u"Loopback:slow-model"_s, u"Loopback:fast-model"_s})
                         << u"--limit"_s << u"Loopback=1"_s << u"--no-ledger"_s);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.err.contains("[lane2 Loopback:fast-model: queued, Loopback runs 1 at a time]"),
             text.err.constData());
}

void TstCliCompare::repeatsAndSave()
{
    const QString path = m_dir->filePath(u"comparison.json"_s);
    const Run r = run(compare({u"Loopback:fast-model"_s, u"Loopback:same-model:repeat=3"_s})
                      << u"--repeat"_s << u"2"_s << u"--save"_s << path << u"--no-ledger"_s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(m_server->requests().size(), 5);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"2/2 succeeded"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(u"same answer"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u"3/3 succeeded"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"cost unknown"_s), qPrintable(lines.at(1)));

    QString error;
    const auto document = modelkit::ComparisonDocument::readFile(path, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->lanes.size(), 2);
    QCOMPARE(document->lanes.at(0).lane.repeat, 2);
    QCOMPARE(document->lanes.at(0).attempts.size(), 2);
    QCOMPARE(document->lanes.at(1).lane.repeat, 3);
    QCOMPARE(document->lanes.at(1).attempts.size(), 3);
    QCOMPARE(document->lanes.at(1).summary().distinctAnswers, 1);
    QCOMPARE(document->request.messages.size(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(document->toBytes(), file.readAll());
}

void TstCliCompare::demoLanesRunOffline()
{
    const Run r
        = run({u"compare"_s, u"--lane"_s, u"demo:demo-fast"_s, u"--lane"_s,
               u"demo:demo-fast:system=Be brief, please."_s, u"--user"_s,
               u"What is the weather in Paris?"_s, u"--output"_s, u"json"_s, u"--no-ledger"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray lanes = QJsonDocument::fromJson(r.out).object().value(u"lanes"_s).toArray();
    QCOMPARE(lanes.size(), 2);
    for (const QJsonValue &lane : lanes) {
        QCOMPARE(lane.toObject().value(u"provider"_s).toString(), u"demo"_s);
        QVERIFY(lane.toObject().value(u"profile"_s).isNull());
        const QJsonObject attempt
            = lane.toObject().value(u"attempts"_s).toArray().first().toObject();
        QVERIFY(attempt.value(u"usage_estimated"_s).toBool());
        QCOMPARE(attempt.value(u"cost_usd"_s).toDouble(-1), 0.0); // offline: nobody bills it
    }
    QCOMPARE(lanes.at(1).toObject().value(u"system_prompt"_s).toString(), u"Be brief, please."_s);
    QCOMPARE(m_server->requests().size(), 0);
}

void TstCliCompare::everyLaneFailingExitsThree()
{
    const Run r
        = run(compare({u"Loopback:busy-model"_s, u"Loopback:no-such-model"_s}) << u"--no-ledger"_s);
    QCOMPARE(r.exitCode, 3);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"failed  rate_limit (HTTP 429): Rate limit reached"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u"failed  not_found (HTTP 404)"_s), qPrintable(lines.at(1)));
}

void TstCliCompare::interruptStopsEveryLane()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(MODELKIT_CLI_PATH),
                  compare({u"Loopback:very-slow-model"_s, u"Loopback:very-slow-model:seed=1"_s})
                      << u"--no-ledger"_s);
    QVERIFY(process.waitForStarted(5000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 2, 10000);
    QTest::qWait(400); // a few pieces arrive
    ::kill(pid_t(process.processId()), SIGINT);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QStringList lines
        = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    for (const QString &line : lines)
        QVERIFY2(line.contains(u"  cancelled  "_s) && line.contains(u"cancelled:"_s),
                 qPrintable(line));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 5000);
}

void TstCliCompare::cacheFollowsProfilesAndLanes()
{
    // A second profile of the same server, saved with "cache responses" on.
    QFile file(m_dir->filePath(u"config/Modelkit/Modelkit Playground/profiles.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject store = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray profiles = store.value(u"profiles"_s).toArray();
    QJsonObject cachedProfile = profiles.first().toObject();
    cachedProfile.insert(u"name"_s, u"Cached"_s);
    cachedProfile.insert(u"cache_responses"_s, true);
    profiles.append(cachedProfile);
    store.insert(u"profiles"_s, profiles);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(store).toJson());
    file.close();

    const QStringList json{u"--output"_s, u"json"_s, u"--no-ledger"_s};
    // Whether each lane's (only) attempt was answered from the cache.
    auto cachedAttempts = [](const Run &r) {
        QList<bool> cached;
        const QJsonArray lanes
            = QJsonDocument::fromJson(r.out).object().value(u"lanes"_s).toArray();
        for (const QJsonValue &lane : lanes) {
            const QJsonObject attempt
                = lane.toObject().value(u"attempts"_s).toArray().first().toObject();
            cached << attempt.value(u"result"_s).toObject().value(u"cached"_s).toBool();
        }
        return cached;
    };
    const QStringList both{u"Cached:same-model"_s, u"Cached:same-model:cache=false"_s};

    // Warm-up: both lanes reach the server; the profile's lane stores its reply on disk.
    const Run warm = run(compare(both) << json);
    QVERIFY2(warm.exitCode == 0, warm.err.constData());
    QVERIFY2(warm.err.isEmpty(), warm.err.constData());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(cachedAttempts(warm), (QList<bool>{false, false}));
    QVERIFY(QFile::exists(m_dir->filePath(u"cache/Modelkit/modelkit/completions.sqlite"_s)));
    const QJsonArray warmLanes
        = QJsonDocument::fromJson(warm.out).object().value(u"lanes"_s).toArray();
    QVERIFY(warmLanes.at(0).toObject().value(u"cache"_s).isNull());
    QCOMPARE(warmLanes.at(1).toObject().value(u"cache"_s), QJsonValue(false));

    // Again: only the cache=false lane reaches the server.
    const Run again = run(compare(both) << json);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(cachedAttempts(again), (QList<bool>{true, false}));
    const QJsonObject hit = QJsonDocument::fromJson(again.out)
                                .object()
                                .value(u"lanes"_s)
                                .toArray()
                                .first()
                                .toObject()
                                .value(u"attempts"_s)
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(hit.value(u"cost_usd"_s), QJsonValue(0.0)); // nothing billed
    QCOMPARE(hit.value(u"result"_s).toObject().value(u"content"_s).toString(), u"Same"_s);

    // The text table says which lane was answered from the cache.
    const Run text = run(compare(both) << u"--no-ledger"_s);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QCOMPARE(m_server->requests().size(), 4);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"  cached  "_s), qPrintable(lines.at(0)));
    QVERIFY2(!lines.at(1).contains(u"  cached  "_s), qPrintable(lines.at(1)));

    // --cache caches the lanes of a profile that does not; cache=false still wins. The same
    // server: the same entry.
    const Run given = run(compare({u"Loopback:same-model"_s, u"Loopback:same-model:cache=false"_s})
                          << json << u"--cache"_s << u"disk"_s);
    QVERIFY2(given.exitCode == 0, given.err.constData());
    QCOMPARE(m_server->requests().size(), 5);
    QCOMPARE(cachedAttempts(given), (QList<bool>{true, false}));

    // --no-cache switches the profiles' caching off, not a lane's own cache=true.
    const Run none = run(compare({u"Cached:same-model"_s, u"Loopback:same-model:cache=true"_s})
                         << json << u"--no-cache"_s);
    QVERIFY2(none.exitCode == 0, none.err.constData());
    QCOMPARE(m_server->requests().size(), 6);
    QCOMPARE(cachedAttempts(none), (QList<bool>{false, true}));

    // A cache that cannot be used is a warning; the lanes still run.
    const Run broken
        = run(compare({u"Cached:same-model"_s}) << json << u"--cache"_s << u"nonsense"_s);
    QVERIFY2(broken.exitCode == 0, broken.err.constData());
    QVERIFY2(broken.err.contains("warning: cache:"), broken.err.constData());
    QCOMPARE(m_server->requests().size(), 7);
    QCOMPARE(cachedAttempts(broken), (QList<bool>{false}));
}

void TstCliCompare::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("withKey");

    const QStringList hi{u"--user"_s, u"Hi"_s};
    auto lanes = [&hi](const QStringList &specs) {
        QStringList args{u"compare"_s};
        for (const QString &spec : specs)
            args << u"--lane"_s << spec;
        return args + hi;
    };
    QTest::newRow("no lanes") << (QStringList{u"compare"_s} + hi) << u"give the lanes"_s << true;
    QTest::newRow("nine lanes") << lanes(QStringList(9, u"demo"_s)) << u"at most 8 lanes, not 9"_s
                                << true;
    QTest::newRow("no profile") << lanes({u":gpt-4o"_s}) << u"starts with a profile"_s << true;
    QTest::newRow("unknown override")
        << lanes({u"Loopback:fast-model:bogus=1"_s}) << u"unknown override \"bogus\""_s << true;
    QTest::newRow("bad parameter") << lanes({u"Loopback:fast-model:temperature=hot"_s})
                                   << u"temperature: expected a number"_s << true;
    QTest::newRow("unknown profile")
        << lanes({u"Nowhere:m"_s})
        << u"\"Nowhere\" is neither a saved profile (Loopback) nor a provider (openai"_s << true;
    QTest::newRow("compatible without a profile")
        << lanes({u"compatible:m"_s}) << u"needs its URL: save a profile"_s << true;
    QTest::newRow("unknown demo model")
        << lanes({u"demo:gpt-4o"_s}) << u"unknown demo model"_s << true;
    QTest::newRow("no key for the profile")
        << lanes({u"demo"_s, u"Loopback:fast-model"_s})
        << u"--lane Loopback:fast-model: no API key for profile \"Loopback\""_s << false;
    QTest::newRow("no key for a provider")
        << lanes({u"openai:gpt-4o"_s}) << u"no API key: set OPENAI_API_KEY"_s << true;
    QTest::newRow("limit of an unused profile")
        << (lanes({u"demo"_s}) << u"--limit"_s << u"Other=1"_s)
        << u"--limit Other=1: no lane uses \"Other\" (the lanes use demo)"_s << true;
    QTest::newRow("limit zero") << (lanes({u"demo"_s}) << u"--limit"_s << u"demo=0"_s)
                                << u"is not PROFILE=N"_s << true;
    QTest::newRow("repeat zero") << (lanes({u"demo"_s}) << u"--repeat"_s << u"0"_s)
                                 << u"--repeat expects a whole number from 1 to 100"_s << true;
    QTest::newRow("output") << (lanes({u"demo"_s}) << u"--output"_s << u"xml"_s)
                            << u"--output must be text or json"_s << true;
    QTest::newRow("nothing to send")
        << QStringList{u"compare"_s, u"--lane"_s, u"demo"_s} << u"nothing to send"_s << true;
    QTest::newRow("bad request file") << QStringList{u"compare"_s, u"--lane"_s, u"demo"_s,
                                                     u"--request"_s, u"/no/such/request.json"_s}
                                      << u"/no/such/request.json"_s << true;
    QTest::newRow("save into a missing directory")
        << (lanes({u"demo"_s}) << u"--save"_s << u"/no/such/dir/c.json"_s)
        << u"--save: the directory of /no/such/dir/c.json does not exist"_s << true;
    QTest::newRow("unknown option") << (lanes({u"demo"_s}) << u"--provider"_s << u"openai"_s)
                                    << u"Unknown option 'provider'"_s << true;
    QTest::newRow("bad cache switch") << lanes({u"Loopback:fast-model:cache=maybe"_s})
                                      << u"cache must be true or false"_s << true;
    QTest::newRow("cache and no-cache")
        << (lanes({u"demo"_s}) << u"--cache"_s << u"memory"_s << u"--no-cache"_s)
        << u"--cache and --no-cache cannot be combined"_s << true;
}

void TstCliCompare::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFETCH(bool, withKey);
    QProcessEnvironment env = environment();
    if (!withKey)
        env.remove(u"PROFILE_TEST_KEY"_s);
    const Run r = run(args, env);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TstCliCompare)
#include "tst_clicompare.moc"
