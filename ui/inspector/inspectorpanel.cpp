// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "inspector/inspectorpanel.h"

#include "inspector/logprobsmodel.h"
#include "inspector/timelinemodel.h"
#include "session/playgroundsession.h"
#include "session/run.h"
#include "widgets/icons.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/jsonreindent.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground {

namespace {

constexpr int valueElideChars = 300;
constexpr int tooltipChars = 2000;
constexpr int maxHeaderRows = 8;

QString dash()
{
    return u"—"_s;
}

QString formatMs(qint64 ms)
{
    if (ms < 1000)
        return InspectorPanel::tr("%1 ms").arg(QLocale().toString(ms));
    return InspectorPanel::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 2));
}

QString formatBytes(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

//! One line for a tree cell: each line break (and the indentation after it) shown as ⏎,
//! long text cut.
QString oneLine(const QString &text, int limit = valueElideChars)
{
    QString line;
    line.reserve(std::min<qsizetype>(text.size(), limit) + 8);
    for (qsizetype i = 0; i < text.size() && line.size() < limit; ++i) {
        const QChar c = text.at(i);
        if (c == u'\r' || c == u'\n') {
            while (i + 1 < text.size() && text.at(i + 1).isSpace())
                ++i;
            line += u"⏎ "_s;
        } else {
            line += c;
        }
    }
    if (text.size() > limit)
        line
            += u"… "_s + InspectorPanel::tr("(%1 characters)").arg(QLocale().toString(text.size()));
    return line;
}

//! A row under `parent`: a QTreeWidget (a top-level field) or a QTreeWidgetItem.
template<typename Parent>
QTreeWidgetItem *addField(Parent *parent, const QString &field, const QString &value,
                          const QString &tooltip = {})
{
    auto *item = new QTreeWidgetItem(parent, {field, value});
    if (!tooltip.isEmpty())
        item->setToolTip(1, tooltip.left(tooltipChars));
    return item;
}

QString textOrNull(const QString &text)
{
    return text.isEmpty() ? u"null"_s : oneLine(text);
}

QString headersText(const HttpHeaders &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return text;
}

void fillHeaders(QTableWidget *table, const HttpHeaders &headers)
{
    table->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        auto *name = new QTableWidgetItem(QString::fromLatin1(headers.at(row).first));
        auto *value = new QTableWidgetItem(QString::fromUtf8(headers.at(row).second));
        name->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        value->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        value->setToolTip(value->text().left(tooltipChars));
        table->setItem(row, 0, name);
        table->setItem(row, 1, value);
    }
    if (!headers.isEmpty())
        table->resizeColumnToContents(0);
    // As tall as the headers, up to maxHeaderRows; the body below gets the rest.
    const int rows = std::clamp(int(headers.size()), 1, maxHeaderRows);
    table->setFixedHeight(rows * table->verticalHeader()->defaultSectionSize()
                          + table->horizontalHeader()->sizeHint().height()
                          + 2 * table->frameWidth());
}

QTableWidget *createHeadersTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({InspectorPanel::tr("Name"), InspectorPanel::tr("Value")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle);
    fillHeaders(table, {});
    return table;
}

QPushButton *createCopyButton(const QString &objectName, const QString &text,
                              const QString &tooltip, QWidget *parent)
{
    auto *button = new QPushButton(Icons::icon(Icons::Name::Copy), text, parent);
    button->setObjectName(objectName);
    button->setToolTip(tooltip);
    button->setFlat(true);
    return button;
}

QLabel *createSectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *createNote(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->hide();
    return label;
}

QPlainTextEdit *createBodyEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setUndoRedoEnabled(false);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QVBoxLayout *createTabLayout(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    return layout;
}

bool looksLikeJson(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

bool isOffline(const Run *run, const Exchange &exchange)
{
    return exchange.method == "REPLAY" || run->providerName() == u"demo"_s
           || run->providerName() == u"replay"_s;
}

} // namespace

InspectorPanel::InspectorPanel(PlaygroundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_logprobs(new LogprobsModel(this))
    , m_timeline(new TimelineModel(this))
{
    setObjectName(u"inspector"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_caption = new QLabel(this);
    m_caption->setObjectName(u"inspectorRun"_s);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_caption);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"inspectorTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createResultTab(), tr("Result"));
    m_tabs->addTab(createLogprobsTab(), tr("Logprobs"));
    m_tabs->addTab(createTimingsTab(), tr("Timings"));
    m_tabs->addTab(createRequestTab(), tr("Request"));
    m_tabs->addTab(createResponseTab(), tr("Response"));
    m_tabs->addTab(createTimelineTab(), tr("Timeline"));
    layout->addWidget(m_tabs, 1);

    m_liveTimer.setInterval(250);
    connect(&m_liveTimer, &QTimer::timeout, this, &InspectorPanel::updateTimings);
    connect(m_timeline, &TimelineModel::summaryChanged, this,
            &InspectorPanel::updateTimelineSummary);
    connect(m_session, &PlaygroundSession::selectedRunChanged, this, &InspectorPanel::showRun);
    connect(m_session, &PlaygroundSession::runRemoved, this, [this](Run *run) {
        if (run == m_run)
            showRun(nullptr);
    });
    showRun(m_session->selectedRun());
}

InspectorPanel::~InspectorPanel() = default;

// --- Tabs --------------------------------------------------------------------------------

QWidget *InspectorPanel::createResultTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"resultTab"_s);
    auto *layout = createTabLayout(tab);
    m_resultTree = new QTreeWidget(tab);
    m_resultTree->setObjectName(u"resultTree"_s);
    m_resultTree->setAccessibleName(tr("Result fields"));
    m_resultTree->setColumnCount(2);
    m_resultTree->setHeaderLabels({tr("Field"), tr("Value")});
    m_resultTree->setAlternatingRowColors(true);
    m_resultTree->setUniformRowHeights(true);
    m_resultTree->setTextElideMode(Qt::ElideRight);
    m_resultTree->header()->setStretchLastSection(true);
    m_resultTree->setColumnWidth(
        0, m_resultTree->fontMetrics().horizontalAdvance(u"cached_prompt_tokens_____"_s));
    layout->addWidget(m_resultTree, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_copyResultButton = createCopyButton(u"copyResultJsonButton"_s, tr("Copy as JSON"),
                                          tr("Copy the CreateResult as JSON"), tab);
    m_copyResultButton->setFlat(false);
    connect(m_copyResultButton, &QPushButton::clicked, this, &InspectorPanel::copyResultJson);
    buttons->addWidget(m_copyResultButton);
    layout->addLayout(buttons);
    return tab;
}

QWidget *InspectorPanel::createLogprobsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"logprobsTab"_s);
    auto *layout = createTabLayout(tab);
    m_logprobsPages = new QStackedWidget(tab);
    m_logprobsEmpty = new QLabel(m_logprobsPages);
    m_logprobsEmpty->setObjectName(u"logprobsEmpty"_s);
    m_logprobsEmpty->setAlignment(Qt::AlignCenter);
    m_logprobsEmpty->setWordWrap(true);
    m_logprobsEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_logprobsEmpty->setText(
        tr("No log probabilities in this result.\nTurn on “logprobs” in the parameters (where "
           "the provider supports it) to see how sure the model was of each token."));
    m_logprobsPages->addWidget(m_logprobsEmpty);
    m_logprobsTable = new QTableView(m_logprobsPages);
    m_logprobsTable->setObjectName(u"logprobsTable"_s);
    m_logprobsTable->setAccessibleName(tr("Log probabilities"));
    m_logprobsTable->setModel(m_logprobs);
    m_logprobsTable->setAlternatingRowColors(true);
    m_logprobsTable->setWordWrap(false);
    m_logprobsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logprobsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_logprobsTable->verticalHeader()->setDefaultSectionSize(m_logprobsTable->fontMetrics().height()
                                                             + 8);
    m_logprobsTable->horizontalHeader()->setStretchLastSection(true);
    m_logprobsTable->setColumnWidth(LogprobsModel::TokenColumn, 160);
    m_logprobsTable->setColumnWidth(LogprobsModel::LogprobColumn, 90);
    m_logprobsTable->setColumnWidth(LogprobsModel::ProbabilityColumn, 100);
    m_logprobsPages->addWidget(m_logprobsTable);
    layout->addWidget(m_logprobsPages, 1);
    return tab;
}

QWidget *InspectorPanel::createTimingsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"timingsForm"_s);
    auto *outer = createTabLayout(tab);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    auto value = [tab](const QString &name) {
        auto *label = new QLabel(dash(), tab);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_sentAt = value(u"timingSentAt"_s);
    m_firstByte = value(u"timingFirstByte"_s);
    m_firstToken = value(u"timingFirstToken"_s);
    m_total = value(u"timingTotal"_s);
    m_tokensPerSecond = value(u"timingTokensPerSecond"_s);
    m_attempts = value(u"timingAttempts"_s);
    m_attempts->setWordWrap(true);
    form->addRow(tr("Sent at:"), m_sentAt);
    form->addRow(tr("Time to first byte:"), m_firstByte);
    form->addRow(tr("Time to first token:"), m_firstToken);
    form->addRow(tr("Total:"), m_total);
    form->addRow(tr("Tokens per second:"), m_tokensPerSecond);
    form->addRow(tr("Attempts:"), m_attempts);
    outer->addLayout(form);
    outer->addStretch(1);
    return tab;
}

InspectorPanel::HttpSection InspectorPanel::createHttpSection(QWidget *tab, QVBoxLayout *layout,
                                                              QLabel *headersTitle,
                                                              HttpHeaders Exchange::*headers,
                                                              const HttpSectionNames &names)
{
    HttpSection section;
    auto *headersRow = new QHBoxLayout;
    headersRow->addWidget(headersTitle, 1);
    section.copyHeadersButton = createCopyButton(names.copyHeadersButton, tr("Copy headers"),
                                                 names.copyHeadersTooltip, tab);
    connect(section.copyHeadersButton, &QPushButton::clicked, this, [this, headers] {
        if (m_result)
            QApplication::clipboard()->setText(headersText(m_result->exchange.*headers));
    });
    headersRow->addWidget(section.copyHeadersButton);
    layout->addLayout(headersRow);
    section.headers = createHeadersTable(names.headers, tab);
    layout->addWidget(section.headers);

    auto *bodyRow = new QHBoxLayout;
    bodyRow->addWidget(createSectionTitle(tr("Body"), tab), 1);
    section.copyBodyButton
        = createCopyButton(names.copyBodyButton, tr("Copy body"), names.copyBodyTooltip, tab);
    bodyRow->addWidget(section.copyBodyButton);
    layout->addLayout(bodyRow);
    if (!names.bodyNote.isEmpty()) {
        section.bodyNote = createNote(names.bodyNote, tab);
        layout->addWidget(section.bodyNote);
    }
    section.body.edit = createBodyEdit(names.body, tab);
    layout->addWidget(section.body.edit, 1);
    return section;
}

QWidget *InspectorPanel::createRequestTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"requestTab"_s);
    auto *layout = createTabLayout(tab);
    m_requestNote = createNote(u"requestNote"_s, tab);
    layout->addWidget(m_requestNote);

    auto *urlRow = new QHBoxLayout;
    m_requestUrl = new QLabel(dash(), tab);
    m_requestUrl->setObjectName(u"requestUrl"_s);
    m_requestUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestUrl->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestUrl->setWordWrap(true);
    urlRow->addWidget(m_requestUrl, 1);
    m_copyUrlButton
        = createCopyButton(u"copyRequestUrlButton"_s, tr("Copy URL"), tr("Copy the URL"), tab);
    urlRow->addWidget(m_copyUrlButton);
    layout->addLayout(urlRow);

    m_request = createHttpSection(
        tab, layout, createSectionTitle(tr("Headers"), tab), &Exchange::requestHeaders,
        {.copyHeadersButton = u"copyRequestHeadersButton"_s,
         .copyHeadersTooltip = tr("Copy the request headers (secrets stay redacted)"),
         .headers = u"requestHeaders"_s,
         .copyBodyButton = u"copyRequestBodyButton"_s,
         .copyBodyTooltip = tr("Copy the request body"),
         .bodyNote = u"requestBodyNote"_s,
         .body = u"requestBody"_s});
    m_request.headers->setAccessibleName(tr("Request headers"));
    m_request.body.edit->setAccessibleName(tr("Request body"));

    connect(m_copyUrlButton, &QPushButton::clicked, this, [this] {
        if (m_result)
            QApplication::clipboard()->setText(m_result->exchange.url);
    });
    connect(m_request.copyBodyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_request.body.edit->toPlainText()); });
    return tab;
}

QWidget *InspectorPanel::createResponseTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"responseTab"_s);
    auto *layout = createTabLayout(tab);
    m_responseNote = createNote(u"responseNote"_s, tab);
    layout->addWidget(m_responseNote);

    m_responseStatus = createSectionTitle(dash(), tab);
    m_responseStatus->setObjectName(u"responseStatus"_s);
    m_response = createHttpSection(tab, layout, m_responseStatus, &Exchange::responseHeaders,
                                   {.copyHeadersButton = u"copyResponseHeadersButton"_s,
                                    .copyHeadersTooltip = tr("Copy the response headers"),
                                    .headers = u"responseHeaders"_s,
                                    .copyBodyButton = u"copyResponseBodyButton"_s,
                                    .copyBodyTooltip = tr("Copy the response body as received"),
                                    .body = u"responseBody"_s});
    m_response.headers->setAccessibleName(tr("Response headers"));
    m_response.body.edit->setAccessibleName(tr("Response body"));

    connect(m_response.copyBodyButton, &QPushButton::clicked, this, [this] {
        if (m_result)
            QApplication::clipboard()->setText(QString::fromUtf8(m_result->exchange.responseBody));
    });
    return tab;
}

QWidget *InspectorPanel::createTimelineTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(u"timelineTab"_s);
    auto *layout = createTabLayout(tab);
    m_timelineSummary = new QLabel(tab);
    m_timelineSummary->setObjectName(u"timelineSummary"_s);
    m_timelineSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_timelineSummary);
    m_timelineTable = new QTableView(tab);
    m_timelineTable->setObjectName(u"timelineTable"_s);
    m_timelineTable->setAccessibleName(tr("Timeline"));
    m_timelineTable->setModel(m_timeline);
    m_timelineTable->setAlternatingRowColors(true);
    m_timelineTable->setWordWrap(false);
    m_timelineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineTable->verticalHeader()->hide();
    // Fixed row heights: the view never measures 200,000 rows.
    m_timelineTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_timelineTable->verticalHeader()->setDefaultSectionSize(m_timelineTable->fontMetrics().height()
                                                             + 6);
    m_timelineTable->horizontalHeader()->setStretchLastSection(true);
    m_timelineTable->setColumnWidth(TimelineModel::TimeColumn, 90);
    m_timelineTable->setColumnWidth(TimelineModel::KindColumn, 100);
    m_timelineTable->setColumnWidth(TimelineModel::CharsColumn, 70);
    layout->addWidget(m_timelineTable, 1);
    return tab;
}

// --- The selected run --------------------------------------------------------------------

void InspectorPanel::showRun(Run *run)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_runConnections))
        disconnect(connection);
    m_runConnections.clear();
    m_liveTimer.stop();
    m_run = run;
    m_result.reset();
    m_requestShown = false;
    m_timeline->setRun(run);
    if (run) {
        // A run the session does not own (a Compare lane's) may go away while shown.
        m_runConnections << connect(run, &QObject::destroyed, this, [this] { showRun(nullptr); });
        if (run->isRunning()) {
            m_runConnections << connect(run, &Run::finished, this, &InspectorPanel::onRunFinished);
            // The request is known once the first piece arrives: show it then, once.
            m_runConnections << connect(run, &Run::eventAppended, this, [this] {
                if (m_requestShown || !m_run)
                    return;
                refreshResult();
                updateRequest();
                updateResponse();
            });
            m_liveTimer.start();
        }
        refreshResult();
    }
    updateCaption();
    updateResultTree();
    updateLogprobs();
    updateTimings();
    updateRequest();
    updateResponse();
}

void InspectorPanel::onRunFinished()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_runConnections))
        disconnect(connection);
    m_runConnections.clear();
    m_liveTimer.stop();
    m_timeline->flush();
    refreshResult();
    updateCaption();
    updateResultTree();
    updateLogprobs();
    updateTimings();
    updateRequest();
    updateResponse();
}

void InspectorPanel::refreshResult()
{
    if (m_run)
        m_result = m_run->result();
    else
        m_result.reset();
}

void InspectorPanel::updateCaption()
{
    if (!m_run) {
        m_caption->setText(tr("No run selected — send a request to inspect it here."));
        m_caption->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    m_caption->setForegroundRole(QPalette::WindowText);
    QString state;
    switch (m_run->state()) {
    case Run::State::Running:
        state = tr("running");
        break;
    case Run::State::Succeeded:
        state = tr("done");
        break;
    case Run::State::Cancelled:
        state = tr("stopped");
        break;
    case Run::State::Failed:
        state = tr("failed");
        break;
    }
    m_caption->setText(
        u"<b>#%1</b> · %2 · %3 · %4"_s.arg(m_run->number())
            .arg(m_run->providerLabel().toHtmlEscaped(), m_run->model().toHtmlEscaped(), state));
}

void InspectorPanel::updateResultTree()
{
    m_resultTree->clear();
    m_copyResultButton->setEnabled(m_result && m_run && !m_run->isRunning());
    if (!m_run || !m_result)
        return;
    const CreateResult &result = *m_result;
    if (m_run->isRunning()) {
        // The reply view shows what streams in; the result exists once the run ends.
        const QString later = tr("(when the run ends)");
        addField(m_resultTree, u"finish_reason"_s, tr("(running)"));
        for (const QString &field : {u"content"_s, u"usage"_s, u"cached"_s, u"thought"_s,
                                     u"logprobs"_s, u"model"_s, u"response_id"_s})
            addField(m_resultTree, field, later);
        fitFieldColumn();
        return;
    }

    addField(m_resultTree, u"finish_reason"_s, finishReasonName(result.finishReason));

    if (result.hasFunctionCalls()) {
        const QList<FunctionCall> calls = result.functionCalls();
        QTreeWidgetItem *content
            = addField(m_resultTree, u"content"_s, tr("%1 × FunctionCall").arg(calls.size()));
        for (int i = 0; i < calls.size(); ++i) {
            const FunctionCall &call = calls.at(i);
            QTreeWidgetItem *item = addField(content, u"[%1]"_s.arg(i), call.name);
            addField(item, u"id"_s, call.id);
            addField(item, u"name"_s, call.name);
            addField(item, u"arguments"_s, oneLine(call.arguments), call.arguments);
            item->setExpanded(true);
        }
        content->setExpanded(true);
    } else {
        const QString text = result.text();
        addField(m_resultTree, u"content"_s, text.isEmpty() ? u"\"\""_s : oneLine(text), text);
    }

    const RequestUsage &usage = result.usage;
    QTreeWidgetItem *usageItem = addField(
        m_resultTree, u"usage"_s, tr("%1 tokens").arg(QLocale().toString(usage.totalTokens())));
    auto number = [](qint64 value) {
        return QString::number(value);
    };
    addField(usageItem, u"prompt_tokens"_s, number(usage.promptTokens));
    addField(usageItem, u"completion_tokens"_s, number(usage.completionTokens));
    addField(usageItem, u"cached_prompt_tokens"_s, number(usage.cachedPromptTokens));
    addField(usageItem, u"cache_creation_tokens"_s, number(usage.cacheCreationTokens));
    addField(usageItem, u"reasoning_tokens"_s, number(usage.reasoningTokens));
    addField(usageItem, u"total"_s, number(usage.totalTokens()));
    if (m_run->isUsageEstimated()) {
        // Not an AutoGen field: what totals and cost count when the provider reported none.
        const RequestUsage estimate = m_run->usage();
        addField(usageItem, u"estimate"_s,
                 tr("%1 prompt + %2 completion tokens (local estimate: the provider reported "
                    "no usage)")
                     .arg(QLocale().toString(estimate.promptTokens),
                          QLocale().toString(estimate.completionTokens)));
    }
    usageItem->setExpanded(true);
    // Not an AutoGen field: what the usage cost at the catalog's prices.
    const std::optional<double> cost = m_run->costUsd();
    addField(usageItem, u"cost_usd"_s,
             cost ? QString::number(*cost, 'f', 6)
                  : tr("unknown (no price for this model in the catalog)"));

    addField(m_resultTree, u"cached"_s, result.cached ? u"true"_s : u"false"_s);
    addField(m_resultTree, u"thought"_s, result.thought ? textOrNull(*result.thought) : u"null"_s,
             result.thought.value_or(QString()));
    addField(m_resultTree, u"logprobs"_s,
             result.logprobs ? tr("array of %1").arg(result.logprobs->size()) : u"null"_s);
    addField(m_resultTree, u"model"_s, result.model.isEmpty() ? dash() : result.model);
    addField(m_resultTree, u"response_id"_s,
             result.responseId.isEmpty() ? dash() : result.responseId);
    if (!result.providerState.isEmpty()) {
        QTreeWidgetItem *state = addField(m_resultTree, u"provider_state"_s,
                                          result.providerState.keys().join(u", "_s));
        for (auto it = result.providerState.begin(); it != result.providerState.end(); ++it) {
            const QJsonValue value = it.value();
            QString text;
            if (value.isObject())
                text = QString::fromUtf8(
                    QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            else if (value.isArray())
                text = QString::fromUtf8(
                    QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            else
                text = value.toVariant().toString();
            addField(state, it.key(), oneLine(text), text);
        }
    }

    if (const std::optional<ModelError> &error = m_run->error(); error) {
        QTreeWidgetItem *item
            = addField(m_resultTree, u"error"_s, ModelError::kindName(error->kind));
        addField(item, u"kind"_s, ModelError::kindName(error->kind));
        addField(item, u"http_status"_s,
                 error->httpStatus > 0 ? QString::number(error->httpStatus) : dash());
        addField(item, u"message"_s, oneLine(error->message), error->message);
        addField(item, u"provider_code"_s,
                 error->providerCode.isEmpty() ? dash() : error->providerCode);
        addField(item, u"request_id"_s, error->requestId.isEmpty() ? dash() : error->requestId);
        addField(item, u"retry_after"_s,
                 error->retryAfterMs ? tr("%1 s").arg(double(*error->retryAfterMs) / 1000.0)
                                     : dash());
        item->setExpanded(true);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
    }
    fitFieldColumn();
}

void InspectorPanel::fitFieldColumn()
{
    // The field names, but never more than half of a narrow dock.
    m_resultTree->resizeColumnToContents(0);
    const int cap = std::max(120, m_resultTree->viewport()->width() / 2);
    m_resultTree->setColumnWidth(0, std::min(m_resultTree->columnWidth(0) + 16, cap));
}

void InspectorPanel::updateLogprobs()
{
    if (m_result && m_result->logprobs && !m_result->logprobs->isEmpty()) {
        m_logprobs->setLogprobs(*m_result->logprobs);
        m_logprobsPages->setCurrentWidget(m_logprobsTable);
    } else {
        m_logprobs->setLogprobs({});
        m_logprobsPages->setCurrentWidget(m_logprobsEmpty);
    }
}

void InspectorPanel::updateTimings()
{
    if (!m_run) {
        for (QLabel *label :
             {m_sentAt, m_firstByte, m_firstToken, m_total, m_tokensPerSecond, m_attempts})
            label->setText(dash());
        return;
    }
    const Exchange exchange = m_result ? m_result->exchange : Exchange();
    const qint64 sentAt = exchange.sentAtMs ? exchange.sentAtMs : m_run->startedAtMs();
    m_sentAt->setText(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(sentAt), u"yyyy-MM-dd HH:mm:ss.zzz"_s));
    m_firstByte->setText(exchange.sentAtMs && exchange.firstByteAtMs
                             ? formatMs(exchange.firstByteAtMs - exchange.sentAtMs)
                             : dash());
    std::optional<qint64> firstToken = exchange.timeToFirstTokenMs();
    if (!firstToken)
        firstToken = m_run->firstTokenMs();
    m_firstToken->setText(firstToken ? formatMs(*firstToken) : dash());
    if (m_run->isRunning()) {
        m_total->setText(tr("%1 (running)").arg(formatMs(m_run->elapsedMs())));
    } else {
        const std::optional<qint64> duration = exchange.durationMs();
        m_total->setText(formatMs(duration ? *duration : m_run->elapsedMs()));
    }
    const std::optional<double> rate = m_run->tokensPerSecond();
    m_tokensPerSecond->setText(rate ? QLocale().toString(*rate, 'f', 1) : dash());

    if (exchange.attempts.isEmpty()) {
        m_attempts->setText(dash());
        return;
    }
    QStringList lines;
    lines << tr("Retries: %1").arg(exchange.attempts.size() - 1);
    for (int i = 0; i < exchange.attempts.size(); ++i) {
        const Exchange::Attempt &attempt = exchange.attempts.at(i);
        QString line = u"%1. "_s.arg(i + 1);
        line += attempt.status > 0 ? tr("HTTP %1").arg(attempt.status) : tr("no response");
        if (!attempt.error.isEmpty())
            line += u" — "_s + attempt.error;
        if (attempt.delayBeforeMs > 0)
            line += u" "_s + tr("(after waiting %1)").arg(formatMs(attempt.delayBeforeMs));
        lines << line;
    }
    m_attempts->setText(lines.join(u'\n'));
}

QString InspectorPanel::setBody(Body &body, const QByteArray &bytes)
{
    QString note;
    std::optional<QString> pretty;
    if (looksLikeJson(bytes)) {
        if (bytes.size() <= prettyPrintLimit)
            pretty = JsonReindent::pretty(bytes);
        else
            note = tr("%1 — shown as received (too large to pretty-print).")
                       .arg(formatBytes(bytes.size()));
    }
    const QString text = pretty ? *pretty : QString::fromUtf8(bytes);
    // Colouring runs over the whole document: never on a body that would freeze the window.
    const bool highlight = pretty && text.size() <= highlightLimit;
    if (body.highlighter && !highlight) {
        delete body.highlighter;
        body.highlighter = nullptr;
    } else if (body.highlighter) {
        body.highlighter->setDocument(nullptr);
    }
    body.edit->setPlainText(text);
    if (highlight) {
        if (body.highlighter)
            body.highlighter->setDocument(body.edit->document());
        else
            body.highlighter = new JsonHighlighter(body.edit->document());
    }
    return note;
}

void InspectorPanel::updateRequest()
{
    const bool haveRequest = m_run && m_result;
    m_copyUrlButton->setEnabled(false);
    m_request.copyHeadersButton->setEnabled(false);
    m_request.copyBodyButton->setEnabled(haveRequest);
    m_request.bodyNote->hide();
    if (!haveRequest) {
        m_requestNote->hide();
        m_requestUrl->setText(dash());
        fillHeaders(m_request.headers, {});
        m_request.headers->show();
        setBody(m_request.body, {});
        return;
    }
    const Exchange &exchange = m_result->exchange;
    if (isOffline(m_run, exchange)) {
        m_requestShown = true;
        m_requestNote->setText(
            tr("The %1 provider answers on this computer: nothing was sent over HTTP. Below is "
               "the request modelkit handed to it (CompletionRequest JSON).")
                .arg(m_run->providerLabel()));
        m_requestNote->show();
        m_requestUrl->setText(tr("No HTTP request"));
        fillHeaders(m_request.headers, {});
        m_request.headers->hide();
        const QByteArray json
            = QJsonDocument(m_run->request().toJson()).toJson(QJsonDocument::Compact);
        setBody(m_request.body, json);
        return;
    }
    m_requestNote->hide();
    m_request.headers->show();
    if (exchange.url.isEmpty()) {
        // Not sent yet.
        m_requestUrl->setText(tr("Not sent yet"));
        fillHeaders(m_request.headers, {});
        setBody(m_request.body, {});
        return;
    }
    m_requestShown = true;
    m_requestUrl->setText(QString::fromLatin1(exchange.method) + u' ' + exchange.url);
    m_copyUrlButton->setEnabled(true);
    m_request.copyHeadersButton->setEnabled(!exchange.requestHeaders.isEmpty());
    fillHeaders(m_request.headers, exchange.requestHeaders);
    const QString note = setBody(m_request.body, exchange.requestBody);
    m_request.bodyNote->setText(note);
    m_request.bodyNote->setVisible(!note.isEmpty());
}

void InspectorPanel::updateResponse()
{
    const bool finished = m_run && m_result && !m_run->isRunning();
    m_response.copyHeadersButton->setEnabled(false);
    m_response.copyBodyButton->setEnabled(false);
    QStringList notes;
    if (!finished) {
        m_responseStatus->setText(m_run ? tr("Waiting for the run to finish…") : dash());
        fillHeaders(m_response.headers, {});
        m_response.headers->show();
        setBody(m_response.body, {});
        m_responseNote->hide();
        return;
    }
    const Exchange &exchange = m_result->exchange;
    if (isOffline(m_run, exchange)) {
        notes << tr("The %1 provider answers on this computer: there is no HTTP response. "
                    "The Result tab shows what it returned.")
                     .arg(m_run->providerLabel());
        m_responseStatus->setText(tr("No HTTP response"));
        fillHeaders(m_response.headers, {});
        m_response.headers->hide();
        setBody(m_response.body, {});
    } else {
        m_response.headers->show();
        m_responseStatus->setText(exchange.status > 0 ? tr("HTTP %1").arg(exchange.status)
                                                      : tr("No response received"));
        fillHeaders(m_response.headers, exchange.responseHeaders);
        m_response.copyHeadersButton->setEnabled(!exchange.responseHeaders.isEmpty());
        m_response.copyBodyButton->setEnabled(!exchange.responseBody.isEmpty());
        const QString note = setBody(m_response.body, exchange.responseBody);
        if (!note.isEmpty())
            notes << note;
        if (exchange.responseBodyTruncated)
            notes << tr("The body was longer than the inspector keeps: only its beginning "
                        "(%1) is shown.")
                         .arg(formatBytes(exchange.responseBody.size()));
    }
    m_responseNote->setText(notes.join(u'\n'));
    m_responseNote->setVisible(!notes.isEmpty());
}

void InspectorPanel::updateTimelineSummary()
{
    m_timelineSummary->setText(m_timeline->summary());
}

void InspectorPanel::copyResultJson()
{
    if (!m_result)
        return;
    QApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(m_result->toJson()).toJson(QJsonDocument::Indented)));
}

} // namespace playground
