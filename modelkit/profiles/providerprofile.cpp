// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "profiles/providerprofile.h"

#include "core/jsonfields.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

// RFC 9110 token characters.
bool isHeaderName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

bool isVariableName(const QString &name)
{
    for (QChar c : name) {
        if (c == u'=' || c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return !name.isEmpty();
}

} // namespace

QStringList ProviderProfile::keyVariables() const
{
    return keyVariable.isEmpty() ? ProviderKinds::keyVariables(kind) : QStringList{keyVariable};
}

QString ProviderProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("modelkit::ProviderProfile", "the profile has no name");
    if (baseUrl.isEmpty()) {
        if (kind == ProviderKind::AzureOpenAi)
            return QCoreApplication::translate(
                "modelkit::ProviderProfile",
                "Azure OpenAI needs a base URL (https://RESOURCE.openai.azure.com)");
        if (kind == ProviderKind::OpenAiCompatible)
            return QCoreApplication::translate("modelkit::ProviderProfile",
                                               "an OpenAI-compatible server needs a base URL (e.g. "
                                               "http://localhost:8000/v1)");
    } else if (!baseUrl.isValid() || (baseUrl.scheme() != u"http" && baseUrl.scheme() != u"https")
               || baseUrl.host().isEmpty()) {
        return QCoreApplication::translate("modelkit::ProviderProfile",
                                           "the base URL \"%1\" is not an http(s) URL")
            .arg(baseUrl.toString());
    }
    if (timeoutSeconds <= 0)
        return QCoreApplication::translate("modelkit::ProviderProfile",
                                           "the timeout must be at least one second");
    for (const auto &[headerName, value] : extraHeaders) {
        if (!isHeaderName(headerName))
            return QCoreApplication::translate("modelkit::ProviderProfile",
                                               "\"%1\" is not a valid HTTP header name")
                .arg(QString::fromLatin1(headerName));
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return QCoreApplication::translate("modelkit::ProviderProfile",
                                               "the value of header %1 contains a line break")
                .arg(QString::fromLatin1(headerName));
    }
    if (!keyVariable.isEmpty() && !isVariableName(keyVariable))
        return QCoreApplication::translate("modelkit::ProviderProfile",
                                           "\"%1\" is not a valid environment variable name")
            .arg(keyVariable);
    return {};
}

QList<ProviderProfile> ProviderProfile::fromEnvironment(const QProcessEnvironment &env)
{
    QList<ProviderProfile> profiles;
    for (ProviderKind kind : {ProviderKind::OpenAi, ProviderKind::AzureOpenAi,
                              ProviderKind::Anthropic, ProviderKind::Gemini}) {
        const QStringList variables = ProviderKinds::keyVariables(kind);
        const bool hasKey = std::any_of(variables.cbegin(), variables.cend(),
                                        [&](const QString &v) { return !env.value(v).isEmpty(); });
        if (!hasKey)
            continue;
        ProviderProfile profile;
        profile.kind = kind;
        profile.name = QCoreApplication::translate("modelkit::ProviderProfile", "%1 (environment)")
                           .arg(ProviderKinds::displayName(kind));
        profile.model = ProviderKinds::defaultModel(kind);
        if (kind == ProviderKind::AzureOpenAi) {
            // The variables the openai SDK's AzureOpenAI client reads.
            const QString endpoint = env.value(u"AZURE_OPENAI_ENDPOINT"_s).trimmed();
            if (endpoint.isEmpty())
                continue;
            profile.baseUrl = QUrl(endpoint);
            profile.apiVersion = env.value(u"OPENAI_API_VERSION"_s).trimmed();
        }
        profiles.append(profile);
    }
    return profiles;
}

QJsonObject ProviderProfile::toJson() const
{
    QJsonObject o{{u"name"_s, name}, {u"kind"_s, ProviderKinds::id(kind)}};
    if (!baseUrl.isEmpty())
        o.insert(u"base_url"_s, baseUrl.toString(QUrl::FullyEncoded));
    if (!model.isEmpty())
        o.insert(u"model"_s, model);
    if (!apiVersion.isEmpty())
        o.insert(u"api_version"_s, apiVersion);
    if (!extraHeaders.isEmpty())
        o.insert(u"extra_headers"_s, httpHeadersToJson(extraHeaders));
    o.insert(u"http2"_s, http2);
    o.insert(u"timeout_seconds"_s, timeoutSeconds);
    if (!keyVariable.isEmpty())
        o.insert(u"key_variable"_s, keyVariable);
    if (cacheResponses)
        o.insert(u"cache_responses"_s, true);
    return o;
}

std::optional<ProviderProfile> ProviderProfile::fromJson(const QJsonValue &value, JsonError *error,
                                                         const QString &path)
{
    JsonFields fields(value, path, error);
    ProviderProfile profile;
    QString kindId;
    std::optional<QString> baseUrl;
    QJsonArray headers;
    qint64 timeout = profile.timeoutSeconds;
    if (!fields.isObject() || !fields.requireString(u"name"_s, &profile.name)
        || !fields.requireString(u"kind"_s, &kindId)
        || !fields.optionalString(u"base_url"_s, &baseUrl)
        || !fields.optionalString(u"model"_s, &profile.model)
        || !fields.optionalString(u"api_version"_s, &profile.apiVersion)
        || !fields.optionalArray(u"extra_headers"_s, &headers)
        || !fields.optionalBool(u"http2"_s, &profile.http2)
        || !fields.optionalInteger(u"timeout_seconds"_s, &timeout)
        || !fields.optionalString(u"key_variable"_s, &profile.keyVariable)
        || !fields.optionalBool(u"cache_responses"_s, &profile.cacheResponses)
        || !httpHeadersFromJson(headers, &profile.extraHeaders, error,
                                fields.childPath(u"extra_headers"_s)))
        return std::nullopt;
    // Keys belong in the key store; one pasted here is refused rather than silently ignored.
    for (const QString &secret : {u"api_key"_s, u"key"_s}) {
        if (fields.has(secret)) {
            fields.fail(secret, u"API keys are not stored in profiles"_s);
            return std::nullopt;
        }
    }
    const std::optional<ProviderKind> kind = ProviderKinds::fromId(kindId);
    if (!kind) {
        QStringList known;
        for (ProviderKind k : ProviderKinds::all())
            known << ProviderKinds::id(k);
        fields.fail(u"kind"_s,
                    u"unknown provider kind \"%1\" (known: %2)"_s.arg(kindId, known.join(u", "_s)));
        return std::nullopt;
    }
    profile.kind = *kind;
    if (baseUrl && !baseUrl->isEmpty()) {
        profile.baseUrl = QUrl(*baseUrl, QUrl::StrictMode);
        if (!profile.baseUrl.isValid()) {
            fields.fail(u"base_url"_s, u"not a valid URL"_s);
            return std::nullopt;
        }
    }
    if (timeout < std::numeric_limits<int>::min() || timeout > std::numeric_limits<int>::max()) {
        fields.fail(u"timeout_seconds"_s, u"out of range"_s);
        return std::nullopt;
    }
    profile.timeoutSeconds = int(timeout);
    return profile;
}

} // namespace modelkit
