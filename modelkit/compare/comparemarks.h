// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/comparelanesummary.h"

#include <QList>
#include <QStringList>

namespace modelkit {

//! The lanes a comparison singles out, by index, over the lanes' summaries:
//! - fastest: the lowest mean total time of the succeeded attempts;
//! - cheapest: the lowest mean cost, among lanes whose cost is known (an unknown price is
//!   never "cheap");
//! - longest: the most completion tokens (mean).
//! A mark needs something to compare: at least two lanes with the figure. Ties mark every
//! lane that has the best value.
struct CompareMarks
{
    QList<int> fastest;
    QList<int> cheapest;
    QList<int> longest;

    static CompareMarks of(const QList<CompareLaneSummary> &summaries);
    //! "fastest", "cheapest", "longest": the marks of lane `index`, in that order.
    QStringList marksOf(int index) const;

    bool operator==(const CompareMarks &) const = default;
};

} // namespace modelkit
