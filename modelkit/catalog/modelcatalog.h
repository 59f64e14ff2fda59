// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalogentry.h"
#include "profiles/providerkind.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace modelkit {

//! The model catalog: capabilities, limits and prices of the models modelkit knows, from the
//! built-in data (`:/modelkit/catalog/models.json`, resources/catalog/models.json) with the
//! user's overrides on top.
//!
//! **Lookup** (`lookup(provider, model)`), case-insensitive, in the provider's section:
//!  1. the exact id, then an alias;
//!  2. a dated snapshot or tag of an id or alias, the longest such prefix winning: the rest
//!     must be `-YYYY-MM-DD`, `-YYYYMMDD`, `-NNN`/`-NNNN` (`-001`, `-0613`), `-latest`,
//!     `@…` (Vertex) or `:…` (an Ollama tag; after an id that already names a tag, also
//!     `-…`/`_…`). So "gpt-4o-2024-08-06" → gpt-4o, "claude-sonnet-4-5-20250929" →
//!     claude-sonnet-4-5, "llama3.1:8b" → llama3.1, but "o3-mini" is *not* o3: a model the
//!     catalog lacks must not borrow another model's price;
//!  3. the same for the part after the last '/' ("models/gemini-2.5-pro",
//!     "meta-llama/Llama-3.3-70B-Instruct");
//!  4. the section's `fallback` section (Azure → OpenAI, OpenAI-compatible → Ollama's open
//!     models): capabilities and limits are taken, the **price is not** (another host's price
//!     is not this host's);
//!  5. otherwise a conservative unknown entry (CatalogEntry::unknown: known = false, no
//!     capabilities, limits and price unknown) with the section's `unknown_defaults` on top.
//!     The built-in data uses that only for Ollama, whose server constrains `format` (JSON
//!     mode and JSON Schema) for every model. Callers should treat an unknown entry's false
//!     flags as "not known to work" and let the server decide rather than refuse a request.
//!
//! **Overrides** are partial entries (only the fields the user changed, CatalogEntry JSON,
//! see CatalogEntry::overridableFields) keyed by provider id and lowercase model id. They are
//! applied on top of the built-in entry at lookup time, so a newer built-in catalog still
//! updates every field the user did not override. Both the canonical id's override and, when
//! the user looked up an alias or snapshot, that exact id's override apply (the exact one
//! last). An override for a model the catalog lacks describes that model (known stays false).
//!
//! Overrides file (`defaultOverridesPath()`):
//! `{"format": "modelkit.catalog-overrides", "version": 1,
//!   "overrides": {"<provider>": {"<model>": {partial entry}}}}`.
//! A file that cannot be read as such is never lost or silently replaced: loadOverrides()
//! fails with a message naming a `.broken` copy it made next to it (an existing copy is never
//! overwritten), and loads no overrides.
//!
//! Built-in file: `{"format": "modelkit.catalog", "version": 1, "prices_as_of": "YYYY-MM-DD",
//!   "providers": {"<provider>": {"source", "fallback", "unknown_defaults": {…},
//!   "models": {"<id>": {entry}}}}}`.
//!
//! Not thread-safe; the application owns one catalog.
class ModelCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ModelCatalog)

public:
    static constexpr int formatVersion = 1;

    //! An empty catalog: every lookup is unknown until loadBuiltin() succeeds.
    ModelCatalog();

    //! `:/modelkit/catalog/models.json`.
    static QString builtinResourcePath();
    //! `QStandardPaths::AppConfigLocation` + "/catalog-overrides.json".
    static QString defaultOverridesPath();

    //! Loads the built-in data from `path` (default: the resource), replacing what was loaded
    //! before; overrides are kept. On failure (unreadable, not JSON, wrong format or version,
    //! an invalid entry: reported with a JSONPath) the catalog is left unchanged.
    bool loadBuiltin(const QString &path = QString());
    //! The same from JSON text (tests, a downloaded catalog update).
    bool loadBuiltinData(const QByteArray &json, const QString &origin = QString());

    //! Reads the user's overrides from `path` and remembers it for saveOverrides(). A missing
    //! file means no overrides. A broken one: false, no overrides, the file untouched and a
    //! copy kept as `<path>.broken` (or `.broken.1`, `.broken.2`… when that exists and differs);
    //! errorString() says so and brokenOverridesCopy() names the copy.
    bool loadOverrides(const QString &path);
    //! Writes the overrides atomically (QSaveFile) to overridesPath(), creating its folder.
    bool saveOverrides();
    QString overridesPath() const { return m_overridesPath; }
    QString brokenOverridesCopy() const { return m_brokenCopy; }

    //! The last load or save failure (translated), or an empty string.
    QString errorString() const { return m_error; }

    bool isLoaded() const { return !m_providers.isEmpty(); }
    //! The day the built-in prices were checked; invalid before loading.
    QDate pricesAsOf() const { return m_pricesAsOf; }
    //! Where the provider's built-in figures come from (URLs and caveats); empty if unknown.
    QString sourceNote(const QString &provider) const;
    QString sourceNote(ProviderKind kind) const { return sourceNote(ProviderKinds::id(kind)); }
    //! The provider ids the built-in data has a section for.
    QStringList providers() const { return m_providers.keys(); }

    //! The entry for `model`, overrides applied (see the class comment for the order). Its
    //! `provider` is the provider asked for and its `id` the canonical id (or `model` itself
    //! when unknown).
    CatalogEntry lookup(const QString &provider, const QString &model) const;
    CatalogEntry lookup(ProviderKind kind, const QString &model) const
    {
        return lookup(ProviderKinds::id(kind), model);
    }
    //! The same without any override.
    CatalogEntry builtinEntry(const QString &provider, const QString &model) const;

    //! For lists in the UI: the provider's own built-in entries plus the models only
    //! overrides describe, overrides applied, sorted by id.
    QList<CatalogEntry> entries(const QString &provider) const;
    QList<CatalogEntry> entries(ProviderKind kind) const
    {
        return entries(ProviderKinds::id(kind));
    }

    //! Replaces the user's override for `model` (stored under its lowercase id) with
    //! `partial`; an empty object removes it. Fails (translated message in `error`, nothing
    //! changed) on a field that cannot be overridden, a wrong type or a negative number.
    //! Call saveOverrides() to keep it.
    bool setOverride(const QString &provider, const QString &model, const QJsonObject &partial,
                     QString *error = nullptr);
    //! Removes the override stored for `model`; false if there was none.
    bool removeOverride(const QString &provider, const QString &model);
    bool hasOverride(const QString &provider, const QString &model) const;
    //! The partial entry stored for `model`; empty if none.
    QJsonObject overrideFor(const QString &provider, const QString &model) const;
    //! Every override: `{"<provider>": {"<model>": {partial}}}`.
    QJsonObject overrides() const { return m_overrides; }

private:
    struct Section
    {
        QString source;
        QString fallback;
        QJsonObject unknownDefaults;
        QMap<QString, CatalogEntry> models; //!< by lowercase id
        QHash<QString, QString> names;      //!< lowercase id or alias → lowercase id
    };

    static std::optional<CatalogEntry> find(const Section &section, const QString &model);
    static std::optional<CatalogEntry> findName(const Section &section, const QString &name);
    CatalogEntry resolve(const QString &provider, const QString &model) const;
    void applyOverride(CatalogEntry *entry, const QString &provider, const QString &key) const;
    bool parseOverrides(const QByteArray &data, QJsonObject *out, QString *why) const;
    bool fail(const QString &message);

    QMap<QString, Section> m_providers;
    QDate m_pricesAsOf;
    QJsonObject m_overrides;
    QString m_overridesPath;
    QString m_brokenCopy;
    //! The overrides file exists but could neither be read nor copied: never replace it.
    bool m_overridesLocked = false;
    QString m_error;
};

} // namespace modelkit
