// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/wirerequest.h"

#include <QString>
#include <QStringList>

namespace modelkit {

//! A WireRequest as a POSIX shell command running curl: the URL, every header (secrets as
//! `"$VARIABLE"`, several candidates as `"${A:-$B}"`) and the body on standard input from
//! a quoted here-document, indented for reading (the same JSON the app sends).
//! `--no-buffer` for streamed requests, so events print as they arrive.
class CurlExporter
{
public:
    //! `notes` become comment lines before the command (e.g. content left out).
    static QString render(const WireRequest &request, const QStringList &notes = {});
    //! `text` as one shell word: single quotes, with embedded ones closed and escaped.
    static QString shellQuote(const QString &text);
    //! A reference to the first set variable: `"$A"`, `"${A:-$B}"`…
    static QString variableReference(const QStringList &variables);
};

} // namespace modelkit
