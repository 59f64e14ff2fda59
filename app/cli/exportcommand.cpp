// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/exportcommand.h"

#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/conversationfiles.h"
#include "cli/exitcode.h"
#include "cli/provideroptions.h"
#include "conversation/codeexport.h"
#include "conversation/conversationformat.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a conversation in the modelkit.conversation format, or its request as a curl "
           "command, a Python script (autogen-ext) or the JSON body the app sends. Keys are "
           "read from environment variables by the code, never written into it."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s,
                                 tr("The conversation (any format \"modelkit import\" reads)."));
    parser.addOptions({
        {{u"o"_s, u"out"_s}, tr("Write to FILE instead of standard output."), tr("FILE")},
        {u"as"_s, tr("json (default: the conversation), curl, python or body."), tr("FORMAT")},
        {u"stream"_s, tr("curl, python, body: the streaming request.")},
    });
    ProviderOptions::addTo(parser);
    if (const auto stop = CommandLine::parse(parser, arguments, CommandLine::Positional::Allowed))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        Console::error(tr("export takes exactly one FILE"));
        return ExitUsage;
    }
    const QString as = parser.isSet(u"as"_s) ? parser.value(u"as"_s) : u"json"_s;
    const std::optional<CodeExport::Format> format = CodeExport::formatFromId(as);
    if (as != u"json" && !format) {
        Console::error(tr("--as must be json, curl, python or body"));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    QString error;
    const auto conversation = ConversationFiles::read(path, &error);
    if (!conversation) {
        Console::error(error);
        return ExitUsage;
    }
    QByteArray bytes;
    if (!format) {
        bytes = ConversationFormat::toBytes(*conversation);
    } else {
        const auto target = ProviderOptions::exportTarget(parser, *conversation, &error);
        if (!target) {
            Console::error(error);
            return ExitUsage;
        }
        const auto code = CodeExport::generate(*conversation, *target, *format, &error);
        if (!code) {
            Console::error(error);
            return ExitUsage;
        }
        ConversationFiles::warnUnsupported(path, *conversation);
        bytes = code->toUtf8();
    }
    if (!ConversationFiles::write(parser.value(u"out"_s), bytes, &error)) {
        Console::error(error);
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace playground::cli
