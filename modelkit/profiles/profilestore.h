// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/providerprofile.h"

#include <functional>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace modelkit {

//! The user's provider profiles, kept in `<directory>/profiles.json`:
//! `{"format": "modelkit.profiles", "version": 1, "profiles": [ProviderProfile…]}`.
//!
//! - Names are unique, compared case-insensitively; find() and friends accept any case.
//! - Every change is saved at once, atomically (QSaveFile), with file mode 0600. A change
//!   that cannot be saved is undone and reported. When the file changed on disk since it
//!   was read (another process: the GUI and `modelkit profile` share it), it is read again
//!   before the change is applied.
//! - A file that cannot be read (bad JSON, wrong format or version, an invalid or
//!   duplicate profile) makes load() fail with the file name and a JSONPath; the file is
//!   copied to `profiles.json.broken` (or `.broken.N`) and is never overwritten: changes
//!   are refused until it is fixed and loaded again, or discardBrokenFile() is called.
//! - It never contains keys: ProviderProfile has no key field and its reader refuses one.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    //! A store in `directory` (created on the first save). Call load() before use.
    explicit ProfileStore(const QString &directory, QObject *parent = nullptr);
    ~ProfileStore() override;

    //! Where the GUI and the command line keep profiles: the GUI's AppConfigLocation,
    //! `$XDG_CONFIG_HOME/Modelkit/Modelkit Playground` (~/.config/… by default), whichever
    //! executable asks.
    static QString defaultDirectory();
    //! "profiles.json"
    static QString fileName();

    QString directory() const { return m_directory; }
    QString filePath() const;

    //! Reads the file. A missing file is an empty store. On failure the store is empty,
    //! isBroken() is true and `error` says what and where (translated).
    bool load(QString *error = nullptr);
    //! Whether the last load() failed; changes are refused while it is.
    bool isBroken() const { return m_broken; }
    //! The error of the last load(), or an empty string.
    QString loadError() const { return m_loadError; }
    //! Where the unreadable file was copied to (empty unless isBroken()).
    QString brokenCopyPath() const { return m_brokenCopy; }
    //! Gives up on an unreadable file (its copy stays): the store starts empty and the next
    //! change writes a new file.
    void discardBrokenFile();

    QList<ProviderProfile> profiles() const { return m_profiles; }
    QStringList names() const;
    //! The profile named `name` (any case), or nullopt.
    std::optional<ProviderProfile> find(const QString &name) const;
    //! Its position in profiles(), or -1.
    qsizetype indexOf(const QString &name) const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }

    //! Adds a new profile: it must be valid (ProviderProfile::validationError()) and its
    //! name new.
    bool add(const ProviderProfile &profile, QString *error = nullptr);
    //! Replaces the profile named `name` with `profile` (which may carry a new name, which
    //! must not belong to another profile).
    bool update(const QString &name, const ProviderProfile &profile, QString *error = nullptr);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name, QString *error = nullptr);

    //! Ready-made profiles for popular servers and services, in presetIds() order: LM
    //! Studio, vLLM, llama.cpp server (local OpenAI-compatible servers, no key, model
    //! empty: they serve what was loaded, see `modelkit models`), OpenRouter, Groq, Mistral,
    //! DeepSeek, Together (OpenAI-compatible, key in their usual variable) and Ollama.
    static QList<ProviderProfile> presets();
    //! "lmstudio", "vllm", "llamacpp", "openrouter", "groq", "mistral", "deepseek",
    //! "together", "ollama".
    static QStringList presetIds();
    static std::optional<ProviderProfile> preset(QStringView id);

Q_SIGNALS:
    //! After every load() (a failed one leaves the store empty) and every change.
    void changed();

private:
    //! A translated reason why `profile` cannot be stored as the one at `replacing` (-1:
    //! a new one), or an empty string.
    QString checkProfile(const ProviderProfile &profile, qsizetype replacing) const;
    //! Reloads when the file changed on disk since it was read or written; false (with
    //! `error`) when the store is broken or the reload fails.
    bool prepareChange(QString *error);
    //! Writes `profiles` and makes them current; false (with `error`) when saving fails.
    bool commit(const QList<ProviderProfile> &profiles, QString *error);
    //! One change: prepareChange(), then `edit` on a copy of the profiles (it returns a
    //! translated reason to refuse, or an empty string), then commit(). False with the
    //! reason in `error` when any step fails.
    bool change(const std::function<QString(QList<ProviderProfile> &profiles)> &edit,
                QString *error);
    QByteArray serialize(const QList<ProviderProfile> &profiles) const;
    //! Copies the unreadable file next to it; returns the copy's path (or empty).
    QString keepBrokenFile(const QByteArray &content) const;

    QString m_directory;
    QList<ProviderProfile> m_profiles;
    //! The bytes last read from or written to the file, and whether there was one.
    QByteArray m_onDisk;
    bool m_fileExisted = false;
    bool m_broken = false;
    QString m_loadError;
    QString m_brokenCopy;
};

} // namespace modelkit
