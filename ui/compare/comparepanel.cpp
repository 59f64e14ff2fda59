// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparepanel.h"

#include "compare/comparediffview.h"
#include "compare/comparelaneview.h"
#include "compare/comparison.h"
#include "compare/comparisondocument.h"
#include "compare/lanesettingsdialog.h"
#include "core/chatcompletionclient.h"
#include "cost/costtext.h"
#include "session/playgroundsession.h"
#include "session/run.h"
#include "widgets/icons.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

namespace {
const QString lanesKey = u"Compare/lanes"_s;
const QString limitsKey = u"Compare/concurrencyLimits"_s;
const QString repeatKey = u"Compare/repeat"_s;

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text,
                        const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(QString(text).remove(u'&'));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}
} // namespace

ComparePanel::ComparePanel(PlaygroundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_comparison(new Comparison(this))
    , m_addLane(toolButton(this, u"compareAddLane"_s, tr("Lane"),
                           tr("Add a lane (at most %1)").arg(Comparison::maxLanes)))
    , m_repeat(new QSpinBox(this))
    , m_syncScroll(new QCheckBox(tr("S&ync"), this))
    , m_diffToggle(toolButton(this, u"compareDiff"_s, tr("&Diff"),
                              tr("Compare the replies of two lanes word by word")))
    , m_stopAll(toolButton(this, u"compareStopAll"_s, tr("Stop All"), tr("Stop every lane (Esc)")))
    , m_open(toolButton(this, u"compareOpen"_s, tr("Open…"), tr("Open a saved comparison")))
    , m_save(toolButton(this, u"compareSave"_s, tr("Save…"),
                        tr("Save every lane's request and results as a JSON file")))
    , m_summary(new QLabel(this))
    , m_note(new QLabel(this))
    , m_vertical(new QSplitter(Qt::Vertical, this))
    , m_scroll(new QScrollArea(this))
    , m_lanesSplitter(new QSplitter(Qt::Horizontal))
    , m_diff(new CompareDiffView(this))
{
    setObjectName(u"comparePanel"_s);
    m_addLane->setIcon(Icons::icon(Icons::Name::Add));
    m_stopAll->setIcon(Icons::icon(Icons::Name::Stop));
    m_stopAll->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_repeat->setObjectName(u"compareRepeat"_s);
    m_repeat->setRange(1, CompareLane::maxRepeat);
    m_repeat->setAccessibleName(tr("Attempts per lane"));
    m_repeat->setToolTip(tr("Run each lane this many times, one after the other, to see how "
                            "much latency, cost and the answers vary"));
    m_repeat->setSuffix(tr(" ×"));
    m_syncScroll->setObjectName(u"compareSyncScroll"_s);
    m_syncScroll->setChecked(true);
    m_syncScroll->setToolTip(tr("Scroll every lane's reply together"));
    m_syncScroll->setAccessibleName(tr("Sync scrolling"));
    m_diffToggle->setCheckable(true);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(u"compareNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();

    // Alt+R opens the Run menu; Alt+T is the diff's "To:".
    auto *repeatLabel = new QLabel(tr("R&epeat:"), this);
    repeatLabel->setBuddy(m_repeat);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_addLane);
    bar->addWidget(repeatLabel);
    bar->addWidget(m_repeat);
    bar->addWidget(m_syncScroll);
    bar->addWidget(m_diffToggle);
    bar->addStretch(1);
    bar->addWidget(m_stopAll);
    bar->addWidget(m_open);
    bar->addWidget(m_save);

    m_lanesSplitter->setObjectName(u"compareLanes"_s);
    m_lanesSplitter->setChildrenCollapsible(false);
    m_scroll->setObjectName(u"compareLanesScroll"_s);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the lanes, not to their frame
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_lanesSplitter);
    m_diff->setObjectName(u"compareDiffView"_s);
    m_diff->hide();
    m_vertical->setChildrenCollapsible(false);
    m_vertical->addWidget(m_scroll);
    m_vertical->addWidget(m_diff);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_summary);
    layout->addWidget(m_vertical, 1);

    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        for (CompareLaneView *view : std::as_const(m_views))
            view->tick();
    });
    connect(m_addLane, &QToolButton::clicked, this, [this] { addLane(); });
    connect(m_stopAll, &QToolButton::clicked, this, &ComparePanel::stop);
    connect(m_diffToggle, &QToolButton::toggled, this, &ComparePanel::setDiffVisible);
    connect(m_syncScroll, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_views.isEmpty())
            syncScroll(m_views.first());
    });
    connect(m_repeat, &QSpinBox::valueChanged, this,
            [](int value) { QSettings().setValue(repeatKey, value); });
    connect(m_save, &QToolButton::clicked, this, &ComparePanel::chooseSaveFile);
    connect(m_open, &QToolButton::clicked, this, &ComparePanel::chooseOpenFile);
    connect(m_session, &PlaygroundSession::keyRead, this, [this] {
        if (m_waitingForKeys)
            startWhenKeysRead();
    });
    connectComparison();

    // The lanes and limits of last time, else the window's provider twice.
    QSettings settings;
    QList<CompareLane> lanes;
    const QJsonArray saved
        = QJsonDocument::fromJson(settings.value(lanesKey).toByteArray()).array();
    for (const QJsonValue &value : saved) {
        if (std::optional<CompareLane> lane = CompareLane::fromJson(value))
            lanes << *lane;
    }
    m_lanesWereSaved = !lanes.isEmpty();
    if (lanes.isEmpty()) {
        CompareLane lane;
        if (!m_session->isDemo())
            lane.profile = m_session->providerLabel();
        lane.model = m_session->model();
        lanes = {lane, lane};
    }
    const QVariantMap limits = settings.value(limitsKey).toMap();
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        m_limits.insert(it.key(), it.value().toInt());
    m_repeat->setValue(settings.value(repeatKey, 1).toInt());
    setLanes(lanes);
    updateSummary();
}

ComparePanel::~ComparePanel()
{
    // Lanes in flight end here, while the session's transport still exists.
    m_comparison->stop();
}

// --- Lanes ------------------------------------------------------------------------------

CompareLaneView *ComparePanel::createLaneView()
{
    auto *view = new CompareLaneView(m_session, m_lanesSplitter);
    m_lanesSplitter->addWidget(view);
    m_views.append(view);
    connect(view, &CompareLaneView::configurationChanged, this, [this] { saveLanes(); });
    connect(view, &CompareLaneView::settingsRequested, this,
            [this, view] { editLaneSettings(view); });
    connect(view, &CompareLaneView::removeRequested, this,
            [this, view] { removeLane(int(m_views.indexOf(view))); });
    connect(view, &CompareLaneView::stopRequested, this,
            [this, view] { stopLane(int(m_views.indexOf(view))); });
    connect(view, &CompareLaneView::inspectRequested, this, [this, view] {
        if (Run *run = view->shownAttemptRun())
            Q_EMIT inspectRequested(run);
    });
    connect(view, &CompareLaneView::promoteRequested, this, [this, view] { promote(view); });
    connect(view, &CompareLaneView::shownAttemptChanged, this, &ComparePanel::refreshDiff);
    connect(view->replyEdit()->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this, view] { syncScroll(view); });
    connect(m_session, &PlaygroundSession::providerChanged, view, &CompareLaneView::reloadProfiles);
    return view;
}

void ComparePanel::setLanes(const QList<CompareLane> &lanes)
{
    if (isRunning())
        return;
    qDeleteAll(std::exchange(m_views, {}));
    QList<CompareLane> kept = lanes.mid(0, Comparison::maxLanes);
    while (kept.size() < minLanes)
        kept << (kept.isEmpty() ? CompareLane{} : kept.last());
    for (const CompareLane &lane : std::as_const(kept))
        createLaneView()->setLane(lane);
    renumber();
    saveLanes();
    syncEngineLanes();
    refreshDiff();
}

QList<CompareLane> ComparePanel::lanes() const
{
    QList<CompareLane> lanes;
    for (const CompareLaneView *view : m_views)
        lanes << view->lane();
    return lanes;
}

bool ComparePanel::addLane()
{
    if (isRunning() || m_views.size() >= Comparison::maxLanes)
        return false;
    const CompareLane like = m_views.isEmpty() ? CompareLane{} : m_views.last()->lane();
    CompareLaneView *view = createLaneView();
    view->setLane(like);
    renumber();
    saveLanes();
    syncEngineLanes();
    refreshDiff();
    // The new lane is usually off to the right.
    QTimer::singleShot(0, this, [this, shown = QPointer<CompareLaneView>(view)] {
        if (shown)
            m_scroll->ensureWidgetVisible(shown);
    });
    return true;
}

void ComparePanel::removeLane(int index)
{
    if (isRunning() || index < 0 || index >= m_views.size() || m_views.size() <= minLanes)
        return;
    delete m_views.takeAt(index);
    renumber();
    saveLanes();
    syncEngineLanes();
    refreshDiff();
}

void ComparePanel::renumber()
{
    for (int i = 0; i < m_views.size(); ++i) {
        m_views.at(i)->setNumber(i + 1);
        m_views.at(i)->setRemovable(m_views.size() > minLanes);
    }
    updateControls();
}

void ComparePanel::saveLanes() const
{
    QJsonArray array;
    const QList<CompareLane> configured = lanes();
    for (int i = 0; i < configured.size(); ++i) {
        CompareLane kept = configured.at(i);
        kept.id = u"lane-%1"_s.arg(i + 1);
        array.append(kept.toJson());
    }
    QSettings().setValue(lanesKey, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void ComparePanel::setRepeat(int repeat)
{
    m_repeat->setValue(repeat);
}

int ComparePanel::repeat() const
{
    return m_repeat->value();
}

void ComparePanel::setConcurrencyLimits(const QMap<QString, int> &limits)
{
    m_limits.clear();
    QVariantMap saved;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it) {
        if (it.value() > 0) {
            m_limits.insert(it.key(), it.value());
            saved.insert(it.key(), it.value());
        }
    }
    QSettings().setValue(limitsKey, saved);
}

void ComparePanel::editLaneSettings(CompareLaneView *view)
{
    if (isRunning())
        return;
    const CompareLane lane = view->lane();
    const int index = m_session->indexOfProfile(lane.profile);
    const bool profileCaches = index >= 0 && m_session->profiles().at(index).cacheResponses;
    // The engine matches limits case-insensitively; so do these.
    auto sameKey = [&lane](const QString &key) {
        return key.compare(lane.limitKey(), Qt::CaseInsensitive) == 0;
    };
    int limit = 0;
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it) {
        if (sameKey(it.key()))
            limit = it.value();
    }
    LaneSettingsDialog dialog(lane, limit, profileCaches, this);
    // The dialog's own event loop may replace the lanes (an Open finishing): check after.
    const QPointer<CompareLaneView> edited(view);
    if (dialog.exec() != QDialog::Accepted || !edited || isRunning())
        return;
    edited->setLane(dialog.lane());
    QMap<QString, int> limits = m_limits;
    limits.removeIf([&sameKey](const auto &entry) { return sameKey(entry.key()); });
    limits.insert(lane.limitKey(), dialog.concurrencyLimit());
    setConcurrencyLimits(limits);
    saveLanes();
    syncEngineLanes();
}

void ComparePanel::syncEngineLanes()
{
    if (isRunning())
        return;
    // The engine holds what Save writes and the summary counts: the lanes shown, each with
    // the results it shows.
    ComparisonDocument document = m_comparison->document();
    document.lanes.clear();
    for (int i = 0; i < m_views.size(); ++i) {
        const CompareLaneView *view = m_views.at(i);
        CompareLaneResult result;
        result.lane = view->lane();
        result.lane.id = u"lane-%1"_s.arg(i + 1);
        result.lane.repeat = repeat();
        result.attempts = view->attempts();
        result.state = view->state();
        document.lanes << result;
    }
    m_comparison->restore(document);
    updateSummary();
    updateControls();
}

// --- Running ----------------------------------------------------------------------------

bool ComparePanel::isRunning() const
{
    return m_comparison->isRunning() || m_waitingForKeys;
}

bool ComparePanel::send(QString *error)
{
    if (isRunning()) {
        if (error)
            *error = tr("A comparison is running; stop it first.");
        return false;
    }
    QString why;
    if (!m_session->buildRequest(&why)) {
        if (error)
            *error = why;
        return false;
    }
    QStringList profiles;
    for (const CompareLane &lane : lanes())
        profiles << lane.profile;
    if (!m_session->readKeys(profiles)) {
        // Sending before the keychain answered would go out without the key.
        m_waitingForKeys = true;
        m_summary->setText(tr("Reading API keys from the keychain…"));
        for (CompareLaneView *view : std::as_const(m_views))
            view->setComparisonRunning(true);
        updateControls();
        Q_EMIT runningChanged(true);
        return true;
    }
    return start(error);
}

void ComparePanel::startWhenKeysRead()
{
    QStringList profiles;
    for (const CompareLane &lane : lanes())
        profiles << lane.profile;
    if (!m_session->readKeys(profiles))
        return;
    m_waitingForKeys = false;
    QString error;
    if (!start(&error)) {
        for (CompareLaneView *view : std::as_const(m_views))
            view->setComparisonRunning(false);
        updateControls();
        updateSummary();
        Q_EMIT runningChanged(false);
        Q_EMIT problem(error);
    }
}

bool ComparePanel::start(QString *error)
{
    QString why;
    const std::optional<CompletionRequest> request = m_session->buildRequest(&why);
    if (!request) {
        if (error)
            *error = why;
        return false;
    }
    QList<CompareLane> configured = lanes();
    for (int i = 0; i < configured.size(); ++i) {
        configured[i].id = u"lane-%1"_s.arg(i + 1);
        configured[i].repeat = repeat();
    }
    m_comparison->setLanes(configured);
    m_comparison->setRequest(*request);
    m_comparison->setStreaming(m_session->isStreaming());
    m_comparison->setCatalog(&m_session->catalog());
    m_comparison->setConcurrencyLimits(m_limits);
    m_comparison->setTitle(m_session->title());
    m_conversationId = m_session->conversationId();
    m_comparison->setClientMaker([this](const CompareLane &lane, QString *reason) {
        return m_session->makeClient(lane.profile, lane.model, lane.cache, reason);
    });
    for (int i = 0; i < m_views.size(); ++i)
        m_views.at(i)->reset(configured.at(i).request(*request));
    m_note->hide();
    for (CompareLaneView *view : std::as_const(m_views))
        view->setComparisonRunning(true);
    if (!m_comparison->start(&why)) {
        for (CompareLaneView *view : std::as_const(m_views))
            view->setComparisonRunning(false);
        if (error)
            *error = why;
        return false;
    }
    m_tick.start();
    updateControls();
    updateSummary();
    if (m_comparison->isRunning())
        Q_EMIT runningChanged(true);
    return true;
}

void ComparePanel::stop()
{
    if (m_waitingForKeys) {
        m_waitingForKeys = false;
        for (CompareLaneView *view : std::as_const(m_views))
            view->setComparisonRunning(false);
        updateControls();
        updateSummary();
        Q_EMIT runningChanged(false);
        return;
    }
    m_comparison->stop();
}

void ComparePanel::stopLane(int index)
{
    if (index >= 0 && index < m_comparison->laneCount())
        m_comparison->stopLane(index);
}

std::optional<double> ComparePanel::estimateSendCostUsd() const
{
    const qint64 promptTokens = m_session->estimateRequestTokens();
    double total = 0;
    for (const CompareLane &lane : lanes()) {
        const int index = m_session->indexOfProfile(lane.profile);
        if (lane.profile.isEmpty())
            continue; // the Demo provider bills nothing
        if (index < 0)
            return std::nullopt;
        const ProviderProfile &profile = m_session->profiles().at(index);
        const CatalogEntry entry = m_session->catalog().lookup(
            profile.kind, lane.model.isEmpty() ? profile.model : lane.model);
        const CompletionParameters parameters
            = CompareLane::mergeParameters(m_session->parameters(), lane.parameters);
        RequestUsage usage;
        usage.promptTokens = promptTokens;
        usage.completionTokens
            = parameters.maxTokens.value_or(PlaygroundSession::assumedReplyTokens);
        const std::optional<double> cost = entry.price.cost(usage);
        if (!cost)
            return std::nullopt;
        total += *cost * repeat();
    }
    return total;
}

QString ComparePanel::queuedNote(int lane) const
{
    const std::optional<int> limit = m_comparison->concurrencyLimit(lane);
    const QString key = m_comparison->lanes().value(lane).limitKey();
    return limit
               ? tr("waiting for %1, which takes %n request(s) at a time", nullptr, *limit).arg(key)
               : QString();
}

void ComparePanel::connectComparison()
{
    Comparison *c = m_comparison;
    connect(c, &Comparison::laneStateChanged, this, [this](int lane, CompareState state) {
        if (CompareLaneView *view = m_views.value(lane))
            view->setState(state, state == CompareState::Queued ? queuedNote(lane) : QString());
        updateSummary();
    });
    connect(c, &Comparison::attemptStarted, this, [this](int lane, int attempt) {
        if (CompareLaneView *view = m_views.value(lane))
            view->startAttempt(attempt, m_comparison->lanes().value(lane).repeat);
    });
    connect(c, &Comparison::textDelta, this, [this](int lane, int attempt, const QString &text) {
        if (CompareLaneView *view = m_views.value(lane))
            view->appendText(attempt, text);
    });
    connect(c, &Comparison::thoughtDelta, this, [this](int lane, int attempt, const QString &text) {
        if (CompareLaneView *view = m_views.value(lane))
            view->appendThought(attempt, text);
    });
    connect(c, &Comparison::toolCallDelta, this,
            [this](int lane, int attempt, int index, const QString &id, const QString &name,
                   const QString &fragment) {
                if (CompareLaneView *view = m_views.value(lane))
                    view->appendToolCall(attempt, index, id, name, fragment);
            });
    connect(c, &Comparison::attemptFinished, this, [this](int lane, int attempt) {
        const ConversationRun run = m_comparison->attempts(lane).value(attempt);
        if (CompareLaneView *view = m_views.value(lane))
            view->finishAttempt(attempt, run);
        // Each call counts in the totals and the ledger as it happens, like a chat run, for
        // the conversation it was sent from; a lane whose client could not be made sent
        // nothing.
        const CompareLane config = m_comparison->lanes().value(lane);
        const bool sent = run.result || run.totalMs || !run.error
                          || run.error->kind != ModelError::Kind::InvalidRequest;
        if (sent)
            m_session->recordRun(
                run, config.profile.isEmpty() ? PlaygroundSession::demoLabel() : config.profile,
                m_conversationId);
        refreshSummaries();
        refreshDiff();
    });
    connect(c, &Comparison::laneFinished, this, [this] {
        refreshSummaries();
        updateSummary();
    });
    connect(c, &Comparison::finished, this, [this] {
        m_tick.stop();
        for (CompareLaneView *view : std::as_const(m_views)) {
            view->setComparisonRunning(false);
            view->tick();
        }
        refreshSummaries();
        refreshDiff();
        updateControls();
        updateSummary();
        Q_EMIT runningChanged(false);
        Q_EMIT finished();
    });
}

void ComparePanel::refreshSummaries()
{
    const CompareMarks marks = m_comparison->marks();
    for (int i = 0; i < m_views.size() && i < m_comparison->laneCount(); ++i)
        m_views.at(i)->setSummary(m_comparison->summary(i), marks.marksOf(i));
}

void ComparePanel::updateSummary()
{
    const int lanes = m_comparison->laneCount();
    if (m_waitingForKeys)
        return;
    if (lanes == 0) {
        m_summary->setText(tr("Each lane sends the conversation on the left with its own "
                              "provider, model and settings. Press Ctrl+Enter to run them "
                              "all."));
        return;
    }
    int done = 0, succeeded = 0, failed = 0, stopped = 0, priced = 0;
    double cost = 0;
    bool costKnown = true;
    for (int i = 0; i < lanes; ++i) {
        const CompareState state = m_comparison->laneState(i);
        if (!isFinalCompareState(state))
            continue;
        ++done;
        succeeded += state == CompareState::Succeeded;
        failed += state == CompareState::Failed;
        stopped += state == CompareState::Cancelled;
        const std::optional<double> laneCost = m_comparison->summary(i).totalCostUsd;
        if (laneCost) {
            cost += *laneCost;
            ++priced;
        } else if (m_comparison->summary(i).attempts > 0)
            costKnown = false;
    }
    if (m_comparison->isRunning()) {
        m_summary->setText(tr("Running: %1 of %2 lanes done").arg(done).arg(lanes));
        return;
    }
    QString text = tr("%1 lanes: %2 succeeded, %3 failed, %4 stopped")
                       .arg(lanes)
                       .arg(succeeded)
                       .arg(failed)
                       .arg(stopped);
    if (priced == 0 && !costKnown)
        text += u" · "_s + tr("cost unknown (no price in the catalog)");
    else
        text
            += u" · "_s
               + (costKnown ? tr("%1 in all").arg(CostText::usd(cost))
                            : tr("%1 in all, plus lanes without a price").arg(CostText::usd(cost)));
    m_summary->setText(text);
}

void ComparePanel::updateControls()
{
    const bool running = isRunning();
    m_addLane->setEnabled(!running && m_views.size() < Comparison::maxLanes);
    m_repeat->setEnabled(!running);
    m_stopAll->setEnabled(running);
    m_open->setEnabled(!running);
    m_save->setEnabled(!running && m_comparison->laneCount() > 0);
}

// --- Reading the results ----------------------------------------------------------------

void ComparePanel::setScrollSynced(bool synced)
{
    m_syncScroll->setChecked(synced);
}

void ComparePanel::syncScroll(CompareLaneView *source)
{
    if (m_syncing || !m_syncScroll->isChecked())
        return;
    // Proportional: replies of different lengths reach their ends together.
    const QScrollBar *from = source->replyEdit()->verticalScrollBar();
    const double ratio = from->maximum() > 0 ? double(from->value()) / from->maximum() : 0.0;
    m_syncing = true;
    for (CompareLaneView *view : std::as_const(m_views)) {
        if (view == source)
            continue;
        QScrollBar *to = view->replyEdit()->verticalScrollBar();
        to->setValue(int(std::lround(ratio * to->maximum())));
    }
    m_syncing = false;
}

void ComparePanel::setDiffVisible(bool visible)
{
    if (m_diffToggle->isChecked() != visible) {
        m_diffToggle->setChecked(visible); // comes back here through toggled()
        return;
    }
    m_diff->setVisible(visible);
    refreshDiff();
}

void ComparePanel::refreshDiff()
{
    if (!m_diffToggle->isChecked() || !isVisible())
        return;
    QList<CompareDiffView::Entry> entries;
    for (const CompareLaneView *view : std::as_const(m_views))
        entries.append(
            {tr("%1. %2").arg(view->number()).arg(view->lane().displayName()), view->answerText()});
    m_diff->setEntries(entries);
}

void ComparePanel::promote(CompareLaneView *view)
{
    Run *run = view->shownAttemptRun();
    const int index = int(m_views.indexOf(view));
    if (!run || isRunning() || index < 0 || index >= m_comparison->laneCount())
        return;
    // The settings that produced the reply, not what the pickers say now.
    const CompareLane lane = m_comparison->lanes().at(index);
    const int profile = lane.profile.isEmpty() ? -1 : m_session->indexOfProfile(lane.profile);
    if (!lane.profile.isEmpty() && profile < 0) {
        Q_EMIT problem(tr("The profile \u201c%1\u201d of lane %2 no longer exists; the reply was "
                          "not added.")
                           .arg(lane.profile)
                           .arg(view->number()));
        return;
    }
    // The reply answers the conversation as it was sent: not one edited since.
    std::optional<CompletionRequest> now = m_session->buildRequest(nullptr);
    if (!now || lane.request(*now).messages != view->request().messages) {
        Q_EMIT problem(tr("The conversation changed since lane %1 ran; its reply was not added. "
                          "Send again to compare the current conversation.")
                           .arg(view->number()));
        return;
    }
    // Continue where the lane was: its provider, model, parameters and system prompt.
    m_session->selectProfile(profile);
    m_session->setModel(lane.model.isEmpty() ? run->model() : lane.model);
    m_session->setParameters(
        CompareLane::mergeParameters(m_session->parameters(), lane.parameters));
    if (lane.systemPrompt) {
        // As CompareLane::request() applied it: the first system message, wherever it is.
        const QList<LlmMessage> &messages = m_session->messages();
        const auto first = std::find_if(messages.cbegin(), messages.cend(), [](const auto &m) {
            return std::holds_alternative<SystemMessage>(m);
        });
        const int at = first == messages.cend() ? -1 : int(first - messages.cbegin());
        if (lane.systemPrompt->isEmpty() && at >= 0)
            m_session->removeMessage(at);
        else if (!lane.systemPrompt->isEmpty() && at >= 0)
            m_session->updateMessage(at, SystemMessage{*lane.systemPrompt});
        else if (!lane.systemPrompt->isEmpty())
            m_session->insertMessage(0, SystemMessage{*lane.systemPrompt});
    }
    m_session->addReplyToConversation(run);
    Q_EMIT message(tr("Lane %1's reply was added to the conversation; %2 is selected.")
                       .arg(view->number())
                       .arg(lane.displayName()));
    Q_EMIT promoted();
}

void ComparePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshDiff(); // results that arrived while the chat was shown
}

void ComparePanel::adoptSessionProvider()
{
    if (m_lanesWereSaved || isRunning())
        return;
    CompareLane lane;
    if (!m_session->isDemo())
        lane.profile = m_session->providerLabel();
    lane.model = m_session->model();
    setLanes({lane, lane});
}

// --- Files ------------------------------------------------------------------------------

void ComparePanel::chooseSaveFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Comparison"), dir + u"/comparison.json"_s, tr("Comparisons (*.json)"));
    if (!path.isEmpty())
        saveTo(path);
}

void ComparePanel::chooseOpenFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Comparison"), dir,
                                                      tr("Comparisons (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFrom(path);
}

void ComparePanel::saveTo(const QString &path)
{
    ComparisonDocument document = m_comparison->document();
    if (document.title.isEmpty())
        document.title = m_session->title();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            Q_EMIT saved(path);
        else
            Q_EMIT problem(tr("The comparison could not be saved: %1").arg(error));
    });
    watcher->setFuture(QtConcurrent::run([document, path] {
        QString error;
        return document.writeFile(path, &error) ? QString() : error;
    }));
}

void ComparePanel::openFrom(const QString &path)
{
    using Read = std::pair<std::optional<ComparisonDocument>, QString>;
    auto *watcher = new QFutureWatcher<Read>(this);
    connect(watcher, &QFutureWatcher<Read>::finished, this, [this, watcher, path] {
        const Read read = watcher->result();
        watcher->deleteLater();
        QString error = read.second;
        if (read.first && showDocument(*read.first, &error))
            Q_EMIT opened(path);
        else
            Q_EMIT problem(tr("The comparison could not be opened: %1").arg(error));
    });
    watcher->setFuture(QtConcurrent::run([path] {
        QString error;
        std::optional<ComparisonDocument> document = ComparisonDocument::readFile(path, &error);
        return Read{std::move(document), error};
    }));
}

bool ComparePanel::showDocument(const ComparisonDocument &document, QString *error)
{
    if (isRunning()) {
        if (error)
            *error = tr("A comparison is running; stop it first.");
        return false;
    }
    if (document.lanes.isEmpty()) {
        if (error)
            *error = tr("The file has no lanes.");
        return false;
    }
    // The engine first (request, limits, ids), then the views, then the engine again from
    // the views (a file of one lane is shown with a second, empty one).
    m_comparison->restore(document);
    QList<CompareLane> lanes;
    for (const CompareLaneResult &result : document.lanes)
        lanes << result.lane;
    setLanes(lanes);
    m_comparison->restore(document);
    int repeat = 1;
    for (int i = 0; i < m_views.size() && i < document.lanes.size(); ++i) {
        const CompareLaneResult &result = document.lanes.at(i);
        repeat = std::max(repeat, result.lane.repeat);
        m_views.at(i)->restore(result.attempts, m_comparison->laneState(i),
                               result.lane.request(document.request));
    }
    setRepeat(repeat);
    syncEngineLanes();
    refreshSummaries();
    refreshDiff();
    updateControls();
    updateSummary();
    const QString when
        = document.createdAt.isValid()
              ? QLocale().toString(document.createdAt.toLocalTime(), QLocale::ShortFormat)
              : tr("an unknown date");
    m_note->setText(tr("A saved comparison from %1 (%2 messages sent). Send runs these lanes "
                       "again with the conversation on the left.")
                        .arg(when)
                        .arg(document.request.messages.size()));
    m_note->show();
    return true;
}

} // namespace playground
