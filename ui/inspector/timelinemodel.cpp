// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "inspector/timelinemodel.h"

#include "session/run.h"

#include <algorithm>
#include <limits>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace playground {

namespace {

QString kindName(StreamEvent::Kind kind)
{
    switch (kind) {
    case StreamEvent::Kind::Text:
        return TimelineModel::tr("Text");
    case StreamEvent::Kind::Thought:
        return TimelineModel::tr("Reasoning");
    case StreamEvent::Kind::ToolCall:
        return TimelineModel::tr("Tool call");
    case StreamEvent::Kind::Finished:
        return TimelineModel::tr("Finished");
    case StreamEvent::Kind::Failed:
        return TimelineModel::tr("Failed");
    }
    return {};
}

bool isToken(StreamEvent::Kind kind)
{
    return kind == StreamEvent::Kind::Text || kind == StreamEvent::Kind::Thought
           || kind == StreamEvent::Kind::ToolCall;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(batchIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TimelineModel::flush);
}

void TimelineModel::setRun(Run *run)
{
    if (m_run == run && run)
        return;
    beginResetModel();
    disconnect(m_connection);
    m_timer.stop();
    m_run = run;
    m_rows = 0;
    m_firstTokenAtMs.reset();
    m_longGaps = 0;
    m_longestGapMs = 0;
    m_toolNames.clear();
    endResetModel();
    if (run) {
        m_connection = connect(run, &Run::eventAppended, this, &TimelineModel::scheduleFlush);
        flush();
    } else {
        Q_EMIT summaryChanged();
    }
}

void TimelineModel::scheduleFlush()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void TimelineModel::flush()
{
    m_timer.stop();
    if (!m_run)
        return;
    const QList<StreamEvent> &events = m_run->events();
    const int total = int(std::min<qsizetype>(events.size(), std::numeric_limits<int>::max()));
    if (total <= m_rows)
        return;
    // Summary first, in one pass over the new events only.
    qint64 previous = m_rows > 0 ? events.at(m_rows - 1).atMs : 0;
    for (int i = m_rows; i < total; ++i) {
        const StreamEvent &event = events.at(i);
        // The wait for the first token is latency, not a gap in the stream.
        if (m_firstTokenAtMs && i > 0) {
            const qint64 gap = event.atMs - previous;
            if (gap > longGapMs)
                ++m_longGaps;
            m_longestGapMs = std::max(m_longestGapMs, gap);
        }
        if (!m_firstTokenAtMs && isToken(event.kind))
            m_firstTokenAtMs = event.atMs;
        previous = event.atMs;
        if (event.kind == StreamEvent::Kind::ToolCall && !event.toolName.isEmpty())
            m_toolNames.insert(event.toolIndex, event.toolName);
    }
    beginInsertRows({}, m_rows, total - 1);
    m_rows = total;
    endInsertRows();
    Q_EMIT summaryChanged();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!m_run || !index.isValid() || index.row() >= m_rows
        || index.row() >= m_run->events().size())
        return {};
    const StreamEvent &event = m_run->events().at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == TimeColumn || index.column() == CharsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(event.atMs);
    case KindColumn:
        return kindName(event.kind);
    case CharsColumn:
        return event.kind == StreamEvent::Kind::Finished || event.kind == StreamEvent::Kind::Failed
                   ? QVariant()
                   : QVariant(QLocale().toString(event.chars));
    case ToolColumn: {
        if (event.kind != StreamEvent::Kind::ToolCall)
            return {};
        const QString name
            = event.toolName.isEmpty() ? m_toolNames.value(event.toolIndex) : event.toolName;
        return name.isEmpty() ? u"#%1"_s.arg(event.toolIndex)
                              : u"#%1 %2"_s.arg(event.toolIndex).arg(name);
    }
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == TimeColumn || section == CharsColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (ms)");
    case KindColumn:
        return tr("Kind");
    case CharsColumn:
        return tr("Characters");
    case ToolColumn:
        return tr("Tool");
    default:
        return {};
    }
}

QString TimelineModel::summary() const
{
    if (!m_run)
        return tr("No run selected.");
    QStringList parts;
    parts << tr("Events: %1").arg(QLocale().toString(m_rows));
    if (m_firstTokenAtMs)
        parts << tr("first token at %1 ms").arg(QLocale().toString(*m_firstTokenAtMs));
    else
        parts << tr("no token yet");
    QString gaps = tr("gaps over 1 s: %1").arg(m_longGaps);
    if (m_longGaps > 0)
        gaps += u' '
                + tr("(longest %1 s)")
                      .arg(QLocale().toString(double(m_longestGapMs) / 1000.0, 'f', 1));
    parts << gaps;
    return parts.join(u" · "_s);
}

} // namespace playground
