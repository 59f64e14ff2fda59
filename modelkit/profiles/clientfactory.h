// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modelinfo.h"
#include "profiles/providerprofile.h"
#include "transport/transportoptions.h"

#include <memory>
#include <optional>

#include <QString>

class QProcessEnvironment;

namespace modelkit {

class ChatCompletionClient;
class HttpTransport;

//! Makes the client a ProviderProfile describes: the one path from settings to a
//! ChatCompletionClient for the GUI and the `modelkit` command line.
//!
//! - OpenAI: the OpenAI flavor; a base URL on another host than api.openai.com (a proxy,
//!   a local server) switches to the compatible dialect (max_tokens, no key required).
//! - Azure OpenAI: classic deployment URLs (model = deployment, api-version defaulting to
//!   2024-10-21) or the v1 API when the base URL contains /openai/v1; `api-key` header.
//! - Anthropic, Gemini, Ollama, OpenAI-compatible: their own clients; an empty model is
//!   ProviderKinds::defaultModel(), an empty base URL the client's default.
class ClientFactory
{
public:
    //! What a caller may set beyond the profile (the command line's --max-retries,
    //! --idle-timeout, Ollama's --keep-alive and --num-ctx).
    struct Overrides
    {
        //! Replaces transportOptions(profile) as a whole.
        std::optional<TransportOptions> transport;
        std::optional<QString> ollamaKeepAlive; //!< OllamaConfig::keepAlive
        std::optional<qint64> ollamaNumCtx;     //!< OllamaConfig::numCtx
        //! The model's capabilities from the catalog, replacing the provider's own guess.
        std::optional<ModelInfo> modelInfo;
    };

    //! The client for `profile` using `apiKey` (may be empty where no key is required),
    //! or nullptr with a translated reason in `error`: the profile's validationError(), a
    //! missing key where keyRequired(), no transport.
    static std::unique_ptr<ChatCompletionClient> create(const ProviderProfile &profile,
                                                        const QString &apiKey,
                                                        HttpTransport *transport, QString *error);
    static std::unique_ptr<ChatCompletionClient> create(const ProviderProfile &profile,
                                                        const QString &apiKey,
                                                        HttpTransport *transport,
                                                        const Overrides &overrides, QString *error);

    //! The key for `profile` from `env`: the first non-empty value of
    //! profile.keyVariables() (only keyVariable when the profile names one, else the
    //! kind's usual variables); empty when none is set.
    static QString resolveKey(const ProviderProfile &profile, const QProcessEnvironment &env);

    //! Whether create() refuses an empty key for `profile`: the kind requires one, except
    //! OpenAI on another host (which is treated as a compatible server).
    static bool keyRequired(const ProviderProfile &profile);

    //! The transport settings of `profile`: its total timeout and HTTP/2 switch over the
    //! SDK defaults (2 retries, 120 s idle timeout).
    static TransportOptions transportOptions(const ProviderProfile &profile);
};

} // namespace modelkit
