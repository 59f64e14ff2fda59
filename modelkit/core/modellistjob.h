// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modeldescriptor.h"
#include "core/providerjob.h"

#include <QList>

namespace modelkit {

//! Lists a provider's models; models() is valid after a successful finished().
class ModelListJob : public ProviderJob
{
    Q_OBJECT

public:
    const QList<ModelDescriptor> &models() const { return m_models; }

    //! A job that reports `models` on the next event-loop turn (providers with a fixed list).
    static ModelListJob *ready(const QList<ModelDescriptor> &models, QObject *parent);

protected:
    explicit ModelListJob(QObject *parent);
    void finishWithModels(const QList<ModelDescriptor> &models);

private:
    QList<ModelDescriptor> m_models;
};

} // namespace modelkit
