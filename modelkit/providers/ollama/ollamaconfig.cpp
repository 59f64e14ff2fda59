// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/ollama/ollamaconfig.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QUrl OllamaConfig::defaultBaseUrl()
{
    return QUrl(u"http://localhost:11434"_s);
}

} // namespace modelkit
