// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace playground {

//! A dismissable one-line notice (icon, text, close button) shown above a panel, for
//! problems that need attention but must not interrupt with a dialog.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(Level level, const QString &text);
    QString text() const;

Q_SIGNALS:
    void linkActivated(const QString &link);

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace playground
