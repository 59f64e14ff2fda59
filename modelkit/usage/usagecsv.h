// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "usage/usageledger.h"
#include "usage/usagerecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace modelkit {

//! The usage ledger as CSV (RFC 4180, CRLF line ends, a header line), the same for
//! `modelkit usage --csv` and the Usage panel's export. Column names are the ledger's JSON
//! field names; an unknown cost is an empty field, never 0.
class UsageCsv
{
public:
    //! One line per call.
    static QString records(const QList<UsageRecord> &records);
    //! One line per group of UsageLedger::summarize(); the first column is named after `by`.
    static QString summary(UsageLedger::By by, const QList<UsageLedger::SummaryRow> &rows);

    //! `fields` as one CSV line with its line end; fields holding a comma, a quote or a line
    //! break are quoted.
    static QString line(const QStringList &fields);
};

} // namespace modelkit
