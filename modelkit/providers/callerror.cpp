// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/callerror.h"

#include "providers/responsereader.h"
#include "transport/httpcall.h"

using namespace Qt::StringLiterals;

namespace modelkit {

ModelError errorForFailedCall(const HttpCall &call, const ResponseReader &reader)
{
    if (call.outcome() == HttpCall::Outcome::HttpError) {
        ModelError error = reader.readError(call.status(), call.responseHeaders(), call.body());
        if (!error.retryAfterMs)
            error.retryAfterMs = call.retryAfterMs();
        return error;
    }
    ModelError::Kind kind = ModelError::Kind::Network;
    switch (call.outcome()) {
    case HttpCall::Outcome::Timeout:
        kind = ModelError::Kind::Timeout;
        break;
    case HttpCall::Outcome::Cancelled:
        kind = ModelError::Kind::Cancelled;
        break;
    case HttpCall::Outcome::TooLarge:
        kind = ModelError::Kind::InvalidResponse;
        break;
    default:
        break;
    }
    ModelError error = ModelError::make(kind, call.errorString(), call.status());
    if (call.bodyDelivered())
        error.message += u" (the reply was cut off; the part received is kept)"_s;
    if (kind == ModelError::Kind::Network && call.status() == 0)
        return reader.unreachableError(error);
    return error;
}

} // namespace modelkit
