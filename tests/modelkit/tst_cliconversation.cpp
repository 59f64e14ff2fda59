// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// `modelkit import`, `export`, `show` and `chat --request/--save` with conversation files,
// run as a user would against the loopback server.
#include "fixtures.h"
#include "leakscan.h"
#include "loopbackserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using testsupport::fixture;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray canary = "sk-cli-canary-5d1c9e77";

// (moc misreads \" inside raw strings: the arguments' quotes are put in afterwards.)
const QByteArray openAiBody = QByteArray(R"({
    "model": "gpt-4o-mini",
    "messages": [
        {"role": "system", "content": "Be terse."},
        {"role": "user", "content": [{"type": "text", "text": "What is in the picture?"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="}}]},
        {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function",
            "function": {"name": "get_weather", "arguments": "{'city':'Paris'}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "18 C"}
    ],
    "tools": [{"type": "function", "function": {"name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}}],
    "temperature": 0.3,
    "user": "alice"
})")
                                  .replace('\'', "\\\"");

} // namespace

class TstCliConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importWritesOurFormatAndExportIsStable();
    void importErrorsExitWithTwo_data();
    void importErrorsExitWithTwo();
    void showPrintsEveryPart();
    void chatSaveCreatesThenAppends();
    void chatRequestReadsForeignFormats();
    void chatSaveRefusesAnUnreadableFile();
    void exportBodyIsWhatChatSends();
    void exportAsCodeNeverHoldsTheKey();
    void exportUsesTheConversationsProfile();
    void exportErrors_data();
    void exportErrors();

private:
    QStringList chatArgs() const;
    Run run(const QStringList &args, const QProcessEnvironment &extra = {});
    QString writeFile(const QString &name, const QByteArray &content);
    QByteArray readFile(const QString &name) const;

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliConversation::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->isListening());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TstCliConversation::chatArgs() const
{
    return {u"chat"_s,
            u"--provider"_s,
            u"compatible"_s,
            u"--base-url"_s,
            m_server->baseUrl().toString() + u"/v1"_s,
            u"--model"_s,
            u"test-model"_s,
            u"--max-retries"_s,
            u"0"_s,
            u"--api-key-env"_s,
            u"CANARY_KEY"_s};
}

QString TstCliConversation::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QByteArray TstCliConversation::readFile(const QString &name) const
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Run TstCliConversation::run(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &variable :
         {u"OPENAI_API_KEY"_s, u"ANTHROPIC_API_KEY"_s, u"GEMINI_API_KEY"_s, u"GOOGLE_API_KEY"_s})
        env.remove(variable);
    // Ledger, profiles and price overrides in the test's own directories.
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, m_dir->filePath(u"xdg-cache"_s));
    env.insert(u"CANARY_KEY"_s, QString::fromLatin1(canary));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(MODELKIT_CLI_PATH), args);
    QSignalSpy finished(&process, &QProcess::finished);
    if (!process.waitForStarted(5000))
        return {};
    finished.wait(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TstCliConversation::importWritesOurFormatAndExportIsStable()
{
    const QString source = writeFile(u"openai.json"_s, openAiBody);
    const Run toStdout = run({u"import"_s, source});
    QVERIFY2(toStdout.exitCode == 0, toStdout.err.constData());
    const QJsonObject doc = QJsonDocument::fromJson(toStdout.out).object();
    QCOMPARE(doc.value(u"format"_s).toString(), u"modelkit.conversation"_s);
    QCOMPARE(doc.value(u"version"_s).toInt(), 1);
    QCOMPARE(doc.value(u"model"_s).toString(), u"gpt-4o-mini"_s);
    const QJsonArray messages = doc.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(2).toObject().value(u"type"_s).toString(), u"AssistantMessage"_s);
    QCOMPARE(
        messages.at(3).toObject().value(u"content"_s).toArray().first().toObject().value(u"name"_s),
        QJsonValue(u"get_weather"_s));
    QCOMPARE(doc.value(u"extra_create_args"_s).toObject().value(u"user"_s).toString(), u"alice"_s);

    const Run toFile = run({u"import"_s, source, u"-o"_s, u"conv.json"_s});
    QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
    QVERIFY(toFile.out.isEmpty());
    const QByteArray first = readFile(u"conv.json"_s);
    QVERIFY(first.contains("\"modelkit.conversation\""));
    // Exporting an export changes nothing, to stdout or to a file.
    const Run exported = run({u"export"_s, u"conv.json"_s});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QCOMPARE(exported.out, first);
    QCOMPARE(run({u"export"_s, u"conv.json"_s, u"--as"_s, u"json"_s, u"--out"_s, u"again.json"_s})
                 .exitCode,
             0);
    QCOMPARE(readFile(u"again.json"_s), first);
    // Standard input works too.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MODELKIT_CLI_PATH), {u"export"_s, u"-"_s});
    QVERIFY(process.waitForStarted(5000));
    process.write(first);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), first);
}

void TstCliConversation::importErrorsExitWithTwo_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed") << QByteArray("{\"messages\": [\n  {\"role\": \"user\",}\n]}")
                               << u"bad.json:2:"_s;
    QTest::newRow("truncated") << openAiBody.left(openAiBody.size() / 2) << u"invalid JSON"_s;
    QTest::newRow("wrong type")
        << QByteArray(R"({"messages": [{"role": "user", "content": 5}]})")
        << u"bad.json: $.messages[0].content: expected a string or a list of content parts"_s;
    QTest::newRow("huge") << QByteArray() << u"file too large"_s;
}

void TstCliConversation::importErrorsExitWithTwo()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QString path;
    if (content.isEmpty()) {
        path = m_dir->filePath(u"bad.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(100LL * 1024 * 1024)); // 100 MB
    } else {
        path = writeFile(u"bad.json"_s, content);
    }
    const Run r = run({u"import"_s, u"bad.json"_s, u"-o"_s, u"out.json"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
    QVERIFY(!QFile::exists(m_dir->filePath(u"out.json"_s))); // nothing written
    QCOMPARE(run({u"show"_s, u"bad.json"_s}).exitCode, 2);
    QCOMPARE(run({u"export"_s, u"bad.json"_s}).exitCode, 2);
    QFile::remove(path);
}

void TstCliConversation::showPrintsEveryPart()
{
    writeFile(u"openai.json"_s, openAiBody);
    const Run r = run({u"show"_s, u"openai.json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    for (const QString &expected :
         {u"Conversation \"openai\""_s, u"model gpt-4o-mini"_s, u"tools get_weather"_s,
          u"parameters temperature=0.3"_s, u"#1 system"_s, u"   Be terse."_s, u"#2 user"_s,
          u"[image image/png, 70 bytes]"_s, u"#3 assistant · function calls"_s,
          u"get_weather({\"city\":\"Paris\"})  id call_1"_s, u"#4 tool results"_s,
          u"get_weather (call_1):"_s, u"18 C"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
}

void TstCliConversation::chatSaveCreatesThenAppends()
{
    const QByteArray sse = fixture(u"openai/chat-stream-text-with-usage.sse"_s);
    QVERIFY(!sse.isEmpty());
    m_server->enqueue(ScriptedResponse::sse(sse, 17, 1));
    const Run first = run(chatArgs() << u"--user"_s << u"Say hi"_s << u"--stream"_s << u"--save"_s
                                     << u"conv.json"_s);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QJsonObject doc = QJsonDocument::fromJson(readFile(u"conv.json"_s)).object();
    QCOMPARE(doc.value(u"format"_s).toString(), u"modelkit.conversation"_s);
    const QString id = doc.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(doc.value(u"provider"_s).toString(), u"compatible"_s);
    QCOMPARE(doc.value(u"model"_s).toString(), u"test-model"_s);
    QJsonArray messages = doc.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).toObject().value(u"type"_s).toString(), u"AssistantMessage"_s);
    const QString reply = messages.at(1).toObject().value(u"content"_s).toString();
    QVERIFY(!reply.isEmpty());
    QVERIFY(QString::fromUtf8(first.out).startsWith(reply));
    QJsonArray runs = doc.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 1);
    QJsonObject saved = runs.first().toObject();
    QCOMPARE(saved.value(u"stream"_s).toBool(), true);
    QCOMPARE(saved.value(u"provider"_s).toString(), u"openai-compatible"_s);
    QCOMPARE(saved.value(u"message_count"_s).toInt(), 1);
    QCOMPARE(saved.value(u"usage"_s).toObject().value(u"prompt_tokens"_s).toInt(), 14);
    QVERIFY(saved.value(u"cost_usd"_s).isNull()); // no price for this model: unknown, not 0
    QVERIFY(saved.value(u"timings"_s).toObject().value(u"total_ms"_s).isDouble());
    QCOMPARE(saved.value(u"result"_s).toObject().value(u"finish_reason"_s).toString(), u"stop"_s);
    QVERIFY(saved.value(u"result"_s).toObject().value(u"exchange"_s).isObject());
    QVERIFY(saved.value(u"error"_s).isNull());

    // Continue: the saved reply goes out with the next turn, the file grows by a run.
    m_server->enqueue(ScriptedResponse::json(
        200,
        QJsonObject{
            {u"id"_s, u"chatcmpl-2"_s},
            {u"object"_s, u"chat.completion"_s},
            {u"model"_s, u"test-model"_s},
            {u"choices"_s, QJsonArray{QJsonObject{
                               {u"index"_s, 0},
                               {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                          {u"content"_s, u"Hi again."_s}}},
                               {u"finish_reason"_s, u"stop"_s}}}},
            {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, 30}, {u"completion_tokens"_s, 3}}}}));
    const Run second = run(chatArgs() << u"--request"_s << u"conv.json"_s << u"--user"_s
                                      << u"Again"_s << u"--save"_s << u"conv.json"_s);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    const QJsonArray sent = m_server->requests().at(1).json().value(u"messages"_s).toArray();
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.at(1).toObject().value(u"role"_s).toString(), u"assistant"_s);
    QCOMPARE(sent.at(1).toObject().value(u"content"_s).toString(), reply);
    doc = QJsonDocument::fromJson(readFile(u"conv.json"_s)).object();
    QCOMPARE(doc.value(u"id"_s).toString(), id);
    QCOMPARE(doc.value(u"messages"_s).toArray().size(), 4);
    runs = doc.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(1).toObject().value(u"stream"_s).toBool(), false);
    QCOMPARE(runs.at(1).toObject().value(u"message_count"_s).toInt(), 3);

    // A failed call is saved as a run with its error, and no reply.
    m_server->enqueue(ScriptedResponse::json(
        429, QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"slow down"_s}}}}));
    const Run failed
        = run(chatArgs() << u"--request"_s << u"conv.json"_s << u"--save"_s << u"conv.json"_s);
    QCOMPARE(failed.exitCode, 3);
    doc = QJsonDocument::fromJson(readFile(u"conv.json"_s)).object();
    QCOMPARE(doc.value(u"messages"_s).toArray().size(), 4);
    runs = doc.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(2).toObject().value(u"error"_s).toObject().value(u"kind"_s).toString(),
             u"rate_limit"_s);

    // show reads it back; nothing saved holds the key.
    const Run shown = run({u"show"_s, u"conv.json"_s});
    QVERIFY2(shown.exitCode == 0, shown.err.constData());
    QVERIFY2(shown.out.contains("Runs (3):") && shown.out.contains("rate_limit (HTTP 429)"),
             shown.out.constData());
    QCOMPARE(testsupport::filesContaining(m_dir->path(), canary), QStringList());
    // The ledger row points at the conversation.
    const Run usage = run({u"usage"_s, u"--csv"_s});
    QVERIFY2(usage.out.contains(id.toUtf8()), usage.out.constData());
}

void TstCliConversation::chatRequestReadsForeignFormats()
{
    writeFile(u"openai.json"_s, openAiBody);
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    const Run r = run(chatArgs() << u"--request"_s << u"openai.json"_s << u"--stream"_s
                                 << u"--output"_s << u"json"_s);
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const QJsonObject body = m_server->requests().first().json();
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(3).toObject().value(u"role"_s).toString(), u"tool"_s);
    QCOMPARE(body.value(u"tools"_s).toArray().size(), 1);
    QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.3);
    QCOMPARE(body.value(u"user"_s).toString(), u"alice"_s);
    QCOMPARE(body.value(u"model"_s).toString(), u"test-model"_s); // the options choose the model

    writeFile(u"anthropic.json"_s, R"({"model": "claude", "max_tokens": 50, "system": "Be brief.",
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Hello"}]}]})");
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    const Run a = run(chatArgs() << u"--request"_s << u"anthropic.json"_s << u"--stream"_s);
    QVERIFY2(a.exitCode == 0, a.err.constData());
    const QJsonObject anthropicBody = m_server->requests().at(1).json();
    QCOMPARE(anthropicBody.value(u"messages"_s).toArray().size(), 2);
    QCOMPARE(anthropicBody.value(u"max_tokens"_s).toInt(), 50);

    // A file of ours with a message this version cannot send: a warning, the rest is sent.
    writeFile(u"newer.json"_s, R"({"format": "modelkit.conversation", "version": 1,
        "messages": [{"type": "UserMessage", "content": "Hi", "source": "user"},
                     {"type": "HologramMessage", "content": "?"}]})");
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    const Run newer = run(chatArgs() << u"--request"_s << u"newer.json"_s << u"--stream"_s);
    QVERIFY2(newer.exitCode == 0, newer.err.constData());
    QVERIFY2(newer.err.contains("HologramMessage") && newer.err.contains("left out"),
             newer.err.constData());
    QCOMPARE(m_server->requests().at(2).json().value(u"messages"_s).toArray().size(), 1);
}

void TstCliConversation::chatSaveRefusesAnUnreadableFile()
{
    writeFile(u"broken.json"_s, "{\"format\": \"modelkit.conversation\", ");
    const Run r = run(chatArgs() << u"--user"_s << u"x"_s << u"--save"_s << u"broken.json"_s);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--save") && r.err.contains("invalid JSON"), r.err.constData());
    QCOMPARE(m_server->requests().size(), 0); // nothing was sent (and paid for)
    QCOMPARE(readFile(u"broken.json"_s), QByteArray("{\"format\": \"modelkit.conversation\", "));

    const Run noDir
        = run(chatArgs() << u"--user"_s << u"x"_s << u"--save"_s << u"no/such/dir.json"_s);
    QCOMPARE(noDir.exitCode, 2);
    QCOMPARE(m_server->requests().size(), 0);
}

void TstCliConversation::exportBodyIsWhatChatSends()
{
    writeFile(u"openai.json"_s, openAiBody);
    QStringList provider = chatArgs().mid(1);
    m_server->enqueue(ScriptedResponse::sse(fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    const Run chat
        = run(QStringList{u"chat"_s, u"--request"_s, u"openai.json"_s, u"--stream"_s} + provider);
    QVERIFY2(chat.exitCode == 0, chat.err.constData());
    const QJsonObject sent = m_server->requests().first().json();

    const Run body = run(
        QStringList{u"export"_s, u"openai.json"_s, u"--as"_s, u"body"_s, u"--stream"_s} + provider);
    QVERIFY2(body.exitCode == 0, body.err.constData());
    QCOMPARE(QJsonDocument::fromJson(body.out).object(), sent);

    const Run python
        = run(QStringList{u"export"_s, u"openai.json"_s, u"--as"_s, u"python"_s} + provider);
    QVERIFY2(python.exitCode == 0, python.err.constData());
    QVERIFY(
        python.out.contains("from autogen_ext.models.openai import OpenAIChatCompletionClient"));
    QVERIFY(python.out.contains("os.environ[\"CANARY_KEY\"]"));
}

void TstCliConversation::exportAsCodeNeverHoldsTheKey()
{
    writeFile(u"openai.json"_s, openAiBody);
    QProcessEnvironment env;
    env.insert(u"OPENAI_API_KEY"_s, QString::fromLatin1(canary));
    // The conversation's own provider (openai) and model, the key from OPENAI_API_KEY.
    const Run curl
        = run({u"export"_s, u"openai.json"_s, u"--as"_s, u"curl"_s, u"-o"_s, u"request.sh"_s}, env);
    QVERIFY2(curl.exitCode == 0, curl.err.constData());
    const QByteArray script = readFile(u"request.sh"_s);
    QVERIFY(script.contains("'https://api.openai.com/v1/chat/completions'"));
    QVERIFY(script.contains("-H 'Authorization: Bearer '\"$OPENAI_API_KEY\""));
    QVERIFY(script.contains("\"model\": \"gpt-4o-mini\""));
    const Run python = run(
        {u"export"_s, u"openai.json"_s, u"--as"_s, u"python"_s, u"-o"_s, u"request.py"_s}, env);
    QVERIFY2(python.exitCode == 0, python.err.constData());
    QCOMPARE(testsupport::filesContaining(m_dir->path(), canary), QStringList());
}

void TstCliConversation::exportUsesTheConversationsProfile()
{
    QProcessEnvironment env;
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
    const QString base = m_server->baseUrl().toString() + u"/v1"_s;
    const Run added
        = run({u"profile"_s, u"add"_s, u"Loopback"_s, u"--kind"_s, u"compatible"_s, u"--base-url"_s,
               base, u"--model"_s, u"profile-model"_s, u"--key-env"_s, u"PROFILE_TEST_KEY"_s},
              env);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    writeFile(u"stored.json"_s, R"({"format": "modelkit.conversation", "version": 1,
        "profile": "Loopback", "provider": "compatible", "model": "saved-model",
        "messages": [{"type": "UserMessage", "content": "Hi", "source": "user"}]})");
    const Run curl = run({u"export"_s, u"stored.json"_s, u"--as"_s, u"curl"_s}, env);
    QVERIFY2(curl.exitCode == 0, curl.err.constData());
    QVERIFY2(curl.out.contains(QByteArray(base.toUtf8() + "/chat/completions")),
             curl.out.constData());
    QVERIFY(curl.out.contains("\"$PROFILE_TEST_KEY\""));
    QVERIFY(curl.out.contains("\"model\": \"saved-model\""));

    // A profile that is not stored here: the conversation's provider instead.
    writeFile(u"elsewhere.json"_s, R"({"format": "modelkit.conversation", "version": 1,
        "profile": "Gone", "provider": "anthropic", "model": "claude-x",
        "messages": [{"type": "UserMessage", "content": "Hi", "source": "user"}]})");
    const Run body = run({u"export"_s, u"elsewhere.json"_s, u"--as"_s, u"body"_s}, env);
    QVERIFY2(body.exitCode == 0, body.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(body.out).object();
    QCOMPARE(json.value(u"model"_s).toString(), u"claude-x"_s);
    QVERIFY(json.value(u"max_tokens"_s).toInt() > 0); // Anthropic's body
}

void TstCliConversation::exportErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad format") << QStringList{u"--as"_s, u"xml"_s} << u"--as must be"_s;
    QTest::newRow("demo") << QStringList{u"--as"_s, u"curl"_s, u"--provider"_s, u"demo"_s}
                          << u"sends no HTTP request"_s;
    QTest::newRow("unknown profile")
        << QStringList{u"--as"_s, u"curl"_s, u"--profile"_s, u"nope"_s} << u"no profile named"_s;
    QTest::newRow("compatible without url")
        << QStringList{u"--as"_s, u"curl"_s, u"--provider"_s, u"compatible"_s}
        << u"needs --base-url"_s;
    QTest::newRow("refused parameter")
        << QStringList{u"--as"_s, u"curl"_s, u"--provider"_s, u"anthropic"_s} << u"seed"_s;
}

void TstCliConversation::exportErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    writeFile(u"conv.json"_s, R"({"messages": [{"type": "UserMessage", "content": "x"}],
                                  "parameters": {"seed": 1}})");
    const Run r = run(QStringList{u"export"_s, u"conv.json"_s} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // A conversation that names no provider needs one.
    const Run none = run({u"export"_s, u"conv.json"_s, u"--as"_s, u"body"_s});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains("names no provider"), none.err.constData());
}

QTEST_GUILESS_MAIN(TstCliConversation)
#include "tst_cliconversation.moc"
