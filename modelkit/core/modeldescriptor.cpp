// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/modeldescriptor.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QJsonObject ModelDescriptor::toJson() const
{
    QJsonObject o{{u"id"_s, id}};
    if (!displayName.isEmpty())
        o.insert(u"display_name"_s, displayName);
    if (!ownedBy.isEmpty())
        o.insert(u"owned_by"_s, ownedBy);
    if (created > 0)
        o.insert(u"created"_s, created);
    if (contextWindow > 0)
        o.insert(u"context_window"_s, contextWindow);
    return o;
}

} // namespace modelkit
