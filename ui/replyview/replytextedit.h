// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTextBrowser>

namespace playground {

//! The read-only text of a reply. Model output is untrusted: rendered Markdown never loads
//! images or other resources (a local path such as /dev/zero must not be read, a remote one
//! must not be fetched); they show as a placeholder. Only http(s) and mailto links open,
//! in the desktop's browser.
class ReplyTextEdit : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReplyTextEdit(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace playground
