// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/sseresponsereader.h"

#include <map>

#include <QJsonArray>
#include <QJsonObject>

namespace modelkit {

//! Reads Messages API answers: `message` bodies, the SSE event stream (message_start,
//! content_block_start/delta/stop, message_delta, message_stop, ping, error) and error
//! bodies.
//!
//! - Text blocks are concatenated into the text; thinking blocks into `thought` (blank line
//!   between blocks); tool_use blocks become FunctionCalls numbered 0, 1… in reply order
//!   (not by content-block index), with `input` as JSON text: streamed input_json_delta
//!   fragments are passed on as they arrive; a call without fragments gets its start
//!   `input` (`{}`).
//! - thinking / redacted_thinking blocks, signature included, are kept in
//!   providerState["anthropic"] (see AnthropicConfig::providerStateKey()).
//! - `raw` is the whole message: message_start's message with the assembled content
//!   blocks, the message_delta fields (stop_reason, stop_details…) and the cumulative usage.
//! - Usage in OpenAI's meaning: prompt = input + cache creation + cache read tokens.
class AnthropicResponseReader : public SseResponseReader
{
public:
    void finish(ResultBuilder &out) override;
    void abandon(ResultBuilder &out) override;
    std::optional<ModelError> readBody(const QByteArray &body, ResultBuilder &out) override;
    ModelError readError(int status, const HttpHeaders &headers,
                         const QByteArray &body) const override;

    static RequestUsage usageFromJson(const QJsonObject &usage);
    //! end_turn/stop_sequence → stop, max_tokens → length, tool_use → function_calls,
    //! refusal → content_filter, anything else (pause_turn…) → unknown.
    static FinishReason finishReasonFromWire(const QString &stopReason);
    //! The kind of an `error` stream event by its error type.
    static ModelError::Kind errorKindForType(const QString &type);
    //! `{"type":"error","error":{"type","message"},"request_id"}`, typed.
    static ModelError errorFromJson(const QJsonObject &object, ModelError::Kind kind, int status);
    //! The count of a `POST /v1/messages/count_tokens` answer (`{"input_tokens": N}`), or
    //! sets `error`.
    static qint64 tokenCountFromBody(const QByteArray &body, QString *error);

private:
    struct Block
    {
        QJsonObject start; // content_block of content_block_start
        QString type;
        QString text;
        QString thinking;
        QString signature;
        QString partialJson;
        QJsonValue input; // tool_use: partialJson parsed once at the block's stop
        QJsonArray citations;
        int callIndex = -1; // for tool_use blocks
        bool stopped = false;
    };

    void readEvent(const SseEvent &event, ResultBuilder &out) override;
    void onMessageStart(const QJsonObject &message, ResultBuilder &out);
    void onBlockStart(int index, const QJsonObject &block, ResultBuilder &out);
    void onBlockDelta(int index, const QJsonObject &delta, ResultBuilder &out);
    void onBlockStop(int index, ResultBuilder &out);
    void onMessageDelta(const QJsonObject &event, ResultBuilder &out);
    void appendThinking(Block &block, const QString &text, ResultBuilder &out);
    QJsonObject assembledMessage() const;
    //! Hands the assembled message (raw) and the thinking blocks to the builder. Costs a
    //! pass over every block: called once at the end (message_stop, finish(), a failure),
    //! not per block.
    void publish(ResultBuilder &out) const;
    void streamFailed(const ModelError &error, ResultBuilder &out) override;

    QJsonObject m_message; // message_start's message, message_delta fields applied
    QJsonObject m_usage;   // cumulative usage
    std::map<int, Block> m_blocks;
    int m_calls = 0;
    bool m_hasThought = false;
    bool m_started = false;
    bool m_stopped = false;
};

} // namespace modelkit
