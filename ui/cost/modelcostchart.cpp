// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cost/modelcostchart.h"

#include "cost/costtext.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using modelkit::UsageLedger;

namespace playground {

ModelCostChart::ModelCostChart(QWidget *parent) : CostChartView(parent)
{
    chart()->setTitle(tr("Cost by model"));
    setModels({});
}

void ModelCostChart::setModels(const QList<UsageLedger::SummaryRow> &rows)
{
    QList<UsageLedger::SummaryRow> sorted = rows;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const UsageLedger::SummaryRow &a, const UsageLedger::SummaryRow &b) {
                         return a.knownCostUsd > b.knownCostUsd;
                     });
    m_labels.clear();
    m_values.clear();
    double other = 0;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i < maxModels) {
            m_labels << (sorted.at(i).key.isEmpty() ? tr("(none)") : sorted.at(i).key);
            m_values << sorted.at(i).knownCostUsd;
        } else {
            other += sorted.at(i).knownCostUsd;
        }
    }
    if (sorted.size() > maxModels) {
        m_labels << tr("Other");
        m_values << other;
    }

    // Horizontal bars are drawn bottom-up: reverse so the largest is on top.
    auto *bars = new QBarSet(tr("Cost (USD)"));
    for (qsizetype i = m_values.size() - 1; i >= 0; --i)
        bars->append(m_values.at(i));
    QStringList categories;
    for (qsizetype i = m_labels.size() - 1; i >= 0; --i)
        categories << m_labels.at(i);
    auto *series = new QHorizontalBarSeries;
    series->append(bars);

    replaceSeries(series);
    QChart *c = chart();
    auto *yAxis = new QBarCategoryAxis;
    yAxis->append(categories.isEmpty() ? QStringList{tr("(no calls)")} : categories);
    c->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);
    const double top
        = m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
    auto *xAxis = costAxis(top, 4);
    c->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);
}

} // namespace playground
