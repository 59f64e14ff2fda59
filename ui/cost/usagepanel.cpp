// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cost/usagepanel.h"

#include "cost/budgetguard.h"
#include "cost/costtext.h"
#include "cost/costtimechart.h"
#include "cost/modelcostchart.h"
#include "cost/usagesummarymodel.h"
#include "session/playgroundsession.h"
#include "usage/usagecsv.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using modelkit::UsageLedger;

namespace playground {

namespace {

//! Writes `text` atomically; returns the error, or an empty string.
QString writeFileAtomically(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(text.toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

UsagePanel::UsagePanel(PlaygroundSession *session, UsageLedger *ledger, BudgetGuard *budget,
                       QWidget *parent)
    : QWidget(parent), m_session(session), m_ledger(ledger), m_budget(budget)
{
    setObjectName(u"usagePanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createTotals());
    layout->addWidget(createBudget());
    layout->addWidget(createHistory(), 1);

    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(250);
    connect(&m_refreshSoon, &QTimer::timeout, this, &UsagePanel::refresh);
    connect(m_session, &PlaygroundSession::usageChanged, this, &UsagePanel::updateTotals);
    connect(m_budget, &BudgetGuard::changed, this, &UsagePanel::updateBudget);
    if (m_ledger) {
        // Calls recorded by this window; the CLI's show up on the next refresh.
        connect(m_ledger, &UsageLedger::recorded, this, [this] {
            if (isVisible())
                m_refreshSoon.start();
        });
    }
    updateTotals();
    updateBudget();
}

QWidget *UsagePanel::createTotals()
{
    auto *box = new QGroupBox(tr("Running totals"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto label = [this, form](const QString &name, const QString &title) {
        auto *value = new QLabel(this);
        value->setObjectName(name);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(title, value);
        return value;
    };
    m_conversationTotals = label(u"conversationTotals"_s, tr("This conversation:"));
    m_sessionTotals = label(u"sessionTotals"_s, tr("Since the app started:"));
    m_lastCall = label(u"lastCallTotals"_s, tr("Last call:"));
    return box;
}

QWidget *UsagePanel::createBudget()
{
    auto *box = new QGroupBox(tr("Budget"), this);
    box->setToolTip(tr("Send asks before a request whose estimated cost would cross a budget. "
                       "Spending counts every call in the usage ledger, the CLI's included."));
    auto *grid = new QFormLayout(box);
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [this, grid](const QString &name, const QString &title, QDoubleSpinBox *&limit,
                            QProgressBar *&spent) {
        limit = new QDoubleSpinBox(this);
        limit->setObjectName(name + u"Limit"_s);
        limit->setRange(0, 1e6);
        limit->setDecimals(2);
        limit->setSingleStep(1);
        limit->setPrefix(tr("$"));
        limit->setSpecialValueText(tr("No limit"));
        limit->setAccessibleName(title);
        spent = new QProgressBar(this);
        spent->setObjectName(name + u"Spent"_s);
        spent->setRange(0, 1000);
        spent->setTextVisible(true);
        auto *line = new QHBoxLayout;
        line->addWidget(limit);
        line->addWidget(spent, 1);
        grid->addRow(title, line);
        connect(limit, &QDoubleSpinBox::valueChanged, this, [this] {
            BudgetGuard::Limits limits;
            if (m_dailyLimit->value() > 0)
                limits.dailyUsd = m_dailyLimit->value();
            if (m_monthlyLimit->value() > 0)
                limits.monthlyUsd = m_monthlyLimit->value();
            m_budget->setLimits(limits);
        });
    };
    row(u"dailyBudget"_s, tr("Daily:"), m_dailyLimit, m_dailySpent);
    row(u"monthlyBudget"_s, tr("Monthly:"), m_monthlyLimit, m_monthlySpent);
    const BudgetGuard::Limits limits = m_budget->limits();
    m_dailyLimit->setValue(limits.dailyUsd.value_or(0));
    m_monthlyLimit->setValue(limits.monthlyUsd.value_or(0));
    return box;
}

QWidget *UsagePanel::createHistory()
{
    auto *box = new QGroupBox(tr("History"), this);
    auto *layout = new QVBoxLayout(box);
    auto *controls = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(u"usageRange"_s);
    m_range->setAccessibleName(tr("Range"));
    m_range->addItem(tr("Today"), int(Range::Today));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("This month"), int(Range::ThisMonth));
    m_range->addItem(tr("Last 12 months"), int(Range::Last12Months));
    m_range->addItem(tr("All time"), int(Range::AllTime));
    m_range->setCurrentIndex(2);
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(u"usageGroupBy"_s);
    m_groupBy->setAccessibleName(tr("Group by"));
    m_groupBy->addItem(tr("By day"), int(UsageLedger::By::Day));
    m_groupBy->addItem(tr("By model"), int(UsageLedger::By::Model));
    m_groupBy->addItem(tr("By profile"), int(UsageLedger::By::Profile));
    m_groupBy->addItem(tr("By provider"), int(UsageLedger::By::Provider));
    m_groupBy->setCurrentIndex(1);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(u"exportUsageCsv"_s);
    m_export->setToolTip(tr("Every call of the chosen range, one line each"));
    controls->addWidget(m_range, 1);
    controls->addWidget(m_groupBy, 1);
    controls->addWidget(m_export);
    layout->addLayout(controls);

    m_views = new QTabWidget(this);
    m_views->setObjectName(u"usageViews"_s);
    m_model = new UsageSummaryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"usageTable"_s);
    m_table->setAccessibleName(tr("Usage history"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_timeChart = new CostTimeChart(this);
    m_timeChart->setObjectName(u"costOverTimeChart"_s);
    m_timeChart->setAccessibleName(tr("Cost over time"));
    m_modelChart = new ModelCostChart(this);
    m_modelChart->setObjectName(u"costByModelChart"_s);
    m_modelChart->setAccessibleName(tr("Cost by model"));
    m_views->addTab(m_table, tr("Table"));
    m_views->addTab(m_timeChart, tr("Over time"));
    m_views->addTab(m_modelChart, tr("By model"));
    layout->addWidget(m_views, 1);
    m_historyStatus = new QLabel(this);
    m_historyStatus->setObjectName(u"usageHistoryStatus"_s);
    m_historyStatus->setWordWrap(true);
    m_historyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_historyStatus);

    connect(m_range, &QComboBox::currentIndexChanged, this, &UsagePanel::refresh);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &UsagePanel::refresh);
    connect(m_export, &QPushButton::clicked, this, &UsagePanel::chooseCsvFile);
    return box;
}

void UsagePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_budget->refresh();
}

UsagePanel::Range UsagePanel::range() const
{
    return Range(m_range->currentData().toInt());
}

UsageLedger::By UsagePanel::groupBy() const
{
    return UsageLedger::By(m_groupBy->currentData().toInt());
}

std::pair<QDateTime, QDateTime> UsagePanel::bounds(Range range)
{
    const QDate today = QDate::currentDate();
    const QDateTime tomorrow = today.addDays(1).startOfDay();
    switch (range) {
    case Range::Today:
        return {today.startOfDay(), tomorrow};
    case Range::Last7Days:
        return {today.addDays(-6).startOfDay(), tomorrow};
    case Range::Last30Days:
        return {today.addDays(-29).startOfDay(), tomorrow};
    case Range::ThisMonth:
        return {QDate(today.year(), today.month(), 1).startOfDay(), tomorrow};
    case Range::Last12Months:
        return {QDate(today.year(), today.month(), 1).addMonths(-11).startOfDay(), tomorrow};
    case Range::AllTime:
        break;
    }
    return {};
}

void UsagePanel::refresh()
{
    if (!m_ledger) {
        m_historyStatus->setText(tr("No usage ledger is open."));
        return;
    }
    const int generation = ++m_generation;
    const auto [since, until] = bounds(range());
    const UsageLedger::By by = groupBy();
    m_pendingAnswers = 3;
    m_historyStatus->setText(tr("Reading the usage ledger…"));
    auto answered = [this, generation](const QString &error) {
        if (generation != m_generation)
            return false;
        if (!error.isEmpty()) {
            m_historyStatus->setText(tr("The usage ledger could not be read: %1").arg(error));
            return false;
        }
        if (--m_pendingAnswers == 0) {
            const UsageLedger::SummaryRow total = UsageLedger::total(m_model->rows());
            m_historyStatus->setText(total.calls == 0
                                         ? tr("No calls in this range.")
                                         : tr("%n call(s) · %1 · %2", nullptr, int(total.calls))
                                                   .arg(CostText::tokens(total.usage),
                                                        UsageSummaryModel::costText(total))
                                               + u" — "_s + m_ledger->path());
            Q_EMIT refreshed();
        }
        return true;
    };
    m_ledger->summarize(
        by, since, until, this,
        [this, by, answered](const QList<UsageLedger::SummaryRow> &rows, const QString &error) {
            if (answered(error))
                m_model->setRows(by, rows);
        });
    // The charts' answers arrive after the table's (one worker, request order).
    m_ledger->summarize(UsageLedger::By::Day, since, until, this,
                        [this, since = since, until = until, answered](
                            const QList<UsageLedger::SummaryRow> &rows, const QString &error) {
                            if (answered(error))
                                m_timeChart->setDays(rows, since.date(),
                                                     until.isValid() ? until.date().addDays(-1)
                                                                     : QDate::currentDate());
                        });
    m_ledger->summarize(
        UsageLedger::By::Model, since, until, this,
        [this, answered](const QList<UsageLedger::SummaryRow> &rows, const QString &error) {
            if (answered(error))
                m_modelChart->setModels(rows);
        });
}

void UsagePanel::updateTotals()
{
    m_conversationTotals->setText(CostText::totals(m_session->conversationTotals()));
    m_sessionTotals->setText(CostText::totals(m_session->sessionTotals()));
    const Run *last = m_session->lastFinishedRun();
    m_lastCall->setText(last ? CostText::run(*last) : tr("none yet"));
}

void UsagePanel::updateBudget()
{
    auto show = [](QProgressBar *bar, std::optional<double> limit, double spent,
                   const QString &noLimitText) {
        if (!limit) {
            bar->setValue(0);
            bar->setFormat(noLimitText.arg(CostText::usd(spent)));
            return;
        }
        bar->setValue(int(std::min(1.0, spent / *limit) * bar->maximum()));
        bar->setFormat(tr("%1 of %2").arg(CostText::usd(spent), CostText::usd(*limit)));
        // Over budget reads red whatever the style.
        QPalette palette = bar->palette();
        if (spent >= *limit)
            palette.setColor(QPalette::Highlight, QColor(0xc0, 0x39, 0x2b));
        else
            palette = QPalette();
        bar->setPalette(palette);
    };
    const BudgetGuard::Limits limits = m_budget->limits();
    show(m_dailySpent, limits.dailyUsd, m_budget->spentTodayUsd(), tr("%1 today"));
    show(m_monthlySpent, limits.monthlyUsd, m_budget->spentThisMonthUsd(), tr("%1 this month"));
}

void UsagePanel::chooseCsvFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + u"/modelkit-usage-"_s + QDate::currentDate().toString(Qt::ISODate)
                              + u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export usage as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void UsagePanel::exportCsv(const QString &path)
{
    if (!m_ledger) {
        Q_EMIT csvExported(path, 0, tr("No usage ledger is open."));
        return;
    }
    m_export->setEnabled(false);
    UsageLedger::Query query;
    std::tie(query.since, query.until) = bounds(range());
    m_ledger->query(
        query, this,
        [this, path](const QList<modelkit::UsageRecord> &records, const QString &error) {
            auto finish = [this, path](int calls, const QString &problem) {
                m_export->setEnabled(true);
                m_historyStatus->setText(
                    problem.isEmpty() ? tr("Exported %n call(s) to %1", nullptr, calls).arg(path)
                                      : tr("Export to %1 failed: %2").arg(path, problem));
                Q_EMIT csvExported(path, calls, problem);
            };
            if (!error.isEmpty()) {
                finish(0, error);
                return;
            }
            // Formatting and writing a large ledger stays off the UI thread.
            auto *watcher = new QFutureWatcher<QString>(this);
            const int calls = int(records.size());
            connect(watcher, &QFutureWatcher<QString>::finished, this, [watcher, finish, calls] {
                finish(calls, watcher->result());
                watcher->deleteLater();
            });
            watcher->setFuture(QtConcurrent::run([path, records] {
                return writeFileAtomically(path, modelkit::UsageCsv::records(records));
            }));
        });
}

} // namespace playground
