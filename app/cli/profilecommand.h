// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace modelkit {
class ProfileStore;
struct ProviderProfile;
} // namespace modelkit

namespace playground::cli {

//! `modelkit profile add|edit|list|remove`: the stored provider profiles the GUI shows and
//! `--profile NAME` uses (modelkit::ProfileStore::defaultDirectory(), which honours
//! XDG_CONFIG_HOME). Profiles hold no keys: see `modelkit key`.
//!
//! - `add NAME --kind K [settings]` or `add [NAME] --preset ID [settings]`
//! - `edit NAME [settings] [--rename NEW]` (the keychain entry moves with the name)
//! - `list [--output text|json]`
//! - `remove NAME [--keep-key]` (also removes the key stored in the keychain)
//!
//! Settings: --kind, --base-url, --model, --api-version, --header 'NAME: VALUE'
//! (repeatable; replaces that header, an empty value removes it), --key-env VAR, --http2 /
//! --no-http2, --timeout SECONDS. An empty value clears a text setting.
class ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    //! Runs the command: `arguments` are the program followed by what came after
    //! "profile". Returns the exit code.
    static int run(const QStringList &arguments);

private:
    static int add(const QCommandLineParser &parser, modelkit::ProfileStore &store,
                   const QStringList &names);
    static int edit(const QCommandLineParser &parser, modelkit::ProfileStore &store,
                    const QString &name);
    static int list(const QCommandLineParser &parser, const modelkit::ProfileStore &store);
    static int remove(const QCommandLineParser &parser, modelkit::ProfileStore &store,
                      const QString &name);

    //! Applies the settings options to `profile`; false with `error` on a bad value.
    static bool applySettings(const QCommandLineParser &parser, modelkit::ProviderProfile *profile,
                              QString *error);
    //! Moves a stored key from account `from` to `to`; a warning (or empty) to print.
    static QString moveKey(const QString &from, const QString &to);
    //! One line describing `profile` (after add and edit).
    static QString summary(const modelkit::ProviderProfile &profile);
};

} // namespace playground::cli
