// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

class QAbstractSeries;
class QValueAxis;

namespace playground {

//! The Usage panel's charts: compact, no legend, redrawn whole from each ledger answer.
class CostChartView : public QChartView
{
    Q_OBJECT

public:
    explicit CostChartView(QWidget *parent = nullptr);

protected:
    //! Drops the previous series and axes, then shows `series`.
    void replaceSeries(QAbstractSeries *series);
    //! A USD axis from 0 to a little above `maximum`.
    static QValueAxis *costAxis(double maximum, int ticks);
};

} // namespace playground
