// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

namespace playground {

//! The application window. It only assembles panels and actions; the panels (composer,
//! reply view, inspector…) own their state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();
    void showAbout();
};

} // namespace playground
