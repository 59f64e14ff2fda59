// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "replyview/replytextedit.h"

#include "widgets/icons.h"

#include <QDesktopServices>
#include <QImage>
#include <QStyle>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace playground {

ReplyTextEdit::ReplyTextEdit(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == u"https"_s || scheme == u"http"_s || scheme == u"mailto"_s)
            QDesktopServices::openUrl(url);
    });
}

QVariant ReplyTextEdit::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(name);
    // A non-null value stops QTextDocument from falling back to reading local files.
    if (type == QTextDocument::ImageResource) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        return Icons::icon(Icons::Name::Image).pixmap(size, size).toImage();
    }
    return QString();
}

} // namespace playground
