// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// UI cost of streaming: a 50k-token and a 200k-token Markdown reply are streamed through a
// real Run into a shown ReplyView and InspectorPanel (timeline tab open), in batches of
// tokens a millisecond apart as network reads would deliver them, with painting in between.
// Prints the time spent in the delta handlers (the worst single delta too), in every other
// event (flush timers, layout, paint; the worst single event too), in the one-time finish
// (Markdown render + inspector refresh) and the 200k/50k ratios, which should be about 4
// for totals and about 1 for the worst cases. Figures only; nothing is asserted.
// Run with QT_QPA_PLATFORM=offscreen. Usage: bench_replyview [tokens-per-batch] [ms-between]
#include "core/chatcompletionclient.h"
#include "core/completionjob.h"
#include "core/usermessage.h"
#include "inspector/inspectorpanel.h"
#include "replyview/replyview.h"
#include "session/playgroundsession.h"
#include "session/run.h"
#include "syntheticstream.h"

#include <cstdio>
#include <functional>
#include <memory>

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace modelkit;
using playground::InspectorPanel;
using playground::PlaygroundSession;
using playground::ReplyView;
using playground::Run;

namespace {

struct Stats
{
    qsizetype deltas = 0;
    qint64 deltaNs = 0; //!< in the delta handlers (Run, ReplyView, InspectorPanel)
    qint64 worstDeltaNs = 0;
    qsizetype turns = 0; //!< batches played
    qsizetype loopEvents = 0;
    qint64 loopNs = 0; //!< every other event: flush timers, layout, paint
    qint64 worstLoopNs = 0;
    qint64 finishNs = 0; //!< finished() handlers
    qint64 replyFinishNs = 0;
};

Stats *g_stats = nullptr;
const QObject *g_streamTimer = nullptr; //!< the bench job's own timer: timed separately

//! Times every event the application delivers (outermost only), except the stream's own
//! timer, whose handlers are timed per delta.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !g_stats)
            return nested(receiver, event);
        QElapsedTimer timer;
        timer.start();
        const bool result = nested(receiver, event);
        if (receiver != g_streamTimer && g_stats) {
            const qint64 ns = timer.nsecsElapsed();
            g_stats->loopNs += ns;
            g_stats->worstLoopNs = std::max(g_stats->worstLoopNs, ns);
            ++g_stats->loopEvents;
        }
        return result;
    }

private:
    bool nested(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }

    int m_depth = 0;
};

//! Markdown-looking text in token-sized pieces: words with their leading space, paragraph
//! breaks, headings, list items and some emphasis. Deterministic.
QStringList makeTokens(qsizetype count)
{
    static const QStringList words{
        u"model"_s,     u"stream"_s, u"token"_s,    u"reply"_s, u"the"_s,       u"of"_s,
        u"latency"_s,   u"and"_s,    u"request"_s,  u"a"_s,     u"inspector"_s, u"is"_s,
        u"provider"_s,  u"to"_s,     u"response"_s, u"with"_s,  u"usage"_s,     u"cached"_s,
        u"reasoning"_s, u"in"_s,     u"function"_s, u"for"_s,   u"schema"_s,    u"value"_s};
    QRandomGenerator random(42);
    QStringList tokens;
    tokens.reserve(count);
    int sinceBreak = 0;
    while (tokens.size() < count) {
        const quint32 roll = random.bounded(1000);
        if (sinceBreak > 40 && roll < 30) {
            tokens << u"\n\n"_s;
            sinceBreak = 0;
            const quint32 kind = random.bounded(10);
            if (kind == 0)
                tokens << u"## "_s;
            else if (kind < 3)
                tokens << u"- "_s;
            continue;
        }
        const QString &word = words.at(random.bounded(int(words.size())));
        if (roll < 15)
            tokens << u" **"_s + word + u"**"_s;
        else if (roll < 25)
            tokens << u" `"_s + word + u"`"_s;
        else
            tokens << (sinceBreak == 0 ? word : u" "_s + word);
        ++sinceBreak;
    }
    return tokens;
}

//! Plays `tokens`, `perTurn` of them every `intervalMs`, as network reads would deliver them,
//! timing each delta's handlers and the finish.
class BenchJob : public CompletionJob
{
public:
    BenchJob(const QStringList &tokens, int perTurn, int intervalMs, QObject *parent)
        : CompletionJob(true, parent), m_tokens(tokens), m_perTurn(perTurn)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { turn(); });
        g_streamTimer = &m_timer;
    }

    void start()
    {
        Exchange exchange;
        exchange.method = "BENCH";
        exchange.url = u"bench://in-process"_s;
        exchange.sentAtMs = QDateTime::currentMSecsSinceEpoch();
        setExchange(exchange);
        m_timer.start();
    }

private:
    void turn()
    {
        if (isFinished())
            return;
        ++g_stats->turns;
        QElapsedTimer timer;
        for (int i = 0; i < m_perTurn && m_next < m_tokens.size(); ++i) {
            timer.start();
            builder().appendText(m_tokens.at(m_next++));
            const qint64 ns = timer.nsecsElapsed();
            g_stats->deltaNs += ns;
            g_stats->worstDeltaNs = std::max(g_stats->worstDeltaNs, ns);
            ++g_stats->deltas;
        }
        if (m_next >= m_tokens.size()) {
            builder().setFinishReason(FinishReason::Stop);
            RequestUsage usage;
            usage.promptTokens = 12;
            usage.completionTokens = m_tokens.size();
            builder().setUsage(usage);
            builder().setModel(u"bench"_s);
            timer.start();
            finishWithResult();
            g_stats->finishNs = timer.nsecsElapsed();
            return;
        }
        m_timer.start();
    }

    QStringList m_tokens;
    int m_perTurn;
    QTimer m_timer;
    qsizetype m_next = 0;
};

class BenchClient : public ChatCompletionClient
{
public:
    BenchClient(const QStringList &tokens, int perTurn, int intervalMs)
        : m_tokens(tokens), m_perTurn(perTurn), m_intervalMs(intervalMs)
    {}

    ModelInfo modelInfo() const override { return ModelInfo::permissive(); }
    QString model() const override { return u"bench"_s; }
    QString providerName() const override { return u"bench"_s; }

protected:
    CompletionJob *start(const CompletionRequest &, bool streaming) override
    {
        Q_UNUSED(streaming);
        auto *job = new BenchJob(m_tokens, m_perTurn, m_intervalMs, this);
        QTimer::singleShot(0, job, [job] { job->start(); });
        return job;
    }

private:
    QStringList m_tokens;
    int m_perTurn;
    int m_intervalMs;
};

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

struct Outcome
{
    Stats stats;
    qint64 wallNs = 0;
    qint64 settleNs = 0;
    qsizetype chars = 0;
    bool markdown = false;
};

struct Panels
{
    PlaygroundSession *session;
    QWidget *window;
    ReplyView *reply;
    //! Slots connected to Run::finished here run between the ReplyView's and the
    //! InspectorPanel's (see main()).
    std::function<void(Run *)> *betweenPanels;
};

Outcome stream(const Panels &panels, int number, qsizetype tokenCount, int perTurn, int intervalMs)
{
    Outcome outcome;
    const QStringList tokens = makeTokens(tokenCount);
    for (const QString &token : tokens)
        outcome.chars += token.size();
    auto client = std::make_shared<BenchClient>(tokens, perTurn, intervalMs);
    CompletionRequest request;
    request.messages = {UserMessage{u"Write a long report."_s, u"user"_s}};

    QElapsedTimer finishClock;
    *panels.betweenPanels = [&outcome, &finishClock](Run *run) {
        QObject::connect(run, &Run::finished, run, [&outcome, &finishClock] {
            outcome.stats.replyFinishNs = finishClock.nsecsElapsed();
        });
    };
    QElapsedTimer wall;
    wall.start();
    g_stats = &outcome.stats;
    auto *run = new Run(number, client, request, true, u"Bench"_s, panels.session);
    // First of the finished() slots: the clock for the ReplyView's share.
    QObject::connect(run, &Run::finished, run, [&finishClock] { finishClock.start(); });
    if (panels.reply)
        panels.session->selectRun(run);
    QEventLoop loop;
    QObject::connect(run, &Run::finished, &loop, &QEventLoop::quit);
    loop.exec();
    outcome.wallNs = wall.nsecsElapsed();
    g_stats = nullptr;
    g_streamTimer = nullptr;

    if (!panels.reply)
        return outcome;
    // What the first paint after finishing costs (layout of the rendered document).
    QElapsedTimer settle;
    settle.start();
    panels.window->repaint();
    QCoreApplication::processEvents();
    outcome.settleNs = settle.nsecsElapsed();
    outcome.markdown = panels.reply->displayedText().size() <= ReplyView::markdownLimit;
    if (panels.reply->displayedText().size() != outcome.chars)
        std::printf("  MISMATCH: shown %lld characters, streamed %lld\n",
                    qlonglong(panels.reply->displayedText().size()), qlonglong(outcome.chars));
    return outcome;
}

void print(const char *name, qsizetype tokens, const Outcome &o)
{
    const Stats &s = o.stats;
    std::printf("%s: %lld tokens, %.2f MB of text, %lld batches\n", name, qlonglong(tokens),
                double(o.chars) / 1e6, qlonglong(s.turns));
    std::printf("  wall time, send to finished         %8.1f ms\n", ms(o.wallNs));
    std::printf("  UI time while streaming             %8.1f ms\n", ms(s.deltaNs + s.loopNs));
    std::printf("    in delta handlers                 %8.1f ms  (%.2f us per delta, worst "
                "%.3f ms)\n",
                ms(s.deltaNs), double(s.deltaNs) / 1e3 / double(std::max<qsizetype>(1, s.deltas)),
                ms(s.worstDeltaNs));
    std::printf("    in other events                   %8.1f ms  (%lld events: flushes, "
                "layout, paint; worst %.2f ms)\n",
                ms(s.loopNs), qlonglong(s.loopEvents), ms(s.worstLoopNs));
    std::printf("  finished() handlers                 %8.1f ms  (reply view %.1f ms: %s; "
                "inspector %.1f ms)\n",
                ms(s.finishNs), ms(s.replyFinishNs),
                o.markdown ? "Markdown render" : "plain text, too large for Markdown",
                ms(s.finishNs - s.replyFinishNs));
    std::printf("  first paint after finishing         %8.1f ms\n", ms(o.settleNs));
}

double ratio(qint64 big, qint64 small)
{
    return small > 0 ? double(big) / double(small) : 0.0;
}

} // namespace

int main(int argc, char *argv[])
{
    BenchApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int perTurn = args.size() > 1 ? args.at(1).toInt() : 32;
    const int intervalMs = args.size() > 2 ? args.at(2).toInt() : 1;

    PlaygroundSession session;
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *reply = new ReplyView(&session, &window);
    std::function<void(Run *)> betweenPanels;
    QObject::connect(&session, &PlaygroundSession::selectedRunChanged, &window,
                     [&betweenPanels](Run *run) {
                         if (betweenPanels && run)
                             betweenPanels(run);
                     });
    auto *inspector = new InspectorPanel(&session, &window);
    layout->addWidget(reply, 3);
    layout->addWidget(inspector, 2);
    if (auto *tabs = inspector->findChild<QTabWidget *>(u"inspectorTabs"_s))
        tabs->setCurrentIndex(tabs->count() - 1); // the timeline: the busiest tab
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const Panels panels{&session, &window, reply, &betweenPanels};

    std::printf("bench_replyview: %d tokens every %d ms, platform %s\n", perTurn, intervalMs,
                qPrintable(QGuiApplication::platformName()));
    // Warm-up: fonts, glyph caches, first layouts.
    stream(panels, 1, 2000, perTurn, intervalMs);

    const Outcome small = stream(panels, 2, 50000, perTurn, intervalMs);
    print("50k", 50000, small);
    const Outcome large = stream(panels, 3, 200000, perTurn, intervalMs);
    print("200k", 200000, large);

    const Stats &a = small.stats;
    const Stats &b = large.stats;
    std::printf("200k / 50k (linear: totals ~4, worst cases ~1):\n");
    std::printf("  UI time while streaming %.2f (delta handlers %.2f, other events %.2f), "
                "wall %.2f\n",
                ratio(b.deltaNs + b.loopNs, a.deltaNs + a.loopNs), ratio(b.deltaNs, a.deltaNs),
                ratio(b.loopNs, a.loopNs), ratio(large.wallNs, small.wallNs));
    std::printf("  worst delta %.2f, worst other event %.2f\n",
                ratio(b.worstDeltaNs, a.worstDeltaNs), ratio(b.worstLoopNs, a.worstLoopNs));

    // What the Markdown limit saves: rendering the 200k reply anyway, off screen.
    {
        const QString text = reply->displayedText();
        QTextEdit edit;
        edit.resize(760, 700);
        QElapsedTimer timer;
        timer.start();
        edit.setMarkdown(text);
        const qint64 parseNs = timer.nsecsElapsed();
        edit.document()->setTextWidth(740);
        const qreal height = edit.document()->size().height();
        std::printf("setMarkdown of the 200k reply (skipped by the %lld-character limit): "
                    "%.1f ms parse + %.1f ms layout (%.0f px tall)\n",
                    qlonglong(ReplyView::markdownLimit), ms(parseNs),
                    ms(timer.nsecsElapsed() - parseNs), height);
    }
    // The same stream with no panel watching: what the Run and the job cost by themselves
    // (their containers grow by doubling, which is where single slow deltas come from).
    {
        session.selectRun(nullptr);
        const Outcome bare
            = stream({&session, &window, nullptr, &betweenPanels}, 4, 200000, perTurn, intervalMs);
        std::printf("200k with no panel watching (baseline): delta handlers %.1f ms, worst "
                    "delta %.3f ms\n",
                    ms(bare.stats.deltaNs), ms(bare.stats.worstDeltaNs));
    }

    std::printf("peak RSS: %.1f MiB\n", bench::peakRssMiB());
    return 0;
}
