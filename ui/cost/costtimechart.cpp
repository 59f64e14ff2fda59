// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cost/costtimechart.h"

#include "cost/costtext.h"

#include <algorithm>

#include <QAreaSeries>
#include <QDateTimeAxis>
#include <QHash>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using modelkit::UsageLedger;

namespace playground {

CostTimeChart::CostTimeChart(QWidget *parent) : CostChartView(parent)
{
    setDays({}, QDate::currentDate(), QDate::currentDate());
}

void CostTimeChart::setDays(const QList<UsageLedger::SummaryRow> &rows, QDate first, QDate last)
{
    QHash<QDate, double> costByDay;
    for (const UsageLedger::SummaryRow &row : rows) {
        const QDate day = QDate::fromString(row.key, Qt::ISODate);
        if (!day.isValid())
            continue;
        costByDay[day] += row.knownCostUsd;
        if (!first.isValid() || day < first)
            first = day;
        if (day > last)
            last = day;
    }
    if (!first.isValid())
        first = last;

    m_labels.clear();
    m_values.clear();
    m_points.clear();
    const QLocale locale;
    const bool monthly = first.daysTo(last) >= maxDailyPoints;
    if (monthly) {
        for (QDate month(first.year(), first.month(), 1); month <= last;
             month = month.addMonths(1)) {
            double sum = 0;
            for (QDate day = month; day < month.addMonths(1); day = day.addDays(1))
                sum += costByDay.value(day);
            m_labels << locale.toString(month, u"MMM yy"_s);
            m_values << sum;
            m_points << month;
        }
    } else {
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            m_labels << locale.toString(day, u"d MMM"_s);
            m_values << costByDay.value(day);
            m_points << day;
        }
    }

    // A filled line over a date axis: its labels stay readable in a narrow dock, where
    // one category label per bar would be elided.
    auto *line = new QLineSeries;
    line->setName(tr("Cost (USD)"));
    line->setPointsVisible(m_values.size() <= maxDailyPoints);
    for (qsizetype i = 0; i < m_values.size(); ++i)
        line->append(double(m_points.at(i).startOfDay().toMSecsSinceEpoch()), m_values.at(i));
    auto *area = new QAreaSeries(line);
    line->setParent(area); // the area series does not own its line
    area->setName(line->name());
    QColor fill = palette().color(QPalette::Highlight);
    area->setBorderColor(fill);
    fill.setAlpha(90);
    area->setColor(fill);
    area->setPointsVisible(line->pointsVisible());

    replaceSeries(area);
    QChart *c = chart();
    c->setTitle(monthly ? tr("Cost per month") : tr("Cost per day"));

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(monthly ? u"MMM yy"_s : u"d MMM"_s);
    xAxis->setTickCount(std::clamp(int(m_values.size()), 2, 5));
    if (!m_points.isEmpty())
        xAxis->setRange(m_points.first().startOfDay(), m_points.last().startOfDay());
    c->addAxis(xAxis, Qt::AlignBottom);
    area->attachAxis(xAxis);

    const double top
        = m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
    auto *yAxis = costAxis(top, 5);
    c->addAxis(yAxis, Qt::AlignLeft);
    area->attachAxis(yAxis);

    setAccessibleDescription(
        tr("%1 points; highest %2").arg(m_values.size()).arg(CostText::usd(top)));
}

} // namespace playground
