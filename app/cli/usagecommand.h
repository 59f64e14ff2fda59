// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace playground::cli {

//! `modelkit usage [--since DATE] [--until DATE] [--by model|day|profile|provider] [--csv]
//! [--output text|json]`: what the calls recorded in the usage ledger
//! (modelkit::UsageLedger::defaultPath(), shared with the window; honours XDG_DATA_HOME)
//! used and cost.
//!
//! - default: a table grouped by --by (default model) with a total line; a cost that is
//!   partly or wholly unknown says "unknown", never $0.
//! - `--csv`: one line per call with a header (RFC 4180); with --by, one line per group.
//! - `--output json`: `{"by", "rows": [...], "total": {...}}`.
//!
//! Dates are local calendar days; --until includes its day.
class UsageCommand
{
    Q_DECLARE_TR_FUNCTIONS(UsageCommand)

public:
    //! Runs the command: `arguments` are the program followed by what came after "usage".
    //! Returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace playground::cli
