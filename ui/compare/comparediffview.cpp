// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparediffview.h"

#include <cmath>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace playground {

CompareDiffView::CompareDiffView(QWidget *parent)
    : QWidget(parent)
    , m_laneA(new QComboBox(this))
    , m_laneB(new QComboBox(this))
    , m_swap(new QPushButton(tr("S&wap"), this))
    , m_summary(new QLabel(this))
    , m_text(new QTextBrowser(this))
{
    m_laneA->setObjectName(u"diffLaneA"_s);
    m_laneA->setAccessibleName(tr("First reply"));
    m_laneA->setAccessibleDescription(tr("Words only in this reply are shown struck through"));
    m_laneA->setToolTip(tr("Words only in this reply are shown struck through, in red"));
    m_laneA->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_laneA->setMinimumContentsLength(12);

    m_laneB->setObjectName(u"diffLaneB"_s);
    m_laneB->setAccessibleName(tr("Second reply"));
    m_laneB->setAccessibleDescription(tr("Words only in this reply are shown highlighted"));
    m_laneB->setToolTip(tr("Words only in this reply are shown highlighted in green"));
    m_laneB->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_laneB->setMinimumContentsLength(12);

    m_swap->setObjectName(u"diffSwap"_s);
    m_swap->setAccessibleName(tr("Swap replies"));
    m_swap->setToolTip(tr("Swap the two replies"));
    m_swap->setAutoDefault(false);

    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_text->setObjectName(u"diffText"_s);
    m_text->setAccessibleName(tr("Word differences"));
    m_text->setReadOnly(true);
    m_text->setOpenLinks(false);
    m_text->setTabChangesFocus(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFocusPolicy(Qt::StrongFocus);

    auto *fromLabel = new QLabel(tr("Fr&om:"), this);
    fromLabel->setBuddy(m_laneA);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_laneB);

    auto *pickers = new QHBoxLayout;
    pickers->addWidget(fromLabel);
    pickers->addWidget(m_laneA, 1);
    pickers->addWidget(m_swap);
    pickers->addWidget(toLabel);
    pickers->addWidget(m_laneB, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);

    setTabOrder(m_laneA, m_swap);
    setTabOrder(m_swap, m_laneB);
    setTabOrder(m_laneB, m_text);

    connect(m_laneA, &QComboBox::currentIndexChanged, this,
            [this](int index) { setPair(index, m_b); });
    connect(m_laneB, &QComboBox::currentIndexChanged, this,
            [this](int index) { setPair(m_a, index); });
    connect(m_swap, &QPushButton::clicked, this, [this] { setPair(m_b, m_a); });

    refresh();
}

void CompareDiffView::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    const int count = int(m_entries.size());
    const int oldA = m_a;
    const int oldB = m_b;
    const bool valid = count >= 2 && m_a >= 0 && m_a < count && m_b >= 0 && m_b < count;
    if (!valid) {
        // No pair at all until there are two replies to compare.
        m_a = count >= 2 ? 0 : -1;
        m_b = count >= 2 ? 1 : -1;
    }
    fillCombos();
    refresh();
    if (m_a != oldA || m_b != oldB)
        Q_EMIT pairChanged(m_a, m_b);
}

QList<CompareDiffView::Entry> CompareDiffView::entries() const
{
    return m_entries;
}

void CompareDiffView::setPair(int a, int b)
{
    const int count = int(m_entries.size());
    if (count < 2 || a < 0 || a >= count || b < 0 || b >= count || (a == m_a && b == m_b))
        return;
    m_a = a;
    m_b = b;
    {
        const QSignalBlocker blockA(m_laneA);
        const QSignalBlocker blockB(m_laneB);
        m_laneA->setCurrentIndex(m_a);
        m_laneB->setCurrentIndex(m_b);
    }
    refresh();
    Q_EMIT pairChanged(m_a, m_b);
}

int CompareDiffView::laneA() const
{
    return m_a;
}

int CompareDiffView::laneB() const
{
    return m_b;
}

QList<WordDiff::Segment> CompareDiffView::segments() const
{
    return m_result.segments;
}

bool CompareDiffView::isApproximate() const
{
    return m_result.approximate;
}

void CompareDiffView::fillCombos()
{
    const QSignalBlocker blockA(m_laneA);
    const QSignalBlocker blockB(m_laneB);
    for (QComboBox *combo : {m_laneA, m_laneB}) {
        // Relabel in place: clearing would close an open popup under the user.
        while (combo->count() > m_entries.size())
            combo->removeItem(combo->count() - 1);
        for (int i = 0; i < m_entries.size(); ++i) {
            if (i < combo->count())
                combo->setItemText(i, m_entries.at(i).label);
            else
                combo->addItem(m_entries.at(i).label);
        }
    }
    m_laneA->setCurrentIndex(m_a);
    m_laneB->setCurrentIndex(m_b);
}

void CompareDiffView::refresh()
{
    const bool enough = m_entries.size() >= 2;
    m_laneA->setEnabled(enough);
    m_laneB->setEnabled(enough);
    m_swap->setEnabled(enough && m_a != m_b);
    if (!enough) {
        m_shown = false;
        m_shownBefore.clear();
        m_shownAfter.clear();
        m_result = {};
        m_text->clear();
        m_summary->setText(tr("A word diff needs two replies"));
        m_summary->setAccessibleName(m_summary->text());
        return;
    }
    const QString &before = m_entries.at(m_a).text;
    const QString &after = m_entries.at(m_b).text;
    if (m_shown && before == m_shownBefore && after == m_shownAfter)
        return;
    m_shown = true;
    m_shownBefore = before;
    m_shownAfter = after;
    m_result = WordDiff::compareDetailed(before, after);

    // A reply still streaming in is re-diffed as it grows: keep the reader's place.
    QScrollBar *scroll = m_text->verticalScrollBar();
    const int position = scroll->value();
    m_text->setHtml(WordDiff::toHtml(m_result.segments));
    scroll->setValue(position);
    m_summary->setText(summaryText(m_result));
    m_summary->setAccessibleName(m_summary->text());
}

QString CompareDiffView::summaryText(const WordDiff::Result &result) const
{
    if (result.approximate)
        return tr("Too different for a word diff; showing whole replies");
    if (m_shownBefore == m_shownAfter) {
        return m_shownBefore.isEmpty() ? tr("Both replies are empty")
                                       : tr("The replies are identical");
    }
    const WordDiff::Counts counts = WordDiff::count(result.segments);
    if (counts.removed == 0 && counts.added == 0)
        return tr("The replies differ only in whitespace");
    // Rounded down, so a reply with any change never reads as 100% unchanged.
    const int percent = int(std::floor(counts.sameShare() * 100.0));
    return tr("%n word(s) removed, %1 added; %2% unchanged", nullptr, int(counts.removed))
        .arg(QLocale().toString(qlonglong(counts.added)), QLocale().toString(percent));
}

} // namespace playground
