// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace modelkit {

//! Per-client transport settings. Defaults follow the official SDKs where they agree.
struct TransportOptions
{
    int maxRetries = 2;           //!< retries after the first attempt (SDK default: 2)
    int idleTimeoutMs = 120'000;  //!< no byte received for this long → Timeout
    int totalTimeoutMs = 600'000; //!< whole call incl. retries (SDK default: 10 min)
    int maxRetryDelayMs = 60'000; //!< a server asking to wait longer is not retried
    int initialBackoffMs = 500;   //!< SDK backoff: min(0.5 s · 2^n, 8 s) minus ≤25% jitter
    int maxBackoffMs = 8'000;
    bool http2 = false; //!< off: Qt 6.4's HTTP/2 stack has open CVEs and hangs
    qint64 maxResponseBytes = 256 * 1024 * 1024; //!< larger replies fail instead of OOM
    qint64 inspectorBodyCap = 16 * 1024 * 1024;  //!< how much body the Exchange keeps
    //! One streamed event (SSE) or line (NDJSON) larger than this fails the stream instead
    //! of growing without bound; 0 = no cap of its own (maxResponseBytes still applies).
    qint64 maxEventBytes = 64 * 1024 * 1024;

    //! A byte cap as errors quote it: MB with at most three decimals ("0.25", "64").
    static QString megabytes(qint64 bytes);
};

} // namespace modelkit
