// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace playground {

//! Parses JSON typed by a person and, when it is broken, says where in their words:
//! "Line 3, column 5: missing comma". Shared by the editors and the Send check.
class JsonTextCheck
{
    Q_DECLARE_TR_FUNCTIONS(JsonTextCheck)

public:
    //! A strict (RFC 8259) check; the document itself is built by Qt's parser.
    static JsonTextCheck parse(const QString &text);
    //! The whitespace JSON allows between tokens.
    static bool isBlankCharacter(QChar c);

    bool isValid() const { return m_valid; }
    bool isBlank() const { return m_blank; }
    const QJsonDocument &document() const { return m_document; }
    int line() const { return m_line; }     //!< 1-based; 0 when valid or blank
    int column() const { return m_column; } //!< 1-based, in characters; 0 when valid or blank
    //! Character offset of the error in the text; -1 when valid.
    qsizetype position() const { return m_position; }
    //! Short description without the position ("missing comma").
    QString problem() const { return m_problem; }
    //! "Line 3, column 5: missing comma" (just the problem for blank text); empty when
    //! valid.
    QString message() const;

private:
    QJsonDocument m_document;
    QString m_problem;
    qsizetype m_position = -1;
    int m_line = 0;
    int m_column = 0;
    bool m_valid = false;
    bool m_blank = false;
};

} // namespace playground
