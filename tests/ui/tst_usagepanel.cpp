// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The Usage panel and status bar fed by real runs: an OpenAI profile served by a loopback
// server that replays recorded streams, the usage ledger in a real SQLite file, and the
// panel's table, charts, CSV export and budget warning read back as the user sees them.
#include "chatserver.h"
#include "cost/budgetguard.h"
#include "cost/costtext.h"
#include "cost/costtimechart.h"
#include "cost/modelcostchart.h"
#include "cost/usagepanel.h"
#include "cost/usagesummarymodel.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "session/playgroundsession.h"
#include "usage/usageledger.h"
#include "widgets/noticebar.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QQueue>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using namespace playground;
using testsupport::ChatServer;
using testsupport::ScriptedResponse;

class TstUsagePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void panelShowsRealRuns();
    void csvExportWritesTheRange();
    void budgetWarnsBeforeSending();
    void stoppedStreamIsEstimated();
    void stoppedAnthropicStreamCountsWhatArrived();
    void totalsSurviveForgottenRuns();

private:
    //! An OpenAI profile (priced by the catalog) served by the loopback server.
    void useOpenAi(MainWindow &window);
    Run *sendAndWait(MainWindow &window);
    UsagePanel *showPanel(MainWindow &window);
    //! What one run of the recorded stream (14 prompt + 30 completion tokens) costs.
    double recordedRunCost(MainWindow &window) const;

    std::unique_ptr<ChatServer> m_server;
};

void TstUsagePanel::initTestCase()
{
    // Settings, the ledger and the catalog overrides stay out of the user's files.
    QStandardPaths::setTestModeEnabled(true);
}

void TstUsagePanel::init()
{
    QSettings().clear();
    QFile::remove(UsageLedger::defaultPath());
    QFile::remove(UsageLedger::defaultPath() + u"-wal"_s);
    QFile::remove(UsageLedger::defaultPath() + u"-shm"_s);
    m_server = std::make_unique<ChatServer>();
    QVERIFY(m_server->isListening());
}

void TstUsagePanel::cleanup()
{
    m_server.reset();
}

void TstUsagePanel::useOpenAi(MainWindow &window)
{
    ProviderProfile profile;
    profile.name = u"OpenAI via loopback"_s;
    profile.kind = ProviderKind::OpenAi;
    profile.baseUrl = m_server->url(u"/v1"_s);
    profile.model = u"gpt-4o"_s;
    window.session()->setKeyResolver([](const ProviderProfile &) { return u"sk-test"_s; });
    window.session()->setProfiles({profile});
    window.session()->selectProfile(0);
    QTRY_VERIFY(!window.session()->isKeyPending());
    QVERIFY(window.session()->catalogEntry().price.isKnown());
    window.session()->setMessages({UserMessage{u"Weather in Paris?"_s, u"user"_s}});
}

double TstUsagePanel::recordedRunCost(MainWindow &window) const
{
    const ModelPrice price = window.session()->catalogEntry().price;
    return (14 * *price.input + 30 * *price.output) / 1e6;
}

Run *TstUsagePanel::sendAndWait(MainWindow &window)
{
    m_server->enqueueChat(
        ScriptedResponse::sse(testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    Run *run = window.session()->selectedRun();
    if (!run || !QTest::qWaitFor([run] { return !run->isRunning(); }, 10000))
        return nullptr;
    return run;
}

UsagePanel *TstUsagePanel::showPanel(MainWindow &window)
{
    window.findChild<QAction *>(u"actionFocusUsage"_s)->trigger();
    auto *panel = window.findChild<UsagePanel *>(u"usagePanel"_s);
    if (panel && !QTest::qWaitFor([panel] { return panel->isVisible(); }, 5000))
        return nullptr;
    return panel;
}

void TstUsagePanel::panelShowsRealRuns()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useOpenAi(window);
    const double oneRun = recordedRunCost(window);
    for (int i = 0; i < 2; ++i) {
        Run *run = sendAndWait(window);
        QVERIFY(run);
        QCOMPARE(run->state(), Run::State::Succeeded);
        QVERIFY(!run->isUsageEstimated());
    }
    QCOMPARE(int(m_server->chatRequests().size()), 2);

    // Status bar: the last call and the session total.
    const QString lastCall = window.findChild<QLabel *>(u"lastCallUsage"_s)->text();
    QVERIFY2(lastCall.contains(u"Run #2"_s) && lastCall.contains(u"14 in"_s)
                 && lastCall.contains(u"30 out"_s) && lastCall.contains(CostText::usd(oneRun)),
             qPrintable(lastCall));
    const QString session = window.findChild<QLabel *>(u"sessionUsage"_s)->text();
    QVERIFY2(session.contains(u"2 run"_s) && session.contains(CostText::usd(2 * oneRun)),
             qPrintable(session));

    UsagePanel *panel = showPanel(window);
    QVERIFY(panel);
    const QString conversation = panel->findChild<QLabel *>(u"conversationTotals"_s)->text();
    QVERIFY2(conversation.contains(u"2 run"_s) && conversation.contains(u"28 in"_s)
                 && conversation.contains(u"60 out"_s)
                 && conversation.contains(CostText::usd(2 * oneRun)),
             qPrintable(conversation));

    // History from the ledger: by model, the two calls in one row plus the total.
    auto *table = panel->findChild<QTableView *>(u"usageTable"_s);
    auto *model = qobject_cast<UsageSummaryModel *>(table->model());
    QTRY_COMPARE(model->rows().size(), 1);
    QCOMPARE(model->rows().first().key, u"gpt-4o"_s);
    QCOMPARE(model->rows().first().calls, 2);
    QCOMPARE(model->rows().first().usage.promptTokens, 28);
    QCOMPARE(model->rows().first().usage.completionTokens, 60);
    QCOMPARE(model->rowCount(), 2); // + total
    QCOMPARE(model->index(1, UsageSummaryModel::Calls).data().toString(), u"2"_s);
    QCOMPARE(model->index(0, UsageSummaryModel::Cost).data().toString(), CostText::usd(2 * oneRun));

    // Grouped by profile and by day.
    auto *groupBy = panel->findChild<QComboBox *>(u"usageGroupBy"_s);
    groupBy->setCurrentIndex(groupBy->findData(int(UsageLedger::By::Profile)));
    QTRY_VERIFY(!model->rows().isEmpty() && model->rows().first().key == u"OpenAI via loopback"_s);
    groupBy->setCurrentIndex(groupBy->findData(int(UsageLedger::By::Day)));
    QTRY_VERIFY(!model->rows().isEmpty()
                && model->rows().first().key == QDate::currentDate().toString(Qt::ISODate));

    // The charts: today's point holds both calls' cost; gpt-4o leads the model breakdown.
    auto *timeChart = panel->findChild<CostTimeChart *>(u"costOverTimeChart"_s);
    QTRY_COMPARE(timeChart->values().size(), 30); // "Last 30 days" is the default range
    QVERIFY(qFuzzyCompare(timeChart->values().last(), 2 * oneRun));
    QCOMPARE(timeChart->values().first(), 0.0);
    auto *modelChart = panel->findChild<ModelCostChart *>(u"costByModelChart"_s);
    QCOMPARE(modelChart->labels(), QStringList{u"gpt-4o"_s});
    QVERIFY(qFuzzyCompare(modelChart->values().first(), 2 * oneRun));

    // "Today" narrows the chart to one point.
    auto *range = panel->findChild<QComboBox *>(u"usageRange"_s);
    range->setCurrentIndex(range->findData(int(UsagePanel::Range::Today)));
    QTRY_COMPARE(timeChart->values().size(), 1);

    // A new conversation starts its own totals; the app session's stay.
    window.session()->setMessages({UserMessage{u"Another"_s, u"user"_s}});
    QVERIFY(panel->findChild<QLabel *>(u"conversationTotals"_s)->text().startsWith(u"0 run"_s));
    QVERIFY(panel->findChild<QLabel *>(u"sessionTotals"_s)->text().startsWith(u"2 run"_s));
}

void TstUsagePanel::csvExportWritesTheRange()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useOpenAi(window);
    QVERIFY(sendAndWait(window));
    // A call from yesterday by the CLI: outside "Today", inside "Last 7 days".
    UsageLedger ledger(UsageLedger::defaultPath());
    UsageRecord old;
    old.at = QDateTime::currentDateTime().addDays(-1);
    old.source = u"cli"_s;
    old.model = u"claude-sonnet-4-5"_s;
    old.usage.promptTokens = 100;
    old.costUsd = std::nullopt; // unknown price: an empty field, never 0
    QVERIFY(ledger.recordBlocking(old));

    UsagePanel *panel = showPanel(window);
    QVERIFY(panel);
    auto *range = panel->findChild<QComboBox *>(u"usageRange"_s);
    range->setCurrentIndex(range->findData(int(UsagePanel::Range::Today)));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"usage.csv"_s);
    QSignalSpy exported(panel, &UsagePanel::csvExported);
    panel->exportCsv(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(2).toString(), QString());
    QCOMPARE(exported.first().at(1).toInt(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"id,time,source,profile,provider,model,"_s));
    QVERIFY2(lines.at(1).contains(u",app,OpenAI via loopback,"_s)
                 && lines.at(1).contains(u",gpt-4o,14,0,0,30,0,"_s),
             qPrintable(lines.at(1)));
    file.close();

    range->setCurrentIndex(range->findData(int(UsagePanel::Range::Last7Days)));
    exported.clear();
    panel->exportCsv(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toInt(), 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).contains(u",cli,,,claude-sonnet-4-5,100,0,0,0,0,,"_s),
             qPrintable(lines.at(1)));

    // An unwritable target says why.
    exported.clear();
    panel->exportCsv(dir.filePath(u"missing/dir/usage.csv"_s));
    QVERIFY(exported.wait(10000));
    QVERIFY(!exported.first().at(2).toString().isEmpty());
    QVERIFY(panel->findChild<QLabel *>(u"usageHistoryStatus"_s)->text().contains(u"failed"_s));
}

void TstUsagePanel::budgetWarnsBeforeSending()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useOpenAi(window);
    UsagePanel *panel = showPanel(window);
    QVERIFY(panel);
    // $0.01 a day: one gpt-4o request with the assumed 1,000-token reply would cross it.
    auto *daily = panel->findChild<QDoubleSpinBox *>(u"dailyBudgetLimit"_s);
    daily->setValue(0.01);
    QVERIFY(*window.session()->estimateSendCostUsd() > 0.01);
    QCOMPARE(QSettings().value(u"Budget/dailyUsd"_s).toDouble(), 0.01);

    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    auto *notice = window.findChild<NoticeBar *>(u"sendProblem"_s);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"daily budget"_s), qPrintable(notice->text()));
    QVERIFY(window.session()->runs().isEmpty());
    QCOMPARE(int(m_server->chatRequests().size()), 0);

    // Sending again confirms.
    Run *run = sendAndWait(window);
    QVERIFY(run);
    QCOMPARE(run->state(), Run::State::Succeeded);
    QCOMPARE(int(m_server->chatRequests().size()), 1);

    // With max_tokens small enough the estimate fits: no warning.
    CompletionParameters parameters;
    parameters.maxTokens = 10;
    window.session()->setParameters(parameters);
    QTRY_VERIFY(window.findChild<QProgressBar *>(u"dailyBudgetSpent"_s)->value() > 0);
    QVERIFY(window.findChild<QProgressBar *>(u"dailyBudgetSpent"_s)
                ->text()
                .contains(CostText::usd(recordedRunCost(window))));
    QVERIFY(sendAndWait(window));
    QCOMPARE(int(m_server->chatRequests().size()), 2);

    // Spending that already reached the budget (a CLI call recorded meanwhile) warns too.
    UsageLedger ledger(UsageLedger::defaultPath());
    UsageRecord spent;
    spent.at = QDateTime::currentDateTime();
    spent.source = u"cli"_s;
    spent.model = u"gpt-4o"_s;
    spent.costUsd = 0.02;
    QVERIFY(ledger.recordBlocking(spent));
    window.findChild<BudgetGuard *>()->refresh();
    QTRY_VERIFY(window.findChild<BudgetGuard *>()->spentTodayUsd() > 0.02);
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"has reached the daily budget"_s),
             qPrintable(notice->text()));
    QCOMPARE(int(m_server->chatRequests().size()), 2);

    // No limit: no question asked.
    daily->setValue(0);
    QVERIFY(!QSettings().contains(u"Budget/dailyUsd"_s));
    QVERIFY(window.findChild<BudgetGuard *>()->crossing(1000.0).isEmpty());
}

void TstUsagePanel::stoppedStreamIsEstimated()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useOpenAi(window);
    // One event per 40 ms; the usage chunk comes last, so Stop leaves the call unreported.
    m_server->enqueueChat(ScriptedResponse::sse(
        testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s), 300, 40));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    Run *run = window.session()->selectedRun();
    QVERIFY(run);
    QTRY_VERIFY_WITH_TIMEOUT(!run->text().isEmpty(), 5000);
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(run->state(), Run::State::Cancelled);
    QVERIFY(run->result().usage.isZero());
    QVERIFY(run->isUsageEstimated());
    QVERIFY(run->usage().promptTokens > 0);
    QVERIFY(run->usage().completionTokens > 0);
    QVERIFY(run->costUsd() && *run->costUsd() > 0);
    QVERIFY(window.findChild<QLabel *>(u"lastCallUsage"_s)->text().contains(u"estimated"_s));
    QVERIFY(window.findChild<QLabel *>(u"sessionUsage"_s)->text().contains(u"1 estimated"_s));

    UsageLedger ledger(UsageLedger::defaultPath());
    QList<UsageRecord> rows;
    QTRY_VERIFY(!(rows = ledger.queryBlocking({})).isEmpty());
    QVERIFY(rows.last().estimated);
    QCOMPARE(rows.last().errorKind, u"cancelled"_s);
    QCOMPARE(rows.last().usage, run->usage());

    // A call that failed before any token (HTTP 401) is not billed: nothing is estimated.
    m_server->enqueueChat(ScriptedResponse::json(
        401, QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, u"bad key"_s}}}}));
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    Run *failed = window.session()->selectedRun();
    QVERIFY(failed && failed != run);
    QVERIFY(QTest::qWaitFor([failed] { return !failed->isRunning(); }, 10000));
    QCOMPARE(failed->state(), Run::State::Failed);
    QVERIFY(!failed->isUsageEstimated());
    QVERIFY(failed->usage().isZero());
}

void TstUsagePanel::stoppedAnthropicStreamCountsWhatArrived()
{
    MainWindow window;
    ProviderProfile profile;
    profile.name = u"Anthropic via loopback"_s;
    profile.kind = ProviderKind::Anthropic;
    profile.baseUrl = m_server->url(u"/v1"_s);
    profile.model = u"claude-sonnet-4-5"_s;
    window.session()->setKeyResolver([](const ProviderProfile &) { return u"sk-ant-test"_s; });
    window.session()->setProfiles({profile});
    window.session()->selectProfile(0);
    QTRY_VERIFY(!window.session()->isKeyPending());
    window.session()->setMessages({UserMessage{u"What is a solar eclipse?"_s, u"user"_s}});
    // message_start already reports 5 output tokens; the thinking that follows is stopped
    // long before message_delta would report the real count.
    m_server->enqueueChat(ScriptedResponse::sse(
        testsupport::fixture(u"anthropic/messages-stream-thinking-signature-refusal.sse"_s), 60,
        50));
    Run *run = window.session()->send();
    QVERIFY(run);
    QVERIFY(QTest::qWaitFor([run] { return run->thought().contains(u"benign"_s); }, 10000));
    run->cancel();
    QCOMPARE(run->state(), Run::State::Cancelled);
    QCOMPARE(run->result().usage.completionTokens, 5);
    QVERIFY(run->isUsageEstimated());
    QVERIFY2(run->usage().completionTokens > 5,
             qPrintable(QString::number(run->usage().completionTokens)));
    QCOMPARE(run->usage().promptTokens, 28); // reported, kept
}

void TstUsagePanel::totalsSurviveForgottenRuns()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    useOpenAi(window);
    const double oneRun = recordedRunCost(window);
    const int runs = PlaygroundSession::maxKeptRuns + 2;
    for (int i = 0; i < runs; ++i) {
        m_server->enqueueChat(ScriptedResponse::sse(
            testsupport::fixture(u"openai/chat-stream-text-with-usage.sse"_s)));
        Run *run = window.session()->send();
        QVERIFY(run);
        QVERIFY(QTest::qWaitFor([run] { return !run->isRunning(); }, 10000));
    }
    QVERIFY(window.session()->runs().size() <= PlaygroundSession::maxKeptRuns);
    const UsageTotals &totals = window.session()->sessionTotals();
    QCOMPARE(totals.runs, runs);
    QCOMPARE(totals.totalUsage.promptTokens, 14 * runs);
    QVERIFY(qFuzzyCompare(totals.knownCostUsd, runs * oneRun));
    QVERIFY(qFuzzyCompare(window.session()->totalCostUsd(), runs * oneRun));
}

QTEST_MAIN(TstUsagePanel)
#include "tst_usagepanel.moc"
