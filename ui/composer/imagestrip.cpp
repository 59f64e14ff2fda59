// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "composer/imagestrip.h"

#include "widgets/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace playground {

ImageStrip::ImageStrip(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    setObjectName(u"imageStrip"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addStretch();
    setVisible(false);
}

void ImageStrip::setImages(const QList<modelkit::Image> &images)
{
    while (m_layout->count() > 1) {
        QLayoutItem *item = m_layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_count = images.size();
    for (int i = 0; i < images.size(); ++i) {
        const modelkit::Image &image = images.at(i);
        auto *tile = new QWidget(this);
        tile->setObjectName(u"imageThumbnail"_s);
        auto *tileLayout = new QVBoxLayout(tile);
        tileLayout->setContentsMargins(0, 0, 0, 0);
        tileLayout->setSpacing(2);
        auto *picture = new QLabel(tile);
        picture->setFixedSize(thumbnailSize, thumbnailSize);
        picture->setAlignment(Qt::AlignCenter);
        picture->setFrameShape(QFrame::StyledPanel);
        QPixmap pixmap;
        if (!image.isUrl())
            pixmap.loadFromData(QByteArray::fromBase64(image.base64Data));
        if (pixmap.isNull()) {
            picture->setText(image.isUrl() ? tr("URL") : tr("?"));
            picture->setToolTip(image.isUrl() ? image.url.toString() : tr("Unreadable image"));
        } else {
            picture->setPixmap(pixmap.scaled(thumbnailSize, thumbnailSize, Qt::KeepAspectRatio,
                                             Qt::SmoothTransformation));
            picture->setToolTip(tr("%1 × %2 %3, %4 KB")
                                    .arg(pixmap.width())
                                    .arg(pixmap.height())
                                    .arg(image.mimeType)
                                    .arg(QByteArray::fromBase64(image.base64Data).size() / 1024));
        }
        auto *remove = new QToolButton(tile);
        remove->setObjectName(u"removeImageButton"_s);
        remove->setIcon(Icons::icon(Icons::Name::Remove));
        remove->setToolTip(tr("Remove this image"));
        remove->setAccessibleName(tr("Remove image"));
        remove->setAutoRaise(true);
        connect(remove, &QToolButton::clicked, this, [this, i] { Q_EMIT removeRequested(i); });
        tileLayout->addWidget(picture);
        tileLayout->addWidget(remove, 0, Qt::AlignHCenter);
        m_layout->insertWidget(i, tile);
    }
    setVisible(!images.isEmpty());
}

} // namespace playground
