// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "settings/languagemenu.h"

#include <QApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Modelkit Playground"_s);
    QApplication::setOrganizationName(u"Modelkit"_s);
    QApplication::setOrganizationDomain(u"modelkit.org"_s);
    QApplication::setApplicationVersion(QStringLiteral(MODELKIT_VERSION));
    QGuiApplication::setDesktopFileName(u"org.modelkit.Playground"_s);
    // The language setting (View ▸ Language) or the system's; before any text is made.
    playground::LanguageMenu::applySavedLanguage();
    // The installed hicolor icon (or an icon theme's own); the built-in copy otherwise.
    QApplication::setWindowIcon(QIcon::fromTheme(u"org.modelkit.Playground"_s,
                                                 QIcon(u":/app/org.modelkit.Playground.svg"_s)));

    playground::MainWindow window;
    window.restoreLastConversation();
    window.show();
    return app.exec();
}
