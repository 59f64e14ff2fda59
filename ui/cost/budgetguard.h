// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace modelkit {
class UsageLedger;
}

namespace playground {

//! The user's spending limits (per local calendar day and month, in USD) and what the usage
//! ledger says was spent against them — by this window and by the CLI alike. Send asks it
//! whether a call's estimated cost would cross a limit before the call goes out.
//!
//! Spending is read from the ledger asynchronously (never on the UI thread's time) after
//! every recorded call, on refresh(), and when the day changes; crossing() answers from the
//! last figures read. Limits are kept in QSettings under "Budget/".
class BudgetGuard : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        std::optional<double> dailyUsd; //!< nullopt = no daily limit
        std::optional<double> monthlyUsd;
        bool operator==(const Limits &) const = default;
    };

    //! `ledger` is not owned; it may be null (then nothing is ever spent).
    explicit BudgetGuard(modelkit::UsageLedger *ledger, QObject *parent = nullptr);

    Limits limits() const { return m_limits; }
    void setLimits(const Limits &limits);

    //! Known cost of today's / this month's calls, as last read from the ledger.
    double spentTodayUsd() const;
    double spentThisMonthUsd() const;
    //! Whether the ledger has answered at least once.
    bool isLoaded() const { return m_loadedOn.isValid(); }

    //! Why a call estimated at `estimateUsd` (nullopt = price unknown) should not go out
    //! unconfirmed: a limit it would cross, or one already reached. Empty when fine.
    QString crossing(std::optional<double> estimateUsd) const;

    //! Reads the spending again.
    void refresh();

Q_SIGNALS:
    //! Limits or spending changed.
    void changed();

private:
    QPointer<modelkit::UsageLedger> m_ledger;
    Limits m_limits;
    QDate m_loadedOn; //!< the local day the figures are for
    double m_spentToday = 0;
    double m_spentMonth = 0;
    mutable QTimer m_refreshSoon; //!< folds bursts of recorded calls into one read
    int m_pendingReads = 0;
};

} // namespace playground
