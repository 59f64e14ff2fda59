// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"
#include "profiles/providerprofile.h"
#include "session/playgroundsession.h"

#include <QApplication>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Modelkit Playground"_s);
    QApplication::setOrganizationName(u"Modelkit"_s);
    QApplication::setOrganizationDomain(u"modelkit.org"_s);
    QApplication::setApplicationVersion(QStringLiteral(MODELKIT_VERSION));
    QGuiApplication::setDesktopFileName(u"org.modelkit.Playground"_s);

    playground::MainWindow window;
    // Until saved profiles exist, providers whose API key is in the environment are offered
    // next to the Demo provider, which stays selected so nothing is sent by surprise.
    window.session()->setProfiles(
        modelkit::ProviderProfile::fromEnvironment(QProcessEnvironment::systemEnvironment()));
    window.loadStarterConversation();
    window.show();
    return app.exec();
}
