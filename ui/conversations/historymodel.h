// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversations/conversationlibrary.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

namespace playground {

//! The History panel's list: ConversationLibrary entries in the order listed, the one open
//! in the window marked. The title is editable in place; an edit is not stored here but
//! announced with titleEdited() (the library renames, then the list is read again).
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        UpdatedRole,    //!< QDateTime
        DateTextRole,   //!< shortDate() of UpdatedRole
        SnippetRole,    //!< with the library's match markers
        DetailTextRole, //!< what the second line says: snippet (markers removed), error or size
        MessageCountRole,
        ErrorRole,
        CurrentRole, //!< bool: the conversation open in the window
    };

    explicit HistoryModel(QObject *parent = nullptr);

    //! Replaces the list (nothing happens when it is unchanged).
    void setEntries(const QList<ConversationLibrary::Entry> &entries);
    const QList<ConversationLibrary::Entry> &entries() const { return m_entries; }
    //! The row of `id`, or -1.
    int rowOf(const QString &id) const;

    void setCurrentId(const QString &id);
    QString currentId() const { return m_currentId; }

    //! `at` as a list shows it, relative to `now`: the time today, "Yesterday", the weekday
    //! within a week, else the short date (local time, the locale's formats).
    static QString shortDate(const QDateTime &at,
                             const QDateTime &now = QDateTime::currentDateTime());
    //! `snippet` on one line without the match markers.
    static QString plainSnippet(const QString &snippet);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    //! The user edited the title of `id` in place (empty: back to the automatic title).
    void titleEdited(const QString &id, const QString &title);

private:
    QString detailText(const ConversationLibrary::Entry &entry) const;

    QList<ConversationLibrary::Entry> m_entries;
    QString m_currentId;
};

} // namespace playground
