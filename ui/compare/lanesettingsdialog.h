// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/comparelane.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace playground {

//! What a Compare lane changes about the shared request: a label, parameter overrides
//! (`temperature=0.2,max_tokens=300`, the CLI's `--lane` syntax), a system prompt variant,
//! the response cache, and how many requests its profile may serve at once.
class LaneSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    //! `profileCaches`: the profile's own cache setting (what "Profile setting" means).
    LaneSettingsDialog(const modelkit::CompareLane &lane, int concurrencyLimit, bool profileCaches,
                       QWidget *parent = nullptr);

    //! The lane with the edits applied (profile, model and repeat unchanged).
    modelkit::CompareLane lane() const { return m_lane; }
    //! 0 = no limit.
    int concurrencyLimit() const;

    //! The overrides as the dialog shows them: `key=value` pairs joined by commas.
    static QString overridesText(const modelkit::CompletionParameters &parameters);
    //! Reads overridesText()'s form; nullopt with a translated reason otherwise.
    static std::optional<modelkit::CompletionParameters> parseOverrides(const QString &text,
                                                                        QString *error);

private:
    void validate();

    modelkit::CompareLane m_lane;
    QLineEdit *m_label;
    QLineEdit *m_overrides;
    QLabel *m_overridesProblem;
    QComboBox *m_systemMode;
    QPlainTextEdit *m_systemPrompt;
    QComboBox *m_cache;
    QSpinBox *m_concurrency;
    QDialogButtonBox *m_buttons;
};

} // namespace playground
