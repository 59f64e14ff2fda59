// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionrequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace modelkit {

//! The identity of a request in the response cache: SHA-256 (lowercase hex) over the
//! canonical JSON of everything that can change the reply — messages, tools, tool_choice
//! (which AutoGen's key forgets), output mode, every parameter, extra create args — plus the
//! provider, the model and an optional scope (e.g. the base URL of a compatible server).
//!
//! Streaming is deliberately not part of the key: a streamed and a non-streamed call for
//! the same request get the same answer from the model, and an entry keeps the deltas of
//! the call that made it, so either kind of call can be served from it.
class CacheKey
{
public:
    //! Bumped when the key material changes shape, so old entries are simply never found.
    static constexpr int version = 1;

    //! The JSON object that is hashed.
    static QJsonObject material(const CompletionRequest &request, const QString &provider,
                                const QString &model, const QString &scope = {});
    //! 64 lowercase hex digits.
    static QByteArray compute(const CompletionRequest &request, const QString &provider,
                              const QString &model, const QString &scope = {});

    //! Canonical JSON text: object keys sorted by UTF-16 code units, no whitespace, integral
    //! numbers without fraction or exponent (1.0 → 1, -0 → 0), other numbers in the shortest
    //! form that reads back to the same double, strings with the minimal JSON escapes and
    //! everything else as raw UTF-8. Equal JSON values give equal bytes.
    static QByteArray canonicalJson(const QJsonValue &value);
};

} // namespace modelkit
