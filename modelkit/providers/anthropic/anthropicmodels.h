// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modeldescriptor.h"
#include "core/modelinfo.h"

#include <QList>
#include <QUrl>

namespace modelkit {

//! What modelkit knows about Claude models by name, and the `GET /v1/models` listing.
class AnthropicModels
{
public:
    //! Known families by id prefix (dated ids and aliases alike). Unknown names get
    //! ModelInfo::permissive() except `jsonOutput`: the Messages API has no JSON-object
    //! mode for any model (structured output takes a schema).
    static ModelInfo infoFor(const QString &model);

    //! Parses one page of `GET /v1/models` (`{"data":[{type, id, display_name, created_at,
    //! max_input_tokens?}], "has_more", "first_id", "last_id"}`). When `has_more` is true,
    //! `nextPage` becomes `pageUrl` with `after_id` set to `last_id`.
    static QList<ModelDescriptor> parseList(const QByteArray &body, const QUrl &pageUrl,
                                            QString *error, QUrl *nextPage);
};

} // namespace modelkit
