// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>

namespace modelkit {

//! Why generation stopped, with AutoGen's five values.
enum class FinishReason { Stop, Length, FunctionCalls, ContentFilter, Unknown };

QString finishReasonName(FinishReason reason);
std::optional<FinishReason> finishReasonFromName(const QString &name);

} // namespace modelkit
