// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionrequest.h"
#include "providers/openai/openaiconfig.h"
#include "transport/httprequest.h"

#include <QJsonObject>

namespace modelkit {

//! Builds Chat Completions requests: URL, headers and the JSON body.
class OpenAiRequestBuilder
{
public:
    explicit OpenAiRequestBuilder(const OpenAiConfig &config);

    //! A parameter this flavor cannot send, or empty. Asked before building.
    QString unsupportedParameter(const CompletionRequest &request) const;
    QJsonObject body(const CompletionRequest &request, bool streaming) const;
    HttpRequest chatRequest(const CompletionRequest &request, bool streaming) const;
    HttpRequest modelsRequest() const;

    QUrl chatUrl() const;
    QUrl modelsUrl() const;
    HttpHeaders headers() const;

    static QJsonArray messages(const QList<LlmMessage> &messages, const QString &systemRole);

private:
    QUrl endpoint(const QString &path, bool deploymentScoped) const;

    OpenAiConfig m_config;
};

} // namespace modelkit
