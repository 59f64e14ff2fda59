// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"
#include "core/jsonerror.h"
#include "profiles/providerkind.h"

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QProcessEnvironment;

namespace modelkit {

//! A named way to reach one provider: its kind, endpoint, default model and request
//! settings. A profile never holds an API key: keys live in the SecretStore (or an
//! environment variable, see keyVariable) and are handed to ClientFactory separately.
//!
//! JSON (snake_case; no key field exists):
//! `{"name", "kind": "openai"|"azure"|"anthropic"|"gemini"|"ollama"|"compatible",
//!   "base_url", "model", "api_version", "extra_headers": [[name, value]…], "http2",
//!   "timeout_seconds", "key_variable", "cache_responses"}`; only `name` and `kind` are
//!   required.
struct ProviderProfile
{
    QString name;
    ProviderKind kind = ProviderKind::OpenAi;
    //! Empty = ProviderKinds::defaultBaseUrl(kind); required for Azure and compatible
    //! servers. OpenAI with another host than api.openai.com speaks the compatible
    //! dialect (see ClientFactory).
    QUrl baseUrl;
    //! Empty = ProviderKinds::defaultModel(kind). Azure: the deployment name.
    QString model;
    //! Azure: api-version (default 2024-10-21); Anthropic: anthropic-version (default
    //! 2023-06-01); Gemini: the API version in the path (default v1beta). Empty = default.
    QString apiVersion;
    HttpHeaders extraHeaders; //!< sent with every request, after the provider's own
    bool http2 = false;       //!< off by default: Qt 6.4's HTTP/2 has open CVEs
    //! The playground answers repeated requests from its response cache (a choice made
    //! per profile: useful against paid APIs, pointless against a local server).
    bool cacheResponses = false;
    int timeoutSeconds = 600; //!< the whole call, retries included
    //! The environment variable to read the key from; empty = the kind's usual ones
    //! (ProviderKinds::keyVariables). When set, only this variable is read.
    QString keyVariable;

    //! The environment variables ClientFactory::resolveKey reads, in order.
    QStringList keyVariables() const;

    //! Why this profile cannot be used (translated), or an empty string: no name, a
    //! missing base URL where the kind has no default, a base URL that is not http(s),
    //! a timeout below one second, a malformed extra header or key variable.
    QString validationError() const;

    //! One profile per kind whose key is in `env` (see ProviderKinds::keyVariables), named
    //! "<kind> (environment)", with the kind's default model. Azure needs
    //! AZURE_OPENAI_ENDPOINT as well (→ baseUrl; OPENAI_API_VERSION → apiVersion) and has
    //! no model: the deployment name is the user's choice. Ollama and compatible servers
    //! are never included. The keys themselves are not copied.
    static QList<ProviderProfile> fromEnvironment(const QProcessEnvironment &env);

    QJsonObject toJson() const;
    //! Reads the JSON above; type errors, an unknown kind, a malformed URL or an `api_key`
    //! field fail with a JSONPath. A readable but unusable profile (say, Azure without a
    //! URL) is returned: check validationError().
    static std::optional<ProviderProfile> fromJson(const QJsonValue &value,
                                                   JsonError *error = nullptr,
                                                   const QString &path = QStringLiteral("$"));
    bool operator==(const ProviderProfile &) const = default;
};

} // namespace modelkit
