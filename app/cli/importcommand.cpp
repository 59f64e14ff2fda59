// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/importcommand.h"

#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/conversationfiles.h"
#include "cli/exitcode.h"
#include "conversation/conversationformat.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Convert a conversation to the modelkit.conversation format. FILE may be a "
           "modelkit conversation, an OpenAI messages array or Chat Completions request body, "
           "an Anthropic Messages request body, an AutoGen message list or a modelkit request "
           "(\"-\" reads standard input)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s, tr("The file to import."));
    parser.addOption(
        {{u"o"_s, u"out"_s}, tr("Write to FILE instead of standard output."), tr("FILE")});
    if (const auto stop = CommandLine::parse(parser, arguments, CommandLine::Positional::Allowed))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        Console::error(tr("import takes exactly one FILE"));
        return ExitUsage;
    }
    QString error;
    const auto conversation = ConversationFiles::read(parser.positionalArguments().first(), &error);
    if (!conversation) {
        Console::error(error);
        return ExitUsage;
    }
    if (!ConversationFiles::write(parser.value(u"out"_s),
                                  ConversationFormat::toBytes(*conversation), &error)) {
        Console::error(error);
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace playground::cli
