// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/usagecommand.h"

#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "usage/usagecsv.h"
#include "usage/usageledger.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

//! "$0.0123", "unknown" when no call of the row has a price, "$0.0123 + unknown (2 unpriced)"
//! when some lack one: an unknown price is never shown as $0.
QString costText(const UsageLedger::SummaryRow &row)
{
    if (row.calls > 0 && row.unpricedCalls == row.calls)
        return UsageCommand::tr("unknown");
    const QString known = u"$"_s + QString::number(row.knownCostUsd, 'f', 4);
    if (row.unpricedCalls == 0)
        return known;
    return UsageCommand::tr("%1 + unknown (%2 unpriced)").arg(known, number(row.unpricedCalls));
}

QJsonObject rowJson(const UsageLedger::SummaryRow &row)
{
    const bool allUnknown = row.calls > 0 && row.unpricedCalls == row.calls;
    return {
        {u"key"_s, row.key},
        {u"calls"_s, row.calls},
        {u"usage"_s, row.usage.toJson()},
        {u"known_cost_usd"_s, row.knownCostUsd},
        // The full cost only when every call's is known.
        {u"cost_usd"_s, row.unpricedCalls == 0 && !allUnknown ? QJsonValue(row.knownCostUsd)
                                                              : QJsonValue(QJsonValue::Null)},
        {u"unpriced_calls"_s, row.unpricedCalls},
        {u"cached_calls"_s, row.cachedCalls},
        {u"estimated_calls"_s, row.estimatedCalls},
        {u"failed_calls"_s, row.failedCalls},
    };
}

QStringList summaryFields(const UsageLedger::SummaryRow &row)
{
    return {row.key,
            number(row.calls),
            number(row.usage.promptTokens),
            number(row.usage.cachedPromptTokens),
            number(row.usage.completionTokens),
            number(row.usage.reasoningTokens),
            costText(row)};
}

void printTable(const QString &keyTitle, const QList<UsageLedger::SummaryRow> &rows)
{
    QList<QStringList> lines;
    lines << QStringList{keyTitle,
                         UsageCommand::tr("CALLS"),
                         UsageCommand::tr("PROMPT"),
                         UsageCommand::tr("CACHED"),
                         UsageCommand::tr("COMPLETION"),
                         UsageCommand::tr("REASONING"),
                         UsageCommand::tr("COST")};
    for (const UsageLedger::SummaryRow &row : rows) {
        QStringList fields = summaryFields(row);
        if (fields.first().isEmpty())
            fields.first() = UsageCommand::tr("(none)");
        lines << fields;
    }
    lines << summaryFields(UsageLedger::total(rows, UsageCommand::tr("total")));
    QList<qsizetype> widths(lines.first().size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    QString text;
    for (const QStringList &line : std::as_const(lines)) {
        QString out = line.first().leftJustified(widths.first());
        // Numbers right-aligned, the cost left-aligned (it may end in words).
        for (qsizetype i = 1; i + 1 < line.size(); ++i)
            out += u"  "_s + line.at(i).rightJustified(widths.at(i));
        out += u"  "_s + line.last();
        text += out + u'\n';
    }
    Console::out(text);
}

//! A local calendar day as the start of that day; `nextDay` gives the start of the next.
std::optional<QDateTime> parseDay(const QString &text, bool nextDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return (nextDay ? date.addDays(1) : date).startOfDay();
}

} // namespace

int UsageCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the tokens and cost of the calls recorded by modelkit chat and the Modelkit "
           "Playground window."));
    parser.addHelpOption();
    parser.addOptions({
        {u"since"_s, tr("Only calls on or after this day."), tr("YYYY-MM-DD")},
        {u"until"_s, tr("Only calls on or before this day."), tr("YYYY-MM-DD")},
        {u"by"_s, tr("Group by model (default), day, profile or provider."), tr("GROUP")},
        {u"csv"_s, tr("CSV: one line per call (with --by: per group), with a header line.")},
        {u"output"_s, tr("text (default) or json."), tr("FORMAT")},
    });
    if (const auto stop = CommandLine::parse(parser, arguments))
        return *stop;

    std::optional<QDateTime> since;
    std::optional<QDateTime> until;
    if (parser.isSet(u"since"_s) && !(since = parseDay(parser.value(u"since"_s), false))) {
        Console::error(tr("--since must be a date such as 2026-01-31"));
        return ExitUsage;
    }
    if (parser.isSet(u"until"_s) && !(until = parseDay(parser.value(u"until"_s), true))) {
        Console::error(tr("--until must be a date such as 2026-01-31"));
        return ExitUsage;
    }
    const auto by = UsageLedger::byFromName(parser.isSet(u"by"_s)
                                                ? parser.value(u"by"_s)
                                                : UsageLedger::byName(UsageLedger::By::Model));
    if (!by) {
        Console::error(tr("--by must be model, day, profile or provider"));
        return ExitUsage;
    }
    const QString output = parser.isSet(u"output"_s) ? parser.value(u"output"_s) : u"text"_s;
    if (output != u"text" && output != u"json") {
        Console::error(tr("--output must be text or json"));
        return ExitUsage;
    }
    const bool csv = parser.isSet(u"csv"_s);
    if (csv && output == u"json") {
        Console::error(tr("--csv and --output json cannot be combined"));
        return ExitUsage;
    }

    UsageLedger ledger;
    QString error;
    if (csv && !parser.isSet(u"by"_s)) {
        UsageLedger::Query query;
        query.since = since.value_or(QDateTime());
        query.until = until.value_or(QDateTime());
        const QList<UsageRecord> records = ledger.queryBlocking(query, &error);
        if (!error.isEmpty()) {
            Console::error(error);
            return ExitProvider;
        }
        Console::out(UsageCsv::records(records));
        return ExitSuccess;
    }

    const QList<UsageLedger::SummaryRow> rows = ledger.summarizeBlocking(
        *by, since.value_or(QDateTime()), until.value_or(QDateTime()), &error);
    if (!error.isEmpty()) {
        Console::error(error);
        return ExitProvider;
    }
    if (csv) {
        Console::out(UsageCsv::summary(*by, rows));
        return ExitSuccess;
    }
    if (output == u"json") {
        QJsonArray array;
        for (const UsageLedger::SummaryRow &row : rows)
            array.append(rowJson(row));
        QJsonObject total = rowJson(UsageLedger::total(rows, UsageCommand::tr("total")));
        total.remove(u"key"_s);
        Console::outJson({{u"by"_s, UsageLedger::byName(*by)},
                          {u"ledger"_s, ledger.path()},
                          {u"rows"_s, array},
                          {u"total"_s, total}});
        return ExitSuccess;
    }
    if (rows.isEmpty()) {
        Console::out(tr("No calls recorded (%1).\n").arg(ledger.path()));
        return ExitSuccess;
    }
    printTable(UsageLedger::byName(*by).toUpper(), rows);
    return ExitSuccess;
}

} // namespace playground::cli
