// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/profilecommand.h"

#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "profiles/clientfactory.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/profilestore.h"
#include "profiles/providerprofile.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

namespace {

QString kindList()
{
    QStringList ids;
    for (ProviderKind kind : ProviderKinds::all())
        ids << ProviderKinds::id(kind);
    return ids.join(u", "_s);
}

//! The options each action accepts (beyond --help).
QStringList settingOptions()
{
    return {
        u"kind"_s,    u"base-url"_s, u"model"_s,    u"api-version"_s,     u"header"_s,
        u"key-env"_s, u"http2"_s,    u"no-http2"_s, u"cache-responses"_s, u"no-cache-responses"_s,
        u"timeout"_s};
}

QStringList allowedOptions(const QString &action)
{
    if (action == u"add")
        return settingOptions() << u"preset"_s;
    if (action == u"edit")
        return settingOptions() << u"rename"_s;
    if (action == u"list")
        return {u"output"_s};
    if (action == u"remove")
        return {u"keep-key"_s};
    return {};
}

} // namespace

int ProfileCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage provider profiles (shared with the Modelkit Playground window). Profiles "
           "never hold API keys: store those with \"modelkit key set NAME\"."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"action"_s, tr("add, edit, list or remove."));
    parser.addPositionalArgument(u"name"_s, tr("The profile's name (case-insensitive)."),
                                 tr("[NAME]"));
    parser.addOptions({
        {u"kind"_s, tr("API kind: %1.").arg(kindList()), tr("KIND")},
        {u"preset"_s,
         tr("add: start from a ready-made profile: %1.")
             .arg(ProfileStore::presetIds().join(u", "_s)),
         tr("ID")},
        {u"base-url"_s, tr("Base URL of the API (empty: the kind's default)."), tr("URL")},
        {u"model"_s, tr("Default model (Azure: the deployment name)."), tr("NAME")},
        {u"api-version"_s,
         tr("Azure api-version, Anthropic's anthropic-version or Gemini's "
            "API version."),
         tr("VERSION")},
        {u"header"_s,
         tr("Extra HTTP header, repeatable; replaces a header of that name, an empty value "
            "removes it."),
         tr("NAME:VALUE")},
        {u"key-env"_s,
         tr("Environment variable to read the key from when the keychain has none (empty: "
            "the kind's usual variables)."),
         tr("VAR")},
        {u"http2"_s, tr("Allow HTTP/2.")},
        {u"no-http2"_s, tr("Do not use HTTP/2 (the default).")},
        {u"cache-responses"_s,
         tr("Answer repeated requests from the response cache (the window's cache switch; "
            "\"modelkit chat\" and \"compare\" then use the disk cache unless told otherwise "
            "with --cache or --no-cache).")},
        {u"no-cache-responses"_s, tr("Always send requests to the provider (the default).")},
        {u"timeout"_s, tr("Total timeout of a call in seconds (default 600)."), tr("SECONDS")},
        {u"rename"_s, tr("edit: give the profile a new name."), tr("NEW")},
        {u"keep-key"_s, tr("remove: leave the profile's key in the keychain.")},
        {u"output"_s, tr("list: text (default) or json."), tr("FORMAT")},
    });
    if (const auto stop = CommandLine::parse(parser, arguments, CommandLine::Positional::Allowed))
        return *stop;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        Console::error(tr("profile needs an action: add, edit, list or remove"));
        return ExitUsage;
    }
    const QString action = positional.takeFirst();
    if (!QStringList{u"add"_s, u"edit"_s, u"list"_s, u"remove"_s}.contains(action)) {
        Console::error(tr("unknown profile action \"%1\" (add, edit, list or remove)").arg(action));
        return ExitUsage;
    }
    const QStringList allowed = allowedOptions(action);
    for (const QString &option : parser.optionNames()) {
        if (option != u"help" && !allowed.contains(option)) {
            Console::error(tr("--%1 does not apply to \"profile %2\"").arg(option, action));
            return ExitUsage;
        }
    }
    const qsizetype maxNames = action == u"list" ? 0 : 1;
    if (positional.size() > maxNames) {
        Console::error(tr("unexpected argument \"%1\"").arg(positional.at(maxNames)));
        return ExitUsage;
    }
    if (positional.isEmpty()
        && (action == u"edit" || action == u"remove"
            || (action == u"add" && !parser.isSet(u"preset"_s)))) {
        Console::error(tr("profile %1 needs a profile name").arg(action));
        return ExitUsage;
    }

    ProfileStore store(ProfileStore::defaultDirectory());
    QString error;
    if (!store.load(&error)) {
        Console::error(error);
        return ExitUsage;
    }
    if (action == u"add")
        return add(parser, store, positional);
    if (action == u"edit")
        return edit(parser, store, positional.first());
    if (action == u"list")
        return list(parser, store);
    return remove(parser, store, positional.first());
}

int ProfileCommand::add(const QCommandLineParser &parser, ProfileStore &store,
                        const QStringList &names)
{
    ProviderProfile profile;
    if (parser.isSet(u"preset"_s)) {
        if (parser.isSet(u"kind"_s)) {
            Console::error(tr("--preset and --kind cannot be combined"));
            return ExitUsage;
        }
        const std::optional<ProviderProfile> preset
            = ProfileStore::preset(parser.value(u"preset"_s));
        if (!preset) {
            Console::error(
                tr("unknown preset \"%1\" (known: %2)")
                    .arg(parser.value(u"preset"_s), ProfileStore::presetIds().join(u", "_s)));
            return ExitUsage;
        }
        profile = *preset;
    } else if (!parser.isSet(u"kind"_s)) {
        Console::error(tr("profile add needs --kind (%1) or --preset (%2)")
                           .arg(kindList(), ProfileStore::presetIds().join(u", "_s)));
        return ExitUsage;
    }
    if (!names.isEmpty())
        profile.name = names.first();
    QString error;
    if (!applySettings(parser, &profile, &error) || !store.add(profile, &error)) {
        Console::error(error);
        return ExitUsage;
    }
    Console::out(tr("Added profile %1.\n").arg(summary(profile)));
    if (ClientFactory::keyRequired(profile) || !profile.keyVariable.isEmpty()) {
        const QStringList variables = profile.keyVariables();
        Console::err(variables.isEmpty()
                         ? tr("Store its API key with: modelkit key set \"%1\"\n").arg(profile.name)
                         : tr("Store its API key with: modelkit key set \"%1\" (or set %2)\n")
                               .arg(profile.name, variables.join(tr(" or "))));
    }
    return ExitSuccess;
}

int ProfileCommand::edit(const QCommandLineParser &parser, ProfileStore &store, const QString &name)
{
    const std::optional<ProviderProfile> stored = store.find(name);
    if (!stored) {
        Console::error(tr("there is no profile named \"%1\"").arg(name));
        return ExitUsage;
    }
    ProviderProfile profile = *stored;
    if (parser.isSet(u"rename"_s))
        profile.name = parser.value(u"rename"_s);
    QString error;
    if (!applySettings(parser, &profile, &error) || !store.update(stored->name, profile, &error)) {
        Console::error(error);
        return ExitUsage;
    }
    Console::out(tr("Updated profile %1.\n").arg(summary(profile)));
    if (profile.name != stored->name) {
        const QString warning = moveKey(stored->name, profile.name);
        if (!warning.isEmpty())
            Console::error(warning);
    }
    return ExitSuccess;
}

int ProfileCommand::list(const QCommandLineParser &parser, const ProfileStore &store)
{
    const QString output = parser.isSet(u"output"_s) ? parser.value(u"output"_s) : u"text"_s;
    if (output != u"text" && output != u"json") {
        Console::error(tr("--output must be text or json"));
        return ExitUsage;
    }
    const QList<ProviderProfile> profiles = store.profiles();
    if (output == u"json") {
        QJsonArray array;
        for (const ProviderProfile &profile : profiles)
            array.append(profile.toJson());
        Console::outJson({{u"profiles"_s, array}});
        return ExitSuccess;
    }
    if (profiles.isEmpty()) {
        Console::err(tr("No profiles yet. Add one with \"modelkit profile add NAME --kind "
                        "KIND\" or \"modelkit profile add --preset ID\".\n"));
        return ExitSuccess;
    }
    QList<QStringList> rows{{tr("NAME"), tr("KIND"), tr("MODEL"), tr("BASE URL"), tr("KEY FROM")}};
    for (const ProviderProfile &profile : profiles) {
        const QString model
            = profile.model.isEmpty() ? ProviderKinds::defaultModel(profile.kind) : profile.model;
        const QUrl url = profile.baseUrl.isEmpty() ? ProviderKinds::defaultBaseUrl(profile.kind)
                                                   : profile.baseUrl;
        QStringList keySources{tr("keychain")};
        keySources += profile.keyVariables();
        rows.append({profile.name, ProviderKinds::id(profile.kind),
                     model.isEmpty() ? u"-"_s : model, url.isEmpty() ? u"-"_s : url.toString(),
                     keySources.join(u", "_s)});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        text += line + u'\n';
    }
    Console::out(text);
    return ExitSuccess;
}

int ProfileCommand::remove(const QCommandLineParser &parser, ProfileStore &store,
                           const QString &name)
{
    const std::optional<ProviderProfile> stored = store.find(name);
    QString error;
    if (!stored || !store.remove(stored->name, &error)) {
        Console::error(stored ? error : tr("there is no profile named \"%1\"").arg(name));
        return ExitUsage;
    }
    Console::out(tr("Removed profile \"%1\".\n").arg(stored->name));
    if (parser.isSet(u"keep-key"_s))
        return ExitSuccess;
    KeychainSecretStore keychain;
    const SecretStore::Result removed = keychain.removeBlocking(stored->name);
    if (removed.status == SecretStore::Status::Unavailable
        || removed.status == SecretStore::Status::Failed)
        Console::error(tr("the keychain could not be reached (%1): a key stored for \"%2\", if "
                          "any, is still there; remove it later with \"modelkit key remove "
                          "%2\"")
                           .arg(removed.message, stored->name));
    return ExitSuccess;
}

bool ProfileCommand::applySettings(const QCommandLineParser &parser, ProviderProfile *profile,
                                   QString *error)
{
    if (parser.isSet(u"kind"_s)) {
        const std::optional<ProviderKind> kind = ProviderKinds::fromId(parser.value(u"kind"_s));
        if (!kind) {
            *error = tr("unknown kind \"%1\" (known: %2)").arg(parser.value(u"kind"_s), kindList());
            return false;
        }
        profile->kind = *kind;
    }
    if (parser.isSet(u"base-url"_s)) {
        const QString base = parser.value(u"base-url"_s);
        profile->baseUrl = base.isEmpty() ? QUrl() : QUrl(base, QUrl::StrictMode);
        if (!base.isEmpty()
            && (!profile->baseUrl.isValid()
                || (profile->baseUrl.scheme() != u"http"
                    && profile->baseUrl.scheme() != u"https"))) {
            *error = tr("--base-url \"%1\" is not an http(s) URL").arg(base);
            return false;
        }
    }
    if (parser.isSet(u"model"_s))
        profile->model = parser.value(u"model"_s);
    if (parser.isSet(u"api-version"_s))
        profile->apiVersion = parser.value(u"api-version"_s);
    for (const QString &header : parser.values(u"header"_s)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) {
            *error = tr("--header \"%1\" is not NAME:VALUE").arg(header);
            return false;
        }
        const QByteArray headerName = header.left(colon).trimmed().toUtf8();
        const QByteArray value = header.mid(colon + 1).trimmed().toUtf8();
        profile->extraHeaders.removeIf([&headerName](const auto &existing) {
            return existing.first.compare(headerName, Qt::CaseInsensitive) == 0;
        });
        if (!value.isEmpty())
            profile->extraHeaders.append({headerName, value});
    }
    if (parser.isSet(u"key-env"_s))
        profile->keyVariable = parser.value(u"key-env"_s);
    if (parser.isSet(u"http2"_s) && parser.isSet(u"no-http2"_s)) {
        *error = tr("--http2 and --no-http2 cannot be combined");
        return false;
    }
    if (parser.isSet(u"http2"_s))
        profile->http2 = true;
    if (parser.isSet(u"no-http2"_s))
        profile->http2 = false;
    if (parser.isSet(u"cache-responses"_s) && parser.isSet(u"no-cache-responses"_s)) {
        *error = tr("--cache-responses and --no-cache-responses cannot be combined");
        return false;
    }
    if (parser.isSet(u"cache-responses"_s))
        profile->cacheResponses = true;
    if (parser.isSet(u"no-cache-responses"_s))
        profile->cacheResponses = false;
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int seconds = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || seconds < 1) {
            *error = tr("--timeout expects a whole number of seconds, at least 1");
            return false;
        }
        profile->timeoutSeconds = seconds;
    }
    return true;
}

QString ProfileCommand::moveKey(const QString &from, const QString &to)
{
    KeychainSecretStore keychain;
    const SecretStore::Result stored = keychain.readBlocking(from);
    if (stored.status == SecretStore::Status::NotFound)
        return {};
    if (stored.ok()) {
        const SecretStore::Result written = keychain.writeBlocking(to, stored.value);
        if (written.ok()) {
            keychain.removeBlocking(from);
            return {};
        }
        return tr("the key of \"%1\" could not be moved to \"%2\" in the keychain (%3); it "
                  "is still stored under the old name")
            .arg(from, to, written.message);
    }
    return tr("the keychain could not be reached (%1): a key stored for \"%2\", if any, was "
              "not moved to \"%3\"; store it again with \"modelkit key set %3\"")
        .arg(stored.message, from, to);
}

QString ProfileCommand::summary(const ProviderProfile &profile)
{
    QString text = u'"' + profile.name + u"\" ("_s + ProviderKinds::id(profile.kind);
    const QString model
        = profile.model.isEmpty() ? ProviderKinds::defaultModel(profile.kind) : profile.model;
    if (!model.isEmpty())
        text += u", "_s + model;
    const QUrl url
        = profile.baseUrl.isEmpty() ? ProviderKinds::defaultBaseUrl(profile.kind) : profile.baseUrl;
    if (!url.isEmpty())
        text += u", "_s + url.toString();
    if (profile.cacheResponses)
        text += tr(", responses cached");
    return text + u')';
}

} // namespace playground::cli
