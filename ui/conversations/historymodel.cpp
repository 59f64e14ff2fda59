// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversations/historymodel.h"

#include "widgets/icons.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace playground {

HistoryModel::HistoryModel(QObject *parent) : QAbstractListModel(parent) {}

void HistoryModel::setEntries(const QList<ConversationLibrary::Entry> &entries)
{
    if (entries == m_entries)
        return;
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int HistoryModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return int(row);
    }
    return -1;
}

void HistoryModel::setCurrentId(const QString &id)
{
    if (id == m_currentId)
        return;
    const int before = rowOf(m_currentId);
    m_currentId = id;
    for (const int row : {before, rowOf(id)}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    }
}

QString HistoryModel::shortDate(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    if (days == 0)
        return locale.toString(local.time(), QLocale::ShortFormat);
    if (days == 1)
        return tr("Yesterday");
    if (days > 1 && days < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

QString HistoryModel::plainSnippet(const QString &snippet)
{
    QString text = snippet;
    text.remove(QChar(ConversationLibrary::matchStart));
    text.remove(QChar(ConversationLibrary::matchEnd));
    return text.simplified();
}

QString HistoryModel::detailText(const ConversationLibrary::Entry &entry) const
{
    if (!entry.error.isEmpty())
        return tr("Cannot be opened: %1").arg(entry.error);
    if (!entry.snippet.isEmpty())
        return plainSnippet(entry.snippet);
    return tr("%n message(s)", nullptr, int(entry.messageCount));
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationLibrary::Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case TitleRole:
        return entry.title;
    case Qt::ToolTipRole: {
        QString tip = entry.title;
        if (entry.updatedAt.isValid())
            tip += u'\n'
                   + tr("Last changed %1")
                         .arg(QLocale().toString(entry.updatedAt.toLocalTime(),
                                                 QLocale::LongFormat));
        if (!entry.error.isEmpty())
            tip += u'\n' + entry.error;
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QStringList parts{entry.title, shortDate(entry.updatedAt), detailText(entry)};
        if (entry.id == m_currentId)
            parts << tr("open");
        return parts.join(u", "_s);
    }
    case Qt::DecorationRole:
        if (!entry.error.isEmpty())
            return Icons::icon(Icons::Name::Error);
        return {};
    case IdRole:
        return entry.id;
    case UpdatedRole:
        return entry.updatedAt;
    case DateTextRole:
        return shortDate(entry.updatedAt);
    case SnippetRole:
        return entry.snippet;
    case DetailTextRole:
        return detailText(entry);
    case MessageCountRole:
        return entry.messageCount;
    case ErrorRole:
        return entry.error;
    case CurrentRole:
        return entry.id == m_currentId;
    default:
        return {};
    }
}

bool HistoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ConversationLibrary::Entry &entry = m_entries[index.row()];
    const QString title = value.toString().simplified();
    if (title == entry.title)
        return false;
    // Shown at once (an empty title asks for the automatic one, which the library knows);
    // the library's answer replaces the list anyway.
    if (!title.isEmpty()) {
        entry.title = title;
        Q_EMIT dataChanged(index, index);
    }
    Q_EMIT titleEdited(entry.id, title);
    return true;
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_entries.at(index.row()).error.isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace playground
