// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/logging.h"

Q_LOGGING_CATEGORY(lcModelkitTransport, "modelkit.transport", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModelkitOpenAi, "modelkit.openai", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModelkitReplay, "modelkit.replay", QtWarningMsg)
