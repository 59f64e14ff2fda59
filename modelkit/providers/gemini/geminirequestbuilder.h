// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionrequest.h"
#include "providers/gemini/geminiconfig.h"
#include "transport/httprequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace modelkit {

//! Builds Gemini `generateContent` / `streamGenerateContent` / `countTokens` / `models`
//! requests: URL, headers and the camelCase JSON body.
//!
//! Mapping choices worth knowing:
//! - Every SystemMessage, wherever it sits, goes into the one `systemInstruction`, one part
//!   each in conversation order: Gemini has no system turns.
//! - Consecutive turns of the same role are merged into one `contents` entry (function
//!   results are role "user", so a result followed by a user message becomes one turn).
//! - Images: inline bytes → `inlineData`; a URL → `fileData{mimeType, fileUri}`. Gemini
//!   fetches only some URIs itself (Files API URIs, YouTube links, and on newer models public
//!   HTTP(S) URLs); for anything else it answers 400, so upload or inline the image instead.
//!   `data:` URLs are sent inline.
//! - Assistant turns become role "model": signed thought parts, the text, the function calls
//!   (`args` = the parsed arguments), with the thought signatures and call ids recorded in
//!   `providerState["gemini"]` (see GeminiResponseReader) put back on the same parts. The
//!   unsigned thought text is not sent back: Gemini ignores it.
//! - Function results: role "user", `functionResponse{name, id?, response:{"result": text}}`
//!   (`{"error": text}` when is_error). The name falls back to the call's name found by id.
//!   Ids modelkit made up (the model gave none) are never sent.
//! - reasoning_effort → `thinkingConfig.thinkingLevel`: minimal→MINIMAL, low→LOW,
//!   medium→MEDIUM, high→HIGH; "none" and "xhigh" have no level (use thinking_budget=0 to
//!   turn thinking off). thinking_budget → `thinkingBudget`. Either one sets
//!   `includeThoughts: true` (except a budget of 0), so thoughts come back as `thought`.
//! - json_schema → `responseMimeType: application/json` + `responseJsonSchema` (JSON Schema,
//!   enforced by Gemini's constrained decoding, so `strict` needs nothing more); the schema's
//!   name and description have no Gemini field.
class GeminiRequestBuilder
{
public:
    explicit GeminiRequestBuilder(const GeminiConfig &config);

    //! A parameter Gemini cannot take, or empty. Asked before building (→ Unsupported).
    QString unsupportedParameter(const CompletionRequest &request) const;
    //! The GenerateContentRequest body. Sets `problem` (→ InvalidRequest) when the
    //! conversation cannot be expressed, e.g. function arguments that are not a JSON object.
    QJsonObject body(const CompletionRequest &request, QString *problem = nullptr) const;

    HttpRequest generateRequest(const CompletionRequest &request, bool streaming,
                                QString *problem = nullptr) const;
    //! `countTokens` with `{"generateContentRequest": {model, contents, systemInstruction,
    //! tools, generationConfig…}}`, so tools and the system instruction are counted too.
    HttpRequest countTokensRequest(const CompletionRequest &request,
                                   QString *problem = nullptr) const;
    HttpRequest modelsRequest(const QString &pageToken = {}) const;

    QUrl generateUrl(bool streaming) const;
    QUrl countTokensUrl() const;
    //! `GET …/models?pageSize=100[&pageToken=…]`.
    QUrl modelsUrl(const QString &pageToken = {}) const;
    HttpHeaders headers() const;

    //! `systemInstruction` from every SystemMessage; empty when there is none.
    static QJsonObject systemInstruction(const QList<LlmMessage> &messages);
    //! The `contents` array, or sets `problem`.
    static QJsonArray contents(const QList<LlmMessage> &messages, QString *problem);

private:
    QUrl endpoint(const QString &path) const;

    GeminiConfig m_config;
};

} // namespace modelkit
