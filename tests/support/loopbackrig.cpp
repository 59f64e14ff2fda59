// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "loopbackrig.h"

namespace testsupport {

modelkit::TransportOptions fastTransport()
{
    modelkit::TransportOptions options;
    options.maxRetries = 2;
    options.idleTimeoutMs = 3000;
    options.totalTimeoutMs = 15000;
    options.maxRetryDelayMs = 5000;
    options.initialBackoffMs = 10;
    options.maxBackoffMs = 40;
    return options;
}

} // namespace testsupport
