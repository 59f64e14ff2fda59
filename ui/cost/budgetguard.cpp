// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cost/budgetguard.h"

#include "cost/costtext.h"
#include "usage/usageledger.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace playground {

namespace {

const QString dailyKey = u"Budget/dailyUsd"_s;
const QString monthlyKey = u"Budget/monthlyUsd"_s;

std::optional<double> readLimit(const QSettings &settings, const QString &key)
{
    bool ok = false;
    const double value = settings.value(key).toDouble(&ok);
    return ok && value > 0 ? std::optional<double>(value) : std::nullopt;
}

QString usd(double value)
{
    return CostText::usd(value);
}

} // namespace

BudgetGuard::BudgetGuard(modelkit::UsageLedger *ledger, QObject *parent)
    : QObject(parent), m_ledger(ledger)
{
    const QSettings settings;
    m_limits = {readLimit(settings, dailyKey), readLimit(settings, monthlyKey)};
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(200);
    connect(&m_refreshSoon, &QTimer::timeout, this, &BudgetGuard::refresh);
    if (m_ledger) {
        connect(m_ledger, &modelkit::UsageLedger::recorded, &m_refreshSoon,
                qOverload<>(&QTimer::start));
        refresh();
    }
}

void BudgetGuard::setLimits(const Limits &limits)
{
    if (limits == m_limits)
        return;
    m_limits = limits;
    QSettings settings;
    auto store = [&settings](const QString &key, std::optional<double> value) {
        if (value)
            settings.setValue(key, *value);
        else
            settings.remove(key);
    };
    store(dailyKey, limits.dailyUsd);
    store(monthlyKey, limits.monthlyUsd);
    Q_EMIT changed();
}

double BudgetGuard::spentTodayUsd() const
{
    // Past midnight the figures read yesterday are not today's.
    return m_loadedOn == QDate::currentDate() ? m_spentToday : 0;
}

double BudgetGuard::spentThisMonthUsd() const
{
    const QDate today = QDate::currentDate();
    const bool sameMonth = m_loadedOn.isValid() && m_loadedOn.year() == today.year()
                           && m_loadedOn.month() == today.month();
    return sameMonth ? m_spentMonth : 0;
}

QString BudgetGuard::crossing(std::optional<double> estimateUsd) const
{
    if (m_loadedOn.isValid() && m_loadedOn != QDate::currentDate())
        m_refreshSoon.start(); // a new day began
    const double estimate = estimateUsd.value_or(0);
    const double today = spentTodayUsd();
    const double month = spentThisMonthUsd();
    const Limits &limit = m_limits;
    if (limit.dailyUsd && today >= *limit.dailyUsd)
        return tr("Today's spending (%1) has reached the daily budget of %2.")
            .arg(usd(today), usd(*limit.dailyUsd));
    if (limit.monthlyUsd && month >= *limit.monthlyUsd)
        return tr("This month's spending (%1) has reached the monthly budget of %2.")
            .arg(usd(month), usd(*limit.monthlyUsd));
    if (!estimateUsd)
        return {};
    if (limit.dailyUsd && today + estimate > *limit.dailyUsd)
        return tr("This request (about %1) would take today's spending to %2, over the daily "
                  "budget of %3.")
            .arg(usd(estimate), usd(today + estimate), usd(*limit.dailyUsd));
    if (limit.monthlyUsd && month + estimate > *limit.monthlyUsd)
        return tr("This request (about %1) would take this month's spending to %2, over the "
                  "monthly budget of %3.")
            .arg(usd(estimate), usd(month + estimate), usd(*limit.monthlyUsd));
    return {};
}

void BudgetGuard::refresh()
{
    if (!m_ledger || m_pendingReads > 0) {
        if (m_pendingReads > 0)
            m_refreshSoon.start(); // read again once the current read answered
        return;
    }
    const QDate today = QDate::currentDate();
    const QDate monthStart(today.year(), today.month(), 1);
    ++m_pendingReads;
    m_ledger->summarize(
        modelkit::UsageLedger::By::Day, monthStart.startOfDay(), today.addDays(1).startOfDay(),
        this,
        [this, today](const QList<modelkit::UsageLedger::SummaryRow> &rows, const QString &error) {
            --m_pendingReads;
            if (!error.isEmpty())
                return; // the ledger reports it itself; keep the last figures
            const QString todayKey = today.toString(Qt::ISODate);
            m_spentToday = 0;
            m_spentMonth = 0;
            for (const modelkit::UsageLedger::SummaryRow &row : rows) {
                m_spentMonth += row.knownCostUsd;
                if (row.key == todayKey)
                    m_spentToday = row.knownCostUsd;
            }
            m_loadedOn = today;
            Q_EMIT changed();
        });
}

} // namespace playground
