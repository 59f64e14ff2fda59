// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "composer/messageeditor.h"

#include "composer/imagestrip.h"
#include "composer/messagetextedit.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

namespace {
constexpr int errorColumn = 3;

QString previewOf(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 90 ? line.left(90) + u"…"_s : line;
}
} // namespace

MessageEditor::MessageEditor(const LlmMessage &message, QWidget *parent)
    : QFrame(parent), m_role(roleOf(message))
{
    setObjectName(u"messageEditor"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(createHeader());
    m_body = createBody();
    layout->addWidget(m_body);
    loadMessage(message);

    // Keyboard equivalents of the header buttons while focus is in this message. Key
    // events rather than QShortcuts: text edits claim Alt+Up/Down for themselves.
    for (QWidget *editor : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_table)}) {
        if (editor)
            editor->installEventFilter(this);
    }
}

MessageEditor::Role MessageEditor::roleOf(const LlmMessage &message)
{
    switch (message.index()) {
    case 0:
        return Role::System;
    case 1:
        return Role::User;
    case 2:
        return Role::Assistant;
    default:
        return Role::ToolResult;
    }
}

QString MessageEditor::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return tr("System");
    case Role::User:
        return tr("User");
    case Role::Assistant:
        return tr("Assistant");
    case Role::ToolResult:
        return tr("Tool result");
    }
    return {};
}

QWidget *MessageEditor::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);

    m_handle = new QLabel(u"⠿"_s, header);
    m_handle->setObjectName(u"dragHandle"_s);
    m_handle->setCursor(Qt::OpenHandCursor);
    m_handle->setToolTip(tr("Drag to reorder (or Alt+Up / Alt+Down)"));
    m_handle->installEventFilter(this);

    m_collapseButton = new QToolButton(header);
    m_collapseButton->setObjectName(u"collapseButton"_s);
    m_collapseButton->setAutoRaise(true);
    m_collapseButton->setArrowType(Qt::DownArrow);
    m_collapseButton->setToolTip(tr("Collapse or expand (Alt+C)"));
    m_collapseButton->setAccessibleName(tr("Collapse or expand"));
    connect(m_collapseButton, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });

    m_roleLabel = new QLabel(roleName(m_role), header);
    m_roleLabel->setObjectName(u"roleLabel"_s);
    QFont bold = m_roleLabel->font();
    bold.setBold(true);
    m_roleLabel->setFont(bold);
    m_indexLabel = new QLabel(header);
    m_indexLabel->setForegroundRole(QPalette::PlaceholderText);
    m_preview = new QLabel(header);
    m_preview->setObjectName(u"collapsedPreview"_s);
    m_preview->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_preview->setVisible(false);
    m_tokens = new QLabel(header);
    m_tokens->setObjectName(u"messageTokens"_s);
    m_tokens->setForegroundRole(QPalette::PlaceholderText);
    m_tokens->setToolTip(tr("Estimated prompt tokens of this message"));

    // Icon-only: the accessible name is what a screen reader says for the icon.
    auto button = [header](const QString &name, Icons::Name icon, const QString &accessibleName,
                           const QString &tip) {
        auto *b = new QToolButton(header);
        b->setObjectName(name);
        b->setIcon(Icons::icon(icon));
        b->setAutoRaise(true);
        b->setAccessibleName(accessibleName);
        b->setToolTip(tip);
        return b;
    };
    m_upButton
        = button(u"moveUpButton"_s, Icons::Name::MoveUp, tr("Move up"), tr("Move up (Alt+Up)"));
    m_downButton = button(u"moveDownButton"_s, Icons::Name::MoveDown, tr("Move down"),
                          tr("Move down (Alt+Down)"));
    auto *remove = button(u"removeMessageButton"_s, Icons::Name::Remove, tr("Remove message"),
                          tr("Remove this message (Alt+Delete)"));
    connect(m_upButton, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(-1); });
    connect(m_downButton, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(1); });
    connect(remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(); });
    auto *fork = button(u"forkMessageButton"_s, Icons::Name::Copy, tr("Fork from here"),
                        tr("Fork from here: a new conversation with the messages up to this "
                           "one (Alt+B)"));
    connect(fork, &QToolButton::clicked, this, [this] { Q_EMIT forkRequested(); });

    row->addWidget(m_handle);
    row->addWidget(m_collapseButton);
    row->addWidget(m_roleLabel);
    row->addWidget(m_indexLabel);
    row->addWidget(m_preview, 1);
    row->addStretch();
    row->addWidget(m_tokens);
    if (m_role == Role::User) {
        auto *image = button(u"addImageButton"_s, Icons::Name::Image, tr("Attach images"),
                             tr("Attach images… (Alt+I) — you can also paste or drop them"));
        connect(image, &QToolButton::clicked, this, &MessageEditor::chooseImages);
        row->addWidget(image);
    }
    row->addWidget(m_upButton);
    row->addWidget(m_downButton);
    row->addWidget(fork);
    row->addWidget(remove);
    // Tab follows the row from left to right.
    QWidget *previous = nullptr;
    for (int i = 0; i < row->count(); ++i) {
        auto *next = qobject_cast<QToolButton *>(row->itemAt(i)->widget());
        if (!next)
            continue;
        if (previous)
            setTabOrder(previous, next);
        previous = next;
    }
    return header;
}

QWidget *MessageEditor::createBody()
{
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto makeText = [this, body](const QString &placeholder) {
        m_text = new MessageTextEdit(body);
        m_text->setObjectName(u"messageText"_s);
        //: Accessible name of a message's text; %1 is the role (System, User, Assistant)
        m_text->setAccessibleName(tr("%1 message").arg(roleName(m_role)));
        m_text->setPlaceholderText(placeholder);
        connect(m_text, &QPlainTextEdit::textChanged, this, &MessageEditor::reportEdit);
        return m_text;
    };
    switch (m_role) {
    case Role::System:
        layout->addWidget(makeText(tr("Instructions for the model…")));
        break;
    case Role::User:
        layout->addWidget(makeText(tr("Ask something… (paste or drop images here)")));
        m_text->setAcceptsImages(true);
        connect(m_text, &MessageTextEdit::imageReceived, this,
                [this](const QByteArray &bytes) { addImage(bytes); });
        m_imageStrip = new ImageStrip(body);
        connect(m_imageStrip, &ImageStrip::removeRequested, this, [this](int index) {
            if (index < 0 || index >= m_images.size())
                return;
            m_images.removeAt(index);
            m_imageStrip->setImages(m_images);
            reportEdit();
        });
        layout->addWidget(m_imageStrip);
        break;
    case Role::Assistant: {
        m_assistantMode = new QComboBox(body);
        m_assistantMode->setObjectName(u"assistantModeCombo"_s);
        m_assistantMode->setAccessibleName(tr("Kind of reply"));
        m_assistantMode->addItem(tr("Text reply"));
        m_assistantMode->addItem(tr("Function calls"));
        m_assistantStack = new QStackedWidget(body);
        m_assistantStack->addWidget(makeText(tr("What the assistant said…")));
        m_assistantStack->addWidget(createTableEditor(
            {tr("Call id"), tr("Function"), tr("Arguments (JSON)")}, tr("Add call")));
        connect(m_assistantMode, &QComboBox::currentIndexChanged, this, [this](int index) {
            m_assistantStack->setCurrentIndex(index);
            reportEdit();
        });
        auto *modeRow = new QHBoxLayout;
        modeRow->addWidget(m_assistantMode);
        modeRow->addStretch();
        layout->addLayout(modeRow);
        layout->addWidget(m_assistantStack);
        break;
    }
    case Role::ToolResult:
        layout->addWidget(createTableEditor(
            {tr("Call id"), tr("Function"), tr("Result content"), tr("Error")}, tr("Add result")));
        break;
    }
    return body;
}

QWidget *MessageEditor::createTableEditor(const QStringList &columns, const QString &addText)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_table = new QTableWidget(0, int(columns.size()), box);
    m_table->setObjectName(m_role == Role::Assistant ? u"callsTable"_s : u"resultsTable"_s);
    m_table->setAccessibleName(m_role == Role::Assistant ? tr("Function calls")
                                                         : tr("Tool results"));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(m_role == Role::Assistant);
    if (m_role == Role::ToolResult)
        m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(220);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableWidget::itemChanged, this, &MessageEditor::reportEdit);

    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(box);
    add->setObjectName(u"addRowButton"_s);
    add->setIcon(Icons::icon(Icons::Name::Add));
    add->setText(addText);
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add->setAutoRaise(true);
    auto *remove = new QToolButton(box);
    remove->setObjectName(u"removeRowButton"_s);
    remove->setIcon(Icons::icon(Icons::Name::Remove));
    remove->setToolTip(tr("Remove the selected row"));
    remove->setAccessibleName(tr("Remove row"));
    remove->setAutoRaise(true);
    connect(add, &QToolButton::clicked, this, [this] {
        addTableRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
        reportEdit();
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        reportEdit();
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    return box;
}

void MessageEditor::addTableRow(const QStringList &cells, bool isError)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const int textColumns = m_role == Role::ToolResult ? errorColumn : m_table->columnCount();
    for (int column = 0; column < textColumns; ++column)
        m_table->setItem(row, column, new QTableWidgetItem(cells.value(column)));
    if (m_role == Role::ToolResult) {
        auto *error = new QTableWidgetItem;
        error->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        error->setCheckState(isError ? Qt::Checked : Qt::Unchecked);
        error->setToolTip(tr("The tool failed (is_error)"));
        m_table->setItem(row, errorColumn, error);
    }
}

void MessageEditor::loadMessage(const LlmMessage &message)
{
    m_loading = true;
    const auto setText = [this](const QString &text) {
        if (m_text->toPlainText() != text)
            m_text->setPlainText(text);
    };
    if (const auto *system = std::get_if<SystemMessage>(&message)) {
        setText(system->content);
    } else if (const auto *user = std::get_if<UserMessage>(&message)) {
        m_images.clear();
        QString text;
        if (const auto *plain = std::get_if<QString>(&user->content)) {
            text = *plain;
        } else {
            for (const UserContentPart &part : std::get<QList<UserContentPart>>(user->content)) {
                if (const auto *piece = std::get_if<QString>(&part))
                    text += text.isEmpty() ? *piece : u"\n"_s + *piece;
                else
                    m_images.append(std::get<Image>(part));
            }
        }
        setText(text);
        m_imageStrip->setImages(m_images);
    } else if (const auto *assistant = std::get_if<AssistantMessage>(&message)) {
        m_thought = assistant->thought;
        m_source = assistant->source;
        m_providerState = assistant->providerState;
        const bool calls = assistant->hasFunctionCalls();
        m_assistantMode->setCurrentIndex(calls ? 1 : 0);
        m_assistantStack->setCurrentIndex(calls ? 1 : 0);
        if (calls) {
            m_table->setRowCount(0);
            for (const FunctionCall &call : std::get<QList<FunctionCall>>(assistant->content))
                addTableRow({call.id, call.name, call.arguments});
        } else {
            setText(std::get<QString>(assistant->content));
        }
    } else {
        const auto &results = std::get<FunctionExecutionResultMessage>(message);
        m_table->setRowCount(0);
        for (const FunctionExecutionResult &result : results.content)
            addTableRow({result.callId, result.name, result.content}, result.isError);
    }
    updatePreview();
    m_loading = false;
}

LlmMessage MessageEditor::message() const
{
    const auto cell = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text() : QString();
    };
    switch (m_role) {
    case Role::System:
        return SystemMessage{m_text->toPlainText()};
    case Role::User: {
        UserMessage user;
        if (m_images.isEmpty()) {
            user.content = m_text->toPlainText();
        } else {
            QList<UserContentPart> parts;
            if (!m_text->toPlainText().isEmpty())
                parts.append(m_text->toPlainText());
            for (const Image &image : m_images)
                parts.append(image);
            user.content = parts;
        }
        return user;
    }
    case Role::Assistant: {
        AssistantMessage assistant;
        assistant.thought = m_thought;
        if (!m_source.isEmpty())
            assistant.source = m_source;
        assistant.providerState = m_providerState;
        if (m_assistantMode->currentIndex() == 1) {
            QList<FunctionCall> calls;
            for (int row = 0; row < m_table->rowCount(); ++row)
                calls.append({cell(row, 0), cell(row, 1), cell(row, 2)});
            assistant.content = calls;
        } else {
            assistant.content = m_text->toPlainText();
        }
        return assistant;
    }
    case Role::ToolResult: {
        FunctionExecutionResultMessage results;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QTableWidgetItem *error = m_table->item(row, errorColumn);
            results.content.append({cell(row, 2), cell(row, 1), cell(row, 0),
                                    error && error->checkState() == Qt::Checked});
        }
        return results;
    }
    }
    return SystemMessage{};
}

void MessageEditor::setMessage(const LlmMessage &message)
{
    if (roleOf(message) != m_role)
        return;
    loadMessage(message);
}

void MessageEditor::setPosition(int index, int count)
{
    m_indexLabel->setText(tr("#%1").arg(index + 1));
    m_upButton->setEnabled(index > 0);
    m_downButton->setEnabled(index + 1 < count);
}

void MessageEditor::setTokenEstimate(qint64 tokens)
{
    m_tokens->setText(tr("~%1 tokens").arg(QLocale().toString(tokens)));
}

void MessageEditor::setCollapsed(bool collapsed)
{
    m_collapsed = collapsed;
    m_body->setVisible(!collapsed);
    m_collapseButton->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
    updatePreview();
}

void MessageEditor::updatePreview()
{
    if (!m_collapsed) {
        m_preview->setVisible(false);
        return;
    }
    QString summary;
    if (m_text && (!m_assistantMode || m_assistantMode->currentIndex() == 0))
        summary = previewOf(m_text->toPlainText());
    else if (m_table)
        summary = tr("%n row(s)", nullptr, m_table->rowCount());
    if (!m_images.isEmpty())
        summary += u"  "_s + tr("[%n image(s)]", nullptr, int(m_images.size()));
    m_preview->setText(summary);
    m_preview->setVisible(true);
}

bool MessageEditor::addImage(const QByteArray &bytes)
{
    if (m_role != Role::User)
        return false;
    const QString mime = Image::sniffMimeType(bytes);
    if (mime.isEmpty())
        return false;
    m_images.append(Image::fromBytes(bytes, mime));
    m_imageStrip->setImages(m_images);
    reportEdit();
    return true;
}

void MessageEditor::chooseImages()
{
    if (m_role != Role::User)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach images"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)"));
    QStringList rejected;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !addImage(file.readAll()))
            rejected.append(QFileInfo(path).fileName());
    }
    if (!rejected.isEmpty())
        QMessageBox::warning(
            this, tr("Attach images"),
            tr("These files are not PNG, JPEG, GIF or WebP images:\n%1").arg(rejected.join(u'\n')));
}

void MessageEditor::focusEditor()
{
    if (m_collapsed)
        setCollapsed(false);
    if (m_text && m_text->isVisibleTo(this))
        m_text->setFocus();
    else if (m_table)
        m_table->setFocus();
}

void MessageEditor::reportEdit()
{
    if (m_loading)
        return;
    updatePreview();
    Q_EMIT edited();
}

bool MessageEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_text || watched == m_table)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier) {
            switch (key->key()) {
            case Qt::Key_Up:
                Q_EMIT moveRequested(-1);
                return true;
            case Qt::Key_Down:
                Q_EMIT moveRequested(1);
                return true;
            case Qt::Key_Delete:
                Q_EMIT removeRequested();
                return true;
            case Qt::Key_B: // "branch": Alt+F belongs to the File menu
                Q_EMIT forkRequested();
                return true;
            case Qt::Key_C:
                setCollapsed(!m_collapsed);
                return true;
            case Qt::Key_I:
                if (m_role == Role::User) {
                    chooseImages();
                    return true;
                }
                break;
            default:
                break;
            }
        }
    }
    if (watched == m_handle) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_dragFrom = static_cast<QMouseEvent *>(event)->position().toPoint();
        } else if (event->type() == QEvent::MouseMove) {
            const auto *move = static_cast<QMouseEvent *>(event);
            if ((move->buttons() & Qt::LeftButton)
                && (move->position().toPoint() - m_dragFrom).manhattanLength()
                       >= QApplication::startDragDistance()) {
                Q_EMIT dragStarted();
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace playground
