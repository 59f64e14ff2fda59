// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cost/costtext.h"

#include "session/run.h"
#include "session/usagetotals.h"

#include <cmath>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace playground {

QString CostText::usd(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude == 0 || magnitude >= 1 ? 2 : magnitude >= 0.01 ? 4 : 6;
    return tr("$%1").arg(QLocale().toString(value, 'f', decimals));
}

QString CostText::usd(std::optional<double> value)
{
    return value ? usd(*value) : tr("unknown");
}

QString CostText::axisLabelFormat(double maximum)
{
    return maximum >= 1 ? u"$%.2f"_s : maximum >= 0.01 ? u"$%.3f"_s : u"$%.5f"_s;
}

QString CostText::tokens(const modelkit::RequestUsage &usage)
{
    const QLocale locale;
    QString in = tr("%1 in").arg(locale.toString(usage.promptTokens));
    if (usage.cachedPromptTokens > 0)
        in += u" "_s + tr("(%1 cached)").arg(locale.toString(usage.cachedPromptTokens));
    QString out = tr("%1 out").arg(locale.toString(usage.completionTokens));
    if (usage.reasoningTokens > 0)
        out += u" "_s + tr("(%1 reasoning)").arg(locale.toString(usage.reasoningTokens));
    return in + u" · "_s + out;
}

QString CostText::totals(const UsageTotals &totals)
{
    QString text
        = tr("%n run(s)", nullptr, totals.runs) + u" · "_s + tokens(totals.totalUsage) + u" · "_s;
    if (totals.runs > 0 && totals.unpricedRuns == totals.runs)
        text += tr("cost unknown");
    else
        text += usd(totals.knownCostUsd);
    if (totals.unpricedRuns > 0 && totals.unpricedRuns < totals.runs)
        text += u" "_s + tr("(+ %n run(s) without a known price)", nullptr, totals.unpricedRuns);
    if (totals.estimatedRuns > 0)
        text += u" · "_s + tr("%n estimated", nullptr, totals.estimatedRuns);
    if (totals.cachedRuns > 0)
        text += u" · "_s + tr("%n from cache", nullptr, totals.cachedRuns);
    return text;
}

QString CostText::run(const Run &run)
{
    QString text = tr("Run #%1").arg(run.number()) + u" · "_s + run.model() + u" · "_s
                   + tokens(run.usage()) + u" · "_s + usd(run.costUsd());
    if (run.isUsageEstimated())
        text += u" "_s + tr("(estimated: the provider reported no usage)");
    if (run.result().cached)
        text += u" "_s + tr("(from cache)");
    return text;
}

} // namespace playground
