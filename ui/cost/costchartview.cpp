// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cost/costchartview.h"

#include "cost/costtext.h"

#include <QAbstractSeries>
#include <QValueAxis>

namespace playground {

CostChartView::CostChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
}

void CostChartView::replaceSeries(QAbstractSeries *series)
{
    QChart *c = chart();
    c->removeAllSeries();
    const QList<QAbstractAxis *> oldAxes = c->axes();
    for (QAbstractAxis *axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }
    c->addSeries(series);
}

QValueAxis *CostChartView::costAxis(double maximum, int ticks)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, maximum > 0 ? maximum * 1.1 : 0.01);
    axis->setLabelFormat(CostText::axisLabelFormat(maximum));
    axis->setTickCount(ticks);
    return axis;
}

} // namespace playground
