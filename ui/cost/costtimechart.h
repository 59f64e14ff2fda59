// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cost/costchartview.h"
#include "usage/usageledger.h"

#include <QDate>

namespace playground {

//! Known cost per day (per month over long ranges) as a filled line over a date axis, from
//! the ledger's by-day summary. Days without calls count as $0 so the time axis stays even.
class CostTimeChart : public CostChartView
{
    Q_OBJECT

public:
    explicit CostTimeChart(QWidget *parent = nullptr);

    //! `rows` from UsageLedger::summarize(By::Day) for [first, last]; an invalid `first`
    //! starts at the first row's day.
    void setDays(const QList<modelkit::UsageLedger::SummaryRow> &rows, QDate first, QDate last);

    //! Ranges longer than this many days are drawn per month.
    static constexpr int maxDailyPoints = 62;

    //! The points drawn last (labels and USD), for tests and accessibility.
    const QStringList &labels() const { return m_labels; }
    const QList<double> &values() const { return m_values; }

private:
    QStringList m_labels;
    QList<double> m_values;
    QList<QDate> m_points; //!< first day of each point
};

} // namespace playground
