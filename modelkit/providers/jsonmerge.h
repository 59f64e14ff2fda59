// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace modelkit {

//! Merges `extra` into `target`, the rule every provider applies to a request's
//! `extra_create_args`: the extra values win, but where both sides hold an object the two are
//! merged key by key, recursively. So `{"generationConfig": {"candidateCount": 2}}` (Gemini) or
//! `{"options": {"num_gpu": 1}}` (Ollama) adds to what was generated instead of dropping
//! temperature and the rest; any other value (string, number, array, null) replaces ours.
void mergeJsonInto(QJsonObject &target, const QJsonObject &extra);

} // namespace modelkit
