// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/modellistjob.h"

#include <QTimer>

namespace modelkit {

ModelListJob::ModelListJob(QObject *parent) : ProviderJob(parent) {}

ModelListJob *ModelListJob::ready(const QList<ModelDescriptor> &models, QObject *parent)
{
    auto *job = new ModelListJob(parent);
    QTimer::singleShot(0, job, [job, models] { job->finishWithModels(models); });
    return job;
}

void ModelListJob::finishWithModels(const QList<ModelDescriptor> &models)
{
    if (isFinished())
        return;
    m_models = models;
    finishSuccessfully();
}

} // namespace modelkit
