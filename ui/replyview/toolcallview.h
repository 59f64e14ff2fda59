// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;

namespace playground {

class JsonHighlighter;

//! One tool call of a reply: a header naming it ("#0  get_weather  call_abc") and its
//! arguments, which stream in as fragments and are pretty-printed (and coloured) once the
//! call is complete and parses as JSON.
class ToolCallView : public QFrame
{
    Q_OBJECT

public:
    explicit ToolCallView(int index, QWidget *parent = nullptr);

    int index() const { return m_index; }
    void setIdentity(const QString &name, const QString &id);
    //! Appends a streamed fragment at the end (no re-layout of what is already shown).
    void appendArguments(const QString &fragment);
    //! The arguments exactly as the model wrote them.
    const QString &arguments() const { return m_arguments; }
    //! The call is complete: pretty-print the arguments when they are JSON.
    void finish();
    //! Whether finish() could pretty-print the arguments.
    bool isPrettyPrinted() const { return m_pretty; }

    //! Arguments longer than this stay as written (no pretty-printing or colouring).
    static constexpr qsizetype prettyLimit = 512 * 1024;

private:
    void updateHeight();

    int m_index;
    QLabel *m_header;
    QPlainTextEdit *m_text;
    JsonHighlighter *m_highlighter = nullptr;
    QString m_arguments;
    QString m_name;
    QString m_id;
    bool m_pretty = false;
};

} // namespace playground
