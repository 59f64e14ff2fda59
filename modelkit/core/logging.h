// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Never log header values or request bodies through these: they may carry keys.
Q_DECLARE_LOGGING_CATEGORY(lcModelkitTransport)
Q_DECLARE_LOGGING_CATEGORY(lcModelkitOpenAi)
Q_DECLARE_LOGGING_CATEGORY(lcModelkitReplay)
