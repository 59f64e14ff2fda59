// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <optional>

#include <QJsonDocument>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace playground {

class JsonHighlighter;

//! A monospace JSON text editor with syntax colouring and a status line underneath that
//! says "Valid JSON" or where the first error is ("Line 3, column 5: missing comma").
//! Validation runs shortly after typing stops and immediately whenever a result is asked
//! for. The document must be an object or an array (what QJsonDocument can hold).
class JsonEditor : public QWidget
{
    Q_OBJECT

public:
    //! Semantic check run on a syntactically valid, non-empty document; a non-empty
    //! return is the error shown to the user.
    using Validator = std::function<QString(const QJsonDocument &)>;

    explicit JsonEditor(QWidget *parent = nullptr);
    ~JsonEditor() override;

    QString text() const;
    //! Replaces the text (and the undo history) and validates at once.
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);

    //! When true an empty or blank text is valid and means "nothing"; document() is then
    //! empty. Off by default.
    void setAllowEmpty(bool allow);
    bool allowEmpty() const { return m_allowEmpty; }
    //! What the status line says for an allowed empty text (default "Empty").
    void setEmptyStatusText(const QString &text);
    void setValidator(Validator validator);

    //! These validate first when an edit is still waiting for the debounce timer.
    bool isValid() const;
    //! Empty when valid. A syntax error reads "Line L, column C: message"; a validator
    //! message or an empty document without allowEmpty has no position.
    QString errorMessage() const;
    //! 1-based position of a syntax error (columns count characters); 0 otherwise.
    int errorLine() const;
    int errorColumn() const;
    //! The parsed document when the text is valid and not empty.
    std::optional<QJsonDocument> document() const;

    //! Re-indents the text with two spaces, keeping key order and number spelling, as one
    //! undoable edit. Returns false and leaves the text alone when it is not valid.
    bool formatJson();
    //! Moves the cursor to the syntax error (if any) and focuses the editor.
    void focusError();

    QPlainTextEdit *textEdit() const { return m_edit; }
    JsonHighlighter *highlighter() const { return m_highlighter; }

Q_SIGNALS:
    void textChanged();
    //! Emitted after a validation whose result differs from the previous one.
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void ensureValidated() const;
    void validateNow();
    void updateStatus();

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QTimer m_debounce;
    Validator m_validator;
    QString m_emptyStatusText;
    bool m_allowEmpty = false;

    // Result of the last validation; m_dirty means the text changed since.
    bool m_dirty = true;
    bool m_edited = false; // the document's contents changed since the last textChanged
    bool m_valid = false;
    bool m_empty = true;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    int m_errorPosition = -1; // UTF-16 index into the text, for focusError()
    QJsonDocument m_document;
};

} // namespace playground
