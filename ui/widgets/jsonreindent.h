// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace playground {

//! Pretty-prints JSON for reading without changing it: two-space indentation, keys in the
//! order they were written and numbers spelled as they were (QJsonDocument would sort the
//! keys and re-spell numbers). Linear in the length of the text.
class JsonReindent
{
public:
    //! `text` re-indented, or nullopt when it is not a JSON object or array.
    static std::optional<QString> pretty(QStringView text);
    //! The same for UTF-8 bytes (HTTP bodies).
    static std::optional<QString> pretty(const QByteArray &utf8);
    //! Re-indents text already known to be valid JSON (no validation).
    static QString reindent(QStringView json);
};

} // namespace playground
