// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/sseresponsereader.h"

#include <QJsonObject>

namespace modelkit {

//! Reads Chat Completions answers: `chat.completion` bodies, `chat.completion.chunk` SSE
//! streams (OpenAI, Azure's filter chunks, compatible servers' `reasoning_content` /
//! `reasoning`), and error bodies. Only choice 0 is read; with n > 1 the others are
//! kept in the raw JSON only.
class OpenAiResponseReader : public SseResponseReader
{
public:
    void finish(ResultBuilder &out) override;
    std::optional<ModelError> readBody(const QByteArray &body, ResultBuilder &out) override;
    ModelError readError(int status, const HttpHeaders &headers,
                         const QByteArray &body) const override;

    static RequestUsage usageFromJson(const QJsonObject &usage);
    static FinishReason finishReasonFromWire(const QString &reason);
    //! The error object of a body or stream event (`{"error": {...}}`), typed.
    static ModelError errorFromJson(const QJsonObject &object, ModelError::Kind kind, int status);

private:
    void readEvent(const SseEvent &event, ResultBuilder &out) override;
    void readChunk(const QJsonObject &chunk, ResultBuilder &out);
    void readChoice(const QJsonObject &choice, const QString &messageKey, ResultBuilder &out);
    int toolCallIndex(const QJsonObject &call);

    QJsonObject m_lastChunk;
    bool m_done = false;
    bool m_sawFinishReason = false;
    int m_lastToolCallIndex = -1;
    QString m_lastToolCallId;
};

} // namespace modelkit
