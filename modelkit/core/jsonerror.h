// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace modelkit {

//! Where and why reading a JSON document failed. `path` is JSONPath-like: `$.messages[2].content`.
struct JsonError
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + u": " + message; }
};

//! Records an error if the caller asked for one; returns false so readers can `return fail(...)`.
inline bool setJsonError(JsonError *error, const QString &path, const QString &message)
{
    if (error && error->message.isEmpty()) {
        error->path = path;
        error->message = message;
    }
    return false;
}

} // namespace modelkit
