// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

namespace modelkit {

//! The APIs a provider profile can speak. (The offline replay/demo client is not a kind:
//! it is driven by a script, not by a profile.)
enum class ProviderKind { OpenAi, AzureOpenAi, Anthropic, Gemini, Ollama, OpenAiCompatible };

//! What modelkit knows about each ProviderKind: its stable id (profiles, command line),
//! its name for people, its default endpoint and model, and where its key usually lives.
class ProviderKinds
{
public:
    //! Every kind, in the order a user picks them from.
    static QList<ProviderKind> all();

    //! "openai", "azure", "anthropic", "gemini", "ollama" or "compatible". Stable: stored in
    //! profiles and accepted by `modelkit --provider`.
    static QString id(ProviderKind kind);
    //! The kind with that id (exact, lowercase); nullopt for anything else.
    static std::optional<ProviderKind> fromId(QStringView id);
    //! The translated name shown to users ("OpenAI", "Azure OpenAI", "Google Gemini"…).
    static QString displayName(ProviderKind kind);

    //! Where the kind's API lives when a profile gives no base URL; empty for Azure and
    //! OpenAI-compatible servers, whose URL the user must give.
    static QUrl defaultBaseUrl(ProviderKind kind);
    //! The model used when a profile names none: empty for Azure (a deployment name the
    //! user chose) and OpenAI-compatible servers.
    static QString defaultModel(ProviderKind kind);

    //! The environment variables the kind's key is usually read from, in order. None for
    //! Ollama (local servers need no key) and none for OpenAI-compatible servers: a key
    //! meant for one service is never sent to another by default.
    static QStringList keyVariables(ProviderKind kind);
    //! Whether the kind's API refuses calls without a key (OpenAI, Azure, Anthropic, Gemini).
    static bool keyRequired(ProviderKind kind);
};

} // namespace modelkit
