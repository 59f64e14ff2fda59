// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "i18n/translations.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

const QString catalogDirectory = u":/i18n"_s;
const QString catalogPrefix = u"playground_"_s;
const QString sourceLanguage = u"en"_s;

struct Installed
{
    QPointer<QTranslator> ours;
    QPointer<QTranslator> qt;
    QString language;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void uninstall(QPointer<QTranslator> &translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator.data();
}

//! A translator for `fileName` in `directory` owned by the application, or nullptr when the
//! file is missing or unreadable.
QTranslator *loadTranslator(const QString &fileName, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(fileName, directory))
        return nullptr;
    return translator.release();
}

} // namespace

QStringList Translations::languages()
{
    QStringList codes{sourceLanguage};
    const QStringList files
        = QDir(catalogDirectory).entryList({catalogPrefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(catalogPrefix.size()).chopped(3); // ".qm"
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

QString Translations::resolve(const QString &language, const QLocale &system)
{
    const QStringList available = languages();
    if (available.contains(language))
        return language;
    // The C locale (LC_ALL=C, as in the tests) means untranslated messages; like gettext,
    // ignore LANGUAGE then.
    if (system.language() == QLocale::C)
        return sourceLanguage;
    // uiLanguages() lists the user's preferences in order (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG on Unix), as BCP 47 tags: "de-DE", then "de".
    for (const QString &tag : system.uiLanguages()) {
        QString code = tag;
        code.replace(u'-', u'_');
        if (available.contains(code))
            return code;
        code = code.section(u'_', 0, 0);
        if (available.contains(code))
            return code;
    }
    return sourceLanguage;
}

QLocale Translations::systemLocale()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (value.isEmpty())
            continue;
        if (value == "C" || value == "POSIX" || value.startsWith("C."))
            return QLocale::c();
        break;
    }
    return QLocale::system();
}

QString Translations::install(const QString &language)
{
    Installed &state = installed();
    uninstall(state.ours);
    uninstall(state.qt);

    const QString code = resolve(language);
    state.language = code;
    if (QTranslator *ours = loadTranslator(catalogPrefix + code, catalogDirectory)) {
        state.ours = ours;
        QCoreApplication::installTranslator(ours);
    }
    if (code != sourceLanguage) {
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (QTranslator *qt = loadTranslator(u"qtbase_"_s + code, qtDirectory)) {
            state.qt = qt;
            QCoreApplication::installTranslator(qt);
        }
    }
    return code;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace modelkit
