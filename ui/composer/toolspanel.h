// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QToolButton;
class QVBoxLayout;

namespace playground {

class JsonEditor;
class PlaygroundSession;

//! Edits the session's tools (as JSON), the tool choice and the output format (free text,
//! any JSON object, or a JSON Schema). Every edit goes to the session as it is typed; what
//! the session says is shown, so other views and loaded conversations stay in step.
//!
//! Layout, top to bottom: the tool list (an error icon and the problem as tooltip on
//! tools that cannot be sent), a summary ("2 tools · 1 invalid"), Add (templates), Remove
//! and Format, the JSON editor of the selected tool, the tool choice, then the output
//! format with the schema name and editor (only in schema mode). Capabilities
//! the selected model lacks are disabled with a note. Keys: Delete in the list removes the
//! selected tool; Ctrl+Shift+F formats the focused JSON editor.
class ToolsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ToolsPanel(PlaygroundSession *session, QWidget *parent = nullptr);

    //! The templates of the Add menu, blank first.
    enum class Template { Blank, GetWeather, SearchWeb, RunSql };
    //! A complete tool JSON text (two-space indented) for `which`, named `name`.
    static QString templateText(Template which, const QString &name = {});
    //! The tool name a template uses when no tool has it yet.
    static QString templateName(Template which);

    //! Adds `which` with a name no other tool has, selects it and focuses the editor.
    //! Returns the new tool's index.
    int addTemplate(Template which);
    //! Removes the tool selected in the list, if any.
    void removeSelectedTool();
    //! The tool shown in the editor; -1 when none.
    int currentTool() const;
    void setCurrentTool(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QGroupBox *createToolsGroup();
    QGroupBox *createOutputGroup();
    void syncTools();
    void syncEditor();
    void syncToolChoice();
    void syncJsonOutput();
    void syncCapabilities();
    void updateStatus();
    void formatFocusedEditor();
    QString uniqueToolName(const QString &base) const;
    //! Why the tool at `index` cannot be sent (its own problem or a duplicate name).
    QString problemOf(int index) const;

    PlaygroundSession *m_session;
    QVBoxLayout *m_layout = nullptr;

    QGroupBox *m_toolsGroup = nullptr;
    QListWidget *m_toolList = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QToolButton *m_formatToolButton = nullptr;
    JsonEditor *m_toolEditor = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_toolsNote = nullptr;
    QComboBox *m_toolChoiceCombo = nullptr;

    QGroupBox *m_outputGroup = nullptr;
    QComboBox *m_jsonOutputCombo = nullptr;
    QLabel *m_schemaNameLabel = nullptr;
    QLineEdit *m_schemaName = nullptr;
    JsonEditor *m_schemaEditor = nullptr;
    QToolButton *m_formatSchemaButton = nullptr;
    QLabel *m_outputNote = nullptr;

    //! The tool whose text the editor holds; -1 when none.
    int m_editorTool = -1;
    //! Set while the panel writes to its own widgets, so their signals are not echoed.
    bool m_updating = false;
};

} // namespace playground
