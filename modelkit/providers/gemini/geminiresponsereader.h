// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/sseresponsereader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace modelkit {

//! Reads Gemini answers: `generateContent` bodies, `streamGenerateContent?alt=sse` streams
//! and Google error bodies. Only candidate 0 is read (candidateCount > 1 leaves the others
//! in the raw JSON).
//!
//! - Stream: every `data:` event is a whole GenerateContentResponse carrying only the new
//!   parts; a functionCall part arrives whole, so it becomes one toolCallDelta with the full
//!   arguments (the `args` object as compact JSON text). There is no [DONE]: EOF after a
//!   candidate with a finishReason (or after a blocked prompt) is a complete reply, any
//!   other EOF an InvalidResponse error with the partial reply kept. `raw` is the last event,
//!   as for OpenAI chunks. Logprobs are taken from each event as they come.
//! - Parts with `thought: true` are the thought; functionCall ids are kept, or made up as
//!   "call_<n>" (n = the call's index in the reply) when Gemini sent none.
//! - Finish: STOP → stop (function_calls when there are calls), MAX_TOKENS → length,
//!   SAFETY / RECITATION / BLOCKLIST / PROHIBITED_CONTENT / SPII / IMAGE_SAFETY /
//!   IMAGE_PROHIBITED_CONTENT / IMAGE_RECITATION → content_filter, others → unknown.
//! - A blocked prompt (no candidates, `promptFeedback.blockReason`) is a *result*, not an
//!   error: finish content_filter, empty text, the reason in `raw.promptFeedback` — the call
//!   succeeded and was billed, and the caller asked a question the filter refused, exactly
//!   what content_filter says for OpenAI.
//! - Usage in OpenAI's meaning: prompt = promptTokenCount (cached included) +
//!   toolUsePromptTokenCount; cached = cachedContentTokenCount; completion =
//!   candidatesTokenCount + thoughtsTokenCount; reasoning = thoughtsTokenCount. Streamed
//!   usageMetadata is cumulative, the last one wins.
//! - `providerState["gemini"]` (stateKey()) keeps what the next request must send back:
//!   `{"parts": [{"part": "functionCall", "index": i, "thoughtSignature": s},
//!               {"part": "text", "thoughtSignature": s},
//!               {"part": "thought", "text": t, "thoughtSignature": s}],
//!     "syntheticCallIds": ["call_0", …]}`.
//!   `index` is the call's index in the result's content; the text entry belongs to the
//!   reply's (merged) text; a thought entry is a signed thought part with the thought text
//!   since the previous signed one. Keys with nothing to say are omitted.
//! - Errors `{"error": {code, message, status, details}}`: kind by HTTP status, except that
//!   a 400 with ErrorInfo.reason API_KEY_INVALID is Authentication (Google answers a bad key
//!   with 400, not 401); providerCode = ErrorInfo.reason when present, else status;
//!   retryAfterMs from RetryInfo.retryDelay ("19s", "3.700s").
class GeminiResponseReader : public SseResponseReader
{
public:
    void finish(ResultBuilder &out) override;
    std::optional<ModelError> readBody(const QByteArray &body, ResultBuilder &out) override;
    ModelError readError(int status, const HttpHeaders &headers,
                         const QByteArray &body) const override;

    //! The providerState key: "gemini".
    static QString stateKey() { return QStringLiteral("gemini"); }
    static RequestUsage usageFromJson(const QJsonObject &usageMetadata);
    static FinishReason finishReasonFromWire(const QString &reason);
    //! `logprobsResult` in AutoGen's shape: [{token, logprob, bytes, top_logprobs}].
    static QJsonArray logprobsFromJson(const QJsonObject &logprobsResult);
    //! A Google error object (`{"error": {...}}`), typed with `kind`.
    static ModelError errorFromJson(const QJsonObject &object, ModelError::Kind kind, int status);
    //! A google.protobuf.Duration in JSON ("19s", "3.700s") in milliseconds.
    static std::optional<qint64> durationMs(const QString &duration);
    //! `countTokens` answer → totalTokens; sets `error` when the body is not one.
    static qint64 parseTokenCount(const QByteArray &body, QString *error);

private:
    void readEvent(const SseEvent &event, ResultBuilder &out) override;
    void readResponse(const QJsonObject &response, ResultBuilder &out);
    void readParts(const QJsonArray &parts, ResultBuilder &out);
    void addSignature(QJsonObject entry, const QString &signature);

    QJsonObject m_lastEvent;
    bool m_sawFinishReason = false;
    bool m_blocked = false;
    int m_callCount = 0;
    QString m_thoughtRun; //!< thought text since the last signed thought part
    QJsonArray m_signatures;
    QJsonArray m_syntheticIds;
};

} // namespace modelkit
