// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/createresult.h"
#include "core/modelerror.h"
#include "core/resultbuilder.h"

#include <QObject>

namespace modelkit {

//! One call to a model, from create() or createStream(). Owned by the caller (its QObject
//! parent is the client); delete it with deleteLater() once finished.
//!
//! Signal contract:
//! - While running, a streaming job emits textDelta / thoughtDelta / toolCallDelta in the
//!   order the provider sent them. A non-streaming job emits the whole content as deltas
//!   once, just before finished().
//! - finished() is emitted exactly once, always: on success, on error and after cancel().
//!   It is never emitted from inside create()/createStream() (errors found before sending
//!   are reported on the next event-loop turn), but cancel() emits it synchronously.
//! - No signal follows finished().
//! - After finished(): hasError() false → result() is the complete CreateResult;
//!   hasError() true → error() says why and result() keeps whatever arrived before the
//!   failure (partial text, thought, calls, usage), so nothing received is lost.
class CompletionJob : public QObject, private ResultBuilder::Observer
{
    Q_OBJECT

public:
    ~CompletionJob() override;

    bool isStreaming() const { return m_streaming; }
    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    //! The final result after finished(); while running, the reply so far.
    CreateResult result() const;
    //! Meaningful only when hasError().
    const ModelError &error() const;

    //! Stops the call: aborts the socket, keeps the partial reply, reports a Cancelled
    //! error and emits finished() before returning. Does nothing once finished.
    void cancel();

    //! A job that fails with `error` on the next event-loop turn.
    static CompletionJob *failed(const ModelError &error, bool streaming, QObject *parent);

Q_SIGNALS:
    void textDelta(const QString &text);
    void thoughtDelta(const QString &text);
    void toolCallDelta(int index, const QString &id, const QString &name,
                       const QString &argumentsFragment);
    void finished();

protected:
    CompletionJob(bool streaming, QObject *parent);

    ResultBuilder &builder() { return m_builder; }
    //! The transport's record; copied into the result when the job finishes.
    void setExchange(const Exchange &exchange);
    void finishWithResult();
    void finishWithError(const ModelError &error);
    void finishWithErrorLater(const ModelError &error);
    //! Stop all I/O without emitting anything; called once by cancel().
    virtual void abortWork() {}

private:
    void textAppended(const QString &text) override;
    void thoughtAppended(const QString &text) override;
    void toolCallAppended(int index, const QString &id, const QString &name,
                          const QString &argumentsFragment) override;
    void noteFirstToken();
    void finish();

    ResultBuilder m_builder;
    CreateResult m_result;
    Exchange m_exchange;
    std::optional<ModelError> m_error;
    qint64 m_firstTokenAtMs = 0;
    bool m_streaming;
    bool m_finished = false;
};

} // namespace modelkit
