// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparestatistic.h"

#include <algorithm>
#include <cmath>

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace modelkit {

CompareStatistic CompareStatistic::of(const QList<double> &values)
{
    CompareStatistic statistic;
    statistic.count = values.size();
    if (values.isEmpty())
        return statistic;
    const auto [min, max] = std::minmax_element(values.cbegin(), values.cend());
    statistic.min = *min;
    statistic.max = *max;
    double sum = 0;
    for (double value : values)
        sum += value;
    statistic.mean = sum / double(values.size());
    if (values.size() > 1) {
        double squares = 0;
        for (double value : values)
            squares += (value - statistic.mean) * (value - statistic.mean);
        statistic.stddev = std::sqrt(squares / double(values.size() - 1));
    }
    return statistic;
}

QJsonValue CompareStatistic::toJson() const
{
    if (isEmpty())
        return QJsonValue::Null;
    return QJsonObject{{u"count"_s, count},
                       {u"mean"_s, mean},
                       {u"min"_s, min},
                       {u"max"_s, max},
                       {u"stddev"_s, stddev}};
}

} // namespace modelkit
