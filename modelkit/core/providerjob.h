// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modelerror.h"

#include <QObject>

namespace modelkit {

//! Base of the small one-shot provider requests (model lists, token counts). finished()
//! comes exactly once — never from inside the call that created the job, but synchronously
//! from cancel() — then the subclass's payload or error().
class ProviderJob : public QObject
{
    Q_OBJECT

public:
    ~ProviderJob() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    //! Meaningful only when hasError().
    const ModelError &error() const;
    void cancel();

Q_SIGNALS:
    void finished();

protected:
    explicit ProviderJob(QObject *parent);
    //! Subclasses store their payload, then call this.
    void finishSuccessfully();
    void finishWithError(const ModelError &error);
    //! Stop I/O without emitting; called once by cancel().
    virtual void abortWork() {}

private:
    std::optional<ModelError> m_error;
    bool m_finished = false;
};

} // namespace modelkit
