// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversations/historydelegate.h"

#include "conversations/conversationlibrary.h"
#include "conversations/historymodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace playground {

namespace {

constexpr int margin = 6;
constexpr int currentBarWidth = 3;

QFont smallerFont(const QFont &font)
{
    QFont smaller = font;
    if (font.pointSizeF() > 0)
        smaller.setPointSizeF(font.pointSizeF() * 0.9);
    return smaller;
}

//! Draws `snippet` on one line from `rect`'s left, the parts between the library's match
//! markers in bold, elided at the right.
void drawSnippet(QPainter *painter, const QRect &rect, const QFont &font, const QString &snippet)
{
    QString text = snippet;
    text.replace(u'\n', u' ');
    text = text.simplified();
    QFont bold = font;
    bold.setBold(true);
    int x = rect.left();
    bool match = false;
    QString part;
    auto flush = [&] {
        if (part.isEmpty() || x >= rect.right())
            return;
        const QFont &current = match ? bold : font;
        const QFontMetrics metrics(current);
        const int room = rect.right() - x;
        const QString shown = metrics.horizontalAdvance(part) <= room
                                  ? part
                                  : metrics.elidedText(part, Qt::ElideRight, room);
        painter->setFont(current);
        painter->drawText(QRect(x, rect.top(), room, rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, shown);
        x += shown == part ? metrics.horizontalAdvance(part) : room;
        part.clear();
    };
    for (const QChar c : std::as_const(text)) {
        if (c == QChar(ConversationLibrary::matchStart)
            || c == QChar(ConversationLibrary::matchEnd)) {
            flush();
            match = c == QChar(ConversationLibrary::matchStart);
        } else {
            part += c;
        }
    }
    flush();
}

} // namespace

HistoryDelegate::HistoryDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(option.font);
    const QFontMetrics detail(smallerFont(option.font));
    return {title.averageCharWidth() * 24, title.height() + detail.height() + 3 * margin};
}

void HistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them, without text.
    opt.text.clear();
    opt.icon = {};
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text
        = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    secondary.setAlphaF(0.7f);

    const bool current = index.data(HistoryModel::CurrentRole).toBool();
    if (current) {
        painter->fillRect(
            QRect(opt.rect.left(), opt.rect.top() + 2, currentBarWidth, opt.rect.height() - 4),
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
    }
    QRect area = opt.rect.adjusted(margin + currentBarWidth, margin, -margin, -margin);
    const QFont detailFont = smallerFont(opt.font);
    const int titleHeight = QFontMetrics(opt.font).height();
    const QRect titleLine(area.left(), area.top(), area.width(), titleHeight);
    const QRect detailLine(area.left(), titleLine.bottom() + margin, area.width(),
                           QFontMetrics(detailFont).height());

    // Date at the right of the first line, the title elided before it.
    const QString date = index.data(HistoryModel::DateTextRole).toString();
    painter->setFont(detailFont);
    painter->setPen(secondary);
    const int dateWidth = QFontMetrics(detailFont).horizontalAdvance(date);
    painter->drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine, date);

    QRect titleRect = titleLine.adjusted(0, 0, -(dateWidth + margin), 0);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        const int size = titleHeight;
        icon.paint(painter, QRect(titleRect.left(), titleRect.top(), size, size));
        titleRect.setLeft(titleRect.left() + size + margin / 2);
    }
    QFont titleFont = opt.font;
    titleFont.setBold(current);
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetrics(titleFont).elidedText(index.data(Qt::DisplayRole).toString(),
                                                         Qt::ElideRight, titleRect.width()));

    painter->setPen(secondary);
    const QString snippet = index.data(HistoryModel::SnippetRole).toString();
    if (!snippet.isEmpty() && index.data(HistoryModel::ErrorRole).toString().isEmpty()) {
        drawSnippet(painter, detailLine, detailFont, snippet);
    } else {
        painter->setFont(detailFont);
        painter->drawText(detailLine, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          QFontMetrics(detailFont)
                              .elidedText(index.data(HistoryModel::DetailTextRole).toString(),
                                          Qt::ElideRight, detailLine.width()));
    }
    painter->restore();
}

void HistoryDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &) const
{
    // Over the title line.
    const int height = editor->sizeHint().height();
    editor->setGeometry(option.rect.left() + currentBarWidth + margin / 2,
                        option.rect.top() + (margin / 2),
                        option.rect.width() - currentBarWidth - margin, height);
}

} // namespace playground
