// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace modelkit {

//! Why a file could not be imported: which file, where in it (a JSONPath such as
//! `$.messages[2].content`, or a line and column for JSON that does not parse) and what was
//! expected there.
struct ImportError
{
    QString file;      //!< as given by the caller ("<stdin>" for standard input)
    QString path;      //!< JSONPath; empty for problems of the whole file
    QString message;   //!< what is wrong or what was expected
    qint64 line = 0;   //!< 1-based, for invalid JSON; 0 otherwise
    qint64 column = 0; //!< 1-based characters, for invalid JSON; 0 otherwise

    //! "FILE:LINE:COLUMN: MESSAGE", "FILE: PATH: MESSAGE" or "FILE: MESSAGE".
    QString toString() const;
    bool operator==(const ImportError &) const = default;
};

} // namespace modelkit
