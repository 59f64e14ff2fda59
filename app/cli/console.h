// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace playground::cli {

//! Unbuffered UTF-8 writes to stdout/stderr: streamed text must appear as it arrives.
class Console
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
    static void outJson(const QJsonObject &object);
    //! "modelkit: <message>" on stderr.
    static void error(const QString &message);
};

} // namespace playground::cli
