// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cost/usagesummarymodel.h"

#include "cost/costtext.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;
using modelkit::UsageLedger;

namespace playground {

UsageSummaryModel::UsageSummaryModel(QObject *parent) : QAbstractTableModel(parent) {}

void UsageSummaryModel::setRows(UsageLedger::By by, const QList<UsageLedger::SummaryRow> &rows)
{
    beginResetModel();
    m_by = by;
    m_rows = rows;
    m_total = UsageLedger::total(rows, tr("Total"));
    endResetModel();
}

int UsageSummaryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return int(m_rows.size()) + 1;
}

int UsageSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UsageSummaryModel::costText(const UsageLedger::SummaryRow &row)
{
    if (row.calls > 0 && row.unpricedCalls == row.calls)
        return tr("unknown");
    const QString known = CostText::usd(row.knownCostUsd);
    if (row.unpricedCalls == 0)
        return known;
    return tr("%1 + %n unpriced", nullptr, int(row.unpricedCalls)).arg(known);
}

QVariant UsageSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool isTotal = index.row() == m_rows.size();
    const UsageLedger::SummaryRow &row = isTotal ? m_total : m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Key:
            if (row.key.isEmpty())
                return m_by == UsageLedger::By::Profile ? tr("(no profile)") : tr("(none)");
            if (m_by == UsageLedger::By::Day && !isTotal) {
                const QDate day = QDate::fromString(row.key, Qt::ISODate);
                return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : row.key;
            }
            return row.key;
        case Calls:
            return locale.toString(row.calls);
        case Prompt:
            return locale.toString(row.usage.promptTokens);
        case Cached:
            return locale.toString(row.usage.cachedPromptTokens);
        case Completion:
            return locale.toString(row.usage.completionTokens);
        case Reasoning:
            return locale.toString(row.usage.reasoningTokens);
        case Cost:
            return costText(row);
        case Failed:
            return locale.toString(row.failedCalls);
        default:
            return {};
        }
    case Qt::UserRole: // sortable raw values
        switch (index.column()) {
        case Key:
            return row.key;
        case Calls:
            return row.calls;
        case Cost:
            return row.knownCostUsd;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == Key ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Cost && (row.cachedCalls > 0 || row.estimatedCalls > 0))
            return QString(
                tr("%n call(s) answered from the cache (free)", nullptr, int(row.cachedCalls))
                + u"\n"_s
                + tr("%n call(s) with estimated usage", nullptr, int(row.estimatedCalls)));
        return {};
    default:
        return {};
    }
}

QVariant UsageSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        switch (m_by) {
        case UsageLedger::By::Day:
            return tr("Day");
        case UsageLedger::By::Model:
            return tr("Model");
        case UsageLedger::By::Profile:
            return tr("Profile");
        case UsageLedger::By::Provider:
            return tr("Provider");
        }
        return {};
    case Calls:
        return tr("Calls");
    case Prompt:
        return tr("Prompt");
    case Cached:
        return tr("Cached");
    case Completion:
        return tr("Completion");
    case Reasoning:
        return tr("Reasoning");
    case Cost:
        return tr("Cost");
    case Failed:
        return tr("Failed");
    default:
        return {};
    }
}

} // namespace playground
