// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionparameters.h"

#include <array>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace playground {

class PlaygroundSession;

//! Edits the session's sampling and generation parameters and the streaming switch.
//!
//! Each parameter has an enable checkbox and a value editor. Unchecked means "the
//! provider's default", shown as greyed text ("1.0 (default)"); clicking it starts
//! editing. Parameters the selected provider does not take (read from the request
//! builders: Anthropic refuses seed, penalties and log probabilities, OpenAI top_k and
//! thinking_budget…) are disabled with a tooltip naming the provider; a value set there
//! stays in its editor but is left out of the session's parameters, and comes back when a
//! provider that takes it is selected. Session fields this panel does not show (n,
//! parallel_tool_calls) are kept as they are.
//!
//! objectNames: the editors are "param_<json key>" (param_temperature, param_top_p,
//! param_top_k, param_max_tokens, param_seed, param_stop, param_presence_penalty,
//! param_frequency_penalty, param_top_logprobs, param_reasoning_effort,
//! param_thinking_budget), their checkboxes "param_<json key>_enabled"; log probabilities
//! is a single checkbox "param_logprobs". Also "streamingCheck", "resetParametersButton"
//! and the note "parametersNote" listing values kept but not sent.
class ParametersPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Parameter {
        Temperature,
        TopP,
        TopK,
        MaxTokens,
        Seed,
        Stop,
        PresencePenalty,
        FrequencyPenalty,
        Logprobs,
        TopLogprobs,
        ReasoningEffort,
        ThinkingBudget,
    };
    static constexpr int parameterCount = int(Parameter::ThinkingBudget) + 1;

    explicit ParametersPanel(PlaygroundSession *session, QWidget *parent = nullptr);

    //! Whether the value in `parameter`'s editor would be sent to the selected provider if
    //! enabled; when not, `why` says why ("Anthropic does not accept seed.").
    bool isSupported(Parameter parameter, QString *why = nullptr) const;
    //! The JSON key of `parameter` ("temperature", "top_p"…).
    static QString key(Parameter parameter);
    //! Unchecks every parameter (provider defaults), puts the editors back to their
    //! starting values and writes that to the session. Streaming is left alone.
    void resetToDefaults();

    //! Stop sequences from the editor's text: one per line, blank lines skipped, with
    //! `\n`, `\t` and `\\` standing for a line break, a tab and a backslash.
    static QStringList parseStopSequences(const QString &text);
    static QString formatStopSequences(const QStringList &stops);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    //! How the selected provider's request builder treats parameters.
    enum class Dialect { Demo, OpenAi, Compatible, Anthropic, Gemini, Ollama };

    struct Row
    {
        QCheckBox *check = nullptr;
        QWidget *editor = nullptr;        //!< shown while checked
        QLineEdit *placeholder = nullptr; //!< greyed default, shown while unchecked
        QString help;
    };

    void addSection(const QString &title);
    void addRow(Parameter parameter, const QString &label, const QString &help, QWidget *editor);
    Row &row(Parameter parameter) { return m_rows[size_t(parameter)]; }
    const Row &row(Parameter parameter) const { return m_rows[size_t(parameter)]; }

    Dialect dialect() const;
    QString providerName() const;
    static bool dialectTakes(Dialect dialect, Parameter parameter);
    static bool dialectTakesEffort(Dialect dialect, const QString &effort);
    QString defaultText(Parameter parameter) const;
    bool isOn(Parameter parameter) const;

    void syncFromSession();
    void syncSupport();
    void updateRow(Parameter parameter);
    void updateNote();
    void writeToSession();
    modelkit::CompletionParameters collect() const;

    PlaygroundSession *m_session;
    QGridLayout *m_grid = nullptr;
    std::array<Row, parameterCount> m_rows;
    QLabel *m_caption = nullptr;
    QLabel *m_note = nullptr;
    QCheckBox *m_streaming = nullptr;
    QPushButton *m_reset = nullptr;

    QDoubleSpinBox *m_temperature = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QSpinBox *m_topK = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QSpinBox *m_seed = nullptr;
    QPlainTextEdit *m_stop = nullptr;
    QDoubleSpinBox *m_presencePenalty = nullptr;
    QDoubleSpinBox *m_frequencyPenalty = nullptr;
    QLabel *m_logprobsOn = nullptr;
    QSpinBox *m_topLogprobs = nullptr;
    QComboBox *m_reasoningEffort = nullptr;
    QSpinBox *m_thinkingBudget = nullptr;

    //! Set while the panel writes to its own widgets, so their signals are not echoed.
    bool m_updating = false;
};

} // namespace playground
