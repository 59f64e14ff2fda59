// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversationrun.h"
#include "core/requestusage.h"

namespace playground {

class Run;

//! Running totals over finished runs: AutoGen's total_usage() (every run) and
//! actual_usage() (runs that reached a provider, i.e. not answered from the cache), and the
//! cost of those whose price is known. Runs without a price are counted apart, never as $0.
struct UsageTotals
{
    int runs = 0;
    modelkit::RequestUsage totalUsage;
    modelkit::RequestUsage actualUsage;
    double knownCostUsd = 0;
    int unpricedRuns = 0;
    int estimatedRuns = 0; //!< runs whose usage is a local estimate
    int cachedRuns = 0;

    void add(const Run &run);
    //! A run kept only in the document (an older one of a loaded conversation).
    void add(const modelkit::ConversationRun &run);
    bool operator==(const UsageTotals &) const = default;
};

} // namespace playground
