// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The `modelkit` executable run as a user would, against the loopback server.
#include "fixtures.h"
#include "loopbackserver.h"

#include <csignal>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
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

private:
    QStringList baseArgs() const;
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

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
