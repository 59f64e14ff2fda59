// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "replyview/replyview.h"

#include "replyview/errortext.h"
#include "replyview/replytextedit.h"
#include "replyview/toolcallview.h"
#include "session/playgroundsession.h"
#include "session/run.h"
#include "widgets/icons.h"
#include "widgets/jsonhighlighter.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using modelkit::ModelError;

namespace playground {

namespace {

constexpr int thoughtMaxLines = 8;
constexpr int scrollTolerance = 4;

QString formatSeconds(qint64 ms)
{
    if (ms < 1000)
        return ReplyView::tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return ReplyView::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    return ReplyView::tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString formatSize(qsizetype chars)
{
    if (chars >= 1000 * 1000)
        return ReplyView::tr("%1 MB").arg(double(chars) / 1e6, 0, 'f', 1);
    return ReplyView::tr("%1 kB").arg(double(chars) / 1e3, 0, 'f', 0);
}

bool atBottom(const QScrollBar *bar)
{
    return bar->value() >= bar->maximum() - scrollTolerance;
}

//! Keeps `view` scrolled to the end while `*follow` is set; the user scrolling away from
//! the end clears it, scrolling back to the end sets it again.
void followEnd(QAbstractScrollArea *view, bool *follow, QObject *context)
{
    QScrollBar *bar = view->verticalScrollBar();
    QObject::connect(bar, &QScrollBar::rangeChanged, context, [bar, follow] {
        if (*follow)
            bar->setValue(bar->maximum());
    });
    QObject::connect(bar, &QScrollBar::valueChanged, context,
                     [bar, follow] { *follow = atBottom(bar); });
}

} // namespace

ReplyView::ReplyView(PlaygroundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_header(new QWidget(this))
    , m_runSelector(new QComboBox(m_header))
    , m_state(new QLabel(m_header))
    , m_stats(new QLabel(m_header))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(m_pages))
{
    setObjectName(u"replyView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    // --- Header: run selector, state, stats ---------------------------------------------
    m_header->setObjectName(u"replyHeader"_s);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(8);
    auto *runLabel = new QLabel(tr("Run"), m_header);
    runLabel->setBuddy(m_runSelector);
    header->addWidget(runLabel);
    m_runSelector->setObjectName(u"runSelector"_s);
    m_runSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runSelector->setMinimumContentsLength(14);
    header->addWidget(m_runSelector, 1);
    m_state->setObjectName(u"runState"_s);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    header->addWidget(m_state);
    m_stats->setObjectName(u"runStats"_s);
    m_stats->setForegroundRole(QPalette::PlaceholderText);
    m_stats->setMinimumWidth(m_stats->fontMetrics().horizontalAdvance(u"00.0 s · 000 tok/s"_s));
    m_stats->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_stats);
    layout->addWidget(m_header);

    // --- Empty state ----------------------------------------------------------------------
    m_empty->setObjectName(u"replyEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setText(u"<p style=\"font-size:large\">%1</p><p>%2</p>"_s.arg(
        tr("No reply yet").toHtmlEscaped(),
        tr("Press Ctrl+Enter to send the conversation").toHtmlEscaped()));
    m_pages->addWidget(m_empty);

    // --- Run page -------------------------------------------------------------------------
    auto *page = new QWidget(m_pages);
    page->setObjectName(u"replyPage"_s);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(8);

    m_errorBanner = new QFrame(page);
    m_errorBanner->setObjectName(u"replyError"_s);
    m_errorBanner->setStyleSheet(
        u"QFrame#replyError { background: #fdecea; border: 1px solid #f1b0ab;"
        " border-radius: 4px; } QFrame#replyError QLabel { color: #5f2120; background:"
        " transparent; border: none; }"_s);
    auto *errorLayout = new QHBoxLayout(m_errorBanner);
    errorLayout->setContentsMargins(10, 8, 10, 8);
    errorLayout->setSpacing(10);
    m_errorIcon = new QLabel(m_errorBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(Icons::icon(Icons::Name::Error).pixmap(iconSize, iconSize));
    m_errorIcon->setAlignment(Qt::AlignTop);
    errorLayout->addWidget(m_errorIcon);
    m_errorText = new QLabel(m_errorBanner);
    m_errorText->setObjectName(u"replyErrorText"_s);
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::RichText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLayout->addWidget(m_errorText, 1);
    m_errorBanner->hide();
    pageLayout->addWidget(m_errorBanner);

    m_note = new QLabel(page);
    m_note->setObjectName(u"replyNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    pageLayout->addWidget(m_note);

    // Reasoning: a collapsible block above the reply.
    m_thoughtBox = new QFrame(page);
    m_thoughtBox->setObjectName(u"replyThought"_s);
    auto *thoughtLayout = new QVBoxLayout(m_thoughtBox);
    thoughtLayout->setContentsMargins(0, 0, 0, 0);
    thoughtLayout->setSpacing(2);
    m_thoughtToggle = new QToolButton(m_thoughtBox);
    m_thoughtToggle->setObjectName(u"replyThoughtToggle"_s);
    m_thoughtToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_thoughtToggle->setAutoRaise(true);
    m_thoughtToggle->setToolTip(tr("Show or hide the model's reasoning"));
    thoughtLayout->addWidget(m_thoughtToggle, 0, Qt::AlignLeft);
    m_thoughtText = new QPlainTextEdit(m_thoughtBox);
    m_thoughtText->setObjectName(u"replyThoughtText"_s);
    m_thoughtText->setAccessibleName(tr("Reasoning"));
    m_thoughtText->setReadOnly(true);
    m_thoughtText->setUndoRedoEnabled(false);
    m_thoughtText->setFrameShape(QFrame::NoFrame);
    m_thoughtText->setAutoFillBackground(true);
    m_thoughtText->setBackgroundRole(QPalette::AlternateBase);
    {
        QPalette palette = m_thoughtText->palette();
        palette.setColor(QPalette::Base, palette.color(QPalette::AlternateBase));
        palette.setColor(QPalette::Text, palette.color(QPalette::PlaceholderText).darker(140));
        m_thoughtText->setPalette(palette);
        QFont font = m_thoughtText->font();
        font.setItalic(true);
        m_thoughtText->setFont(font);
    }
    thoughtLayout->addWidget(m_thoughtText);
    // As tall as the reasoning, up to thoughtMaxLines (the layout's height is in lines).
    connect(m_thoughtText->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this, [this](const QSizeF &size) {
                const int lines = std::clamp(int(std::ceil(size.height())), 1, thoughtMaxLines);
                m_thoughtText->setFixedHeight(
                    lines * m_thoughtText->fontMetrics().lineSpacing()
                    + 2 * int(std::ceil(m_thoughtText->document()->documentMargin())) + 2);
            });
    m_thoughtBox->hide();
    pageLayout->addWidget(m_thoughtBox);
    connect(m_thoughtToggle, &QToolButton::clicked, this,
            [this] { setThoughtCollapsed(!m_thoughtCollapsed); });
    updateThoughtToggle();

    // Tool calls.
    m_toolCallsArea = new QScrollArea(page);
    m_toolCallsArea->setObjectName(u"replyToolCalls"_s);
    m_toolCallsArea->setFocusPolicy(Qt::NoFocus); // Tab goes to the calls, not to their frame
    m_toolCallsArea->setWidgetResizable(true);
    m_toolCallsArea->setFrameShape(QFrame::NoFrame);
    m_toolCalls = new QWidget(m_toolCallsArea);
    m_toolCalls->setObjectName(u"replyToolCallsContent"_s);
    m_toolCallsLayout = new QVBoxLayout(m_toolCalls);
    m_toolCallsLayout->setContentsMargins(0, 0, 0, 0);
    m_toolCallsLayout->setSpacing(8);
    m_toolCallsLayout->addStretch(1);
    m_toolCallsArea->setWidget(m_toolCalls);
    m_toolCallsArea->hide();
    pageLayout->addWidget(m_toolCallsArea, 1);

    // The reply itself.
    m_text = new ReplyTextEdit(page);
    m_text->setObjectName(u"replyText"_s);
    m_text->setUndoRedoEnabled(false);
    m_text->document()->setDocumentMargin(10);
    pageLayout->addWidget(m_text, 2);
    followEnd(m_text, &m_followText, this);
    followEnd(m_thoughtText, &m_followThought, this);

    auto *footer = new QHBoxLayout;
    footer->setSpacing(6);
    m_markdownToggle = new QToolButton(page);
    m_markdownToggle->setObjectName(u"markdownToggle"_s);
    m_markdownToggle->setText(tr("Show source"));
    m_markdownToggle->setCheckable(true);
    m_markdownToggle->setToolTip(tr("Switch between the rendered Markdown and the raw text"));
    m_markdownToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    footer->addWidget(m_markdownToggle);
    footer->addStretch(1);
    m_copyButton = new QPushButton(Icons::icon(Icons::Name::Copy), tr("Copy reply"), page);
    m_copyButton->setObjectName(u"copyReplyButton"_s);
    m_copyButton->setToolTip(tr("Copy the reply as the model wrote it"));
    footer->addWidget(m_copyButton);
    m_addButton = new QPushButton(Icons::icon(Icons::Name::Add), tr("Add to conversation"), page);
    m_addButton->setObjectName(u"addToConversationButton"_s);
    m_addButton->setToolTip(tr("Append this reply to the conversation as an assistant message"));
    footer->addWidget(m_addButton);
    pageLayout->addLayout(footer);
    m_pages->addWidget(page);
    layout->addWidget(m_pages, 1);

    connect(m_markdownToggle, &QToolButton::toggled, this, [this](bool source) {
        m_showSource = source;
        applyTextMode();
    });
    connect(m_copyButton, &QPushButton::clicked, this, &ReplyView::copyReply);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (m_run && !m_run->isRunning())
            m_session->addReplyToConversation(m_run);
    });

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ReplyView::flushPending);
    m_statsTimer.setInterval(250);
    connect(&m_statsTimer, &QTimer::timeout, this, &ReplyView::updateStats);

    connect(m_runSelector, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updatingSelector || index < 0)
            return;
        const int number = m_runSelector->itemData(index).toInt();
        for (Run *run : m_session->runs()) {
            if (run->number() == number) {
                m_session->selectRun(run);
                return;
            }
        }
    });
    connect(m_session, &PlaygroundSession::runStarted, this, &ReplyView::addRunItem);
    connect(m_session, &PlaygroundSession::runRemoved, this, &ReplyView::removeRunItem);
    connect(m_session, &PlaygroundSession::selectedRunChanged, this, &ReplyView::showRun);

    for (Run *run : m_session->runs())
        addRunItem(run);
    showRun(m_session->selectedRun());
}

ReplyView::~ReplyView() = default;

// --- Run list ----------------------------------------------------------------------------

QString ReplyView::runItemText(const Run *run) const
{
    QString text = u"#%1 · %2 · %3"_s.arg(run->number()).arg(run->providerLabel(), run->model());
    if (run->isRunning())
        return text + u" · "_s + tr("running");
    return text + u" · "_s + formatSeconds(run->elapsedMs());
}

int ReplyView::comboIndexOf(const Run *run) const
{
    return run ? m_runSelector->findData(run->number()) : -1;
}

void ReplyView::addRunItem(Run *run)
{
    if (!run || comboIndexOf(run) >= 0)
        return;
    {
        const QScopedValueRollback guard(m_updatingSelector, true);
        m_runSelector->addItem(runItemText(run), run->number());
    }
    connect(run, &Run::finished, this, [this, run] { updateRunItem(run); });
    m_header->setVisible(true);
}

void ReplyView::removeRunItem(Run *run)
{
    const int index = comboIndexOf(run);
    if (index < 0)
        return;
    const QScopedValueRollback guard(m_updatingSelector, true);
    m_runSelector->removeItem(index);
    if (run == m_run)
        showRun(nullptr);
    m_runSelector->setCurrentIndex(comboIndexOf(m_run));
}

void ReplyView::updateRunItem(Run *run)
{
    const int index = comboIndexOf(run);
    if (index >= 0)
        m_runSelector->setItemText(index, runItemText(run));
    updateSelectorToolTip();
}

void ReplyView::updateSelectorToolTip()
{
    // The list may be narrower than its entries: the tooltip gives the whole one.
    const QString current = m_runSelector->currentText();
    m_runSelector->setToolTip(current.isEmpty() ? tr("The runs sent in this session, newest last")
                                                : current);
}

// --- The selected run --------------------------------------------------------------------

void ReplyView::detachRun()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_runConnections))
        disconnect(connection);
    m_runConnections.clear();
    m_flushTimer.stop();
    m_statsTimer.stop();
    m_pendingText.clear();
    m_pendingThought.clear();
    m_pendingCalls.clear();
    m_run = nullptr;
}

void ReplyView::showRun(Run *run)
{
    detachRun();
    m_run = run;
    {
        const QScopedValueRollback guard(m_updatingSelector, true);
        if (run && comboIndexOf(run) < 0)
            addRunItem(run);
        m_runSelector->setCurrentIndex(comboIndexOf(run));
    }
    m_header->setVisible(m_runSelector->count() > 0);
    updateSelectorToolTip();

    // Reset every part of the page.
    m_markdownAvailable = false;
    m_renderedMarkdown = false;
    m_jsonReply = false;
    delete m_textHighlighter.data();
    m_followText = true;
    m_followThought = true;
    m_streamedChars = 0;
    clearToolCalls();
    m_thoughtText->clear();
    m_thoughtBox->hide();
    m_errorBanner->hide();
    m_note->hide();
    m_shownText.clear();
    setReplyPlainText({});
    applyTextMode();

    if (!run) {
        m_pages->setCurrentWidget(m_empty);
        updateState();
        updateStats();
        updateButtons();
        return;
    }
    m_pages->setCurrentIndex(1);

    // What arrived before this view looked at the run.
    if (!run->thought().isEmpty())
        appendThought(run->thought());
    const QList<Run::StreamedCall> &calls = run->toolCalls();
    for (int i = 0; i < calls.size(); ++i) {
        ToolCallView *view = toolCallView(i);
        view->setIdentity(calls.at(i).name, calls.at(i).id);
        view->appendArguments(calls.at(i).arguments);
    }
    m_streamedChars = run->thought().size() + run->text().size();

    if (run->isRunning()) {
        m_shownText = run->text();
        setReplyPlainText(m_shownText);
        m_runConnections << connect(run, &Run::textDelta, this, &ReplyView::onTextDelta)
                         << connect(run, &Run::thoughtDelta, this, &ReplyView::onThoughtDelta)
                         << connect(run, &Run::toolCallDelta, this, &ReplyView::onToolCallDelta)
                         << connect(run, &Run::finished, this, &ReplyView::onRunFinished);
        m_statsTimer.start();
        updateReplyVisibility();
        updateState();
        updateStats();
        updateButtons();
    } else {
        onRunFinished();
    }
}

void ReplyView::onTextDelta(const QString &text)
{
    m_pendingText += text;
    m_streamedChars += text.size();
    scheduleFlush();
}

void ReplyView::onThoughtDelta(const QString &text)
{
    m_pendingThought += text;
    m_streamedChars += text.size();
    scheduleFlush();
}

void ReplyView::onToolCallDelta(int index, const QString &name, const QString &fragment)
{
    Q_UNUSED(name);
    m_streamedChars += fragment.size();
    if (!m_pendingCalls.contains(index))
        m_pendingCalls.append(index);
    scheduleFlush();
}

void ReplyView::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ReplyView::flushPending()
{
    m_flushTimer.stop();
    if (!m_run)
        return;
    if (!m_pendingThought.isEmpty())
        appendThought(std::exchange(m_pendingThought, QString()));
    if (!m_pendingCalls.isEmpty()) {
        const QList<Run::StreamedCall> &calls = m_run->toolCalls();
        for (int index : std::as_const(m_pendingCalls)) {
            if (index < 0 || index >= calls.size())
                continue;
            ToolCallView *view = toolCallView(index);
            const Run::StreamedCall &call = calls.at(index);
            view->setIdentity(call.name, call.id);
            view->appendArguments(
                call.arguments.sliced(std::min(view->arguments().size(), call.arguments.size())));
        }
        m_pendingCalls.clear();
    }
    if (!m_pendingText.isEmpty())
        appendReplyText(std::exchange(m_pendingText, QString()));
    updateReplyVisibility();
    updateButtons();
}

void ReplyView::appendReplyText(const QString &text)
{
    m_shownText += text;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

void ReplyView::appendThought(const QString &text)
{
    if (m_thoughtBox->isHidden())
        m_thoughtBox->show();
    QTextCursor cursor(m_thoughtText->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

ToolCallView *ReplyView::toolCallView(int index)
{
    while (m_toolCallViews.size() <= index) {
        auto *view = new ToolCallView(int(m_toolCallViews.size()), m_toolCalls);
        // Before the trailing stretch.
        m_toolCallsLayout->insertWidget(m_toolCallsLayout->count() - 1, view);
        // Tab reaches the calls where they stand: after the reasoning (or the call before).
        QWidget *before = m_toolCallViews.isEmpty()
                              ? static_cast<QWidget *>(m_thoughtText)
                              : m_toolCallViews.last()->findChild<QPlainTextEdit *>();
        setTabOrder(before, view->findChild<QPlainTextEdit *>());
        m_toolCallViews.append(view);
    }
    return m_toolCallViews.at(index);
}

void ReplyView::clearToolCalls()
{
    qDeleteAll(m_toolCallViews);
    m_toolCallViews.clear();
}

void ReplyView::onRunFinished()
{
    if (!m_run)
        return;
    flushPending();
    for (const QMetaObject::Connection &connection : std::as_const(m_runConnections))
        disconnect(connection);
    m_runConnections.clear();
    m_statsTimer.stop();
    // The run's text is authoritative (a finished run shown afresh arrives only here).
    const bool replaced = m_shownText.size() != m_run->text().size();
    if (replaced)
        m_shownText = m_run->text();
    for (ToolCallView *view : std::as_const(m_toolCallViews))
        view->finish();
    renderFinished();
    if (replaced && !m_renderedMarkdown)
        setReplyPlainText(m_shownText);
    updateReplyVisibility();
    updateError();
    updateState();
    updateStats();
    updateButtons();
}

void ReplyView::renderFinished()
{
    const Run::State state = m_run->state();
    const bool finishedWell = state == Run::State::Succeeded || state == Run::State::Cancelled;
    m_jsonReply = m_run->request().jsonOutput.mode != modelkit::JsonOutput::Mode::Off;
    const bool tooLarge = m_shownText.size() > markdownLimit;
    m_markdownAvailable = finishedWell && !m_jsonReply && !tooLarge && !m_shownText.isEmpty();

    QStringList notes;
    if (state == Run::State::Cancelled)
        notes << tr("Stopped — the partial reply is kept.");
    if (tooLarge)
        notes << tr("This reply is %1, so it is shown as plain text: Markdown rendering was "
                    "skipped to keep the window responsive.")
                     .arg(formatSize(m_shownText.size()));
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());

    if (m_jsonReply && finishedWell && m_shownText.size() <= ToolCallView::prettyLimit
        && !m_textHighlighter) {
        m_textHighlighter = new JsonHighlighter(m_text->document());
    }
    applyTextMode();
}

void ReplyView::applyTextMode()
{
    const QSignalBlocker blocker(m_markdownToggle);
    m_markdownToggle->setChecked(m_showSource);
    m_markdownToggle->setEnabled(m_markdownAvailable);
    if (!m_run || m_run->isRunning())
        return;
    if (m_markdownAvailable && !m_showSource) {
        if (m_renderedMarkdown)
            return;
        const bool follow = m_followText;
        m_monospace = false;
        m_text->setFont(font());
        // Parsed into a document no view lays out yet, then swapped in: the editor lays a
        // whole new document out lazily, a visible part first, instead of synchronously
        // after every block the importer inserts into the shown one.
        auto *document = new QTextDocument(m_text);
        document->setUndoRedoEnabled(false);
        document->setDocumentMargin(m_text->document()->documentMargin());
        document->setDefaultFont(m_text->font());
        document->setMarkdown(m_shownText);
        // The editor deletes the document it made itself; earlier rendered ones are ours.
        QTextDocument *previous = m_text->document();
        const bool ours = previous->parent() == m_text;
        m_text->setDocument(document);
        if (ours)
            delete previous;
        m_renderedMarkdown = true;
        if (follow)
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    } else if (m_renderedMarkdown || m_monospace != wantsMonospace()) {
        setReplyPlainText(m_shownText);
    }
}

void ReplyView::setReplyPlainText(const QString &text)
{
    // Source view and JSON replies read best in a fixed font; streaming uses the font the
    // rendered reply will have, so finishing does not make the text jump.
    const bool mono = wantsMonospace();
    if (mono != m_monospace) {
        m_monospace = mono;
        m_text->setFont(mono ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    }
    const bool follow = m_followText;
    m_text->setPlainText(text);
    m_renderedMarkdown = false;
    if (follow)
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

void ReplyView::updateReplyVisibility()
{
    const bool hasCalls = !m_toolCallViews.isEmpty();
    m_toolCallsArea->setVisible(hasCalls);
    // A reply made only of tool calls needs no empty text box.
    m_text->setVisible(!hasCalls || !m_shownText.isEmpty() || !m_pendingText.isEmpty());
}

// --- Header, banner, buttons -------------------------------------------------------------

void ReplyView::updateState()
{
    QString text;
    QString colour;
    if (m_run) {
        switch (m_run->state()) {
        case Run::State::Running:
            text = tr("Streaming…");
            if (!m_run->isStreaming())
                text = tr("Waiting…");
            colour = u"#1565c0"_s;
            break;
        case Run::State::Succeeded:
            // A cached reply came from the response cache, not from the provider.
            text = m_run->result().cached ? tr("Cached") : tr("Done");
            colour = m_run->result().cached ? u"#6a1b9a"_s : u"#2e7d32"_s;
            break;
        case Run::State::Cancelled:
            text = tr("Stopped");
            colour = u"#616161"_s;
            break;
        case Run::State::Failed:
            text = tr("Failed");
            colour = u"#c62828"_s;
            break;
        }
    }
    m_state->setText(text);
    m_state->setVisible(!text.isEmpty());
    QString placeholder;
    if (m_run) {
        switch (m_run->state()) {
        case Run::State::Running:
            placeholder = tr("Waiting for the reply…");
            break;
        case Run::State::Succeeded:
            placeholder = tr("The reply has no text.");
            break;
        case Run::State::Cancelled:
            placeholder = tr("Stopped before any text arrived.");
            break;
        case Run::State::Failed:
            placeholder = tr("No reply text arrived before the error.");
            break;
        }
    }
    m_text->setPlaceholderText(placeholder);
    m_state->setStyleSheet(colour.isEmpty()
                               ? QString()
                               : u"QLabel { color: %1; border: 1px solid %1; border-radius: 9px;"
                                 " padding: 1px 8px; font-weight: 600; }"_s.arg(colour));
}

void ReplyView::updateStats()
{
    if (!m_run) {
        m_stats->clear();
        return;
    }
    QStringList parts;
    const qint64 elapsed = m_run->elapsedMs();
    parts << formatSeconds(elapsed);
    std::optional<double> rate;
    bool estimated = false;
    if (m_run->isRunning()) {
        // Live estimate: about four characters per token over the streaming phase.
        if (const std::optional<qint64> first = m_run->firstTokenMs();
            first && elapsed - *first > 200 && m_streamedChars > 0) {
            rate = (double(m_streamedChars) / 4.0) * 1000.0 / double(elapsed - *first);
            estimated = true;
        }
    } else {
        rate = m_run->tokensPerSecond();
    }
    if (rate)
        parts << (estimated ? tr("≈ %1 tok/s") : tr("%1 tok/s")).arg(*rate, 0, 'f', 0);
    // Free runs (Demo, cached, local servers) show no price; the tooltip still says.
    if (const std::optional<double> cost = m_run->costUsd(); cost && *cost > 0)
        parts << tr("$%1").arg(*cost, 0, 'f', *cost < 0.01 ? 5 : 4);
    m_stats->setText(parts.join(u" · "_s));
    if (!m_run->isRunning()) {
        const modelkit::RequestUsage usage = m_run->result().usage;
        const std::optional<double> cost = m_run->costUsd();
        m_stats->setToolTip(
            tr("Prompt %1 tokens, completion %2 tokens · %3")
                .arg(usage.promptTokens)
                .arg(usage.completionTokens)
                .arg(cost ? tr("cost $%1").arg(*cost, 0, 'f', 6) : tr("price unknown")));
    } else {
        m_stats->setToolTip({});
    }
}

void ReplyView::updateButtons()
{
    const bool finished = m_run && !m_run->isRunning();
    const bool hasContent
        = m_run
          && (!m_run->text().isEmpty() || !m_run->toolCalls().isEmpty() || !m_shownText.isEmpty());
    m_addButton->setEnabled(finished && hasContent);
    m_copyButton->setEnabled(m_run && hasContent);
}

void ReplyView::updateError()
{
    if (!m_run || !m_run->error() || m_run->state() != Run::State::Failed) {
        m_errorBanner->hide();
        return;
    }
    m_errorText->setText(ErrorText::html(*m_run->error()));
    m_errorBanner->show();
}

void ReplyView::updateThoughtToggle()
{
    m_thoughtToggle->setText(tr("Reasoning"));
    m_thoughtToggle->setArrowType(m_thoughtCollapsed ? Qt::RightArrow : Qt::DownArrow);
}

void ReplyView::setThoughtCollapsed(bool collapsed)
{
    m_thoughtCollapsed = collapsed;
    m_thoughtText->setVisible(!collapsed);
    updateThoughtToggle();
}

void ReplyView::copyReply()
{
    if (!m_run)
        return;
    QString text = m_run->isRunning() ? m_shownText + m_pendingText : m_run->text();
    if (text.isEmpty() && !m_run->toolCalls().isEmpty()) {
        QJsonArray calls;
        for (const Run::StreamedCall &call : m_run->toolCalls())
            calls.append(modelkit::FunctionCall{call.id, call.name, call.arguments}.toJson());
        text = QString::fromUtf8(QJsonDocument(calls).toJson(QJsonDocument::Indented));
    }
    QApplication::clipboard()->setText(text);
}

} // namespace playground
