// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The Tools and Parameters panels against a real PlaygroundSession (the Demo provider by
// default): what is typed reaches the session, what the session says is shown, and what a
// provider does not take is not sent.
#include "composer/parameterspanel.h"
#include "composer/toolspanel.h"
#include "core/usermessage.h"
#include "profiles/providerprofile.h"
#include "session/playgroundsession.h"
#include "uitest.h"
#include "widgets/icons.h"
#include "widgets/jsoneditor.h"

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace modelkit;
using namespace playground;
using namespace Qt::StringLiterals;

class TestToolsParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addTemplateTool();
    void addMenuOffersEveryTemplate();
    void invalidToolJsonShowsErrorAndBlocksSend();
    void toolSchemaProblemIsShown();
    void toolChoiceListsValidTools();
    void deleteKeyRemovesSelectedTool();
    void toolsPanelFollowsSession();
    void jsonSchemaModeValidates();

    void temperatureWritesParameters();
    void resetClearsParameters();
    void uncheckedParameterIsNotSent();
    void clickingDefaultStartsEditing();
    void stopSequences();
    void streamingToggle();
    void parametersFollowSession();
    void anthropicRows();
    void openAiRows();
    void unsupportedValueIsKeptAndRestored();

    void renderPanels();

private:
    template<typename T>
    T *find(QWidget *panel, const QString &name)
    {
        return testsupport::findNamed<T>(panel, name);
    }
    //! Replaces the editor's text by typing `text` into it.
    static void retype(JsonEditor *editor, const QString &text);
    //! Picks the combo entry with `text` the way a user does (keyboard: emits activated).
    static bool choose(QComboBox *combo, const QString &text);
    void useAnthropic();

    std::unique_ptr<PlaygroundSession> m_session;
    std::unique_ptr<ToolsPanel> m_tools;
    std::unique_ptr<ParametersPanel> m_parameters;
};

void TestToolsParameters::initTestCase()
{
    // Sessions read the catalog overrides and may open caches: never the user's own files.
    QStandardPaths::setTestModeEnabled(true);
}

void TestToolsParameters::init()
{
    m_session = std::make_unique<PlaygroundSession>();
    m_session->appendMessage(UserMessage{u"What is the weather in Paris?"_s, u"user"_s});
    m_tools = std::make_unique<ToolsPanel>(m_session.get());
    m_parameters = std::make_unique<ParametersPanel>(m_session.get());
    m_tools->resize(420, 720);
    m_parameters->resize(420, 760);
    m_tools->show();
    m_parameters->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_tools.get()));
    QVERIFY(QTest::qWaitForWindowExposed(m_parameters.get()));
}

void TestToolsParameters::cleanup()
{
    m_tools.reset();
    m_parameters.reset();
    m_session.reset();
}

void TestToolsParameters::retype(JsonEditor *editor, const QString &text)
{
    QPlainTextEdit *edit = editor->textEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

bool TestToolsParameters::choose(QComboBox *combo, const QString &text)
{
    const int target = combo->findText(text);
    if (target < 0)
        return false;
    combo->setFocus();
    for (int guard = 0; combo->currentIndex() != target && guard < combo->count() * 2; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    return combo->currentIndex() == target;
}

void TestToolsParameters::useAnthropic()
{
    m_session->setKeyResolver([](const ProviderProfile &) { return u"k"_s; });
    ProviderProfile profile;
    profile.name = u"Claude"_s;
    profile.kind = ProviderKind::Anthropic;
    profile.model = u"claude-sonnet-4-5"_s;
    m_session->setProfiles({profile});
    m_session->selectProfile(0);
    QVERIFY(!m_session->isDemo());
    QVERIFY2(m_session->providerProblem().isEmpty(), qPrintable(m_session->providerProblem()));
}

// --- Tools -------------------------------------------------------------------------------

void TestToolsParameters::addTemplateTool()
{
    QCOMPARE(m_tools->objectName(), u"toolsPanel"_s);
    auto *list = find<QListWidget>(m_tools.get(), u"toolList"_s);
    auto *editor = find<JsonEditor>(m_tools.get(), u"toolEditor"_s);
    auto *status = find<QLabel>(m_tools.get(), u"toolsStatus"_s);
    auto *choice = find<QComboBox>(m_tools.get(), u"toolChoiceCombo"_s);
    QVERIFY(list && editor && status && choice);
    QCOMPARE(status->text(), u"No tools"_s);
    QVERIFY(!choice->isEnabled());

    const int index = m_tools->addTemplate(ToolsPanel::Template::GetWeather);
    QCOMPARE(index, 0);
    QCOMPARE(m_session->toolTexts().size(), 1);
    const QString text = m_session->toolTexts().first();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject tool = document.object();
    QCOMPARE(tool.value(u"name"_s).toString(), u"get_weather"_s);
    QCOMPARE(tool.value(u"parameters"_s)[u"type"_s].toString(), u"object"_s);
    QCOMPARE(tool.value(u"parameters"_s)[u"properties"_s][u"unit"_s][u"enum"_s].toArray().size(),
             2);
    QCOMPARE(tool.value(u"parameters"_s)[u"required"_s].toArray().first().toString(),
             u"location"_s);
    QVERIFY(PlaygroundSession::toolProblem(text).isEmpty());

    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"get_weather"_s);
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(editor->text(), text);
    QVERIFY(editor->isValid());
    QCOMPARE(status->text(), u"1 tool"_s);
    QVERIFY(choice->isEnabled());

    // The same template again gets a name of its own; a plain click adds the blank one.
    m_tools->addTemplate(ToolsPanel::Template::GetWeather);
    QCOMPARE(PlaygroundSession::toolName(m_session->toolTexts().at(1)), u"get_weather_2"_s);
    QTest::mouseClick(find<QToolButton>(m_tools.get(), u"addToolButton"_s), Qt::LeftButton, {},
                      QPoint(8, 8));
    QCOMPARE(m_session->toolTexts().size(), 3);
    QCOMPARE(PlaygroundSession::toolName(m_session->toolTexts().at(2)), u"new_tool"_s);
    QCOMPARE(list->currentRow(), 2);
    QCOMPARE(status->text(), u"3 tools"_s);

    QString why;
    const auto request = m_session->buildRequest(&why);
    QVERIFY2(request, qPrintable(why));
    QCOMPARE(request->tools.size(), 3);
}

void TestToolsParameters::addMenuOffersEveryTemplate()
{
    auto *add = find<QToolButton>(m_tools.get(), u"addToolButton"_s);
    QVERIFY(add && add->menu());
    QStringList titles;
    for (QAction *action : add->menu()->actions()) {
        if (!action->isSeparator())
            titles << action->text();
    }
    QCOMPARE(titles, QStringList({u"Blank tool"_s, u"get_weather (location, unit enum)"_s,
                                  u"search_web (query, max_results integer)"_s,
                                  u"run_sql (query, database)"_s}));
    for (QAction *action : add->menu()->actions()) {
        if (!action->isSeparator())
            action->trigger();
    }
    QCOMPARE(m_session->toolTexts().size(), 4);
    QStringList names;
    for (const QString &text : m_session->toolTexts()) {
        ToolSchema tool;
        QVERIFY2(PlaygroundSession::toolProblem(text, &tool).isEmpty(), qPrintable(text));
        QVERIFY(!tool.description.isEmpty());
        QCOMPARE(tool.parameters.value(u"type"_s).toString(), u"object"_s);
        names << tool.name;
    }
    QCOMPARE(names, QStringList({u"new_tool"_s, u"get_weather"_s, u"search_web"_s, u"run_sql"_s}));
    const QJsonObject search = QJsonDocument::fromJson(m_session->toolTexts().at(2).toUtf8())
                                   .object()[u"parameters"_s]
                                   .toObject();
    QCOMPARE(search[u"properties"_s][u"max_results"_s][u"type"_s].toString(), u"integer"_s);
    const QJsonObject sql = QJsonDocument::fromJson(m_session->toolTexts().at(3).toUtf8())
                                .object()[u"parameters"_s]
                                .toObject();
    QCOMPARE(sql[u"required"_s].toArray().size(), 2);
}

void TestToolsParameters::invalidToolJsonShowsErrorAndBlocksSend()
{
    auto *list = find<QListWidget>(m_tools.get(), u"toolList"_s);
    auto *editor = find<JsonEditor>(m_tools.get(), u"toolEditor"_s);
    auto *status = find<QLabel>(m_tools.get(), u"toolsStatus"_s);
    QVERIFY(list && editor && status);
    m_tools->addTemplate(ToolsPanel::Template::Blank);
    const QColor normalColor = status->palette().color(QPalette::WindowText);

    // A missing comma after "lookup", typed key by key.
    retype(editor, uR"({"name": "lookup" "parameters": {"type": "object"}})"_s);
    QCOMPARE(m_session->toolTexts().first(),
             uR"({"name": "lookup" "parameters": {"type": "object"}})"_s);
    QVERIFY(!editor->isValid());
    QCOMPARE(editor->errorLine(), 1);
    QVERIFY2(editor->errorMessage().startsWith(u"Line 1, column "_s),
             qPrintable(editor->errorMessage()));
    QVERIFY2(editor->errorMessage().endsWith(u"missing comma"_s),
             qPrintable(editor->errorMessage()));

    // The list says what the Send check says (the session's own parser, whose wording may
    // differ from the editor's), with the position.
    QListWidgetItem *item = list->item(0);
    QCOMPARE(item->text(), u"lookup"_s); // read from the broken text too
    QCOMPARE(item->toolTip(), PlaygroundSession::toolProblem(editor->text()));
    QVERIFY2(item->toolTip().startsWith(u"Line 1, column "_s), qPrintable(item->toolTip()));
    const QImage errorIcon = Icons::icon(Icons::Name::Error).pixmap(16, 16).toImage();
    QCOMPARE(item->icon().pixmap(16, 16).toImage(), errorIcon);
    QCOMPARE(status->text(), u"1 tool · 1 invalid"_s);
    QVERIFY(status->palette().color(QPalette::WindowText) != normalColor);

    QString why;
    QVERIFY(!m_session->buildRequest(&why));
    QVERIFY2(why.contains(item->toolTip()), qPrintable(why));
    QVERIFY2(why.contains(u"Line 1, column "_s), qPrintable(why));

    // Fix it: type the comma after "lookup".
    QPlainTextEdit *edit = editor->textEdit();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(int(editor->text().indexOf(u"\"lookup\""_s)) + 8);
    edit->setTextCursor(cursor);
    QTest::keyClicks(edit, u","_s);
    QVERIFY2(editor->isValid(), qPrintable(editor->errorMessage()));
    QCOMPARE(list->item(0)->text(), u"lookup"_s);
    QVERIFY(list->item(0)->icon().pixmap(16, 16).toImage() != errorIcon);
    QCOMPARE(status->text(), u"1 tool"_s);
    QCOMPARE(status->palette().color(QPalette::WindowText), normalColor);
    const auto request = m_session->buildRequest(&why);
    QVERIFY2(request, qPrintable(why));
    QCOMPARE(request->tools.size(), 1);
    QCOMPARE(request->tools.first().name, u"lookup"_s);
}

void TestToolsParameters::toolSchemaProblemIsShown()
{
    auto *list = find<QListWidget>(m_tools.get(), u"toolList"_s);
    auto *editor = find<JsonEditor>(m_tools.get(), u"toolEditor"_s);
    m_tools->addTemplate(ToolsPanel::Template::Blank);

    // Valid JSON, but not a tool: a name with a space, parameters that are not an object.
    retype(editor, uR"({"name": "look up", "parameters": {"type": "object"}})"_s);
    QVERIFY(!editor->isValid());
    QCOMPARE(editor->errorMessage(), PlaygroundSession::toolProblem(editor->text()));
    QVERIFY2(editor->errorMessage().contains(u"letters, digits"_s),
             qPrintable(editor->errorMessage()));
    QCOMPARE(list->item(0)->toolTip(), editor->errorMessage());

    retype(editor, uR"({"name": "lookup", "parameters": {"type": "array"}})"_s);
    QVERIFY(!editor->isValid());
    QVERIFY2(editor->errorMessage().contains(u"\"type\": \"object\""_s),
             qPrintable(editor->errorMessage()));

    // Two valid tools with one name: both marked, sending refused.
    retype(editor, uR"({"name": "lookup"})"_s);
    QVERIFY(editor->isValid());
    m_session->addTool(uR"({"name": "lookup", "description": "again"})"_s);
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(1)->toolTip().contains(u"lookup"_s), qPrintable(list->item(1)->toolTip()));
    QCOMPARE(find<QLabel>(m_tools.get(), u"toolsStatus"_s)->text(), u"2 tools · 2 invalid"_s);
    QString why;
    QVERIFY(!m_session->buildRequest(&why));
}

void TestToolsParameters::toolChoiceListsValidTools()
{
    auto *choice = find<QComboBox>(m_tools.get(), u"toolChoiceCombo"_s);
    auto *editor = find<JsonEditor>(m_tools.get(), u"toolEditor"_s);
    QVERIFY(choice && editor);
    m_tools->addTemplate(ToolsPanel::Template::GetWeather);
    m_tools->addTemplate(ToolsPanel::Template::SearchWeb);
    QStringList items;
    for (int i = 0; i < choice->count(); ++i)
        items << choice->itemText(i);
    QCOMPARE(items, QStringList({u"Auto"_s, u"Required"_s, u"None"_s, u"Call get_weather"_s,
                                 u"Call search_web"_s}));
    QCOMPARE(choice->currentText(), u"Auto"_s);

    QVERIFY(choose(choice, u"Call get_weather"_s));
    QCOMPARE(m_session->toolChoice(), ToolChoice::named(u"get_weather"_s));
    QString why;
    auto request = m_session->buildRequest(&why);
    QVERIFY2(request, qPrintable(why));
    QCOMPARE(request->toolChoice, ToolChoice::named(u"get_weather"_s));

    QVERIFY(choose(choice, u"Required"_s));
    QCOMPARE(m_session->toolChoice().mode, ToolChoice::Mode::Required);

    // The session changes: the combo follows. A named tool that is gone is still shown.
    m_session->setToolChoice(ToolChoice::named(u"search_web"_s));
    QCOMPARE(choice->currentText(), u"Call search_web"_s);
    m_tools->setCurrentTool(1);
    retype(editor, uR"({"name": "find_pages"})"_s);
    QCOMPARE(choice->currentText(), u"Call search_web (no such tool)"_s);
    QVERIFY(choice->findText(u"Call find_pages"_s) >= 0);
    QVERIFY(!m_session->buildRequest(&why));

    // A broken tool is not offered.
    retype(editor, uR"({"name": )"_s);
    QCOMPARE(choice->findText(u"Call find_pages"_s), -1);

    // No tools: nothing to choose.
    m_session->removeTool(1);
    m_session->removeTool(0);
    QVERIFY(!choice->isEnabled());
}

void TestToolsParameters::deleteKeyRemovesSelectedTool()
{
    auto *list = find<QListWidget>(m_tools.get(), u"toolList"_s);
    auto *editor = find<JsonEditor>(m_tools.get(), u"toolEditor"_s);
    auto *remove = find<QToolButton>(m_tools.get(), u"removeToolButton"_s);
    m_tools->addTemplate(ToolsPanel::Template::GetWeather);
    m_tools->addTemplate(ToolsPanel::Template::SearchWeb);
    m_tools->addTemplate(ToolsPanel::Template::RunSql);
    list->setFocus();
    list->setCurrentRow(1);
    QCOMPARE(PlaygroundSession::toolName(editor->text()), u"search_web"_s);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_session->toolTexts().size(), 2);
    QCOMPARE(PlaygroundSession::toolName(m_session->toolTexts().at(1)), u"run_sql"_s);
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(PlaygroundSession::toolName(editor->text()), u"run_sql"_s);

    QTest::mouseClick(remove, Qt::LeftButton);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_session->toolTexts().isEmpty());
    QCOMPARE(list->count(), 0);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!editor->isEnabled());
    QVERIFY(editor->text().isEmpty());
}

void TestToolsParameters::toolsPanelFollowsSession()
{
    auto *list = find<QListWidget>(m_tools.get(), u"toolList"_s);
    auto *editor = find<JsonEditor>(m_tools.get(), u"toolEditor"_s);
    m_session->addTool(uR"({"name": "alpha"})"_s);
    m_session->addTool(uR"({"name": "beta"})"_s);
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(1)->text(), u"beta"_s);
    QCOMPARE(editor->text(), uR"({"name": "alpha"})"_s);
    m_session->setToolText(0, uR"({"name": "gamma"})"_s);
    QCOMPARE(list->item(0)->text(), u"gamma"_s);
    QCOMPARE(editor->text(), uR"({"name": "gamma"})"_s);

    // Format JSON re-indents the selected tool; the session gets the new text.
    QTest::mouseClick(find<QToolButton>(m_tools.get(), u"formatToolButton"_s), Qt::LeftButton);
    QCOMPARE(m_session->toolTexts().first(), u"{\n  \"name\": \"gamma\"\n}"_s);
    QCOMPARE(editor->text(), m_session->toolTexts().first());
}

void TestToolsParameters::jsonSchemaModeValidates()
{
    auto *combo = find<QComboBox>(m_tools.get(), u"jsonOutputCombo"_s);
    auto *name = find<QLineEdit>(m_tools.get(), u"jsonSchemaName"_s);
    auto *editor = find<JsonEditor>(m_tools.get(), u"jsonSchemaEditor"_s);
    auto *format = find<QToolButton>(m_tools.get(), u"formatSchemaButton"_s);
    QVERIFY(combo && name && editor && format);
    QCOMPARE(combo->count(), 3);
    QVERIFY(!editor->isVisible());
    QVERIFY(!name->isVisible());

    QVERIFY(choose(combo, combo->itemText(1)));
    QCOMPARE(m_session->jsonOutputMode(), JsonOutput::Mode::JsonObject);
    QVERIFY(!editor->isVisible());

    QVERIFY(choose(combo, combo->itemText(2)));
    QCOMPARE(m_session->jsonOutputMode(), JsonOutput::Mode::JsonSchema);
    QVERIFY(editor->isVisible() && name->isVisible() && format->isVisible());
    // A starting schema so that the mode works at once.
    QVERIFY(editor->isValid());
    QCOMPARE(editor->text(), m_session->jsonSchemaText());
    QString why;
    QVERIFY2(m_session->buildRequest(&why), qPrintable(why));

    retype(editor, uR"({"type": "object", "properties": {"city": )"_s);
    QCOMPARE(m_session->jsonSchemaText(), uR"({"type": "object", "properties": {"city": )"_s);
    QVERIFY(!editor->isValid());
    QVERIFY(!m_session->buildRequest(&why));
    QVERIFY2(why.startsWith(u"Output schema: Line 1, column "_s), qPrintable(why));

    retype(editor, uR"([1, 2])"_s);
    QVERIFY(!editor->isValid());
    QVERIFY2(editor->errorMessage().contains(u"object"_s), qPrintable(editor->errorMessage()));
    QVERIFY(!m_session->buildRequest(&why));

    retype(editor, uR"({"type": "object", "properties": {"city": {"type": "string"}}})"_s);
    QVERIFY(editor->isValid());
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"weather report"_s); // the space is refused
    QCOMPARE(m_session->jsonSchemaName(), u"weatherreport"_s);
    auto request = m_session->buildRequest(&why);
    QVERIFY2(request, qPrintable(why));
    QCOMPARE(request->jsonOutput.mode, JsonOutput::Mode::JsonSchema);
    QCOMPARE(request->jsonOutput.name, u"weatherreport"_s);
    QCOMPARE(request->jsonOutput.schema[u"properties"_s][u"city"_s][u"type"_s].toString(),
             u"string"_s);

    // Ctrl+Shift+F formats the focused editor.
    m_tools->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_tools.get()));
    editor->textEdit()->setFocus();
    QTest::keyClick(editor->textEdit(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(m_session->jsonSchemaText().startsWith(u"{\n  \"type\": \"object\""_s),
             qPrintable(m_session->jsonSchemaText()));

    QVERIFY(choose(combo, combo->itemText(0)));
    QCOMPARE(m_session->jsonOutputMode(), JsonOutput::Mode::Off);
    QVERIFY(!editor->isVisible());
    m_session->setJsonOutputMode(JsonOutput::Mode::JsonSchema);
    QCOMPARE(combo->currentIndex(), 2);
    QVERIFY(editor->isVisible());
}

// --- Parameters --------------------------------------------------------------------------

void TestToolsParameters::temperatureWritesParameters()
{
    QCOMPARE(m_parameters->objectName(), u"parametersPanel"_s);
    auto *enabled = find<QCheckBox>(m_parameters.get(), u"param_temperature_enabled"_s);
    auto *spin = find<QDoubleSpinBox>(m_parameters.get(), u"param_temperature"_s);
    auto *placeholder = find<QLineEdit>(m_parameters.get(), u"param_temperature_default"_s);
    QVERIFY(enabled && spin && placeholder);
    QCOMPARE(spin->minimum(), 0.0);
    QCOMPARE(spin->maximum(), 2.0);
    QCOMPARE(spin->singleStep(), 0.1);
    QVERIFY(!enabled->isChecked());
    QVERIFY(!spin->isVisible());
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->placeholderText(), u"1.0 (default)"_s);
    QVERIFY(!m_session->parameters().temperature);

    QTest::mouseClick(enabled, Qt::LeftButton, {}, QPoint(4, enabled->height() / 2));
    QVERIFY(enabled->isChecked());
    QVERIFY(spin->isVisible());
    QVERIFY(!placeholder->isVisible());
    QCOMPARE(m_session->parameters().temperature, std::optional<double>(1.0));

    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QLocale().toString(0.3, 'f', 1));
    QVERIFY(m_session->parameters().temperature.has_value());
    QCOMPARE(*m_session->parameters().temperature, 0.3);

    QString why;
    const auto request = m_session->buildRequest(&why);
    QVERIFY2(request, qPrintable(why));
    QCOMPARE(*request->parameters.temperature, 0.3);
}

void TestToolsParameters::resetClearsParameters()
{
    find<QCheckBox>(m_parameters.get(), u"param_temperature_enabled"_s)->setChecked(true);
    find<QCheckBox>(m_parameters.get(), u"param_seed_enabled"_s)->setChecked(true);
    find<QCheckBox>(m_parameters.get(), u"param_max_tokens_enabled"_s)->setChecked(true);
    find<QSpinBox>(m_parameters.get(), u"param_max_tokens"_s)->setValue(300);
    QVERIFY(m_session->parameters().seed);
    QCOMPARE(m_session->parameters().maxTokens, std::optional<qint64>(300));
    m_session->setStreaming(false);

    QTest::mouseClick(find<QPushButton>(m_parameters.get(), u"resetParametersButton"_s),
                      Qt::LeftButton);
    QVERIFY(m_session->parameters().isEmpty());
    QVERIFY(!find<QCheckBox>(m_parameters.get(), u"param_seed_enabled"_s)->isChecked());
    QCOMPARE(find<QSpinBox>(m_parameters.get(), u"param_max_tokens"_s)->value(), 1024);
    QVERIFY(!m_session->isStreaming()); // not a parameter
}

void TestToolsParameters::uncheckedParameterIsNotSent()
{
    auto *enabled = find<QCheckBox>(m_parameters.get(), u"param_top_p_enabled"_s);
    auto *spin = find<QDoubleSpinBox>(m_parameters.get(), u"param_top_p"_s);
    enabled->setChecked(true);
    spin->setValue(0.5);
    QCOMPARE(m_session->parameters().topP, std::optional<double>(0.5));
    enabled->setChecked(false);
    QVERIFY(!m_session->parameters().topP);
    QCOMPARE(spin->value(), 0.5); // kept for the next time it is checked
    spin->setValue(0.7);          // an edit while unchecked is not sent either
    QVERIFY(!m_session->parameters().topP);
    enabled->setChecked(true);
    QCOMPARE(m_session->parameters().topP, std::optional<double>(0.7));

    auto *logprobs = find<QCheckBox>(m_parameters.get(), u"param_logprobs"_s);
    auto *top = find<QCheckBox>(m_parameters.get(), u"param_top_logprobs_enabled"_s);
    QVERIFY(logprobs && top);
    QVERIFY(!top->isEnabled()); // needs log probabilities
    logprobs->setChecked(true);
    QVERIFY(top->isEnabled());
    top->setChecked(true);
    QCOMPARE(m_session->parameters().logprobs, std::optional<bool>(true));
    QCOMPARE(m_session->parameters().topLogprobs, std::optional<qint64>(5));
    logprobs->setChecked(false);
    QVERIFY(!m_session->parameters().logprobs);
    QVERIFY(!m_session->parameters().topLogprobs);
    QVERIFY(!top->isEnabled());
}

void TestToolsParameters::clickingDefaultStartsEditing()
{
    auto *placeholder = find<QLineEdit>(m_parameters.get(), u"param_seed_default"_s);
    auto *seed = find<QSpinBox>(m_parameters.get(), u"param_seed"_s);
    QVERIFY(placeholder && seed);
    QCOMPARE(placeholder->placeholderText(), u"random (default)"_s);
    QTest::mouseClick(placeholder, Qt::LeftButton);
    QVERIFY(seed->isVisible());
    QCOMPARE(m_session->parameters().seed, std::optional<qint64>(seed->value()));
}

void TestToolsParameters::stopSequences()
{
    QCOMPARE(ParametersPanel::parseStopSequences(u"END\n\n\\n\\nUser:\na\\\\b\\t"_s),
             QStringList({u"END"_s, u"\n\nUser:"_s, u"a\\b\t"_s}));
    QCOMPARE(ParametersPanel::formatStopSequences({u"END"_s, u"\n\nUser:"_s, u"a\\b\t"_s}),
             u"END\n\\n\\nUser:\na\\\\b\\t"_s);

    auto *enabled = find<QCheckBox>(m_parameters.get(), u"param_stop_enabled"_s);
    auto *edit = find<QPlainTextEdit>(m_parameters.get(), u"param_stop"_s);
    QVERIFY(enabled && edit);
    enabled->setChecked(true);
    edit->setFocus();
    QTest::keyClicks(edit, u"END"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, u"\\n\\n"_s);
    QCOMPARE(m_session->parameters().stop, QStringList({u"END"_s, u"\n\n"_s}));

    CompletionParameters p = m_session->parameters();
    p.stop = {u"###"_s};
    m_session->setParameters(p);
    QCOMPARE(edit->toPlainText(), u"###"_s);
}

void TestToolsParameters::streamingToggle()
{
    auto *streaming = find<QCheckBox>(m_parameters.get(), u"streamingCheck"_s);
    QVERIFY(streaming);
    QVERIFY(m_session->isStreaming());
    QVERIFY(streaming->isChecked());
    QTest::mouseClick(streaming, Qt::LeftButton, {}, QPoint(4, streaming->height() / 2));
    QVERIFY(!m_session->isStreaming());
    m_session->setStreaming(true);
    QVERIFY(streaming->isChecked());
}

void TestToolsParameters::parametersFollowSession()
{
    CompletionParameters p;
    p.temperature = 0.2;
    p.maxTokens = 500;
    p.n = 2; // not shown here: must survive the panel's edits
    p.reasoningEffort = u"low"_s;
    m_session->setParameters(p);
    QVERIFY(find<QCheckBox>(m_parameters.get(), u"param_temperature_enabled"_s)->isChecked());
    QCOMPARE(find<QDoubleSpinBox>(m_parameters.get(), u"param_temperature"_s)->value(), 0.2);
    QCOMPARE(find<QSpinBox>(m_parameters.get(), u"param_max_tokens"_s)->value(), 500);
    QCOMPARE(find<QComboBox>(m_parameters.get(), u"param_reasoning_effort"_s)->currentText(),
             u"low"_s);
    find<QCheckBox>(m_parameters.get(), u"param_seed_enabled"_s)->setChecked(true);
    QCOMPARE(m_session->parameters().n, std::optional<qint64>(2));
    QCOMPARE(m_session->parameters().temperature, std::optional<double>(0.2));
    QVERIFY(m_session->parameters().seed);

    m_session->setParameters({});
    QVERIFY(!find<QCheckBox>(m_parameters.get(), u"param_temperature_enabled"_s)->isChecked());
    QVERIFY(m_session->parameters().isEmpty());

    // The max tokens editor stops at the model's output limit.
    QCOMPARE(qint64(find<QSpinBox>(m_parameters.get(), u"param_max_tokens"_s)->maximum()),
             m_session->modelInfo().maxOutputTokens);
}

void TestToolsParameters::anthropicRows()
{
    auto *logprobs = find<QCheckBox>(m_parameters.get(), u"param_logprobs"_s);
    auto *thinking = find<QCheckBox>(m_parameters.get(), u"param_thinking_budget_enabled"_s);
    auto *seed = find<QCheckBox>(m_parameters.get(), u"param_seed_enabled"_s);
    auto *topK = find<QCheckBox>(m_parameters.get(), u"param_top_k_enabled"_s);
    auto *presence = find<QCheckBox>(m_parameters.get(), u"param_presence_penalty_enabled"_s);
    QVERIFY(logprobs && thinking && seed && topK && presence);
    // The Demo provider takes everything.
    QVERIFY(logprobs->isEnabled() && thinking->isEnabled() && seed->isEnabled()
            && topK->isEnabled());

    useAnthropic();
    QVERIFY(!logprobs->isEnabled());
    QVERIFY2(logprobs->toolTip().contains(u"Anthropic"_s), qPrintable(logprobs->toolTip()));
    QVERIFY(!seed->isEnabled());
    QVERIFY(!presence->isEnabled());
    QVERIFY(thinking->isEnabled());
    QVERIFY(topK->isEnabled());
    QCOMPARE(find<QLineEdit>(m_parameters.get(), u"param_seed_default"_s)->placeholderText(),
             u"not supported"_s);
    QCOMPARE(find<QLineEdit>(m_parameters.get(), u"param_max_tokens_default"_s)->placeholderText(),
             QLocale().toString(8192) + u" (default)"_s);

    thinking->setChecked(true);
    QCOMPARE(m_session->parameters().thinkingBudget, std::optional<qint64>(2048));
    QVERIFY(find<QSpinBox>(m_parameters.get(), u"param_thinking_budget"_s)->minimum() >= 1024);

    // Reasoning effort: Anthropic takes low, medium, high.
    auto *effort = find<QComboBox>(m_parameters.get(), u"param_reasoning_effort"_s);
    auto *items = qobject_cast<QStandardItemModel *>(effort->model());
    QVERIFY(items);
    QVERIFY(!items->item(effort->findText(u"none"_s))->isEnabled());
    QVERIFY(!items->item(effort->findText(u"minimal"_s))->isEnabled());
    QVERIFY(items->item(effort->findText(u"high"_s))->isEnabled());

    // The tools panel: no JSON-object mode for Claude.
    auto *output = find<QComboBox>(m_tools.get(), u"jsonOutputCombo"_s);
    auto *outputs = qobject_cast<QStandardItemModel *>(output->model());
    QVERIFY(!outputs->item(1)->isEnabled());
    QVERIFY(outputs->item(2)->isEnabled());
    m_session->setJsonOutputMode(JsonOutput::Mode::JsonObject);
    auto *note = find<QLabel>(m_tools.get(), u"jsonOutputNote"_s);
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(u"JSON object"_s), qPrintable(note->text()));
}

void TestToolsParameters::openAiRows()
{
    m_session->setKeyResolver([](const ProviderProfile &) { return u"k"_s; });
    ProviderProfile openai;
    openai.name = u"OpenAI"_s;
    openai.kind = ProviderKind::OpenAi;
    openai.model = u"gpt-4o-mini"_s;
    ProviderProfile local = openai;
    local.name = u"Local"_s;
    local.baseUrl = QUrl(u"http://localhost:8080/v1"_s);
    m_session->setProfiles({openai, local});
    m_session->selectProfile(0);
    auto *topK = find<QCheckBox>(m_parameters.get(), u"param_top_k_enabled"_s);
    auto *thinking = find<QCheckBox>(m_parameters.get(), u"param_thinking_budget_enabled"_s);
    auto *logprobs = find<QCheckBox>(m_parameters.get(), u"param_logprobs"_s);
    QVERIFY(!topK->isEnabled());
    QVERIFY(!thinking->isEnabled());
    QVERIFY(logprobs->isEnabled());
    QCOMPARE(find<QSpinBox>(m_parameters.get(), u"param_max_tokens"_s)->maximum(), 16384);
    // OpenAI on another host is a compatible server, which gets top_k.
    m_session->selectProfile(1);
    QVERIFY(topK->isEnabled());
}

void TestToolsParameters::unsupportedValueIsKeptAndRestored()
{
    auto *seedCheck = find<QCheckBox>(m_parameters.get(), u"param_seed_enabled"_s);
    auto *seed = find<QSpinBox>(m_parameters.get(), u"param_seed"_s);
    auto *effort = find<QComboBox>(m_parameters.get(), u"param_reasoning_effort"_s);
    auto *note = find<QLabel>(m_parameters.get(), u"parametersNote"_s);
    QVERIFY(seedCheck && seed && effort && note);
    seedCheck->setChecked(true);
    seed->setValue(7);
    find<QCheckBox>(m_parameters.get(), u"param_reasoning_effort_enabled"_s)->setChecked(true);
    effort->setCurrentIndex(effort->findText(u"none"_s));
    QCOMPARE(m_session->parameters().seed, std::optional<qint64>(7));
    QCOMPARE(m_session->parameters().reasoningEffort, std::optional<QString>(u"none"_s));
    QVERIFY(!note->isVisible());

    useAnthropic();
    QVERIFY(!m_session->parameters().seed);
    QVERIFY(!m_session->parameters().reasoningEffort); // Anthropic has no "none" effort
    QVERIFY(seedCheck->isChecked());
    QCOMPARE(seed->value(), 7);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"Seed"_s) && note->text().contains(u"Anthropic"_s),
             qPrintable(note->text()));
    QString why;
    auto request = m_session->buildRequest(&why);
    QVERIFY2(request, qPrintable(why));
    QVERIFY(!request->parameters.seed);

    // Picking an effort Anthropic takes sends it again.
    effort->setCurrentIndex(effort->findText(u"high"_s));
    QCOMPARE(m_session->parameters().reasoningEffort, std::optional<QString>(u"high"_s));
    effort->setCurrentIndex(effort->findText(u"none"_s));

    // Something else (a loaded conversation) sets a refused value: it is not kept.
    CompletionParameters p = m_session->parameters();
    p.frequencyPenalty = 0.5;
    m_session->setParameters(p);
    QVERIFY(!m_session->parameters().frequencyPenalty);

    m_session->selectProfile(-1);
    QVERIFY(m_session->isDemo());
    QCOMPARE(m_session->parameters().seed, std::optional<qint64>(7));
    QCOMPARE(m_session->parameters().reasoningEffort, std::optional<QString>(u"none"_s));
    QCOMPARE(m_session->parameters().frequencyPenalty, std::optional<double>(0.5));
    QVERIFY(!note->isVisible());
}

// --- Looking at them ---------------------------------------------------------------------

void TestToolsParameters::renderPanels()
{
    // MODELKIT_GRAB_DIR=/tmp writes what the panels look like, for people to check.
    const QString dir = qEnvironmentVariable("MODELKIT_GRAB_DIR");
    m_tools->addTemplate(ToolsPanel::Template::GetWeather);
    m_tools->addTemplate(ToolsPanel::Template::SearchWeb);
    m_session->addTool(uR"({"name": "broken", "parameters": {"type": "object"})"_s);
    m_tools->setCurrentTool(0);
    find<QCheckBox>(m_parameters.get(), u"param_temperature_enabled"_s)->setChecked(true);
    find<QCheckBox>(m_parameters.get(), u"param_stop_enabled"_s)->setChecked(true);
    find<QPlainTextEdit>(m_parameters.get(), u"param_stop"_s)->setPlainText(u"END\n\\n\\n"_s);
    QCoreApplication::processEvents(); // let the layouts settle before grabbing
    QVERIFY(!m_tools->grab().isNull());
    QVERIFY(!m_parameters->grab().isNull());
    if (dir.isEmpty())
        return;
    QVERIFY(m_tools->grab().save(dir + u"/tools.png"_s));
    QVERIFY(m_parameters->grab().save(dir + u"/parameters.png"_s));
    m_session->setJsonOutputMode(JsonOutput::Mode::JsonSchema);
    m_session->setJsonSchemaText(uR"({
  "type": "object",
  "properties": {
    "city": {"type": "string"},
    "temperature_c": {"type": "number"}
  },
  "required": ["city", "temperature_c"]
})"_s);
    QCoreApplication::processEvents();
    QVERIFY(m_tools->grab().save(dir + u"/tools-schema.png"_s));
    find<QCheckBox>(m_parameters.get(), u"param_seed_enabled"_s)->setChecked(true);
    useAnthropic();
    QCoreApplication::processEvents();
    QVERIFY(m_tools->grab().save(dir + u"/tools-anthropic.png"_s));
    QVERIFY(m_parameters->grab().save(dir + u"/parameters-anthropic.png"_s));
    m_session->setJsonOutputMode(JsonOutput::Mode::JsonObject);
    m_tools->resize(300, 640);
    m_parameters->resize(300, 640);
    QCoreApplication::processEvents();
    QVERIFY(m_tools->grab().save(dir + u"/tools-narrow.png"_s));
    QVERIFY(m_parameters->grab().save(dir + u"/parameters-narrow.png"_s));
}

QTEST_MAIN(TestToolsParameters)
#include "tst_toolsparameters.moc"
