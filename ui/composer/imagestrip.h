// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/image.h"

#include <QWidget>

class QHBoxLayout;

namespace playground {

//! A row of thumbnails for the images of a user message, each with a remove button.
class ImageStrip : public QWidget
{
    Q_OBJECT

public:
    explicit ImageStrip(QWidget *parent = nullptr);

    void setImages(const QList<modelkit::Image> &images);
    qsizetype count() const { return m_count; }

    static constexpr int thumbnailSize = 72;

Q_SIGNALS:
    void removeRequested(int index);

private:
    QHBoxLayout *m_layout;
    qsizetype m_count = 0;
};

} // namespace playground
