// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace bench {

//! A Chat Completions SSE stream of about `bytes` bytes made of tiny deltas (a few
//! characters each, as real token streams are), ending with a finish chunk, a usage chunk
//! and [DONE]. `events` receives the number of SSE events.
QByteArray syntheticOpenAiStream(qsizetype bytes, qsizetype *events, qsizetype *textLength);

//! Peak resident memory of this process in MiB (getrusage).
double peakRssMiB();

//! Prints one result line: throughput in MB/s and events/s for `bytes` and `events` decoded
//! in `ns` nanoseconds.
void report(const char *what, qsizetype bytes, qsizetype events, qint64 ns);

} // namespace bench
