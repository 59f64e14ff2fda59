// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modeldescriptor.h"
#include "core/modelinfo.h"

#include <QList>
#include <QUrl>

namespace modelkit {

//! What modelkit knows about OpenAI models by name until the model catalog lands.
//! Unknown names (any compatible server's models) get ModelInfo::permissive().
class OpenAiModels
{
public:
    static ModelInfo infoFor(const QString &model);
    //! Parses `GET /models` (`{"object":"list","data":[{id, owned_by, created}]}`).
    //! The list is not paginated; `nextPage` is left unset.
    static QList<ModelDescriptor> parseList(const QByteArray &body, QString *error, QUrl *nextPage);
};

} // namespace modelkit
