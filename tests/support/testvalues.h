// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionrequest.h"
#include "core/requestusage.h"

#include <QJsonObject>
#include <QString>

namespace testsupport {

// Usage with the given counts, the others zero.
modelkit::RequestUsage usageOf(qint64 prompt, qint64 completion, qint64 reasoning = 0,
                               qint64 cached = 0);

// A request of one user message.
modelkit::CompletionRequest userRequest(const QString &text = QStringLiteral("Hello"));

// The JSON object in `json`; warns when it is not JSON, so that a typo in a test shows.
QJsonObject parseObject(const QString &json);

} // namespace testsupport
