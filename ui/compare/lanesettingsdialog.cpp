// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/lanesettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

namespace {
// The spec parser wants a profile and model in front of the overrides.
const QString specPrefix = u"lane:model:"_s;

enum SystemMode { FromConversation, Replaced, Removed };
enum CacheMode { ProfileSetting, CacheOn, CacheOff };
} // namespace

QString LaneSettingsDialog::overridesText(const CompletionParameters &parameters)
{
    CompareLane lane;
    lane.profile = u"lane"_s;
    lane.model = u"model"_s;
    lane.parameters = parameters;
    const QString spec = lane.toSpec();
    return spec.startsWith(specPrefix) ? spec.mid(specPrefix.size()) : QString();
}

std::optional<CompletionParameters> LaneSettingsDialog::parseOverrides(const QString &text,
                                                                       QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return CompletionParameters{};
    QString why;
    const std::optional<CompareLane> lane = CompareLane::fromSpec(specPrefix + trimmed, &why);
    if (!lane) {
        // The spec parser knows nothing of the prefix this dialog adds.
        if (error)
            *error = why.replace(specPrefix, QString());
        return std::nullopt;
    }
    if (lane->systemPrompt || lane->repeat != 1 || lane->cache) {
        if (error)
            *error = tr("Set the system prompt, the cache and the repeat count with their own "
                        "fields.");
        return std::nullopt;
    }
    return lane->parameters;
}

LaneSettingsDialog::LaneSettingsDialog(const CompareLane &lane, int concurrencyLimit,
                                       bool profileCaches, QWidget *parent)
    : QDialog(parent)
    , m_lane(lane)
    , m_label(new QLineEdit(lane.label, this))
    , m_overrides(new QLineEdit(overridesText(lane.parameters), this))
    , m_overridesProblem(new QLabel(this))
    , m_systemMode(new QComboBox(this))
    , m_systemPrompt(new QPlainTextEdit(this))
    , m_cache(new QComboBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"laneSettingsDialog"_s);
    setWindowTitle(tr("Lane settings — %1").arg(lane.displayName()));
    m_label->setObjectName(u"laneLabelEdit"_s);
    m_label->setPlaceholderText(lane.displayName());
    m_label->setAccessibleName(tr("Lane label"));
    m_overrides->setObjectName(u"laneOverrides"_s);
    m_overrides->setPlaceholderText(u"temperature=0.2,max_tokens=500"_s);
    m_overrides->setAccessibleName(tr("Parameter overrides"));
    m_overrides->setToolTip(tr("Parameters this lane sends instead of the conversation's, as "
                               "KEY=VALUE pairs separated by commas (the same syntax as "
                               "modelkit compare --lane). Values are JSON: 0.2, true, "
                               "[\"END\"]."));
    m_overridesProblem->setObjectName(u"laneOverridesProblem"_s);
    m_overridesProblem->setWordWrap(true);
    m_overridesProblem->setStyleSheet(u"color: palette(highlight);"_s);
    m_overridesProblem->hide();
    m_systemMode->setObjectName(u"laneSystemMode"_s);
    m_systemMode->setAccessibleName(tr("System prompt of this lane"));
    m_systemMode->addItem(tr("The conversation's system message"));
    m_systemMode->addItem(tr("Replace it with:"));
    m_systemMode->addItem(tr("No system message"));
    m_systemMode->setCurrentIndex(!lane.systemPrompt             ? FromConversation
                                  : lane.systemPrompt->isEmpty() ? Removed
                                                                 : Replaced);
    m_systemPrompt->setObjectName(u"laneSystemPrompt"_s);
    m_systemPrompt->setAccessibleName(tr("System prompt variant"));
    m_systemPrompt->setTabChangesFocus(true);
    m_systemPrompt->setPlainText(lane.systemPrompt.value_or(QString()));
    m_systemPrompt->setMinimumHeight(90);
    m_cache->setObjectName(u"laneCache"_s);
    m_cache->setAccessibleName(tr("Response cache of this lane"));
    m_cache->addItem(profileCaches ? tr("Profile setting (on)") : tr("Profile setting (off)"));
    m_cache->addItem(tr("On: answer repeated requests from the cache"));
    m_cache->addItem(tr("Off: always ask the provider"));
    m_cache->setCurrentIndex(!lane.cache ? ProfileSetting : *lane.cache ? CacheOn : CacheOff);
    m_concurrency->setObjectName(u"laneConcurrency"_s);
    m_concurrency->setRange(0, 64);
    m_concurrency->setSpecialValueText(tr("No limit"));
    m_concurrency->setValue(std::max(0, concurrencyLimit));
    m_concurrency->setAccessibleName(tr("Requests at once to this profile"));
    m_concurrency->setToolTip(tr("Local servers often generate one reply at a time: with a "
                                 "limit, lanes of this profile beyond it wait in a queue."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Overrides:"), m_overrides);
    form->addRow(QString(), m_overridesProblem);
    form->addRow(tr("&System prompt:"), m_systemMode);
    form->addRow(QString(), m_systemPrompt);
    form->addRow(tr("&Cache:"), m_cache);
    form->addRow(tr("Requests at once to %1:").arg(lane.limitKey()), m_concurrency);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_overrides, &QLineEdit::textChanged, this, &LaneSettingsDialog::validate);
    connect(m_label, &QLineEdit::textChanged, this, &LaneSettingsDialog::validate);
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, &LaneSettingsDialog::validate);
    connect(m_systemMode, &QComboBox::currentIndexChanged, this, &LaneSettingsDialog::validate);
    connect(m_cache, &QComboBox::currentIndexChanged, this, &LaneSettingsDialog::validate);
    validate();
    resize(520, sizeHint().height());
}

int LaneSettingsDialog::concurrencyLimit() const
{
    return m_concurrency->value();
}

void LaneSettingsDialog::validate()
{
    m_systemPrompt->setEnabled(m_systemMode->currentIndex() == Replaced);
    QString problem;
    const std::optional<CompletionParameters> parameters
        = parseOverrides(m_overrides->text(), &problem);
    const bool promptMissing = m_systemMode->currentIndex() == Replaced
                               && m_systemPrompt->toPlainText().trimmed().isEmpty();
    if (parameters && promptMissing)
        problem = tr("Type the system prompt, or choose \u201cNo system message\u201d.");
    m_overridesProblem->setText(problem);
    m_overridesProblem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(parameters && !promptMissing);
    if (!parameters || promptMissing)
        return;
    m_lane.label = m_label->text().trimmed();
    m_lane.parameters = *parameters;
    switch (m_systemMode->currentIndex()) {
    case Replaced:
        m_lane.systemPrompt = m_systemPrompt->toPlainText();
        break;
    case Removed:
        m_lane.systemPrompt = QString();
        break;
    default:
        m_lane.systemPrompt.reset();
    }
    switch (m_cache->currentIndex()) {
    case CacheOn:
        m_lane.cache = true;
        break;
    case CacheOff:
        m_lane.cache = false;
        break;
    default:
        m_lane.cache.reset();
    }
}

} // namespace playground
