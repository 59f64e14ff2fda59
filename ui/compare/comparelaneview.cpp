// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparelaneview.h"

#include "compare/lanesettingsdialog.h"
#include "core/finishreason.h"
#include "cost/costtext.h"
#include "providers/demo/democlient.h"
#include "replyview/errortext.h"
#include "replyview/toolcallview.h"
#include "session/playgroundsession.h"
#include "session/run.h"
#include "widgets/icons.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

namespace {

QString milliseconds(double ms)
{
    const QLocale locale;
    return ms < 1000 ? CompareLaneView::tr("%1 ms").arg(locale.toString(ms, 'f', 0))
                     : CompareLaneView::tr("%1 s").arg(locale.toString(ms / 1000, 'f', 2));
}

//! "mean ± spread" of a statistic formatted by `format`; "—" without values.
template<typename Format>
QString statistic(const CompareStatistic &value, Format format)
{
    if (value.isEmpty())
        return u"—"_s;
    if (value.count == 1)
        return format(value.mean);
    return CompareLaneView::tr("%1 ± %2").arg(format(value.mean), format(value.stddev));
}

QString tokensPerSecond(double value)
{
    return CompareLaneView::tr("%1 tok/s").arg(QLocale().toString(value, 'f', 1));
}

QString count(double value)
{
    return QLocale().toString(qint64(std::llround(value)));
}

QLabel *metricLabel(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(u"—"_s, parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QToolButton *laneButton(QWidget *parent, const QString &name, const QString &text,
                        const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(QString(text).remove(u'&'));
    button->setAutoRaise(true);
    return button;
}

} // namespace

CompareLaneView::CompareLaneView(PlaygroundSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_settings(laneButton(this, u"laneSettings"_s, tr("Settings…"),
                            tr("Parameter overrides, system prompt, cache and queueing of this "
                               "lane")))
    , m_stop(laneButton(this, u"laneStop"_s, tr("Stop"), tr("Stop this lane only")))
    , m_remove(laneButton(this, u"laneRemove"_s, tr("Remove"), tr("Remove this lane")))
    , m_overridesNote(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_marks(new QLabel(this))
    , m_ttft(metricLabel(this, u"laneTtft"_s, tr("Time to first token")))
    , m_speed(metricLabel(this, u"laneSpeed"_s, tr("Tokens per second")))
    , m_total(metricLabel(this, u"laneTotal"_s, tr("Total time")))
    , m_cost(metricLabel(this, u"laneCost"_s, tr("Cost")))
    , m_tokens(metricLabel(this, u"laneTokens"_s, tr("Tokens")))
    , m_finish(metricLabel(this, u"laneFinish"_s, tr("Finish reason")))
    , m_variance(metricLabel(this, u"laneVariance"_s, tr("Spread over the attempts")))
    , m_error(new QLabel(this))
    , m_attempt(new QComboBox(this))
    , m_thought(new QPlainTextEdit(this))
    , m_reply(new QPlainTextEdit(this))
    , m_callsBox(new QWidget(this))
    , m_callsLayout(new QVBoxLayout(m_callsBox))
    , m_inspect(laneButton(this, u"laneInspect"_s, tr("Inspect"),
                           tr("Show this attempt's result, timings and HTTP exchange in the "
                              "Inspector")))
    , m_promote(laneButton(this, u"lanePromote"_s, tr("Continue with this reply"),
                           tr("Add this reply to the conversation, switch to this lane's "
                              "provider, model and settings, and go back to the chat")))
{
    setObjectName(u"compareLane"_s);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(280);
    setFocusPolicy(Qt::NoFocus);

    m_title->setObjectName(u"laneTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_profile->setObjectName(u"laneProfile"_s);
    m_profile->setAccessibleName(tr("Provider of this lane"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profile->setMinimumContentsLength(8);
    m_model->setObjectName(u"laneModel"_s);
    m_model->setAccessibleName(tr("Model of this lane"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(10);
    m_model->lineEdit()->setPlaceholderText(tr("Default model"));
    m_stop->setIcon(Icons::icon(Icons::Name::Stop));
    m_remove->setIcon(Icons::icon(Icons::Name::Remove));
    m_settings->setIcon(Icons::icon(Icons::Name::Settings));
    m_remove->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_settings->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_stop->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *header = new QHBoxLayout;
    header->setSpacing(4);
    header->addWidget(m_title);
    header->addWidget(m_profile, 1);
    header->addWidget(m_settings);
    header->addWidget(m_stop);
    header->addWidget(m_remove);

    m_overridesNote->setObjectName(u"laneOverridesNote"_s);
    m_overridesNote->setWordWrap(true);
    m_overridesNote->setTextFormat(Qt::RichText); // escaped below
    m_overridesNote->setForegroundRole(QPalette::PlaceholderText);
    m_stateLabel->setObjectName(u"laneState"_s);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setAccessibleName(tr("Lane state"));
    m_marks->setObjectName(u"laneMarks"_s);
    m_marks->setAccessibleName(tr("Marks"));
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(m_marks);

    auto *metrics = new QGridLayout;
    metrics->setHorizontalSpacing(8);
    metrics->setVerticalSpacing(2);
    auto caption = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        return label;
    };
    metrics->addWidget(caption(tr("First token")), 0, 0);
    metrics->addWidget(m_ttft, 0, 1);
    metrics->addWidget(caption(tr("Speed")), 0, 2);
    metrics->addWidget(m_speed, 0, 3);
    metrics->addWidget(caption(tr("Total")), 1, 0);
    metrics->addWidget(m_total, 1, 1);
    metrics->addWidget(caption(tr("Cost")), 1, 2);
    metrics->addWidget(m_cost, 1, 3);
    metrics->addWidget(caption(tr("Tokens")), 2, 0);
    metrics->addWidget(m_tokens, 2, 1, 1, 3);
    metrics->addWidget(caption(tr("Finish")), 3, 0);
    metrics->addWidget(m_finish, 3, 1, 1, 3);
    metrics->addWidget(m_variance, 4, 0, 1, 4);
    metrics->setColumnStretch(1, 1);
    metrics->setColumnStretch(3, 1);
    m_variance->setWordWrap(true);
    m_variance->hide();

    m_error->setObjectName(u"laneError"_s);
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::Box);
    m_error->setStyleSheet(u"QLabel { border: 1px solid #c0392b; border-radius: 3px; "
                           "padding: 4px; background: rgba(192, 57, 43, 0.08); }"_s);
    m_error->hide();

    m_attempt->setObjectName(u"laneAttempt"_s);
    m_attempt->setAccessibleName(tr("Attempt shown"));
    m_attempt->hide();

    m_thought->setObjectName(u"laneThought"_s);
    m_thought->setAccessibleName(tr("Reasoning"));
    m_thought->setReadOnly(true);
    m_thought->setMaximumHeight(110);
    m_thought->setPlaceholderText(tr("Reasoning"));
    m_thought->setForegroundRole(QPalette::PlaceholderText);
    m_thought->hide();
    m_reply->setObjectName(u"laneReply"_s);
    m_reply->setAccessibleName(tr("Reply"));
    m_reply->setReadOnly(true);
    m_reply->setTabChangesFocus(true);
    m_reply->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_callsBox->setObjectName(u"laneToolCalls"_s);
    m_callsLayout->setContentsMargins(0, 0, 0, 0);
    m_callsLayout->setSpacing(4);
    m_callsLayout->addStretch(1); // calls stay at the top when the box has room to spare
    m_callsBox->hide();

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_attempt);
    footer->addStretch(1);
    footer->addWidget(m_inspect);
    footer->addWidget(m_promote);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_model);
    layout->addWidget(m_overridesNote);
    layout->addLayout(stateRow);
    layout->addLayout(metrics);
    layout->addWidget(m_error);
    layout->addWidget(m_thought);
    layout->addWidget(m_reply, 1);
    layout->addWidget(m_callsBox, 1);
    layout->addLayout(footer);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &CompareLaneView::flushPending);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        reloadModels();
        updateHeader();
        Q_EMIT configurationChanged();
    });
    connect(m_model->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        updateHeader();
        Q_EMIT configurationChanged();
    });
    connect(m_model, &QComboBox::activated, this, [this] {
        updateHeader();
        Q_EMIT configurationChanged();
    });
    // Tab follows the layout: the header row, then the model below it.
    setTabOrder(m_profile, m_settings);
    setTabOrder(m_settings, m_stop);
    setTabOrder(m_stop, m_remove);
    setTabOrder(m_remove, m_model);
    connect(m_settings, &QToolButton::clicked, this, &CompareLaneView::settingsRequested);
    connect(m_stop, &QToolButton::clicked, this, &CompareLaneView::stopRequested);
    connect(m_remove, &QToolButton::clicked, this, &CompareLaneView::removeRequested);
    connect(m_inspect, &QToolButton::clicked, this, &CompareLaneView::inspectRequested);
    connect(m_promote, &QToolButton::clicked, this, &CompareLaneView::promoteRequested);
    connect(m_attempt, &QComboBox::activated, this, [this](int index) { showAttempt(index); });

    reloadProfiles();
    setState(CompareState::Pending);
    updateButtons();
}

CompareLaneView::~CompareLaneView() = default;

// --- Configuration ----------------------------------------------------------------------

void CompareLaneView::reloadProfiles()
{
    const QString chosen
        = m_profile->currentIndex() >= 0 ? m_profile->currentData().toString() : m_config.profile;
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("Demo (offline)"), QString());
    for (const ProviderProfile &profile : m_session->profiles())
        m_profile->addItem(profile.name, profile.name);
    int index = m_profile->findData(chosen);
    if (index < 0) {
        // A profile removed meanwhile stays visible: the lane then fails saying so.
        m_profile->addItem(tr("%1 (missing)").arg(chosen), chosen);
        index = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(index);
    reloadModels();
}

void CompareLaneView::reloadModels()
{
    const QString typed = m_model->currentText();
    const QString profileName = m_profile->currentData().toString();
    QStringList models;
    if (profileName.isEmpty()) {
        models = DemoClient::models();
    } else if (const int index = m_session->indexOfProfile(profileName); index >= 0) {
        const ProviderProfile &profile = m_session->profiles().at(index);
        if (!profile.model.isEmpty())
            models << profile.model;
        for (const CatalogEntry &entry : m_session->catalog().entries(profile.kind)) {
            if (!models.contains(entry.id))
                models << entry.id;
        }
    }
    const QSignalBlocker blocker(m_model);
    m_model->clear();
    m_model->addItems(models);
    m_model->setEditText(typed);
}

void CompareLaneView::setLane(const CompareLane &lane)
{
    m_config = lane;
    {
        const QSignalBlocker blocker(m_profile);
        int index = m_profile->findData(lane.profile);
        if (index < 0) {
            m_profile->addItem(tr("%1 (missing)").arg(lane.profile), lane.profile);
            index = m_profile->count() - 1;
        }
        m_profile->setCurrentIndex(index);
    }
    reloadModels();
    m_model->setEditText(lane.model);
    updateHeader();
}

CompareLane CompareLaneView::lane() const
{
    CompareLane lane = m_config;
    lane.profile = m_profile->currentData().toString();
    lane.provider = u"demo"_s;
    if (const int index = m_session->indexOfProfile(lane.profile); index >= 0)
        lane.provider = ProviderKinds::id(m_session->profiles().at(index).kind);
    else if (!lane.profile.isEmpty())
        lane.provider = m_config.provider;
    lane.model = m_model->currentText().trimmed();
    return lane;
}

void CompareLaneView::setNumber(int number)
{
    m_number = number;
    updateHeader();
}

void CompareLaneView::setRemovable(bool removable)
{
    m_remove->setEnabled(removable && !m_comparisonRunning);
    m_remove->setProperty("removable", removable);
}

void CompareLaneView::setComparisonRunning(bool running)
{
    m_comparisonRunning = running;
    m_profile->setEnabled(!running);
    m_model->setEnabled(!running);
    m_settings->setEnabled(!running);
    m_remove->setEnabled(!running && m_remove->property("removable").toBool());
    updateButtons();
}

void CompareLaneView::updateHeader()
{
    m_title->setText(tr("%1.").arg(m_number));
    m_reply->setAccessibleName(tr("Reply of lane %1").arg(m_number));
    const CompareLane current = lane();
    setAccessibleName(tr("Lane %1: %2").arg(m_number).arg(current.displayName()));
    QStringList notes;
    if (!current.label.isEmpty())
        notes << current.label.toHtmlEscaped();
    const QString overrides = LaneSettingsDialog::overridesText(current.parameters);
    if (!overrides.isEmpty())
        notes << overrides.toHtmlEscaped();
    if (current.systemPrompt)
        notes << (current.systemPrompt->isEmpty() ? tr("no system message")
                                                  : tr("own system prompt"));
    if (current.cache)
        notes << (*current.cache ? tr("cache on") : tr("cache off"));
    m_overridesNote->setText(notes.join(u" · "_s));
    m_overridesNote->setVisible(!notes.isEmpty());
}

// --- Results ----------------------------------------------------------------------------

void CompareLaneView::reset(const CompletionRequest &request)
{
    m_request = request;
    m_attempts.clear();
    m_summary.reset();
    m_shown = -1;
    m_live = -1;
    m_attemptCount = 1;
    delete m_shownRun;
    m_shownRunAttempt = -1;
    clearReply();
    m_marks->clear();
    updateAttemptPicker();
    updateMetrics();
    updateButtons();
}

void CompareLaneView::clearReply()
{
    m_flushTimer.stop();
    m_pendingText.clear();
    m_pendingThought.clear();
    m_pendingCalls.clear();
    m_reply->clear();
    m_reply->show();
    m_thought->clear();
    m_thought->hide();
    qDeleteAll(m_calls);
    m_calls.clear();
    m_callsBox->hide();
    m_error->hide();
}

void CompareLaneView::setState(CompareState state, const QString &note)
{
    m_state = state;
    QString text;
    switch (state) {
    case CompareState::Pending:
        text = tr("Ready");
        break;
    case CompareState::Queued:
        text = tr("Queued");
        break;
    case CompareState::Running:
        text = m_attemptCount > 1
                   ? tr("Running attempt %1 of %2").arg(std::max(0, m_live) + 1).arg(m_attemptCount)
                   : tr("Running");
        break;
    case CompareState::Succeeded:
        text = tr("Done");
        break;
    case CompareState::Failed:
        text = tr("Failed");
        break;
    case CompareState::Cancelled:
        text = tr("Stopped; what arrived is kept");
        break;
    }
    if (!note.isEmpty())
        text += u": "_s + note;
    m_stateLabel->setText(text);
    updateButtons();
    updateAttemptPicker();
}

void CompareLaneView::startAttempt(int attempt, int attempts)
{
    flushPending();
    m_attemptCount = std::max(1, attempts);
    m_live = attempt;
    m_liveClock.start();
    m_liveFirstTokenMs.reset();
    m_liveChars = 0;
    m_liveText.clear();
    m_liveThought.clear();
    m_liveCalls.clear();
    m_shown = attempt;
    clearReply();
    setState(CompareState::Running); // "attempt N of M"
    updateMetrics();
    updateButtons();
}

void CompareLaneView::showLiveAttempt()
{
    clearReply();
    m_reply->setPlainText(m_liveText);
    m_thought->setPlainText(m_liveThought);
    m_thought->setVisible(!m_liveThought.isEmpty());
    for (int i = 0; i < m_liveCalls.size(); ++i) {
        ToolCallView *view = toolCallView(i);
        view->setIdentity(m_liveCalls.at(i).name, m_liveCalls.at(i).id);
        view->appendArguments(m_liveCalls.at(i).arguments);
    }
}

void CompareLaneView::appendText(int attempt, const QString &text)
{
    if (attempt != m_live)
        return;
    if (!m_liveFirstTokenMs)
        m_liveFirstTokenMs = m_liveClock.elapsed();
    m_liveChars += text.size();
    m_liveText += text;
    if (m_shown != m_live)
        return; // the reader is looking at an older attempt
    m_pendingText += text;
    scheduleFlush();
}

void CompareLaneView::appendThought(int attempt, const QString &text)
{
    if (attempt != m_live)
        return;
    if (!m_liveFirstTokenMs)
        m_liveFirstTokenMs = m_liveClock.elapsed();
    m_liveChars += text.size();
    m_liveThought += text;
    if (m_shown != m_live)
        return;
    m_pendingThought += text;
    scheduleFlush();
}

void CompareLaneView::appendToolCall(int attempt, int index, const QString &id, const QString &name,
                                     const QString &argumentsFragment)
{
    if (attempt != m_live || index < 0)
        return;
    if (!m_liveFirstTokenMs)
        m_liveFirstTokenMs = m_liveClock.elapsed();
    m_liveChars += argumentsFragment.size();
    while (m_liveCalls.size() <= index)
        m_liveCalls.append(LiveCall{});
    LiveCall &call = m_liveCalls[index];
    if (!id.isEmpty())
        call.id = id;
    if (!name.isEmpty())
        call.name = name;
    call.arguments += argumentsFragment;
    if (m_shown != m_live)
        return;
    if (!m_pendingCalls.contains(index))
        m_pendingCalls.append(index);
    scheduleFlush();
}

void CompareLaneView::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void CompareLaneView::flushPending()
{
    m_flushTimer.stop();
    if (!m_pendingThought.isEmpty()) {
        m_thought->show();
        QTextCursor cursor(m_thought->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(std::exchange(m_pendingThought, QString()));
    }
    if (!m_pendingText.isEmpty()) {
        // Follow the end only when the reader is there already.
        QScrollBar *bar = m_reply->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 4;
        QTextCursor cursor(m_reply->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(std::exchange(m_pendingText, QString()));
        if (atEnd)
            bar->setValue(bar->maximum());
    }
    for (int index : std::exchange(m_pendingCalls, {})) {
        const LiveCall &call = m_liveCalls.at(index);
        ToolCallView *view = toolCallView(index);
        view->setIdentity(call.name, call.id);
        view->appendArguments(
            call.arguments.sliced(std::min(view->arguments().size(), call.arguments.size())));
    }
    // Live metrics follow the panel's 250 ms tick: relabelling on every flush made eight
    // lanes relayout and repaint their labels 25 times a second (bench_compare).
}

ToolCallView *CompareLaneView::toolCallView(int index)
{
    while (m_calls.size() <= index) {
        auto *view = new ToolCallView(int(m_calls.size()), m_callsBox);
        m_callsLayout->insertWidget(m_callsLayout->count() - 1, view);
        // Tab reaches the calls where they stand: after the reply (or the call before).
        QWidget *before = m_calls.isEmpty() ? static_cast<QWidget *>(m_reply)
                                            : m_calls.last()->findChild<QPlainTextEdit *>();
        setTabOrder(before, view->findChild<QPlainTextEdit *>());
        m_calls.append(view);
    }
    m_callsBox->show();
    return m_calls.at(index);
}

void CompareLaneView::finishAttempt(int attempt, const ConversationRun &run)
{
    flushPending();
    while (m_attempts.size() <= attempt)
        m_attempts.append(ConversationRun{});
    m_attempts[attempt] = run;
    if (attempt == m_live) {
        m_live = -1;
        m_liveText.clear();
        m_liveThought.clear();
        m_liveCalls.clear();
    }
    // A lane whose client could not be made finishes without ever starting.
    if (m_shown < 0)
        m_shown = attempt;
    if (attempt == m_shown)
        showFinishedRun(run);
    updateAttemptPicker();
    updateMetrics();
    updateButtons();
}

void CompareLaneView::showFinishedRun(const ConversationRun &run)
{
    const std::optional<CreateResult> &result = run.result;
    // A streamed reply is on screen already; a whole reply (or a cached replay) is not.
    const QString text = result && !result->hasFunctionCalls() ? result->text() : QString();
    if (m_reply->document()->characterCount() - 1 != text.size() || m_reply->toPlainText() != text)
        m_reply->setPlainText(text);
    const QString thought = result ? result->thought.value_or(QString()) : QString();
    if (m_thought->toPlainText() != thought)
        m_thought->setPlainText(thought);
    m_thought->setVisible(!thought.isEmpty());
    if (result && result->hasFunctionCalls()) {
        qDeleteAll(m_calls);
        m_calls.clear();
        const QList<FunctionCall> calls = result->functionCalls();
        for (int i = 0; i < calls.size(); ++i) {
            ToolCallView *view = toolCallView(i);
            view->setIdentity(calls.at(i).name, calls.at(i).id);
            view->appendArguments(calls.at(i).arguments);
        }
    }
    for (ToolCallView *view : std::as_const(m_calls))
        view->finish();
    m_callsBox->setVisible(!m_calls.isEmpty());
    // A reply of function calls only: the calls take the room of the empty text.
    m_reply->setVisible(!text.isEmpty() || m_calls.isEmpty());
    if (run.error && run.error->kind != ModelError::Kind::Cancelled) {
        m_error->setText(ErrorText::html(*run.error));
        m_error->show();
    } else {
        m_error->hide();
    }
}

void CompareLaneView::showAttempt(int attempt)
{
    const bool live = attempt == m_live && m_live >= 0;
    if (!live && (attempt < 0 || attempt >= m_attempts.size())) {
        updateAttemptPicker();
        return;
    }
    if (attempt != m_shown) {
        m_shown = attempt;
        if (live) {
            showLiveAttempt();
        } else {
            clearReply();
            showFinishedRun(m_attempts.at(attempt));
        }
    }
    updateAttemptPicker();
    updateMetrics();
    updateButtons();
    Q_EMIT shownAttemptChanged();
}

void CompareLaneView::setSummary(const CompareLaneSummary &summary, const QStringList &marks)
{
    m_summary = summary;
    QStringList badges;
    for (const QString &mark : marks) {
        if (mark == u"fastest")
            badges << u"<span style='background:#2e86c1;color:white'>&nbsp;%1&nbsp;</span>"_s.arg(
                tr("fastest"));
        else if (mark == u"cheapest")
            badges << u"<span style='background:#1e8449;color:white'>&nbsp;%1&nbsp;</span>"_s.arg(
                tr("cheapest"));
        else if (mark == u"longest")
            badges << u"<span style='background:#7d3c98;color:white'>&nbsp;%1&nbsp;</span>"_s.arg(
                tr("longest"));
    }
    m_marks->setText(badges.join(u' '));
    m_marks->setAccessibleDescription(QStringList(marks).join(u", "_s));
    updateMetrics();
}

void CompareLaneView::restore(const QList<ConversationRun> &attempts, CompareState state,
                              const CompletionRequest &request)
{
    reset(request);
    m_attempts = attempts;
    m_attemptCount = std::max<int>(1, int(attempts.size()));
    setState(state);
    if (!attempts.isEmpty()) {
        m_shown = int(attempts.size()) - 1;
        showFinishedRun(attempts.last());
    }
    updateAttemptPicker();
    updateMetrics();
    updateButtons();
}

void CompareLaneView::tick()
{
    if (m_live >= 0)
        updateMetrics();
}

// --- Reading ----------------------------------------------------------------------------

const ConversationRun *CompareLaneView::shownRun() const
{
    if (m_shown < 0 || m_shown >= m_attempts.size() || m_shown == m_live)
        return nullptr;
    return &m_attempts.at(m_shown);
}

QString CompareLaneView::answerText() const
{
    if (const ConversationRun *run = shownRun(); run && run->result) {
        if (!run->result->hasFunctionCalls())
            return run->result->text();
        QStringList lines;
        for (const FunctionCall &call : run->result->functionCalls())
            lines << call.name + u'(' + call.arguments + u')';
        return lines.join(u'\n');
    }
    return m_reply->toPlainText();
}

Run *CompareLaneView::shownAttemptRun()
{
    const ConversationRun *run = shownRun();
    if (!run)
        return nullptr;
    if (!m_shownRun || m_shownRunAttempt != m_shown) {
        delete m_shownRun;
        m_shownRun = new Run(m_shown + 1, *run, m_request, this);
        m_shownRunAttempt = m_shown;
    }
    return m_shownRun;
}

// --- Presentation -----------------------------------------------------------------------

void CompareLaneView::updateAttemptPicker()
{
    // Once the lane is over, only the attempts it made (an early failure ends it).
    const int attempts = isFinalCompareState(m_state)
                             ? int(m_attempts.size())
                             : std::max(m_attemptCount, int(m_attempts.size()));
    const QSignalBlocker blocker(m_attempt);
    m_attempt->clear();
    for (int i = 0; i < attempts; ++i) {
        QString text = tr("Attempt %1 of %2").arg(i + 1).arg(attempts);
        if (i < m_attempts.size() && m_attempts.at(i).error)
            text += u" · "_s + ModelError::kindName(m_attempts.at(i).error->kind);
        m_attempt->addItem(text);
    }
    m_attempt->setCurrentIndex(m_shown);
    m_attempt->setVisible(attempts > 1);
    // Finished attempts can be looked at while the next one streams.
    m_attempt->setEnabled(!m_attempts.isEmpty() || m_live >= 0);
}

void CompareLaneView::updateButtons()
{
    const bool active = m_state == CompareState::Running || m_state == CompareState::Queued;
    m_stop->setEnabled(active);
    const ConversationRun *run = shownRun();
    m_inspect->setEnabled(run != nullptr);
    m_promote->setEnabled(run && run->result && !m_comparisonRunning);
}

void CompareLaneView::updateMetrics()
{
    const QLocale locale;
    const ConversationRun *run = shownRun();
    const bool repeated = m_summary && m_summary->attempts > 1;
    if (repeated) {
        const CompareLaneSummary &s = *m_summary;
        m_ttft->setText(statistic(s.timeToFirstTokenMs, milliseconds));
        m_speed->setText(statistic(s.tokensPerSecond, tokensPerSecond));
        m_total->setText(statistic(s.totalMs, milliseconds));
        m_cost->setText(
            s.costUsd.isEmpty()
                ? CostText::usd(s.totalCostUsd)
                : tr("%1 each · %2 in all")
                      .arg(statistic(s.costUsd, [](double v) { return CostText::usd(v); }),
                           CostText::usd(s.totalCostUsd)));
        m_tokens->setText(
            tr("%1 in · %2 out (reasoning %3, cached %4)")
                .arg(statistic(s.promptTokens, count), statistic(s.completionTokens, count),
                     statistic(s.reasoningTokens, count), statistic(s.cachedPromptTokens, count)));
        QString spread = tr("%1 attempts: %2 succeeded, %3 failed, %4 stopped")
                             .arg(s.attempts)
                             .arg(s.succeeded)
                             .arg(s.failed)
                             .arg(s.cancelled);
        if (s.totalMs.count > 1)
            spread += u" · "_s
                      + tr("total %1 to %2")
                            .arg(milliseconds(s.totalMs.min), milliseconds(s.totalMs.max));
        if (s.succeeded > 1)
            spread
                += u" · "_s
                   + (s.answersDiffer() ? tr("answers differ (%1 different)").arg(s.distinctAnswers)
                                        : tr("the same answer every time"));
        m_variance->setText(spread);
        m_variance->show();
    } else {
        m_variance->hide();
    }
    if (run) {
        if (!repeated) {
            m_ttft->setText(run->timeToFirstTokenMs ? milliseconds(double(*run->timeToFirstTokenMs))
                                                    : u"—"_s);
            m_speed->setText(run->tokensPerSecond ? tokensPerSecond(*run->tokensPerSecond)
                                                  : u"—"_s);
            m_total->setText(run->totalMs ? milliseconds(double(*run->totalMs)) : u"—"_s);
            QString cost = CostText::usd(run->costUsd);
            if (run->result && run->result->cached)
                cost += u" · "_s + tr("cached");
            if (run->usageEstimated)
                cost += u" · "_s + tr("estimated");
            m_cost->setText(cost);
            m_tokens->setText(tr("%1 in (cached %2) · %3 out (reasoning %4)")
                                  .arg(locale.toString(run->usage.promptTokens),
                                       locale.toString(run->usage.cachedPromptTokens),
                                       locale.toString(run->usage.completionTokens),
                                       locale.toString(run->usage.reasoningTokens)));
        }
        m_finish->setText(run->error    ? ModelError::kindName(run->error->kind)
                          : run->result ? finishReasonName(run->result->finishReason)
                                        : u"—"_s);
        return;
    }
    if (m_live >= 0) {
        const qint64 elapsed = m_liveClock.elapsed();
        m_ttft->setText(m_liveFirstTokenMs ? milliseconds(double(*m_liveFirstTokenMs)) : u"…"_s);
        m_total->setText(milliseconds(double(elapsed)));
        // About four characters a token: a live estimate until the provider reports usage.
        if (m_liveFirstTokenMs && elapsed > *m_liveFirstTokenMs) {
            const double seconds = double(elapsed - *m_liveFirstTokenMs) / 1000.0;
            m_speed->setText(tr("≈ %1").arg(tokensPerSecond(double(m_liveChars) / 4.0 / seconds)));
        }
        m_finish->setText(tr("streaming…"));
        if (!repeated) {
            m_cost->setText(u"…"_s);
            m_tokens->setText(tr("≈ %1 out so far").arg(locale.toString(m_liveChars / 4)));
        }
        return;
    }
    if (!repeated) {
        for (QLabel *label : {m_ttft, m_speed, m_total, m_cost, m_tokens})
            label->setText(u"—"_s);
    }
    m_finish->setText(u"—"_s);
}

} // namespace playground
