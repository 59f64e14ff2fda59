// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// UI stalls of the Compare view (issue #7): a shown ComparePanel with 8 lanes streaming long
// replies at once from loopback servers (OpenAI's wire format, a few words per SSE event,
// small writes every millisecond or two); then 1 streaming lane (the panel needs two: the
// second gets a one-word reply), 8 lanes sharing one host (QNetworkAccessManager opens 6
// connections per host) and 8 lanes with Sync scrolling off.
// The servers run in their own thread, so only the UI's own work counts. On the UI thread a
// 2 ms timer measures how late the event loop comes back (the worst gap is the worst stall;
// the percentiles too), and every event is timed, wall clock and the thread's CPU time, by
// what it went to: network reads (SSE parsing, the job, Comparison and the lanes' delta
// handlers), the lanes' 40 ms flush timers, the panel's tick, painting and layout. CPU time
// is what the code costs; wall time adds what a busy machine takes away (see the load
// average and involuntary context switches printed). Also printed: wall time, characters
// received and per second, what filled the worst gap, the widgets painting costs most, and
// peak RSS (VmHWM). Figures only; nothing is asserted. Run with QT_QPA_PLATFORM=offscreen.
// Usage: bench_compare [pieces-per-lane] [chunk-bytes] [ms-between-chunks] [window-width]
#include "compare/comparelaneview.h"
#include "compare/comparepanel.h"
#include "compare/comparison.h"
#include "core/usermessage.h"
#include "loopbackserver.h"
#include "openaichatstream.h"
#include "session/playgroundsession.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <sys/resource.h>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QMetaEnum>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace modelkit;
using playground::CompareLaneView;
using playground::ComparePanel;
using playground::PlaygroundSession;
using testsupport::LoopbackServer;
using testsupport::RecordedRequest;
using testsupport::ScriptedResponse;

namespace {

constexpr int laneCount = 8;
constexpr int probeIntervalMs = 2;
const QString streamModel = u"stream-model"_s;
const QString shortModel = u"short-model"_s;

//! Where the UI thread's time goes, by the object an event was delivered to.
enum Bucket { Network, LaneFlush, PanelTick, PaintLayout, Other, Probe, BucketCount };

//! What an event went to, taken before delivery (the receiver may be gone after it).
struct EventInfo
{
    const char *className = nullptr;
    const char *parentClassName = nullptr;
    QString objectName;
    int timerInterval = -1;
    int type = 0;
};

struct SlowEvent
{
    qint64 ns = 0;
    qint64 cpuNs = 0;
    qint64 atNs = 0; //!< start, since the run started
    EventInfo info;
};

struct Stats
{
    std::array<qint64, BucketCount> busyNs{};
    std::array<qint64, BucketCount> busyCpuNs{};
    std::array<qint64, BucketCount> worstNs{};
    std::array<qint64, BucketCount> worstCpuNs{};
    std::array<qsizetype, BucketCount> events{};
    std::vector<SlowEvent> slowest; //!< the 5 events with the most CPU time, most first
    // The current probe interval: what the UI thread did since the probe last ran.
    std::vector<SlowEvent> sinceProbe; //!< events of 0.5 ms or more
    qsizetype sinceProbeEvents = 0;
    qint64 sinceProbeNs = 0;
    // The worst gap between two probe ticks and what filled it.
    std::vector<qint64> gaps;
    std::vector<qint64> gapCpu; //!< the UI thread's CPU time in each gap
    qint64 worstGapNs = 0;
    qint64 worstGapAtNs = 0;
    std::vector<SlowEvent> worstGapEvents;
    qsizetype worstGapEventCount = 0;
    qint64 worstGapBusyNs = 0;
    qint64 worstGapCpuNs = 0; //!< the UI thread's CPU time during that gap
    //! Paint events (each paints one widget, also inside an UpdateRequest) by widget.
    struct PaintCost
    {
        qsizetype count = 0;
        qint64 cpuNs = 0;
    };
    QHash<QByteArray, PaintCost> paints;
    PaintCost updateRequests; //!< window repaints (each paints every dirty widget)
};

//! CPU time of the calling thread: less than the wall time of a gap means the thread was
//! not running (another process had the core) rather than busy.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

Stats *g_stats = nullptr;
const QObject *g_probe = nullptr;
QElapsedTimer g_clock; //!< restarted when a run starts

Bucket bucketOf(QObject *receiver, QEvent *event, EventInfo *info)
{
    if (receiver == g_probe)
        return Probe;
    info->className = receiver->metaObject()->className();
    info->parentClassName
        = receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr;
    info->objectName = receiver->objectName();
    info->type = int(event->type());
    if (qobject_cast<QNetworkReply *>(receiver))
        return Network;
    if (const auto *timer = qobject_cast<QTimer *>(receiver)) {
        info->timerInterval = timer->interval();
        if (timer->interval() == CompareLaneView::flushIntervalMs)
            return LaneFlush;
        if (timer->interval() == 250) // ComparePanel's tick (running times)
            return PanelTick;
        return Other;
    }
    if (receiver->isWidgetType() || qobject_cast<QWindow *>(receiver)) {
        switch (event->type()) {
        case QEvent::Paint:
        case QEvent::UpdateRequest:
        case QEvent::UpdateLater:
        case QEvent::LayoutRequest:
        case QEvent::Resize:
        case QEvent::Move:
        case QEvent::Expose:
        case QEvent::Polish:
        case QEvent::PolishRequest:
            return PaintLayout;
        default:
            break;
        }
    }
    return Other;
}

QByteArray describe(const EventInfo &info)
{
    QByteArray text = info.className ? QByteArray(info.className) : QByteArray("?");
    if (info.timerInterval >= 0)
        text += " (" + QByteArray::number(info.timerInterval) + " ms)";
    if (!info.objectName.isEmpty())
        text += " \"" + info.objectName.toUtf8() + '"';
    if (info.parentClassName)
        text += QByteArray(" in ") + info.parentClassName;
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(info.type);
    text += ' ';
    text += type ? QByteArray(type) : QByteArray::number(info.type);
    return text;
}

//! Times every event the application delivers on the UI thread (outermost only) while g_stats
//! is set. notify() runs in every thread: the servers' and the network access manager's
//! events pass through untimed.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (QThread::currentThread() != m_uiThread)
            return QApplication::notify(receiver, event);
        if (m_depth > 0 || !g_stats || !receiver)
            return nested(receiver, event);
        EventInfo info;
        const Bucket bucket = bucketOf(receiver, event, &info);
        const qint64 start = g_clock.nsecsElapsed();
        const qint64 cpuStart = threadCpuNs();
        const bool result = nested(receiver, event);
        if (!g_stats || bucket == Probe)
            return result;
        const qint64 cpu = threadCpuNs() - cpuStart;
        const qint64 ns = g_clock.nsecsElapsed() - start;
        Stats &s = *g_stats;
        if (bucket == PaintLayout && info.type == QEvent::UpdateRequest) {
            ++s.updateRequests.count;
            s.updateRequests.cpuNs += cpu;
        }
        s.busyNs[bucket] += ns;
        s.busyCpuNs[bucket] += cpu;
        s.worstNs[bucket] = std::max(s.worstNs[bucket], ns);
        s.worstCpuNs[bucket] = std::max(s.worstCpuNs[bucket], cpu);
        ++s.events[bucket];
        ++s.sinceProbeEvents;
        s.sinceProbeNs += ns;
        if (ns >= 500'000)
            s.sinceProbe.push_back({ns, cpu, start, info});
        if (s.slowest.size() < 5 || cpu > s.slowest.back().cpuNs) {
            const auto at = std::find_if(s.slowest.begin(), s.slowest.end(),
                                         [cpu](const SlowEvent &e) { return e.cpuNs < cpu; });
            s.slowest.insert(at, {ns, cpu, start, std::move(info)});
            if (s.slowest.size() > 5)
                s.slowest.pop_back();
        }
        return result;
    }

private:
    bool nested(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        if (!g_stats || !receiver || event->type() != QEvent::Paint) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        QByteArray widget = receiver->metaObject()->className();
        const QObject *named = receiver;
        while (named && named->objectName().isEmpty())
            named = named->parent();
        if (named && named != receiver)
            widget += QByteArray(" in ") + named->metaObject()->className();
        if (named)
            widget += " \"" + named->objectName().toUtf8() + '"';
        const qint64 cpuStart = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        Stats::PaintCost &cost = g_stats->paints[widget];
        ++cost.count;
        cost.cpuNs += threadCpuNs() - cpuStart;
        --m_depth;
        return result;
    }

    QThread *const m_uiThread = QThread::currentThread();
    int m_depth = 0; //!< the UI thread's only
};

//! Counts the resizes of the lanes' reply edits: a new width re-wraps the whole reply.
class ResizeCounter : public QObject
{
public:
    qsizetype resizes = 0;
    qsizetype widthChanges = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            ++resizes;
            const auto *resize = static_cast<QResizeEvent *>(event);
            if (resize->oldSize().width() != resize->size().width())
                ++widthChanges;
        }
        return QObject::eventFilter(watched, event);
    }
};

//! Reply text in pieces of 1 to 5 words, each with its leading space, and now and then a
//! paragraph break. Deterministic.
QStringList makePieces(int count)
{
    static const QStringList words{
        u"model"_s,     u"stream"_s, u"token"_s,    u"reply"_s, u"the"_s,       u"of"_s,
        u"latency"_s,   u"and"_s,    u"request"_s,  u"a"_s,     u"inspector"_s, u"is"_s,
        u"provider"_s,  u"to"_s,     u"response"_s, u"with"_s,  u"usage"_s,     u"cached"_s,
        u"reasoning"_s, u"in"_s,     u"function"_s, u"for"_s,   u"schema"_s,    u"value"_s};
    QRandomGenerator random(7);
    QStringList pieces;
    pieces.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString piece = i > 0 && random.bounded(40) == 0 ? u"\n\n"_s : QString();
        const int wordsInPiece = 1 + int(random.bounded(5));
        for (int w = 0; w < wordsInPiece; ++w) {
            if (!piece.isEmpty() || i > 0)
                piece += u' ';
            piece += words.at(random.bounded(int(words.size())));
        }
        pieces << piece;
    }
    return pieces;
}

//! The loopback servers, one per lane (QNetworkAccessManager opens at most 6 connections
//! per host), created, run and destroyed in their own thread.
class ServerThread
{
public:
    ServerThread(const QByteArray &longReply, const QByteArray &shortReply, int chunkBytes,
                 int delayMs)
    {
        m_thread.setObjectName(u"loopback servers"_s);
        m_thread.start();
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        const auto handler
            = [longReply, shortReply, chunkBytes, delayMs](const RecordedRequest &request) {
                  const QString model = request.json().value(u"model"_s).toString();
                  if (model == streamModel)
                      return ScriptedResponse::sse(longReply, chunkBytes, delayMs);
                  return ScriptedResponse::sse(shortReply);
              };
        QMetaObject::invokeMethod(
            m_context,
            [this, handler] {
                for (int i = 0; i < laneCount; ++i) {
                    auto server = std::make_unique<LoopbackServer>();
                    server->setHandler(handler);
                    m_urls << server->url(u"/v1"_s);
                    m_listening = m_listening && server->isListening();
                    m_servers.push_back(std::move(server));
                }
            },
            Qt::BlockingQueuedConnection);
    }

    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { m_servers.clear(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    bool isListening() const { return m_listening; }
    const QList<QUrl> &urls() const { return m_urls; }

private:
    QThread m_thread;
    QObject *m_context = nullptr;
    std::vector<std::unique_ptr<LoopbackServer>> m_servers; //!< touched in m_thread only
    QList<QUrl> m_urls;
    bool m_listening = true;
};

//! A field of /proc/self/status ("VmHWM", "VmRSS") in MiB; 0 when unreadable.
double procStatusMiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

//! Times the calling thread was descheduled while it could have run.
long involuntarySwitches()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nivcsw;
}

QByteArray loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return "?";
    return file.readAll().split(' ').mid(0, 3).join(' ');
}

struct Scenario
{
    const char *name;
    int streamingLanes;
    int lanes;
    bool oneHost;           //!< every lane through the first server's profile
    bool syncScroll = true; //!< the panel's "Sync" (scroll every lane's reply together)
};

struct Outcome
{
    Stats stats;
    bool ok = true;
    qint64 wallNs = 0;
    qsizetype chars = 0;
    qsizetype deltas = 0;
    qint64 firstTextMinNs = -1, firstTextMaxNs = -1;
    qint64 lastTextMinNs = -1, lastTextMaxNs = -1;
    qint64 lastTextNs = 0; //!< the last delta of any lane
    qint64 cpuNs = 0;      //!< the UI thread's CPU time, send to finished
    long preempted = 0;    //!< involuntary context switches of the UI thread
    QByteArray loadBefore; //!< the machine's load average when the run started
    int lanesVisible = 0;
    qsizetype replyResizes = 0;
    qsizetype replyWidthChanges = 0;
    double peakRssMiB = 0;
};

//! Scrolls every lane's reply back to the top, outside the measurements. setLanes() deletes
//! the lanes while the splitter re-lays out the others: with replies scrolled to their end,
//! their scroll bars move and syncScroll() runs mid-deletion (which crashed while setLanes()
//! still listed the deleted views in m_views). Scroll bars at 0 don't move.
void parkScrollBars(ComparePanel &panel)
{
    panel.setScrollSynced(false);
    for (CompareLaneView *view : panel.laneViews())
        view->replyEdit()->verticalScrollBar()->setValue(0);
    panel.setScrollSynced(true);
}

Outcome runScenario(ComparePanel &panel, const Scenario &scenario, qsizetype expectedChars)
{
    QList<CompareLane> lanes;
    for (int i = 0; i < scenario.lanes; ++i) {
        CompareLane lane;
        lane.profile = u"Lane %1"_s.arg(scenario.oneHost ? 1 : i + 1);
        lane.model = i < scenario.streamingLanes ? streamModel : shortModel;
        lanes << lane;
    }
    parkScrollBars(panel);
    panel.setLanes(lanes);
    panel.setRepeat(1);
    panel.setConcurrencyLimits({});
    panel.setScrollSynced(scenario.syncScroll);
    QCoreApplication::processEvents(); // lay the new lanes out and paint them once

    Outcome outcome;
    ResizeCounter resizes;
    for (CompareLaneView *view : panel.laneViews()) {
        outcome.lanesVisible += view->visibleRegion().isEmpty() ? 0 : 1;
        view->replyEdit()->installEventFilter(&resizes);
    }
    std::vector<qint64> firstText(size_t(scenario.lanes), -1);
    std::vector<qint64> lastText(size_t(scenario.lanes), -1);
    const QMetaObject::Connection deltas
        = QObject::connect(panel.comparison(), &Comparison::textDelta, &panel,
                           [&outcome, &firstText, &lastText](int lane, int, const QString &text) {
                               const qint64 now = g_clock.nsecsElapsed();
                               outcome.chars += text.size();
                               ++outcome.deltas;
                               if (lane >= 0 && size_t(lane) < firstText.size()) {
                                   if (firstText[size_t(lane)] < 0)
                                       firstText[size_t(lane)] = now;
                                   lastText[size_t(lane)] = now;
                               }
                               outcome.lastTextNs = now;
                           });

    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(probeIntervalMs);
    qint64 lastTick = 0;
    qint64 lastCpu = 0;
    QObject::connect(&probe, &QTimer::timeout, &panel, [&lastTick, &lastCpu] {
        Stats &s = *g_stats;
        const qint64 now = g_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const qint64 gap = now - lastTick;
        s.gaps.push_back(gap);
        s.gapCpu.push_back(cpu - lastCpu);
        if (gap > s.worstGapNs) {
            s.worstGapNs = gap;
            s.worstGapAtNs = lastTick;
            s.worstGapEvents = s.sinceProbe;
            s.worstGapEventCount = s.sinceProbeEvents;
            s.worstGapBusyNs = s.sinceProbeNs;
            s.worstGapCpuNs = cpu - lastCpu;
        }
        s.sinceProbe.clear();
        s.sinceProbeEvents = 0;
        s.sinceProbeNs = 0;
        lastTick = now;
        lastCpu = cpu;
    });
    g_probe = &probe;
    outcome.stats.gaps.reserve(100'000);
    outcome.stats.gapCpu.reserve(100'000);

    QEventLoop loop;
    QObject::connect(&panel, &ComparePanel::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop, &outcome, &panel] {
        std::printf("  TIMEOUT: stopping the comparison\n");
        outcome.ok = false;
        panel.stop();
        loop.quit();
    });
    timeout.start(10 * 60 * 1000);

    outcome.loadBefore = loadAverage();
    const long switchesBefore = involuntarySwitches();
    const qint64 cpuBefore = threadCpuNs();
    lastCpu = cpuBefore;
    g_clock.start();
    g_stats = &outcome.stats;
    probe.start();
    QString error;
    if (!panel.send(&error)) {
        std::printf("  cannot send: %s\n", qPrintable(error));
        outcome.ok = false;
    } else {
        loop.exec();
    }
    outcome.wallNs = g_clock.nsecsElapsed();
    outcome.cpuNs = threadCpuNs() - cpuBefore;
    outcome.preempted = involuntarySwitches() - switchesBefore;
    probe.stop();
    g_stats = nullptr;
    g_probe = nullptr;
    QObject::disconnect(deltas);
    for (CompareLaneView *view : panel.laneViews())
        view->replyEdit()->removeEventFilter(&resizes);
    outcome.replyResizes = resizes.resizes;
    outcome.replyWidthChanges = resizes.widthChanges;

    for (size_t i = 0; i < firstText.size(); ++i) {
        if (firstText[i] < 0 || int(i) >= scenario.streamingLanes)
            continue;
        auto widen = [](qint64 *low, qint64 *high, qint64 value) {
            *low = *low < 0 ? value : std::min(*low, value);
            *high = std::max(*high, value);
        };
        widen(&outcome.firstTextMinNs, &outcome.firstTextMaxNs, firstText[i]);
        widen(&outcome.lastTextMinNs, &outcome.lastTextMaxNs, lastText[i]);
    }
    const QList<CompareLaneView *> views = panel.laneViews();
    for (int i = 0; i < scenario.streamingLanes && i < views.size(); ++i) {
        const qsizetype shown = views.at(i)->replyEdit()->toPlainText().size();
        if (shown != expectedChars) {
            std::printf("  MISMATCH in lane %d of \"%s\": shown %lld characters, sent %lld\n",
                        i + 1, scenario.name, qlonglong(shown), qlonglong(expectedChars));
            outcome.ok = false;
        }
    }
    outcome.peakRssMiB = procStatusMiB("VmHWM");
    return outcome;
}

double percentile(std::vector<qint64> values, double fraction)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index
        = std::min(values.size() - 1, size_t(fraction * double(values.size() - 1) + 0.5));
    return ms(values[index]);
}

qsizetype countOver(const std::vector<qint64> &values, double thresholdMs)
{
    return std::count_if(values.begin(), values.end(),
                         [thresholdMs](qint64 v) { return ms(v) > thresholdMs; });
}

void printTable(const std::vector<Scenario> &scenarios, const std::vector<Outcome> &outcomes)
{
    // Cells return QByteArray, never a QStringBuilder of temporaries.
    const auto row
        = [&outcomes](const char *label, const std::function<QByteArray(const Outcome &)> &cell) {
              std::printf("%-44s", label);
              for (const Outcome &o : outcomes) {
                  const QByteArray text = cell(o);
                  std::printf(" %22s", text.constData());
              }
              std::printf("\n");
          };
    const auto number = [](double value, int decimals) {
        return QByteArray::number(value, 'f', decimals);
    };
    const auto count = [](qint64 value) {
        return QByteArray::number(value);
    };
    std::printf("%-44s", "");
    for (const Scenario &s : scenarios)
        std::printf(" %22s", s.name);
    std::printf("\n");
    row("wall time, send to finished (ms)",
        [&](const Outcome &o) -> QByteArray { return number(ms(o.wallNs), 0); });
    row("characters received", [&](const Outcome &o) -> QByteArray { return count(o.chars); });
    row("characters per second", [&](const Outcome &o) -> QByteArray {
        return number(double(o.chars) / (double(o.wallNs) / 1e9), 0);
    });
    row("text deltas", [&](const Outcome &o) -> QByteArray { return count(o.deltas); });
    row("first text, earliest..latest lane (ms)", [&](const Outcome &o) -> QByteArray {
        return number(ms(o.firstTextMinNs), 0) + ".." + number(ms(o.firstTextMaxNs), 0);
    });
    row("last text, earliest..latest lane (ms)", [&](const Outcome &o) -> QByteArray {
        return number(ms(o.lastTextMinNs), 0) + ".." + number(ms(o.lastTextMaxNs), 0);
    });
    row("last text to finished() (ms)",
        [&](const Outcome &o) -> QByteArray { return number(ms(o.wallNs - o.lastTextNs), 1); });
    row("lanes visible on screen",
        [&](const Outcome &o) -> QByteArray { return count(o.lanesVisible); });
    row("reply edits resized / of those, new width", [&](const Outcome &o) -> QByteArray {
        return count(o.replyResizes) + " / " + count(o.replyWidthChanges);
    });

    std::printf("UI thread, %d ms probe timer (gap: wall clock between two ticks; CPU: the UI "
                "thread's CPU time in a gap):\n",
                probeIntervalMs);
    row("  ticks",
        [&](const Outcome &o) -> QByteArray { return count(qint64(o.stats.gaps.size())); });
    row("  worst gap = worst stall (ms)",
        [&](const Outcome &o) -> QByteArray { return number(ms(o.stats.worstGapNs), 2); });
    row("  gap p99.9 / p99 / p50 (ms)", [&](const Outcome &o) -> QByteArray {
        return number(percentile(o.stats.gaps, 0.999), 1) + " / "
               + number(percentile(o.stats.gaps, 0.99), 1) + " / "
               + number(percentile(o.stats.gaps, 0.5), 1);
    });
    row("  gaps over 16 ms / over 50 ms", [&](const Outcome &o) -> QByteArray {
        return count(countOver(o.stats.gaps, 16)) + " / " + count(countOver(o.stats.gaps, 50));
    });
    row("  most CPU in one gap (ms)",
        [&](const Outcome &o) -> QByteArray { return number(percentile(o.stats.gapCpu, 1.0), 2); });
    row("  CPU in a gap p99.9 / p99 (ms)", [&](const Outcome &o) -> QByteArray {
        return number(percentile(o.stats.gapCpu, 0.999), 1) + " / "
               + number(percentile(o.stats.gapCpu, 0.99), 1);
    });

    std::printf("UI thread, time in events: wall / CPU ms in all (most CPU in one event, ms):\n");
    const auto bucketRow = [&](const char *label, Bucket bucket) {
        row(label, [&](const Outcome &o) -> QByteArray {
            return number(ms(o.stats.busyNs[bucket]), 0) + " / "
                   + number(ms(o.stats.busyCpuNs[bucket]), 0) + " ("
                   + number(ms(o.stats.worstCpuNs[bucket]), 2) + ")";
        });
    };
    bucketRow("  network reads, parse, delta handlers", Network);
    bucketRow("  lanes' 40 ms flushes (append text)", LaneFlush);
    bucketRow("  panel's 250 ms tick", PanelTick);
    bucketRow("  paint and layout", PaintLayout);
    bucketRow("  other events", Other);
    row("  window repaints (UpdateRequest), CPU each", [&](const Outcome &o) -> QByteArray {
        const Stats::PaintCost &u = o.stats.updateRequests;
        return count(u.count) + ", "
               + number(ms(u.cpuNs) / double(std::max<qsizetype>(1, u.count)), 2) + " ms";
    });
    row("  in events, % of wall time: wall / CPU", [&](const Outcome &o) -> QByteArray {
        qint64 busy = 0, busyCpu = 0;
        for (int b = 0; b < Probe; ++b) {
            busy += o.stats.busyNs[size_t(b)];
            busyCpu += o.stats.busyCpuNs[size_t(b)];
        }
        const double wall = double(std::max<qint64>(1, o.wallNs));
        return number(100.0 * double(busy) / wall, 0) + " % / "
               + number(100.0 * double(busyCpu) / wall, 0) + " %";
    });
    row("  UI thread CPU time, all (ms)",
        [&](const Outcome &o) -> QByteArray { return number(ms(o.cpuNs), 0); });
    row("  involuntary context switches",
        [&](const Outcome &o) -> QByteArray { return count(o.preempted); });
    row("  network events per text delta", [&](const Outcome &o) -> QByteArray {
        return number(double(o.stats.events[Network]) / double(std::max<qsizetype>(1, o.deltas)),
                      2);
    });
    row("  network CPU ms per 1000 deltas", [&](const Outcome &o) -> QByteArray {
        return number(
            ms(o.stats.busyCpuNs[Network]) * 1000.0 / double(std::max<qsizetype>(1, o.deltas)), 2);
    });
    row("load average when the run started",
        [](const Outcome &o) -> QByteArray { return o.loadBefore.trimmed(); });
    row("peak RSS after the run (MiB, VmHWM)",
        [&](const Outcome &o) -> QByteArray { return number(o.peakRssMiB, 1); });
}

void printDetails(const Scenario &scenario, const Outcome &o)
{
    const Stats &s = o.stats;
    std::printf("%s: worst gap %.2f ms at %.0f ms: %lld events, %.2f ms in them, %.2f ms of "
                "UI thread CPU; events of 0.5 ms or more:\n",
                scenario.name, ms(s.worstGapNs), ms(s.worstGapAtNs),
                qlonglong(s.worstGapEventCount), ms(s.worstGapBusyNs), ms(s.worstGapCpuNs));
    for (const SlowEvent &e : s.worstGapEvents)
        std::printf("    %7.2f ms (CPU %6.2f ms)  %s\n", ms(e.ns), ms(e.cpuNs),
                    describe(e.info).constData());
    std::vector<std::pair<QByteArray, Stats::PaintCost>> paints;
    for (auto it = s.paints.cbegin(); it != s.paints.cend(); ++it)
        paints.emplace_back(it.key(), it.value());
    std::sort(paints.begin(), paints.end(),
              [](const auto &a, const auto &b) { return a.second.cpuNs > b.second.cpuNs; });
    std::printf("  painting, the widgets with the most CPU time:\n");
    for (size_t i = 0; i < paints.size() && i < 6; ++i)
        std::printf("    CPU %7.1f ms in %5lld paints  %s\n", ms(paints[i].second.cpuNs),
                    qlonglong(paints[i].second.count), paints[i].first.constData());
    std::printf("  the events with the most CPU time:\n");
    for (const SlowEvent &e : s.slowest)
        std::printf("    CPU %6.2f ms (wall %6.2f ms) at %6.0f ms  %s\n", ms(e.cpuNs), ms(e.ns),
                    ms(e.atNs), describe(e.info).constData());
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true); // the panel's QSettings stay out of the user's
    BenchApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"modelkit-bench"_s);
    QCoreApplication::setApplicationName(u"bench_compare"_s);
    const QStringList args = app.arguments();
    const int pieceCount = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 3000;
    const int chunkBytes = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 160;
    const int delayMs = args.size() > 3 ? std::max(0, args.at(3).toInt()) : 1;
    const int width = args.size() > 4 ? std::max(400, args.at(4).toInt()) : 2400;
    const double rssAtStart = procStatusMiB("VmHWM");

    const QStringList pieces = makePieces(pieceCount);
    qsizetype replyChars = 0;
    for (const QString &piece : pieces)
        replyChars += piece.size();
    const QByteArray longReply
        = testsupport::openAiChatStream(streamModel, pieces, 20, qint64(pieceCount) * 3);
    const QByteArray shortReply = testsupport::openAiChatStream(shortModel, {u"OK."_s}, 20, 1);
    const QStringList warmUpPieces = makePieces(200);
    qsizetype warmUpChars = 0;
    for (const QString &piece : warmUpPieces)
        warmUpChars += piece.size();

    ServerThread servers(longReply, shortReply, chunkBytes, delayMs);
    if (!servers.isListening()) {
        std::printf("bench_compare: the loopback servers cannot listen\n");
        return 1;
    }
    PlaygroundSession session;
    session.setKeyResolver([](const ProviderProfile &) { return u"sk-bench"_s; });
    QList<ProviderProfile> profiles;
    for (int i = 0; i < laneCount; ++i) {
        ProviderProfile profile;
        profile.name = u"Lane %1"_s.arg(i + 1);
        profile.kind = ProviderKind::OpenAiCompatible;
        profile.baseUrl = servers.urls().at(i);
        profile.model = streamModel;
        profiles << profile;
    }
    session.setProfiles(profiles);
    session.setMessages({UserMessage{u"Write a long report."_s, u"user"_s}});

    ComparePanel panel(&session);
    panel.resize(width, 900);
    panel.show();
    QCoreApplication::processEvents();

    std::printf("bench_compare: %d pieces per lane (%lld characters, %.0f KB of SSE), %d-byte "
                "writes every %d ms, panel %dx900, platform %s\n",
                pieceCount, qlonglong(replyChars), double(longReply.size()) / 1024.0, chunkBytes,
                delayMs, width, qPrintable(QGuiApplication::platformName()));
    std::printf("peak RSS at start: %.1f MiB\n", rssAtStart);

    // Warm-up: fonts, glyph caches, connections, first layouts. A short reply per lane.
    {
        ServerThread warmUpServers(
            testsupport::openAiChatStream(streamModel, warmUpPieces, 20, 600), shortReply,
            chunkBytes, delayMs);
        QList<ProviderProfile> warmUpProfiles = profiles;
        for (int i = 0; i < laneCount; ++i)
            warmUpProfiles[i].baseUrl = warmUpServers.urls().at(i);
        session.setProfiles(warmUpProfiles);
        runScenario(panel, {"warm-up", laneCount, laneCount, false}, warmUpChars);
        session.setProfiles(profiles);
    }
    std::printf("peak RSS after the warm-up: %.1f MiB\n", procStatusMiB("VmHWM"));

    const std::vector<Scenario> scenarios{
        {"1 lane (+1 short)", 1, ComparePanel::minLanes, false},
        {"8 lanes", laneCount, laneCount, false},
        {"8 lanes, 1 host", laneCount, laneCount, true},
        {"8 lanes, no Sync", laneCount, laneCount, false, false},
    };
    std::vector<Outcome> outcomes;
    for (const Scenario &scenario : scenarios)
        outcomes.push_back(runScenario(panel, scenario, replyChars));

    std::printf("\n");
    printTable(scenarios, outcomes);
    std::printf("\n");
    for (size_t i = 0; i < scenarios.size(); ++i)
        printDetails(scenarios[i], outcomes[i]);
    std::printf("\npeak RSS: %.1f MiB at start, %.1f MiB at the end (current %.1f MiB)\n",
                rssAtStart, procStatusMiB("VmHWM"), procStatusMiB("VmRSS"));
    parkScrollBars(panel); // before ~ComparePanel, see there
    const bool ok
        = std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.ok; });
    return ok ? 0 : 1;
}
