// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtGlobal>

class QLineEdit;

namespace testsupport {

//! The child of `parent` of type T named `name`, or nullptr after a warning that names both
//! (a renamed objectName shows in the log, not only as a crash).
template<typename T>
T *findNamed(const QObject *parent, const QString &name)
{
    auto *child = parent->findChild<T *>(name);
    if (!child)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return child;
}

//! Replaces a line edit's text by typing, as a user does: select all, Backspace, the text.
void retype(QLineEdit *edit, const QString &text);

} // namespace testsupport
