// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "providers/responsereader.h"
#include "transport/sseparser.h"

namespace modelkit {

//! A ResponseReader for providers that stream Server-Sent Events (OpenAI, Anthropic,
//! Gemini): it owns the parser, caps event size and stops at the first stream error;
//! subclasses read one event at a time.
class SseResponseReader : public ResponseReader
{
public:
    //! Events larger than this fail the stream instead of growing without bound.
    static constexpr qsizetype defaultMaxEventBytes = 64 * 1024 * 1024;

    void feed(QByteArrayView bytes, ResultBuilder &out) final;
    void setMaxEventBytes(qsizetype bytes) final { m_parser.setMaxEventBytes(bytes); }

protected:
    SseResponseReader();

    virtual void readEvent(const SseEvent &event, ResultBuilder &out) = 0;
    //! The stream cannot go on (oversized event). Default: record the error.
    virtual void streamFailed(const ModelError &error, ResultBuilder &out);
    //! End of stream: reads the event left without a closing blank line. Call first in
    //! finish().
    void flushEvents(ResultBuilder &out);

private:
    SseParser m_parser;
};

} // namespace modelkit
