// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/worddiff.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace playground {

//! The word diff of two of the Compare view's replies: two pickers (the first reply's own
//! words show as removed, the second's as added), a swap button, a summary line and the
//! diff itself. Replies are given as text; the caller formats function calls.
class CompareDiffView : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString label;
        QString text;
    };

    explicit CompareDiffView(QWidget *parent = nullptr);

    //! Replaces the replies on offer. The chosen pair stays when both still exist, else it
    //! becomes the first two (-1, -1 with fewer than two replies). The diff is recomputed
    //! only when the pair's texts changed, so a streaming reply may be passed per update.
    void setEntries(const QList<Entry> &entries);
    QList<Entry> entries() const;

    //! Chooses the pair to compare: indexes into entries(), the same one twice allowed;
    //! ignored when out of range.
    void setPair(int a, int b);
    int laneA() const;
    int laneB() const;

    //! The diff shown (empty when fewer than two replies are on offer).
    QList<WordDiff::Segment> segments() const;
    //! True when the replies were too different for a word diff.
    bool isApproximate() const;

Q_SIGNALS:
    void pairChanged(int a, int b);

private:
    void fillCombos();
    void refresh();
    QString summaryText(const WordDiff::Result &result) const;

    QComboBox *m_laneA;
    QComboBox *m_laneB;
    QPushButton *m_swap;
    QLabel *m_summary;
    QTextBrowser *m_text;
    QList<Entry> m_entries;
    int m_a = -1;
    int m_b = -1;
    // What is on screen, to skip recomputing when an update leaves the pair's texts alone.
    bool m_shown = false;
    QString m_shownBefore;
    QString m_shownAfter;
    WordDiff::Result m_result;
};

} // namespace playground
