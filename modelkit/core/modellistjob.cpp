// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/modellistjob.h"

#include <QTimer>

namespace modelkit {

ModelListJob::ModelListJob(QObject *parent) : QObject(parent) {}

ModelListJob::~ModelListJob() = default;

const ModelError &ModelListJob::error() const
{
    static const ModelError none;
    return m_error ? *m_error : none;
}

void ModelListJob::cancel()
{
    if (m_finished)
        return;
    abortWork();
    finishWithError(
        ModelError::make(ModelError::Kind::Cancelled, QStringLiteral("the request was cancelled")));
}

ModelListJob *ModelListJob::ready(const QList<ModelDescriptor> &models, QObject *parent)
{
    auto *job = new ModelListJob(parent);
    QTimer::singleShot(0, job, [job, models] { job->finishWithModels(models); });
    return job;
}

void ModelListJob::finishWithModels(const QList<ModelDescriptor> &models)
{
    if (m_finished)
        return;
    m_models = models;
    m_finished = true;
    Q_EMIT finished();
}

void ModelListJob::finishWithError(const ModelError &error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace modelkit
