// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/callerror.h"

#include "providers/responsereader.h"
#include "transport/httpcall.h"
#include "transport/redactor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

constexpr qsizetype maxLocationLength = 200;

} // namespace

ModelError errorForFailedCall(const HttpCall &call, const ResponseReader &reader)
{
    if (call.outcome() == HttpCall::Outcome::HttpError) {
        ModelError error = reader.readError(call.status(), call.responseHeaders(), call.body());
        if (!error.retryAfterMs)
            error.retryAfterMs = call.retryAfterMs();
        // A redirect's body says nothing useful ("HTTP 307 with no error message"); where it
        // points usually tells what is wrong with the base URL.
        const QByteArray location = headerValue(call.responseHeaders(), "location").trimmed();
        if (call.status() >= 300 && call.status() < 400 && !location.isEmpty()) {
            // Redacted: a server may echo a key from the query string into Location.
            QString target = Redactor::url(QUrl::fromEncoded(location));
            if (target.size() > maxLocationLength)
                target = target.left(maxLocationLength) + u'…';
            error.message = QCoreApplication::translate(
                                "modelkit::CallError",
                                "the server redirected the request to %1; redirects are not "
                                "followed for model requests, check the base URL")
                                .arg(target);
        }
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
