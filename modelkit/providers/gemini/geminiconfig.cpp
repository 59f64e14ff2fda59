// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/gemini/geminiconfig.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QUrl GeminiConfig::defaultBaseUrl()
{
    return QUrl(u"https://generativelanguage.googleapis.com"_s);
}

QString GeminiConfig::modelResource() const
{
    const QString name = model.trimmed();
    // Tuned models live in their own collection; everything else is under models/.
    if (name.startsWith(u"models/") || name.startsWith(u"tunedModels/"))
        return name;
    return u"models/"_s + name;
}

QString GeminiConfig::modelId() const
{
    const QString name = model.trimmed();
    return name.startsWith(u"models/") ? name.mid(7) : name;
}

} // namespace modelkit
