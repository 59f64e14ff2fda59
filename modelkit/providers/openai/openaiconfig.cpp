// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/openai/openaiconfig.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QUrl OpenAiConfig::defaultBaseUrl(Flavor flavor)
{
    switch (flavor) {
    case Flavor::OpenAi:
        return QUrl(u"https://api.openai.com/v1"_s);
    case Flavor::Azure:
    case Flavor::Compatible:
        break;
    }
    return {};
}

bool OpenAiConfig::isAzureV1() const
{
    return flavor == Flavor::Azure && baseUrl.path().contains(u"/openai/v1");
}

} // namespace modelkit
