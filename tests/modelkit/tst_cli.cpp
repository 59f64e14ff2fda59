// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The `modelkit` executable run as a user would, against the loopback server.
#include "fixtures.h"
#include "leakscan.h"
#include "loopbackserver.h"

#include <csignal>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::fixture;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;

namespace {

//! The text the fixture streams, in order (choice 0 only).
QString fixtureText(const QByteArray &sse)
{
    QString text;
    const QList<QByteArray> lines = sse.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("data: {"))
            continue;
        const QJsonObject chunk = QJsonDocument::fromJson(line.mid(6)).object();
        for (const QJsonValue &choice : chunk.value(u"choices"_s).toArray()) {
            if (choice.toObject().value(u"index"_s).toInt() == 0)
                text += choice.toObject()
                            .value(u"delta"_s)
                            .toObject()
                            .value(u"content"_s)
                            .toString();
        }
    }
    return text;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void streamsTextToStdout();
    void jsonOutputIsOneCreateResult();
    void httpErrorIsTypedJsonWithExit3();
    void replyAndEventCapsAreOptions();
    void usageErrors_data();
    void usageErrors();
    void badRequestFileNamesThePath();
    void toolsSchemaAndParamsReachTheWire();
    void apiKeyFromNamedVariable();
    void interruptCancelsAndKeepsPartialText();
    void listsModels();
    void replayProviderStreamsScript();
    void demoProviderAnswersOffline();
    void sameShapeAcrossProviders_data();
    void sameShapeAcrossProviders();
    void profileAddListEditRemove();
    void chatUsesAStoredProfile();
    void chatFollowsTheProfilesCacheSetting();
    void profileErrors();
    void keySetRefusesAKeyOnTheCommandLine();
    void keySetWithoutKeychainStoresNothing();
    void keyFromTheKeychainReachesTheWire();
    void chatRecordsOneLedgerRow();
    void usageCsvHasAHeaderAndOneRowPerCall();
    void noLedgerRecordsNothing();

private:
    QStringList baseArgs() const;
    //! `profile add Loopback`: an OpenAI-compatible profile of the loopback server with
    //! `model`, its key in PROFILE_TEST_KEY.
    QStringList addLoopbackProfile(const QString &model) const;
    Run run(const QStringList &args, const QProcessEnvironment &env = {});
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<LoopbackServer> m_server;
    QTemporaryDir m_dir;
};

void TstCli::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->isListening());
    QVERIFY(m_dir.isValid());
}

QStringList TstCli::baseArgs() const
{
    return {u"chat"_s,
            u"--provider"_s,
            u"compatible"_s,
            u"--base-url"_s,
            m_server->baseUrl().toString() + u"/v1"_s,
            u"--model"_s,
            u"test-model"_s,
            u"--max-retries"_s,
            u"0"_s};
}

QStringList TstCli::addLoopbackProfile(const QString &model) const
{
    const QString baseUrl = m_server->baseUrl().toString() + u"/v1"_s;
    return {u"profile"_s,         u"add"_s, u"Loopback"_s, u"--kind"_s, u"compatible"_s,
            u"--base-url"_s,      baseUrl,  u"--model"_s,  model,       u"--key-env"_s,
            u"PROFILE_TEST_KEY"_s};
}

QString TstCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

Run TstCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    QProcessEnvironment environment
        = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    for (const QString &variable :
         {u"OPENAI_API_KEY"_s, u"ANTHROPIC_API_KEY"_s, u"GEMINI_API_KEY"_s, u"GOOGLE_API_KEY"_s})
        environment.remove(variable);
    // The CLI writes a usage ledger and reads profiles and price overrides: never the
    // user's own, unless a test chose its directories.
    if (!environment.contains(u"XDG_DATA_HOME"_s))
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg-data"_s));
    if (!environment.contains(u"XDG_CONFIG_HOME"_s))
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"xdg-config"_s));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MODELKIT_CLI_PATH), args);
    // The server lives in this process: keep its event loop running while the CLI talks.
    QSignalSpy finished(&process, &QProcess::finished);
    if (!process.waitForStarted(5000))
        return {};
    finished.wait(20000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TstCli::streamsTextToStdout()
{
    const QByteArray sse = fixture(u"openai/chat-stream-text-with-usage.sse"_s);
    QVERIFY(!sse.isEmpty());
    m_server->enqueue(ScriptedResponse::sse(sse, 11, 1));
    const Run r = run(baseArgs() << u"--user"_s << u"Say hi"_s << u"--stream"_s);
    QCOMPARE(r.exitCode, 0);
    const QString expected = fixtureText(sse);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(r.out), expected + u'\n');
    QVERIFY2(r.err.contains("[stop"), r.err.constData());
    QCOMPARE(m_server->requests().size(), 1);
    const QJsonObject body = m_server->requests().first().json();
    QCOMPARE(body.value(u"stream"_s).toBool(), true);
    QCOMPARE(body.value(u"model"_s).toString(), u"test-model"_s);
    QCOMPARE(body.value(u"messages"_s).toArray().first().toObject().value(u"content"_s).toString(),
             u"Say hi"_s);
}

void TstCli::jsonOutputIsOneCreateResult()
{
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    const Run r = run(baseArgs() << u"--user"_s << u"Say hi"_s << u"--stream"_s << u"--output"_s
                                 << u"json"_s);
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject result = doc.object();
    QCOMPARE(result.value(u"finish_reason"_s).toString(), u"stop"_s);
    QVERIFY(result.value(u"content"_s).isString());
    QVERIFY(result.value(u"usage"_s).toObject().value(u"prompt_tokens"_s).toInt() > 0);
    QVERIFY(result.contains(u"cached"_s));
    QVERIFY(result.contains(u"logprobs"_s));
    QVERIFY(result.contains(u"thought"_s));
}

void TstCli::httpErrorIsTypedJsonWithExit3()
{
    m_server->enqueue(ScriptedResponse::json(
        400,
        QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"Invalid 'messages'"_s},
                                             {u"type"_s, u"invalid_request_error"_s},
                                             {u"param"_s, u"messages"_s},
                                             {u"code"_s, QJsonValue()}}}},
        {{"x-request-id", "req_abc123"}}));
    const Run r = run(baseArgs() << u"--user"_s << u"x"_s << u"--output"_s << u"json"_s);
    QCOMPARE(r.exitCode, 3);
    const QJsonObject error = QJsonDocument::fromJson(r.out).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"bad_request"_s);
    QCOMPARE(error.value(u"http_status"_s).toInt(), 400);
    QCOMPARE(error.value(u"message"_s).toString(), u"Invalid 'messages'"_s);
    QCOMPARE(error.value(u"request_id"_s).toString(), u"req_abc123"_s);
    QCOMPARE(m_server->requests().size(), 1); // 400 is not retried
}

void TstCli::replyAndEventCapsAreOptions()
{
    // One 300 kB text event: within the defaults, over a 0.25 MB event cap, and a 0.1 MB
    // reply cap cuts the stream; the text before the cut is kept in both.
    const QByteArray first = R"(data: {"choices":[{"index":0,"delta":{"content":"Kept. "}}]})"
                             "\n\n";
    const QByteArray big = R"(data: {"choices":[{"index":0,"delta":{"content":")"
                           + QByteArray(300 * 1024, 'x') + "\"}}]}\n\n";
    const QByteArray sse = first + big
                           + R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
                             "\n\ndata: [DONE]\n\n";
    const QStringList stream = baseArgs() << u"--user"_s << u"x"_s << u"--stream"_s;

    m_server->enqueue(ScriptedResponse::sse(sse));
    const Run fits = run(stream);
    QCOMPARE(fits.exitCode, 0);
    QCOMPARE(fits.out.size(), qsizetype(6 + 300 * 1024 + 1));

    m_server->enqueue(ScriptedResponse::sse(sse));
    const Run eventCut = run(QStringList(stream) << u"--max-event-mb"_s << u"0.25"_s);
    QCOMPARE(eventCut.exitCode, 3);
    QVERIFY2(eventCut.out.startsWith("Kept. "), eventCut.out.left(100).constData());
    QVERIFY2(eventCut.err.contains("exceeded 0.25 MB"), eventCut.err.constData());

    m_server->enqueue(ScriptedResponse::sse(sse));
    const Run replyCut = run(QStringList(stream) << u"--max-reply-mb"_s << u"0.1"_s);
    QCOMPARE(replyCut.exitCode, 3);
    QVERIFY2(replyCut.out.startsWith("Kept. "), replyCut.out.left(100).constData());
    QVERIFY2(replyCut.err.contains("exceeded 0.1 MB"), replyCut.err.constData());
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << u"Usage"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
    QTest::newRow("no provider") << QStringList{u"chat"_s, u"--user"_s, u"x"_s}
                                 << u"--provider is required"_s;
    QTest::newRow("unknown provider")
        << QStringList{u"chat"_s, u"--provider"_s, u"acme"_s, u"--user"_s, u"x"_s}
        << u"unknown provider"_s;
    QTest::newRow("no key for anthropic")
        << QStringList{u"chat"_s, u"--provider"_s, u"anthropic"_s, u"--user"_s, u"x"_s}
        << u"ANTHROPIC_API_KEY"_s;
    QTest::newRow("no key for gemini")
        << QStringList{u"chat"_s, u"--provider"_s, u"gemini"_s, u"--user"_s, u"x"_s}
        << u"GEMINI_API_KEY or GOOGLE_API_KEY"_s;
    QTest::newRow("no key for openai")
        << QStringList{u"chat"_s, u"--provider"_s, u"openai"_s, u"--user"_s, u"x"_s}
        << u"OPENAI_API_KEY"_s;
    QTest::newRow("nothing to send")
        << QStringList{u"--provider-placeholder"_s} << u"nothing to send"_s;
    QTest::newRow("bad param type")
        << QStringList{u"--param"_s, u"temperature=hot"_s, u"--user"_s, u"x"_s}
        << u"expected a number"_s;
    QTest::newRow("bad param form")
        << QStringList{u"--param"_s, u"temperature"_s, u"--user"_s, u"x"_s} << u"KEY=VALUE"_s;
    QTest::newRow("bad output") << QStringList{u"--output"_s, u"xml"_s, u"--user"_s, u"x"_s}
                                << u"--output"_s;
    QTest::newRow("bad reply cap") << QStringList{u"--max-reply-mb"_s, u"-1"_s, u"--user"_s, u"x"_s}
                                   << u"--max-reply-mb expects a non-negative number"_s;
    QTest::newRow("reply cap beyond 64 bits")
        << QStringList{u"--max-event-mb"_s, u"1e300"_s, u"--user"_s, u"x"_s}
        << u"--max-event-mb expects a non-negative number"_s;
    QTest::newRow("missing tool") << QStringList{u"--tool-choice"_s, u"nope"_s, u"--user"_s, u"x"_s}
                                  << u"not among the tools"_s;
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    // Rows that start with an option reuse the loopback provider arguments.
    if (!args.isEmpty() && args.first().startsWith(u"--")) {
        QStringList full = baseArgs();
        args.removeAll(u"--provider-placeholder"_s);
        full += args;
        args = full;
    }
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(m_server->requests().size(), 0);
}

void TstCli::badRequestFileNamesThePath()
{
    const QString path
        = writeFile(u"request.json"_s,
                    R"({"messages": [{"type": "SystemMessage", "content": "be brief"},
                         {"type": "UserMessage", "content": 42, "source": "user"}]})");
    const Run r = run(baseArgs() << u"--request"_s << path);
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path) && err.contains(u"$.messages[1].content"_s), r.err.constData());
    QCOMPARE(m_server->requests().size(), 0);

    const QString broken = writeFile(u"broken.json"_s, "{\"messages\": [");
    const Run r2 = run(baseArgs() << u"--request"_s << broken);
    QCOMPARE(r2.exitCode, 2);
    QVERIFY2(r2.err.contains("invalid JSON"), r2.err.constData());
}

void TstCli::toolsSchemaAndParamsReachTheWire()
{
    const QString tools = writeFile(u"tools.json"_s, R"([
        {"name": "get_weather", "description": "Weather for a city",
         "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                        "required": ["city"]}},
        {"type": "function", "function": {"name": "now", "parameters": {"type": "object"}}}])");
    const QString request = writeFile(u"request.json"_s, R"({"messages": [
        {"type": "SystemMessage", "content": "You are terse."},
        {"type": "UserMessage", "content": "Weather in Paris?", "source": "user"}],
        "parameters": {"seed": 7}})");
    m_server->enqueue(
        ScriptedResponse::sse(fixture(u"openai/chat-stream-parallel-tool-calls.sse"_s)));
    const Run r = run(baseArgs() << u"--request"_s << request << u"--tools"_s << tools
                                 << u"--tool-choice"_s << u"get_weather"_s << u"--param"_s
                                 << u"temperature=0.25"_s << u"--param"_s << u"max_tokens=99"_s
                                 << u"--param"_s << u"stop=[\"END\"]"_s << u"--param"_s
                                 << u"user=alice"_s << u"--stream"_s << u"--output"_s << u"json"_s);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject body = m_server->requests().first().json();
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"system"_s);
    const QJsonArray wireTools = body.value(u"tools"_s).toArray();
    QCOMPARE(wireTools.size(), 2);
    QCOMPARE(wireTools.at(0).toObject().value(u"type"_s).toString(), u"function"_s);
    QCOMPARE(wireTools.at(0)
                 .toObject()
                 .value(u"function"_s)
                 .toObject()
                 .value(u"parameters"_s)
                 .toObject()
                 .value(u"required"_s)
                 .toArray()
                 .first()
                 .toString(),
             u"city"_s);
    QCOMPARE(body.value(u"tool_choice"_s)
                 .toObject()
                 .value(u"function"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
             u"get_weather"_s);
    QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.25);
    QCOMPARE(body.value(u"max_tokens"_s).toInt(), 99); // compatible servers: max_tokens
    QCOMPARE(body.value(u"seed"_s).toInt(), 7);
    QCOMPARE(body.value(u"stop"_s).toArray().first().toString(), u"END"_s);
    QCOMPARE(body.value(u"user"_s).toString(), u"alice"_s); // unknown keys pass through
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(result.value(u"finish_reason"_s).toString(), u"function_calls"_s);
    const QJsonArray calls = result.value(u"content"_s).toArray();
    QCOMPARE(calls.size(), 2);
    for (const QJsonValue &call : calls) {
        QVERIFY(!call.toObject().value(u"id"_s).toString().isEmpty());
        QVERIFY(QJsonDocument::fromJson(call.toObject().value(u"arguments"_s).toString().toUtf8())
                    .isObject());
    }
}

void TstCli::apiKeyFromNamedVariable()
{
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-finish-length.sse"_s)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MY_TEST_KEY"_s, u"sk-test-secret-123"_s);
    const Run r = run(baseArgs() << u"--api-key-env"_s << u"MY_TEST_KEY"_s << u"--user"_s << u"x"_s
                                 << u"--stream"_s << u"--output"_s << u"json"_s,
                      env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(m_server->requests().first().header("authorization"), "Bearer sk-test-secret-123");
    QVERIFY(!r.out.contains("sk-test-secret-123"));
    QVERIFY(!r.err.contains("sk-test-secret-123"));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"finish_reason"_s).toString(),
             u"length"_s);

    env.remove(u"MY_TEST_KEY"_s);
    const Run missing
        = run(baseArgs() << u"--api-key-env"_s << u"MY_TEST_KEY"_s << u"--user"_s << u"x"_s, env);
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("MY_TEST_KEY"));
}

void TstCli::interruptCancelsAndKeepsPartialText()
{
    // Ten words, one every 150 ms, then a long wait: Ctrl+C arrives mid-stream.
    QByteArray sse;
    for (int i = 0; i < 10; ++i)
        sse += "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"word"
               + QByteArray::number(i) + " \"},\"finish_reason\":null}]}\n\n";
    sse += "data: {\"id\":\"c1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":"
           "\"stop\"}]}\n\ndata: [DONE]\n\n";
    const qsizetype eventSize = sse.indexOf("\n\n") + 2;
    m_server->enqueue(ScriptedResponse::sse(sse, int(eventSize), 150));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MODELKIT_CLI_PATH), baseArgs()
                                                         << u"--user"_s << u"x"_s << u"--stream"_s);
    QVERIFY(process.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("word1"), 10000);
    ::kill(pid_t(process.processId()), SIGINT);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(out.startsWith("word0 word1"));
    QVERIFY(!out.contains("word9"));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 0, 5000);
}

void TstCli::listsModels()
{
    m_server->enqueue(ScriptedResponse::json(
        200, QJsonObject{{u"object"_s, u"list"_s},
                         {u"data"_s, QJsonArray{QJsonObject{{u"id"_s, u"zeta"_s}},
                                                QJsonObject{{u"id"_s, u"alpha"_s},
                                                            {u"owned_by"_s, u"me"_s}}}}}));
    QStringList args = baseArgs();
    args[0] = u"models"_s;
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "alpha\nzeta\n");
    QCOMPARE(m_server->requests().first().method, "GET");
    QCOMPARE(m_server->requests().first().path, "/v1/models");

    m_server->enqueue(ScriptedResponse::json(
        401, QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"bad key"_s}}}}));
    const Run denied = run(args);
    QCOMPARE(denied.exitCode, 3);
    QVERIFY(denied.err.contains("authentication") && denied.err.contains("bad key"));
}

void TstCli::replayProviderStreamsScript()
{
    const QString script
        = writeFile(u"script.json"_s,
                    R"({"responses": [{"finish_reason": "stop", "content": "Replayed answer here",
            "thought": "thinking first"}], "token_delay_ms": 5})");
    const Run r = run({u"chat"_s, u"--provider"_s, u"replay"_s, u"--replay-script"_s, script,
                       u"--user"_s, u"hi"_s, u"--stream"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "Replayed answer here\n");
    QVERIFY(r.err.contains("[thinking] thinking first"));

    const Run json = run({u"chat"_s, u"--provider"_s, u"replay"_s, u"--replay-script"_s, script,
                          u"--user"_s, u"hi"_s, u"--output"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"cached"_s).toBool(), true);
}

void TstCli::demoProviderAnswersOffline()
{
    // The GUI's Demo provider from the command line: a tool call shaped by the schema.
    const QString tools = writeFile(u"tools.json"_s,
                                    R"([{"name": "get_weather", "parameters": {"type": "object",
            "properties": {"location": {"type": "string"}}, "required": ["location"]}}])");
    const Run r
        = run({u"chat"_s, u"--provider"_s, u"demo"_s, u"--model"_s, u"demo-fast"_s, u"--user"_s,
               u"Weather in Lyon?"_s, u"--tools"_s, tools, u"--output"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(result.value(u"finish_reason"_s).toString(), u"function_calls"_s);
    const QJsonObject call = result.value(u"content"_s).toArray().at(0).toObject();
    QCOMPARE(call.value(u"name"_s).toString(), u"get_weather"_s);
    QCOMPARE(QJsonDocument::fromJson(call.value(u"arguments"_s).toString().toUtf8())
                 .object()
                 .value(u"location"_s)
                 .toString(),
             u"Lyon"_s);

    const Run bad = run(
        {u"chat"_s, u"--provider"_s, u"demo"_s, u"--model"_s, u"gpt-4o"_s, u"--user"_s, u"hi"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("demo-reasoner"));
}

void TstCli::sameShapeAcrossProviders_data()
{
    QTest::addColumn<QStringList>("providerArgs");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ndjson");
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<bool>("functionCalls");

    const QString base = u"BASE"_s; // replaced by the server URL in the test
    QTest::newRow("openai text") << QStringList{u"compatible"_s, u"--base-url"_s, base + u"/v1"_s}
                                 << fixture(u"openai/chat-stream-text-with-usage.sse"_s) << false
                                 << u"stop"_s << false;
    QTest::newRow("openai tools") << QStringList{u"compatible"_s, u"--base-url"_s, base + u"/v1"_s}
                                  << fixture(u"openai/chat-stream-parallel-tool-calls.sse"_s)
                                  << false << u"function_calls"_s << true;
    QTest::newRow("azure text") << QStringList{u"azure"_s, u"--base-url"_s, base,
                                               u"--api-key-env"_s, u"TEST_KEY"_s}
                                << fixture(u"openai/chat-stream-text-with-usage.sse"_s) << false
                                << u"stop"_s << false;
    QTest::newRow("anthropic text")
        << QStringList{u"anthropic"_s, u"--base-url"_s, base, u"--api-key-env"_s, u"TEST_KEY"_s}
        << fixture(u"anthropic/messages-stream-basic-text.sse"_s) << false << u"stop"_s << false;
    QTest::newRow("anthropic tools")
        << QStringList{u"anthropic"_s, u"--base-url"_s, base, u"--api-key-env"_s, u"TEST_KEY"_s}
        << fixture(u"anthropic/messages-stream-tool-use.sse"_s) << false << u"function_calls"_s
        << true;
    QTest::newRow("gemini text") << QStringList{u"gemini"_s, u"--base-url"_s, base,
                                                u"--api-key-env"_s, u"TEST_KEY"_s}
                                 << fixture(u"gemini/stream-basic-reply-short.sse"_s) << false
                                 << u"stop"_s << false;
    QTest::newRow("gemini tools") << QStringList{u"gemini"_s, u"--base-url"_s, base,
                                                 u"--api-key-env"_s, u"TEST_KEY"_s}
                                  << fixture(
                                         u"gemini/stream-thinking-function-call-signature.sse"_s)
                                  << false << u"function_calls"_s << true;
    // Ollama has no recordings: this follows its API reference.
    const QByteArray ollama
        = R"({"model":"llama3.2","created_at":"2026-11-21T10:00:00Z","message":{"role":"assistant","content":"Hello"},"done":false})"
          "\n"
          R"({"model":"llama3.2","created_at":"2026-11-21T10:00:01Z","message":{"role":"assistant","content":" there."},"done":false})"
          "\n"
          R"({"model":"llama3.2","created_at":"2026-11-21T10:00:02Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":4883583458,"load_duration":1334875,"prompt_eval_count":26,"prompt_eval_duration":342546000,"eval_count":3,"eval_duration":4535599000})"
          "\n";
    QTest::newRow("ollama text") << QStringList{u"ollama"_s, u"--base-url"_s, base} << ollama
                                 << true << u"stop"_s << false;
}

void TstCli::sameShapeAcrossProviders()
{
    QFETCH(QStringList, providerArgs);
    QFETCH(QByteArray, body);
    QFETCH(bool, ndjson);
    QFETCH(QString, finishReason);
    QFETCH(bool, functionCalls);
    QVERIFY(!body.isEmpty());
    for (QString &arg : providerArgs)
        arg.replace(u"BASE"_s, m_server->baseUrl().toString());
    m_server->enqueue(ndjson ? ScriptedResponse::ndjson(body, 13, 1)
                             : ScriptedResponse::sse(body, 13, 1));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TEST_KEY"_s, u"test-key"_s);
    const Run r
        = run(QStringList{u"chat"_s, u"--provider"_s} + providerArgs
                  + QStringList{u"--model"_s, u"m1"_s, u"--user"_s, u"Hello"_s, u"--stream"_s,
                                u"--output"_s, u"json"_s, u"--max-retries"_s, u"0"_s},
              env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    // One normalised shape whatever the wire format was.
    const QStringList required{u"cached"_s,   u"content"_s, u"finish_reason"_s,
                               u"logprobs"_s, u"thought"_s, u"usage"_s};
    const QStringList allowed
        = required + QStringList{u"model"_s, u"response_id"_s, u"provider_state"_s};
    for (const QString &key : required)
        QVERIFY2(result.contains(key), qPrintable(key));
    for (const QString &key : result.keys())
        QVERIFY2(allowed.contains(key), qPrintable(key));
    QCOMPARE(result.value(u"finish_reason"_s).toString(), finishReason);
    QCOMPARE(result.value(u"cached"_s).toBool(), false);
    const QJsonObject usage = result.value(u"usage"_s).toObject();
    QCOMPARE(usage.keys(),
             (QStringList{u"cache_creation_tokens"_s, u"cached_prompt_tokens"_s,
                          u"completion_tokens"_s, u"prompt_tokens"_s, u"reasoning_tokens"_s}));
    QVERIFY(usage.value(u"prompt_tokens"_s).toInt() > 0);
    QVERIFY(usage.value(u"completion_tokens"_s).toInt() > 0);
    QVERIFY(result.value(u"thought"_s).isNull() || result.value(u"thought"_s).isString());
    if (functionCalls) {
        const QJsonArray calls = result.value(u"content"_s).toArray();
        QVERIFY(!calls.isEmpty());
        for (const QJsonValue &value : calls) {
            const QJsonObject call = value.toObject();
            QCOMPARE(call.keys(), (QStringList{u"arguments"_s, u"id"_s, u"name"_s}));
            QVERIFY(!call.value(u"id"_s).toString().isEmpty());
            QVERIFY(!call.value(u"name"_s).toString().isEmpty());
            QVERIFY(
                QJsonDocument::fromJson(call.value(u"arguments"_s).toString().toUtf8()).isObject());
        }
    } else {
        QVERIFY(!result.value(u"content"_s).toString().isEmpty());
    }
    QCOMPARE(m_server->requests().size(), 1);
}

namespace {

//! The profile tests' environment: profiles under `root`/config, HOME in `root`, no
//! provider keys, and a session bus address that leads nowhere, so the keychain is
//! unavailable (and the user's real keyring is never touched).
QProcessEnvironment profileEnvironment(const QString &root)
{
    QDir().mkpath(root + u"/home"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    env.insert(u"HOME"_s, root + u"/home"_s);
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + root + u"/no-such-bus"_s);
    for (const QString &variable : {u"PROFILE_TEST_KEY"_s, u"GROQ_API_KEY"_s,
                                    u"XDG_CURRENT_DESKTOP"_s, u"KDE_SESSION_VERSION"_s})
        env.remove(variable);
    return env;
}

QString profilesFile(const QString &root)
{
    return root + u"/config/Modelkit/Modelkit Playground/profiles.json"_s;
}

//! Runs `program` with `input` on its standard input, keeping this event loop (and so
//! the loopback server) running.
Run runWithInput(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                 const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(5000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    finished.wait(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonArray listedProfiles(const QByteArray &out)
{
    return QJsonDocument::fromJson(out).object().value(u"profiles"_s).toArray();
}

} // namespace

void TstCli::profileAddListEditRemove()
{
    const QString root = m_dir.filePath(u"profiles"_s);
    const QProcessEnvironment env = profileEnvironment(root);

    const Run empty = run({u"profile"_s, u"list"_s, u"--output"_s, u"json"_s}, env);
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(listedProfiles(empty.out).size(), 0);

    const Run added
        = run({u"profile"_s, u"add"_s, u"Local"_s, u"--kind"_s, u"compatible"_s, u"--base-url"_s,
               u"http://localhost:8000/v1"_s, u"--model"_s, u"m1"_s, u"--header"_s,
               u"X-Team: blue"_s, u"--key-env"_s, u"MY_KEY"_s, u"--timeout"_s, u"30"_s},
              env);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(QFile::exists(profilesFile(root)));
    QCOMPARE(QFile::permissions(profilesFile(root))
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());

    const Run duplicate = run({u"profile"_s, u"add"_s, u"LOCAL"_s, u"--kind"_s, u"openai"_s}, env);
    QCOMPARE(duplicate.exitCode, 2);
    QVERIFY2(duplicate.err.contains("already exists"), duplicate.err.constData());
    const Run noUrl = run({u"profile"_s, u"add"_s, u"Server"_s, u"--kind"_s, u"compatible"_s}, env);
    QCOMPARE(noUrl.exitCode, 2);
    QVERIFY2(noUrl.err.contains("base URL"), noUrl.err.constData());
    const Run noKind = run({u"profile"_s, u"add"_s, u"Server"_s}, env);
    QCOMPARE(noKind.exitCode, 2);
    QVERIFY2(noKind.err.contains("--kind"), noKind.err.constData());
    const Run badKind = run({u"profile"_s, u"add"_s, u"S"_s, u"--kind"_s, u"acme"_s}, env);
    QCOMPARE(badKind.exitCode, 2);
    const Run preset = run({u"profile"_s, u"add"_s, u"--preset"_s, u"groq"_s}, env);
    QVERIFY2(preset.exitCode == 0, preset.err.constData());
    QVERIFY2(preset.err.contains("modelkit key set") && preset.err.contains("GROQ_API_KEY"),
             preset.err.constData());

    const Run text = run({u"profile"_s, u"list"_s}, env);
    QCOMPARE(text.exitCode, 0);
    const QList<QByteArray> lines = text.out.split('\n');
    QVERIFY2(lines.size() >= 3 && lines.at(0).startsWith("NAME"), text.out.constData());
    QVERIFY2(lines.at(1).startsWith("Local ") && lines.at(1).contains("compatible")
                 && lines.at(1).contains("http://localhost:8000/v1") && lines.at(1).contains("m1")
                 && lines.at(1).contains("MY_KEY"),
             text.out.constData());
    QVERIFY2(lines.at(2).startsWith("Groq ") && lines.at(2).contains("llama-3.3-70b-versatile"),
             text.out.constData());

    const Run edited = run({u"profile"_s, u"edit"_s, u"local"_s, u"--model"_s, u"m2"_s,
                            u"--rename"_s, u"Lab"_s, u"--http2"_s},
                           env);
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    const Run json = run({u"profile"_s, u"list"_s, u"--output"_s, u"json"_s}, env);
    QCOMPARE(json.exitCode, 0);
    const QJsonArray profiles = listedProfiles(json.out);
    QCOMPARE(profiles.size(), 2);
    const QJsonObject lab = profiles.at(0).toObject();
    QCOMPARE(lab.value(u"name"_s).toString(), u"Lab"_s);
    QCOMPARE(lab.value(u"kind"_s).toString(), u"compatible"_s);
    QCOMPARE(lab.value(u"model"_s).toString(), u"m2"_s);
    QCOMPARE(lab.value(u"base_url"_s).toString(), u"http://localhost:8000/v1"_s);
    QCOMPARE(lab.value(u"key_variable"_s).toString(), u"MY_KEY"_s);
    QCOMPARE(lab.value(u"timeout_seconds"_s).toInt(), 30);
    QCOMPARE(lab.value(u"http2"_s).toBool(), true);
    QCOMPARE(lab.value(u"extra_headers"_s).toArray(),
             (QJsonArray{QJsonValue(QJsonArray{u"X-Team"_s, u"blue"_s})}));
    QCOMPARE(profiles.at(1).toObject().value(u"name"_s).toString(), u"Groq"_s);

    // Only the options that belong to an action are accepted.
    const Run wrongOption = run({u"profile"_s, u"list"_s, u"--model"_s, u"x"_s}, env);
    QCOMPARE(wrongOption.exitCode, 2);
    QVERIFY2(wrongOption.err.contains("--model"), wrongOption.err.constData());
    const Run missing = run({u"profile"_s, u"edit"_s, u"Nobody"_s, u"--model"_s, u"x"_s}, env);
    QCOMPARE(missing.exitCode, 2);

    // Removing also tries the keychain (unreachable here): the profile goes, a warning says
    // where a stored key would still be.
    const Run removed = run({u"profile"_s, u"remove"_s, u"LAB"_s}, env);
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QVERIFY2(removed.err.contains("modelkit key remove Lab"), removed.err.constData());
    const Run after = run({u"profile"_s, u"list"_s, u"--output"_s, u"json"_s}, env);
    QCOMPARE(listedProfiles(after.out).size(), 1);
    QCOMPARE(run({u"profile"_s, u"remove"_s, u"Lab"_s}, env).exitCode, 2);
    QCOMPARE(run({u"profile"_s, u"frobnicate"_s}, env).exitCode, 2);
}

void TstCli::chatUsesAStoredProfile()
{
    const QString root = m_dir.filePath(u"chat"_s);
    QProcessEnvironment env = profileEnvironment(root);
    const Run added = run(
        addLoopbackProfile(u"test-model"_s) + QStringList{u"--header"_s, u"X-Team: blue"_s}, env);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    env.insert(u"PROFILE_TEST_KEY"_s, u"sk-profile-123"_s);

    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-finish-length.sse"_s)));
    const Run r = run({u"chat"_s, u"--profile"_s, u"loopback"_s, u"--user"_s, u"x"_s, u"--stream"_s,
                       u"--output"_s, u"json"_s, u"--max-retries"_s, u"0"_s},
                      env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"finish_reason"_s).toString(),
             u"length"_s);
    QCOMPARE(m_server->requests().size(), 1);
    const auto &request = m_server->requests().first();
    QCOMPARE(request.path, "/v1/chat/completions");
    QCOMPARE(request.header("authorization"), "Bearer sk-profile-123");
    QCOMPARE(request.header("x-team"), "blue");
    QCOMPARE(request.json().value(u"model"_s).toString(), u"test-model"_s);
    QVERIFY(!r.out.contains("sk-profile-123") && !r.err.contains("sk-profile-123"));

    // Options given with --profile override its fields; a header replaces its namesake.
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-finish-length.sse"_s)));
    const Run overridden = run({u"chat"_s, u"--profile"_s, u"LOOPBACK"_s, u"--model"_s,
                                u"other-model"_s, u"--header"_s, u"X-Team: red"_s, u"--user"_s,
                                u"x"_s, u"--stream"_s, u"--max-retries"_s, u"0"_s},
                               env);
    QVERIFY2(overridden.exitCode == 0, overridden.err.constData());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).json().value(u"model"_s).toString(), u"other-model"_s);
    QCOMPARE(m_server->requests().at(1).header("x-team"), "red");
    QCOMPARE(m_server->requests().at(1).header("authorization"), "Bearer sk-profile-123");

    // models and tokens take profiles too.
    m_server->enqueue(ScriptedResponse::json(
        200, QJsonObject{{u"object"_s, u"list"_s},
                         {u"data"_s, QJsonArray{QJsonObject{{u"id"_s, u"alpha"_s}}}}}));
    const Run models = run({u"models"_s, u"--profile"_s, u"Loopback"_s}, env);
    QVERIFY2(models.exitCode == 0, models.err.constData());
    QCOMPARE(models.out, "alpha\n");
    QCOMPARE(m_server->requests().at(2).path, "/v1/models");
    QCOMPARE(m_server->requests().at(2).header("authorization"), "Bearer sk-profile-123");
}

void TstCli::chatFollowsTheProfilesCacheSetting()
{
    const QString root = m_dir.filePath(u"cached"_s);
    QProcessEnvironment env = profileEnvironment(root);
    env.insert(u"XDG_CACHE_HOME"_s, root + u"/cache"_s);
    env.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
    const Run added = run(addLoopbackProfile(u"test-model"_s) << u"--cache-responses"_s, env);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(added.out.contains("responses cached"), added.out.constData());
    env.insert(u"PROFILE_TEST_KEY"_s, u"sk-profile-123"_s);
    const QStringList chat{u"chat"_s,   u"--profile"_s,     u"Loopback"_s, u"--user"_s,
                           u"Say hi"_s, u"--max-retries"_s, u"0"_s};
    const QStringList json{u"--output"_s, u"json"_s};
    const QByteArray sse = fixture(u"openai/chat-stream-text-with-usage.sse"_s);
    auto cached = [](const Run &r) {
        return QJsonDocument::fromJson(r.out).object().value(u"cached"_s);
    };

    // The profile caches: the second identical request is answered on disk, without --cache.
    m_server->enqueue(ScriptedResponse::sse(sse));
    const Run first = run(chat + json + QStringList{u"--stream"_s}, env);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.err.isEmpty(), first.err.constData());
    QCOMPARE(cached(first), QJsonValue(false));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(QFile::exists(root + u"/cache/Modelkit/modelkit/completions.sqlite"_s));
    const Run second = run(chat + json, env);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(cached(second), QJsonValue(true));
    QCOMPARE(QJsonDocument::fromJson(second.out).object().value(u"content"_s),
             QJsonDocument::fromJson(first.out).object().value(u"content"_s));
    const Run text = run(chat + QStringList{u"--stream"_s}, env);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.err.contains("cached]"), text.err.constData());
    QCOMPARE(QString::fromUtf8(text.out).trimmed(), fixtureText(sse).trimmed());
    QCOMPARE(m_server->requests().size(), 1);

    // --no-cache sends it.
    m_server->enqueue(ScriptedResponse::sse(sse));
    const Run forced = run(chat + json + QStringList{u"--stream"_s, u"--no-cache"_s}, env);
    QVERIFY2(forced.exitCode == 0, forced.err.constData());
    QCOMPARE(cached(forced), QJsonValue(false));
    QCOMPARE(m_server->requests().size(), 2);

    // --cache always wins: an empty memory store sends it too.
    m_server->enqueue(ScriptedResponse::sse(sse));
    const Run memory
        = run(chat + json + QStringList{u"--stream"_s, u"--cache"_s, u"memory"_s}, env);
    QVERIFY2(memory.exitCode == 0, memory.err.constData());
    QCOMPARE(cached(memory), QJsonValue(false));
    QCOMPARE(m_server->requests().size(), 3);
    // ... and --cache disk is the store the profile used.
    const Run disk = run(chat + json + QStringList{u"--cache"_s, u"disk"_s}, env);
    QVERIFY2(disk.exitCode == 0, disk.err.constData());
    QCOMPARE(cached(disk), QJsonValue(true));
    QCOMPARE(m_server->requests().size(), 3);

    const Run both = run(chat + QStringList{u"--cache"_s, u"disk"_s, u"--no-cache"_s}, env);
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("--cache and --no-cache cannot be combined"), both.err.constData());

    // Switched off in the profile: sent again.
    const Run edited
        = run({u"profile"_s, u"edit"_s, u"Loopback"_s, u"--no-cache-responses"_s}, env);
    QVERIFY2(edited.exitCode == 0, edited.err.constData());
    QVERIFY2(!edited.out.contains("responses cached"), edited.out.constData());
    m_server->enqueue(ScriptedResponse::sse(sse));
    const Run off = run(chat + json + QStringList{u"--stream"_s}, env);
    QVERIFY2(off.exitCode == 0, off.err.constData());
    QCOMPARE(cached(off), QJsonValue(false));
    QCOMPARE(m_server->requests().size(), 4);
    const Run conflicting = run(
        {u"profile"_s, u"edit"_s, u"Loopback"_s, u"--cache-responses"_s, u"--no-cache-responses"_s},
        env);
    QCOMPARE(conflicting.exitCode, 2);
}

void TstCli::profileErrors()
{
    const QString root = m_dir.filePath(u"errors"_s);
    QProcessEnvironment env = profileEnvironment(root);
    const QStringList chat{u"chat"_s, u"--user"_s, u"x"_s, u"--max-retries"_s, u"0"_s};

    const Run none = run(chat + QStringList{u"--profile"_s, u"Loopback"_s}, env);
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("no profile named \"Loopback\"")
                 && none.err.contains("modelkit profile add"),
             none.err.constData());

    QCOMPARE(run(addLoopbackProfile(u"m"_s), env).exitCode, 0);
    // No key in the keychain (unreachable here) nor in the variable: both are named.
    const Run noKey = run(chat + QStringList{u"--profile"_s, u"Loopback"_s}, env);
    QCOMPARE(noKey.exitCode, 2);
    QVERIFY2(noKey.err.contains("keychain") && noKey.err.contains("PROFILE_TEST_KEY"),
             noKey.err.constData());

    const Run unknown = run(chat + QStringList{u"--profile"_s, u"Elsewhere"_s}, env);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("known: Loopback"), unknown.err.constData());

    const Run both
        = run(chat + QStringList{u"--profile"_s, u"Loopback"_s, u"--provider"_s, u"openai"_s}, env);
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains("cannot be combined"), both.err.constData());

    // A broken file is reported with its JSONPath and left alone.
    const QByteArray broken
        = R"({"format": "modelkit.profiles", "version": 1, "profiles": [{"name": 7}]})";
    QFile file(profilesFile(root));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(broken);
    file.close();
    const Run unreadable = run(chat + QStringList{u"--profile"_s, u"Loopback"_s}, env);
    QCOMPARE(unreadable.exitCode, 2);
    QVERIFY2(unreadable.err.contains("$.profiles[0].name"), unreadable.err.constData());
    const Run add = run({u"profile"_s, u"add"_s, u"Other"_s, u"--kind"_s, u"anthropic"_s}, env);
    QCOMPARE(add.exitCode, 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
    QVERIFY(QFile::exists(profilesFile(root) + u".broken"_s));
    QCOMPARE(m_server->requests().size(), 0);
}

void TstCli::keySetRefusesAKeyOnTheCommandLine()
{
    const QString root = m_dir.filePath(u"argv"_s);
    const QProcessEnvironment env = profileEnvironment(root);
    QCOMPARE(run({u"profile"_s, u"add"_s, u"--preset"_s, u"groq"_s}, env).exitCode, 0);
    const QByteArray secret = "gsk_live_OnTheCommandLine";
    const QList<QStringList> attempts{
        {u"key"_s, u"set"_s, u"Groq"_s, QString::fromLatin1(secret)},
        {u"key"_s, u"set"_s, u"Groq"_s, u"--key="_s + QString::fromLatin1(secret)},
        {u"key"_s, u"set"_s, u"--key"_s, QString::fromLatin1(secret), u"Groq"_s},
        {u"key"_s, u"set"_s, QString::fromLatin1(secret)},
    };
    for (const QStringList &args : attempts) {
        // The refusal happens before standard input is read.
        const Run r = runWithInput(QStringLiteral(MODELKIT_CLI_PATH), args, env, "sk-stdin\n");
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ')));
        QVERIFY2(r.err.contains("standard input") || r.err.contains("no profile by that name"),
                 r.err.constData());
        // Never repeated back.
        QVERIFY2(!r.err.contains(secret) && !r.out.contains(secret), r.err.constData());
    }
    QCOMPARE(testsupport::filesContaining(root, secret), QStringList());
    QCOMPARE(testsupport::filesContaining(root, "sk-stdin"), QStringList());
}

void TstCli::keySetWithoutKeychainStoresNothing()
{
    const QString root = m_dir.filePath(u"nokeychain"_s);
    const QProcessEnvironment env = profileEnvironment(root);
    QCOMPARE(run({u"profile"_s, u"add"_s, u"--preset"_s, u"groq"_s}, env).exitCode, 0);
    const QString cli = QStringLiteral(MODELKIT_CLI_PATH);

    const QByteArray secret = "gsk_canary_NoKeychainHere";
    const Run r = runWithInput(cli, {u"key"_s, u"set"_s, u"groq"_s}, env, secret + '\n');
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("keychain is unavailable") && r.err.contains("GROQ_API_KEY")
                 && r.err.contains("plain text"),
             r.err.constData());
    QVERIFY(!r.err.contains(secret) && !r.out.contains(secret));
    QCOMPARE(testsupport::filesContaining(root, secret), QStringList());

    const Run status = run({u"key"_s, u"status"_s, u"groq"_s}, env);
    QCOMPARE(status.exitCode, 3);
    QVERIFY2(status.out.contains("keychain unavailable") && status.out.contains("GROQ_API_KEY"),
             status.out.constData());

    // Bad input is refused before the keychain is asked.
    const Run empty = runWithInput(cli, {u"key"_s, u"set"_s, u"Groq"_s}, env, "\n");
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.contains("no key"), empty.err.constData());
    const Run twoLines = runWithInput(cli, {u"key"_s, u"set"_s, u"Groq"_s}, env, "a\nb\n");
    QCOMPARE(twoLines.exitCode, 2);
    QVERIFY2(twoLines.err.contains("more than one line"), twoLines.err.constData());
    const Run noProfile = runWithInput(cli, {u"key"_s, u"set"_s, u"Nobody"_s}, env, "k\n");
    QCOMPARE(noProfile.exitCode, 2);
}

void TstCli::keyFromTheKeychainReachesTheWire()
{
    // The whole path under a throwaway Secret Service: key set (stdin) -> keychain ->
    // chat --profile -> Authorization header; the keychain wins over the variable.
    const QString wrapper
        = QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(u"../with-keyring.sh"_s);
    if (QStandardPaths::findExecutable(u"dbus-run-session"_s).isEmpty()
        || QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty())
        QSKIP("dbus-run-session and gnome-keyring are needed (packaging/install-deps.sh)");
    QVERIFY(QFile::exists(wrapper));

    const QString root = m_dir.filePath(u"keyring"_s);
    QProcessEnvironment env = profileEnvironment(root);
    QCOMPARE(run(addLoopbackProfile(u"m"_s), env).exitCode, 0);
    env.insert(u"PROFILE_TEST_KEY"_s, u"sk-from-the-environment"_s);
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-finish-length.sse"_s)));

    const QString script = uR"(set -e
cli="$1"
"$cli" key set loopback
"$cli" key status Loopback
"$cli" chat --profile Loopback --user x --stream --output json --max-retries 0 > "$2"
"$cli" key remove Loopback
"$cli" key status Loopback)"_s;
    const QString chatOut = root + u"/chat.json"_s;
    const Run r = runWithInput(
        u"/bin/sh"_s,
        {wrapper, u"sh"_s, u"-c"_s, script, u"sh"_s, QStringLiteral(MODELKIT_CLI_PATH), chatOut},
        env, "sk-from-the-keychain\n");
    QFile result(chatOut);
    const QByteArray everything
        = r.out + r.err + (result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray());
    QVERIFY2(r.exitCode == 0, everything.constData());
    QVERIFY2(r.out.contains("Stored the API key of \"Loopback\""), r.out.constData());
    QVERIFY2(r.out.contains("Loopback: API key stored in the keychain"), r.out.constData());
    QVERIFY2(r.out.contains("Removed the API key"), r.out.constData());
    QVERIFY2(r.out.contains("Loopback: no API key stored in the keychain"), r.out.constData());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("authorization"), "Bearer sk-from-the-keychain");
    QVERIFY(result.seek(0));
    QCOMPARE(
        QJsonDocument::fromJson(result.readAll()).object().value(u"finish_reason"_s).toString(),
        u"length"_s);
    QVERIFY(!everything.contains("sk-from-the-keychain"));
    QCOMPARE(testsupport::filesContaining(root, "sk-from-the-keychain"), QStringList());
}

namespace {

//! The environment of a CLI run whose data location (the usage ledger) and configuration
//! are in `root`.
QProcessEnvironment ledgerEnvironment(const QString &root)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_s, root + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, root + u"/cache"_s);
    return env;
}

QString ledgerFile(const QString &root)
{
    return root + u"/data/Modelkit/Modelkit Playground/usage.sqlite"_s;
}

} // namespace

void TstCli::chatRecordsOneLedgerRow()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QProcessEnvironment env = ledgerEnvironment(root.path());
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    const Run chat = run(baseArgs() << u"--user"_s << u"Say hi"_s << u"--stream"_s, env);
    QVERIFY2(chat.exitCode == 0, chat.err.constData());
    QVERIFY2(!chat.err.contains("warning"), chat.err.constData());
    QVERIFY(QFileInfo::exists(ledgerFile(root.path())));

    const Run json = run({u"usage"_s, u"--by"_s, u"model"_s, u"--output"_s, u"json"_s}, env);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(summary.value(u"by"_s).toString(), u"model"_s);
    const QJsonArray rows = summary.value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonObject row = rows.first().toObject();
    QCOMPARE(row.value(u"key"_s).toString(), u"test-model"_s);
    QCOMPARE(row.value(u"calls"_s).toInt(), 1);
    QCOMPARE(row.value(u"usage"_s).toObject().value(u"prompt_tokens"_s).toInt(), 14);
    QCOMPARE(row.value(u"usage"_s).toObject().value(u"completion_tokens"_s).toInt(), 30);
    // An OpenAI-compatible server has no catalog price: unknown, not free.
    QCOMPARE(row.value(u"unpriced_calls"_s).toInt(), 1);
    QVERIFY(row.value(u"cost_usd"_s).isNull());

    const Run table = run({u"usage"_s, u"--by"_s, u"model"_s}, env);
    QVERIFY2(table.exitCode == 0, table.err.constData());
    const QString text = QString::fromUtf8(table.out);
    QVERIFY2(text.contains(u"test-model"_s), qPrintable(text));
    QVERIFY2(text.contains(u"unknown"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"$0"_s), qPrintable(text));
    QVERIFY2(text.contains(u" 14 "_s) && text.contains(u" 30 "_s), qPrintable(text));
}

void TstCli::usageCsvHasAHeaderAndOneRowPerCall()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QProcessEnvironment env = ledgerEnvironment(root.path());
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    const Run chat = run(baseArgs() << u"--user"_s << u"Say hi"_s << u"--stream"_s, env);
    QVERIFY2(chat.exitCode == 0, chat.err.constData());

    const Run csv = run({u"usage"_s, u"--csv"_s}, env);
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QVERIFY(csv.out.endsWith("\r\n"));
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("id,time,source,profile,provider,model,prompt_tokens"),
             lines.at(0).constData());
    const QList<QByteArray> header = lines.at(0).trimmed().split(',');
    const QList<QByteArray> fields = lines.at(1).trimmed().split(',');
    QCOMPARE(fields.size(), header.size());
    const auto field = [&](const char *name) {
        return fields.value(header.indexOf(name));
    };
    QCOMPARE(field("source"), "cli");
    QCOMPARE(field("model"), "test-model");
    QCOMPARE(field("provider"), "openai-compatible");
    QCOMPARE(field("prompt_tokens"), "14");
    QCOMPARE(field("completion_tokens"), "30");
    QCOMPARE(field("cost_usd"), ""); // unknown, never 0
    QCOMPARE(field("finish_reason"), "stop");
    QCOMPARE(field("cached"), "0");

    // Since tomorrow: nothing, only the header.
    const Run later = run({u"usage"_s, u"--csv"_s, u"--since"_s,
                           QDate::currentDate().addDays(1).toString(Qt::ISODate)},
                          env);
    QCOMPARE(later.exitCode, 0);
    QCOMPARE(later.out.trimmed().split('\n').size(), 1);
    QCOMPARE(run({u"usage"_s, u"--since"_s, u"yesterday"_s}, env).exitCode, 2);
}

void TstCli::noLedgerRecordsNothing()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QProcessEnvironment env = ledgerEnvironment(root.path());
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    const Run chat
        = run(baseArgs() << u"--user"_s << u"Say hi"_s << u"--stream"_s << u"--no-ledger"_s, env);
    QVERIFY2(chat.exitCode == 0, chat.err.constData());
    QVERIFY(!QFileInfo::exists(ledgerFile(root.path())));
    const Run json = run({u"usage"_s, u"--output"_s, u"json"_s}, env);
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"rows"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
