// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace modelkit {

//! The user-interface language of the library, the window and the command line.
//!
//! One catalog per language covers all three: `:/i18n/playground_<lang>.qm`, built from
//! translations/playground_<lang>.ts and embedded in the library. English is the source
//! language; its catalog supplies the English plural forms ("1 run", "2 runs"), so it is
//! installed whenever no other catalog is. Qt's own strings (standard buttons, file dialogs)
//! come from `qtbase_<lang>.qm` in Qt's translations folder when it is installed (Debian:
//! qt6-translations-l10n); without it they stay English.
class Translations
{
public:
    //! The languages that have a catalog, as ISO 639 codes: "en" (the source language) first.
    static QStringList languages();

    //! What a language setting means: `language` itself when it has a catalog; when it is
    //! empty ("follow the system") or has none, the first of `system`'s UI languages that
    //! has one; "en" otherwise, and always for the C locale (LC_ALL=C).
    static QString resolve(const QString &language, const QLocale &system = systemLocale());

    //! QLocale::system(), except that a C or POSIX messages locale (LC_ALL, LC_MESSAGES or
    //! LANG, the first one set: "C.UTF-8" in the tests) is the C locale whatever LANGUAGE
    //! says, as for gettext (Qt lets LANGUAGE win over "C.UTF-8").
    static QLocale systemLocale();

    //! Installs on the QCoreApplication our catalog and Qt's for resolve(`language`),
    //! replacing those an earlier call installed (QEvent::LanguageChange reaches every
    //! widget). Call it after creating the application object and before creating windows.
    //! Returns the language now in use.
    static QString install(const QString &language = {});

    //! The language install() last installed; empty before the first call.
    static QString current();
};

} // namespace modelkit
