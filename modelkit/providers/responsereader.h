// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/httpheaders.h"
#include "core/modelerror.h"
#include "core/resultbuilder.h"

#include <optional>

#include <QByteArray>

namespace modelkit {

//! The provider-specific half of a call: turns response bytes into a CreateResult. Pure — no
//! sockets — so parsers and benchmarks run it in-process on recorded or synthetic data.
class ResponseReader
{
public:
    virtual ~ResponseReader() = default;

    //! Streaming: another piece of a 2xx body. Deltas go into `out` as they complete.
    virtual void feed(QByteArrayView bytes, ResultBuilder &out) = 0;
    //! Streaming: the body ended. Flushes the parser and checks the stream was complete.
    virtual void finish(ResultBuilder &out) = 0;
    //! Streaming: an error the stream itself reported or a malformed/truncated stream.
    //! Set during feed()/finish(); the call stops at the first one.
    std::optional<ModelError> streamError() const { return m_streamError; }

    //! Streaming: the largest event (SSE) or line (NDJSON) accepted; a larger one fails the
    //! stream with InvalidResponse. 0 = unlimited. Readers without such units ignore it.
    virtual void setMaxEventBytes(qsizetype bytes) { Q_UNUSED(bytes); }

    //! Streaming: the body stopped early (cancelled, connection lost) without finish().
    //! Readers that assemble state lazily hand over what they have.
    virtual void abandon(ResultBuilder &out) { Q_UNUSED(out); }
    //! Non-streaming: the whole 2xx body. Returns an error if it cannot be understood.
    virtual std::optional<ModelError> readBody(const QByteArray &body, ResultBuilder &out) = 0;
    //! A non-2xx answer as a typed error with the provider's message and request id.
    virtual ModelError readError(int status, const HttpHeaders &headers,
                                 const QByteArray &body) const = 0;
    //! A call that got no HTTP answer at all (connection refused, host not found…), as the
    //! transport reported it. Providers may add advice (Ollama: "is the server running?").
    virtual ModelError unreachableError(const ModelError &error) const { return error; }

protected:
    void setStreamError(const ModelError &error)
    {
        if (!m_streamError)
            m_streamError = error;
    }

private:
    std::optional<ModelError> m_streamError;
};

} // namespace modelkit
