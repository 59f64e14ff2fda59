// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace playground {

class Run;

//! A run's stream timeline (Run::events()) as a table: time since send, kind, characters and
//! the tool call a fragment belongs to. Rows are added in batches on a short timer, so a
//! stream of 200,000 deltas costs a few hundred row insertions, not 200,000. Also keeps the
//! summary (events, first token, long gaps) up to date in O(1) per event.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, CharsColumn, ToolColumn, ColumnCount };

    //! Pending events reach the table at most this often.
    static constexpr int batchIntervalMs = 100;
    //! A pause between two events longer than this counts as a gap.
    static constexpr qint64 longGapMs = 1000;

    explicit TimelineModel(QObject *parent = nullptr);

    //! Shows `run` (nullptr: nothing) and follows its new events.
    void setRun(Run *run);
    Run *run() const { return m_run; }
    //! Inserts the events that arrived since the last batch now.
    void flush();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! Rows in the table (events shown so far).
    qsizetype eventCount() const { return m_rows; }
    //! When the first text, reasoning or tool call fragment arrived (ms after send).
    std::optional<qint64> firstTokenAtMs() const { return m_firstTokenAtMs; }
    //! Pauses longer than longGapMs between consecutive events, and the longest pause.
    int longGapCount() const { return m_longGaps; }
    qint64 longestGapMs() const { return m_longestGapMs; }
    //! "Events: 1,204 · first token at 412 ms · gaps over 1 s: 2 (longest 1.8 s)".
    QString summary() const;

Q_SIGNALS:
    //! Rows were added or the run changed.
    void summaryChanged();

private:
    void scheduleFlush();

    QPointer<Run> m_run;
    QMetaObject::Connection m_connection;
    QTimer m_timer;
    int m_rows = 0;
    std::optional<qint64> m_firstTokenAtMs;
    int m_longGaps = 0;
    qint64 m_longestGapMs = 0;
    QHash<int, QString> m_toolNames;
};

} // namespace playground
