// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "composer/parameterspanel.h"

#include "composer/cachesection.h"
#include "profiles/providerkind.h"
#include "providers/anthropic/anthropicconfig.h"
#include "session/playgroundsession.h"
#include "widgets/icons.h"

#include <algorithm>
#include <climits>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

namespace {

constexpr double startTemperature = 1.0;
constexpr double startTopP = 1.0;
constexpr int startTopK = 40;
constexpr int startMaxTokens = 1024;
constexpr int startSeed = 42;
constexpr double startPenalty = 0.0;
constexpr int startTopLogprobs = 5;
constexpr int startThinkingBudget = 2048;
constexpr int anthropicMinThinkingBudget = 1024;
//! The editors' ceiling when the model's output limit is unknown.
constexpr int unknownTokenLimit = 1'000'000;

QDoubleSpinBox *doubleSpin(double minimum, double maximum, double step, double value)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(minimum, maximum);
    spin->setSingleStep(step);
    spin->setDecimals(2);
    spin->setValue(value);
    spin->setAccelerated(true);
    return spin;
}

QSpinBox *intSpin(int minimum, int maximum, int step, int value)
{
    auto *spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setSingleStep(step);
    spin->setValue(value);
    spin->setAccelerated(true);
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

ParametersPanel::ParametersPanel(PlaygroundSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"parametersPanel"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"parametersScroll"_s);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the editors, not to their frame
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);

    m_streaming = new QCheckBox(tr("&Stream the reply"), content);
    m_streaming->setObjectName(u"streamingCheck"_s);
    m_streaming->setToolTip(tr("Show the reply token by token as it is generated. Off: the "
                               "reply appears at once when it is complete."));
    connect(m_streaming, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            m_session->setStreaming(on);
    });
    contentLayout->addWidget(m_streaming);
    contentLayout->addWidget(new CacheSection(m_session, content));

    m_caption = new QLabel(content);
    m_caption->setObjectName(u"parametersCaption"_s);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    contentLayout->addWidget(m_caption);
    contentLayout->addSpacing(4);

    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(12);
    contentLayout->addLayout(m_grid);

    m_temperature = doubleSpin(0.0, 2.0, 0.1, startTemperature);
    m_topP = doubleSpin(0.0, 1.0, 0.05, startTopP);
    m_topK = intSpin(1, 1000, 1, startTopK);
    m_maxTokens = intSpin(1, unknownTokenLimit, 256, startMaxTokens);
    m_seed = intSpin(0, INT_MAX, 1, startSeed);
    m_seed->setGroupSeparatorShown(false);
    m_stop = new QPlainTextEdit;
    m_stop->setTabChangesFocus(true);
    m_stop->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_stop->setPlaceholderText(tr("One sequence per line"));
    m_stop->setFixedHeight(fontMetrics().lineSpacing() * 3 + 2 * m_stop->frameWidth()
                           + int(m_stop->document()->documentMargin() * 2));
    m_presencePenalty = doubleSpin(-2.0, 2.0, 0.1, startPenalty);
    m_frequencyPenalty = doubleSpin(-2.0, 2.0, 0.1, startPenalty);
    m_logprobsOn = new QLabel(tr("on"));
    m_topLogprobs = intSpin(0, 20, 1, startTopLogprobs);
    m_reasoningEffort = new QComboBox;
    const std::pair<QString, QString> efforts[] = {
        {u"none"_s, tr("none")},     {u"minimal"_s, tr("minimal")}, {u"low"_s, tr("low")},
        {u"medium"_s, tr("medium")}, {u"high"_s, tr("high")},
    };
    for (const auto &[value, text] : efforts)
        m_reasoningEffort->addItem(text, value);
    m_reasoningEffort->setCurrentIndex(m_reasoningEffort->findData(u"medium"_s));
    m_thinkingBudget = intSpin(0, unknownTokenLimit, 1024, startThinkingBudget);
    m_thinkingBudget->setSuffix(tr(" tokens"));

    addSection(tr("Sampling"));
    addRow(Parameter::Temperature, tr("Temperature"),
           tr("temperature: how random the sampling is. Lower is more focused and repeatable, "
              "higher more varied. Anthropic accepts 0 to 1."),
           m_temperature);
    addRow(Parameter::TopP, tr("Top P"),
           tr("top_p: nucleus sampling; only the most likely tokens whose probabilities add up "
              "to this are considered. Change this or temperature, not both."),
           m_topP);
    addRow(Parameter::TopK, tr("Top K"), tr("top_k: only the K most likely tokens are considered."),
           m_topK);
    addRow(Parameter::Seed, tr("Seed"),
           tr("seed: the same seed and parameters make replies repeatable (best effort)."), m_seed);

    addSection(tr("Length"));
    addRow(Parameter::MaxTokens, tr("Max tokens"),
           tr("max_tokens: the most tokens the reply may have; reasoning tokens count too. "
              "Sent as max_completion_tokens to OpenAI, maxOutputTokens to Gemini and "
              "num_predict to Ollama."),
           m_maxTokens);
    addRow(Parameter::Stop, tr("Stop sequences"),
           tr("stop: the reply ends before any of these. One per line; write \\n for a line "
              "break and \\t for a tab. OpenAI takes at most 4."),
           m_stop);

    addSection(tr("Penalties"));
    addRow(Parameter::PresencePenalty, tr("Presence penalty"),
           tr("presence_penalty (-2 to 2): positive values make new topics more likely."),
           m_presencePenalty);
    addRow(Parameter::FrequencyPenalty, tr("Frequency penalty"),
           tr("frequency_penalty (-2 to 2): positive values make repetition less likely."),
           m_frequencyPenalty);

    addSection(tr("Token probabilities"));
    addRow(Parameter::Logprobs, tr("Log probabilities"),
           tr("logprobs: return the log probability of each reply token."), m_logprobsOn);
    addRow(Parameter::TopLogprobs, tr("Top alternatives"),
           tr("top_logprobs: also return the N most likely alternatives at each position. "
              "Needs log probabilities."),
           m_topLogprobs);

    addSection(tr("Reasoning"));
    addRow(Parameter::ReasoningEffort, tr("Reasoning effort"),
           tr("reasoning_effort: how much the model reasons before it answers. OpenAI takes "
              "none to high; Anthropic low to high; Gemini minimal to high (thinkingLevel); "
              "Ollama none, low, medium or high (think)."),
           m_reasoningEffort);
    addRow(Parameter::ThinkingBudget, tr("Thinking budget"),
           tr("thinking_budget: the tokens the model may spend thinking. Anthropic: at least "
              "1,024 and less than max tokens. Gemini: 0 turns thinking off."),
           m_thinkingBudget);

    auto *noteRow = new QWidget(content);
    noteRow->setObjectName(u"parametersNoteRow"_s);
    auto *noteLayout = new QHBoxLayout(noteRow);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    auto *noteIcon = new QLabel(noteRow);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    noteIcon->setPixmap(Icons::icon(Icons::Name::Info).pixmap(iconSize, iconSize));
    noteIcon->setAlignment(Qt::AlignTop);
    m_note = new QLabel(noteRow);
    m_note->setObjectName(u"parametersNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    noteLayout->addWidget(noteIcon);
    noteLayout->addWidget(m_note, 1);
    noteRow->hide();
    contentLayout->addSpacing(4);
    contentLayout->addWidget(noteRow);
    contentLayout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(9, 0, 9, 9);
    // Alt+R opens the Run menu.
    m_reset = new QPushButton(tr("Reset to defa&ults"), this);
    m_reset->setObjectName(u"resetParametersButton"_s);
    m_reset->setToolTip(tr("Uncheck every parameter so the provider's defaults apply"));
    connect(m_reset, &QPushButton::clicked, this, &ParametersPanel::resetToDefaults);
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    outer->addLayout(buttons);

    // Editors write to the session as they change.
    const auto edited = [this] {
        if (!m_updating)
            writeToSession();
    };
    for (QDoubleSpinBox *spin : {m_temperature, m_topP, m_presencePenalty, m_frequencyPenalty})
        connect(spin, &QDoubleSpinBox::valueChanged, this, edited);
    for (QSpinBox *spin : {m_topK, m_maxTokens, m_seed, m_topLogprobs, m_thinkingBudget})
        connect(spin, &QSpinBox::valueChanged, this, edited);
    connect(m_stop, &QPlainTextEdit::textChanged, this, edited);
    connect(m_reasoningEffort, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        updateRow(Parameter::ReasoningEffort);
        updateNote();
        writeToSession();
    });

    connect(m_session, &PlaygroundSession::parametersChanged, this,
            &ParametersPanel::syncFromSession);
    connect(m_session, &PlaygroundSession::providerChanged, this, [this] {
        syncSupport();
        if (collect() != m_session->parameters())
            writeToSession();
    });
    syncSupport();
    syncFromSession();
}

// --- Building ----------------------------------------------------------------------------

void ParametersPanel::addSection(const QString &title)
{
    auto *label = new QLabel(title);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    int row = m_grid->count() == 0 ? 0 : m_grid->rowCount();
    if (row > 0) {
        m_grid->setRowMinimumHeight(row, 6); // a little air above each section
        ++row;
    }
    m_grid->addWidget(label, row, 0, 1, 2);
}

void ParametersPanel::addRow(Parameter parameter, const QString &label, const QString &help,
                             QWidget *editor)
{
    Row &r = row(parameter);
    const QString name = u"param_"_s + key(parameter);
    r.help = help;
    r.check = new QCheckBox(label);
    // Log probabilities is on/off: its checkbox is the value.
    r.check->setObjectName(parameter == Parameter::Logprobs ? name : name + u"_enabled"_s);
    r.editor = editor;
    if (parameter != Parameter::Logprobs)
        editor->setObjectName(name);
    editor->setSizePolicy(QSizePolicy::Expanding, editor->sizePolicy().verticalPolicy());
    editor->setToolTip(help);
    // Named after the row's checkbox, which is no label a screen reader could follow.
    editor->setAccessibleName(label);
    r.placeholder = new QLineEdit;
    r.placeholder->setAccessibleName(label);
    r.placeholder->setObjectName(name + u"_default"_s);
    r.placeholder->setReadOnly(true);
    r.placeholder->setFocusPolicy(Qt::NoFocus);
    r.placeholder->setCursor(Qt::PointingHandCursor);
    r.placeholder->installEventFilter(this);
    r.placeholder->setProperty("parameter", int(parameter));

    auto *cell = new QWidget;
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor);
    layout->addWidget(r.placeholder);

    const int gridRow = m_grid->rowCount();
    m_grid->addWidget(r.check, gridRow, 0, Qt::AlignLeft | Qt::AlignTop);
    m_grid->addWidget(cell, gridRow, 1);
    // Line the checkbox up with the first line of a taller editor.
    if (parameter == Parameter::Stop)
        r.check->setContentsMargins(0, 3, 0, 0);

    connect(r.check, &QCheckBox::toggled, this, [this, parameter] {
        if (m_updating)
            return;
        updateRow(parameter);
        if (parameter == Parameter::Logprobs)
            updateRow(Parameter::TopLogprobs);
        updateNote();
        writeToSession();
    });
    connect(r.check, &QCheckBox::clicked, this, [this, parameter](bool on) {
        if (on && parameter != Parameter::Logprobs)
            row(parameter).editor->setFocus(Qt::MouseFocusReason);
    });
}

bool ParametersPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Clicking a greyed default starts editing that parameter.
    if (event->type() == QEvent::MouseButtonPress) {
        const QVariant which = watched->property("parameter");
        if (which.isValid()) {
            const auto parameter = Parameter(which.toInt());
            QCheckBox *check = row(parameter).check;
            if (check->isEnabled() && !check->isChecked()) {
                check->click();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- What each provider takes ------------------------------------------------------------

QString ParametersPanel::key(Parameter parameter)
{
    switch (parameter) {
    case Parameter::Temperature:
        return u"temperature"_s;
    case Parameter::TopP:
        return u"top_p"_s;
    case Parameter::TopK:
        return u"top_k"_s;
    case Parameter::MaxTokens:
        return u"max_tokens"_s;
    case Parameter::Seed:
        return u"seed"_s;
    case Parameter::Stop:
        return u"stop"_s;
    case Parameter::PresencePenalty:
        return u"presence_penalty"_s;
    case Parameter::FrequencyPenalty:
        return u"frequency_penalty"_s;
    case Parameter::Logprobs:
        return u"logprobs"_s;
    case Parameter::TopLogprobs:
        return u"top_logprobs"_s;
    case Parameter::ReasoningEffort:
        return u"reasoning_effort"_s;
    case Parameter::ThinkingBudget:
        return u"thinking_budget"_s;
    }
    return {};
}

ParametersPanel::Dialect ParametersPanel::dialect() const
{
    if (m_session->isDemo())
        return Dialect::Demo;
    const ProviderProfile &profile = m_session->profiles().at(m_session->profileIndex());
    switch (profile.kind) {
    case ProviderKind::OpenAi:
        // As ClientFactory: OpenAI on another host speaks the compatible dialect.
        return !profile.baseUrl.isEmpty() && profile.baseUrl.host() != u"api.openai.com"
                   ? Dialect::Compatible
                   : Dialect::OpenAi;
    case ProviderKind::AzureOpenAi:
        return Dialect::OpenAi;
    case ProviderKind::OpenAiCompatible:
        return Dialect::Compatible;
    case ProviderKind::Anthropic:
        return Dialect::Anthropic;
    case ProviderKind::Gemini:
        return Dialect::Gemini;
    case ProviderKind::Ollama:
        return Dialect::Ollama;
    }
    return Dialect::Demo;
}

QString ParametersPanel::providerName() const
{
    if (m_session->isDemo())
        return tr("the Demo provider");
    return ProviderKinds::displayName(m_session->profiles().at(m_session->profileIndex()).kind);
}

bool ParametersPanel::dialectTakes(Dialect dialect, Parameter parameter)
{
    // What the request builders send, as opposed to what they refuse or cannot express.
    switch (parameter) {
    case Parameter::Temperature:
    case Parameter::TopP:
    case Parameter::MaxTokens:
    case Parameter::Stop:
    case Parameter::ReasoningEffort: // every builder maps it; values differ (see below)
        return true;
    case Parameter::TopK: // OpenAI refuses it; compatible servers get it
        return dialect != Dialect::OpenAi;
    case Parameter::Seed:
    case Parameter::PresencePenalty:
    case Parameter::FrequencyPenalty: // Anthropic refuses these
        return dialect != Dialect::Anthropic;
    case Parameter::Logprobs:
    case Parameter::TopLogprobs: // Anthropic and Ollama's native API refuse these
        return dialect != Dialect::Anthropic && dialect != Dialect::Ollama;
    case Parameter::ThinkingBudget: // OpenAI refuses it; Ollama takes only 0 (= effort none)
        return dialect == Dialect::Demo || dialect == Dialect::Anthropic
               || dialect == Dialect::Gemini;
    }
    return false;
}

bool ParametersPanel::dialectTakesEffort(Dialect dialect, const QString &effort)
{
    switch (dialect) {
    case Dialect::Demo:
    case Dialect::OpenAi:
    case Dialect::Compatible:
        return true;
    case Dialect::Anthropic: // output_config.effort: low, medium, high, xhigh, max
        return effort != u"none" && effort != u"minimal";
    case Dialect::Gemini: // thinkingLevel
        return effort == u"minimal" || effort == u"low" || effort == u"medium" || effort == u"high";
    case Dialect::Ollama: // think: false | low | medium | high
        return effort == u"none" || effort == u"low" || effort == u"medium" || effort == u"high";
    }
    return false;
}

bool ParametersPanel::isSupported(Parameter parameter, QString *why) const
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!dialectTakes(dialect(), parameter))
        return fail(tr("%1 does not accept %2.").arg(providerName(), key(parameter)));
    if (parameter == Parameter::TopLogprobs && !row(Parameter::Logprobs).check->isChecked())
        return fail(tr("Needs log probabilities."));
    if (parameter == Parameter::TopLogprobs && !isSupported(Parameter::Logprobs, why))
        return false;
    if (parameter == Parameter::ReasoningEffort) {
        const QString effort = m_reasoningEffort->currentData().toString();
        if (!dialectTakesEffort(dialect(), effort))
            return fail(
                tr("%1 does not accept reasoning effort \"%2\".").arg(providerName(), effort));
    }
    if (why)
        why->clear();
    return true;
}

QString ParametersPanel::defaultText(Parameter parameter) const
{
    const Dialect d = dialect();
    const auto byDefault = [](const QString &value) {
        return tr("%1 (default)").arg(value);
    };
    const qint64 modelMax = m_session->modelInfo().maxOutputTokens;
    switch (parameter) {
    case Parameter::Temperature:
        return byDefault(d == Dialect::Ollama ? u"0.8"_s : u"1.0"_s);
    case Parameter::TopP:
        return byDefault(d == Dialect::Ollama   ? u"0.9"_s
                         : d == Dialect::Gemini ? u"0.95"_s
                                                : u"1.0"_s);
    case Parameter::TopK:
        if (d == Dialect::Ollama)
            return byDefault(u"40"_s);
        return d == Dialect::Anthropic || d == Dialect::Demo ? tr("off (default)")
                                                             : tr("model default");
    case Parameter::MaxTokens:
        if (d == Dialect::Anthropic) // the builder must send one; it picks this
            return byDefault(QLocale().toString(
                modelMax > 0 ? std::min(modelMax, AnthropicConfig::defaultMaxTokensCap)
                             : AnthropicConfig::fallbackMaxTokens));
        if (d == Dialect::Ollama || d == Dialect::Demo)
            return tr("unlimited (default)");
        return modelMax > 0 ? tr("model maximum, %1 (default)").arg(QLocale().toString(modelMax))
                            : tr("model maximum (default)");
    case Parameter::Seed:
        return tr("random (default)");
    case Parameter::Stop:
        return tr("none (default)");
    case Parameter::PresencePenalty:
    case Parameter::FrequencyPenalty:
        return byDefault(u"0.0"_s);
    case Parameter::Logprobs:
        return tr("off (default)");
    case Parameter::TopLogprobs:
        return tr("none (default)");
    case Parameter::ReasoningEffort:
        return tr("model default");
    case Parameter::ThinkingBudget:
        return d == Dialect::Gemini ? tr("model default") : tr("off (default)");
    }
    return {};
}

bool ParametersPanel::isOn(Parameter parameter) const
{
    return row(parameter).check->isChecked() && isSupported(parameter);
}

// --- Session ↔ widgets -------------------------------------------------------------------

CompletionParameters ParametersPanel::collect() const
{
    CompletionParameters p = m_session->parameters(); // keeps the fields not shown here
    const auto value = [this](Parameter parameter, auto v) {
        return isOn(parameter) ? std::optional<decltype(v)>(v) : std::nullopt;
    };
    p.temperature = value(Parameter::Temperature, m_temperature->value());
    p.topP = value(Parameter::TopP, m_topP->value());
    p.topK = value(Parameter::TopK, qint64(m_topK->value()));
    p.maxTokens = value(Parameter::MaxTokens, qint64(m_maxTokens->value()));
    p.seed = value(Parameter::Seed, qint64(m_seed->value()));
    p.stop = isOn(Parameter::Stop) ? parseStopSequences(m_stop->toPlainText()) : QStringList();
    p.presencePenalty = value(Parameter::PresencePenalty, m_presencePenalty->value());
    p.frequencyPenalty = value(Parameter::FrequencyPenalty, m_frequencyPenalty->value());
    p.logprobs = value(Parameter::Logprobs, true);
    p.topLogprobs = value(Parameter::TopLogprobs, qint64(m_topLogprobs->value()));
    p.reasoningEffort
        = value(Parameter::ReasoningEffort, m_reasoningEffort->currentData().toString());
    p.thinkingBudget = value(Parameter::ThinkingBudget, qint64(m_thinkingBudget->value()));
    return p;
}

void ParametersPanel::writeToSession()
{
    m_session->setParameters(collect());
}

void ParametersPanel::syncFromSession()
{
    const CompletionParameters &p = m_session->parameters();
    m_updating = true;
    m_streaming->setChecked(m_session->isStreaming());

    // A value the session has is shown and checked; a parameter the session lacks is
    // unchecked, unless the provider does not take it (then the editor keeps what the user
    // set, to be sent again when a provider takes it).
    const auto load = [this](Parameter parameter, bool has, const auto &show) {
        if (has) {
            show();
            row(parameter).check->setChecked(true);
        } else if (isSupported(parameter)) {
            row(parameter).check->setChecked(false);
        }
    };
    const auto spin = [](auto *editor, auto value) {
        if (editor->value() != value)
            editor->setValue(value);
    };
    load(Parameter::Temperature, p.temperature.has_value(),
         [&] { spin(m_temperature, p.temperature.value_or(0)); });
    load(Parameter::TopP, p.topP.has_value(), [&] { spin(m_topP, p.topP.value_or(0)); });
    load(Parameter::TopK, p.topK.has_value(), [&] { spin(m_topK, int(p.topK.value_or(0))); });
    load(Parameter::MaxTokens, p.maxTokens.has_value(),
         [&] { spin(m_maxTokens, int(qMin<qint64>(p.maxTokens.value_or(0), INT_MAX))); });
    load(Parameter::Seed, p.seed.has_value(),
         [&] { spin(m_seed, int(std::clamp<qint64>(p.seed.value_or(0), 0, INT_MAX))); });
    load(Parameter::Stop, !p.stop.isEmpty(), [&] {
        if (parseStopSequences(m_stop->toPlainText()) != p.stop)
            m_stop->setPlainText(formatStopSequences(p.stop));
    });
    load(Parameter::PresencePenalty, p.presencePenalty.has_value(),
         [&] { spin(m_presencePenalty, p.presencePenalty.value_or(0)); });
    load(Parameter::FrequencyPenalty, p.frequencyPenalty.has_value(),
         [&] { spin(m_frequencyPenalty, p.frequencyPenalty.value_or(0)); });
    load(Parameter::Logprobs, p.logprobs.value_or(false), [] {});
    load(Parameter::TopLogprobs, p.topLogprobs.has_value(),
         [&] { spin(m_topLogprobs, int(p.topLogprobs.value_or(0))); });
    load(Parameter::ReasoningEffort, p.reasoningEffort.has_value(), [&] {
        int index = m_reasoningEffort->findData(*p.reasoningEffort);
        if (index < 0) { // "xhigh", "max"… that a loaded conversation may carry
            m_reasoningEffort->addItem(*p.reasoningEffort, *p.reasoningEffort);
            index = m_reasoningEffort->count() - 1;
        }
        m_reasoningEffort->setCurrentIndex(index);
    });
    load(Parameter::ThinkingBudget, p.thinkingBudget.has_value(),
         [&] { spin(m_thinkingBudget, int(qMin<qint64>(p.thinkingBudget.value_or(0), INT_MAX))); });

    for (int i = 0; i < parameterCount; ++i)
        updateRow(Parameter(i));
    updateNote();
    m_updating = false;

    // A value the provider does not take came in (a loaded conversation): leave it out.
    if (collect() != m_session->parameters())
        writeToSession();
}

void ParametersPanel::syncSupport()
{
    const Dialect d = dialect();
    const qint64 modelMax = m_session->modelInfo().maxOutputTokens;
    const int limit = modelMax > 0 ? int(qMin<qint64>(modelMax, INT_MAX)) : unknownTokenLimit;

    m_updating = true;
    m_maxTokens->setMaximum(limit);
    m_thinkingBudget->setRange(d == Dialect::Anthropic ? anthropicMinThinkingBudget : 0, limit);
    auto *items = qobject_cast<QStandardItemModel *>(m_reasoningEffort->model());
    for (int i = 0; items && i < m_reasoningEffort->count(); ++i) {
        const QString effort = m_reasoningEffort->itemData(i).toString();
        const bool takes = dialectTakesEffort(d, effort);
        items->item(i)->setEnabled(takes);
        items->item(i)->setToolTip(
            takes ? QString()
                  : tr("%1 does not accept reasoning effort \"%2\".").arg(providerName(), effort));
    }
    m_caption->setText(
        tr("Unchecked parameters use the defaults of %1. Parameters it does not take are "
           "greyed out.")
            .arg(providerName()));
    for (int i = 0; i < parameterCount; ++i)
        updateRow(Parameter(i));
    updateNote();
    m_updating = false;
}

void ParametersPanel::updateRow(Parameter parameter)
{
    Row &r = row(parameter);
    const bool takes = dialectTakes(dialect(), parameter);
    const bool needsLogprobs
        = parameter == Parameter::TopLogprobs && !row(Parameter::Logprobs).check->isChecked();
    QString why;
    isSupported(parameter, &why);

    const bool usable = takes && !needsLogprobs;
    r.check->setEnabled(usable);
    r.editor->setEnabled(usable);
    r.placeholder->setEnabled(usable);
    r.editor->setVisible(r.check->isChecked());
    r.placeholder->setVisible(!r.check->isChecked());
    r.placeholder->setPlaceholderText(takes ? defaultText(parameter) : tr("not supported"));

    QString tip = r.help;
    if (!why.isEmpty())
        tip += u"\n\n"_s + why
               + (r.check->isChecked() ? u' ' + tr("The value is kept but not sent.") : QString());
    else if (!r.check->isChecked())
        tip += u"\n\n"_s + tr("Click to set a value.");
    r.check->setToolTip(tip);
    r.placeholder->setToolTip(tip);
}

void ParametersPanel::updateNote()
{
    QStringList kept;
    for (int i = 0; i < parameterCount; ++i) {
        const Row &r = row(Parameter(i));
        if (r.check->isChecked() && !isSupported(Parameter(i)))
            kept << r.check->text();
    }
    m_note->setText(
        kept.isEmpty()
            ? QString()
            : tr("Kept but not sent to %1: %2.").arg(providerName(), kept.join(tr(", "))));
    m_note->parentWidget()->setVisible(!kept.isEmpty());
}

void ParametersPanel::resetToDefaults()
{
    m_updating = true;
    for (Row &r : m_rows)
        r.check->setChecked(false);
    m_temperature->setValue(startTemperature);
    m_topP->setValue(startTopP);
    m_topK->setValue(startTopK);
    m_maxTokens->setValue(startMaxTokens);
    m_seed->setValue(startSeed);
    m_stop->clear();
    m_presencePenalty->setValue(startPenalty);
    m_frequencyPenalty->setValue(startPenalty);
    m_topLogprobs->setValue(startTopLogprobs);
    m_reasoningEffort->setCurrentIndex(m_reasoningEffort->findData(u"medium"_s));
    m_thinkingBudget->setValue(startThinkingBudget);
    for (int i = 0; i < parameterCount; ++i)
        updateRow(Parameter(i));
    updateNote();
    m_updating = false;
    writeToSession();
}

// --- Stop sequences ----------------------------------------------------------------------

QStringList ParametersPanel::parseStopSequences(const QString &text)
{
    QStringList stops;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        QString stop;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == u'\\' && i + 1 < line.size()) {
                const QChar next = line.at(i + 1);
                if (next == u'n' || next == u't' || next == u'\\') {
                    stop += next == u'n' ? u'\n' : next == u't' ? u'\t' : u'\\';
                    ++i;
                    continue;
                }
            }
            stop += c;
        }
        stops << stop;
    }
    return stops;
}

QString ParametersPanel::formatStopSequences(const QStringList &stops)
{
    QStringList lines;
    for (QString stop : stops) {
        stop.replace(u'\\', u"\\\\"_s);
        stop.replace(u'\n', u"\\n"_s);
        stop.replace(u'\t', u"\\t"_s);
        lines << stop;
    }
    return lines.join(u'\n');
}

} // namespace playground
