// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QStringList>

namespace playground::cli {

//! `modelkit key set|remove|status NAME`: the API key of a profile in the system keychain
//! (modelkit::KeychainSecretStore, service org.modelkit.Playground, account = the profile
//! name).
//!
//! `set` reads the key from standard input, one line (a prompt without echo on a
//! terminal), and never from the command line: a key given as an argument is refused
//! without being repeated. When no keychain is reachable nothing is stored anywhere; the
//! profile's environment variable stays the way to give a key. Keychain failures exit
//! with ExitProvider.
class KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommand)

public:
    //! Runs the command: `arguments` are the program followed by what came after "key".
    //! Returns the exit code.
    static int run(const QStringList &arguments);

private:
    static int set(const QString &name, const QStringList &variables);
    //! `shownName` is what messages call it: never a name that is not a profile's, which
    //! might be a misplaced key.
    static int remove(const QString &name, const QString &shownName);
    static int status(const QString &name, const QStringList &variables);

    //! One line from standard input without its line break, or nullopt with `error`.
    static std::optional<QString> readKey(const QString &name, QString *error);
    static QString help();
};

} // namespace playground::cli
