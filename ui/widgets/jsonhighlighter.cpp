// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "jsonhighlighter.h"

#include <QEvent>
#include <QGuiApplication>
#include <QTextDocument>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace playground {

namespace {

// A pasted minified document can be one enormous line, and a block is re-highlighted on
// every keystroke in it; past this length colouring is not worth the lag.
constexpr qsizetype MaxHighlightedLineLength = 20000;

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Lenient on purpose: a half-typed number such as "1e" still reads as a number.
bool isNumberChar(QChar c)
{
    return isAsciiDigit(c) || c == u'.' || c == u'e' || c == u'E' || c == u'+' || c == u'-';
}

bool isPunctuation(QChar c)
{
    return c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u',' || c == u':';
}

QTextCharFormat foreground(const QColor &colour)
{
    QTextCharFormat format;
    format.setForeground(colour);
    return format;
}

// Mixes two colours; used to derive a muted punctuation colour from the palette itself.
QColor blend(const QColor &a, const QColor &b, qreal ratioOfA)
{
    const qreal r = ratioOfA;
    return QColor::fromRgbF(float(a.redF() * r + b.redF() * (1 - r)),
                            float(a.greenF() * r + b.greenF() * (1 - r)),
                            float(a.blueF() * r + b.blueF() * (1 - r)));
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    followView();
}

void JsonHighlighter::followView()
{
    m_viewedDocument = document();
    // A QPlainTextEdit's document sits below the editor in the QObject tree.
    QWidget *view = nullptr;
    for (QObject *object = document() ? document()->parent() : nullptr; object && !view;
         object = object->parent()) {
        view = qobject_cast<QWidget *>(object);
    }
    if (view != m_view) {
        if (m_view)
            m_view->removeEventFilter(this);
        m_view = view;
        if (m_view)
            m_view->installEventFilter(this);
    }
    updateFormats(m_view ? m_view->palette() : QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    updateFormats(palette);
    rehighlight();
}

QTextCharFormat JsonHighlighter::formatFor(Role role) const
{
    switch (role) {
    case Role::Key:
        return m_key;
    case Role::String:
        return m_string;
    case Role::Number:
        return m_number;
    case Role::Keyword:
        return m_keyword;
    case Role::Punctuation:
        return m_punctuation;
    }
    return {};
}

bool JsonHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::PaletteChange)
        setPalette(m_view->palette());
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void JsonHighlighter::updateFormats(const QPalette &palette)
{
    // Two hand-picked sets with enough contrast against a light or a dark base.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    m_key = foreground(dark ? QColor(0x7c, 0xb7, 0xff) : QColor(0x0b, 0x4f, 0x9e));
    m_string = foreground(dark ? QColor(0x98, 0xc3, 0x79) : QColor(0x06, 0x7d, 0x17));
    m_number = foreground(dark ? QColor(0xe5, 0xa6, 0x6a) : QColor(0xa6, 0x4b, 0x00));
    m_keyword = foreground(dark ? QColor(0xc7, 0x92, 0xea) : QColor(0x7a, 0x1f, 0xa2));
    m_punctuation
        = foreground(blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.65));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // setDocument() is not virtual; notice a new document when its first block arrives.
    if (document() != m_viewedDocument)
        followView();
    const qsizetype size = text.size();
    if (size > MaxHighlightedLineLength)
        return;
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype j = i + 1;
            while (j < size && text.at(j) != u'"')
                j += text.at(j) == u'\\' ? 2 : 1; // skip the escaped character, e.g. \"
            const bool closed = j < size;
            const qsizetype end = closed ? j + 1 : size;
            // A string followed by a colon is an object key. Only blanks are skipped, and
            // the main loop moves past them once more, so the scan stays linear.
            qsizetype next = end;
            while (next < size && (text.at(next) == u' ' || text.at(next) == u'\t'))
                ++next;
            const bool key = closed && next < size && text.at(next) == u':';
            setFormat(int(i), int(end - i), key ? m_key : m_string);
            i = end;
        } else if (c == u'-' || isAsciiDigit(c)) {
            qsizetype j = i + 1;
            while (j < size && isNumberChar(text.at(j)))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (isAsciiLetter(c)) {
            qsizetype j = i + 1;
            while (j < size && isAsciiLetter(text.at(j)))
                ++j;
            const QStringView word = QStringView(text).sliced(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_keyword);
            i = j;
        } else {
            if (isPunctuation(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace playground
