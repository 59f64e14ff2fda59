// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modelerror.h"

namespace modelkit {

class HttpCall;
class ResponseReader;

//! The typed error for a call that did not succeed: the provider's error body read by its
//! reader for HTTP errors, otherwise the transport's outcome (network, timeout, cancel…).
ModelError errorForFailedCall(const HttpCall &call, const ResponseReader &reader);

} // namespace modelkit
