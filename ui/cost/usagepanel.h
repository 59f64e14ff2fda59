// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "usage/usageledger.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;

namespace playground {

class BudgetGuard;
class CostTimeChart;
class ModelCostChart;
class PlaygroundSession;
class UsageSummaryModel;

//! Tokens and money: running totals for this conversation and this app session, the daily
//! and monthly budgets, and the usage ledger's history over a chosen range — as a table
//! grouped by day, model, profile or provider, a cost-over-time chart and a by-model chart —
//! with CSV export. All ledger reads are asynchronous.
class UsagePanel : public QWidget
{
    Q_OBJECT

public:
    //! The history ranges offered, newest first.
    enum class Range { Today, Last7Days, Last30Days, ThisMonth, Last12Months, AllTime };

    UsagePanel(PlaygroundSession *session, modelkit::UsageLedger *ledger, BudgetGuard *budget,
               QWidget *parent = nullptr);

    //! [since, until) of `range` in local time, as of now; AllTime has invalid bounds.
    static std::pair<QDateTime, QDateTime> bounds(Range range);

    //! Reads the history again (the panel also does after each recorded call while shown).
    void refresh();
    //! Writes every call of the chosen range to `path` as CSV (off the UI thread); then
    //! csvExported() says how it went.
    void exportCsv(const QString &path);

Q_SIGNALS:
    //! The history view shows the ledger's latest answer.
    void refreshed();
    //! `error` is empty on success.
    void csvExported(const QString &path, int calls, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createTotals();
    QWidget *createBudget();
    QWidget *createHistory();
    void updateTotals();
    void updateBudget();
    void chooseCsvFile();
    Range range() const;
    modelkit::UsageLedger::By groupBy() const;

    PlaygroundSession *m_session;
    QPointer<modelkit::UsageLedger> m_ledger;
    BudgetGuard *m_budget;
    QLabel *m_conversationTotals = nullptr;
    QLabel *m_sessionTotals = nullptr;
    QLabel *m_lastCall = nullptr;
    QDoubleSpinBox *m_dailyLimit = nullptr;
    QDoubleSpinBox *m_monthlyLimit = nullptr;
    QProgressBar *m_dailySpent = nullptr;
    QProgressBar *m_monthlySpent = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_groupBy = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_historyStatus = nullptr;
    QTabWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    UsageSummaryModel *m_model = nullptr;
    CostTimeChart *m_timeChart = nullptr;
    ModelCostChart *m_modelChart = nullptr;
    QTimer m_refreshSoon;
    int m_generation = 0; //!< answers to an older refresh() are dropped
    int m_pendingAnswers = 0;
};

} // namespace playground
