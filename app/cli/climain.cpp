// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/chatcommand.h"
#include "cli/comparecommand.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/exportcommand.h"
#include "cli/importcommand.h"
#include "cli/interruptwatcher.h"
#include "cli/keycommand.h"
#include "cli/modelscommand.h"
#include "cli/profilecommand.h"
#include "cli/showcommand.h"
#include "cli/tokenscommand.h"
#include "cli/usagecommand.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;
using namespace playground::cli;

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usage()
{
    return Cli::tr("Usage: modelkit COMMAND [OPTIONS]\n\n"
                   "Commands:\n"
                   "  chat     send one request and print the reply\n"
                   "  compare  send one request to several models at once and compare them\n"
                   "  models   list the models of a provider\n"
                   "  tokens   count the prompt tokens of a request\n"
                   "  profile  add, edit, list or remove provider profiles\n"
                   "  key      store, remove or check a profile's API key in the keychain\n"
                   "  usage    show the tokens and cost of recorded calls\n"
                   "  import   convert OpenAI, Anthropic or AutoGen JSON to a conversation file\n"
                   "  export   write a conversation, or its request as curl, Python or JSON\n"
                   "  show     print a conversation for reading\n"
                   "  version  print the version\n\n"
                   "Run \"modelkit COMMAND --help\" for the options of a command.\n");
}

//! Runs a command object until it reports its exit code.
template<typename Command>
int runCommand(QCoreApplication &app, QNetworkAccessManager *nam, const QStringList &arguments)
{
    Command command(nam);
    InterruptWatcher interrupts;
    if constexpr (requires { command.interrupt(); }) {
        QObject::connect(&interrupts, &InterruptWatcher::interrupted, &command,
                         [&command] { command.interrupt(); });
    } else {
        QObject::connect(&interrupts, &InterruptWatcher::interrupted, &app,
                         [&app] { app.exit(ExitInterrupted); });
    }
    QObject::connect(&command, &Command::done, &app, [&app](int code) { app.exit(code); });
    if (const auto code = command.start(arguments))
        return *code;
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"modelkit"_s);
    QCoreApplication::setOrganizationName(u"Modelkit"_s);
    QCoreApplication::setOrganizationDomain(u"modelkit.org"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELKIT_VERSION));
    // Messages in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    modelkit::Translations::install();

    QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        Console::err(usage());
        return ExitUsage;
    }
    const QString command = arguments.takeAt(1);
    if (command == u"help" || command == u"--help" || command == u"-h") {
        Console::out(usage());
        return ExitSuccess;
    }
    if (command == u"version" || command == u"--version") {
        Console::out(u"modelkit "_s + QCoreApplication::applicationVersion() + u'\n');
        return ExitSuccess;
    }
    if (command == u"profile")
        return ProfileCommand::run(arguments);
    if (command == u"key")
        return KeyCommand::run(arguments);
    if (command == u"usage")
        return UsageCommand::run(arguments);
    if (command == u"import")
        return ImportCommand::run(arguments);
    if (command == u"export")
        return ExportCommand::run(arguments);
    if (command == u"show")
        return ShowCommand::run(arguments);
    QNetworkAccessManager nam;
    if (command == u"chat")
        return runCommand<ChatCommand>(app, &nam, arguments);
    if (command == u"compare")
        return runCommand<CompareCommand>(app, &nam, arguments);
    if (command == u"models")
        return runCommand<ModelsCommand>(app, &nam, arguments);
    if (command == u"tokens")
        return runCommand<TokensCommand>(app, &nam, arguments);
    Console::error(Cli::tr("unknown command \"%1\"").arg(command));
    Console::err(usage());
    return ExitUsage;
}
