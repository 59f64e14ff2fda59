// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "composer/composerpanel.h"

#include "composer/messagetextedit.h"
#include "session/playgroundsession.h"

#include <QDrag>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

namespace {
const QString dragMimeType = u"application/x-modelkit-message-index"_s;

LlmMessage emptyMessage(MessageEditor::Role role)
{
    switch (role) {
    case MessageEditor::Role::System:
        return SystemMessage{};
    case MessageEditor::Role::User:
        return UserMessage{};
    case MessageEditor::Role::Assistant:
        return AssistantMessage{};
    case MessageEditor::Role::ToolResult:
        return FunctionExecutionResultMessage{{FunctionExecutionResult{}}};
    }
    return UserMessage{};
}
} // namespace

ComposerPanel::ComposerPanel(PlaygroundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_scroll(new QScrollArea(this))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
    , m_emptyHint(new QLabel(m_list))
    , m_totals(new QLabel(this))
{
    setObjectName(u"composer"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_list->setObjectName(u"messageList"_s);
    m_list->setAcceptDrops(true);
    m_list->installEventFilter(this);
    m_listLayout->setContentsMargins(6, 6, 6, 6);
    m_listLayout->setSpacing(8);
    m_emptyHint->setObjectName(u"composerEmptyHint"_s);
    m_emptyHint->setText(tr("The conversation is empty. Add a system or user message below."));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_listLayout->addWidget(m_emptyHint);
    m_listLayout->addStretch();
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the messages, not to their frame

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 6, 0);
    auto *title = new QLabel(tr("Conversation"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_totals->setObjectName(u"tokenTotal"_s);
    m_totals->setToolTip(tr("Estimated prompt tokens of the whole request (messages and tools) "
                            "against the model's context window"));
    m_totals->setForegroundRole(QPalette::PlaceholderText);
    m_totals->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(title);
    header->addWidget(m_totals, 1);
    layout->addLayout(header);
    layout->addWidget(m_scroll, 1);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 4);
    auto addButton = [this, bar](const QString &name, const QString &text, MessageEditor::Role role,
                                 const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        connect(button, &QPushButton::clicked, this, [this, role] { addMessage(role); });
        bar->addWidget(button);
    };
    addButton(u"addSystemButton"_s, tr("+ System"), MessageEditor::Role::System,
              tr("Add a system message"));
    addButton(u"addUserButton"_s, tr("+ User"), MessageEditor::Role::User,
              tr("Add a user message (Ctrl+Shift+U)"));
    addButton(u"addAssistantButton"_s, tr("+ Assistant"), MessageEditor::Role::Assistant,
              tr("Add an assistant message"));
    addButton(u"addToolResultButton"_s, tr("+ Tool result"), MessageEditor::Role::ToolResult,
              tr("Add a tool result message"));
    bar->addStretch();
    layout->addLayout(bar);

    connect(m_session, &PlaygroundSession::messagesReset, this, &ComposerPanel::rebuild);
    connect(m_session, &PlaygroundSession::messageInserted, this, &ComposerPanel::insertEditor);
    connect(m_session, &PlaygroundSession::messageRemoved, this, &ComposerPanel::removeEditor);
    connect(m_session, &PlaygroundSession::messageMoved, this, &ComposerPanel::moveEditor);
    connect(m_session, &PlaygroundSession::messageChanged, this, [this](int index) {
        if (!m_writing && index < m_editors.size())
            m_editors.at(index)->setMessage(m_session->messages().at(index));
        if (index < m_editors.size())
            m_editors.at(index)->setTokenEstimate(
                PlaygroundSession::estimateTokens(m_session->messages().at(index)));
        updateTotals();
    });
    connect(m_session, &PlaygroundSession::toolsChanged, this, &ComposerPanel::updateTotals);
    connect(m_session, &PlaygroundSession::providerChanged, this, &ComposerPanel::updateTotals);
    rebuild();
}

void ComposerPanel::addMessage(MessageEditor::Role role)
{
    const int index = m_session->appendMessage(emptyMessage(role));
    if (MessageEditor *editor = editorAt(index)) {
        editor->focusEditor();
        // Scroll once the new editor has its geometry.
        QTimer::singleShot(0, this, [this, editor] { m_scroll->ensureWidgetVisible(editor); });
    }
}

void ComposerPanel::rebuild()
{
    qDeleteAll(m_editors);
    m_editors.clear();
    for (int i = 0; i < m_session->messages().size(); ++i) {
        MessageEditor *editor = createEditor(i);
        m_editors.append(editor);
        m_listLayout->insertWidget(i, editor);
    }
    refreshPositions();
}

MessageEditor *ComposerPanel::createEditor(int index)
{
    const LlmMessage &message = m_session->messages().at(index);
    auto *editor = new MessageEditor(message, m_list);
    editor->setTokenEstimate(PlaygroundSession::estimateTokens(message));
    connect(editor, &MessageEditor::edited, this, [this, editor] {
        const int at = indexOf(editor);
        if (at < 0)
            return;
        m_writing = true;
        m_session->updateMessage(at, editor->message());
        m_writing = false;
    });
    connect(editor, &MessageEditor::moveRequested, this, [this, editor](int delta) {
        const int at = indexOf(editor);
        m_session->moveMessage(at, at + delta);
        editor->focusEditor();
        m_scroll->ensureWidgetVisible(editor);
    });
    connect(editor, &MessageEditor::removeRequested, this, [this, editor] {
        const int at = indexOf(editor);
        m_session->removeMessage(at);
        // Keep the keyboard in the conversation.
        if (MessageEditor *next = editorAt(qMin(at, editorCount() - 1)))
            next->focusEditor();
    });
    connect(editor, &MessageEditor::dragStarted, this, [this, editor] { startDrag(editor); });
    connect(editor, &MessageEditor::forkRequested, this,
            [this, editor] { Q_EMIT forkRequested(indexOf(editor)); });
    return editor;
}

void ComposerPanel::insertEditor(int index)
{
    MessageEditor *editor = createEditor(index);
    m_editors.insert(index, editor);
    m_listLayout->insertWidget(index, editor);
    refreshPositions();
}

void ComposerPanel::removeEditor(int index)
{
    if (index < 0 || index >= m_editors.size())
        return;
    MessageEditor *editor = m_editors.takeAt(index);
    editor->hide();
    editor->deleteLater();
    refreshPositions();
}

void ComposerPanel::moveEditor(int from, int to)
{
    MessageEditor *editor = m_editors.takeAt(from);
    m_editors.insert(to, editor);
    m_listLayout->removeWidget(editor);
    m_listLayout->insertWidget(to, editor);
    refreshPositions();
}

void ComposerPanel::refreshPositions()
{
    const int count = editorCount();
    for (int i = 0; i < count; ++i)
        m_editors.at(i)->setPosition(i, count);
    // Tab walks the messages in conversation order, then the buttons below them. An editor
    // takes no focus itself (setTabOrder ignores it): its controls are chained one by one.
    QList<QWidget *> stops;
    for (const MessageEditor *editor : std::as_const(m_editors)) {
        for (QWidget *w = editor->nextInFocusChain(); w && w != editor; w = w->nextInFocusChain()) {
            if (editor->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
                stops << w;
        }
    }
    for (const QString &name : {u"addSystemButton"_s, u"addUserButton"_s, u"addAssistantButton"_s,
                                u"addToolResultButton"_s}) {
        if (auto *button = findChild<QPushButton *>(name, Qt::FindDirectChildrenOnly))
            stops << button;
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
    m_emptyHint->setVisible(count == 0);
    updateTotals();
}

void ComposerPanel::updateTotals()
{
    const qint64 tokens = m_session->estimateRequestTokens();
    const qint64 window = m_session->contextWindow();
    const QLocale locale;
    QString text;
    if (window > 0) {
        text = tr("~%1 of %2 tokens (%3%)")
                   .arg(locale.toString(tokens), locale.toString(window))
                   .arg(locale.toString(100.0 * double(tokens) / double(window), 'f', 1));
    } else {
        text = tr("~%1 tokens (context window unknown)").arg(locale.toString(tokens));
    }
    m_totals->setText(text);
    const bool over = window > 0 && tokens > window;
    m_totals->setStyleSheet(over ? u"color: #c62828; font-weight: bold;"_s : QString());
    if (over)
        m_totals->setText(text + u"  "_s + tr("— exceeds the context window"));
}

int ComposerPanel::indexOf(const MessageEditor *editor) const
{
    return int(m_editors.indexOf(const_cast<MessageEditor *>(editor)));
}

void ComposerPanel::startDrag(MessageEditor *editor)
{
    auto *mime = new QMimeData;
    mime->setData(dragMimeType, QByteArray::number(indexOf(editor)));
    auto *drag = new QDrag(editor);
    drag->setMimeData(mime);
    drag->setPixmap(
        editor->grab().scaledToWidth(qMin(editor->width(), 320), Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction);
}

int ComposerPanel::dropIndexAt(int y) const
{
    for (int i = 0; i < m_editors.size(); ++i) {
        const QRect geometry = m_editors.at(i)->geometry();
        if (y < geometry.center().y())
            return i;
    }
    return int(m_editors.size());
}

bool ComposerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_list)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasFormat(dragMimeType)) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!drop->mimeData()->hasFormat(dragMimeType))
            break;
        bool ok = false;
        const int from = drop->mimeData()->data(dragMimeType).toInt(&ok);
        if (!ok)
            break;
        int to = dropIndexAt(drop->position().toPoint().y());
        if (to > from)
            --to; // the dragged message leaves its old place first
        m_session->moveMessage(from, qBound(0, to, editorCount() - 1));
        drop->acceptProposedAction();
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace playground
