// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/keycommand.h"

#include "cli/console.h"
#include "cli/exitcode.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"

#include <algorithm>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

#include <QFile>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

namespace {

//! Longer than any API key; a bigger first line is not a key.
constexpr qint64 maxKeyLength = 16 * 1024;

//! Turns off the echo of a terminal on standard input while it lives.
class NoEcho
{
public:
    NoEcho()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~NoEcho()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    NoEcho(const NoEcho &) = delete;
    NoEcho &operator=(const NoEcho &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c == QChar::LineSeparator
               || c == QChar::ParagraphSeparator;
    });
}

} // namespace

QString KeyCommand::help()
{
    return tr("Usage: modelkit key set|remove|status NAME\n\n"
              "Keeps the API key of profile NAME in the system keychain (service "
              "org.modelkit.Playground), never in a file.\n\n"
              "  set     read the key from standard input (one line) and store it:\n"
              "            modelkit key set NAME < key.txt\n"
              "            printf %s \"$KEY\" | modelkit key set NAME\n"
              "          On a terminal it asks for the key without showing it. A key is\n"
              "          never accepted as a command-line argument.\n"
              "  remove  forget the stored key\n"
              "  status  say whether a key is stored, and which environment variables\n"
              "          the profile would also read\n");
}

int KeyCommand::run(const QStringList &arguments)
{
    // Parsed by hand, and nothing the user typed is repeated in an error: a misplaced key
    // must not end up in a terminal's scrollback or a CI log.
    const QStringList args = arguments.mid(1);
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        Console::out(help());
        return ExitSuccess;
    }
    for (const QString &arg : args) {
        if (arg.startsWith(u'-')) {
            Console::error(tr("key takes no options: the key is read from standard input, "
                              "never from the command line"));
            Console::err(help());
            return ExitUsage;
        }
    }
    const QString action = args.value(0);
    if (action != u"set" && action != u"remove" && action != u"status") {
        Console::error(action.isEmpty() ? tr("key needs an action: set, remove or status")
                                        : tr("unknown key action (set, remove or status)"));
        return ExitUsage;
    }
    if (args.size() != 2) {
        Console::error(args.size() < 2
                           ? tr("key %1 needs a profile name").arg(action)
                           : tr("key %1 takes only the profile name: the key is read from "
                                "standard input, never from the command line")
                                 .arg(action));
        return ExitUsage;
    }

    // The keychain account is the profile's name as stored, whatever case was typed.
    ProfileStore store(ProfileStore::defaultDirectory());
    QString error;
    if (!store.load(&error)) {
        Console::error(error);
        return ExitUsage;
    }
    const std::optional<ProviderProfile> profile = store.find(args.at(1));
    if (!profile && action != u"remove") {
        // The name is not repeated: it may be a key typed in the wrong place.
        Console::error(tr("there is no profile by that name (see \"modelkit profile list\"; "
                          "create one with \"modelkit profile add\")"));
        return ExitUsage;
    }
    if (action == u"set")
        return set(profile->name, profile->keyVariables());
    if (action == u"remove") // also after its profile is gone
        return remove(profile ? profile->name : args.at(1),
                      profile ? u'"' + profile->name + u'"' : tr("that name"));
    return status(profile->name, profile->keyVariables());
}

std::optional<QString> KeyCommand::readKey(const QString &name, QString *error)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("cannot read standard input");
        return std::nullopt;
    }
    QByteArray line;
    if (terminal) {
        Console::err(tr("API key for \"%1\" (input hidden): ").arg(name));
        NoEcho noEcho;
        line = in.readLine(maxKeyLength + 2);
        Console::err(u"\n"_s);
    } else {
        line = in.readLine(maxKeyLength + 2);
    }
    const bool complete = line.endsWith('\n') || in.atEnd();
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    if (!complete || line.size() > maxKeyLength) {
        *error = tr("the first line of standard input is too long to be an API key");
        return std::nullopt;
    }
    if (!terminal && !in.readAll().trimmed().isEmpty()) {
        *error = tr("standard input holds more than one line; give the key alone on one line");
        return std::nullopt;
    }
    const QString key = QString::fromUtf8(line).trimmed();
    if (key.isEmpty()) {
        *error = tr("no key on standard input (nothing was stored)");
        return std::nullopt;
    }
    if (hasControlCharacters(key)) {
        *error = tr("the key contains control characters (nothing was stored)");
        return std::nullopt;
    }
    return key;
}

int KeyCommand::set(const QString &name, const QStringList &variables)
{
    QString error;
    const std::optional<QString> key = readKey(name, &error);
    if (!key) {
        Console::error(error);
        return ExitUsage;
    }
    KeychainSecretStore keychain;
    const SecretStore::Result result = keychain.writeBlocking(name, *key);
    switch (result.status) {
    case SecretStore::Status::Ok:
        Console::out(tr("Stored the API key of \"%1\" in the keychain.\n").arg(name));
        return ExitSuccess;
    case SecretStore::Status::Unavailable:
        Console::error(
            tr("the keychain is unavailable (%1). The key was not stored: modelkit never writes "
               "keys to disk in plain text. Start a Secret Service (gnome-keyring, KWallet, "
               "KeePassXC), or give the key through an environment variable: %2.")
                .arg(result.message,
                     variables.isEmpty()
                         ? tr("name one with \"modelkit profile edit %1 --key-env VAR\"").arg(name)
                         : tr("set %1").arg(variables.join(tr(" or ")))));
        return ExitProvider;
    case SecretStore::Status::NotFound:
    case SecretStore::Status::Failed:
        break;
    }
    Console::error(tr("the keychain did not store the key (%1)").arg(result.message));
    return ExitProvider;
}

int KeyCommand::remove(const QString &name, const QString &shownName)
{
    KeychainSecretStore keychain;
    // The Secret Service does not say whether a removal found anything: look first.
    SecretStore::Result result = keychain.readBlocking(name);
    if (result.status == SecretStore::Status::NotFound) {
        Console::out(tr("No API key was stored for %1.\n").arg(shownName));
        return ExitSuccess;
    }
    if (result.ok())
        result = keychain.removeBlocking(name);
    if (result.ok() || result.status == SecretStore::Status::NotFound) {
        Console::out(tr("Removed the API key of %1 from the keychain.\n").arg(shownName));
        return ExitSuccess;
    }
    Console::error(result.status == SecretStore::Status::Unavailable
                       ? tr("the keychain is unavailable (%1)").arg(result.message)
                       : tr("the keychain did not remove the key (%1)").arg(result.message));
    return ExitProvider;
}

int KeyCommand::status(const QString &name, const QStringList &variables)
{
    KeychainSecretStore keychain;
    const SecretStore::Result result = keychain.readBlocking(name);
    int code = ExitSuccess;
    QString text;
    switch (result.status) {
    case SecretStore::Status::Ok:
        text = tr("%1: API key stored in the keychain\n").arg(name);
        break;
    case SecretStore::Status::NotFound:
        text = tr("%1: no API key stored in the keychain\n").arg(name);
        break;
    case SecretStore::Status::Unavailable:
        text = tr("%1: keychain unavailable (%2)\n").arg(name, result.message);
        code = ExitProvider;
        break;
    case SecretStore::Status::Failed:
        text = tr("%1: keychain error (%2)\n").arg(name, result.message);
        code = ExitProvider;
        break;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &variable : variables) {
        text += env.value(variable).isEmpty() ? tr("%1 is not set\n").arg(variable)
                                              : tr("%1 is set\n").arg(variable);
    }
    Console::out(text);
    return code;
}

} // namespace playground::cli
