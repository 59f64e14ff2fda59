// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace playground {

class PlaygroundSession;

//! The response-cache switch with its statistics and a clear button.
class CacheSection : public QWidget
{
    Q_OBJECT

public:
    explicit CacheSection(PlaygroundSession *session, QWidget *parent = nullptr);

    //! Empties the store without asking (the button asks first).
    void clearCache();
    //! Asks the store for fresh statistics.
    void refreshStats();

private:
    PlaygroundSession *m_session;
    QCheckBox *m_enabled;
    QLabel *m_stats;
    QPushButton *m_clear;
};

} // namespace playground
