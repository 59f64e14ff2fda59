// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "jsoneditor.h"

#include "jsonhighlighter.h"
#include "session/jsontextcheck.h"
#include "widgets/jsonreindent.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace playground {

namespace {

constexpr int DebounceMs = 150;
} // namespace

JsonEditor::JsonEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_emptyStatusText(tr("Empty"))
{
    m_edit->setObjectName(u"jsonText"_s);
    m_edit->setAccessibleName(tr("JSON"));
    // Tab moves on (indenting is the Format action's job): no keyboard trap.
    m_edit->setTabChangesFocus(true);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabStopDistance(QFontMetricsF(m_edit->font()).horizontalAdvance(u' ') * 2);
    m_highlighter = new JsonHighlighter(m_edit->document());

    m_status->setObjectName(u"jsonStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    // Wrapping keeps a long validator message from widening the whole panel.
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_edit);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &JsonEditor::validateNow);
    // Re-highlighting (e.g. after a palette change) emits textChanged too, but no
    // contentsChange: only the latter marks a real edit.
    connect(m_edit->document(), &QTextDocument::contentsChange, this,
            [this](int, int removed, int added) {
                if (removed > 0 || added > 0)
                    m_edited = true;
            });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!std::exchange(m_edited, false))
            return;
        m_dirty = true;
        m_debounce.start();
        Q_EMIT textChanged();
    });

    validateNow();
}

JsonEditor::~JsonEditor()
{
    // The editor outlives this part of the object during ~QWidget; stop its signals
    // reaching members that are already gone.
    disconnect(m_edit, nullptr, this, nullptr);
    disconnect(m_edit->document(), nullptr, this, nullptr);
}

QString JsonEditor::text() const
{
    return m_edit->toPlainText();
}

void JsonEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
    validateNow();
}

void JsonEditor::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void JsonEditor::setAllowEmpty(bool allow)
{
    if (m_allowEmpty == allow)
        return;
    m_allowEmpty = allow;
    validateNow();
}

void JsonEditor::setEmptyStatusText(const QString &text)
{
    m_emptyStatusText = text;
    updateStatus();
}

void JsonEditor::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    validateNow();
}

bool JsonEditor::isValid() const
{
    ensureValidated();
    return m_valid;
}

QString JsonEditor::errorMessage() const
{
    ensureValidated();
    return m_error;
}

int JsonEditor::errorLine() const
{
    ensureValidated();
    return m_errorLine;
}

int JsonEditor::errorColumn() const
{
    ensureValidated();
    return m_errorColumn;
}

std::optional<QJsonDocument> JsonEditor::document() const
{
    ensureValidated();
    if (!m_valid || m_empty)
        return std::nullopt;
    return m_document;
}

bool JsonEditor::formatJson()
{
    if (!isValid())
        return false;
    if (m_empty)
        return true;
    const QString current = text();
    const QString formatted = JsonReindent::reindent(current);
    if (formatted == current)
        return true; // no empty step in the undo history
    // One edit block rather than setPlainText(), so Undo brings the original back.
    QTextCursor cursor(m_edit->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(formatted);
    cursor.endEditBlock();
    validateNow();
    return true;
}

void JsonEditor::focusError()
{
    ensureValidated();
    if (m_errorPosition >= 0) {
        QTextCursor cursor(m_edit->document());
        cursor.setPosition(m_errorPosition);
        m_edit->setTextCursor(cursor);
        m_edit->ensureCursorVisible();
    }
    m_edit->setFocus(Qt::OtherFocusReason);
}

void JsonEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateStatus();
    QWidget::changeEvent(event);
}

void JsonEditor::ensureValidated() const
{
    // The getters are const for callers; validating only refreshes cached results.
    if (m_dirty)
        const_cast<JsonEditor *>(this)->validateNow();
}

void JsonEditor::validateNow()
{
    m_debounce.stop();
    m_dirty = false;
    const QString current = text();

    m_document = {};
    m_error.clear();
    m_errorLine = 0;
    m_errorColumn = 0;
    m_errorPosition = -1;
    m_empty = std::all_of(current.cbegin(), current.cend(), JsonTextCheck::isBlankCharacter);

    bool valid = false;
    if (m_empty) {
        valid = m_allowEmpty;
        if (!valid)
            m_error = tr("Enter a JSON object or array");
    } else if (const JsonTextCheck check = JsonTextCheck::parse(current); !check.isValid()) {
        m_errorPosition = int(check.position());
        m_errorLine = check.line();
        m_errorColumn = check.column();
        m_error = check.message();
    } else if (const QString problem = m_validator ? m_validator(check.document()) : QString();
               !problem.isEmpty()) {
        m_error = problem;
    } else {
        m_document = check.document();
        valid = true;
    }

    const bool changed = valid != m_valid;
    m_valid = valid;
    updateStatus();
    if (changed)
        Q_EMIT validityChanged(m_valid);
}

void JsonEditor::updateStatus()
{
    QString message;
    if (!m_valid)
        message = m_error;
    else if (m_empty)
        message = m_emptyStatusText;
    else
        message = tr("Valid JSON");
    m_status->setText(message);

    // No palette role means "warning", so pick a red that reads on the window colour.
    const QPalette own = palette();
    const bool dark = own.color(QPalette::Window).lightness() < 128;
    const QColor warning = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText,
                           m_valid ? own.color(QPalette::WindowText) : warning);
    m_status->setPalette(statusPalette);
}

} // namespace playground
