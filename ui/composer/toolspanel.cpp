// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "composer/toolspanel.h"

#include "session/playgroundsession.h"
#include "widgets/icons.h"
#include "widgets/jsoneditor.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

namespace {

constexpr int ModeRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;

//! `text` as a JSON string literal, quotes included.
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

//! A red-ish colour that reads on light and dark backgrounds.
QColor problemColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

//! A one-line hint under a control: a small icon and wrapped text. Returns the text label;
//! the row is its parent widget (show/hide that).
QLabel *createNote(QWidget *parent, const QString &objectName)
{
    auto *row = new QWidget(parent);
    row->setObjectName(objectName + u"Row"_s);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *icon = new QLabel(row);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(Icons::icon(Icons::Name::Warning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    auto *text = new QLabel(row);
    text->setObjectName(objectName);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    row->hide();
    return text;
}

//! The tool's name for the list; read from broken JSON too, so a tool being edited keeps
//! its name while a comma is missing.
QString listName(const QString &json)
{
    if (PlaygroundSession::toolProblem(json).isEmpty())
        return PlaygroundSession::toolName(json);
    static const QRegularExpression name(uR"re("name"\s*:\s*"([^"\\]*)")re"_s);
    const QRegularExpressionMatch match = name.match(json);
    return match.hasMatch() && !match.captured(1).isEmpty() ? match.captured(1)
                                                            : PlaygroundSession::toolName(json);
}

void setNote(QLabel *note, const QString &text)
{
    note->setText(text);
    note->parentWidget()->setVisible(!text.isEmpty());
}

QToolButton *createButton(const QString &objectName, const QString &text, Icons::Name icon,
                          const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setIcon(Icons::icon(icon));
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

//! A JSON editor checked by `validator`, with room for eight lines in `panel`'s font.
JsonEditor *createEditor(const QString &objectName, JsonEditor::Validator validator,
                         const QWidget *panel, QWidget *parent)
{
    auto *editor = new JsonEditor(parent);
    editor->setObjectName(objectName);
    editor->setValidator(std::move(validator));
    editor->setMinimumHeight(panel->fontMetrics().height() * 8);
    return editor;
}

//! Re-indents `editor`'s JSON, or where it does not parse, puts the cursor on the error.
void formatOrFocusError(JsonEditor *editor)
{
    if (!editor->formatJson())
        editor->focusError();
}

} // namespace

ToolsPanel::ToolsPanel(PlaygroundSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"toolsPanel"_s);
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(createToolsGroup(), 3);
    m_layout->addWidget(createOutputGroup(), 0);

    auto *format = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    format->setContext(Qt::WidgetWithChildrenShortcut);
    connect(format, &QShortcut::activated, this, &ToolsPanel::formatFocusedEditor);

    connect(m_session, &PlaygroundSession::toolsChanged, this, &ToolsPanel::syncTools);
    connect(m_session, &PlaygroundSession::toolChoiceChanged, this, &ToolsPanel::syncToolChoice);
    connect(m_session, &PlaygroundSession::jsonOutputChanged, this, &ToolsPanel::syncJsonOutput);
    connect(m_session, &PlaygroundSession::providerChanged, this, &ToolsPanel::syncCapabilities);

    syncTools();
    syncJsonOutput();
    syncCapabilities();
}

// --- Templates ---------------------------------------------------------------------------

QString ToolsPanel::templateName(Template which)
{
    switch (which) {
    case Template::Blank:
        return u"new_tool"_s;
    case Template::GetWeather:
        return u"get_weather"_s;
    case Template::SearchWeb:
        return u"search_web"_s;
    case Template::RunSql:
        return u"run_sql"_s;
    }
    return {};
}

QString ToolsPanel::templateText(Template which, const QString &name)
{
    const QString toolName = jsonString(name.isEmpty() ? templateName(which) : name);
    switch (which) {
    case Template::Blank:
        return uR"({
  "name": %1,
  "description": %2,
  "parameters": {
    "type": "object",
    "properties": {},
    "required": []
  }
}
)"_s.arg(toolName, jsonString(tr("Describe what the tool does and when to call it.")));
    case Template::GetWeather:
        return uR"({
  "name": %1,
  "description": %2,
  "parameters": {
    "type": "object",
    "properties": {
      "location": {
        "type": "string",
        "description": %3
      },
      "unit": {
        "type": "string",
        "enum": ["celsius", "fahrenheit"],
        "description": %4
      }
    },
    "required": ["location"]
  }
}
)"_s.arg(toolName, jsonString(tr("Get the current weather for a location.")),
         jsonString(tr("City and country, e.g. \"Paris, France\".")),
         jsonString(tr("Temperature unit; celsius when not given.")));
    case Template::SearchWeb:
        return uR"({
  "name": %1,
  "description": %2,
  "parameters": {
    "type": "object",
    "properties": {
      "query": {
        "type": "string",
        "description": %3
      },
      "max_results": {
        "type": "integer",
        "description": %4,
        "minimum": 1,
        "maximum": 20
      }
    },
    "required": ["query"]
  }
}
)"_s.arg(toolName,
         jsonString(tr("Search the web and return the top results with their titles, "
                       "URLs and snippets.")),
         jsonString(tr("What to search for, as a person would type it.")),
         jsonString(tr("How many results to return (default 5).")));
    case Template::RunSql:
        return uR"({
  "name": %1,
  "description": %2,
  "parameters": {
    "type": "object",
    "properties": {
      "query": {
        "type": "string",
        "description": %3
      },
      "database": {
        "type": "string",
        "description": %4
      }
    },
    "required": ["query", "database"]
  }
}
)"_s.arg(toolName, jsonString(tr("Run a read-only SQL query and return the rows as JSON.")),
         jsonString(tr("One SELECT statement.")),
         jsonString(tr("Name of the database to query, e.g. \"analytics\".")));
    }
    return {};
}

// --- Building ----------------------------------------------------------------------------

QGroupBox *ToolsPanel::createToolsGroup()
{
    m_toolsGroup = new QGroupBox(tr("Tools"), this);
    m_toolsGroup->setObjectName(u"toolsGroup"_s);
    auto *layout = new QVBoxLayout(m_toolsGroup);

    m_toolList = new QListWidget(m_toolsGroup);
    m_toolList->setObjectName(u"toolList"_s);
    m_toolList->setAccessibleName(tr("Tools"));
    m_toolList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_toolList->setUniformItemSizes(true);
    m_toolList->setAlternatingRowColors(true);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_toolList->setIconSize(QSize(iconSize, iconSize));
    m_toolList->setToolTip(tr("The tools offered to the model. Select one to edit it."));
    const int rowHeight = qMax(fontMetrics().height(), 16) + 6;
    m_toolList->setMinimumHeight(rowHeight * 3 + 2 * m_toolList->frameWidth());
    m_toolList->setMaximumHeight(rowHeight * 5 + 2 * m_toolList->frameWidth());
    m_toolList->installEventFilter(this);
    connect(m_toolList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating)
            syncEditor();
    });
    layout->addWidget(m_toolList);
    m_status = new QLabel(m_toolsGroup);
    m_status->setObjectName(u"toolsStatus"_s);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    m_addButton = createButton(u"addToolButton"_s, tr("Add"), Icons::Name::Add,
                               tr("Add a tool (the arrow offers templates)"), m_toolsGroup);
    m_addButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_addButton);
    menu->setObjectName(u"addToolMenu"_s);
    const std::pair<Template, QString> templates[] = {
        {Template::Blank, tr("Blank tool")},
        {Template::GetWeather, tr("get_weather (location, unit enum)")},
        {Template::SearchWeb, tr("search_web (query, max_results integer)")},
        {Template::RunSql, tr("run_sql (query, database)")},
    };
    for (const auto &[which, title] : templates) {
        QAction *action = menu->addAction(title);
        action->setObjectName(u"addTool_"_s + templateName(which));
        connect(action, &QAction::triggered, this, [this, which = which] { addTemplate(which); });
        if (which == Template::Blank)
            menu->addSeparator();
    }
    m_addButton->setMenu(menu);
    connect(m_addButton, &QToolButton::clicked, this, [this] { addTemplate(Template::Blank); });

    m_removeButton = createButton(u"removeToolButton"_s, tr("Remove"), Icons::Name::Remove,
                                  tr("Remove the selected tool (Delete)"), m_toolsGroup);
    connect(m_removeButton, &QToolButton::clicked, this, &ToolsPanel::removeSelectedTool);

    m_formatToolButton = createButton(u"formatToolButton"_s, tr("Format"), Icons::Name::Format,
                                      tr("Re-indent the tool's JSON (Ctrl+Shift+F)"), m_toolsGroup);
    connect(m_formatToolButton, &QToolButton::clicked, this,
            [this] { formatOrFocusError(m_toolEditor); });
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_formatToolButton);
    layout->addLayout(buttons);

    m_toolEditor = createEditor(
        u"toolEditor"_s,
        [](const QJsonDocument &document) {
            return PlaygroundSession::toolProblem(
                QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
        },
        this, m_toolsGroup);
    connect(m_toolEditor, &JsonEditor::textChanged, this, [this] {
        if (!m_updating && m_editorTool >= 0)
            m_session->setToolText(m_editorTool, m_toolEditor->text());
    });
    layout->addWidget(m_toolEditor, 1);

    m_toolsNote = createNote(m_toolsGroup, u"toolsNote"_s);
    layout->addWidget(m_toolsNote->parentWidget());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_toolChoiceCombo = new QComboBox(m_toolsGroup);
    m_toolChoiceCombo->setObjectName(u"toolChoiceCombo"_s);
    m_toolChoiceCombo->setToolTip(tr("Whether the model may, must or must not call a tool"));
    connect(m_toolChoiceCombo, &QComboBox::activated, this, [this](int index) {
        const auto mode = ToolChoice::Mode(m_toolChoiceCombo->itemData(index, ModeRole).toInt());
        m_session->setToolChoice(
            {mode, mode == ToolChoice::Mode::Named
                       ? m_toolChoiceCombo->itemData(index, NameRole).toString()
                       : QString()});
    });
    form->addRow(tr("Tool &choice:"), m_toolChoiceCombo);
    layout->addLayout(form);
    return m_toolsGroup;
}

QGroupBox *ToolsPanel::createOutputGroup()
{
    m_outputGroup = new QGroupBox(tr("Output format"), this);
    m_outputGroup->setObjectName(u"outputGroup"_s);
    auto *layout = new QVBoxLayout(m_outputGroup);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_jsonOutputCombo = new QComboBox(m_outputGroup);
    m_jsonOutputCombo->setObjectName(u"jsonOutputCombo"_s);
    m_jsonOutputCombo->addItem(tr("Off (free text)"), int(JsonOutput::Mode::Off));
    m_jsonOutputCombo->addItem(tr("JSON object"), int(JsonOutput::Mode::JsonObject));
    m_jsonOutputCombo->addItem(tr("JSON schema (structured output)"),
                               int(JsonOutput::Mode::JsonSchema));
    m_jsonOutputCombo->setItemData(0, tr("The model answers in free text."), Qt::ToolTipRole);
    m_jsonOutputCombo->setItemData(1, tr("The model answers with any valid JSON object."),
                                   Qt::ToolTipRole);
    m_jsonOutputCombo->setItemData(
        2, tr("The model answers with JSON that follows the schema below."), Qt::ToolTipRole);
    connect(m_jsonOutputCombo, &QComboBox::activated, this, [this](int index) {
        const auto mode = JsonOutput::Mode(m_jsonOutputCombo->itemData(index).toInt());
        if (mode == JsonOutput::Mode::JsonSchema && m_session->jsonSchemaText().trimmed().isEmpty())
            m_session->setJsonSchemaText(uR"({
  "type": "object",
  "properties": {
    "answer": {
      "type": "string"
    }
  },
  "required": ["answer"],
  "additionalProperties": false
}
)"_s);
        m_session->setJsonOutputMode(mode);
    });
    // Alt+F opens the File menu.
    form->addRow(tr("Form&at:"), m_jsonOutputCombo);

    m_schemaName = new QLineEdit(m_outputGroup);
    m_schemaName->setObjectName(u"jsonSchemaName"_s);
    m_schemaName->setPlaceholderText(u"response"_s);
    m_schemaName->setMaxLength(64);
    m_schemaName->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[A-Za-z0-9_-]{0,64}"_s), m_schemaName));
    m_schemaName->setToolTip(tr("The schema's name (letters, digits, '_' and '-'); OpenAI "
                                "requires one. Empty means \"response\"."));
    connect(m_schemaName, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_session->setJsonSchemaName(text); });
    m_schemaNameLabel = new QLabel(tr("Schema &name:"), m_outputGroup);
    m_schemaNameLabel->setBuddy(m_schemaName);
    form->addRow(m_schemaNameLabel, m_schemaName);
    layout->addLayout(form);

    m_schemaEditor = createEditor(
        u"jsonSchemaEditor"_s,
        [](const QJsonDocument &document) {
            return document.isObject() ? QString() : tr("A JSON Schema must be an object.");
        },
        this, m_outputGroup);
    m_schemaEditor->setPlaceholderText(tr("A JSON Schema object, e.g. {\"type\": \"object\", "
                                          "\"properties\": {…}}"));
    connect(m_schemaEditor, &JsonEditor::textChanged, this, [this] {
        if (!m_updating)
            m_session->setJsonSchemaText(m_schemaEditor->text());
    });
    layout->addWidget(m_schemaEditor, 1);

    auto *buttons = new QHBoxLayout;
    m_formatSchemaButton = createButton(u"formatSchemaButton"_s, tr("Format"), Icons::Name::Format,
                                        tr("Re-indent the schema (Ctrl+Shift+F)"), m_outputGroup);
    connect(m_formatSchemaButton, &QToolButton::clicked, this,
            [this] { formatOrFocusError(m_schemaEditor); });
    buttons->addStretch(1);
    buttons->addWidget(m_formatSchemaButton);
    layout->addLayout(buttons);

    m_outputNote = createNote(m_outputGroup, u"jsonOutputNote"_s);
    layout->addWidget(m_outputNote->parentWidget());
    return m_outputGroup;
}

// --- Actions -----------------------------------------------------------------------------

QString ToolsPanel::uniqueToolName(const QString &base) const
{
    QSet<QString> taken;
    for (const QString &text : m_session->toolTexts())
        taken.insert(PlaygroundSession::toolName(text));
    if (!taken.contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + u'_' + QString::number(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

int ToolsPanel::addTemplate(Template which)
{
    const int index = m_session->addTool(templateText(which, uniqueToolName(templateName(which))));
    setCurrentTool(index);
    m_toolEditor->textEdit()->setFocus(Qt::OtherFocusReason);
    return index;
}

void ToolsPanel::removeSelectedTool()
{
    const int row = m_toolList->currentRow();
    if (row < 0)
        return;
    m_session->removeTool(row);
    m_toolList->setFocus(Qt::OtherFocusReason);
}

int ToolsPanel::currentTool() const
{
    return m_editorTool;
}

void ToolsPanel::setCurrentTool(int index)
{
    if (index < 0 || index >= m_toolList->count())
        return;
    m_toolList->setCurrentRow(index);
    syncEditor();
}

void ToolsPanel::formatFocusedEditor()
{
    const QWidget *focus = QApplication::focusWidget();
    JsonEditor *editor = m_schemaEditor->isVisible() && m_schemaEditor->isAncestorOf(focus)
                             ? m_schemaEditor
                             : m_toolEditor;
    if (editor->isEnabled())
        formatOrFocusError(editor);
}

bool ToolsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_toolList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) && m_removeButton->isEnabled()) {
            removeSelectedTool();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- Session → widgets -------------------------------------------------------------------

QString ToolsPanel::problemOf(int index) const
{
    const QStringList &texts = m_session->toolTexts();
    ToolSchema tool;
    if (QString problem = PlaygroundSession::toolProblem(texts.at(index), &tool);
        !problem.isEmpty())
        return problem;
    for (int i = 0; i < texts.size(); ++i) {
        ToolSchema other;
        if (i != index && PlaygroundSession::toolProblem(texts.at(i), &other).isEmpty()
            && other.name == tool.name)
            return tr("Another tool is also named \"%1\"; providers refuse duplicate names.")
                .arg(tool.name);
    }
    return {};
}

void ToolsPanel::syncTools()
{
    const QStringList &texts = m_session->toolTexts();
    m_updating = true;
    int current = m_toolList->currentRow();
    while (m_toolList->count() > texts.size())
        delete m_toolList->takeItem(m_toolList->count() - 1);
    while (m_toolList->count() < texts.size())
        m_toolList->addItem(new QListWidgetItem);
    for (int i = 0; i < texts.size(); ++i) {
        QListWidgetItem *item = m_toolList->item(i);
        const QString problem = problemOf(i);
        item->setText(listName(texts.at(i)));
        item->setIcon(Icons::icon(problem.isEmpty() ? Icons::Name::Tool : Icons::Name::Error));
        item->setData(Qt::UserRole, !problem.isEmpty());
        QString tip = problem;
        if (tip.isEmpty()) {
            ToolSchema tool;
            PlaygroundSession::toolProblem(texts.at(i), &tool);
            tip = tool.description.isEmpty() ? tool.name : tool.description;
        }
        item->setToolTip(tip);
    }
    if (current >= texts.size())
        current = int(texts.size()) - 1;
    if (current < 0 && !texts.isEmpty())
        current = 0;
    m_toolList->setCurrentRow(current);
    m_updating = false;

    syncEditor();
    syncToolChoice();
    updateStatus();
    syncCapabilities();
}

void ToolsPanel::syncEditor()
{
    const int row = m_toolList->currentRow();
    const QStringList &texts = m_session->toolTexts();
    m_editorTool = row >= 0 && row < texts.size() ? row : -1;
    m_updating = true;
    if (m_editorTool < 0) {
        m_toolEditor->setAllowEmpty(true);
        m_toolEditor->setEmptyStatusText(tr("No tool selected"));
        if (!m_toolEditor->text().isEmpty())
            m_toolEditor->setText({});
        m_toolEditor->setPlaceholderText(tr("Add a tool to edit its JSON here."));
    } else {
        m_toolEditor->setAllowEmpty(false);
        m_toolEditor->setPlaceholderText(QString());
        if (m_toolEditor->text() != texts.at(m_editorTool))
            m_toolEditor->setText(texts.at(m_editorTool));
    }
    m_toolEditor->setEnabled(m_editorTool >= 0);
    m_removeButton->setEnabled(m_editorTool >= 0);
    m_formatToolButton->setEnabled(m_editorTool >= 0);
    m_updating = false;
}

void ToolsPanel::syncToolChoice()
{
    struct Entry
    {
        QString text;
        ToolChoice::Mode mode;
        QString name;
        QString toolTip;
        bool missing = false;
    };
    QList<Entry> entries{
        {tr("Auto"), ToolChoice::Mode::Auto, {}, tr("The model decides whether to call a tool.")},
        {tr("Required"), ToolChoice::Mode::Required, {}, tr("The model must call a tool.")},
        {tr("None"), ToolChoice::Mode::None, {}, tr("The model must not call a tool.")},
    };
    QSet<QString> names;
    for (const QString &text : m_session->toolTexts()) {
        ToolSchema tool;
        if (!PlaygroundSession::toolProblem(text, &tool).isEmpty() || names.contains(tool.name))
            continue;
        names.insert(tool.name);
        entries.append({tr("Call %1").arg(tool.name), ToolChoice::Mode::Named, tool.name,
                        tr("The model must call %1.").arg(tool.name)});
    }
    const ToolChoice choice = m_session->toolChoice();
    if (choice.mode == ToolChoice::Mode::Named && !names.contains(choice.name))
        entries.append(
            {tr("Call %1 (no such tool)").arg(choice.name), ToolChoice::Mode::Named, choice.name,
             tr("No valid tool is named \"%1\": choose another tool choice.").arg(choice.name),
             true});

    bool same = m_toolChoiceCombo->count() == entries.size();
    for (int i = 0; same && i < entries.size(); ++i)
        same = m_toolChoiceCombo->itemText(i) == entries.at(i).text;
    m_updating = true;
    if (!same) {
        m_toolChoiceCombo->clear();
        for (const Entry &entry : std::as_const(entries)) {
            m_toolChoiceCombo->addItem(entry.text);
            const int i = m_toolChoiceCombo->count() - 1;
            m_toolChoiceCombo->setItemData(i, int(entry.mode), ModeRole);
            m_toolChoiceCombo->setItemData(i, entry.name, NameRole);
            m_toolChoiceCombo->setItemData(i, entry.toolTip, Qt::ToolTipRole);
            if (entry.missing)
                m_toolChoiceCombo->setItemIcon(i, Icons::icon(Icons::Name::Warning));
        }
    }
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        if (entry.mode == choice.mode
            && (entry.mode != ToolChoice::Mode::Named || entry.name == choice.name)) {
            m_toolChoiceCombo->setCurrentIndex(i);
            m_toolChoiceCombo->setToolTip(entry.toolTip);
            break;
        }
    }
    m_updating = false;
}

void ToolsPanel::syncJsonOutput()
{
    const JsonOutput::Mode mode = m_session->jsonOutputMode();
    m_updating = true;
    m_jsonOutputCombo->setCurrentIndex(m_jsonOutputCombo->findData(int(mode)));
    if (m_schemaName->text() != m_session->jsonSchemaName())
        m_schemaName->setText(m_session->jsonSchemaName());
    if (m_schemaEditor->text() != m_session->jsonSchemaText())
        m_schemaEditor->setText(m_session->jsonSchemaText());
    m_updating = false;

    const bool schema = mode == JsonOutput::Mode::JsonSchema;
    m_schemaNameLabel->setVisible(schema);
    m_schemaName->setVisible(schema);
    m_schemaEditor->setVisible(schema);
    m_formatSchemaButton->setVisible(schema);
    // The schema editor shares the spare height with the tool editor only when shown.
    m_layout->setStretchFactor(m_outputGroup, schema ? 2 : 0);
    syncCapabilities();
}

void ToolsPanel::syncCapabilities()
{
    const ModelInfo info = m_session->modelInfo();
    const QString model
        = m_session->model().isEmpty() ? tr("the selected model") : m_session->model();
    const bool hasTools = !m_session->toolTexts().isEmpty();

    m_addButton->setEnabled(info.functionCalling);
    m_toolChoiceCombo->setEnabled(info.functionCalling && hasTools);
    QString toolsNote;
    if (!info.functionCalling)
        toolsNote = hasTools ? tr("%1 does not support function calling: remove the tools or "
                                  "choose another model.")
                                   .arg(model)
                             : tr("%1 does not support function calling.").arg(model);
    setNote(m_toolsNote, toolsNote);

    auto *items = qobject_cast<QStandardItemModel *>(m_jsonOutputCombo->model());
    const struct
    {
        JsonOutput::Mode mode;
        bool supported;
        QString enabledTip;
        QString disabledTip;
    } outputs[] = {
        {JsonOutput::Mode::JsonObject, info.jsonOutput,
         tr("The model answers with any valid JSON object."),
         tr("%1 does not support JSON object output.").arg(model)},
        {JsonOutput::Mode::JsonSchema, info.structuredOutput,
         tr("The model answers with JSON that follows the schema below."),
         tr("%1 does not support structured output (JSON schema).").arg(model)},
    };
    QString outputNote;
    for (const auto &output : outputs) {
        const int index = m_jsonOutputCombo->findData(int(output.mode));
        if (QStandardItem *item = items ? items->item(index) : nullptr) {
            item->setEnabled(output.supported);
            item->setToolTip(output.supported ? output.enabledTip : output.disabledTip);
        }
        if (!output.supported && m_session->jsonOutputMode() == output.mode)
            outputNote = output.disabledTip + u' '
                         + tr("Choose another format or the request may be refused.");
    }
    setNote(m_outputNote, outputNote);
}

void ToolsPanel::updateStatus()
{
    const int count = int(m_session->toolTexts().size());
    int invalid = 0;
    for (int i = 0; i < m_toolList->count(); ++i)
        invalid += m_toolList->item(i)->data(Qt::UserRole).toBool() ? 1 : 0;
    QString text;
    if (count == 0)
        text = tr("No tools");
    else if (count == 1)
        text = tr("1 tool");
    else
        text = tr("%n tools", nullptr, count);
    if (invalid > 0)
        text += u" · "_s + tr("%n invalid", nullptr, invalid);
    m_status->setText(text);
    m_status->setToolTip(invalid > 0 ? tr("Invalid tools block sending; hover a tool with an "
                                          "error icon to see why.")
                                     : QString());
    QPalette palette;
    if (invalid > 0)
        palette.setColor(QPalette::WindowText, problemColor());
    m_status->setPalette(palette);
}

} // namespace playground
