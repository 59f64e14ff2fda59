// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCommandLineParser>
#include <QStringList>

namespace playground::cli {

//! What every command does with its arguments before its own work.
class CommandLine
{
public:
    //! Whether the command takes positional arguments (it checks them itself).
    enum class Positional { Refused, Allowed };

    //! Parses `arguments` (without the command name). Returns the exit code when the command
    //! must stop here: a usage error (reported on stderr) or --help (printed).
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                                    Positional positional = Positional::Refused);
};

} // namespace playground::cli
