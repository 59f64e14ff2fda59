// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace playground {

//! Per-token log probabilities in AutoGen's shape (`[{token, logprob, bytes,
//! top_logprobs: [{token, logprob}]}]`) as a table: token, logprob, probability and the
//! top alternatives. Rows are read from the array on demand, so long replies cost nothing
//! until they are scrolled to.
class LogprobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TokenColumn, LogprobColumn, ProbabilityColumn, AlternativesColumn, ColumnCount };

    explicit LogprobsModel(QObject *parent = nullptr);

    void setLogprobs(const QJsonArray &logprobs);
    const QJsonArray &logprobs() const { return m_logprobs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! A token made readable: quoted, with whitespace and control characters made visible.
    static QString displayToken(const QString &token);
    //! e^logprob as a percentage, "92.13 %".
    static QString probabilityText(double logprob);

private:
    QJsonArray m_logprobs;
};

} // namespace playground
