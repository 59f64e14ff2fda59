// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/chatcompletionclient.h"
#include "core/completionjob.h"
#include "core/resultbuilder.h"
#include "core/tokenestimator.h"
#include "providers/replay/replayclient.h"
#include "providers/replay/replayscript.h"

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace {

constexpr int waitMs = 5000;

// ---- Recording helpers ---------------------------------------------------------------------

struct Delta
{
    enum class Kind { Text, Thought, ToolCall };
    Kind kind;
    QString text; // text, thought or arguments fragment
    int index = -1;
    QString id;
    QString name;
};

class RecordingObserver : public ResultBuilder::Observer
{
public:
    void textAppended(const QString &text) override
    {
        deltas.append({Delta::Kind::Text, text, -1, {}, {}});
    }
    void thoughtAppended(const QString &text) override
    {
        deltas.append({Delta::Kind::Thought, text, -1, {}, {}});
    }
    void toolCallAppended(int index, const QString &id, const QString &name,
                          const QString &argumentsFragment) override
    {
        deltas.append({Delta::Kind::ToolCall, argumentsFragment, index, id, name});
    }

    QList<Delta> deltas;
};

//! Everything a job emits, in order, including anything after finished().
class JobRecorder
{
public:
    explicit JobRecorder(CompletionJob *job)
    {
        QObject::connect(job, &CompletionJob::textDelta, job, [this](const QString &text) {
            note({Delta::Kind::Text, text, -1, {}, {}});
        });
        QObject::connect(job, &CompletionJob::thoughtDelta, job, [this](const QString &text) {
            note({Delta::Kind::Thought, text, -1, {}, {}});
        });
        QObject::connect(
            job, &CompletionJob::toolCallDelta, job,
            [this](int index, const QString &id, const QString &name, const QString &fragment) {
                note({Delta::Kind::ToolCall, fragment, index, id, name});
            });
        QObject::connect(job, &CompletionJob::finished, job, [this, job] {
            ++finishedCount;
            finishedWhileJobFinished = job->isFinished();
        });
    }

    QList<Delta> deltas;
    int finishedCount = 0;
    int deltasAfterFinished = 0;
    bool finishedWhileJobFinished = false;

    QList<Delta> of(Delta::Kind kind) const
    {
        QList<Delta> out;
        for (const Delta &d : deltas) {
            if (d.kind == kind)
                out << d;
        }
        return out;
    }
    QString joined(Delta::Kind kind) const
    {
        QString out;
        for (const Delta &d : of(kind))
            out += d.text;
        return out;
    }

private:
    void note(const Delta &delta)
    {
        if (finishedCount > 0)
            ++deltasAfterFinished;
        deltas << delta;
    }
};

// ---- Fixtures ------------------------------------------------------------------------------

CompletionRequest userRequest(const QString &text = u"Hello"_s)
{
    CompletionRequest request;
    request.messages = {SystemMessage{u"You are terse."_s}, UserMessage{text}};
    return request;
}

ToolSchema weatherTool()
{
    ToolSchema tool;
    tool.name = u"get_weather"_s;
    tool.description = u"Current weather for a city."_s;
    tool.parameters = QJsonObject{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
        {u"required"_s, QJsonArray{u"city"_s}}};
    return tool;
}

ReplayScript scriptOf(const QStringList &texts, int tokenDelayMs = 0, bool loop = false)
{
    ReplayScript script;
    for (const QString &text : texts)
        script.responses << ReplayScript::textResponse(text);
    script.tokenDelayMs = tokenDelayMs;
    script.loop = loop;
    return script;
}

ReplayScript scriptOf(const CreateResult &result, int tokenDelayMs = 0)
{
    ReplayScript script;
    script.responses << result;
    script.tokenDelayMs = tokenDelayMs;
    return script;
}

ReplayScript parseScript(const QByteArray &json)
{
    JsonError error;
    const auto script = ReplayScript::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (!script)
        qFatal("test script does not parse: %s", qPrintable(error.toString()));
    return *script;
}

const QString foxText = u"The quick brown fox jumps over the lazy dog, twice:\n  the quick brown "
                        "fox jumps over the lazy dog again."_s;

//! 200 words: seconds of streaming at a realistic pace.
QString manyWords()
{
    QString text;
    for (int i = 0; i < 200; ++i)
        text += u"word%1 "_s.arg(i);
    return text;
}

//! Waits (bounded) for the job to finish; true when it did.
bool waitFinished(CompletionJob *job)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &CompletionJob::finished);
    return spy.wait(waitMs) || job->isFinished();
}

} // namespace

Q_DECLARE_METATYPE(modelkit::FinishReason)
Q_DECLARE_METATYPE(modelkit::ModelError::Kind)

class tst_CompletionJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ResultBuilder
    void builderTextAndThought();
    void builderEmpty();
    void builderToolCallFragments();
    void builderToolCallsSortedByIndex();
    void builderRepeatedToolName();
    void builderTextBesideCallsBecomesThought();
    void builderFinishReason_data();
    void builderFinishReason();
    void builderCarriesMetadata();
    void builderObserverSeesEveryDelta();

    // TokenEstimator
    void estimatorEmpty();
    void estimatorMonotonic();
    void estimatorEnglish_data();
    void estimatorEnglish();
    void estimatorCjk_data();
    void estimatorCjk();
    void estimatorImages();
    void estimatorMessagesAndRequest();

    // ReplayClient and the CompletionJob contract
    void replayCreateInOrder();
    void replayLoop();
    void replayNonStreamingDeliversWholeContent();
    void replayStreamsText_data();
    void replayStreamsText();
    void replayStreamsToolCalls();
    void finishedOnceAndNeverInsideCreate_data();
    void finishedOnceAndNeverInsideCreate();
    void failedJobReportsOnNextTurn();
    void cancelMidStream();
    void cancelFromDeltaSlot();
    void cancelBeforeStart();
    void usageEstimatedWhenScriptHasNone();
    void scriptedUsageKept();
    void cachedResultsCountOnlyInTotal();
    void validation_data();
    void validation();
    void closeCancelsRunningJobs();
    void remainingTokens();
    void replayedResultMatchesScript_data();
    void replayedResultMatchesScript();
    void replayExchangeRecord();
    void scriptFromJson();
    void scriptFromJsonErrors_data();
    void scriptFromJsonErrors();
};

// ---- ResultBuilder -------------------------------------------------------------------------

void tst_CompletionJob::builderTextAndThought()
{
    ResultBuilder builder;
    builder.appendThought(u"Let me "_s);
    builder.appendText(u"Hello"_s);
    builder.appendThought(u"think."_s);
    builder.appendText(QString());
    builder.appendText(u", world"_s);
    QVERIFY(builder.hasDeltas());
    QCOMPARE(builder.text(), u"Hello, world"_s);

    const CreateResult result = builder.build();
    QVERIFY(!result.hasFunctionCalls());
    QCOMPARE(result.text(), u"Hello, world"_s);
    QVERIFY(result.thought.has_value());
    QCOMPARE(*result.thought, u"Let me think."_s);
    QCOMPARE(result.finishReason, FinishReason::Unknown);
    QVERIFY(!builder.hasFinishReason());
    QVERIFY(!builder.hasUsage());
}

void tst_CompletionJob::builderEmpty()
{
    ResultBuilder builder;
    builder.appendText(QString());
    builder.appendThought(QString());
    QVERIFY(!builder.hasDeltas());
    const CreateResult result = builder.build();
    QCOMPARE(result.text(), QString());
    QVERIFY(!result.thought.has_value());
    QVERIFY(!result.logprobs.has_value());
    QVERIFY(result.usage.isZero());
    QCOMPARE(result.finishReason, FinishReason::Unknown);
}

void tst_CompletionJob::builderToolCallFragments()
{
    ResultBuilder builder;
    // OpenAI: id and name in the first fragment, then argument pieces with neither.
    builder.appendToolCall(0, u"call_a"_s, u"get_weather"_s, QString());
    builder.appendToolCall(0, {}, {}, u"{\"ci"_s);
    builder.appendToolCall(0, {}, {}, u"ty\": \"Par"_s);
    builder.appendToolCall(0, {}, {}, u"is\"}"_s);
    builder.appendToolCall(1, u"call_b"_s, u"get_time"_s, u"{}"_s); // Gemini: all at once
    QVERIFY(builder.hasDeltas());

    const CreateResult result = builder.build();
    QVERIFY(result.hasFunctionCalls());
    const QList<FunctionCall> calls = result.functionCalls();
    QCOMPARE(calls.size(), 2);
    QVERIFY(
        (calls.at(0) == FunctionCall{u"call_a"_s, u"get_weather"_s, u"{\"city\": \"Paris\"}"_s}));
    QVERIFY((calls.at(1) == FunctionCall{u"call_b"_s, u"get_time"_s, u"{}"_s}));
    QVERIFY(!result.thought.has_value());
    QCOMPARE(result.text(), QString());
}

void tst_CompletionJob::builderToolCallsSortedByIndex()
{
    ResultBuilder builder;
    builder.appendToolCall(2, u"c2"_s, u"third"_s, u"{\"n\":"_s);
    builder.appendToolCall(0, u"c0"_s, u"first"_s, QString());
    builder.appendToolCall(1, u"c1"_s, u"second"_s, u"{}"_s);
    builder.appendToolCall(2, {}, {}, u"3}"_s);
    builder.appendToolCall(0, {}, {}, u"{\"n\":1}"_s);

    const QList<FunctionCall> calls = builder.build().functionCalls();
    QCOMPARE(calls.size(), 3);
    QVERIFY((calls.at(0) == FunctionCall{u"c0"_s, u"first"_s, u"{\"n\":1}"_s}));
    QVERIFY((calls.at(1) == FunctionCall{u"c1"_s, u"second"_s, u"{}"_s}));
    QVERIFY((calls.at(2) == FunctionCall{u"c2"_s, u"third"_s, u"{\"n\":3}"_s}));
}

void tst_CompletionJob::builderRepeatedToolName()
{
    // Some OpenAI-compatible servers repeat id and name in every fragment.
    ResultBuilder builder;
    builder.appendToolCall(0, u"c"_s, u"lookup"_s, u"{\"q\":"_s);
    builder.appendToolCall(0, u"c"_s, u"lookup"_s, u"\"x\"}"_s);
    const QList<FunctionCall> calls = builder.build().functionCalls();
    QCOMPARE(calls.size(), 1);
    QVERIFY((calls.at(0) == FunctionCall{u"c"_s, u"lookup"_s, u"{\"q\":\"x\"}"_s}));
}

void tst_CompletionJob::builderTextBesideCallsBecomesThought()
{
    ResultBuilder plain;
    plain.appendText(u"I'll check the weather."_s);
    plain.appendToolCall(0, u"c"_s, u"get_weather"_s, u"{}"_s);
    CreateResult result = plain.build();
    QVERIFY(result.hasFunctionCalls());
    QVERIFY(result.thought.has_value());
    QCOMPARE(*result.thought, u"I'll check the weather."_s);
    QCOMPARE(plain.text(), u"I'll check the weather."_s);

    ResultBuilder withThought;
    withThought.appendThought(u"Weather needs a tool."_s);
    withThought.appendText(u"Checking."_s);
    withThought.appendToolCall(0, u"c"_s, u"get_weather"_s, u"{}"_s);
    result = withThought.build();
    QVERIFY(result.hasFunctionCalls());
    QCOMPARE(*result.thought, u"Weather needs a tool.\n\nChecking."_s);
}

void tst_CompletionJob::builderFinishReason_data()
{
    QTest::addColumn<bool>("set");
    QTest::addColumn<FinishReason>("reason");
    QTest::addColumn<bool>("withCalls");
    QTest::addColumn<FinishReason>("expected");

    QTest::newRow("stop") << true << FinishReason::Stop << false << FinishReason::Stop;
    QTest::newRow("stop with calls")
        << true << FinishReason::Stop << true << FinishReason::FunctionCalls;
    QTest::newRow("function_calls")
        << true << FinishReason::FunctionCalls << true << FinishReason::FunctionCalls;
    QTest::newRow("length with calls")
        << true << FinishReason::Length << true << FinishReason::Length;
    QTest::newRow("content_filter")
        << true << FinishReason::ContentFilter << false << FinishReason::ContentFilter;
    QTest::newRow("content_filter with calls")
        << true << FinishReason::ContentFilter << true << FinishReason::ContentFilter;
    QTest::newRow("unset") << false << FinishReason::Stop << false << FinishReason::Unknown;
    QTest::newRow("unset with calls")
        << false << FinishReason::Stop << true << FinishReason::Unknown;
}

void tst_CompletionJob::builderFinishReason()
{
    QFETCH(bool, set);
    QFETCH(FinishReason, reason);
    QFETCH(bool, withCalls);
    QFETCH(FinishReason, expected);

    ResultBuilder builder;
    builder.appendText(u"text"_s);
    if (withCalls)
        builder.appendToolCall(0, u"c"_s, u"f"_s, u"{}"_s);
    if (set)
        builder.setFinishReason(reason);
    QCOMPARE(builder.hasFinishReason(), set);
    QCOMPARE(builder.build().finishReason, expected);
}

void tst_CompletionJob::builderCarriesMetadata()
{
    ResultBuilder builder;
    RequestUsage usage;
    usage.promptTokens = 12;
    usage.completionTokens = 7;
    usage.reasoningTokens = 3;
    builder.appendText(u"Hi"_s);
    builder.setUsage(usage);
    const QJsonObject first{{u"token"_s, u"H"_s}, {u"logprob"_s, -0.5}};
    const QJsonObject second{{u"token"_s, u"i"_s}, {u"logprob"_s, -0.25}};
    builder.appendLogprobs(QJsonArray{first});
    builder.appendLogprobs(QJsonArray{second});
    builder.setModel(u"gpt-4o-mini"_s);
    builder.setResponseId(u"chatcmpl-9"_s);
    builder.setRaw(QJsonObject{{u"id"_s, u"chatcmpl-9"_s}});
    builder.setCached(true);
    builder.setFinishReason(FinishReason::Stop);
    QVERIFY(builder.hasUsage());

    const CreateResult result = builder.build();
    QVERIFY(result.usage == usage);
    QVERIFY(result.logprobs.has_value());
    QCOMPARE(*result.logprobs, (QJsonArray{first, second}));
    QCOMPARE(result.model, u"gpt-4o-mini"_s);
    QCOMPARE(result.responseId, u"chatcmpl-9"_s);
    QCOMPARE(result.raw, (QJsonObject{{u"id"_s, u"chatcmpl-9"_s}}));
    QVERIFY(result.cached);
    QCOMPARE(result.finishReason, FinishReason::Stop);

    // Requested logprobs with no tokens is an empty list, not "not requested".
    ResultBuilder empty;
    empty.appendLogprobs(QJsonArray());
    QVERIFY(empty.build().logprobs.has_value());
    QVERIFY(empty.build().logprobs->isEmpty());
}

void tst_CompletionJob::builderObserverSeesEveryDelta()
{
    RecordingObserver observer;
    ResultBuilder builder;
    builder.setObserver(&observer);
    builder.appendThought(u"Hmm."_s);
    builder.appendText(u"A"_s);
    builder.appendText(QString()); // nothing to tell
    builder.appendToolCall(0, u"c"_s, u"f"_s, QString());
    builder.appendToolCall(0, {}, {}, u"{}"_s);
    builder.appendText(u"B"_s);

    QCOMPARE(observer.deltas.size(), 5);
    QCOMPARE(observer.deltas.at(0).kind, Delta::Kind::Thought);
    QCOMPARE(observer.deltas.at(0).text, u"Hmm."_s);
    QCOMPARE(observer.deltas.at(1).kind, Delta::Kind::Text);
    QCOMPARE(observer.deltas.at(1).text, u"A"_s);
    QCOMPARE(observer.deltas.at(2).kind, Delta::Kind::ToolCall);
    QCOMPARE(observer.deltas.at(2).index, 0);
    QCOMPARE(observer.deltas.at(2).id, u"c"_s);
    QCOMPARE(observer.deltas.at(2).name, u"f"_s);
    QCOMPARE(observer.deltas.at(2).text, QString());
    QCOMPARE(observer.deltas.at(3).kind, Delta::Kind::ToolCall);
    QCOMPARE(observer.deltas.at(3).id, QString());
    QCOMPARE(observer.deltas.at(3).text, u"{}"_s);
    QCOMPARE(observer.deltas.at(4).text, u"B"_s);

    builder.setObserver(nullptr);
    builder.appendText(u"C"_s);
    QCOMPARE(observer.deltas.size(), 5);
    QCOMPARE(builder.text(), u"ABC"_s);
}

// ---- TokenEstimator ------------------------------------------------------------------------

void tst_CompletionJob::estimatorEmpty()
{
    QCOMPARE(TokenEstimator::text(u""), 0);
    QCOMPARE(TokenEstimator::text(QString()), 0);
    QCOMPARE(TokenEstimator::text(u"   \n\t "), 0);
    QCOMPARE(TokenEstimator::tools({}), 0);
    QCOMPARE(TokenEstimator::request({}, {}), TokenEstimator::replyPriming);
}

void tst_CompletionJob::estimatorMonotonic()
{
    // Growing a text never lowers its estimate, whatever the script.
    const QString text = u"Internationalization, naïve café; 東京タワー 🗼 x=42! "
                         "supercalifragilisticexpialidocious  end."_s;
    qint64 previous = 0;
    for (qsizetype n = 1; n <= text.size(); ++n) {
        const qint64 tokens = TokenEstimator::text(QStringView(text).left(n));
        QVERIFY2(tokens >= previous, qPrintable(u"at %1 characters"_s.arg(n)));
        previous = tokens;
    }
    QVERIFY(previous > 0);
    QVERIFY(TokenEstimator::text(QString(text + text)) > TokenEstimator::text(text));
    QVERIFY(TokenEstimator::text(QString(400, u'a')) > TokenEstimator::text(QString(40, u'a')));
}

void tst_CompletionJob::estimatorEnglish_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("low");
    QTest::addColumn<int>("high");

    // Generous bands around what BPE tokenizers (cl100k, o200k) give for English prose.
    QTest::newRow("fox") << u"The quick brown fox jumps over the lazy dog."_s << 8 << 14;
    QTest::newRow("one word") << u"Hello"_s << 1 << 2;
    QTest::newRow("long words") << u"Internationalization and telecommunications infrastructure."_s
                                << 6 << 18;
    QTest::newRow("paragraph")
        << u"Large language models predict the next token of a text. A tokenizer splits the "
           "text into pieces, and each piece is looked up in a vocabulary before the model "
           "ever sees it."_s
        << 34 << 52;
}

void tst_CompletionJob::estimatorEnglish()
{
    QFETCH(QString, text);
    QFETCH(int, low);
    QFETCH(int, high);

    const qint64 tokens = TokenEstimator::text(text);
    QVERIFY2(tokens >= low && tokens <= high, qPrintable(QString::number(tokens)));
}

void tst_CompletionJob::estimatorCjk_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tokens");

    QTest::newRow("chinese") << u"你好世界"_s << 4;
    QTest::newRow("japanese") << u"こんにちは"_s << 5;
    QTest::newRow("korean") << u"안녕하세요"_s << 5;
    QTest::newRow("chinese punctuation") << u"你好，世界。"_s << 6;
    QTest::newRow("mixed") << u"Hello 世界"_s << 3;
    QTest::newRow("emoji") << u"👍👍"_s << 2;
}

void tst_CompletionJob::estimatorCjk()
{
    QFETCH(QString, text);
    QFETCH(int, tokens);

    QCOMPARE(TokenEstimator::text(text), tokens);
}

void tst_CompletionJob::estimatorImages()
{
    UserMessage one;
    one.content = QList<UserContentPart>{u"Look"_s, Image::fromBytes("\x89PNG\r\n\x1a\n")};
    QCOMPARE(TokenEstimator::message(one), TokenEstimator::tokensPerMessage
                                               + TokenEstimator::text(u"Look")
                                               + TokenEstimator::tokensPerImage);

    UserMessage two = one;
    std::get<QList<UserContentPart>>(two.content)
        << Image::fromUrl(QUrl(u"https://example.com/a.png"_s));
    QCOMPARE(TokenEstimator::message(two),
             TokenEstimator::message(one) + TokenEstimator::tokensPerImage);
}

void tst_CompletionJob::estimatorMessagesAndRequest()
{
    const SystemMessage system{u"Be brief."_s};
    QCOMPARE(TokenEstimator::message(system),
             TokenEstimator::tokensPerMessage + TokenEstimator::text(system.content));

    AssistantMessage calls;
    calls.content = QList<FunctionCall>{{u"c"_s, u"get_weather"_s, u"{\"city\":\"Paris\"}"_s}};
    QVERIFY(TokenEstimator::message(calls)
            > TokenEstimator::tokensPerMessage + TokenEstimator::text(u"{\"city\":\"Paris\"}"));

    FunctionExecutionResultMessage results;
    results.content = {{u"21 degrees"_s, u"get_weather"_s, u"c"_s, false},
                       {u"sunny"_s, u"get_sky"_s, u"d"_s, false}};
    QCOMPARE(TokenEstimator::message(results),
             TokenEstimator::tokensPerMessage + TokenEstimator::text(u"21 degrees")
                 + TokenEstimator::text(u"sunny") + 2 * TokenEstimator::tokensPerMessage);

    const QList<LlmMessage> messages{system, UserMessage{u"What is the weather in Paris?"_s}, calls,
                                     results};
    qint64 sum = TokenEstimator::replyPriming;
    for (const LlmMessage &m : messages)
        sum += TokenEstimator::message(m);
    QCOMPARE(TokenEstimator::request(messages, {}), sum);
    // Per-message overhead: the same text split over more messages costs more.
    QCOMPARE(TokenEstimator::request({UserMessage{u"a b"_s}}, {}),
             TokenEstimator::replyPriming + TokenEstimator::tokensPerMessage + 2);
    QCOMPARE(TokenEstimator::request({UserMessage{u"a"_s}, UserMessage{u"b"_s}}, {}),
             TokenEstimator::replyPriming + 2 * TokenEstimator::tokensPerMessage + 2);

    const qint64 tools = TokenEstimator::tools({weatherTool()});
    QVERIFY(tools > TokenEstimator::text(weatherTool().description));
    QCOMPARE(TokenEstimator::request(messages, {weatherTool()}), sum + tools);
}

// ---- ReplayClient --------------------------------------------------------------------------

void tst_CompletionJob::replayCreateInOrder()
{
    ReplayClient client(scriptOf({u"first"_s, u"second"_s, u"third"_s}));
    QCOMPARE(client.providerName(), u"replay"_s);
    QCOMPARE(client.remainingResponses(), 3);

    const QStringList expected{u"first"_s, u"second"_s, u"third"_s};
    for (const QString &text : expected) {
        CompletionJob *job = client.create(userRequest());
        QVERIFY(job);
        QVERIFY(!job->isStreaming());
        QVERIFY(waitFinished(job));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        const CreateResult result = job->result();
        QCOMPARE(result.text(), text);
        QCOMPARE(result.finishReason, FinishReason::Stop);
        QCOMPARE(result.model, u"replay"_s);
        QVERIFY(result.cached);
        delete job;
    }
    QCOMPARE(client.remainingResponses(), 0);

    CompletionJob *exhausted = client.create(userRequest());
    QVERIFY(!exhausted->isFinished());
    QVERIFY(waitFinished(exhausted));
    QVERIFY(exhausted->hasError());
    QCOMPARE(exhausted->error().kind, ModelError::Kind::InvalidRequest);
    QVERIFY2(exhausted->error().message.contains(u"no more responses"_s),
             qPrintable(exhausted->error().message));

    client.reset();
    client.setModel(u"scripted-model"_s);
    CompletionJob *again = client.createStream(userRequest());
    QVERIFY(waitFinished(again));
    QCOMPARE(again->result().text(), u"first"_s);
    QCOMPARE(again->result().model, u"scripted-model"_s);
}

void tst_CompletionJob::replayLoop()
{
    ReplayClient client(scriptOf({u"a"_s, u"b"_s}, 0, true));
    QStringList texts;
    for (int i = 0; i < 5; ++i) {
        CompletionJob *job = client.create(userRequest());
        QVERIFY(waitFinished(job));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        texts << job->result().text();
        job->deleteLater();
    }
    QCOMPARE(texts, (QStringList{u"a"_s, u"b"_s, u"a"_s, u"b"_s, u"a"_s}));
    QCOMPARE(client.remainingResponses(), 2);
}

void tst_CompletionJob::replayNonStreamingDeliversWholeContent()
{
    CreateResult scripted = ReplayScript::textResponse(foxText);
    scripted.thought = u"Pangram time."_s;
    ReplayScript script = scriptOf(scripted, 5);
    ReplayClient client(script);

    CompletionJob *job = client.create(userRequest());
    JobRecorder recorder(job);
    QVERIFY(waitFinished(job));
    QCOMPARE(recorder.finishedCount, 1);
    // The whole content once, just before finished().
    QCOMPARE(recorder.deltas.size(), 2);
    QCOMPARE(recorder.deltas.at(0).kind, Delta::Kind::Thought);
    QCOMPARE(recorder.deltas.at(0).text, u"Pangram time."_s);
    QCOMPARE(recorder.deltas.at(1).kind, Delta::Kind::Text);
    QCOMPARE(recorder.deltas.at(1).text, foxText);
    QCOMPARE(job->result().text(), foxText);
    QCOMPARE(*job->result().thought, u"Pangram time."_s);
}

void tst_CompletionJob::replayStreamsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("thought");
    QTest::addColumn<int>("tokenDelayMs");

    QTest::newRow("paced") << foxText << u"The user wants a pangram, twice."_s << 3;
    QTest::newRow("unpaced") << foxText << u"Quick thought."_s << 0;
    QTest::newRow("whitespace kept") << u"  leading\n\nand trailing  \t"_s << QString() << 2;
    QTest::newRow("cjk") << u"你好 世界 こんにちは"_s << QString() << 2;
}

void tst_CompletionJob::replayStreamsText()
{
    QFETCH(QString, text);
    QFETCH(QString, thought);
    QFETCH(int, tokenDelayMs);

    CreateResult scripted = ReplayScript::textResponse(text);
    if (!thought.isEmpty())
        scripted.thought = thought;
    ReplayClient client(scriptOf(scripted, tokenDelayMs));

    CompletionJob *job = client.createStream(userRequest());
    QVERIFY(job->isStreaming());
    QVERIFY(!job->isFinished());
    JobRecorder recorder(job);
    QVERIFY(waitFinished(job));
    QCOMPARE(recorder.finishedCount, 1);
    QVERIFY(recorder.finishedWhileJobFinished);
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));

    const QList<Delta> texts = recorder.of(Delta::Kind::Text);
    QVERIFY2(texts.size() > 1, "a streamed reply arrives in several pieces");
    QCOMPARE(recorder.joined(Delta::Kind::Text), text);
    QCOMPARE(recorder.joined(Delta::Kind::Thought), thought);
    // Reasoning comes before the answer.
    bool seenText = false;
    for (const Delta &d : recorder.deltas) {
        if (d.kind == Delta::Kind::Text)
            seenText = true;
        else
            QVERIFY2(!seenText, "a thought delta arrived after a text delta");
        QVERIFY(!d.text.isEmpty());
    }
    QVERIFY(recorder.of(Delta::Kind::ToolCall).isEmpty());

    const CreateResult result = job->result();
    QCOMPARE(result.text(), text);
    QCOMPARE(result.thought.has_value(), !thought.isEmpty());
    if (result.thought)
        QCOMPARE(*result.thought, thought);
    QCOMPARE(result.finishReason, FinishReason::Stop);

    QTest::qWait(30);
    QCOMPARE(recorder.finishedCount, 1);
    QCOMPARE(recorder.deltasAfterFinished, 0);
}

void tst_CompletionJob::replayStreamsToolCalls()
{
    CreateResult scripted;
    scripted.finishReason = FinishReason::FunctionCalls;
    scripted.content = QList<FunctionCall>{
        {u"call_1"_s, u"get_weather"_s, u"{\"city\": \"Paris\", \"unit\": \"celsius\"}"_s},
        {u"call_2"_s, u"get_time"_s, u"{\"tz\":\"CET\"}"_s},
    };
    scripted.thought = u"Two tools are needed."_s;
    scripted.cached = true;
    ReplayClient client(scriptOf(scripted, 2));

    CompletionJob *job = client.createStream(userRequest());
    JobRecorder recorder(job);
    QVERIFY(waitFinished(job));
    QCOMPARE(recorder.finishedCount, 1);
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));

    QCOMPARE(recorder.joined(Delta::Kind::Thought), u"Two tools are needed."_s);
    QVERIFY(recorder.of(Delta::Kind::Text).isEmpty());
    const QList<Delta> fragments = recorder.of(Delta::Kind::ToolCall);
    const QList<FunctionCall> calls = scripted.functionCalls();
    for (int index = 0; index < calls.size(); ++index) {
        QList<Delta> ofCall;
        for (const Delta &d : fragments) {
            if (d.index == index)
                ofCall << d;
        }
        QVERIFY(ofCall.size() >= 2);
        // The first fragment names the call; the rest carry only argument pieces.
        QCOMPARE(ofCall.first().id, calls.at(index).id);
        QCOMPARE(ofCall.first().name, calls.at(index).name);
        QString arguments;
        for (qsizetype i = 0; i < ofCall.size(); ++i) {
            if (i > 0) {
                QCOMPARE(ofCall.at(i).id, QString());
                QCOMPARE(ofCall.at(i).name, QString());
            }
            arguments += ofCall.at(i).text;
        }
        QCOMPARE(arguments, calls.at(index).arguments);
    }
    // Calls are streamed one after the other.
    for (qsizetype i = 1; i < fragments.size(); ++i)
        QVERIFY(fragments.at(i).index >= fragments.at(i - 1).index);
    QVERIFY(fragments.size() > 3);

    const CreateResult result = job->result();
    QVERIFY(result.hasFunctionCalls());
    QVERIFY(result.functionCalls() == calls);
    QCOMPARE(result.finishReason, FinishReason::FunctionCalls);
    QCOMPARE(*result.thought, u"Two tools are needed."_s);
}

void tst_CompletionJob::finishedOnceAndNeverInsideCreate_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::addColumn<int>("problem"); // 0 none, 1 no messages, 2 unsupported, 3 exhausted
    QTest::addColumn<bool>("expectError");

    QTest::newRow("create") << false << 0 << false;
    QTest::newRow("stream") << true << 0 << false;
    QTest::newRow("create, no messages") << false << 1 << true;
    QTest::newRow("stream, no messages") << true << 1 << true;
    QTest::newRow("create, unsupported") << false << 2 << true;
    QTest::newRow("stream, unsupported") << true << 2 << true;
    QTest::newRow("create, exhausted") << false << 3 << true;
    QTest::newRow("stream, exhausted") << true << 3 << true;
}

void tst_CompletionJob::finishedOnceAndNeverInsideCreate()
{
    QFETCH(bool, streaming);
    QFETCH(int, problem);
    QFETCH(bool, expectError);

    ReplayClient client(scriptOf({u"one two three"_s}, 1));
    CompletionRequest request = userRequest();
    if (problem == 1)
        request.messages.clear();
    if (problem == 2) {
        ModelInfo info = ModelInfo::permissive();
        info.functionCalling = false;
        client.setModelInfo(info);
        request.tools = {weatherTool()};
    }
    if (problem == 3) {
        CompletionJob *first = client.create(userRequest());
        QVERIFY(waitFinished(first));
    }

    CompletionJob *job = streaming ? client.createStream(request) : client.create(request);
    QVERIFY(job);
    QCOMPARE(job->isStreaming(), streaming);
    QVERIFY2(!job->isFinished(), "finished inside create()");
    // Connected only now: a finished() emitted inside create() would be lost here.
    JobRecorder recorder(job);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount, 1, waitMs);
    QCOMPARE(job->hasError(), expectError);
    QTest::qWait(30);
    QCOMPARE(recorder.finishedCount, 1);
    QCOMPARE(recorder.deltasAfterFinished, 0);
    if (expectError)
        QVERIFY(recorder.deltas.isEmpty());
    else
        QCOMPARE(recorder.joined(Delta::Kind::Text), u"one two three"_s);
}

void tst_CompletionJob::failedJobReportsOnNextTurn()
{
    QObject parent;
    const ModelError error = ModelError::make(ModelError::Kind::Network, u"refused"_s);
    CompletionJob *job = CompletionJob::failed(error, true, &parent);
    QCOMPARE(job->parent(), &parent);
    QVERIFY(job->isStreaming());
    QVERIFY(!job->isFinished());
    QVERIFY(!job->hasError());
    JobRecorder recorder(job);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount, 1, waitMs);
    QVERIFY(job->hasError());
    QVERIFY(job->error() == error);
    QVERIFY(job->result().text().isEmpty());

    // Cancelling before the next turn wins; the pending failure is dropped.
    CompletionJob *cancelled = CompletionJob::failed(error, false, &parent);
    JobRecorder cancelRecorder(cancelled);
    cancelled->cancel();
    QCOMPARE(cancelRecorder.finishedCount, 1);
    QCOMPARE(cancelled->error().kind, ModelError::Kind::Cancelled);
    QTest::qWait(20);
    QCOMPARE(cancelRecorder.finishedCount, 1);
    QCOMPARE(cancelled->error().kind, ModelError::Kind::Cancelled);
}

void tst_CompletionJob::cancelMidStream()
{
    // Many words at 20 ms each: seconds of streaming, cancelled after a few pieces.
    const QString longText = manyWords();
    ReplayClient client(scriptOf({longText}, 20));
    QSignalSpy usageChanged(&client, &ChatCompletionClient::usageChanged);

    CompletionJob *job = client.createStream(userRequest());
    JobRecorder recorder(job);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.of(Delta::Kind::Text).size() >= 3, waitMs);
    QVERIFY(!job->isFinished());
    // While running, result() is the reply so far.
    QCOMPARE(job->result().text(), recorder.joined(Delta::Kind::Text));

    job->cancel();
    QCOMPARE(recorder.finishedCount, 1); // synchronously
    QVERIFY(job->isFinished());
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind, ModelError::Kind::Cancelled);
    const QString partial = job->result().text();
    QCOMPARE(partial, recorder.joined(Delta::Kind::Text));
    QVERIFY(!partial.isEmpty());
    QVERIFY(longText.startsWith(partial));
    QVERIFY(partial.size() < longText.size());

    const qsizetype deltasAtCancel = recorder.deltas.size();
    job->cancel(); // a second cancel does nothing
    QTest::qWait(150);
    QCOMPARE(recorder.finishedCount, 1);
    QCOMPARE(recorder.deltas.size(), deltasAtCancel);
    QCOMPARE(recorder.deltasAfterFinished, 0);
    QCOMPARE(job->result().text(), partial);
    // The replay reports usage only at the end, so nothing was counted.
    QVERIFY(client.totalUsage().isZero());
    QCOMPARE(usageChanged.count(), 0);
}

void tst_CompletionJob::cancelFromDeltaSlot()
{
    for (int tokenDelayMs : {0, 5}) {
        ReplayClient client(scriptOf({foxText}, tokenDelayMs));
        CompletionJob *job = client.createStream(userRequest());
        JobRecorder recorder(job);
        connect(job, &CompletionJob::textDelta, job, [job] { job->cancel(); });
        QTRY_COMPARE_WITH_TIMEOUT(recorder.finishedCount, 1, waitMs);
        QCOMPARE(job->error().kind, ModelError::Kind::Cancelled);
        QCOMPARE(recorder.of(Delta::Kind::Text).size(), 1);
        QTest::qWait(50);
        QCOMPARE(recorder.finishedCount, 1);
        QCOMPARE(recorder.deltasAfterFinished, 0);
        QCOMPARE(job->result().text(), recorder.joined(Delta::Kind::Text));
    }
}

void tst_CompletionJob::cancelBeforeStart()
{
    ReplayClient client(scriptOf({u"never sent"_s}));
    CompletionJob *job = client.create(userRequest());
    JobRecorder recorder(job);
    job->cancel();
    QCOMPARE(recorder.finishedCount, 1);
    QCOMPARE(job->error().kind, ModelError::Kind::Cancelled);
    QTest::qWait(30);
    QCOMPARE(recorder.finishedCount, 1);
    QVERIFY(recorder.deltas.isEmpty());
    QCOMPARE(job->result().text(), QString());
}

void tst_CompletionJob::usageEstimatedWhenScriptHasNone()
{
    CreateResult scripted = ReplayScript::textResponse(foxText);
    scripted.thought = u"Pangram."_s;
    ReplayClient client(scriptOf(scripted));
    CompletionRequest request = userRequest(u"Write a pangram, twice."_s);
    request.tools = {weatherTool()};

    CompletionJob *job = client.create(request);
    QVERIFY(waitFinished(job));
    const RequestUsage usage = job->result().usage;
    QCOMPARE(usage.promptTokens, TokenEstimator::request(request.messages, request.tools));
    QCOMPARE(usage.completionTokens,
             TokenEstimator::text(foxText) + TokenEstimator::text(u"Pangram."));
    QVERIFY(usage.promptTokens > 0);

    CreateResult withCalls;
    withCalls.finishReason = FinishReason::FunctionCalls;
    withCalls.content = QList<FunctionCall>{{u"c"_s, u"get_weather"_s, u"{\"city\":\"Oslo\"}"_s}};
    ReplayClient callsClient(scriptOf(withCalls));
    CompletionJob *callsJob = callsClient.create(request);
    QVERIFY(waitFinished(callsJob));
    QCOMPARE(callsJob->result().usage.completionTokens,
             TokenEstimator::text(u"get_weather") + TokenEstimator::text(u"{\"city\":\"Oslo\"}"));
}

void tst_CompletionJob::scriptedUsageKept()
{
    CreateResult scripted = ReplayScript::textResponse(u"ok"_s);
    scripted.usage.promptTokens = 1000;
    scripted.usage.completionTokens = 2;
    scripted.usage.cachedPromptTokens = 900;
    ReplayClient client(scriptOf(scripted));
    CompletionJob *job = client.create(userRequest());
    QVERIFY(waitFinished(job));
    QVERIFY(job->result().usage == scripted.usage);
}

void tst_CompletionJob::cachedResultsCountOnlyInTotal()
{
    ReplayClient client(parseScript(
        R"({"responses":["a cached reply",{"finish_reason":"stop","content":"a live reply",)"
        R"("cached":false,"usage":{"prompt_tokens":12,"completion_tokens":3}}]})"));
    QSignalSpy usageChanged(&client, &ChatCompletionClient::usageChanged);
    QVERIFY(client.totalUsage().isZero());

    CompletionJob *cached = client.create(userRequest());
    QVERIFY(waitFinished(cached));
    QVERIFY(cached->result().cached);
    const RequestUsage estimated = cached->result().usage;
    QVERIFY(estimated.totalTokens() > 0);
    QVERIFY(client.totalUsage() == estimated);
    QVERIFY(client.actualUsage().isZero());
    QCOMPARE(usageChanged.count(), 1);

    CompletionJob *live = client.createStream(userRequest());
    QVERIFY(waitFinished(live));
    QVERIFY(!live->result().cached);
    RequestUsage liveUsage;
    liveUsage.promptTokens = 12;
    liveUsage.completionTokens = 3;
    QVERIFY(live->result().usage == liveUsage);
    RequestUsage total = estimated;
    total += liveUsage;
    QVERIFY(client.totalUsage() == total);
    QVERIFY(client.actualUsage() == liveUsage);
    QCOMPARE(usageChanged.count(), 2);

    // A failed call adds nothing.
    CompletionJob *exhausted = client.create(userRequest());
    QVERIFY(waitFinished(exhausted));
    QVERIFY(exhausted->hasError());
    QVERIFY(client.totalUsage() == total);
    QCOMPARE(usageChanged.count(), 2);
}

void tst_CompletionJob::validation_data()
{
    QTest::addColumn<int>("setup");
    QTest::addColumn<ModelError::Kind>("kind");
    QTest::addColumn<QString>("message");

    using K = ModelError::Kind;
    QTest::newRow("no messages") << 0 << K::InvalidRequest << u"no messages"_s;
    QTest::newRow("duplicate tool") << 1 << K::InvalidRequest << u"defined twice"_s;
    QTest::newRow("image to a text model")
        << 2 << K::Unsupported << u"model \"replay\" does not accept images"_s;
    QTest::newRow("tools without function calling")
        << 3 << K::Unsupported << u"does not support function calling"_s;
    QTest::newRow("json object without json output")
        << 4 << K::Unsupported << u"does not support JSON output"_s;
    QTest::newRow("schema without structured output")
        << 5 << K::Unsupported << u"does not support structured output"_s;
    QTest::newRow("two system messages")
        << 6 << K::Unsupported << u"accepts only one system message"_s;
}

void tst_CompletionJob::validation()
{
    QFETCH(int, setup);
    QFETCH(ModelError::Kind, kind);
    QFETCH(QString, message);

    ReplayClient client(scriptOf({u"unused"_s}));
    ModelInfo info = ModelInfo::permissive();
    CompletionRequest request = userRequest();
    switch (setup) {
    case 0:
        request.messages.clear();
        break;
    case 1:
        request.tools = {weatherTool(), weatherTool()};
        break;
    case 2:
        info.vision = false;
        request.messages << UserMessage{
            QList<UserContentPart>{u"What is this?"_s, Image::fromBytes("\xff\xd8\xff\xe0")}};
        break;
    case 3:
        info.functionCalling = false;
        request.tools = {weatherTool()};
        break;
    case 4:
        info.jsonOutput = false;
        request.jsonOutput = JsonOutput::jsonObject();
        break;
    case 5:
        info.structuredOutput = false;
        request.jsonOutput = JsonOutput::jsonSchema(u"s"_s, QJsonObject{{u"type"_s, u"object"_s}});
        break;
    case 6:
        info.multipleSystemMessages = false;
        request.messages << SystemMessage{u"Also be kind."_s};
        break;
    }
    client.setModelInfo(info);

    CompletionJob *job = client.createStream(request);
    JobRecorder recorder(job);
    QVERIFY(waitFinished(job));
    QCOMPARE(recorder.finishedCount, 1);
    QVERIFY(job->hasError());
    QCOMPARE(job->error().kind, kind);
    QVERIFY2(job->error().message.contains(message), qPrintable(job->error().message));
    QVERIFY(recorder.deltas.isEmpty());
    // A refused request does not use up a scripted response.
    QCOMPARE(client.remainingResponses(), 1);

    // The same request is fine for a model that can do everything.
    if (kind == ModelError::Kind::Unsupported) {
        client.setModelInfo(ModelInfo::permissive());
        CompletionJob *ok = client.create(request);
        QVERIFY(waitFinished(ok));
        QVERIFY2(!ok->hasError(), qPrintable(ok->error().toString()));
    }
}

void tst_CompletionJob::closeCancelsRunningJobs()
{
    ReplayClient client(scriptOf({manyWords(), foxText, u"never"_s}, 20));
    // One job mid-stream, one created but not started yet: both are running.
    CompletionJob *streaming = client.createStream(userRequest());
    JobRecorder streamingRecorder(streaming);
    QTRY_VERIFY_WITH_TIMEOUT(!streamingRecorder.deltas.isEmpty(), waitMs);
    CompletionJob *plain = client.create(userRequest());
    JobRecorder plainRecorder(plain);
    QVERIFY(!streaming->isFinished());
    QVERIFY(!client.isClosed());

    client.close();
    QVERIFY(client.isClosed());
    QCOMPARE(streamingRecorder.finishedCount, 1);
    QCOMPARE(plainRecorder.finishedCount, 1);
    QCOMPARE(streaming->error().kind, ModelError::Kind::Cancelled);
    QCOMPARE(plain->error().kind, ModelError::Kind::Cancelled);
    QVERIFY(!streaming->result().text().isEmpty());
    QCOMPARE(plain->result().text(), QString());

    CompletionJob *later = client.create(userRequest());
    QVERIFY(!later->isFinished());
    JobRecorder laterRecorder(later);
    QTRY_COMPARE_WITH_TIMEOUT(laterRecorder.finishedCount, 1, waitMs);
    QCOMPARE(later->error().kind, ModelError::Kind::InvalidRequest);
    QVERIFY2(later->error().message.contains(u"closed"_s), qPrintable(later->error().message));
    QCOMPARE(client.remainingResponses(), 1);

    QTest::qWait(100);
    QCOMPARE(streamingRecorder.finishedCount, 1);
    QCOMPARE(streamingRecorder.deltasAfterFinished, 0);
    QCOMPARE(plainRecorder.deltasAfterFinished, 0);
    client.close(); // again: nothing left to cancel
    QCOMPARE(laterRecorder.finishedCount, 1);
}

void tst_CompletionJob::remainingTokens()
{
    ReplayClient client(scriptOf({u"x"_s}));
    const QList<LlmMessage> messages = userRequest(u"How many tokens is this?"_s).messages;
    const QList<ToolSchema> tools{weatherTool()};
    QCOMPARE(client.countTokens(messages, tools), TokenEstimator::request(messages, tools));

    QCOMPARE(client.modelInfo().contextWindow, 0);
    QVERIFY(!client.remainingTokens(messages).has_value());

    ModelInfo info = ModelInfo::permissive();
    info.contextWindow = 8192;
    client.setModelInfo(info);
    const auto remaining = client.remainingTokens(messages, tools);
    QVERIFY(remaining.has_value());
    QCOMPARE(*remaining, 8192 - TokenEstimator::request(messages, tools));
    QCOMPARE(*client.remainingTokens(messages), 8192 - TokenEstimator::request(messages, {}));

    info.contextWindow = 5;
    client.setModelInfo(info);
    QVERIFY(*client.remainingTokens(messages) < 0);
}

void tst_CompletionJob::replayedResultMatchesScript_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("create") << false;
    QTest::newRow("stream") << true;
}

void tst_CompletionJob::replayedResultMatchesScript()
{
    QFETCH(bool, streaming);

    CreateResult scripted;
    scripted.finishReason = FinishReason::Length;
    scripted.content = u"It was the best of times, it was the"_s;
    scripted.thought = u"Quote Dickens."_s;
    scripted.usage = RequestUsage{40, 9, 32, 0, 2};
    scripted.cached = false;
    scripted.logprobs = QJsonArray{QJsonObject{{u"token"_s, u"It"_s}, {u"logprob"_s, -0.1}}};
    scripted.model = u"gpt-4o-2024-08-06"_s;
    scripted.responseId = u"chatcmpl-42"_s;
    scripted.raw = QJsonObject{{u"object"_s, u"chat.completion"_s}};
    ReplayClient client(scriptOf(scripted, 1));

    CompletionJob *job
        = streaming ? client.createStream(userRequest()) : client.create(userRequest());
    QVERIFY(waitFinished(job));
    QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
    CreateResult replayed = job->result();
    replayed.exchange = {};
    QCOMPARE(replayed.toJson(CreateResult::JsonDetail::WithInspector),
             scripted.toJson(CreateResult::JsonDetail::WithInspector));
    QVERIFY(replayed == scripted);
    QVERIFY(client.actualUsage() == scripted.usage);
}

void tst_CompletionJob::replayExchangeRecord()
{
    ReplayClient client(scriptOf({u"hello there"_s}, 1));
    CompletionJob *job = client.createStream(userRequest());
    QVERIFY(waitFinished(job));
    const Exchange exchange = job->result().exchange;
    QCOMPARE(exchange.method, QByteArray("REPLAY"));
    QVERIFY(exchange.sentAtMs > 0);
    QVERIFY(exchange.firstTokenAtMs >= exchange.sentAtMs);
    QVERIFY(exchange.doneAtMs >= exchange.firstTokenAtMs);
    QVERIFY(exchange.durationMs().has_value());
}

void tst_CompletionJob::scriptFromJson()
{
    JsonError error;
    auto script = ReplayScript::fromJson(
        QJsonDocument::fromJson(
            R"({"responses":["plain",{"finish_reason":"length","content":"cut"},)"
            R"({"finish_reason":"stop","content":"live","cached":false}],)"
            R"("first_token_delay_ms":400,"token_delay_ms":30,"jitter_ms":15,"loop":true})")
            .object(),
        &error);
    QVERIFY2(script, qPrintable(error.toString()));
    QCOMPARE(script->responses.size(), 3);
    QCOMPARE(script->firstTokenDelayMs, 400);
    QCOMPARE(script->tokenDelayMs, 30);
    QCOMPARE(script->jitterMs, 15);
    QVERIFY(script->loop);
    QVERIFY(script->responses.at(0) == ReplayScript::textResponse(u"plain"_s));
    QVERIFY(script->responses.at(0).cached);
    QCOMPARE(script->responses.at(1).finishReason, FinishReason::Length);
    QVERIFY(script->responses.at(1).cached); // replayed results are cached unless told otherwise
    QVERIFY(!script->responses.at(2).cached);

    // Round trip through its own JSON.
    const auto again = ReplayScript::fromJson(script->toJson(), &error);
    QVERIFY2(again, qPrintable(error.toString()));
    QCOMPARE(again->toJson(), script->toJson());
    QVERIFY(again->responses == script->responses);

    // AutoGen's plain list of replies.
    const auto list = ReplayScript::fromJson(QJsonArray{u"one"_s, u"two"_s}, &error);
    QVERIFY2(list, qPrintable(error.toString()));
    QCOMPARE(list->responses.size(), 2);
    QCOMPARE(list->responses.at(1).text(), u"two"_s);
    QVERIFY(!list->loop);
    QCOMPARE(list->tokenDelayMs, 0);
}

void tst_CompletionJob::scriptFromJsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("item is a number")
        << QByteArray(R"({"responses":["ok",42]})") << u"$.responses[1]"_s
        << u"expected a string or a CreateResult object"_s;
    QTest::newRow("item is null") << QByteArray(R"({"responses":[null]})") << u"$.responses[0]"_s
                                  << u"expected a string or a CreateResult object"_s;
    QTest::newRow("bad finish_reason")
        << QByteArray(R"({"responses":["ok",{"finish_reason":"done","content":"x"}]})")
        << u"$.responses[1].finish_reason"_s << u"expected stop, length"_s;
    QTest::newRow("list item without finish_reason")
        << QByteArray(R"(["ok",{"content":"x"}])") << u"$[1].finish_reason"_s << u"is required"_s;
    QTest::newRow("bad call in item") << QByteArray(
        R"({"responses":[{"finish_reason":"function_calls","content":[{"id":"c"}]}]})")
                                      << u"$.responses[0].content[0].name"_s << u"is required"_s;
    QTest::newRow("bad usage in item") << QByteArray(
        R"({"responses":[{"finish_reason":"stop","content":"x","usage":{"prompt_tokens":"1"}}]})")
                                       << u"$.responses[0].usage.prompt_tokens"_s
                                       << u"expected an integer"_s;
    QTest::newRow("empty responses") << QByteArray(R"({"responses":[]})") << u"$.responses"_s
                                     << u"the script has no responses"_s;
    QTest::newRow("empty list") << QByteArray("[]") << u"$"_s << u"the script has no responses"_s;
    QTest::newRow("no responses") << QByteArray(R"({"loop":true})") << u"$.responses"_s
                                  << u"is required"_s;
    QTest::newRow("delay not an integer")
        << QByteArray(R"({"responses":["a"],"token_delay_ms":"fast"})") << u"$.token_delay_ms"_s
        << u"expected an integer"_s;
    QTest::newRow("loop not a bool") << QByteArray(R"({"responses":["a"],"loop":"yes"})")
                                     << u"$.loop"_s << u"expected true or false"_s;
    QTest::newRow("not a script") << QByteArray(R"("hello")") << u"$"_s << u"expected an object"_s;
}

void tst_CompletionJob::scriptFromJsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);

    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    QVERIFY(!value.isUndefined());
    JsonError error;
    QVERIFY(!ReplayScript::fromJson(value, &error));
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QVERIFY(!ReplayScript::fromJson(value, nullptr));
}

QTEST_GUILESS_MAIN(tst_CompletionJob)
#include "tst_completionjob.moc"
