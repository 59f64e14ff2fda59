// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

namespace modelkit {

//! Where one lane of a Comparison is.
//! - Pending: not started (before Comparison::start(), or restored unfinished).
//! - Queued: waiting for its profile's concurrency limit (Comparison::setConcurrencyLimits).
//! - Running: an attempt is in flight.
//! - Succeeded: every attempt succeeded.
//! - Failed: every attempt ran, at least one failed (or the lane's client could not be made).
//! - Cancelled: stopped by Comparison::stop() or stopLane() (attempts made so far are kept).
enum class CompareState { Pending, Queued, Running, Succeeded, Failed, Cancelled };

//! "pending", "queued", "running", "succeeded", "failed", "cancelled".
QString compareStateName(CompareState state);
std::optional<CompareState> compareStateFromName(const QString &name);
//! Succeeded, Failed or Cancelled: nothing more will happen in that lane.
bool isFinalCompareState(CompareState state);

} // namespace modelkit
