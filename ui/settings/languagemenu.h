// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>
#include <QString>

class QActionGroup;

namespace playground {

//! The window's language setting and the View ▸ Language menu that changes it.
//!
//! The setting is `General/language` in QSettings: empty (or missing) follows the system
//! (QLocale::system(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG), otherwise a language that has a
//! catalog ("en", "de"; modelkit::Translations::languages()). main() applies it with
//! applySavedLanguage() before the window exists; a choice in the menu is saved and applies
//! from the next start (most texts are set once, when the widgets are made).
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    //! The QSettings key of the setting.
    static QString settingKey();
    //! The saved setting: "" follows the system.
    static QString savedLanguage();
    //! Installs the translations the saved setting asks for; returns the language in use.
    static QString applySavedLanguage();
    //! A language's name in that language ("Deutsch"), the same whatever the UI language,
    //! so that someone who cannot read the current one still finds theirs.
    static QString nativeName(const QString &language);

    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    //! A language was chosen and saved; `notice` tells the user when it applies.
    void languageChosen(const QString &language, const QString &notice);

private:
    void choose(const QString &language);

    QActionGroup *m_group;
};

} // namespace playground
