// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace playground {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Modelkit Playground"));
    resize(1200, 800);

    auto *welcome = new QWidget(this);
    welcome->setObjectName(u"welcomePage"_s);
    auto *layout = new QVBoxLayout(welcome);
    layout->addStretch();
    auto *title = new QLabel(tr("<h1>Modelkit Playground</h1>"), welcome);
    title->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(
        tr("<p>The composer, reply view and inspector are not part of this build yet.</p>"
           "<p>The <code>modelkit</code> command-line tool already sends requests to OpenAI, "
           "Azure OpenAI, Anthropic, Gemini, Ollama and any OpenAI-compatible server:<br>"
           "<code>modelkit chat --provider openai --user \"Hello\" --stream</code></p>"),
        welcome);
    body->setObjectName(u"welcomeText"_s);
    body->setAlignment(Qt::AlignCenter);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addWidget(body);
    layout->addStretch();
    setCentralWidget(welcome);

    createActions();
    statusBar()->showMessage(tr("No provider configured"));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about
        = help->addAction(tr("&About Modelkit Playground"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Modelkit Playground"),
                       tr("<p><b>Modelkit Playground</b> %1</p>"
                          "<p>A native desktop playground for large language models.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace playground
