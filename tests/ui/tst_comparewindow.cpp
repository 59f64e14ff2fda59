// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The Compare view in the real window, against the loopback server speaking OpenAI's wire
// format: three lanes (fast, slow, 429) with their metrics, marks and the error in place;
// Stop of one lane; a per-profile limit of 1; repeats; the per-lane cache switch; the word
// diff; inspect, promote, and save and reopen a comparison.
#include "cache/memorycachestore.h"
#include "compare/comparediffview.h"
#include "compare/comparelaneview.h"
#include "compare/comparepanel.h"
#include "compare/comparison.h"
#include "compare/comparisondocument.h"
#include "inspector/inspectorpanel.h"
#include "loopbackserver.h"
#include "mainwindow.h"
#include "openaichatstream.h"
#include "session/playgroundsession.h"
#include "session/run.h"
#include "uitest.h"
#include "usage/usageledger.h"
#include "widgets/noticebar.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace modelkit;
using namespace playground;
using testsupport::findNamed;
using testsupport::LoopbackServer;
using testsupport::openAiChatStream;
using testsupport::RecordedRequest;
using testsupport::ScriptedResponse;

namespace {

const QString canaryKey = u"sk-canary-compare-5d1f0e"_s;
const QStringList fastPieces{u"Fast "_s, u"answer."_s};
const QStringList slowPieces{u"A "_s,      u"slow "_s, u"and "_s,   u"careful "_s,
                             u"answer "_s, u"that "_s, u"takes "_s, u"its "_s,
                             u"time "_s,   u"to "_s,   u"arrive."_s};

ProviderProfile profileOf(const QString &name, const LoopbackServer &server)
{
    ProviderProfile profile;
    profile.name = name;
    profile.kind = ProviderKind::OpenAiCompatible;
    profile.baseUrl = server.url(u"/v1"_s);
    profile.model = u"fast-model"_s;
    return profile;
}

CompareLane laneOf(const QString &profile, const QString &model)
{
    CompareLane lane;
    lane.profile = profile;
    lane.model = model;
    return lane;
}

QString text(const CompareLaneView *view, const QString &name)
{
    const auto *label = findNamed<QLabel>(view, name);
    return label ? label->text() : QString();
}

QString reply(const CompareLaneView *view)
{
    return view->replyEdit()->toPlainText();
}

} // namespace

class TstCompareWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void threeLanesFastSlowFailing();
    void stopOneLaneLeavesTheOthersRunning();
    void limitOfOneSerialisesTwoLanes();
    void repeatsShowTheSpread();
    void laneCacheSwitch();
    void diffInspectPromote();
    void saveAndReopen();
    void lanesAreRemembered();
    void budgetCountsEveryLane();
    void attemptPickerWhileStreaming();
    void demoAndMissingProfileLanes();
    void escapeStopsEveryLane();
    void promoteRefusesAnEditedConversation();

private:
    //! Opens the window in Compare mode with the three loopback profiles and prices.
    void openWindow();
    bool sendAndWait(int timeoutMs = 20000);

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MemoryCacheStore> m_cache;
    ComparePanel *m_panel = nullptr;
    int m_slowChunk = 128;
    int m_slowDelayMs = 25;
};

void TstCompareWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstCompareWindow::init()
{
    // Settings, the ledger and the conversation library stay out of the user's files.
    QSettings().clear();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(UsageLedger::defaultPath() + suffix);
    m_slowChunk = 128;
    m_slowDelayMs = 25;
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->isListening());
    m_server->setHandler([this](const RecordedRequest &request) {
        const QString model = request.json().value(u"model"_s).toString();
        if (request.path.endsWith("/models"))
            return ScriptedResponse::json(200, QJsonObject{{u"data"_s, QJsonArray()}});
        if (model == u"fast-model")
            return ScriptedResponse::sse(openAiChatStream(model, fastPieces, 10, 4));
        if (model == u"slow-model")
            return ScriptedResponse::sse(openAiChatStream(model, slowPieces, 12, 40), m_slowChunk,
                                         m_slowDelayMs);
        if (model == u"busy-model")
            return ScriptedResponse::json(
                429,
                QByteArray(R"({"error":{"message":"Rate limit reached for busy-model",)"
                           R"("type":"requests","param":null,"code":"rate_limit_exceeded"}})"),
                {{"x-request-id", "req_busy"}});
        return ScriptedResponse::json(
            404, QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"no such model"_s}}}});
    });
    openWindow();
}

void TstCompareWindow::cleanup()
{
    m_panel = nullptr;
    m_window.reset();
    m_server.reset();
    m_cache.reset();
}

void TstCompareWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    PlaygroundSession *session = m_window->session();
    session->setKeyResolver([](const ProviderProfile &) { return canaryKey; });
    session->setProfiles({profileOf(u"Fast"_s, *m_server), profileOf(u"Slow"_s, *m_server),
                          profileOf(u"Busy"_s, *m_server)});
    m_cache = std::make_unique<MemoryCacheStore>();
    session->setCacheStore(m_cache.get());
    ModelCatalog catalog;
    QVERIFY(catalog.loadBuiltin());
    // Per 1M tokens: fast is cheaper than slow.
    QVERIFY(catalog.setOverride(
        u"compatible"_s, u"fast-model"_s,
        QJsonObject{{u"price"_s, QJsonObject{{u"input"_s, 1.0}, {u"output"_s, 2.0}}}}));
    QVERIFY(catalog.setOverride(
        u"compatible"_s, u"slow-model"_s,
        QJsonObject{{u"price"_s, QJsonObject{{u"input"_s, 3.0}, {u"output"_s, 6.0}}}}));
    session->setCatalog(catalog);
    session->setMessages({SystemMessage{u"Be brief."_s}, UserMessage{u"Hello?"_s, u"user"_s}});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *compareMode = findNamed<QAction>(m_window.get(), u"actionCompareMode"_s);
    QVERIFY(compareMode);
    compareMode->trigger();
    m_panel = findNamed<ComparePanel>(m_window.get(), u"comparePanel"_s);
    QVERIFY(m_panel);
    QTRY_VERIFY(m_panel->isVisible());
}

bool TstCompareWindow::sendAndWait(int timeoutMs)
{
    auto *send = m_window->findChild<QAction *>(u"actionSend"_s);
    QSignalSpy finished(m_panel, &ComparePanel::finished);
    send->trigger();
    return finished.wait(timeoutMs) || !finished.isEmpty();
}

void TstCompareWindow::threeLanesFastSlowFailing()
{
    m_panel->setLanes({laneOf(u"Fast"_s, u"fast-model"_s), laneOf(u"Slow"_s, u"slow-model"_s),
                       laneOf(u"Busy"_s, u"busy-model"_s)});
    QCOMPARE(m_panel->laneViews().size(), 3);
    QVERIFY(sendAndWait());

    const CompareLaneView *fast = m_panel->laneView(0);
    const CompareLaneView *slow = m_panel->laneView(1);
    const CompareLaneView *busy = m_panel->laneView(2);
    // Results.
    QCOMPARE(reply(fast), fastPieces.join(QString()));
    QCOMPARE(reply(slow), slowPieces.join(QString()));
    QCOMPARE(reply(busy), QString());
    QCOMPARE(text(fast, u"laneState"_s), u"Done"_s);
    QCOMPARE(text(slow, u"laneState"_s), u"Done"_s);
    QCOMPARE(text(busy, u"laneState"_s), u"Failed"_s);
    // Metrics, as the provider reported them.
    QVERIFY2(text(fast, u"laneTtft"_s).contains(u"ms"_s)
                 || text(fast, u"laneTtft"_s).contains(u" s"_s),
             qPrintable(text(fast, u"laneTtft"_s)));
    QVERIFY2(text(slow, u"laneSpeed"_s).contains(u"tok/s"_s),
             qPrintable(text(slow, u"laneSpeed"_s)));
    QVERIFY(text(fast, u"laneTotal"_s) != u"—"_s);
    QVERIFY2(text(fast, u"laneTokens"_s).startsWith(u"10 in"_s),
             qPrintable(text(fast, u"laneTokens"_s)));
    QVERIFY(text(fast, u"laneTokens"_s).contains(u"4 out"_s));
    QVERIFY(text(slow, u"laneTokens"_s).contains(u"40 out"_s));
    QCOMPARE(text(fast, u"laneFinish"_s), u"stop"_s);
    QVERIFY2(text(fast, u"laneCost"_s).contains(u'$'), qPrintable(text(fast, u"laneCost"_s)));
    const ConversationRun slowRun = m_panel->comparison()->attempts(1).first();
    QCOMPARE(*slowRun.costUsd, 12 * 3e-6 + 40 * 6e-6);
    QVERIFY(*slowRun.totalMs > *m_panel->comparison()->attempts(0).first().totalMs);
    // The error in place: kind, status, the provider's message and request id.
    const auto *error = findNamed<QLabel>(busy, u"laneError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"429"_s), qPrintable(error->text()));
    QVERIFY(error->text().contains(u"Rate limit reached for busy-model"_s));
    QVERIFY(error->text().contains(u"req_busy"_s));
    QVERIFY(!findNamed<QLabel>(fast, u"laneError"_s)->isVisible());
    // Marks: fastest and cheapest is lane 1, longest lane 2; the failed lane has none.
    QVERIFY(text(fast, u"laneMarks"_s).contains(u"fastest"_s));
    QVERIFY(text(fast, u"laneMarks"_s).contains(u"cheapest"_s));
    QVERIFY(text(slow, u"laneMarks"_s).contains(u"longest"_s));
    QVERIFY(!text(slow, u"laneMarks"_s).contains(u"fastest"_s));
    QCOMPARE(text(busy, u"laneMarks"_s), QString());
    QVERIFY2(findNamed<QLabel>(m_panel, u"compareSummary"_s)->text().contains(u"1 failed"_s),
             qPrintable(findNamed<QLabel>(m_panel, u"compareSummary"_s)->text()));
    // The key went out in the header, and the lanes sent their own models.
    const QList<RecordedRequest> requests = m_server->requests();
    QStringList models;
    for (const RecordedRequest &request : requests) {
        if (request.path.endsWith("/chat/completions")) {
            models << request.json().value(u"model"_s).toString();
            QCOMPARE(request.header("authorization"), "Bearer " + canaryKey.toUtf8());
        }
    }
    QVERIFY(models.contains(u"fast-model"_s));
    QVERIFY(models.contains(u"slow-model"_s));
    QVERIFY(models.contains(u"busy-model"_s));
    // Every call is counted in the session and the usage ledger the CLI reads.
    QCOMPARE(m_window->session()->sessionTotals().runs, 3);
    QTRY_COMPARE_WITH_TIMEOUT(UsageLedger(UsageLedger::defaultPath()).queryBlocking({}).size(), 3,
                              5000);
    QStringList ledgerProfiles;
    for (const UsageRecord &record : UsageLedger(UsageLedger::defaultPath()).queryBlocking({}))
        ledgerProfiles << record.profile + u'/' + record.errorKind;
    ledgerProfiles.sort();
    QCOMPARE(ledgerProfiles, (QStringList{u"Busy/rate_limit"_s, u"Fast/"_s, u"Slow/"_s}));
}

void TstCompareWindow::stopOneLaneLeavesTheOthersRunning()
{
    m_slowChunk = 48;
    m_slowDelayMs = 40; // about two seconds
    m_panel->setLanes({laneOf(u"Slow"_s, u"slow-model"_s), laneOf(u"Slow"_s, u"slow-model"_s)});
    QSignalSpy finished(m_panel, &ComparePanel::finished);
    m_window->findChild<QAction *>(u"actionSend"_s)->trigger();
    CompareLaneView *first = m_panel->laneView(0);
    CompareLaneView *second = m_panel->laneView(1);
    QTRY_VERIFY_WITH_TIMEOUT(reply(first).size() > 3, 10000);
    auto *stop = findNamed<QToolButton>(first, u"laneStop"_s);
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE(m_panel->comparison()->laneState(0), CompareState::Cancelled);
    QVERIFY(text(first, u"laneState"_s).startsWith(u"Stopped"_s));
    // The other lane carries on, and the stopped one keeps what arrived.
    QCOMPARE(m_panel->comparison()->laneState(1), CompareState::Running);
    QVERIFY(m_panel->isRunning());
    const QString partial = reply(first);
    QVERIFY(!partial.isEmpty());
    QVERIFY(slowPieces.join(QString()).startsWith(partial));
    QVERIFY(partial != slowPieces.join(QString()));
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply(second), slowPieces.join(QString()));
    QCOMPARE(text(second, u"laneState"_s), u"Done"_s);
    QCOMPARE(reply(first), partial);
    QVERIFY(!findNamed<QLabel>(first, u"laneError"_s)->isVisible());
}

void TstCompareWindow::limitOfOneSerialisesTwoLanes()
{
    m_panel->setLanes({laneOf(u"Slow"_s, u"slow-model"_s), laneOf(u"Slow"_s, u"slow-model"_s)});
    m_panel->setConcurrencyLimits({{u"Slow"_s, 1}});
    QStringList events;
    connect(m_panel->comparison(), &Comparison::laneStateChanged, this,
            [&events](int lane, CompareState state) {
                events << u"%1:%2"_s.arg(lane).arg(compareStateName(state));
            });
    connect(m_panel->comparison(), &Comparison::attemptFinished, this,
            [&events](int lane) { events << u"%1:done"_s.arg(lane); });
    m_window->findChild<QAction *>(u"actionSend"_s)->trigger();
    // The second lane says it waits, and why.
    QTRY_VERIFY(events.contains(u"1:queued"_s));
    const QString queued = text(m_panel->laneView(1), u"laneState"_s);
    QVERIFY2(queued.startsWith(u"Queued"_s) && queued.contains(u"Slow"_s)
                 && queued.contains(u"1 request"_s),
             qPrintable(queued));
    QSignalSpy finished(m_panel, &ComparePanel::finished);
    QVERIFY(finished.wait(20000));
    // Lane 2 ran only once lane 1 had finished.
    QVERIFY(events.indexOf(u"0:done"_s) >= 0);
    QVERIFY2(events.indexOf(u"0:done"_s) < events.indexOf(u"1:running"_s),
             qPrintable(events.join(u", "_s)));
    QCOMPARE(reply(m_panel->laneView(1)), slowPieces.join(QString()));
    const ConversationRun first = m_panel->comparison()->attempts(0).first();
    const ConversationRun second = m_panel->comparison()->attempts(1).first();
    QVERIFY(second.startedAt >= first.startedAt.addMSecs(*first.totalMs));
    // The limit is remembered for the next launch.
    m_window.reset();
    openWindow();
    QCOMPARE(m_panel->concurrencyLimits().value(u"Slow"_s), 1);
}

void TstCompareWindow::repeatsShowTheSpread()
{
    m_panel->setLanes({laneOf(u"Fast"_s, u"fast-model"_s), laneOf(u"Slow"_s, u"slow-model"_s)});
    m_panel->setRepeat(3);
    QVERIFY(sendAndWait(30000));
    const CompareLaneView *fast = m_panel->laneView(0);
    QCOMPARE(m_panel->comparison()->attempts(0).size(), 3);
    const auto *variance = findNamed<QLabel>(fast, u"laneVariance"_s);
    QVERIFY(variance->isVisible());
    QVERIFY2(variance->text().contains(u"3 attempts: 3 succeeded"_s), qPrintable(variance->text()));
    QVERIFY(variance->text().contains(u"the same answer every time"_s));
    QVERIFY(text(fast, u"laneTotal"_s).contains(u"±"_s));
    auto *attempt = findNamed<QComboBox>(fast, u"laneAttempt"_s);
    QCOMPARE(attempt->count(), 3);
    QVERIFY(attempt->isVisible());
    // Any attempt can be looked at.
    QCOMPARE(fast->shownAttempt(), 2);
    attempt->setCurrentIndex(0);
    Q_EMIT attempt->activated(0);
    QCOMPARE(fast->shownAttempt(), 0);
    QCOMPARE(reply(fast), fastPieces.join(QString()));
    QCOMPARE(m_window->session()->sessionTotals().runs, 6);
}

void TstCompareWindow::laneCacheSwitch()
{
    // Two lanes to the same model: the first caches, the second never does.
    CompareLane cached = laneOf(u"Fast"_s, u"fast-model"_s);
    cached.cache = true;
    CompareLane uncached = laneOf(u"Fast"_s, u"fast-model"_s);
    uncached.cache = false;
    m_panel->setLanes({cached, uncached});
    QVERIFY(sendAndWait());
    auto chatCalls = [this] {
        int calls = 0;
        for (const RecordedRequest &request : m_server->requests())
            calls += request.path.endsWith("/chat/completions") ? 1 : 0;
        return calls;
    };
    QCOMPARE(chatCalls(), 2);
    QVERIFY(sendAndWait());
    // Only the uncached lane asked the server again; the cached one says so and is free.
    QCOMPARE(chatCalls(), 3);
    const ConversationRun replay = m_panel->comparison()->attempts(0).first();
    QVERIFY(replay.result && replay.result->cached);
    QCOMPARE(replay.costUsd, std::optional<double>(0.0));
    QVERIFY2(text(m_panel->laneView(0), u"laneCost"_s).contains(u"cached"_s),
             qPrintable(text(m_panel->laneView(0), u"laneCost"_s)));
    QCOMPARE(reply(m_panel->laneView(0)), fastPieces.join(QString()));
    QVERIFY(!m_panel->comparison()->attempts(1).first().result->cached);
}

void TstCompareWindow::diffInspectPromote()
{
    m_panel->setLanes({laneOf(u"Fast"_s, u"fast-model"_s), laneOf(u"Slow"_s, u"slow-model"_s)});
    QVERIFY(sendAndWait());
    // Word diff between the two lanes.
    QTest::mouseClick(findNamed<QToolButton>(m_panel, u"compareDiff"_s), Qt::LeftButton);
    CompareDiffView *diff = m_panel->diffView();
    QVERIFY(diff->isVisible());
    const QString html = findNamed<QTextBrowser>(diff, u"diffText"_s)->toHtml();
    QVERIFY(html.contains(u"Fast"_s));
    QVERIFY(html.contains(u"careful"_s));
    QVERIFY2(findNamed<QLabel>(diff, u"diffSummary"_s)->text().contains(u"unchanged"_s),
             qPrintable(findNamed<QLabel>(diff, u"diffSummary"_s)->text()));

    // Inspect a lane: the inspector shows that attempt's run.
    CompareLaneView *slow = m_panel->laneView(1);
    QTest::mouseClick(findNamed<QToolButton>(slow, u"laneInspect"_s), Qt::LeftButton);
    auto *inspector = findNamed<InspectorPanel>(m_window.get(), u"inspector"_s);
    QVERIFY(inspector->run());
    QCOMPARE(inspector->run()->text(), slowPieces.join(QString()));
    QVERIFY(findNamed<QDockWidget>(m_window.get(), u"inspectorDock"_s)->isVisible());

    // Promote the slow lane: its reply joins the conversation, its profile and model are
    // chosen, and the window is back in the chat.
    QTest::mouseClick(findNamed<QToolButton>(slow, u"lanePromote"_s), Qt::LeftButton);
    PlaygroundSession *session = m_window->session();
    QCOMPARE(session->messages().size(), 3);
    const auto *assistant = std::get_if<AssistantMessage>(&session->messages().last());
    QVERIFY(assistant);
    QCOMPARE(std::get<QString>(assistant->content), slowPieces.join(QString()));
    QCOMPARE(session->providerLabel(), u"Slow"_s);
    QCOMPARE(session->model(), u"slow-model"_s);
    QVERIFY(!findNamed<QAction>(m_window.get(), u"actionCompareMode"_s)->isChecked());
    QVERIFY(!m_panel->isVisible());
}

void TstCompareWindow::saveAndReopen()
{
    m_panel->setLanes({laneOf(u"Fast"_s, u"fast-model"_s), laneOf(u"Busy"_s, u"busy-model"_s)});
    QVERIFY(sendAndWait());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"comparison.json"_s);
    QSignalSpy saved(m_panel, &ComparePanel::saved);
    m_panel->saveTo(path);
    QVERIFY(saved.wait(5000));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(!bytes.contains(canaryKey.toUtf8()), "the API key reached the file");
    QString error;
    const std::optional<ComparisonDocument> document = ComparisonDocument::readFile(path, &error);
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->lanes.size(), 2);
    QCOMPARE(document->lanes.at(0).attempts.first().result->text(), fastPieces.join(QString()));

    // Another window (the next launch) reopens it as it was.
    cleanup();
    init();
    QSignalSpy opened(m_panel, &ComparePanel::opened);
    m_panel->openFrom(path);
    QVERIFY(opened.wait(5000));
    QCOMPARE(m_panel->laneViews().size(), 2);
    QCOMPARE(reply(m_panel->laneView(0)), fastPieces.join(QString()));
    QCOMPARE(text(m_panel->laneView(0), u"laneState"_s), u"Done"_s);
    QCOMPARE(text(m_panel->laneView(1), u"laneState"_s), u"Failed"_s);
    QVERIFY(findNamed<QLabel>(m_panel->laneView(1), u"laneError"_s)->text().contains(u"429"_s));
    QVERIFY(text(m_panel->laneView(0), u"laneTokens"_s).startsWith(u"10 in"_s));
    QVERIFY(findNamed<QLabel>(m_panel, u"compareNote"_s)->isVisible());
    QCOMPARE(m_panel->comparison()->document().lanes, document->lanes);

    // A broken file changes nothing and says what is wrong.
    const QString broken = dir.filePath(u"broken.json"_s);
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.close();
    QSignalSpy problem(m_panel, &ComparePanel::problem);
    m_panel->openFrom(broken);
    QVERIFY(problem.wait(5000));
    QVERIFY2(problem.first().first().toString().contains(u"broken.json"_s),
             qPrintable(problem.first().first().toString()));
    QCOMPARE(reply(m_panel->laneView(0)), fastPieces.join(QString()));
}

void TstCompareWindow::lanesAreRemembered()
{
    CompareLane variant = laneOf(u"Slow"_s, u"slow-model"_s);
    variant.systemPrompt = u"Answer in French."_s;
    variant.parameters.temperature = 0.3;
    m_panel->setLanes({laneOf(u"Fast"_s, u"fast-model"_s), variant, laneOf(u"Busy"_s, u"x"_s)});
    QVERIFY(m_panel->addLane());
    QCOMPARE(m_panel->laneViews().size(), 4);
    m_panel->removeLane(3);
    // The next launch.
    m_window.reset();
    openWindow();
    const QList<CompareLane> lanes = m_panel->lanes();
    QCOMPARE(lanes.size(), 3);
    QCOMPARE(lanes.at(1).systemPrompt, variant.systemPrompt);
    QCOMPARE(lanes.at(1).parameters.temperature, variant.parameters.temperature);
    QCOMPARE(lanes.at(2).model, u"x"_s);
    // Sending uses the variant: the Slow lane's request has its own system prompt.
    m_panel->setLanes(lanes.mid(0, 2));
    QVERIFY(sendAndWait());
    int slowRequests = 0;
    for (const RecordedRequest &request : m_server->requests()) {
        if (request.json().value(u"model"_s).toString() != u"slow-model")
            continue;
        ++slowRequests;
        QCOMPARE(request.json().value(u"temperature"_s).toDouble(), 0.3);
        const QJsonArray messages = request.json().value(u"messages"_s).toArray();
        QCOMPARE(messages.at(0).toObject().value(u"content"_s).toString(), u"Answer in French."_s);
    }
    QCOMPARE(slowRequests, 1);
    // 2 to 8 lanes.
    m_panel->removeLane(0);
    QCOMPARE(m_panel->laneViews().size(), 2);
    while (m_panel->addLane()) {
    }
    QCOMPARE(m_panel->laneViews().size(), Comparison::maxLanes);
}

void TstCompareWindow::budgetCountsEveryLane()
{
    // $0.01 a day: one fast lane with a 2,000-token reply fits ($0.004), the fast and slow
    // lanes together ($0.016) do not.
    auto *daily = findNamed<QDoubleSpinBox>(m_window.get(), u"dailyBudgetLimit"_s);
    daily->setValue(0.01);
    CompletionParameters parameters;
    parameters.maxTokens = 2000;
    m_window->session()->setParameters(parameters);
    m_panel->setLanes({laneOf(u"Fast"_s, u"fast-model"_s), laneOf(u"Slow"_s, u"slow-model"_s)});
    const std::optional<double> estimate = m_panel->estimateSendCostUsd();
    QVERIFY(estimate);
    QVERIFY2(*estimate > 0.016 && *estimate < 0.0162, qPrintable(QString::number(*estimate)));
    auto *send = m_window->findChild<QAction *>(u"actionSend"_s);
    send->trigger();
    auto *notice = findNamed<NoticeBar>(m_window.get(), u"sendProblem"_s);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"daily budget"_s), qPrintable(notice->text()));
    QVERIFY(!m_panel->isRunning());
    QVERIFY(m_server->requests().isEmpty());
    // Sending again confirms; twice the attempts are twice the estimate.
    QVERIFY(sendAndWait());
    QCOMPARE(m_panel->comparison()->attempts(1).size(), 1);
    m_panel->setRepeat(2);
    QCOMPARE(*m_panel->estimateSendCostUsd(), 2 * *estimate);
    // Lanes of an unknown price make the estimate unknown, Demo lanes cost nothing.
    m_panel->setLanes({laneOf(u"Fast"_s, u"unpriced-model"_s), laneOf(QString(), QString())});
    QVERIFY(!m_panel->estimateSendCostUsd());
    m_panel->setLanes({laneOf(QString(), QString()), laneOf(QString(), u"demo-fast"_s)});
    QCOMPARE(m_panel->estimateSendCostUsd(), std::optional<double>(0.0));
}

void TstCompareWindow::attemptPickerWhileStreaming()
{
    m_slowChunk = 48;
    m_slowDelayMs = 30;
    m_panel->setLanes({laneOf(u"Slow"_s, u"slow-model"_s), laneOf(u"Fast"_s, u"fast-model"_s)});
    m_panel->setRepeat(2);
    QSignalSpy finished(m_panel, &ComparePanel::finished);
    m_window->findChild<QAction *>(u"actionSend"_s)->trigger();
    CompareLaneView *slow = m_panel->laneView(0);
    const QString full = slowPieces.join(QString());
    // The second attempt streams; the reader goes back to the first one meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(slow->shownAttempt() == 1 && !reply(slow).isEmpty(), 15000);
    auto *picker = findNamed<QComboBox>(slow, u"laneAttempt"_s);
    QVERIFY(picker->isEnabled());
    picker->setCurrentIndex(0);
    Q_EMIT picker->activated(0);
    QCOMPARE(slow->shownAttempt(), 0);
    QCOMPARE(reply(slow), full);
    // What keeps arriving for attempt 2 is not mixed into attempt 1.
    QTest::qWait(200);
    QCOMPARE(reply(slow), full);
    // Back to the live attempt: what it received so far, then the rest as it comes.
    picker->setCurrentIndex(1);
    Q_EMIT picker->activated(1);
    QCOMPARE(slow->shownAttempt(), 1);
    QVERIFY(full.startsWith(reply(slow)));
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply(slow), full);
    QCOMPARE(m_panel->comparison()->attempts(0).size(), 2);
}

void TstCompareWindow::demoAndMissingProfileLanes()
{
    m_panel->setLanes({laneOf(QString(), u"demo-fast"_s), laneOf(u"Gone"_s, u"m"_s)});
    QVERIFY(sendAndWait(30000));
    const CompareLaneView *demo = m_panel->laneView(0);
    const CompareLaneView *gone = m_panel->laneView(1);
    QCOMPARE(text(demo, u"laneState"_s), u"Done"_s);
    QVERIFY(demo->attempts().first().result);
    // Offline: nobody bills the Demo provider.
    QCOMPARE(m_panel->comparison()->attempts(0).first().costUsd, std::optional<double>(0.0));
    // A lane whose profile is gone fails at once, saying why, and costs nothing.
    QCOMPARE(text(gone, u"laneState"_s), u"Failed"_s);
    const auto *error = findNamed<QLabel>(gone, u"laneError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Gone"_s), qPrintable(error->text()));
    QCOMPARE(m_window->session()->sessionTotals().runs, 1);
    QTRY_COMPARE_WITH_TIMEOUT(UsageLedger(UsageLedger::defaultPath()).queryBlocking({}).size(), 1,
                              5000);
    QCOMPARE(UsageLedger(UsageLedger::defaultPath()).queryBlocking({}).first().profile,
             PlaygroundSession::demoLabel());
}

void TstCompareWindow::escapeStopsEveryLane()
{
    m_slowChunk = 48;
    m_slowDelayMs = 40;
    m_panel->setLanes({laneOf(u"Slow"_s, u"slow-model"_s), laneOf(u"Slow"_s, u"slow-model"_s)});
    QSignalSpy finished(m_panel, &ComparePanel::finished);
    m_window->findChild<QAction *>(u"actionSend"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!reply(m_panel->laneView(1)).isEmpty(), 10000);
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_COMPARE(finished.size(), 1); // stopping may finish at once
    for (int lane = 0; lane < 2; ++lane) {
        QCOMPARE(m_panel->comparison()->laneState(lane), CompareState::Cancelled);
        QVERIFY(reply(m_panel->laneView(lane)) != slowPieces.join(QString()));
    }
    QVERIFY(!m_window->findChild<QAction *>(u"actionStop"_s)->isEnabled());
}

void TstCompareWindow::promoteRefusesAnEditedConversation()
{
    m_panel->setLanes({laneOf(u"Fast"_s, u"fast-model"_s), laneOf(u"Slow"_s, u"slow-model"_s)});
    QVERIFY(sendAndWait());
    PlaygroundSession *session = m_window->session();
    session->appendMessage(UserMessage{u"And another question"_s, u"user"_s});
    QSignalSpy problem(m_panel, &ComparePanel::problem);
    QTest::mouseClick(findNamed<QToolButton>(m_panel->laneView(0), u"lanePromote"_s),
                      Qt::LeftButton);
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.first().first().toString().contains(u"changed"_s));
    QCOMPARE(session->messages().size(), 3); // nothing appended
    QCOMPARE(session->providerLabel(), PlaygroundSession::demoLabel());
    // A lane edited after the run continues with what produced the reply.
    session->removeMessage(2);
    findNamed<QComboBox>(m_panel->laneView(0), u"laneModel"_s)->setEditText(u"other-model"_s);
    QTest::mouseClick(findNamed<QToolButton>(m_panel->laneView(0), u"lanePromote"_s),
                      Qt::LeftButton);
    QCOMPARE(session->messages().size(), 3);
    QCOMPARE(session->model(), u"fast-model"_s);
}

QTEST_MAIN(TstCompareWindow)
#include "tst_comparewindow.moc"
