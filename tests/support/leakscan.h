// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace testsupport {

// The files under `root` (hidden ones too, recursively) whose bytes contain `needle`: the
// secret-leak scan of the keychain, CLI and canary tests.
QStringList filesContaining(const QString &root, const QByteArray &needle);

} // namespace testsupport
