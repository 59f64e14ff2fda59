// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include "cli/console.h"
#include "cli/exitcode.h"

using namespace Qt::StringLiterals;

namespace playground::cli {

std::optional<int> CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments,
                                      Positional positional)
{
    if (!parser.parse(arguments)) {
        Console::error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        Console::out(parser.helpText());
        return ExitSuccess;
    }
    if (positional == Positional::Refused && !parser.positionalArguments().isEmpty()) {
        Console::error(QCoreApplication::translate("CommandLine", "unexpected argument \"%1\"")
                           .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace playground::cli
