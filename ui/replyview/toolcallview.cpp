// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "replyview/toolcallview.h"

#include "widgets/icons.h"
#include "widgets/jsonhighlighter.h"
#include "widgets/jsonreindent.h"

#include <algorithm>
#include <cmath>

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace playground {

namespace {

constexpr int minLines = 1;
constexpr int maxLines = 14;

} // namespace

ToolCallView::ToolCallView(int index, QWidget *parent)
    : QFrame(parent), m_index(index), m_header(new QLabel(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(u"toolCall%1"_s.arg(index));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);

    auto *headerRow = new QHBoxLayout;
    headerRow->setSpacing(6);
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(Icons::icon(Icons::Name::Tool).pixmap(iconSize, iconSize));
    headerRow->addWidget(icon);
    m_header->setObjectName(u"toolCallHeader"_s);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    headerRow->addWidget(m_header, 1);
    layout->addLayout(headerRow);

    m_text->setObjectName(u"toolCallArguments"_s);
    m_text->setAccessibleName(tr("Tool call arguments"));
    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlaceholderText(tr("Waiting for arguments…"));
    layout->addWidget(m_text);

    setIdentity({}, {});
    // Follows the wrapped line count (QPlainTextDocumentLayout's height is in lines).
    connect(m_text->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged,
            this, &ToolCallView::updateHeight);
    updateHeight();
}

void ToolCallView::setIdentity(const QString &name, const QString &id)
{
    if (!m_header->text().isEmpty() && name == m_name && id == m_id)
        return;
    m_name = name;
    m_id = id;
    const QString shownName = name.isEmpty() ? tr("(unnamed call)") : name;
    QString details = tr("#%1").arg(m_index);
    if (!id.isEmpty())
        details += u" · "_s + id.toHtmlEscaped();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    m_header->setText(u"<b>%1</b>&nbsp;&nbsp;<span style=\"color:%2\">%3</span>"_s.arg(
        shownName.toHtmlEscaped(), muted, details));
}

void ToolCallView::appendArguments(const QString &fragment)
{
    if (fragment.isEmpty())
        return;
    if (m_pretty) {
        // More arguments after finish() (should not happen): show them as written.
        delete m_highlighter;
        m_highlighter = nullptr;
        m_pretty = false;
        m_text->setPlainText(m_arguments);
    }
    m_arguments += fragment;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(fragment);
}

void ToolCallView::finish()
{
    if (m_pretty || m_arguments.size() > prettyLimit)
        return;
    const std::optional<QString> pretty = JsonReindent::pretty(m_arguments);
    if (!pretty)
        return;
    m_pretty = true;
    m_text->setPlainText(*pretty);
    if (!m_highlighter)
        m_highlighter = new JsonHighlighter(m_text->document());
}

void ToolCallView::updateHeight()
{
    const qreal laidOut = m_text->document()->documentLayout()->documentSize().height();
    const int lines = std::clamp(int(std::ceil(laidOut)), minLines, maxLines);
    const int height = lines * m_text->fontMetrics().lineSpacing()
                       + 2 * int(std::ceil(m_text->document()->documentMargin()))
                       + 2 * m_text->frameWidth() + 6;
    if (m_text->minimumHeight() != height || m_text->maximumHeight() != height)
        m_text->setFixedHeight(height);
}

} // namespace playground
