// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "profiles/profilestore.h"

#include "core/jsonfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 formatVersion = 1;

QString formatName()
{
    return u"modelkit.profiles"_s;
}

bool sameName(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive) == 0;
}

//! The profiles in `content`, or nullopt with a JSONPath in `error`.
std::optional<QList<ProviderProfile>> parseProfiles(const QByteArray &content, JsonError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setJsonError(error, u"$"_s,
                     u"invalid JSON at offset %1: %2"_s.arg(QString::number(parseError.offset),
                                                            parseError.errorString()));
        return std::nullopt;
    }
    JsonFields fields(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), u"$"_s,
                      error);
    QString format;
    std::optional<qint64> version;
    QJsonArray array;
    if (!fields.isObject() || !fields.requireString(u"format"_s, &format))
        return std::nullopt;
    if (format != formatName()) {
        fields.fail(u"format"_s, u"expected \"%1\""_s.arg(formatName()));
        return std::nullopt;
    }
    if (!fields.optionalInteger(u"version"_s, &version))
        return std::nullopt;
    if (!version) {
        fields.fail(u"version"_s, u"is required"_s);
        return std::nullopt;
    }
    if (*version != formatVersion) {
        fields.fail(u"version"_s,
                    *version > formatVersion
                        ? u"version %1 was written by a newer Modelkit Playground"_s.arg(*version)
                        : u"unsupported version %1"_s.arg(*version));
        return std::nullopt;
    }
    if (!fields.requireArray(u"profiles"_s, &array))
        return std::nullopt;

    QList<ProviderProfile> profiles;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"$.profiles[%1]"_s.arg(i);
        std::optional<ProviderProfile> profile
            = ProviderProfile::fromJson(array.at(i), error, path);
        if (!profile)
            return std::nullopt;
        if (profile->name.trimmed().isEmpty()) {
            setJsonError(error, path + u".name"_s, u"a profile needs a name"_s);
            return std::nullopt;
        }
        for (const ProviderProfile &earlier : std::as_const(profiles)) {
            if (sameName(earlier.name, profile->name)) {
                setJsonError(error, path + u".name"_s,
                             u"a profile named \"%1\" already exists"_s.arg(earlier.name));
                return std::nullopt;
            }
        }
        profiles.append(*profile);
    }
    return profiles;
}

bool readFile(const QString &path, QByteArray *content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("modelkit::ProfileStore", "cannot read %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    *content = file.readAll();
    return true;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    // The temporary file gets the final mode before anything is written into it, so there
    // is no moment where another user could read it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)
        || file.write(content) != content.size() || !file.commit()) {
        *error = QCoreApplication::translate("modelkit::ProfileStore", "cannot write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    if (!QFile::setPermissions(path, ownerOnly)) {
        *error = QCoreApplication::translate("modelkit::ProfileStore",
                                             "cannot make %1 private to its owner")
                     .arg(path);
        return false;
    }
    return true;
}

ProviderProfile presetOf(const QString &name, ProviderKind kind, const QString &baseUrl,
                         const QString &model = {}, const QString &keyVariable = {})
{
    ProviderProfile profile;
    profile.name = name;
    profile.kind = kind;
    profile.baseUrl = QUrl(baseUrl);
    profile.model = model;
    profile.keyVariable = keyVariable;
    return profile;
}

} // namespace

ProfileStore::ProfileStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultDirectory()
{
    // Spelled out rather than AppConfigLocation: `modelkit` (another application name)
    // must find the GUI's profiles.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + u"/Modelkit/Modelkit Playground"_s;
}

QString ProfileStore::fileName()
{
    return u"profiles.json"_s;
}

QString ProfileStore::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

bool ProfileStore::load(QString *error)
{
    m_broken = false;
    m_loadError.clear();
    m_brokenCopy.clear();
    m_profiles.clear();
    m_onDisk.clear();
    m_fileExisted = false;

    const QString path = filePath();
    if (!QFile::exists(path)) {
        Q_EMIT changed();
        return true;
    }
    QByteArray content;
    QString readError;
    if (!readFile(path, &content, &readError)) {
        // Unreadable is treated as broken: whatever is there must not be overwritten.
        m_broken = true;
        m_loadError = readError;
    } else {
        JsonError jsonError;
        if (std::optional<QList<ProviderProfile>> profiles = parseProfiles(content, &jsonError)) {
            m_profiles = *profiles;
            m_onDisk = content;
            m_fileExisted = true;
            Q_EMIT changed();
            return true;
        }
        m_broken = true;
        m_brokenCopy = keepBrokenFile(content);
        m_loadError = m_brokenCopy.isEmpty() ? path + u": "_s + jsonError.toString()
                                             : tr("%1: %2 (a copy was kept as %3)")
                                                   .arg(path, jsonError.toString(), m_brokenCopy);
    }
    if (error)
        *error = m_loadError;
    Q_EMIT changed();
    return false;
}

void ProfileStore::discardBrokenFile()
{
    if (!m_broken)
        return;
    m_broken = false;
    m_loadError.clear();
    m_profiles.clear();
    // Whatever is on disk now is replaced by the next change.
    m_fileExisted = QFile::exists(filePath());
    QByteArray content;
    QString ignored;
    if (m_fileExisted && readFile(filePath(), &content, &ignored))
        m_onDisk = content;
    Q_EMIT changed();
}

QStringList ProfileStore::names() const
{
    QStringList names;
    for (const ProviderProfile &profile : m_profiles)
        names << profile.name;
    return names;
}

std::optional<ProviderProfile> ProfileStore::find(const QString &name) const
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

qsizetype ProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (sameName(m_profiles.at(i).name, name))
            return i;
    }
    return -1;
}

bool ProfileStore::add(const ProviderProfile &profile, QString *error)
{
    return change(
        [&](QList<ProviderProfile> &profiles) {
            const QString reason = checkProfile(profile, -1);
            if (reason.isEmpty())
                profiles.append(profile);
            return reason;
        },
        error);
}

bool ProfileStore::update(const QString &name, const ProviderProfile &profile, QString *error)
{
    return change(
        [&](QList<ProviderProfile> &profiles) {
            const qsizetype index = indexOf(name);
            const QString reason = index < 0 ? tr("there is no profile named \"%1\"").arg(name)
                                             : checkProfile(profile, index);
            if (reason.isEmpty())
                profiles[index] = profile;
            return reason;
        },
        error);
}

bool ProfileStore::rename(const QString &from, const QString &to, QString *error)
{
    QString reason;
    if (prepareChange(&reason)) {
        if (std::optional<ProviderProfile> profile = find(from)) {
            const QString current = profile->name;
            profile->name = to;
            return update(current, *profile, error);
        }
        reason = tr("there is no profile named \"%1\"").arg(from);
    }
    if (error)
        *error = reason;
    return false;
}

bool ProfileStore::remove(const QString &name, QString *error)
{
    return change(
        [&](QList<ProviderProfile> &profiles) {
            const qsizetype index = indexOf(name);
            if (index < 0)
                return tr("there is no profile named \"%1\"").arg(name);
            profiles.removeAt(index);
            return QString();
        },
        error);
}

bool ProfileStore::change(const std::function<QString(QList<ProviderProfile> &profiles)> &edit,
                          QString *error)
{
    QString reason;
    if (prepareChange(&reason)) {
        QList<ProviderProfile> profiles = m_profiles;
        reason = edit(profiles);
        if (reason.isEmpty() && commit(profiles, &reason))
            return true;
    }
    if (error)
        *error = reason;
    return false;
}

QString ProfileStore::checkProfile(const ProviderProfile &profile, qsizetype replacing) const
{
    const QString problem = profile.validationError();
    if (!problem.isEmpty())
        return problem;
    if (profile.name != profile.name.trimmed())
        return tr("the profile name \"%1\" starts or ends with a space").arg(profile.name);
    for (QChar c : profile.name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return tr("the profile name contains control characters");
    }
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (i != replacing && sameName(m_profiles.at(i).name, profile.name))
            return tr("a profile named \"%1\" already exists").arg(m_profiles.at(i).name);
    }
    return {};
}

bool ProfileStore::prepareChange(QString *error)
{
    if (m_broken) {
        *error = tr("the profiles are not changed because the file could not be read: %1")
                     .arg(m_loadError);
        return false;
    }
    const QString path = filePath();
    const bool exists = QFile::exists(path);
    QByteArray content;
    if (exists && !readFile(path, &content, error))
        return false;
    if (exists == m_fileExisted && content == m_onDisk)
        return true;
    // Another process changed the file: start from its version.
    return load(error);
}

bool ProfileStore::commit(const QList<ProviderProfile> &profiles, QString *error)
{
    if (!QFileInfo::exists(m_directory)) {
        if (!QDir().mkpath(m_directory)) {
            *error = tr("cannot create the folder %1").arg(m_directory);
            return false;
        }
        QFile::setPermissions(m_directory, ownerOnly | QFileDevice::ExeOwner);
    }
    const QByteArray content = serialize(profiles);
    if (!writeFile(filePath(), content, error))
        return false;
    m_profiles = profiles;
    m_onDisk = content;
    m_fileExisted = true;
    Q_EMIT changed();
    return true;
}

QByteArray ProfileStore::serialize(const QList<ProviderProfile> &profiles) const
{
    QJsonArray array;
    for (const ProviderProfile &profile : profiles)
        array.append(profile.toJson());
    return QJsonDocument(QJsonObject{{u"format"_s, formatName()},
                                     {u"version"_s, formatVersion},
                                     {u"profiles"_s, array}})
        .toJson(QJsonDocument::Indented);
}

QString ProfileStore::keepBrokenFile(const QByteArray &content) const
{
    const QString base = filePath() + u".broken"_s;
    for (int n = 0; n < 100; ++n) {
        const QString candidate = n == 0 ? base : base + u'.' + QString::number(n);
        if (QFile::exists(candidate)) {
            QByteArray earlier;
            QString ignored;
            if (readFile(candidate, &earlier, &ignored) && earlier == content)
                return candidate; // kept already
            continue;
        }
        QString ignored;
        return writeFile(candidate, content, &ignored) ? candidate : QString();
    }
    return {};
}

QList<ProviderProfile> ProfileStore::presets()
{
    using K = ProviderKind;
    return {
        presetOf(u"LM Studio"_s, K::OpenAiCompatible, u"http://localhost:1234/v1"_s),
        presetOf(u"vLLM"_s, K::OpenAiCompatible, u"http://localhost:8000/v1"_s),
        presetOf(u"llama.cpp server"_s, K::OpenAiCompatible, u"http://localhost:8080/v1"_s),
        presetOf(u"OpenRouter"_s, K::OpenAiCompatible, u"https://openrouter.ai/api/v1"_s,
                 u"openai/gpt-4o-mini"_s, u"OPENROUTER_API_KEY"_s),
        presetOf(u"Groq"_s, K::OpenAiCompatible, u"https://api.groq.com/openai/v1"_s,
                 u"llama-3.3-70b-versatile"_s, u"GROQ_API_KEY"_s),
        presetOf(u"Mistral"_s, K::OpenAiCompatible, u"https://api.mistral.ai/v1"_s,
                 u"mistral-small-latest"_s, u"MISTRAL_API_KEY"_s),
        presetOf(u"DeepSeek"_s, K::OpenAiCompatible, u"https://api.deepseek.com/v1"_s,
                 u"deepseek-v4-flash"_s, u"DEEPSEEK_API_KEY"_s),
        presetOf(u"Together AI"_s, K::OpenAiCompatible, u"https://api.together.xyz/v1"_s,
                 u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s, u"TOGETHER_API_KEY"_s),
        presetOf(u"Ollama"_s, K::Ollama, u"http://localhost:11434"_s,
                 ProviderKinds::defaultModel(K::Ollama)),
    };
}

QStringList ProfileStore::presetIds()
{
    return {u"lmstudio"_s, u"vllm"_s,     u"llamacpp"_s, u"openrouter"_s, u"groq"_s,
            u"mistral"_s,  u"deepseek"_s, u"together"_s, u"ollama"_s};
}

std::optional<ProviderProfile> ProfileStore::preset(QStringView id)
{
    const qsizetype index = presetIds().indexOf(id.toString().toLower());
    if (index < 0)
        return std::nullopt;
    return presets().at(index);
}

} // namespace modelkit
