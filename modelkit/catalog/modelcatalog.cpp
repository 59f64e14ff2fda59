// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "catalog/modelcatalog.h"

#include "core/jsonfields.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

const QString catalogFormat = u"modelkit.catalog"_s;
const QString overridesFormat = u"modelkit.catalog-overrides"_s;

//! `$.a.b` for plain keys, `$.a["gpt-4.1"]` for keys a JSONPath reader would split.
QString keyPath(const QString &base, const QString &key)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (plain.match(key).hasMatch())
        return base + u'.' + key;
    QString escaped = key;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return base + u"[\""_s + escaped + u"\"]"_s;
}

//! Whether `rest`, what follows a known id or alias in a model name, only names a snapshot,
//! a version or a tag of that model rather than another model.
bool isSnapshotRest(const QString &rest, bool tagged)
{
    static const QRegularExpression snapshot(
        u"^(?:-(?:latest|\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{3,4})|@.+|:.+)$"_s);
    if (rest.isEmpty())
        return false;
    if (tagged && (rest.startsWith(u'-') || rest.startsWith(u'_')))
        return true; // "gemma3:1b" + "-it-qat"
    return snapshot.match(rest).hasMatch();
}

QJsonObject overridableOnly(const QJsonObject &partial)
{
    QJsonObject out;
    const QStringList fields = CatalogEntry::overridableFields();
    for (auto it = partial.begin(); it != partial.end(); ++it) {
        if (fields.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

//! Keeps the unreadable bytes of `path` next to it without replacing an earlier copy.
QString keepBrokenCopy(const QString &path, const QByteArray &data)
{
    for (int i = 0; i < 100; ++i) {
        const QString candidate
            = path + u".broken"_s + (i == 0 ? QString() : u'.' + QString::number(i));
        QFile existing(candidate);
        if (existing.exists()) {
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == data)
                return candidate; // the same broken file, seen at an earlier start
            continue;
        }
        QSaveFile copy(candidate);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(data) != data.size() || !copy.commit())
            return {};
        return candidate;
    }
    return {};
}

} // namespace

ModelCatalog::ModelCatalog() = default;

QString ModelCatalog::builtinResourcePath()
{
    return u":/modelkit/catalog/models.json"_s;
}

QString ModelCatalog::defaultOverridesPath()
{
    // Beside the profiles, so the `modelkit` CLI (another application name) prices calls
    // with the overrides the GUI saved.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + u"/Modelkit/Modelkit Playground/catalog-overrides.json"_s;
}

bool ModelCatalog::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ModelCatalog::loadBuiltin(const QString &path)
{
    const QString source = path.isEmpty() ? builtinResourcePath() : path;
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the model catalog %1: %2").arg(source, file.errorString()));
    return loadBuiltinData(file.readAll(), source);
}

bool ModelCatalog::loadBuiltinData(const QByteArray &json, const QString &origin)
{
    const QString where = origin.isEmpty() ? tr("(built-in data)") : origin;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The model catalog %1 is not valid JSON (at offset %2: %3)")
                        .arg(where)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));

    JsonError jsonError;
    const auto invalid = [&] {
        return fail(tr("The model catalog %1 is invalid: %2").arg(where, jsonError.toString()));
    };
    JsonFields root(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), u"$"_s, &jsonError);
    QString format;
    std::optional<qint64> version;
    QString asOfText;
    QJsonObject providers;
    if (!root.isObject() || !root.requireString(u"format"_s, &format)
        || !root.optionalInteger(u"version"_s, &version)
        || !root.requireString(u"prices_as_of"_s, &asOfText)
        || !root.optionalObject(u"providers"_s, &providers))
        return invalid();
    if (format != catalogFormat) {
        root.fail(u"format"_s, u"expected \"%1\""_s.arg(catalogFormat));
        return invalid();
    }
    if (!version || *version < 1) {
        root.fail(u"version"_s, u"expected a format version of 1 or more"_s);
        return invalid();
    }
    if (*version > formatVersion)
        return fail(tr("The model catalog %1 has format version %2; this version of the "
                       "application reads version %3 and older.")
                        .arg(where)
                        .arg(*version)
                        .arg(formatVersion));
    const QDate asOf = QDate::fromString(asOfText, Qt::ISODate);
    if (!asOf.isValid()) {
        root.fail(u"prices_as_of"_s, u"expected a date (YYYY-MM-DD)"_s);
        return invalid();
    }
    if (providers.isEmpty()) {
        root.fail(u"providers"_s, u"expected at least one provider"_s);
        return invalid();
    }

    QMap<QString, Section> sections;
    for (auto pit = providers.begin(); pit != providers.end(); ++pit) {
        const QString providerPath = keyPath(u"$.providers"_s, pit.key());
        JsonFields fields(pit.value(), providerPath, &jsonError);
        Section section;
        QJsonObject models;
        if (!fields.isObject() || !fields.optionalString(u"source"_s, &section.source)
            || !fields.optionalString(u"fallback"_s, &section.fallback)
            || !fields.optionalObject(u"unknown_defaults"_s, &section.unknownDefaults)
            || !fields.optionalObject(u"models"_s, &models))
            return invalid();
        CatalogEntry probe = CatalogEntry::unknown(pit.key(), u"probe"_s);
        if (!probe.mergeJson(section.unknownDefaults, &jsonError,
                             fields.childPath(u"unknown_defaults"_s)))
            return invalid();

        const QString modelsPath = fields.childPath(u"models"_s);
        for (auto mit = models.begin(); mit != models.end(); ++mit) {
            const QString entryPath = keyPath(modelsPath, mit.key());
            std::optional<CatalogEntry> entry
                = CatalogEntry::fromJson(mit.value(), &jsonError, entryPath);
            if (!entry)
                return invalid();
            JsonFields entryFields(mit.value(), entryPath, &jsonError);
            if (!entry->id.isEmpty() && entry->id != mit.key()) {
                entryFields.fail(u"id"_s, u"differs from the key \"%1\""_s.arg(mit.key()));
                return invalid();
            }
            entry->provider = pit.key();
            entry->id = mit.key();
            entry->known = true;
            if (entry->contextWindow <= 0) {
                entryFields.fail(u"context_window"_s, u"must be a positive number of tokens"_s);
                return invalid();
            }
            const QString entryError = entry->validationError();
            if (!entryError.isEmpty()) {
                setJsonError(&jsonError, entryPath, entryError);
                return invalid();
            }
            const QString id = mit.key().toLower();
            QStringList names{id};
            for (const QString &alias : std::as_const(entry->aliases))
                names << alias.toLower();
            for (const QString &name : std::as_const(names)) {
                if (section.names.contains(name)) {
                    entryFields.fail(u"aliases"_s, u"\"%1\" already names \"%2\""_s.arg(
                                                       name, section.names.value(name)));
                    return invalid();
                }
                section.names.insert(name, id);
            }
            section.models.insert(id, *entry);
        }
        sections.insert(pit.key(), section);
    }
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (!it->fallback.isEmpty()
            && (it->fallback == it.key() || !sections.contains(it->fallback))) {
            setJsonError(&jsonError, keyPath(u"$.providers"_s, it.key()) + u".fallback"_s,
                         u"names no other provider of this catalog"_s);
            return invalid();
        }
    }

    m_providers = sections;
    m_pricesAsOf = asOf;
    m_error.clear();
    return true;
}

QString ModelCatalog::sourceNote(const QString &provider) const
{
    return m_providers.value(provider).source;
}

std::optional<CatalogEntry> ModelCatalog::findName(const Section &section, const QString &name)
{
    if (const auto it = section.names.constFind(name); it != section.names.cend())
        return section.models.value(*it);
    qsizetype best = 0;
    QString bestId;
    for (auto it = section.names.cbegin(); it != section.names.cend(); ++it) {
        const QString &known = it.key();
        if (known.size() <= best || known.size() >= name.size() || !name.startsWith(known))
            continue;
        if (isSnapshotRest(name.mid(known.size()), known.contains(u':'))) {
            best = known.size();
            bestId = it.value();
        }
    }
    if (best == 0)
        return std::nullopt;
    return section.models.value(bestId);
}

std::optional<CatalogEntry> ModelCatalog::find(const Section &section, const QString &model)
{
    const QString name = model.trimmed().toLower();
    if (name.isEmpty())
        return std::nullopt;
    if (auto entry = findName(section, name))
        return entry;
    const qsizetype slash = name.lastIndexOf(u'/');
    if (slash >= 0 && slash + 1 < name.size())
        return findName(section, name.mid(slash + 1));
    return std::nullopt;
}

CatalogEntry ModelCatalog::resolve(const QString &provider, const QString &model) const
{
    const auto section = m_providers.constFind(provider);
    if (section != m_providers.cend()) {
        if (std::optional<CatalogEntry> entry = find(*section, model)) {
            entry->provider = provider;
            return *entry;
        }
        const auto fallback = m_providers.constFind(section->fallback);
        if (!section->fallback.isEmpty() && fallback != m_providers.cend()) {
            if (std::optional<CatalogEntry> entry = find(*fallback, model)) {
                entry->provider = provider;
                entry->price = ModelPrice{};
                entry->notes = tr("Capabilities and limits from the \"%1\" section of the "
                                  "catalog; the price on this provider is unknown.")
                                   .arg(section->fallback);
                return *entry;
            }
        }
    }
    CatalogEntry entry = CatalogEntry::unknown(provider, model.trimmed());
    if (section != m_providers.cend() && !section->unknownDefaults.isEmpty()) {
        entry.mergeJson(overridableOnly(section->unknownDefaults)); // checked when loaded
        entry.known = false;
    }
    return entry;
}

void ModelCatalog::applyOverride(CatalogEntry *entry, const QString &provider,
                                 const QString &key) const
{
    const QJsonObject partial = overrideFor(provider, key);
    if (!partial.isEmpty())
        entry->mergeJson(overridableOnly(partial)); // checked when set or loaded
}

CatalogEntry ModelCatalog::builtinEntry(const QString &provider, const QString &model) const
{
    return resolve(provider, model);
}

CatalogEntry ModelCatalog::lookup(const QString &provider, const QString &model) const
{
    CatalogEntry entry = resolve(provider, model);
    const QString exact = model.trimmed().toLower();
    const QString canonical = entry.id.toLower();
    if (canonical != exact)
        applyOverride(&entry, provider, canonical);
    applyOverride(&entry, provider, exact);
    return entry;
}

QList<CatalogEntry> ModelCatalog::entries(const QString &provider) const
{
    QList<CatalogEntry> list;
    QSet<QString> listed;
    const auto section = m_providers.constFind(provider);
    if (section != m_providers.cend()) {
        for (auto it = section->models.cbegin(); it != section->models.cend(); ++it) {
            list << lookup(provider, it->id);
            listed.insert(it.key());
        }
    }
    const QJsonObject models = m_overrides.value(provider).toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        if (listed.contains(it.key()))
            continue;
        CatalogEntry entry = lookup(provider, it.key());
        entry.id = it.key(); // an override of one snapshot is listed under that snapshot
        list << entry;
    }
    std::sort(list.begin(), list.end(), [](const CatalogEntry &a, const CatalogEntry &b) {
        return a.id.compare(b.id, Qt::CaseInsensitive) < 0;
    });
    return list;
}

bool ModelCatalog::hasOverride(const QString &provider, const QString &model) const
{
    return !overrideFor(provider, model).isEmpty();
}

QJsonObject ModelCatalog::overrideFor(const QString &provider, const QString &model) const
{
    return m_overrides.value(provider).toObject().value(model.trimmed().toLower()).toObject();
}

bool ModelCatalog::setOverride(const QString &provider, const QString &model,
                               const QJsonObject &partial, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QString key = model.trimmed().toLower();
    if (provider.isEmpty() || key.isEmpty())
        return refuse(tr("An override needs a provider and a model."));
    if (partial.isEmpty()) {
        removeOverride(provider, key);
        return true;
    }
    const QStringList fields = CatalogEntry::overridableFields();
    for (auto it = partial.begin(); it != partial.end(); ++it) {
        if (!fields.contains(it.key()))
            return refuse(tr("\"%1\" cannot be overridden (overridable: %2).")
                              .arg(it.key(), fields.join(u", "_s)));
    }
    CatalogEntry probe = resolve(provider, model);
    JsonError jsonError;
    if (!probe.mergeJson(partial, &jsonError))
        return refuse(tr("The override for %1 is invalid: %2").arg(model, jsonError.toString()));
    const QString invalid = probe.validationError();
    if (!invalid.isEmpty())
        return refuse(invalid);

    QJsonObject models = m_overrides.value(provider).toObject();
    models.insert(key, partial);
    m_overrides.insert(provider, models);
    return true;
}

bool ModelCatalog::removeOverride(const QString &provider, const QString &model)
{
    const QString key = model.trimmed().toLower();
    QJsonObject models = m_overrides.value(provider).toObject();
    if (!models.contains(key))
        return false;
    models.remove(key);
    if (models.isEmpty())
        m_overrides.remove(provider);
    else
        m_overrides.insert(provider, models);
    return true;
}

bool ModelCatalog::parseOverrides(const QByteArray &data, QJsonObject *out, QString *why) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *why = tr("not valid JSON at offset %1: %2")
                   .arg(parseError.offset)
                   .arg(parseError.errorString());
        return false;
    }
    JsonError jsonError;
    JsonFields root(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(), u"$"_s, &jsonError);
    QString format;
    std::optional<qint64> version;
    QJsonObject providers;
    if (!root.isObject() || !root.requireString(u"format"_s, &format)
        || !root.optionalInteger(u"version"_s, &version)
        || !root.optionalObject(u"overrides"_s, &providers)) {
        *why = jsonError.toString();
        return false;
    }
    if (format != overridesFormat) {
        *why = tr("$.format: expected \"%1\"").arg(overridesFormat);
        return false;
    }
    if (!version || *version < 1 || *version > formatVersion) {
        *why = tr("format version %1 is not one this version of the application reads (1 to %2)")
                   .arg(version.value_or(0))
                   .arg(formatVersion);
        return false;
    }
    QJsonObject result;
    for (auto pit = providers.begin(); pit != providers.end(); ++pit) {
        const QString providerPath = keyPath(u"$.overrides"_s, pit.key());
        if (!pit.value().isObject()) {
            *why = providerPath + tr(": expected an object");
            return false;
        }
        QJsonObject models;
        const QJsonObject given = pit.value().toObject();
        for (auto mit = given.begin(); mit != given.end(); ++mit) {
            const QString entryPath = keyPath(providerPath, mit.key());
            if (!mit.value().isObject()) {
                *why = entryPath + tr(": expected an object");
                return false;
            }
            // Check the types; fields this version does not know are kept for the next save.
            CatalogEntry probe = CatalogEntry::unknown(pit.key(), mit.key());
            if (!probe.mergeJson(overridableOnly(mit.value().toObject()), &jsonError, entryPath)) {
                *why = jsonError.toString();
                return false;
            }
            if (!mit.value().toObject().isEmpty())
                models.insert(mit.key().trimmed().toLower(), mit.value());
        }
        if (!models.isEmpty())
            result.insert(pit.key(), models);
    }
    *out = result;
    return true;
}

bool ModelCatalog::loadOverrides(const QString &path)
{
    m_overridesPath = path;
    m_brokenCopy.clear();
    m_overridesLocked = false;
    m_overrides = {};
    QFile file(path);
    if (!file.exists()) {
        m_error.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_overridesLocked = true;
        return fail(
            tr("Cannot read the model catalog overrides %1: %2").arg(path, file.errorString()));
    }
    const QByteArray data = file.readAll();
    file.close();

    QJsonObject parsed;
    QString why;
    if (parseOverrides(data, &parsed, &why)) {
        m_overrides = parsed;
        m_error.clear();
        return true;
    }
    m_brokenCopy = keepBrokenCopy(path, data);
    m_overridesLocked = m_brokenCopy.isEmpty();
    if (m_overridesLocked)
        return fail(tr("The model catalog overrides in %1 cannot be read (%2) and were not "
                       "applied. No copy of the file could be made, so it was left as it is.")
                        .arg(path, why));
    return fail(tr("The model catalog overrides in %1 cannot be read (%2) and were not applied. "
                   "A copy was kept as %3; saving overrides will replace the broken file.")
                    .arg(path, why, m_brokenCopy));
}

bool ModelCatalog::saveOverrides()
{
    if (m_overridesPath.isEmpty())
        return fail(tr("No file was chosen for the model catalog overrides."));
    if (m_overridesLocked)
        return fail(tr("The model catalog overrides in %1 could not be read or copied; they "
                       "are not replaced.")
                        .arg(m_overridesPath));
    const QFileInfo info(m_overridesPath);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    QSaveFile file(m_overridesPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the model catalog overrides %1: %2")
                        .arg(m_overridesPath, file.errorString()));
    const QJsonObject document{{u"format"_s, overridesFormat},
                               {u"version"_s, formatVersion},
                               {u"overrides"_s, m_overrides}};
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(tr("Cannot write the model catalog overrides %1: %2")
                        .arg(m_overridesPath, file.errorString()));
    m_error.clear();
    return true;
}

} // namespace modelkit
