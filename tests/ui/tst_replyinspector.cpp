// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The reply view and the inspector, driven through a real PlaygroundSession: OpenAI-compatible
// streams, errors and cancels from the loopback server, tool calls from the Demo provider.
#include "core/assistantmessage.h"
#include "core/usermessage.h"
#include "fixtures.h"
#include "inspector/inspectorpanel.h"
#include "inspector/timelinemodel.h"
#include "loopbackserver.h"
#include "profiles/providerprofile.h"
#include "replyview/replyview.h"
#include "replyview/toolcallview.h"
#include "session/playgroundsession.h"
#include "session/run.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace modelkit;
using playground::InspectorPanel;
using playground::PlaygroundSession;
using playground::ReplyView;
using playground::Run;
using playground::ToolCallView;
using testsupport::LoopbackServer;
using testsupport::ScriptedResponse;

namespace {

// The text of fixtures/openai/chat-stream-text-with-usage.sse (14 prompt, 30 completion tokens).
const QString fixtureText
    = u"I'm unable to provide real-time weather updates. To get the current weather in San "
      "Francisco, I recommend checking a reliable weather website or a weather app."_s;
const QString testKey = u"sk-test-SECRET-0123456789"_s;

QByteArray streamFixture()
{
    return testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s);
}

bool waitForRun(Run *run, int timeoutMs = 10000)
{
    if (!run->isRunning())
        return true;
    QSignalSpy finished(run, &Run::finished);
    return finished.wait(timeoutMs);
}

//! The session, pointed at the loopback server, and the two panels in one shown window.
struct Rig
{
    LoopbackServer server;
    PlaygroundSession session;
    QWidget window;
    ReplyView *reply = nullptr;
    InspectorPanel *inspector = nullptr;

    explicit Rig(bool loopback = true)
    {
        if (loopback) {
            ProviderProfile profile;
            profile.name = u"Loopback"_s;
            profile.kind = ProviderKind::OpenAiCompatible;
            QUrl base = server.baseUrl();
            base.setPath(u"/v1"_s);
            profile.baseUrl = base;
            profile.model = u"gpt-4o-mini"_s;
            session.setKeyResolver([](const ProviderProfile &) { return testKey; });
            session.setProfiles({profile});
            session.selectProfile(0);
        }
        session.appendMessage(UserMessage{u"What's the weather in San Francisco?"_s, u"user"_s});
        auto *layout = new QHBoxLayout(&window);
        reply = new ReplyView(&session, &window);
        inspector = new InspectorPanel(&session, &window);
        layout->addWidget(reply, 3);
        layout->addWidget(inspector, 2);
        window.resize(1280, 760);
        window.show();
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window.findChild<T *>(name);
    }

    Run *send()
    {
        QString error;
        Run *run = session.send(&error);
        if (!run)
            qWarning() << "send failed:" << error;
        return run;
    }

    QTreeWidgetItem *field(const QStringList &path) const
    {
        auto *tree = find<QTreeWidget>(u"resultTree"_s);
        QTreeWidgetItem *item = nullptr;
        for (const QString &name : path) {
            QTreeWidgetItem *next = nullptr;
            const int count = item ? item->childCount() : tree->topLevelItemCount();
            for (int i = 0; i < count && !next; ++i) {
                QTreeWidgetItem *candidate = item ? item->child(i) : tree->topLevelItem(i);
                if (candidate->text(0) == name)
                    next = candidate;
            }
            if (!next)
                return nullptr;
            item = next;
        }
        return item;
    }

    QString fieldValue(const QStringList &path) const
    {
        const QTreeWidgetItem *item = field(path);
        return item ? item->text(1) : u"<missing %1>"_s.arg(path.join(u'/'));
    }

    QString headerValue(const QString &table, const QString &name) const
    {
        auto *headers = find<QTableWidget>(table);
        for (int row = 0; headers && row < headers->rowCount(); ++row) {
            if (headers->item(row, 0)->text().compare(name, Qt::CaseInsensitive) == 0)
                return headers->item(row, 1)->text();
        }
        return {};
    }

    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("MODELKIT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // let pending layouts and re-highlighting happen, as on screen
        window.grab().save(dir + u'/' + name + u".png"_s);
    }
};

QByteArray contentChunk(const QByteArray &content, const QByteArray &finish = "null")
{
    return R"({"id":"chatcmpl-big","object":"chat.completion.chunk","created":1,)"
           R"("model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":")"
           + content + R"("},"finish_reason":)" + finish + "}]}";
}

} // namespace

class TstReplyInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyState();
    void streamedReply();
    void failedRunShowsTypedError_data();
    void failedRunShowsTypedError();
    void cancelKeepsPartialReply();
    void hugeReplyStaysPlainText();
    void markdownNeverLoadsImages();
    void demoToolCall();
    void demoJsonReplyStaysSource();
    void switchingRunsShowsEachOne();
};

void TstReplyInspector::initTestCase()
{
    // Sessions read the catalog overrides and may open caches: never the user's own files.
    QStandardPaths::setTestModeEnabled(true);
}

void TstReplyInspector::emptyState()
{
    Rig rig;
    QVERIFY(QTest::qWaitForWindowExposed(&rig.window));
    QCOMPARE(rig.reply->objectName(), u"replyView"_s);
    QCOMPARE(rig.inspector->objectName(), u"inspector"_s);
    auto *empty = rig.find<QLabel>(u"replyEmpty"_s);
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"Ctrl+Enter"_s));
    QVERIFY(!rig.find<QComboBox>(u"runSelector"_s)->isVisible());
    QVERIFY(rig.find<QTabWidget>(u"inspectorTabs"_s));
    QCOMPARE(rig.find<QTreeWidget>(u"resultTree"_s)->topLevelItemCount(), 0);
    QCOMPARE(rig.find<QTableView>(u"timelineTable"_s)->model()->rowCount(), 0);
    rig.screenshot(u"reply-empty"_s);
}

void TstReplyInspector::streamedReply()
{
    Rig rig;
    // Small pieces with pauses: the reply must appear while the run is still going.
    rig.server.enqueue(ScriptedResponse::sse(streamFixture(), 31, 15));
    Run *run = rig.send();
    QVERIFY(run);
    auto *addButton = rig.find<QPushButton>(u"addToConversationButton"_s);
    QVERIFY(!addButton->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!rig.reply->displayedText().isEmpty(), 5000);
    QVERIFY(run->isRunning());
    QVERIFY(fixtureText.startsWith(rig.reply->displayedText()));
    QCOMPARE(rig.find<QLabel>(u"runState"_s)->text(), u"Streaming…"_s);
    QVERIFY(!addButton->isEnabled());
    rig.screenshot(u"reply-streaming"_s);

    QVERIFY(waitForRun(run));
    QCOMPARE(run->state(), Run::State::Succeeded);
    QCOMPARE(rig.reply->displayedText(), fixtureText);
    QCOMPARE(rig.find<QLabel>(u"runState"_s)->text(), u"Done"_s);
    QVERIFY(!rig.find<QWidget>(u"replyThought"_s)->isVisible());
    QVERIFY(!rig.find<QWidget>(u"replyError"_s)->isVisible());
    QVERIFY(!rig.find<QWidget>(u"replyToolCalls"_s)->isVisible());

    // Rendered as Markdown once finished; "Show source" gives the raw text back.
    auto *text = rig.find<QTextEdit>(u"replyText"_s);
    auto *toggle = rig.find<QToolButton>(u"markdownToggle"_s);
    QVERIFY(toggle->isEnabled());
    QVERIFY(!toggle->isChecked());
    QVERIFY(text->toPlainText().contains(u"reliable weather website"_s));
    toggle->click();
    QCOMPARE(text->toPlainText(), fixtureText);
    toggle->click();
    QVERIFY(!toggle->isChecked());

    auto *selector = rig.find<QComboBox>(u"runSelector"_s);
    QCOMPARE(selector->count(), 1);
    QVERIFY2(selector->itemText(0).startsWith(u"#1 · Loopback · gpt-4o-mini · "_s),
             qPrintable(selector->itemText(0)));

    // Result.
    QCOMPARE(rig.fieldValue({u"finish_reason"_s}), u"stop"_s);
    QCOMPARE(rig.fieldValue({u"usage"_s, u"prompt_tokens"_s}), u"14"_s);
    QCOMPARE(rig.fieldValue({u"usage"_s, u"completion_tokens"_s}), u"30"_s);
    QCOMPARE(rig.fieldValue({u"usage"_s, u"total"_s}), u"44"_s);
    QCOMPARE(rig.fieldValue({u"cached"_s}), u"false"_s);
    QCOMPARE(rig.fieldValue({u"thought"_s}), u"null"_s);
    QCOMPARE(rig.fieldValue({u"logprobs"_s}), u"null"_s);
    QCOMPARE(rig.fieldValue({u"response_id"_s}), u"chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL"_s);
    QCOMPARE(rig.fieldValue({u"content"_s}), fixtureText);
    QVERIFY(!rig.field({u"error"_s}));
    QVERIFY(rig.find<QWidget>(u"logprobsEmpty"_s));
    QCOMPARE(rig.find<QTableView>(u"logprobsTable"_s)->model()->rowCount(), 0);

    // Request: URL, redacted headers, the body that was sent.
    QVERIFY(rig.server.waitForRequests(1));
    const QString url = rig.find<QLabel>(u"requestUrl"_s)->text();
    QVERIFY2(url.startsWith(u"POST http://127.0.0.1:"_s), qPrintable(url));
    QVERIFY2(url.endsWith(u"/v1/chat/completions"_s), qPrintable(url));
    QCOMPARE(rig.headerValue(u"requestHeaders"_s, u"authorization"_s), u"Bearer [redacted]"_s);
    const QString body = rig.find<QPlainTextEdit>(u"requestBody"_s)->toPlainText();
    QVERIFY2(body.contains(u"\"model\": \"gpt-4o-mini\""_s), qPrintable(body));
    QVERIFY(body.contains(u"\"messages\": ["_s));
    QVERIFY(body.contains(u"What's the weather in San Francisco?"_s));
    QVERIFY(!body.contains(testKey));
    // Coloured by the JSON highlighter: the second line ("messages": [) carries formats.
    QTRY_VERIFY(!rig.find<QPlainTextEdit>(u"requestBody"_s)
                     ->document()
                     ->findBlockByNumber(1)
                     .layout()
                     ->formats()
                     .isEmpty());
    // The secret went over the wire but is shown nowhere.
    QCOMPARE(rig.server.requests().at(0).header("authorization"),
             QByteArray("Bearer " + testKey.toUtf8()));

    // Response: status, headers, the SSE text as received.
    QVERIFY2(rig.find<QLabel>(u"responseStatus"_s)->text().startsWith(u"HTTP 200"_s),
             qPrintable(rig.find<QLabel>(u"responseStatus"_s)->text()));
    QVERIFY(rig.headerValue(u"responseHeaders"_s, u"content-type"_s)
                .startsWith(u"text/event-stream"_s));
    QVERIFY(rig.find<QPlainTextEdit>(u"responseBody"_s)->toPlainText().contains(u"data: [DONE]"_s));

    // Timings and timeline.
    QVERIFY(rig.find<QLabel>(u"timingFirstToken"_s)->text().endsWith(u" ms"_s));
    QVERIFY(rig.find<QLabel>(u"timingTotal"_s)->text() != u"—"_s);
    QVERIFY(rig.find<QLabel>(u"timingAttempts"_s)->text().contains(u"HTTP 200"_s));
    auto *timeline = rig.find<QTableView>(u"timelineTable"_s);
    QTRY_COMPARE(timeline->model()->rowCount(), int(run->events().size()));
    QVERIFY(timeline->model()->rowCount() > 2);
    QCOMPARE(timeline->model()->index(timeline->model()->rowCount() - 1, 1).data().toString(),
             u"Finished"_s);
    QVERIFY(rig.find<QLabel>(u"timelineSummary"_s)->text().contains(u"first token at"_s));
    rig.screenshot(u"reply-streamed"_s);
    rig.find<QTabWidget>(u"inspectorTabs"_s)->setCurrentIndex(3);
    rig.screenshot(u"reply-request"_s);
    rig.find<QTabWidget>(u"inspectorTabs"_s)->setCurrentIndex(2);
    rig.screenshot(u"reply-timings"_s);
    rig.find<QTabWidget>(u"inspectorTabs"_s)->setCurrentIndex(5);
    rig.screenshot(u"reply-timeline"_s);

    // Add to conversation.
    QVERIFY(addButton->isEnabled());
    const qsizetype before = rig.session.messages().size();
    QTest::mouseClick(addButton, Qt::LeftButton);
    QCOMPARE(rig.session.messages().size(), before + 1);
    const auto *assistant = std::get_if<AssistantMessage>(&rig.session.messages().last());
    QVERIFY(assistant);
    QCOMPARE(std::get<QString>(assistant->content), fixtureText);
}

void TstReplyInspector::failedRunShowsTypedError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("extraHeader");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("retryHint");

    QTest::newRow("401") << 401
                         << QByteArray(R"({"error":{"message":"Incorrect API key provided.",)"
                                       R"("type":"invalid_request_error","param":null,)"
                                       R"("code":"invalid_api_key"}})")
                         << QByteArray() << u"authentication"_s << u"Incorrect API key provided."_s
                         << u"invalid_api_key"_s << QString();
    // x-should-retry: false makes the transport give up at once and report the hint.
    QTest::newRow("429") << 429
                         << QByteArray(R"({"error":{"message":"Rate limit reached for requests",)"
                                       R"("type":"requests","param":null,)"
                                       R"("code":"rate_limit_exceeded"}})")
                         << QByteArray("retry-after") << u"rate_limit"_s
                         << u"Rate limit reached for requests"_s << u"rate_limit_exceeded"_s
                         << u"The provider asks to retry in 20 s"_s;
}

void TstReplyInspector::failedRunShowsTypedError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, extraHeader);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QFETCH(QString, retryHint);

    Rig rig;
    ScriptedResponse::Headers headers{{"x-request-id", "req_lb_42"}};
    if (!extraHeader.isEmpty())
        headers << qMakePair(extraHeader, QByteArray("20"))
                << qMakePair(QByteArray("x-should-retry"), QByteArray("false"));
    rig.server.enqueue(ScriptedResponse::json(status, body, headers));
    Run *run = rig.send();
    QVERIFY(run);
    QVERIFY(waitForRun(run));
    QCOMPARE(run->state(), Run::State::Failed);

    auto *banner = rig.find<QWidget>(u"replyError"_s);
    QVERIFY(banner->isVisible());
    const QString shown = rig.find<QLabel>(u"replyErrorText"_s)->text();
    QVERIFY2(shown.contains(QString::number(status)), qPrintable(shown));
    QVERIFY2(shown.contains(kind), qPrintable(shown));
    QVERIFY2(shown.contains(message), qPrintable(shown));
    QVERIFY2(shown.contains(code), qPrintable(shown));
    QVERIFY2(shown.contains(u"req_lb_42"_s), qPrintable(shown));
    if (retryHint.isEmpty())
        QVERIFY(!shown.contains(u"retry in"_s));
    else
        QVERIFY2(shown.contains(retryHint), qPrintable(shown));

    // Never mixed into the reply.
    QVERIFY(rig.reply->displayedText().isEmpty());
    QVERIFY(!rig.find<QTextEdit>(u"replyText"_s)->toPlainText().contains(message));
    QCOMPARE(rig.find<QLabel>(u"runState"_s)->text(), u"Failed"_s);
    QVERIFY(!rig.find<QPushButton>(u"addToConversationButton"_s)->isEnabled());

    QCOMPARE(rig.fieldValue({u"error"_s}), kind);
    QCOMPARE(rig.fieldValue({u"error"_s, u"http_status"_s}), QString::number(status));
    QCOMPARE(rig.fieldValue({u"error"_s, u"message"_s}), message);
    QCOMPARE(rig.fieldValue({u"error"_s, u"provider_code"_s}), code);
    QCOMPARE(rig.fieldValue({u"error"_s, u"request_id"_s}), u"req_lb_42"_s);
    QVERIFY(rig.find<QLabel>(u"responseStatus"_s)->text().startsWith(u"HTTP %1"_s.arg(status)));
    QVERIFY(rig.find<QPlainTextEdit>(u"responseBody"_s)->toPlainText().contains(message));
    rig.screenshot(u"reply-error-"_s + QString::number(status));
}

void TstReplyInspector::cancelKeepsPartialReply()
{
    Rig rig;
    rig.server.enqueue(ScriptedResponse::sse(streamFixture(), 24, 60));
    Run *run = rig.send();
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.reply->displayedText().isEmpty(), 5000);
    QVERIFY(run->isRunning());
    rig.session.stop();
    QCOMPARE(run->state(), Run::State::Cancelled);

    const QString partial = rig.reply->displayedText();
    QCOMPARE(partial, run->text());
    QVERIFY(!partial.isEmpty());
    QVERIFY(partial.size() < fixtureText.size());
    QVERIFY(fixtureText.startsWith(partial));
    auto *note = rig.find<QLabel>(u"replyNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(u"Stopped"_s), qPrintable(note->text()));
    QVERIFY(!rig.find<QWidget>(u"replyError"_s)->isVisible());
    QCOMPARE(rig.find<QLabel>(u"runState"_s)->text(), u"Stopped"_s);
    // The partial reply can still be taken into the conversation.
    QVERIFY(rig.find<QPushButton>(u"addToConversationButton"_s)->isEnabled());
    QVERIFY(rig.find<QTextEdit>(u"replyText"_s)->toPlainText().contains(partial.trimmed()));
    QCOMPARE(rig.fieldValue({u"error"_s}), u"cancelled"_s);
    rig.screenshot(u"reply-stopped"_s);
}

void TstReplyInspector::hugeReplyStaysPlainText()
{
    Rig rig;
    // 1.2 MB of text in 1,200 events.
    QByteArray sse;
    const QByteArray piece = QByteArray("Lorem ipsum dolor sit amet, consectetur **adipiscing** "
                                        "elit. ")
                                 .repeated(16)
                             + "\\n\\n";
    QByteArray expected;
    for (int i = 0; i < 1200; ++i) {
        sse += "data: " + contentChunk(piece) + "\n\n";
        expected += piece;
    }
    sse += "data: " + contentChunk("", R"("stop")") + "\n\ndata: [DONE]\n\n";
    expected.replace("\\n", "\n");
    rig.server.enqueue(ScriptedResponse::sse(sse, 64 * 1024));
    Run *run = rig.send();
    QVERIFY(run);
    QVERIFY(waitForRun(run, 60000));
    QCOMPARE(run->state(), Run::State::Succeeded);
    QCOMPARE(rig.reply->displayedText().size(), qsizetype(expected.size()));
    QVERIFY(rig.reply->displayedText().size() > ReplyView::markdownLimit);
    auto *note = rig.find<QLabel>(u"replyNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"plain text"_s), qPrintable(note->text()));
    QVERIFY(!rig.find<QToolButton>(u"markdownToggle"_s)->isEnabled());
    // Still raw: the Markdown emphasis markers were not rendered away.
    auto *text = rig.find<QTextEdit>(u"replyText"_s);
    QVERIFY(text->toPlainText().startsWith(u"Lorem ipsum dolor sit amet, consectetur **adip"_s));
    QTRY_COMPARE(rig.inspector->timelineModel()->rowCount(), int(run->events().size()));
}

void TstReplyInspector::markdownNeverLoadsImages()
{
    // A real image on disk that a rendered reply names: it must not be read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"secret.png"_s);
    QImage secret(64, 48, QImage::Format_RGB32);
    secret.fill(Qt::red);
    QVERIFY(secret.save(path));
    const QUrl url = QUrl::fromLocalFile(path);

    Rig rig;
    const QByteArray content
        = "Look: ![chart](" + url.toEncoded() + ") and [a link](https://example.com).";
    rig.server.enqueue(ScriptedResponse::sse("data: " + contentChunk(content)
                                             + "\n\ndata: " + contentChunk("", R"("stop")")
                                             + "\n\ndata: [DONE]\n\n"));
    Run *run = rig.send();
    QVERIFY(run);
    QVERIFY(waitForRun(run));
    auto *text = rig.find<QTextEdit>(u"replyText"_s);
    QVERIFY(!rig.find<QToolButton>(u"markdownToggle"_s)->isChecked());
    QTest::qWait(50);
    text->grab(); // lays the image out
    const QVariant resource = text->document()->resource(QTextDocument::ImageResource, url);
    QVERIFY(resource.isValid());
    const QImage shown = resource.value<QImage>();
    QVERIFY(!shown.isNull());
    QVERIFY2(shown.size() != secret.size(), "the local image file was read");
    QVERIFY(text->toPlainText().contains(u"and a link."_s));
}

void TstReplyInspector::demoToolCall()
{
    Rig rig(false);
    QVERIFY(rig.session.isDemo());
    rig.session.addTool(
        uR"({"name": "get_weather", "description": "Current weather for a city",)"
        uR"( "parameters": {"type": "object", "properties": {"city": {"type": "string"}},)"
        uR"( "required": ["city"]}})"_s);
    Run *run = rig.send();
    QVERIFY(run);
    QVERIFY(waitForRun(run, 30000));
    QCOMPARE(run->state(), Run::State::Succeeded);

    auto *call = rig.find<ToolCallView>(u"toolCall0"_s);
    QVERIFY(call);
    QVERIFY(call->isVisible());
    QVERIFY(rig.find<QWidget>(u"replyToolCalls"_s)->isVisible());
    QVERIFY(!rig.find<QWidget>(u"replyText"_s)->isVisible());
    const QString header = call->findChild<QLabel *>(u"toolCallHeader"_s)->text();
    QVERIFY2(header.contains(u"get_weather"_s), qPrintable(header));
    QVERIFY2(header.contains(u"#0"_s), qPrintable(header));
    QVERIFY(!run->toolCalls().at(0).id.isEmpty());
    QVERIFY2(header.contains(run->toolCalls().at(0).id), qPrintable(header));
    QCOMPARE(call->arguments(), run->toolCalls().at(0).arguments);
    QVERIFY(call->isPrettyPrinted());
    const QString shownArguments
        = call->findChild<QPlainTextEdit *>(u"toolCallArguments"_s)->toPlainText();
    QVERIFY2(shownArguments.startsWith(u"{\n  \"city\": "_s), qPrintable(shownArguments));

    // The Demo reasoner thinks first: the reasoning block is shown and can be collapsed.
    auto *thought = rig.find<QWidget>(u"replyThought"_s);
    QVERIFY(thought->isVisible());
    auto *thoughtText = rig.find<QPlainTextEdit>(u"replyThoughtText"_s);
    QCOMPARE(thoughtText->toPlainText(), run->thought());
    QVERIFY(!run->thought().isEmpty());
    rig.screenshot(u"reply-demo-tool"_s);
    rig.find<QToolButton>(u"replyThoughtToggle"_s)->click();
    QVERIFY(!thoughtText->isVisible());

    QCOMPARE(rig.fieldValue({u"finish_reason"_s}), u"function_calls"_s);
    QCOMPARE(rig.fieldValue({u"content"_s, u"[0]"_s, u"name"_s}), u"get_weather"_s);
    QCOMPARE(rig.fieldValue({u"content"_s, u"[0]"_s, u"id"_s}), run->toolCalls().at(0).id);
    QVERIFY(rig.fieldValue({u"thought"_s}) != u"null"_s);

    // Nothing went over HTTP: the inspector says so and shows the modelkit request.
    auto *requestNote = rig.find<QLabel>(u"requestNote"_s);
    QVERIFY(!requestNote->isHidden());
    QVERIFY(requestNote->text().contains(u"nothing was sent over HTTP"_s));
    const QString body = rig.find<QPlainTextEdit>(u"requestBody"_s)->toPlainText();
    QVERIFY2(body.contains(u"get_weather"_s), qPrintable(body));
    QVERIFY(body.contains(u"What's the weather in San Francisco?"_s));

    // Adding the reply appends the assistant's call and an empty tool result to fill in.
    const qsizetype before = rig.session.messages().size();
    QTest::mouseClick(rig.find<QPushButton>(u"addToConversationButton"_s), Qt::LeftButton);
    QCOMPARE(rig.session.messages().size(), before + 2);

    // A second run keeps the reasoning collapsed.
    Run *second = rig.send();
    QVERIFY(second);
    QVERIFY(waitForRun(second, 30000));
    QVERIFY(thought->isVisible());
    QVERIFY(!thoughtText->isVisible());
    QCOMPARE(rig.find<QComboBox>(u"runSelector"_s)->count(), 2);
    // Selecting the first run again from the list shows it.
    rig.find<QComboBox>(u"runSelector"_s)->setCurrentIndex(0);
    QCOMPARE(rig.session.selectedRun(), run);
    QCOMPARE(rig.reply->run(), run);
    QVERIFY(rig.find<ToolCallView>(u"toolCall0"_s));
}

void TstReplyInspector::demoJsonReplyStaysSource()
{
    Rig rig(false);
    rig.session.setJsonOutputMode(JsonOutput::Mode::JsonObject);
    Run *run = rig.send();
    QVERIFY(run);
    QVERIFY(waitForRun(run, 30000));
    QCOMPARE(run->state(), Run::State::Succeeded);
    QVERIFY(run->text().trimmed().startsWith(u'{'));
    // JSON output is shown as written, in a fixed font and coloured, never as Markdown.
    auto *text = rig.find<QTextEdit>(u"replyText"_s);
    QCOMPARE(text->toPlainText(), run->text());
    QCOMPARE(rig.reply->displayedText(), run->text());
    QVERIFY(!rig.find<QToolButton>(u"markdownToggle"_s)->isEnabled());
    QVERIFY(QFontInfo(text->font()).fixedPitch());
    QTRY_VERIFY(!text->document()->firstBlock().layout()->formats().isEmpty());
    rig.screenshot(u"reply-demo-json"_s);
}

void TstReplyInspector::switchingRunsShowsEachOne()
{
    Rig rig;
    // A Demo reply: reasoning first, then Markdown (a heading, a list, code).
    rig.session.selectProfile(-1);
    Run *demo = rig.send();
    QVERIFY(demo);
    QVERIFY(waitForRun(demo, 30000));
    QVERIFY(rig.find<QWidget>(u"replyThought"_s)->isVisible());
    QVERIFY(demo->text().contains(u"## "_s));
    QCOMPARE(rig.reply->displayedText(), demo->text());
    auto *text = rig.find<QTextEdit>(u"replyText"_s);
    QVERIFY(!text->toPlainText().contains(u"## "_s)); // rendered, not raw
    rig.screenshot(u"reply-demo-markdown"_s);

    // A plain stream from the loopback server: no reasoning block.
    rig.session.selectProfile(0);
    rig.server.enqueue(ScriptedResponse::sse(streamFixture()));
    Run *plain = rig.send();
    QVERIFY(plain);
    QVERIFY(waitForRun(plain));
    QCOMPARE(rig.reply->displayedText(), fixtureText);
    QVERIFY(!rig.find<QWidget>(u"replyThought"_s)->isVisible());
    QCOMPARE(rig.fieldValue({u"finish_reason"_s}), u"stop"_s);

    // Back to the first run through the selector: everything follows.
    auto *selector = rig.find<QComboBox>(u"runSelector"_s);
    QCOMPARE(selector->count(), 2);
    QVERIFY(selector->itemText(0).startsWith(u"#1 · Demo (offline) · demo-reasoner · "_s));
    selector->setCurrentIndex(0);
    QCOMPARE(rig.session.selectedRun(), demo);
    QCOMPARE(rig.reply->displayedText(), demo->text());
    QVERIFY(rig.find<QWidget>(u"replyThought"_s)->isVisible());
    QCOMPARE(rig.find<QPlainTextEdit>(u"replyThoughtText"_s)->toPlainText(), demo->thought());
    QVERIFY(!text->toPlainText().contains(u"## "_s));
    QCOMPARE(rig.fieldValue({u"model"_s}), u"demo-reasoner"_s);
    QCOMPARE(rig.inspector->timelineModel()->rowCount(), int(demo->events().size()));
}

QTEST_MAIN(TstReplyInspector)
#include "tst_replyinspector.moc"
