// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/responsereader.h"
#include "transport/sseparser.h"

#include <QJsonObject>

namespace modelkit {

//! Reads Chat Completions answers: `chat.completion` bodies, `chat.completion.chunk` SSE
//! streams (OpenAI, Azure's filter chunks, compatible servers' `reasoning_content` /
//! `reasoning`), and error bodies. Only choice 0 is read; with n > 1 the others are
//! kept in the raw JSON only.
class OpenAiResponseReader : public ResponseReader
{
public:
    //! Events larger than this fail the stream instead of growing without bound.
    static constexpr qsizetype defaultMaxEventBytes = 64 * 1024 * 1024;

    OpenAiResponseReader();

    void feed(QByteArrayView bytes, ResultBuilder &out) override;
    void finish(ResultBuilder &out) override;
    std::optional<ModelError> readBody(const QByteArray &body, ResultBuilder &out) override;
    ModelError readError(int status, const HttpHeaders &headers,
                         const QByteArray &body) const override;

    static RequestUsage usageFromJson(const QJsonObject &usage);
    static FinishReason finishReasonFromWire(const QString &reason);
    //! The error object of a body or stream event (`{"error": {...}}`), typed.
    static ModelError errorFromJson(const QJsonObject &object, ModelError::Kind kind, int status);

private:
    void readEvent(const SseEvent &event, ResultBuilder &out);
    void readChunk(const QJsonObject &chunk, ResultBuilder &out);
    void readChoice(const QJsonObject &choice, const QString &messageKey, ResultBuilder &out);
    int toolCallIndex(const QJsonObject &call);

    SseParser m_parser;
    QJsonObject m_lastChunk;
    bool m_done = false;
    bool m_sawFinishReason = false;
    int m_lastToolCallIndex = -1;
    QString m_lastToolCallId;
};

} // namespace modelkit
