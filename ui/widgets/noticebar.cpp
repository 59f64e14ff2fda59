// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "widgets/noticebar.h"

#include "widgets/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace playground {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_text, &QLabel::linkActivated, this, &NoticeBar::linkActivated);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &NoticeBar::hide);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void NoticeBar::showNotice(Level level, const QString &text)
{
    const Icons::Name icon = level == Level::Error     ? Icons::Name::Error
                             : level == Level::Warning ? Icons::Name::Warning
                                                       : Icons::Name::Info;
    m_icon->setPixmap(Icons::icon(icon).pixmap(16, 16));
    m_text->setText(text);
    // A tint of the palette's highlight keeps the bar readable in light and dark themes.
    QPalette tinted = palette();
    QColor tint = level == Level::Info ? palette().color(QPalette::Highlight)
                                       : QColor(level == Level::Error ? 0xd3 : 0xe6,
                                                level == Level::Error ? 0x2f : 0xa2, 0x2f);
    tint.setAlpha(40);
    tinted.setColor(QPalette::Window, tint);
    setPalette(tinted);
    show();
}

QString NoticeBar::text() const
{
    return m_text->text();
}

} // namespace playground
