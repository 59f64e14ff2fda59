// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "testvalues.h"

#include <QDebug>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace testsupport {

RequestUsage usageOf(qint64 prompt, qint64 completion, qint64 reasoning, qint64 cached)
{
    RequestUsage usage;
    usage.promptTokens = prompt;
    usage.completionTokens = completion;
    usage.reasoningTokens = reasoning;
    usage.cachedPromptTokens = cached;
    return usage;
}

CompletionRequest userRequest(const QString &text)
{
    CompletionRequest request;
    request.messages << UserMessage{text, u"user"_s};
    return request;
}

QJsonObject parseObject(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << json << error.errorString();
    return doc.object();
}

} // namespace testsupport
