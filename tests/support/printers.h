// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/functioncall.h"
#include "core/requestusage.h"

namespace modelkit {

// Found by ADL, so that QCOMPARE prints the values that differ. In namespace modelkit for
// that reason; QTest frees the returned strings.
char *toString(const FunctionCall &call);
char *toString(const RequestUsage &usage);

} // namespace modelkit
