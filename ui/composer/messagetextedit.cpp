// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "composer/messagetextedit.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMimeData>
#include <QTextBlock>

namespace playground {

namespace {
constexpr int minimumLines = 3;
constexpr int maximumLines = 18;
constexpr qint64 maximumImageBytes = 20 * 1024 * 1024;
} // namespace

MessageTextEdit::MessageTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // Re-ask the layout for our height as the text wraps onto more lines.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            [this] { updateGeometry(); });
}

int MessageTextEdit::heightForLines(int lines) const
{
    const QMargins margins = contentsMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin())
           + margins.top() + margins.bottom() + 2 * frameWidth();
}

QSize MessageTextEdit::sizeHint() const
{
    // QPlainTextDocumentLayout measures its height in visual lines.
    const int lines = qBound(
        minimumLines, int(document()->documentLayout()->documentSize().height()), maximumLines);
    return {QPlainTextEdit::sizeHint().width(), heightForLines(lines)};
}

QSize MessageTextEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), heightForLines(minimumLines)};
}

bool MessageTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    if (m_acceptsImages && (source->hasImage() || source->hasUrls()))
        return true;
    return QPlainTextEdit::canInsertFromMimeData(source);
}

void MessageTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_acceptsImages && takeImages(source))
        return;
    QPlainTextEdit::insertFromMimeData(source);
}

bool MessageTextEdit::takeImages(const QMimeData *source)
{
    bool took = false;
    if (source->hasUrls()) {
        for (const QUrl &url : source->urls()) {
            if (!url.isLocalFile())
                continue;
            QFile file(url.toLocalFile());
            if (file.size() > maximumImageBytes || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QBuffer buffer;
            buffer.setData(bytes);
            // Only files Qt can decode are images; anything else falls through as text.
            if (QImageReader(&buffer).canRead()) {
                Q_EMIT imageReceived(bytes);
                took = true;
            }
        }
    }
    if (!took && source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            Q_EMIT imageReceived(png);
            took = true;
        }
    }
    return took;
}

} // namespace playground
