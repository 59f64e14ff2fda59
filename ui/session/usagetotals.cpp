// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "session/usagetotals.h"

#include "session/run.h"

namespace playground {

void UsageTotals::add(const Run &run)
{
    ++runs;
    totalUsage += run.usage();
    const bool cached = run.result().cached;
    if (cached)
        ++cachedRuns;
    else
        actualUsage += run.usage();
    if (const std::optional<double> cost = run.costUsd())
        knownCostUsd += *cost;
    else
        ++unpricedRuns;
    if (run.isUsageEstimated())
        ++estimatedRuns;
}

void UsageTotals::add(const modelkit::ConversationRun &run)
{
    ++runs;
    totalUsage += run.usage;
    const bool cached = run.result && run.result->cached;
    if (cached)
        ++cachedRuns;
    else
        actualUsage += run.usage;
    if (run.costUsd)
        knownCostUsd += *run.costUsd;
    else
        ++unpricedRuns;
    if (run.usageEstimated)
        ++estimatedRuns;
}

} // namespace playground
