// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace playground {

//! The text box of a message: grows with its content up to a limit (the message list
//! scrolls, not each box), and hands pasted or dropped images to its owner.
class MessageTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MessageTextEdit(QWidget *parent = nullptr);

    //! When set, pasted/dropped images and image files are reported instead of inserted.
    void setAcceptsImages(bool accepts) { m_acceptsImages = accepts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    //! Encoded image bytes (PNG for pasted bitmaps, the file's own bytes for files).
    void imageReceived(const QByteArray &bytes);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    bool takeImages(const QMimeData *source);
    int heightForLines(int lines) const;

    bool m_acceptsImages = false;
};

} // namespace playground
