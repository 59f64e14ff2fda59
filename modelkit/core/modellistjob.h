// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modeldescriptor.h"
#include "core/modelerror.h"

#include <QList>
#include <QObject>

namespace modelkit {

//! Lists a provider's models. finished() comes exactly once, on the next event-loop turn at
//! the earliest (also after cancel()); then models() or error().
class ModelListJob : public QObject
{
    Q_OBJECT

public:
    ~ModelListJob() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    const ModelError &error() const;
    const QList<ModelDescriptor> &models() const { return m_models; }
    void cancel();

    //! A job that reports `models` on the next event-loop turn (providers with a fixed list).
    static ModelListJob *ready(const QList<ModelDescriptor> &models, QObject *parent);

Q_SIGNALS:
    void finished();

protected:
    explicit ModelListJob(QObject *parent);
    void finishWithModels(const QList<ModelDescriptor> &models);
    void finishWithError(const ModelError &error);
    //! Stop I/O without emitting; called once by cancel().
    virtual void abortWork() {}

private:
    QList<ModelDescriptor> m_models;
    std::optional<ModelError> m_error;
    bool m_finished = false;
};

} // namespace modelkit
