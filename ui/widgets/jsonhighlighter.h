// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextDocument>

namespace playground {

//! Colours JSON one block (line) at a time: object keys, string values, numbers,
//! true/false/null and punctuation. Strings cannot span lines in JSON, so no state is
//! carried between blocks and each edit re-highlights only the lines it touches; the work
//! per line is linear in its length. Lines longer than 20000 characters (minified
//! documents) are left uncoloured so typing in them stays responsive.
//!
//! Colours follow the palette of the widget that shows the document (found through the
//! document's parents) or the application palette, and are re-applied when that widget's
//! palette changes, so they stay readable on light and dark themes. Moving the highlighter
//! to another document with setDocument() follows that document's widget.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Role { Key, String, Number, Keyword, Punctuation };

    explicit JsonHighlighter(QTextDocument *document);

    //! Picks colours for \a palette (its Base lightness decides light or dark) and
    //! re-highlights. Called automatically when the viewing widget's palette changes.
    void setPalette(const QPalette &palette);
    QTextCharFormat formatFor(Role role) const;

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followView();
    void updateFormats(const QPalette &palette);

    QPointer<QWidget> m_view;
    QPointer<QTextDocument> m_viewedDocument;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_punctuation;
};

} // namespace playground
