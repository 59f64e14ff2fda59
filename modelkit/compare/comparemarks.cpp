// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparemarks.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

//! The lanes whose `figure` is best (lowest when `lowest`), if two or more lanes have one.
QList<int> best(const QList<CompareLaneSummary> &summaries,
                const std::function<const CompareStatistic &(const CompareLaneSummary &)> &figure,
                bool lowest)
{
    QList<int> candidates;
    for (int i = 0; i < int(summaries.size()); ++i) {
        if (!figure(summaries.at(i)).isEmpty())
            candidates << i;
    }
    if (candidates.size() < 2)
        return {};
    double bestValue = figure(summaries.at(candidates.first())).mean;
    for (int i : std::as_const(candidates)) {
        const double value = figure(summaries.at(i)).mean;
        if (lowest ? value < bestValue : value > bestValue)
            bestValue = value;
    }
    QList<int> marked;
    for (int i : std::as_const(candidates)) {
        if (figure(summaries.at(i)).mean == bestValue)
            marked << i;
    }
    return marked;
}

} // namespace

CompareMarks CompareMarks::of(const QList<CompareLaneSummary> &summaries)
{
    CompareMarks marks;
    marks.fastest = best(
        summaries,
        [](const CompareLaneSummary &s) -> const CompareStatistic & { return s.totalMs; }, true);
    marks.cheapest = best(
        summaries,
        [](const CompareLaneSummary &s) -> const CompareStatistic & { return s.costUsd; }, true);
    marks.longest = best(
        summaries,
        [](const CompareLaneSummary &s) -> const CompareStatistic & { return s.completionTokens; },
        false);
    return marks;
}

QStringList CompareMarks::marksOf(int index) const
{
    QStringList marks;
    if (fastest.contains(index))
        marks << u"fastest"_s;
    if (cheapest.contains(index))
        marks << u"cheapest"_s;
    if (longest.contains(index))
        marks << u"longest"_s;
    return marks;
}

} // namespace modelkit
