// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/requestusage.h"

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace playground {

class Run;
struct UsageTotals;

//! How money and tokens read everywhere in the window (status bar, Usage panel, budget
//! warnings), in the user's locale.
class CostText
{
    Q_DECLARE_TR_FUNCTIONS(CostText)

public:
    //! "$12.34", "$0.0123", "$0.000123": sub-cent amounts keep their significant digits.
    static QString usd(double value);
    //! The same, or "unknown" — an unknown price is never shown as $0.
    static QString usd(std::optional<double> value);
    //! A printf format for a USD chart axis whose largest value is `maximum`.
    static QString axisLabelFormat(double maximum);
    //! "1,234 in (200 cached) · 567 out (120 reasoning)".
    static QString tokens(const modelkit::RequestUsage &usage);
    //! "3 runs · 1,234 in · 567 out · $0.0123 (+ 1 without a price) · 1 estimated".
    static QString totals(const UsageTotals &totals);
    //! One finished run: "Run #3 · gpt-4o · 14 in · 30 out · $0.000335", marked when its
    //! usage is estimated or it came from the cache.
    static QString run(const Run &run);
};

} // namespace playground
