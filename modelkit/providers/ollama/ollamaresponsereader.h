// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/responsereader.h"
#include "transport/ndjsonparser.h"

#include <QJsonObject>
#include <QUrl>

namespace modelkit {

//! Reads Ollama's `/api/chat` answers: NDJSON streams (one JSON object a line, the last with
//! `done: true`), `stream: false` bodies, and `{"error": "…"}` bodies and lines.
//!
//! - Text comes from `message.content`, the thought from `message.thinking`.
//! - Tool calls arrive whole with `arguments` as a JSON object: each becomes one
//!   toolCallDelta carrying the whole arguments as compact JSON text (keys in sorted
//!   order). The id is the wire's `id` when there is one, else "call_<n>" (n counts the
//!   calls of the reply from 0), so re-reading a transcript gives the same ids.
//! - finish: done_reason "stop" → stop (function_calls when there were calls), "length" →
//!   length, anything else ("load", "unload", absent) → unknown.
//! - usage: prompt_eval_count → promptTokens, eval_count → completionTokens; either may be
//!   absent (Ollama omits zero counts, e.g. for a fully cached prompt).
//! - responseId stays empty: Ollama has no response id (`created_at` is in `raw`).
//! - raw is the final line (or the whole body): it holds total_duration, load_duration,
//!   prompt_eval_duration and eval_duration, in nanoseconds, for the inspector.
class OllamaResponseReader : public ResponseReader
{
public:
    //! Lines larger than this fail the stream instead of growing without bound.
    static constexpr qsizetype defaultMaxLineBytes = 64 * 1024 * 1024;

    //! `baseUrl` and `model` only make error messages concrete ("is Ollama running at
    //! <baseUrl>?", "ollama pull <model>").
    explicit OllamaResponseReader(const QUrl &baseUrl = {}, const QString &model = {});

    void feed(QByteArrayView bytes, ResultBuilder &out) override;
    void setMaxEventBytes(qsizetype bytes) override { m_parser.setMaxLineBytes(bytes); }
    void finish(ResultBuilder &out) override;
    std::optional<ModelError> readBody(const QByteArray &body, ResultBuilder &out) override;
    ModelError readError(int status, const HttpHeaders &headers,
                         const QByteArray &body) const override;
    ModelError unreachableError(const ModelError &error) const override;

    static FinishReason finishReasonFromWire(const QString &doneReason);
    //! The error of an `{"error": …}` object: `kind`, or NotFound when it says the model
    //! is missing (then the message suggests `ollama pull`).
    ModelError errorFromJson(const QJsonObject &object, ModelError::Kind kind, int status) const;

private:
    void readLine(const QByteArray &line, ResultBuilder &out);
    void readChunk(const QJsonObject &chunk, ResultBuilder &out);

    NdjsonParser m_parser;
    QUrl m_baseUrl;
    QString m_model;
    QJsonObject m_lastChunk;
    int m_calls = 0;
    bool m_done = false;
};

} // namespace modelkit
