// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/jsonmerge.h"

namespace modelkit {

void mergeJsonInto(QJsonObject &target, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const QJsonValue existing = target.value(it.key());
        if (existing.isObject() && it.value().isObject()) {
            QJsonObject merged = existing.toObject();
            mergeJsonInto(merged, it.value().toObject());
            target.insert(it.key(), merged);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

} // namespace modelkit
