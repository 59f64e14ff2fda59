// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modeldescriptor.h"
#include "core/modelinfo.h"

#include <QList>

namespace modelkit {

//! What modelkit knows about OpenAI models by name until the model catalog lands.
//! Unknown names (any compatible server's models) get ModelInfo::permissive().
class OpenAiModels
{
public:
    static ModelInfo infoFor(const QString &model);
    //! Parses `GET /models` (`{"object":"list","data":[{id, owned_by, created}]}`).
    static QList<ModelDescriptor> parseList(const QByteArray &body, QString *error);
};

} // namespace modelkit
