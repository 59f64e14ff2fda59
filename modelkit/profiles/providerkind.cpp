// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "profiles/providerkind.h"

#include "providers/anthropic/anthropicconfig.h"
#include "providers/gemini/geminiconfig.h"
#include "providers/ollama/ollamaconfig.h"
#include "providers/openai/openaiconfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace modelkit {

QList<ProviderKind> ProviderKinds::all()
{
    return {ProviderKind::OpenAi, ProviderKind::AzureOpenAi, ProviderKind::Anthropic,
            ProviderKind::Gemini, ProviderKind::Ollama,      ProviderKind::OpenAiCompatible};
}

QString ProviderKinds::id(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAi:
        return u"openai"_s;
    case ProviderKind::AzureOpenAi:
        return u"azure"_s;
    case ProviderKind::Anthropic:
        return u"anthropic"_s;
    case ProviderKind::Gemini:
        return u"gemini"_s;
    case ProviderKind::Ollama:
        return u"ollama"_s;
    case ProviderKind::OpenAiCompatible:
        return u"compatible"_s;
    }
    return {};
}

std::optional<ProviderKind> ProviderKinds::fromId(QStringView id)
{
    for (ProviderKind kind : all()) {
        if (id == ProviderKinds::id(kind))
            return kind;
    }
    return std::nullopt;
}

QString ProviderKinds::displayName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAi:
        return QCoreApplication::translate("modelkit::ProviderKinds", "OpenAI");
    case ProviderKind::AzureOpenAi:
        return QCoreApplication::translate("modelkit::ProviderKinds", "Azure OpenAI");
    case ProviderKind::Anthropic:
        return QCoreApplication::translate("modelkit::ProviderKinds", "Anthropic");
    case ProviderKind::Gemini:
        return QCoreApplication::translate("modelkit::ProviderKinds", "Google Gemini");
    case ProviderKind::Ollama:
        return QCoreApplication::translate("modelkit::ProviderKinds", "Ollama");
    case ProviderKind::OpenAiCompatible:
        return QCoreApplication::translate("modelkit::ProviderKinds", "OpenAI-compatible");
    }
    return {};
}

QUrl ProviderKinds::defaultBaseUrl(ProviderKind kind)
{
    // The clients' own defaults, so that a profile shows where an empty URL goes.
    switch (kind) {
    case ProviderKind::OpenAi:
        return OpenAiConfig::defaultBaseUrl(OpenAiConfig::Flavor::OpenAi);
    case ProviderKind::Anthropic:
        return AnthropicConfig::defaultBaseUrl();
    case ProviderKind::Gemini:
        return GeminiConfig::defaultBaseUrl();
    case ProviderKind::Ollama:
        return OllamaConfig::defaultBaseUrl();
    case ProviderKind::AzureOpenAi:
    case ProviderKind::OpenAiCompatible:
        break;
    }
    return {};
}

QString ProviderKinds::defaultModel(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAi:
        return u"gpt-4o-mini"_s;
    case ProviderKind::Anthropic:
        return u"claude-haiku-4-5"_s;
    case ProviderKind::Gemini:
        return u"gemini-2.5-flash"_s;
    case ProviderKind::Ollama:
        return u"llama3.2"_s;
    case ProviderKind::AzureOpenAi:
    case ProviderKind::OpenAiCompatible:
        break;
    }
    return {};
}

QStringList ProviderKinds::keyVariables(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAi:
        return {u"OPENAI_API_KEY"_s};
    case ProviderKind::AzureOpenAi:
        return {u"AZURE_OPENAI_API_KEY"_s};
    case ProviderKind::Anthropic:
        return {u"ANTHROPIC_API_KEY"_s};
    case ProviderKind::Gemini:
        // The google-genai SDK's order.
        return {u"GEMINI_API_KEY"_s, u"GOOGLE_API_KEY"_s};
    case ProviderKind::Ollama:
    case ProviderKind::OpenAiCompatible:
        break;
    }
    return {};
}

bool ProviderKinds::keyRequired(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAi:
    case ProviderKind::AzureOpenAi:
    case ProviderKind::Anthropic:
    case ProviderKind::Gemini:
        return true;
    case ProviderKind::Ollama:
    case ProviderKind::OpenAiCompatible:
        break;
    }
    return false;
}

} // namespace modelkit
