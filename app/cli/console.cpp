// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/console.h"

#include <cstdio>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace playground::cli {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QString &text)
{
    write(stdout, text.toUtf8());
}

void Console::err(const QString &text)
{
    write(stderr, text.toUtf8());
}

void Console::outJson(const QJsonObject &object)
{
    write(stdout, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void Console::error(const QString &message)
{
    err(u"modelkit: "_s + message + u'\n');
}

} // namespace playground::cli
