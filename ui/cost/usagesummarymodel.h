// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "usage/usageledger.h"

#include <QAbstractTableModel>

namespace playground {

//! The usage ledger's summary rows (one per day, model, profile or provider) with a total
//! row at the end, for the Usage panel's table.
class UsageSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Key, Calls, Prompt, Cached, Completion, Reasoning, Cost, Failed, ColumnCount };

    explicit UsageSummaryModel(QObject *parent = nullptr);

    void setRows(modelkit::UsageLedger::By by,
                 const QList<modelkit::UsageLedger::SummaryRow> &rows);
    const QList<modelkit::UsageLedger::SummaryRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! "$0.0123", "unknown" when no call of the row has a price, "$0.0123 + 2 unpriced".
    static QString costText(const modelkit::UsageLedger::SummaryRow &row);

private:
    modelkit::UsageLedger::By m_by = modelkit::UsageLedger::By::Day;
    QList<modelkit::UsageLedger::SummaryRow> m_rows;
    modelkit::UsageLedger::SummaryRow m_total;
};

} // namespace playground
