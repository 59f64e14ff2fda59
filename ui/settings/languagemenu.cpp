// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "settings/languagemenu.h"

#include "i18n/translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;
using modelkit::Translations;

namespace playground {

QString LanguageMenu::settingKey()
{
    return u"General/language"_s;
}

QString LanguageMenu::savedLanguage()
{
    return QSettings().value(settingKey()).toString();
}

QString LanguageMenu::applySavedLanguage()
{
    return Translations::install(savedLanguage());
}

QString LanguageMenu::nativeName(const QString &language)
{
    if (language == u"en")
        return u"English"_s; // QLocale's is "American English"
    QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    name[0] = name.at(0).toUpper();
    return name;
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    setObjectName(u"languageMenu"_s);
    const QString saved = savedLanguage();
    const QStringList languages = Translations::languages();
    auto add
        = [this, &saved](const QString &language, const QString &text, const QString &objectName) {
              QAction *action = addAction(text);
              action->setObjectName(objectName);
              action->setCheckable(true);
              action->setData(language);
              action->setChecked(language == saved);
              m_group->addAction(action);
              connect(action, &QAction::triggered, this, [this, language] { choose(language); });
              return action;
          };
    QAction *system
        = add(QString(), tr("&System Language (%1)").arg(nativeName(Translations::resolve({}))),
              u"actionLanguageSystem"_s);
    system->setStatusTip(tr("Follow the language of the desktop session"));
    // An unknown saved language (a catalog removed since) reads as the system's.
    if (!languages.contains(saved))
        system->setChecked(true);
    addSeparator();
    for (const QString &language : languages)
        add(language, u"&"_s + nativeName(language), u"actionLanguage_"_s + language);
}

void LanguageMenu::choose(const QString &language)
{
    if (language == savedLanguage())
        return;
    QSettings().setValue(settingKey(), language);
    const QString name = nativeName(Translations::resolve(language));
    const QString notice
        = language.isEmpty()
              ? tr("Modelkit Playground will follow the system language (%1) when you start it "
                   "again.")
                    .arg(name)
              : tr("Modelkit Playground will be in %1 when you start it again.").arg(name);
    Q_EMIT languageChosen(language, notice);
}

} // namespace playground
