// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/resultbuilder.h"
#include "fixtures.h"
#include "printers.h"
#include "providers/gemini/geminimodels.h"
#include "providers/gemini/geminirequestbuilder.h"
#include "providers/gemini/geminiresponsereader.h"
#include "recordingobserver.h"
#include "testvalues.h"

#include <limits>
#include <optional>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace modelkit;
using testsupport::errorText;
using testsupport::parseObject;
using testsupport::pngBase64;
using testsupport::RecordingObserver;
using testsupport::StreamOutcome;
using testsupport::usageOf;
using testsupport::userRequest;

namespace {

QByteArray fixture(const QString &name)
{
    return testsupport::fixture(u"gemini/"_s + name);
}

// Facts read from the recorded files in fixtures/gemini/.
const QString basicReplyText = u"The capital of Wyoming is **Cheyenne**.\n"_s;
const QString unaryReplyText = u"Google's headquarters, also known as the Googleplex, is located "
                               "in **Mountain View, California**.\n"_s;
const QString thinkingThought
    = u"**Calculating the Days**\n\nI've determined the user's request involves calculating the "
      "days until New Year's Eve. I need to get the current date and the date of New Year's Eve. "
      "My plan involves using `default_api.now()` to get the current date and time. Then, I can "
      "perform the calculation to find the time difference.\n\n\n"
      "**Determining the Approach**\n\nI'm now zeroing in on the best method. Having established "
      "the core requirement -- the number of days until New Year's Eve -- I've identified "
      "`default_api.now()` as my primary tool for retrieving the current date. I'll need to "
      "define December 31st of the current year. I've also recognized the need to calculate the "
      "difference, which isn't a direct function. I'll calculate this myself after getting "
      "today's date.\n\n\n"_s;
const QString thinkingResponseId = u"48SHaPHpHKbG-8YPtZCawAk"_s;

//! The thoughtSignature of the recorded function call, read from the file itself.
QString recordedSignature()
{
    static const QRegularExpression re(u"\"thoughtSignature\": \"([^\"]+)\""_s);
    const QRegularExpressionMatch match
        = re.match(QString::fromUtf8(fixture(u"stream-thinking-function-call-signature.sse"_s)));
    return match.captured(1);
}

StreamOutcome readStream(const QList<QByteArrayView> &pieces,
                         ResultBuilder::Observer *observer = nullptr)
{
    GeminiResponseReader reader;
    return testsupport::readStream(reader, pieces, observer);
}

StreamOutcome readStream(QByteArrayView bytes, ResultBuilder::Observer *observer = nullptr)
{
    return readStream(QList<QByteArrayView>{bytes}, observer);
}

// CRLF, as the recorded Gemini streams.
QByteArray sseOf(const QList<QByteArray> &events)
{
    return testsupport::sseOf(events, "\r\n");
}

GeminiConfig testConfig()
{
    GeminiConfig config;
    config.model = u"gemini-2.5-flash"_s;
    config.apiKey = u"AIza-test"_s;
    return config;
}

QJsonObject bodyOf(const CompletionRequest &request, QString *problem = nullptr)
{
    return GeminiRequestBuilder(testConfig()).body(request, problem);
}

QJsonObject textPart(const QString &text)
{
    return QJsonObject{{u"text"_s, text}};
}

QJsonObject turn(const QString &role, const QJsonArray &parts)
{
    return QJsonObject{{u"role"_s, role}, {u"parts"_s, parts}};
}

ToolSchema tool(const QString &name, const QString &description = u"A tool"_s)
{
    return ToolSchema{name, description,
                      QJsonObject{{u"type"_s, u"object"_s},
                                  {u"properties"_s,
                                   QJsonObject{{u"city"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
                                  {u"required"_s, QJsonArray{u"city"_s}}},
                      std::nullopt};
}

} // namespace

class TestGeminiReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Recorded streams and bodies
    void fixtureStream_data();
    void fixtureStream();
    void fixtureSplitAnywhere_data();
    void fixtureSplitAnywhere();
    void thinkingFunctionCallDeltas();
    void blockedPrompt();
    void unaryBody();
    void unaryBodyErrors_data();
    void unaryBodyErrors();

    // Synthetic streams
    void finishReasons_data();
    void finishReasons();
    void functionCallsWithAndWithoutIds();
    void textBesideCallsIsThought();
    void usageBreakdown();
    void logprobs();
    void signatureOnTrailingEmptyTextPart();
    void signatureOnThoughtPart();
    void otherCandidatesIgnored();
    void eofWithoutFinishReason();
    void malformedEvent();
    void errorEventMidStream_data();
    void errorEventMidStream();

    // Error answers
    void readErrorFixture();
    void readError_data();
    void readError();
    void durations_data();
    void durations();
    void tokenCount_data();
    void tokenCount();

    // Models
    void modelInfo_data();
    void modelInfo();
    void modelList();

    // Requests
    void messagesFieldByField();
    void systemMessagesMerged();
    void sameRoleTurnsMerged();
    void images_data();
    void images();
    void functionResultNames();
    void invalidArguments_data();
    void invalidArguments();
    void onlySystemMessages();
    void noEmptyTextParts_data();
    void noEmptyTextParts();
    void tools();
    void toolChoice_data();
    void toolChoice();
    void jsonOutput_data();
    void jsonOutput();
    void thinkingConfig_data();
    void thinkingConfig();
    void generationConfig();
    void extraCreateArgsMerge();
    void unsupportedParameters_data();
    void unsupportedParameters();
    void thoughtSignatureRoundTrip();
    void wireIdsRoundTrip();
    void textAndThoughtSignaturesRoundTrip();
    void urls_data();
    void urls();
    void headers();
    void httpRequests();
};

// ---------------------------------------------------------------------------------------------
// Recorded streams and bodies

void TestGeminiReader::fixtureStream_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("thought"); // null: none
    QTest::addColumn<QString>("finish");
    QTest::addColumn<RequestUsage>("usage");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("responseId");

    QTest::newRow("basic-reply-short")
        << u"stream-basic-reply-short.sse"_s << basicReplyText << QString() << u"stop"_s
        << usageOf(7, 10) << u"gemini-2.0-flash"_s << QString();
    // STOP with a functionCall part → function_calls; 38 + 6 + 168 = 212.
    QTest::newRow("thinking-function-call-signature")
        << u"stream-thinking-function-call-signature.sse"_s << QString() << thinkingThought
        << u"function_calls"_s << usageOf(38, 6 + 168, 168) << u"gemini-2.5-flash"_s
        << thinkingResponseId;
    QTest::newRow("prompt-blocked-safety")
        << u"stream-prompt-blocked-safety.sse"_s << QString() << QString() << u"content_filter"_s
        << RequestUsage() << QString() << QString();
}

void TestGeminiReader::fixtureStream()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, thought);
    QFETCH(QString, finish);
    QFETCH(RequestUsage, usage);
    QFETCH(QString, model);
    QFETCH(QString, responseId);

    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.contains("\r\n")); // the recordings use CRLF
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(bytes, &observer);
    QVERIFY2(!outcome.error, qPrintable(errorText(outcome.error)));
    const CreateResult &r = outcome.result;

    QCOMPARE(finishReasonName(r.finishReason), finish);
    QCOMPARE(r.usage, usage);
    QCOMPARE(r.model, model);
    QCOMPARE(r.responseId, responseId);
    QVERIFY(!r.cached);
    QVERIFY(!r.logprobs);
    QCOMPARE(r.thought.has_value(), !thought.isNull());
    if (!thought.isNull())
        QCOMPARE(*r.thought, thought);
    QCOMPARE(observer.thought, thought);

    if (r.hasFunctionCalls()) {
        const QList<FunctionCall> calls = r.functionCalls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).name, u"now"_s);
        QCOMPARE(calls.at(0).id, u"call_0"_s); // the recording has no id: a stable made-up one
        QCOMPARE(parseObject(calls.at(0).arguments), QJsonObject());
        QCOMPARE(calls.at(0).arguments, u"{}"_s);
        QCOMPARE(observer.textDeltas, 0);

        const QString signature = recordedSignature();
        QCOMPARE(signature.size(), 1140);
        QVERIFY(signature.startsWith(u"CiIBVKhc7vB+vaaq6rA/"_s));
        const QJsonObject expectedState{
            {u"parts"_s, QJsonArray{QJsonObject{{u"part"_s, u"functionCall"_s},
                                                {u"index"_s, 0},
                                                {u"thoughtSignature"_s, signature}}}},
            {u"syntheticCallIds"_s, QJsonArray{u"call_0"_s}}};
        QCOMPARE(r.providerState, (QJsonObject{{u"gemini"_s, expectedState}}));
    } else {
        QCOMPARE(r.text(), text);
        QCOMPARE(observer.text, text);
        QVERIFY(observer.tools.isEmpty());
        QVERIFY(r.providerState.isEmpty());
    }

    // raw is the last event.
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QByteArray lastData = lines.last().trimmed();
    QVERIFY(lastData.startsWith("data: "));
    QCOMPARE(r.raw, QJsonDocument::fromJson(lastData.mid(6)).object());
}

void TestGeminiReader::fixtureSplitAnywhere_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("basic-reply-short") << u"stream-basic-reply-short.sse"_s;
    QTest::newRow("thinking-function-call-signature")
        << u"stream-thinking-function-call-signature.sse"_s;
    QTest::newRow("prompt-blocked-safety") << u"stream-prompt-blocked-safety.sse"_s;
}

void TestGeminiReader::fixtureSplitAnywhere()
{
    QFETCH(QString, file);
    const QByteArray bytes = fixture(file);
    QVERIFY(!bytes.isEmpty());
    RecordingObserver wholeObserver;
    const StreamOutcome whole = readStream(bytes, &wholeObserver);
    QVERIFY(!whole.error);

    for (qsizetype offset = 0; offset <= bytes.size(); ++offset) {
        const QByteArrayView view(bytes);
        RecordingObserver observer;
        const StreamOutcome split
            = readStream(QList<QByteArrayView>{view.first(offset), view.sliced(offset)}, &observer);
        if (split.error || !(split.result == whole.result) || observer.text != wholeObserver.text
            || observer.thought != wholeObserver.thought
            || observer.tools.size() != wholeObserver.tools.size())
            QFAIL(qPrintable(u"different result when split at byte %1"_s.arg(offset)));
    }

    QList<QByteArrayView> bytewise;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytewise << QByteArrayView(bytes).sliced(i, 1);
    RecordingObserver observer;
    const StreamOutcome oneByOne = readStream(bytewise, &observer);
    QVERIFY(!oneByOne.error);
    QVERIFY(oneByOne.result == whole.result);
    QCOMPARE(observer.text, wholeObserver.text);
    QCOMPARE(observer.thought, wholeObserver.thought);
    QCOMPARE(observer.textDeltas, wholeObserver.textDeltas);
    QCOMPARE(observer.thoughtDeltas, wholeObserver.thoughtDeltas);
    QCOMPARE(observer.tools.size(), wholeObserver.tools.size());
}

void TestGeminiReader::thinkingFunctionCallDeltas()
{
    RecordingObserver observer;
    const StreamOutcome outcome
        = readStream(fixture(u"stream-thinking-function-call-signature.sse"_s), &observer);
    QVERIFY(!outcome.error);
    // Two thought events, then the call whole in one delta.
    QCOMPARE(observer.thoughtDeltas, 2);
    QCOMPARE(observer.thought, thinkingThought);
    QCOMPARE(observer.textDeltas, 0);
    QCOMPARE(observer.tools.size(), 1);
    QCOMPARE(observer.tools.at(0).index, 0);
    QCOMPARE(observer.tools.at(0).id, u"call_0"_s);
    QCOMPARE(observer.tools.at(0).name, u"now"_s);
    QCOMPARE(observer.tools.at(0).fragment, u"{}"_s);
}

void TestGeminiReader::blockedPrompt()
{
    const StreamOutcome outcome = readStream(fixture(u"stream-prompt-blocked-safety.sse"_s));
    QVERIFY2(!outcome.error, qPrintable(errorText(outcome.error)));
    const CreateResult &r = outcome.result;
    QCOMPARE(finishReasonName(r.finishReason), u"content_filter"_s);
    QVERIFY(!r.hasFunctionCalls());
    QCOMPARE(r.text(), QString());
    QVERIFY(!r.thought);
    QVERIFY(r.usage.isZero());
    const QJsonObject feedback = r.raw.value(u"promptFeedback"_s).toObject();
    QCOMPARE(feedback.value(u"blockReason"_s).toString(), u"SAFETY"_s);
    QCOMPARE(feedback.value(u"safetyRatings"_s).toArray().size(), 4);

    // The same answer from generateContent.
    GeminiResponseReader reader;
    ResultBuilder builder;
    const QByteArray line = fixture(u"stream-prompt-blocked-safety.sse"_s).trimmed();
    QVERIFY(!reader.readBody(line.mid(6), builder));
    QCOMPARE(finishReasonName(builder.build().finishReason), u"content_filter"_s);
}

void TestGeminiReader::unaryBody()
{
    const QByteArray body = fixture(u"unary-basic-reply-short.json"_s);
    QVERIFY(!body.isEmpty());
    GeminiResponseReader reader;
    ResultBuilder builder;
    RecordingObserver observer;
    builder.setObserver(&observer);
    const auto error = reader.readBody(body, builder);
    QVERIFY2(!error, qPrintable(errorText(error)));
    const CreateResult r = builder.build();
    QCOMPARE(r.text(), unaryReplyText);
    QCOMPARE(observer.textDeltas, 1);
    QCOMPARE(finishReasonName(r.finishReason), u"stop"_s);
    QCOMPARE(r.usage, usageOf(7, 22));
    QCOMPARE(r.model, u"gemini-2.0-flash"_s);
    QCOMPARE(r.responseId, QString());
    QVERIFY(!r.thought);
    QVERIFY(!r.logprobs); // avgLogprobs alone is no per-token data
    QVERIFY(r.providerState.isEmpty());
    QCOMPARE(r.raw, QJsonDocument::fromJson(body).object());
}

void TestGeminiReader::unaryBodyErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("providerCode");

    const QString invalid = ModelError::kindName(ModelError::Kind::InvalidResponse);
    QTest::newRow("not JSON") << QByteArray("<html>oops</html>") << invalid << QString();
    QTest::newRow("array") << QByteArray("[]") << invalid << QString();
    QTest::newRow("no candidates")
        << QByteArray(R"({"modelVersion":"gemini-2.0-flash"})") << invalid << QString();
    QTest::newRow("error object") << QByteArray(
        R"({"error":{"code":500,"message":"Internal error","status":"INTERNAL"}})")
                                  << ModelError::kindName(ModelError::Kind::Provider)
                                  << u"INTERNAL"_s;
}

void TestGeminiReader::unaryBodyErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, kind);
    QFETCH(QString, providerCode);
    GeminiResponseReader reader;
    ResultBuilder builder;
    const auto error = reader.readBody(body, builder);
    QVERIFY(error);
    QCOMPARE(ModelError::kindName(error->kind), kind);
    QCOMPARE(error->providerCode, providerCode);
    QVERIFY(!error->message.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Synthetic streams

void TestGeminiReader::finishReasons_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("expected");
    QTest::newRow("STOP") << u"STOP"_s << u"stop"_s;
    QTest::newRow("MAX_TOKENS") << u"MAX_TOKENS"_s << u"length"_s;
    for (const QString &filter :
         {u"SAFETY"_s, u"RECITATION"_s, u"BLOCKLIST"_s, u"PROHIBITED_CONTENT"_s, u"SPII"_s,
          u"IMAGE_SAFETY"_s, u"IMAGE_PROHIBITED_CONTENT"_s, u"IMAGE_RECITATION"_s})
        QTest::newRow(qPrintable(filter)) << filter << u"content_filter"_s;
    for (const QString &other :
         {u"FINISH_REASON_UNSPECIFIED"_s, u"LANGUAGE"_s, u"OTHER"_s, u"MALFORMED_FUNCTION_CALL"_s,
          u"UNEXPECTED_TOOL_CALL"_s, u"TOO_MANY_TOOL_CALLS"_s, u"SOMETHING_NEW"_s})
        QTest::newRow(qPrintable(other)) << other << u"unknown"_s;
}

void TestGeminiReader::finishReasons()
{
    QFETCH(QString, wire);
    QFETCH(QString, expected);
    const QByteArray stream
        = sseOf({R"({"candidates":[{"content":{"parts":[{"text":"Hi"}],"role":"model"}}]})",
                 R"({"candidates":[{"content":{"parts":[{"text":"!"}],"role":"model"},)"
                 R"("finishReason":")"
                     + wire.toUtf8() + R"("}]})"});
    const StreamOutcome outcome = readStream(stream);
    QVERIFY2(!outcome.error, qPrintable(errorText(outcome.error)));
    QCOMPARE(finishReasonName(outcome.result.finishReason), expected);
    QCOMPARE(outcome.result.text(), u"Hi!"_s);
    QCOMPARE(finishReasonName(GeminiResponseReader::finishReasonFromWire(wire)), expected);
}

void TestGeminiReader::functionCallsWithAndWithoutIds()
{
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"functionCall":{"id":"fc-7a1","name":"weather",)"
        R"("args":{"city":"Paris","days":2}}}],"role":"model"}}],"responseId":"r1"})",
        R"({"candidates":[{"content":{"parts":[{"functionCall":{"name":"time",)"
        R"("args":{"tz":"CET"}}},{"functionCall":{"name":"ping"}}],"role":"model"},)"
        R"("finishReason":"STOP"}],"responseId":"r1"})",
    });
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(stream, &observer);
    QVERIFY(!outcome.error);
    const CreateResult &r = outcome.result;
    QCOMPARE(finishReasonName(r.finishReason), u"function_calls"_s);
    const QList<FunctionCall> calls = r.functionCalls();
    QCOMPARE(calls.size(), 3);
    QCOMPARE(calls.at(0).id, u"fc-7a1"_s);
    QCOMPARE(calls.at(0).name, u"weather"_s);
    QCOMPARE(parseObject(calls.at(0).arguments),
             (QJsonObject{{u"city"_s, u"Paris"_s}, {u"days"_s, 2}}));
    QCOMPARE(calls.at(1), (FunctionCall{u"call_1"_s, u"time"_s, uR"({"tz":"CET"})"_s}));
    QCOMPARE(calls.at(2), (FunctionCall{u"call_2"_s, u"ping"_s, u"{}"_s}));
    // Each call is one delta carrying everything.
    QCOMPARE(observer.tools.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(observer.tools.at(i).index, i);
        QCOMPARE(observer.tools.at(i).id, calls.at(i).id);
        QCOMPARE(observer.tools.at(i).name, calls.at(i).name);
        QCOMPARE(observer.tools.at(i).fragment, calls.at(i).arguments);
    }
    QCOMPARE(r.providerState,
             (QJsonObject{{u"gemini"_s, QJsonObject{{u"syntheticCallIds"_s,
                                                     QJsonArray{u"call_1"_s, u"call_2"_s}}}}}));
}

void TestGeminiReader::textBesideCallsIsThought()
{
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"text":"Let me look.","thought":true}]}}]})",
        R"({"candidates":[{"content":{"parts":[{"text":"Checking the weather."},)"
        R"({"functionCall":{"name":"weather","args":{"city":"Oslo"}}}]},"finishReason":"STOP"}]})",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"function_calls"_s);
    QCOMPARE(outcome.result.functionCalls().size(), 1);
    // As AutoGen does: text beside calls joins the thought.
    QCOMPARE(outcome.result.thought,
             std::optional<QString>(u"Let me look.\n\nChecking the weather."_s));
}

void TestGeminiReader::usageBreakdown()
{
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"text":"a"}]}}],"usageMetadata":)"
        R"({"promptTokenCount":1200,"totalTokenCount":1200}})",
        R"({"candidates":[{"content":{"parts":[{"text":"b"}]},"finishReason":"STOP"}],)"
        R"("usageMetadata":{"promptTokenCount":1200,"cachedContentTokenCount":1024,)"
        R"("toolUsePromptTokenCount":30,"candidatesTokenCount":40,"thoughtsTokenCount":25,)"
        R"("totalTokenCount":1295}})",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    // Cumulative usage: the last one wins.
    QCOMPARE(outcome.result.usage, usageOf(1200 + 30, 40 + 25, 25, 1024));
    QCOMPARE(outcome.result.usage.totalTokens(), qint64(1295));
    // Sums beyond qint64 saturate instead of overflowing (UBSan, found with
    // tests/fuzz/fuzz_gemini).
    const qint64 huge = 9'000'000'000'000'000'000;
    const RequestUsage saturated
        = GeminiResponseReader::usageFromJson(QJsonObject{{u"promptTokenCount"_s, huge},
                                                          {u"toolUsePromptTokenCount"_s, huge},
                                                          {u"candidatesTokenCount"_s, huge},
                                                          {u"thoughtsTokenCount"_s, huge}});
    QCOMPARE(saturated.promptTokens, std::numeric_limits<qint64>::max());
    QCOMPARE(saturated.completionTokens, std::numeric_limits<qint64>::max());
}

void TestGeminiReader::logprobs()
{
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"text":"Hi"}]},"logprobsResult":{)"
        R"("topCandidates":[{"candidates":[{"token":"Hi","logProbability":-0.1},)"
        R"({"token":"Hey","logProbability":-2.5}]}],)"
        R"("chosenCandidates":[{"token":"Hi","logProbability":-0.1}]}}]})",
        R"({"candidates":[{"content":{"parts":[{"text":" é"}]},"finishReason":"STOP",)"
        R"("logprobsResult":{"chosenCandidates":[{"token":" é","logProbability":-0.5}]}}]})",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QVERIFY(outcome.result.logprobs);
    const QJsonArray expected{
        QJsonObject{
            {u"token"_s, u"Hi"_s},
            {u"logprob"_s, -0.1},
            {u"bytes"_s, QJsonArray{72, 105}},
            {u"top_logprobs"_s, QJsonArray{QJsonObject{{u"token"_s, u"Hi"_s},
                                                       {u"logprob"_s, -0.1},
                                                       {u"bytes"_s, QJsonArray{72, 105}}},
                                           QJsonObject{{u"token"_s, u"Hey"_s},
                                                       {u"logprob"_s, -2.5},
                                                       {u"bytes"_s, QJsonArray{72, 101, 121}}}}}},
        QJsonObject{{u"token"_s, u" é"_s},
                    {u"logprob"_s, -0.5},
                    {u"bytes"_s, QJsonArray{32, 0xc3, 0xa9}},
                    {u"top_logprobs"_s, QJsonArray()}},
    };
    QCOMPARE(*outcome.result.logprobs, expected);
}

void TestGeminiReader::signatureOnTrailingEmptyTextPart()
{
    // Newer models end a streamed text reply with an empty part holding the signature.
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"text":"Cheyenne"}]}}]})",
        R"({"candidates":[{"content":{"parts":[{"text":"","thoughtSignature":"c2lnLTE="}]},)"
        R"("finishReason":"STOP"}]})",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.text(), u"Cheyenne"_s);
    QCOMPARE(outcome.result.providerState,
             (QJsonObject{{u"gemini"_s,
                           QJsonObject{{u"parts"_s, QJsonArray{QJsonObject{{u"part"_s, u"text"_s},
                                                                           {u"thoughtSignature"_s,
                                                                            u"c2lnLTE="_s}}}}}}}));
}

void TestGeminiReader::signatureOnThoughtPart()
{
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"text":"Think ","thought":true}]}}]})",
        R"({"candidates":[{"content":{"parts":[{"text":"hard.","thought":true,)"
        R"("thoughtSignature":"dGg="},{"text":"Done."}]},"finishReason":"STOP"}]})",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.thought, std::optional<QString>(u"Think hard."_s));
    QCOMPARE(outcome.result.text(), u"Done."_s);
    const QJsonArray parts
        = outcome.result.providerState.value(u"gemini"_s).toObject().value(u"parts"_s).toArray();
    QCOMPARE(parts, (QJsonArray{QJsonObject{{u"part"_s, u"thought"_s},
                                            {u"text"_s, u"Think hard."_s},
                                            {u"thoughtSignature"_s, u"dGg="_s}}}));
}

void TestGeminiReader::otherCandidatesIgnored()
{
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"text":"One"}]},"index":0},)"
        R"({"content":{"parts":[{"text":"Two"}]},"index":1}]})",
        R"({"candidates":[{"content":{"parts":[{"text":"!"}]},"index":1,"finishReason":"STOP"},)"
        R"({"content":{"parts":[{"text":"."}]},"index":0,"finishReason":"MAX_TOKENS"}]})",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    QCOMPARE(outcome.result.text(), u"One."_s);
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"length"_s);
}

void TestGeminiReader::eofWithoutFinishReason()
{
    const QByteArray bytes = fixture(u"stream-basic-reply-short.sse"_s);
    const qsizetype cut = bytes.indexOf("\r\n\r\n", bytes.indexOf("\r\n\r\n") + 4) + 4;
    QVERIFY(cut > 4);
    RecordingObserver observer;
    const StreamOutcome outcome = readStream(bytes.first(cut), &observer);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ModelError::Kind::InvalidResponse);
    // The partial reply is kept.
    QCOMPARE(outcome.result.text(), u"The capital of Wyoming"_s);
    QCOMPARE(observer.text, u"The capital of Wyoming"_s);
    QCOMPARE(outcome.result.usage, usageOf(7, 0));
    QCOMPARE(finishReasonName(outcome.result.finishReason), u"unknown"_s);
}

void TestGeminiReader::malformedEvent()
{
    const QByteArray stream = sseOf(
        {R"({"candidates":[{"content":{"parts":[{"text":"Par"}]}}]})",
         R"({"candidates":[{"content":{"parts":[{"text":"tial)",
         R"({"candidates":[{"content":{"parts":[{"text":"never"}]},"finishReason":"STOP"}]})"});
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, ModelError::Kind::InvalidResponse);
    QCOMPARE(outcome.result.text(), u"Par"_s);
}

void TestGeminiReader::errorEventMidStream_data()
{
    QTest::addColumn<QByteArray>("code"); // the "code" member's JSON text, or empty for none
    QTest::addColumn<ModelError::Kind>("kind");

    // A numeric code types the error like the HTTP status it stands for.
    QTest::newRow("503") << QByteArray(R"("code":503,)") << ModelError::Kind::Server;
    QTest::newRow("429") << QByteArray(R"("code":429,)") << ModelError::Kind::RateLimit;
    QTest::newRow("no code") << QByteArray() << ModelError::Kind::Provider;
    QTest::newRow("text code") << QByteArray(R"("code":"503",)") << ModelError::Kind::Provider;
}

void TestGeminiReader::errorEventMidStream()
{
    QFETCH(QByteArray, code);
    QFETCH(ModelError::Kind, kind);
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"text":"Partly"}]}}]})",
        R"({"error":{)" + code
            + R"("message":"The model is overloaded. Please try again later.",)"
              R"("status":"UNAVAILABLE"}})",
        R"({"candidates":[{"content":{"parts":[{"text":" never"}]},"finishReason":"STOP"}]})",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->kind, kind);
    QCOMPARE(outcome.error->providerCode, u"UNAVAILABLE"_s);
    QCOMPARE(outcome.error->message, u"The model is overloaded. Please try again later."_s);
    QCOMPARE(outcome.result.text(), u"Partly"_s);
}

// ---------------------------------------------------------------------------------------------
// Error answers

void TestGeminiReader::readErrorFixture()
{
    const QByteArray body = fixture(u"unary-error-invalid-api-key.json"_s);
    QVERIFY(!body.isEmpty());
    const ModelError error = GeminiResponseReader().readError(400, {}, body);
    // Google answers a bad key with 400 INVALID_ARGUMENT; it is still an authentication error.
    QCOMPARE(ModelError::kindName(error.kind),
             ModelError::kindName(ModelError::Kind::Authentication));
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.providerCode, u"API_KEY_INVALID"_s);
    QCOMPARE(error.message, u"API key not valid. Please pass a valid API key."_s);
    QVERIFY(!error.retryAfterMs);
    QVERIFY(error.requestId.isEmpty());
}

void TestGeminiReader::readError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("requestId");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("providerCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("retryAfterMs"); // -1: none

    const QByteArray quota
        = R"({"error":{"code":429,"message":"You exceeded your current quota.","status":)"
          R"("RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.QuotaFailure",)"
          R"("violations":[{"quotaMetric":"generativelanguage.googleapis.com/generate_content_)"
          R"(free_tier_requests","quotaId":"GenerateRequestsPerMinutePerProjectPerModel-FreeTier",)"
          R"("quotaValue":"10"}]},{"@type":"type.googleapis.com/google.rpc.Help","links":[{)"
          R"("description":"Learn more","url":"https://ai.google.dev/gemini-api/docs/rate-limits"}]},)"
          R"({"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"19s"}]}})";
    QTest::newRow("429 RetryInfo 19s")
        << 429 << quota << QByteArray("req-429")
        << ModelError::kindName(ModelError::Kind::RateLimit) << u"RESOURCE_EXHAUSTED"_s
        << u"You exceeded your current quota."_s << qint64(19000);
    QByteArray fractional = quota;
    fractional.replace("\"19s\"", "\"3.700s\"");
    QTest::newRow("429 RetryInfo 3.700s")
        << 429 << fractional << QByteArray() << ModelError::kindName(ModelError::Kind::RateLimit)
        << u"RESOURCE_EXHAUSTED"_s << u"You exceeded your current quota."_s << qint64(3700);
    QTest::newRow("404 unknown model")
        << 404
        << QByteArray(R"({"error":{"code":404,"message":"models/gemini-9 is not found for API )"
                      R"(version v1beta.","status":"NOT_FOUND"}})")
        << QByteArray() << ModelError::kindName(ModelError::Kind::NotFound) << u"NOT_FOUND"_s
        << u"models/gemini-9 is not found for API version v1beta."_s << qint64(-1);
    QTest::newRow("403 with ErrorInfo")
        << 403
        << QByteArray(R"({"error":{"code":403,"message":"Generative Language API has not been )"
                      R"(used.","status":"PERMISSION_DENIED","details":[{"@type":)"
                      R"("type.googleapis.com/google.rpc.ErrorInfo","reason":)"
                      R"("SERVICE_DISABLED"}]}})")
        << QByteArray() << ModelError::kindName(ModelError::Kind::PermissionDenied)
        << u"SERVICE_DISABLED"_s << u"Generative Language API has not been used."_s << qint64(-1);
    QTest::newRow("503 in an array")
        << 503
        << QByteArray(R"([{"error":{"code":503,"message":"The model is overloaded.",)"
                      R"("status":"UNAVAILABLE"}}])")
        << QByteArray() << ModelError::kindName(ModelError::Kind::Server) << u"UNAVAILABLE"_s
        << u"The model is overloaded."_s << qint64(-1);
    QTest::newRow("502 HTML") << 502
                              << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                              << QByteArray("req-502")
                              << ModelError::kindName(ModelError::Kind::Server) << QString()
                              << u"HTTP 502: 502 Bad Gateway"_s << qint64(-1);
    QTest::newRow("500 empty") << 500 << QByteArray() << QByteArray()
                               << ModelError::kindName(ModelError::Kind::Server) << QString()
                               << u"HTTP 500 with no error message"_s << qint64(-1);
}

void TestGeminiReader::readError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, requestId);
    QFETCH(QString, kind);
    QFETCH(QString, providerCode);
    QFETCH(QString, message);
    QFETCH(qint64, retryAfterMs);

    HttpHeaders headers{{"Content-Type", "application/json; charset=UTF-8"}};
    if (!requestId.isEmpty())
        headers.append({"X-Request-Id", requestId});
    const ModelError error = GeminiResponseReader().readError(status, headers, body);
    QCOMPARE(ModelError::kindName(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.providerCode, providerCode);
    QCOMPARE(error.message, message);
    QCOMPARE(error.retryAfterMs,
             retryAfterMs < 0 ? std::optional<qint64>() : std::optional<qint64>(retryAfterMs));
    QCOMPARE(error.requestId, QString::fromLatin1(requestId));
}

void TestGeminiReader::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: invalid
    QTest::newRow("19s") << u"19s"_s << qint64(19000);
    QTest::newRow("3.700s") << u"3.700s"_s << qint64(3700);
    QTest::newRow("0.000000001s") << u"0.000000001s"_s << qint64(0);
    QTest::newRow("1.0015s") << u"1.0015s"_s << qint64(1002);
    QTest::newRow("no unit") << u"19"_s << qint64(-1);
    QTest::newRow("minutes") << u"1m"_s << qint64(-1);
    QTest::newRow("negative") << u"-1s"_s << qint64(-1);
    // Beyond qint64 (llround() gave a negative delay; found with tests/fuzz/fuzz_gemini).
    QTest::newRow("1e300s") << u"1e300s"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("9223372036854776s")
        << u"9223372036854776s"_s << std::numeric_limits<qint64>::max();
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TestGeminiReader::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(GeminiResponseReader::durationMs(text),
             ms < 0 ? std::optional<qint64>() : std::optional<qint64>(ms));
}

void TestGeminiReader::tokenCount_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("tokens");
    QTest::addColumn<bool>("fails");
    QTest::newRow("count") << QByteArray(R"({"totalTokens": 31, "promptTokensDetails": [)"
                                         R"({"modality": "TEXT", "tokenCount": 31}]})")
                           << qint64(31) << false;
    QTest::newRow("zero left out") << QByteArray("{}") << qint64(0) << false;
    QTest::newRow("not JSON") << QByteArray("nope") << qint64(0) << true;
    QTest::newRow("wrong type") << QByteArray(R"({"totalTokens":"many"})") << qint64(0) << true;
}

void TestGeminiReader::tokenCount()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, tokens);
    QFETCH(bool, fails);
    QString error;
    QCOMPARE(GeminiResponseReader::parseTokenCount(body, &error), tokens);
    QCOMPARE(!error.isEmpty(), fails);
}

// ---------------------------------------------------------------------------------------------
// Models

void TestGeminiReader::modelInfo_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("family");
    QTest::addColumn<qint64>("contextWindow");
    QTest::addColumn<qint64>("maxOutput");
    QTest::newRow("2.5-pro") << u"gemini-2.5-pro"_s << u"gemini-2.5-pro"_s << qint64(1048576)
                             << qint64(65536);
    QTest::newRow("2.5-flash prefixed") << u"models/gemini-2.5-flash"_s << u"gemini-2.5-flash"_s
                                        << qint64(1048576) << qint64(65536);
    QTest::newRow("2.5-flash-lite")
        << u"gemini-2.5-flash-lite-preview-06-17"_s << u"gemini-2.5-flash-lite"_s << qint64(1048576)
        << qint64(65536);
    QTest::newRow("2.0-flash") << u"gemini-2.0-flash-001"_s << u"gemini-2.0-flash"_s
                               << qint64(1048576) << qint64(8192);
    QTest::newRow("1.5-pro") << u"gemini-1.5-pro"_s << u"gemini-1.5-pro"_s << qint64(2097152)
                             << qint64(8192);
    QTest::newRow("1.5-flash") << u"gemini-1.5-flash-8b"_s << u"gemini-1.5-flash"_s
                               << qint64(1048576) << qint64(8192);
    QTest::newRow("unknown") << u"gemma-3-27b-it"_s << ModelInfo::permissive().family
                             << ModelInfo::permissive().contextWindow
                             << ModelInfo::permissive().maxOutputTokens;
}

void TestGeminiReader::modelInfo()
{
    QFETCH(QString, model);
    QFETCH(QString, family);
    QFETCH(qint64, contextWindow);
    QFETCH(qint64, maxOutput);
    const ModelInfo info = GeminiModels::infoFor(model);
    QCOMPARE(info.family, family);
    QCOMPARE(info.contextWindow, contextWindow);
    QCOMPARE(info.maxOutputTokens, maxOutput);
    QVERIFY(info.vision);
    QVERIFY(info.functionCalling);
    QVERIFY(info.jsonOutput);
    QVERIFY(info.structuredOutput);
    if (family == ModelInfo::permissive().family)
        QCOMPARE(info, ModelInfo::permissive());
}

void TestGeminiReader::modelList()
{
    const QByteArray page
        = R"({"models":[{"name":"models/gemini-2.5-flash","version":"001","displayName":)"
          R"("Gemini 2.5 Flash","inputTokenLimit":1048576,"outputTokenLimit":65536,)"
          R"("supportedGenerationMethods":["generateContent","countTokens","createCachedContent"]},)"
          R"({"name":"models/text-embedding-004","displayName":"Text Embedding 004",)"
          R"("inputTokenLimit":2048,"supportedGenerationMethods":["embedContent"]},)"
          R"({"name":"models/gemini-2.0-flash","displayName":"Gemini 2.0 Flash",)"
          R"("inputTokenLimit":1048576,"supportedGenerationMethods":["generateContent"]}],)"
          R"("nextPageToken":"Ch5tb2RlbHMv+Z2VtaW5p/LTIuMC1mbGFzaA=="})";
    QString error;
    QString token;
    const QList<ModelDescriptor> models = GeminiModels::parseList(page, &error, &token);
    QVERIFY(error.isEmpty());
    QCOMPARE(token, u"Ch5tb2RlbHMv+Z2VtaW5p/LTIuMC1mbGFzaA=="_s);
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).id, u"gemini-2.5-flash"_s);
    QCOMPARE(models.at(0).displayName, u"Gemini 2.5 Flash"_s);
    QCOMPARE(models.at(0).contextWindow, qint64(1048576));
    QCOMPARE(models.at(0).raw.value(u"outputTokenLimit"_s).toInteger(), qint64(65536));
    QCOMPARE(models.at(1).id, u"gemini-2.0-flash"_s);

    QString lastToken = u"stale"_s;
    QVERIFY(GeminiModels::parseList("{}", &error, &lastToken).isEmpty());
    QVERIFY(error.isEmpty());
    QVERIFY(lastToken.isEmpty());

    GeminiModels::parseList(R"({"models":"nope"})", &error, &lastToken);
    QVERIFY(!error.isEmpty());
    error.clear();
    GeminiModels::parseList("not json", &error, &lastToken);
    QVERIFY(!error.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Requests

void TestGeminiReader::messagesFieldByField()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"You are terse."_s};
    request.messages << UserMessage{u"Weather in Paris?"_s, u"user"_s};
    AssistantMessage calls;
    calls.content = QList<FunctionCall>{
        {u"call_a"_s, u"weather"_s, uR"({"city":"Paris"})"_s},
        {u"call_b"_s, u"time"_s, QString()},
    };
    calls.thought = u"I should look it up."_s;
    request.messages << calls;
    request.messages << FunctionExecutionResultMessage{{
        {u"18 °C"_s, u"weather"_s, u"call_a"_s, false},
        {u"clock broken"_s, u"time"_s, u"call_b"_s, true},
    }};
    AssistantMessage answer;
    answer.content = u"18 °C and sunny."_s;
    request.messages << answer;
    request.messages << UserMessage{u"Thanks"_s, u"user"_s};

    QString problem;
    const QJsonObject body = bodyOf(request, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(body.keys(), (QStringList{u"contents"_s, u"systemInstruction"_s}));
    QCOMPARE(body.value(u"systemInstruction"_s).toObject(),
             (QJsonObject{{u"parts"_s, QJsonArray{textPart(u"You are terse."_s)}}}));
    const QJsonArray expected{
        turn(u"user"_s, {textPart(u"Weather in Paris?"_s)}),
        // The unsigned thought is not sent back; ids Gemini did not make up are kept.
        turn(u"model"_s,
             {QJsonObject{
                  {u"functionCall"_s, QJsonObject{{u"name"_s, u"weather"_s},
                                                  {u"args"_s, QJsonObject{{u"city"_s, u"Paris"_s}}},
                                                  {u"id"_s, u"call_a"_s}}}},
              QJsonObject{{u"functionCall"_s, QJsonObject{{u"name"_s, u"time"_s},
                                                          {u"args"_s, QJsonObject()},
                                                          {u"id"_s, u"call_b"_s}}}}}),
        turn(u"user"_s,
             {QJsonObject{{u"functionResponse"_s,
                           QJsonObject{{u"name"_s, u"weather"_s},
                                       {u"id"_s, u"call_a"_s},
                                       {u"response"_s, QJsonObject{{u"result"_s, u"18 °C"_s}}}}}},
              QJsonObject{
                  {u"functionResponse"_s,
                   QJsonObject{{u"name"_s, u"time"_s},
                               {u"id"_s, u"call_b"_s},
                               {u"response"_s, QJsonObject{{u"error"_s, u"clock broken"_s}}}}}}}),
        turn(u"model"_s, {textPart(u"18 °C and sunny."_s)}),
        turn(u"user"_s, {textPart(u"Thanks"_s)}),
    };
    QCOMPARE(body.value(u"contents"_s).toArray(), expected);
}

void TestGeminiReader::systemMessagesMerged()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"Rule one."_s};
    request.messages << SystemMessage{u"Rule two."_s};
    request.messages << UserMessage{u"Hi"_s, u"user"_s};
    request.messages << SystemMessage{u"Late rule."_s}; // Gemini has no system turns
    const QJsonObject body = bodyOf(request);
    QCOMPARE(
        body.value(u"systemInstruction"_s).toObject(),
        (QJsonObject{{u"parts"_s, QJsonArray{textPart(u"Rule one."_s), textPart(u"Rule two."_s),
                                             textPart(u"Late rule."_s)}}}));
    QCOMPARE(body.value(u"contents"_s).toArray(),
             (QJsonArray{turn(u"user"_s, {textPart(u"Hi"_s)})}));
    QVERIFY(!bodyOf(userRequest()).contains(u"systemInstruction"_s));
}

void TestGeminiReader::sameRoleTurnsMerged()
{
    CompletionRequest request;
    request.messages << UserMessage{u"One"_s, u"alice"_s};
    request.messages << UserMessage{u"Two"_s, u"bob"_s};
    AssistantMessage first;
    first.content = u"A"_s;
    AssistantMessage second;
    second.content = u"B"_s;
    request.messages << first << second;
    request.messages << FunctionExecutionResultMessage{{{u"ok"_s, u"ping"_s, u"c1"_s, false}}};
    request.messages << UserMessage{u"Three"_s, u"user"_s};
    const QJsonArray contents = bodyOf(request).value(u"contents"_s).toArray();
    const QJsonArray expected{
        turn(u"user"_s, {textPart(u"One"_s), textPart(u"Two"_s)}),
        turn(u"model"_s, {textPart(u"A"_s), textPart(u"B"_s)}),
        turn(u"user"_s,
             {QJsonObject{{u"functionResponse"_s,
                           QJsonObject{{u"name"_s, u"ping"_s},
                                       {u"id"_s, u"c1"_s},
                                       {u"response"_s, QJsonObject{{u"result"_s, u"ok"_s}}}}}},
              textPart(u"Three"_s)}),
    };
    QCOMPARE(contents, expected);
}

void TestGeminiReader::images_data()
{
    QTest::addColumn<Image>("image");
    QTest::addColumn<QJsonObject>("part");

    QTest::newRow("inline PNG, sniffed")
        << Image::fromBytes(QByteArray::fromBase64(pngBase64))
        << QJsonObject{{u"inlineData"_s, QJsonObject{{u"mimeType"_s, u"image/png"_s},
                                                     {u"data"_s, QString::fromLatin1(pngBase64)}}}};
    Image jpeg;
    jpeg.base64Data = QByteArray("\xff\xd8\xff\xe0 rest of a JPEG").toBase64();
    QTest::newRow("inline JPEG without MIME type")
        << jpeg
        << QJsonObject{
               {u"inlineData"_s, QJsonObject{{u"mimeType"_s, u"image/jpeg"_s},
                                             {u"data"_s, QString::fromLatin1(jpeg.base64Data)}}}};
    Image typed = Image::fromBytes("not sniffable", u"image/webp"_s);
    QTest::newRow("inline, given MIME type")
        << typed
        << QJsonObject{
               {u"inlineData"_s, QJsonObject{{u"mimeType"_s, u"image/webp"_s},
                                             {u"data"_s, QString::fromLatin1(typed.base64Data)}}}};
    QTest::newRow("Files API URI")
        << Image::fromUrl(QUrl(u"https://generativelanguage.googleapis.com/v1beta/files/abc-123"_s))
        << QJsonObject{
               {u"fileData"_s,
                QJsonObject{
                    {u"fileUri"_s,
                     u"https://generativelanguage.googleapis.com/v1beta/files/abc-123"_s}}}};
    QTest::newRow("URL, MIME type from the extension")
        << Image::fromUrl(QUrl(u"https://example.com/cat.JPG"_s))
        << QJsonObject{{u"fileData"_s, QJsonObject{{u"fileUri"_s, u"https://example.com/cat.JPG"_s},
                                                   {u"mimeType"_s, u"image/jpeg"_s}}}};
    Image typedUrl = Image::fromUrl(QUrl(u"gs://bucket/cat"_s));
    typedUrl.mimeType = u"image/png"_s;
    QTest::newRow("URL with MIME type")
        << typedUrl
        << QJsonObject{{u"fileData"_s, QJsonObject{{u"fileUri"_s, u"gs://bucket/cat"_s},
                                                   {u"mimeType"_s, u"image/png"_s}}}};
    QTest::newRow("data URL goes inline")
        << Image::fromUrl(QUrl(u"data:image/png;base64,"_s + QString::fromLatin1(pngBase64)))
        << QJsonObject{{u"inlineData"_s, QJsonObject{{u"mimeType"_s, u"image/png"_s},
                                                     {u"data"_s, QString::fromLatin1(pngBase64)}}}};
}

void TestGeminiReader::images()
{
    QFETCH(Image, image);
    QFETCH(QJsonObject, part);
    CompletionRequest request;
    request.messages << UserMessage{QList<UserContentPart>{u"What is this?"_s, image}, u"user"_s};
    const QJsonArray contents = bodyOf(request).value(u"contents"_s).toArray();
    QCOMPARE(contents, (QJsonArray{turn(u"user"_s, {textPart(u"What is this?"_s), part})}));
}

void TestGeminiReader::functionResultNames()
{
    // A result without a name takes the name of the call with its id.
    CompletionRequest request = userRequest();
    AssistantMessage calls;
    calls.content = QList<FunctionCall>{{u"c9"_s, u"lookup"_s, u"{}"_s}};
    request.messages << calls;
    request.messages << FunctionExecutionResultMessage{{{u"found"_s, QString(), u"c9"_s, false}}};
    QString problem;
    const QJsonArray contents = bodyOf(request, &problem).value(u"contents"_s).toArray();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(contents.last().toObject().value(u"parts"_s).toArray().first().toObject(),
             (QJsonObject{{u"functionResponse"_s,
                           QJsonObject{{u"name"_s, u"lookup"_s},
                                       {u"id"_s, u"c9"_s},
                                       {u"response"_s, QJsonObject{{u"result"_s, u"found"_s}}}}}}));

    // No name and no matching call: Gemini could not tell which function answered.
    CompletionRequest orphan = userRequest();
    orphan.messages << FunctionExecutionResultMessage{{{u"found"_s, QString(), u"c404"_s, false}}};
    QVERIFY(bodyOf(orphan, &problem).isEmpty());
    QVERIFY(problem.contains(u"c404"_s));
}

void TestGeminiReader::invalidArguments_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::newRow("cut off") << uR"({"city": "Par)"_s;
    QTest::newRow("array") << u"[1, 2]"_s;
    QTest::newRow("string") << u"\"Paris\""_s;
}

void TestGeminiReader::invalidArguments()
{
    QFETCH(QString, arguments);
    CompletionRequest request = userRequest();
    AssistantMessage calls;
    calls.content = QList<FunctionCall>{{u"call_x"_s, u"get_weather"_s, arguments}};
    request.messages << calls;
    QString problem;
    QVERIFY(bodyOf(request, &problem).isEmpty());
    QVERIFY(problem.contains(u"\"get_weather\""_s));
    QVERIFY(problem.contains(u"call_x"_s));
    QString httpProblem;
    GeminiRequestBuilder(testConfig()).generateRequest(request, true, &httpProblem);
    QCOMPARE(httpProblem, problem);
}

void TestGeminiReader::onlySystemMessages()
{
    CompletionRequest request;
    request.messages << SystemMessage{u"Be nice."_s};
    QString problem;
    QVERIFY(bodyOf(request, &problem).isEmpty());
    QVERIFY(!problem.isEmpty());
}

void TestGeminiReader::noEmptyTextParts_data()
{
    // Gemini answers {"text": ""} with 400 "required oneof field 'data'".
    QTest::addColumn<CompletionRequest>("request");
    QTest::addColumn<QJsonObject>("system"); // empty: no systemInstruction
    QTest::addColumn<QJsonArray>("contents");

    const auto signedAssistant = [](const QString &text, const QJsonArray &stateParts) {
        AssistantMessage message;
        message.content = text;
        message.providerState.insert(GeminiResponseReader::stateKey(),
                                     QJsonObject{{u"parts"_s, stateParts}});
        return message;
    };
    const QJsonObject textSignature{{u"part"_s, u"text"_s}, {u"thoughtSignature"_s, u"dGV4dA=="_s}};
    const UserMessage hi{u"Hi"_s, u"user"_s};
    const UserMessage again{u"Again"_s, u"user"_s};

    CompletionRequest request;
    request.messages << UserMessage{QString(), u"user"_s}
                     << UserMessage{QList<UserContentPart>{QString(), u"Hi"_s}, u"user"_s};
    QTest::newRow("user texts") << request << QJsonObject()
                                << QJsonArray{turn(u"user"_s, {textPart(u"Hi"_s)})};

    request = {};
    request.messages << SystemMessage{QString()} << SystemMessage{u"Rule."_s} << hi;
    QTest::newRow("system texts") << request
                                  << QJsonObject{{u"parts"_s, QJsonArray{textPart(u"Rule."_s)}}}
                                  << QJsonArray{turn(u"user"_s, {textPart(u"Hi"_s)})};

    request = {};
    request.messages << SystemMessage{QString()} << hi;
    QTest::newRow("only an empty system text")
        << request << QJsonObject() << QJsonArray{turn(u"user"_s, {textPart(u"Hi"_s)})};

    request = {};
    AssistantMessage empty;
    empty.content = QString();
    request.messages << hi << empty << again;
    QTest::newRow("model text") << request << QJsonObject()
                                << QJsonArray{
                                       turn(u"user"_s, {textPart(u"Hi"_s), textPart(u"Again"_s)})};

    request = {};
    AssistantMessage a;
    a.content = u"A"_s;
    request.messages << hi << a << signedAssistant(QString(), {textSignature}) << again;
    QTest::newRow("model text, signature onto the previous part")
        << request << QJsonObject()
        << QJsonArray{turn(u"user"_s, {textPart(u"Hi"_s)}),
                      turn(u"model"_s, {QJsonObject{{u"text"_s, u"A"_s},
                                                    {u"thoughtSignature"_s, u"dGV4dA=="_s}}}),
                      turn(u"user"_s, {textPart(u"Again"_s)})};

    request = {};
    request.messages << hi << signedAssistant(QString(), {textSignature}) << again;
    QTest::newRow("model text, signature without a previous part")
        << request << QJsonObject()
        << QJsonArray{turn(u"user"_s, {textPart(u"Hi"_s), textPart(u"Again"_s)})};

    request = {};
    const QJsonObject thought{{u"part"_s, u"thought"_s},
                              {u"text"_s, u"Pondering."_s},
                              {u"thoughtSignature"_s, u"dGhvdWdodA=="_s}};
    request.messages << hi << signedAssistant(QString(), {thought, textSignature}) << again;
    QTest::newRow("model text after a signed thought")
        << request << QJsonObject()
        << QJsonArray{turn(u"user"_s, {textPart(u"Hi"_s)}),
                      turn(u"model"_s, {QJsonObject{{u"text"_s, u"Pondering."_s},
                                                    {u"thought"_s, true},
                                                    {u"thoughtSignature"_s, u"dGhvdWdodA=="_s}}}),
                      turn(u"user"_s, {textPart(u"Again"_s)})};
}

void TestGeminiReader::noEmptyTextParts()
{
    QFETCH(CompletionRequest, request);
    QFETCH(QJsonObject, system);
    QFETCH(QJsonArray, contents);
    QString problem;
    const QJsonObject body = bodyOf(request, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(body.value(u"systemInstruction"_s).toObject(), system);
    QCOMPARE(body.contains(u"systemInstruction"_s), !system.isEmpty());
    QCOMPARE(body.value(u"contents"_s).toArray(), contents);
}

void TestGeminiReader::tools()
{
    CompletionRequest request = userRequest();
    request.tools << tool(u"get_weather"_s, u"Weather by city"_s);
    request.tools << ToolSchema{u"ping"_s, QString(), QJsonObject(), std::nullopt};
    const QJsonObject body = bodyOf(request);
    const QJsonArray expected{QJsonObject{
        {u"functionDeclarations"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"get_weather"_s},
                                {u"description"_s, u"Weather by city"_s},
                                // JSON Schema as given, not the OpenAPI subset.
                                {u"parametersJsonSchema"_s, request.tools.at(0).parameters}},
                    QJsonObject{{u"name"_s, u"ping"_s}}}}}};
    QCOMPARE(body.value(u"tools"_s).toArray(), expected);
    QVERIFY(!bodyOf(userRequest()).contains(u"tools"_s));
    QVERIFY(!bodyOf(userRequest()).contains(u"toolConfig"_s));
}

void TestGeminiReader::toolChoice_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("auto") << int(ToolChoice::Mode::Auto) << QJsonObject{{u"mode"_s, u"AUTO"_s}};
    QTest::newRow("required") << int(ToolChoice::Mode::Required)
                              << QJsonObject{{u"mode"_s, u"ANY"_s}};
    QTest::newRow("none") << int(ToolChoice::Mode::None) << QJsonObject{{u"mode"_s, u"NONE"_s}};
    QTest::newRow("named") << int(ToolChoice::Mode::Named)
                           << QJsonObject{{u"mode"_s, u"ANY"_s},
                                          {u"allowedFunctionNames"_s, QJsonArray{u"get_time"_s}}};
}

void TestGeminiReader::toolChoice()
{
    QFETCH(int, mode);
    QFETCH(QJsonObject, expected);
    CompletionRequest request = userRequest();
    request.tools << tool(u"get_weather"_s) << tool(u"get_time"_s);
    request.toolChoice.mode = ToolChoice::Mode(mode);
    if (request.toolChoice.mode == ToolChoice::Mode::Named)
        request.toolChoice.name = u"get_time"_s;
    QVERIFY(request.validationError().isEmpty());
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.value(u"toolConfig"_s).toObject(),
             (QJsonObject{{u"functionCallingConfig"_s, expected}}));
}

void TestGeminiReader::jsonOutput_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QJsonObject>("expected"); // generationConfig

    const QJsonObject schema{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"answer"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
        {u"required"_s, QJsonArray{u"answer"_s}},
        {u"additionalProperties"_s, false},
    };
    QTest::newRow("off") << int(JsonOutput::Mode::Off) << QJsonObject();
    QTest::newRow("json_object") << int(JsonOutput::Mode::JsonObject)
                                 << QJsonObject{{u"responseMimeType"_s, u"application/json"_s}};
    QTest::newRow("json_schema") << int(JsonOutput::Mode::JsonSchema)
                                 << QJsonObject{{u"responseMimeType"_s, u"application/json"_s},
                                                {u"responseJsonSchema"_s, schema}};
}

void TestGeminiReader::jsonOutput()
{
    QFETCH(int, mode);
    QFETCH(QJsonObject, expected);
    CompletionRequest request = userRequest();
    switch (JsonOutput::Mode(mode)) {
    case JsonOutput::Mode::Off:
        break;
    case JsonOutput::Mode::JsonObject:
        request.jsonOutput = JsonOutput::jsonObject();
        break;
    case JsonOutput::Mode::JsonSchema:
        request.jsonOutput = JsonOutput::jsonSchema(
            u"reply"_s, expected.value(u"responseJsonSchema"_s).toObject(), true);
        break;
    }
    QVERIFY(GeminiRequestBuilder(testConfig()).unsupportedParameter(request).isEmpty());
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.contains(u"generationConfig"_s), !expected.isEmpty());
    QCOMPARE(body.value(u"generationConfig"_s).toObject(), expected);
}

void TestGeminiReader::thinkingConfig_data()
{
    QTest::addColumn<qint64>("budget"); // -2: unset
    QTest::addColumn<QString>("effort");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("budget 1024") << qint64(1024) << QString()
                                 << QJsonObject{{u"thinkingBudget"_s, 1024},
                                                {u"includeThoughts"_s, true}};
    QTest::newRow("budget -1 (dynamic)")
        << qint64(-1) << QString()
        << QJsonObject{{u"thinkingBudget"_s, -1}, {u"includeThoughts"_s, true}};
    QTest::newRow("budget 0 (off)")
        << qint64(0) << QString() << QJsonObject{{u"thinkingBudget"_s, 0}};
    QTest::newRow("minimal") << qint64(-2) << u"minimal"_s
                             << QJsonObject{{u"thinkingLevel"_s, u"MINIMAL"_s},
                                            {u"includeThoughts"_s, true}};
    QTest::newRow("low") << qint64(-2) << u"low"_s
                         << QJsonObject{{u"thinkingLevel"_s, u"LOW"_s},
                                        {u"includeThoughts"_s, true}};
    QTest::newRow("medium") << qint64(-2) << u"medium"_s
                            << QJsonObject{{u"thinkingLevel"_s, u"MEDIUM"_s},
                                           {u"includeThoughts"_s, true}};
    QTest::newRow("high") << qint64(-2) << u"high"_s
                          << QJsonObject{{u"thinkingLevel"_s, u"HIGH"_s},
                                         {u"includeThoughts"_s, true}};
}

void TestGeminiReader::thinkingConfig()
{
    QFETCH(qint64, budget);
    QFETCH(QString, effort);
    QFETCH(QJsonObject, expected);
    CompletionRequest request = userRequest();
    if (budget != -2)
        request.parameters.thinkingBudget = budget;
    if (!effort.isEmpty())
        request.parameters.reasoningEffort = effort;
    QVERIFY(GeminiRequestBuilder(testConfig()).unsupportedParameter(request).isEmpty());
    const QJsonObject generation = bodyOf(request).value(u"generationConfig"_s).toObject();
    QCOMPARE(generation, (QJsonObject{{u"thinkingConfig"_s, expected}}));
}

void TestGeminiReader::generationConfig()
{
    CompletionRequest request = userRequest();
    CompletionParameters &p = request.parameters;
    p.temperature = 0.25;
    p.topP = 0.9;
    p.topK = 40;
    p.maxTokens = 256;
    p.stop = QStringList{u"END"_s, u"STOP"_s};
    p.seed = 42;
    p.presencePenalty = 0.5;
    p.frequencyPenalty = -0.5;
    p.n = 2;
    p.logprobs = true;
    p.topLogprobs = 3;
    p.parallelToolCalls = true; // what Gemini does anyway
    QVERIFY(GeminiRequestBuilder(testConfig()).unsupportedParameter(request).isEmpty());
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.keys(), (QStringList{u"contents"_s, u"generationConfig"_s}));
    const QJsonObject expected{
        {u"temperature"_s, 0.25},
        {u"topP"_s, 0.9},
        {u"topK"_s, 40},
        {u"maxOutputTokens"_s, 256},
        {u"stopSequences"_s, QJsonArray{u"END"_s, u"STOP"_s}},
        {u"seed"_s, 42},
        {u"presencePenalty"_s, 0.5},
        {u"frequencyPenalty"_s, -0.5},
        {u"candidateCount"_s, 2},
        {u"responseLogprobs"_s, true},
        {u"logprobs"_s, 3},
    };
    QCOMPARE(body.value(u"generationConfig"_s).toObject(), expected);
}

void TestGeminiReader::extraCreateArgsMerge()
{
    CompletionRequest request = userRequest();
    request.parameters.temperature = 0.2;
    request.parameters.maxTokens = 100;
    request.extraCreateArgs = QJsonObject{
        {u"generationConfig"_s,
         QJsonObject{{u"temperature"_s, 1.0}, {u"responseModalities"_s, QJsonArray{u"TEXT"_s}}}},
        {u"safetySettings"_s,
         QJsonArray{QJsonObject{{u"category"_s, u"HARM_CATEGORY_HATE_SPEECH"_s},
                                {u"threshold"_s, u"BLOCK_ONLY_HIGH"_s}}}},
        {u"cachedContent"_s, u"cachedContents/abc"_s},
    };
    const QJsonObject body = bodyOf(request);
    // Objects merge key by key, the extra arguments winning.
    QCOMPARE(body.value(u"generationConfig"_s).toObject(),
             (QJsonObject{{u"temperature"_s, 1.0},
                          {u"maxOutputTokens"_s, 100},
                          {u"responseModalities"_s, QJsonArray{u"TEXT"_s}}}));
    QCOMPARE(body.value(u"safetySettings"_s), request.extraCreateArgs.value(u"safetySettings"_s));
    QCOMPARE(body.value(u"cachedContent"_s), QJsonValue(u"cachedContents/abc"_s));
    QVERIFY(body.contains(u"contents"_s));
}

void TestGeminiReader::unsupportedParameters_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("named"); // the message names this
    QTest::newRow("parallel_tool_calls=false")
        << u"parallel_tool_calls"_s << u"parallel_tool_calls=false"_s;
    QTest::newRow("top_logprobs alone") << u"top_logprobs"_s << u"top_logprobs"_s;
    QTest::newRow("reasoning_effort none") << u"effort none"_s << u"\"none\""_s;
    QTest::newRow("reasoning_effort xhigh") << u"effort xhigh"_s << u"\"xhigh\""_s;
    QTest::newRow("effort and budget") << u"both"_s << u"thinking_budget"_s;
    QTest::newRow("strict tool") << u"strict"_s << u"get_weather"_s;
}

void TestGeminiReader::unsupportedParameters()
{
    QFETCH(QString, what);
    QFETCH(QString, named);
    CompletionRequest request = userRequest();
    if (what == u"parallel_tool_calls") {
        request.tools << tool(u"get_weather"_s);
        request.parameters.parallelToolCalls = false;
    } else if (what == u"top_logprobs") {
        request.parameters.topLogprobs = 2;
    } else if (what == u"effort none") {
        request.parameters.reasoningEffort = u"none"_s;
    } else if (what == u"effort xhigh") {
        request.parameters.reasoningEffort = u"xhigh"_s;
    } else if (what == u"both") {
        request.parameters.reasoningEffort = u"low"_s;
        request.parameters.thinkingBudget = 512;
    } else if (what == u"strict") {
        ToolSchema strictTool = tool(u"get_weather"_s);
        strictTool.strict = true;
        request.tools << strictTool;
    }
    const QString problem = GeminiRequestBuilder(testConfig()).unsupportedParameter(request);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(named), qPrintable(problem));
    QVERIFY(GeminiRequestBuilder(testConfig()).unsupportedParameter(userRequest()).isEmpty());
}

void TestGeminiReader::thoughtSignatureRoundTrip()
{
    // The recorded reply → AssistantMessage → the next request carries the signature back on
    // the functionCall part, without the made-up id.
    const StreamOutcome outcome
        = readStream(fixture(u"stream-thinking-function-call-signature.sse"_s));
    QVERIFY(!outcome.error);
    const AssistantMessage assistant = outcome.result.toAssistantMessage();
    QCOMPARE(assistant.providerState, outcome.result.providerState);
    // Survives the conversation's JSON form too.
    const auto reloaded = AssistantMessage::fromJson(assistant.toJson());
    QVERIFY(reloaded);
    QCOMPARE(*reloaded, assistant);

    CompletionRequest request;
    request.messages << SystemMessage{u"You can call now()."_s};
    request.messages << UserMessage{u"How many days until New Year's Eve?"_s, u"user"_s};
    request.messages << *reloaded;
    const FunctionCall call = outcome.result.functionCalls().at(0);
    request.messages << FunctionExecutionResultMessage{
        {{u"2025-07-28T10:00:00Z"_s, call.name, call.id, false}}};
    request.tools << ToolSchema{u"now"_s, u"Current time"_s, QJsonObject(), std::nullopt};

    QString problem;
    const QJsonObject body = bodyOf(request, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonArray expected{
        turn(u"user"_s, {textPart(u"How many days until New Year's Eve?"_s)}),
        turn(u"model"_s, {QJsonObject{{u"functionCall"_s, QJsonObject{{u"name"_s, u"now"_s},
                                                                      {u"args"_s, QJsonObject()}}},
                                      {u"thoughtSignature"_s, recordedSignature()}}}),
        turn(u"user"_s,
             {QJsonObject{{u"functionResponse"_s,
                           QJsonObject{{u"name"_s, u"now"_s},
                                       {u"response"_s,
                                        QJsonObject{{u"result"_s, u"2025-07-28T10:00:00Z"_s}}}}}}}),
    };
    QCOMPARE(body.value(u"contents"_s).toArray(), expected);
}

void TestGeminiReader::wireIdsRoundTrip()
{
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"functionCall":{"id":"x1","name":"a","args":{}},)"
        R"("thoughtSignature":"c2ln"},{"functionCall":{"name":"b","args":{"n":1}}}]},)"
        R"("finishReason":"STOP"}]})",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    const QList<FunctionCall> calls = outcome.result.functionCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).id, u"call_1"_s);

    CompletionRequest request = userRequest();
    request.messages << outcome.result.toAssistantMessage();
    request.messages << FunctionExecutionResultMessage{
        {{u"A"_s, u"a"_s, u"x1"_s, false}, {u"B"_s, u"b"_s, u"call_1"_s, false}}};
    const QJsonArray contents = bodyOf(request).value(u"contents"_s).toArray();
    QCOMPARE(contents.size(), 3);
    QCOMPARE(contents.at(1).toObject().value(u"parts"_s).toArray(),
             (QJsonArray{QJsonObject{{u"functionCall"_s, QJsonObject{{u"id"_s, u"x1"_s},
                                                                     {u"name"_s, u"a"_s},
                                                                     {u"args"_s, QJsonObject()}}},
                                     {u"thoughtSignature"_s, u"c2ln"_s}},
                         QJsonObject{{u"functionCall"_s,
                                      QJsonObject{{u"name"_s, u"b"_s},
                                                  {u"args"_s, QJsonObject{{u"n"_s, 1}}}}}}}));
    QCOMPARE(contents.at(2).toObject().value(u"parts"_s).toArray(),
             (QJsonArray{
                 QJsonObject{{u"functionResponse"_s,
                              QJsonObject{{u"id"_s, u"x1"_s},
                                          {u"name"_s, u"a"_s},
                                          {u"response"_s, QJsonObject{{u"result"_s, u"A"_s}}}}}},
                 QJsonObject{{u"functionResponse"_s,
                              QJsonObject{{u"name"_s, u"b"_s},
                                          {u"response"_s, QJsonObject{{u"result"_s, u"B"_s}}}}}}}));
}

void TestGeminiReader::textAndThoughtSignaturesRoundTrip()
{
    const QByteArray stream = sseOf({
        R"({"candidates":[{"content":{"parts":[{"text":"Pondering.","thought":true,)"
        R"("thoughtSignature":"dGhvdWdodA=="}]}}]})",
        R"({"candidates":[{"content":{"parts":[{"text":"Forty-two."},{"text":"",)"
        R"("thoughtSignature":"dGV4dA=="}]},"finishReason":"STOP"}]})",
    });
    const StreamOutcome outcome = readStream(stream);
    QVERIFY(!outcome.error);
    CompletionRequest request = userRequest(u"Meaning of life?"_s);
    request.messages << outcome.result.toAssistantMessage();
    request.messages << UserMessage{u"Why?"_s, u"user"_s};
    const QJsonArray contents = bodyOf(request).value(u"contents"_s).toArray();
    QCOMPARE(contents.at(1).toObject(),
             turn(u"model"_s, {QJsonObject{{u"text"_s, u"Pondering."_s},
                                           {u"thought"_s, true},
                                           {u"thoughtSignature"_s, u"dGhvdWdodA=="_s}},
                               QJsonObject{{u"text"_s, u"Forty-two."_s},
                                           {u"thoughtSignature"_s, u"dGV4dA=="_s}}}));
}

void TestGeminiReader::urls_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("generate");
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("models");

    const QString google = u"https://generativelanguage.googleapis.com"_s;
    QTest::newRow("defaults") << QString() << QString() << u"gemini-2.5-flash"_s
                              << google + u"/v1beta/models/gemini-2.5-flash:generateContent"_s
                              << google
                                     + u"/v1beta/models/gemini-2.5-flash:streamGenerateContent"
                                       "?alt=sse"_s
                              << google + u"/v1beta/models/gemini-2.5-flash:countTokens"_s
                              << google + u"/v1beta/models?pageSize=100"_s;
    QTest::newRow("models/ prefix, trailing slash")
        << google + u"/"_s << u"v1beta"_s << u"models/gemini-2.0-flash"_s
        << google + u"/v1beta/models/gemini-2.0-flash:generateContent"_s
        << google + u"/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse"_s
        << google + u"/v1beta/models/gemini-2.0-flash:countTokens"_s
        << google + u"/v1beta/models?pageSize=100"_s;
    QTest::newRow("proxy with a path, v1")
        << u"http://127.0.0.1:8080/gemini"_s << u"v1"_s << u"gemini-1.5-pro"_s
        << u"http://127.0.0.1:8080/gemini/v1/models/gemini-1.5-pro:generateContent"_s
        << u"http://127.0.0.1:8080/gemini/v1/models/gemini-1.5-pro:streamGenerateContent"
           "?alt=sse"_s
        << u"http://127.0.0.1:8080/gemini/v1/models/gemini-1.5-pro:countTokens"_s
        << u"http://127.0.0.1:8080/gemini/v1/models?pageSize=100"_s;
    QTest::newRow("tuned model") << QString() << QString() << u"tunedModels/my-model-42"_s
                                 << google + u"/v1beta/tunedModels/my-model-42:generateContent"_s
                                 << google
                                        + u"/v1beta/tunedModels/my-model-42:streamGenerateContent"
                                          "?alt=sse"_s
                                 << google + u"/v1beta/tunedModels/my-model-42:countTokens"_s
                                 << google + u"/v1beta/models?pageSize=100"_s;
}

void TestGeminiReader::urls()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, apiVersion);
    QFETCH(QString, model);
    QFETCH(QString, generate);
    QFETCH(QString, stream);
    QFETCH(QString, count);
    QFETCH(QString, models);

    GeminiConfig config;
    config.baseUrl = QUrl(baseUrl);
    config.apiVersion = apiVersion;
    config.model = model;
    config.apiKey = u"AIza-SECRET"_s;
    const GeminiRequestBuilder builder(config);
    QCOMPARE(builder.generateUrl(false).toString(), generate);
    QCOMPARE(builder.generateUrl(true).toString(), stream);
    QCOMPARE(builder.countTokensUrl().toString(), count);
    QCOMPARE(builder.modelsUrl().toString(), models);
    // The key is a header, never a query item.
    QVERIFY(!builder.generateUrl(true).toString().contains(u"SECRET"_s));
    QVERIFY(!QUrlQuery(builder.generateUrl(true)).hasQueryItem(u"key"_s));

    // Page tokens are base64 and must survive the query string.
    const QString token = u"Ch5t+b2/RlbHM=="_s;
    const QUrl next = builder.modelsUrl(token);
    QCOMPARE(QUrlQuery(next).queryItemValue(u"pageToken"_s, QUrl::FullyDecoded), token);
    QCOMPARE(QUrlQuery(next).queryItemValue(u"pageSize"_s), u"100"_s);
    QVERIFY(next.toString(QUrl::FullyEncoded).contains(u"pageToken=Ch5t%2Bb2%2FRlbHM%3D%3D"_s));
}

void TestGeminiReader::headers()
{
    GeminiConfig config = testConfig();
    HttpHeaders headers = GeminiRequestBuilder(config).headers();
    QCOMPARE(headerValue(headers, "x-goog-api-key"), QByteArray("AIza-test"));
    QVERIFY(headerValue(headers, "Authorization").isNull());

    config.apiKey.clear();
    config.extraHeaders = {{"X-Custom", "1"}};
    headers = GeminiRequestBuilder(config).headers();
    QVERIFY(headerValue(headers, "x-goog-api-key").isNull());
    QCOMPARE(headerValue(headers, "X-Custom"), QByteArray("1"));
}

void TestGeminiReader::httpRequests()
{
    const GeminiRequestBuilder builder(testConfig());
    CompletionRequest request;
    request.messages << SystemMessage{u"Count carefully."_s};
    request.messages << UserMessage{u"Hello"_s, u"user"_s};
    request.tools << tool(u"get_weather"_s);
    request.parameters.maxTokens = 64;

    const HttpRequest stream = builder.generateRequest(request, true);
    QCOMPARE(stream.method, QByteArray("POST"));
    QVERIFY(stream.streaming);
    QCOMPARE(stream.url, builder.generateUrl(true));
    QCOMPARE(headerValue(stream.headers, "x-goog-api-key"), QByteArray("AIza-test"));
    QCOMPARE(QJsonDocument::fromJson(stream.body).object(), builder.body(request));
    // The streaming body is the same: the endpoint says it streams.
    const HttpRequest plain = builder.generateRequest(request, false);
    QVERIFY(!plain.streaming);
    QCOMPARE(plain.body, stream.body);

    const HttpRequest count = builder.countTokensRequest(request);
    QCOMPARE(count.method, QByteArray("POST"));
    QCOMPARE(count.url, builder.countTokensUrl());
    QVERIFY(!count.streaming);
    QJsonObject inner = builder.body(request);
    inner.insert(u"model"_s, u"models/gemini-2.5-flash"_s);
    QCOMPARE(QJsonDocument::fromJson(count.body).object(),
             (QJsonObject{{u"generateContentRequest"_s, inner}}));
    QVERIFY(inner.contains(u"systemInstruction"_s));
    QVERIFY(inner.contains(u"tools"_s));
    QVERIFY(inner.contains(u"generationConfig"_s));

    const HttpRequest models = builder.modelsRequest(u"tok"_s);
    QCOMPARE(models.method, QByteArray("GET"));
    QCOMPARE(models.url, builder.modelsUrl(u"tok"_s));
    QVERIFY(models.body.isEmpty());
    QCOMPARE(headerValue(models.headers, "x-goog-api-key"), QByteArray("AIza-test"));
}

QTEST_GUILESS_MAIN(TestGeminiReader)
#include "tst_geminireader.moc"
