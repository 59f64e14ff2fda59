// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cost/costchartview.h"
#include "usage/usageledger.h"

namespace playground {

//! Known cost per model as horizontal bars, largest first; beyond `maxModels` the rest are
//! summed as "Other".
class ModelCostChart : public CostChartView
{
    Q_OBJECT

public:
    explicit ModelCostChart(QWidget *parent = nullptr);

    //! `rows` from UsageLedger::summarize(By::Model).
    void setModels(const QList<modelkit::UsageLedger::SummaryRow> &rows);

    static constexpr int maxModels = 8;

    const QStringList &labels() const { return m_labels; }
    const QList<double> &values() const { return m_values; }

private:
    QStringList m_labels;
    QList<double> m_values;
};

} // namespace playground
