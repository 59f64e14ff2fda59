// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionparameters.h"
#include "core/completionrequest.h"
#include "core/jsonerror.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace modelkit {

//! One configuration of a comparison: where the shared conversation goes (a profile, a
//! provider, a model), with its own parameters and system prompt, and how often.
//!
//! JSON (every field written; null or empty when unset):
//! `{"id", "label", "profile", "provider", "model", "parameters": CompletionParameters,
//!   "system_prompt": string | null, "repeat": 1, "cache": true | false | null}`. Only `id`
//! is required; an absent `cache` reads as null. Never a key. See comparison-format.md.
//!
//! Spec (the command line's `--lane`, see fromSpec()):
//! `PROFILE[:MODEL[:KEY=VALUE,...]]`.
struct CompareLane
{
    Q_DECLARE_TR_FUNCTIONS(CompareLane)

public:
    //! The most attempts one lane makes (repeat).
    static constexpr int maxRepeat = 100;

    QString id;    //!< unique within a comparison
    QString label; //!< for people; empty = displayName()'s default
    //! The saved provider profile's name; empty for an ad-hoc provider (then `provider`).
    QString profile;
    //! A ProviderKinds id ("openai"…) or "demo": what the catalog prices the lane with. Empty
    //! = the client's ChatCompletionClient::providerName().
    QString provider;
    //! Empty = the profile's (or provider's) default model.
    QString model;
    //! Set fields replace the conversation's (see request()); unset ones keep them.
    CompletionParameters parameters;
    //! nullopt: the conversation's system message. A text replaces the conversation's first
    //! system message, or is put first when it has none. An empty text removes the first
    //! system message (a "no system prompt" variant).
    std::optional<QString> systemPrompt;
    //! Attempts, run one after the other (1 = no repeat); 1..maxRepeat.
    int repeat = 1;
    //! Whether the lane's calls go through the response cache (ChatCompletionCache):
    //! nullopt = the profile's setting (ProviderProfile::cacheResponses); true/false
    //! override it.
    std::optional<bool> cache;

    //! The label, else "PROFILE:MODEL" (PROFILE being the profile or provider; ":MODEL" only
    //! when a model is set).
    QString displayName() const;
    //! The name concurrency limits count this lane under: the profile, else the provider.
    QString limitKey() const { return profile.isEmpty() ? provider : profile; }

    //! `shared` with this lane's parameters merged over its own and the system prompt
    //! variant applied; tools, tool_choice, output mode and extra arguments unchanged.
    CompletionRequest request(const CompletionRequest &shared) const;
    //! `base` with every field set in `overrides` replaced (a non-empty stop list replaces
    //! the base's list).
    static CompletionParameters mergeParameters(const CompletionParameters &base,
                                                const CompletionParameters &overrides);

    //! Why this lane cannot run (translated), or an empty string: no id, neither profile
    //! nor provider, repeat out of range.
    QString validationError() const;

    //! Reads `PROFILE[:MODEL[:KEY=VALUE,...]]` into profile, model, parameters,
    //! systemPrompt, repeat and cache (id, label and provider are left empty: PROFILE may
    //! name a provider, which only the caller can tell).
    //! - MODEL runs up to the first ':' that is followed by `KEY=` (so "llama3.1:8b" is one
    //!   model name); it may be empty.
    //! - Overrides are separated by a ',' that is followed by `KEY=` (so `stop=["a","b"]`
    //!   stays whole); each VALUE is JSON when it parses as JSON (0.2, true, ["a"]), else
    //!   text. KEY is a CompletionParameters key, `repeat` (a positive integer), `cache`
    //!   (true or false) or `system` (the system prompt variant), which must come last and
    //!   takes the rest of the spec, commas and colons included.
    //! nullopt with a translated reason in `error` otherwise.
    static std::optional<CompareLane> fromSpec(const QString &spec, QString *error);
    //! The spec fromSpec() reads back into the same profile (or provider), model,
    //! parameters, system prompt, repeat and cache.
    QString toSpec() const;

    QJsonObject toJson() const;
    static std::optional<CompareLane> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                               const QString &path = QStringLiteral("$"));
    bool operator==(const CompareLane &) const = default;
};

} // namespace modelkit
