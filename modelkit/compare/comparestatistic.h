// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>

namespace modelkit {

//! The mean and spread of one figure over a lane's attempts (latency, cost, tokens…).
//!
//! JSON: `{"count", "mean", "min", "max", "stddev"}`, or null when there is no value.
struct CompareStatistic
{
    qsizetype count = 0;
    double mean = 0;
    double min = 0;
    double max = 0;
    //! The sample standard deviation (n − 1 in the denominator); 0 for a single value.
    double stddev = 0;

    bool isEmpty() const { return count == 0; }
    //! max − min.
    double range() const { return max - min; }

    static CompareStatistic of(const QList<double> &values);

    QJsonValue toJson() const;
    bool operator==(const CompareStatistic &) const = default;
};

} // namespace modelkit
