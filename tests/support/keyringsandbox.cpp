// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "keyringsandbox.h"

#include <QDir>
#include <QString>

namespace testsupport {

bool inThrowawayKeyring()
{
    // with-keyring.sh puts both under a mktemp dir.
    const QString temp = QDir::tempPath();
    return qEnvironmentVariable("XDG_DATA_HOME").startsWith(temp)
           && qEnvironmentVariable("XDG_RUNTIME_DIR").startsWith(temp)
           && !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty();
}

} // namespace testsupport
