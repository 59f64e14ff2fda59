// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/providerbar.h"

#include "core/modellistjob.h"
#include "session/playgroundsession.h"
#include "widgets/icons.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

ProviderBar::ProviderBar(PlaygroundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_providers(new QComboBox(this))
    , m_models(new QComboBox(this))
    , m_demoBadge(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"providerBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);

    auto *providerLabel = new QLabel(tr("&Provider:"), this);
    providerLabel->setBuddy(m_providers);
    m_providers->setObjectName(u"providerCombo"_s);
    m_providers->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_providers->setToolTip(tr("Where requests go (Ctrl+Shift+P)"));

    // Alt+M opens the Messages menu.
    auto *modelLabel = new QLabel(tr("Mode&l:"), this);
    modelLabel->setBuddy(m_models);
    m_models->setObjectName(u"modelCombo"_s);
    m_models->setEditable(true);
    m_models->setInsertPolicy(QComboBox::NoInsert);
    m_models->setMinimumContentsLength(22);
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_models->setToolTip(tr("The provider's models; type any model name (Ctrl+Shift+M)"));

    m_demoBadge->setObjectName(u"demoBadge"_s);
    m_demoBadge->setText(tr("DEMO — scripted offline replies, nothing is sent"));
    m_demoBadge->setStyleSheet(
        u"QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e0c36a;"
        " border-radius: 3px; padding: 1px 6px; }"_s);
    m_problem->setObjectName(u"providerProblem"_s);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setStyleSheet(u"color: #c62828;"_s);

    layout->addWidget(providerLabel);
    layout->addWidget(m_providers);
    layout->addSpacing(8);
    layout->addWidget(modelLabel);
    layout->addWidget(m_models);
    layout->addSpacing(8);
    layout->addWidget(m_demoBadge);
    layout->addWidget(m_problem);

    connect(m_providers, &QComboBox::activated, this, [this](int index) {
        if (!m_updating)
            m_session->selectProfile(index - 1);
    });
    connect(m_models, &QComboBox::activated, this, [this] { commitModel(); });
    connect(m_models->lineEdit(), &QLineEdit::editingFinished, this, [this] { commitModel(); });
    connect(m_session, &PlaygroundSession::providerChanged, this, [this] {
        reloadProviders();
        // Changing only the model keeps the listing; a new provider lists its own.
        if (m_listedFor != m_session->profileIndex() || m_models->count() == 0)
            reloadModels();
        else
            showCurrentModel();
    });
    reloadProviders();
    reloadModels();
}

void ProviderBar::reloadProviders()
{
    m_updating = true;
    m_providers->clear();
    m_providers->addItem(tr("Demo (offline)"));
    for (const ProviderProfile &profile : m_session->profiles())
        m_providers->addItem(profile.name);
    m_providers->setCurrentIndex(m_session->profileIndex() + 1);
    m_demoBadge->setVisible(m_session->isDemo());
    m_problem->setText(m_session->providerProblem());
    m_problem->setVisible(!m_session->providerProblem().isEmpty());
    m_updating = false;
}

void ProviderBar::showCurrentModel()
{
    m_updating = true;
    const int index = m_models->findData(m_session->model());
    if (index >= 0)
        m_models->setCurrentIndex(index);
    else
        m_models->setEditText(m_session->model());
    m_updating = false;
}

void ProviderBar::reloadModels()
{
    if (m_listing)
        m_listing->cancel();
    m_listedFor = m_session->profileIndex();
    m_updating = true;
    m_models->clear();
    m_models->setEditText(m_session->model());
    m_updating = false;
    ModelListJob *job = m_session->listModels();
    if (!job)
        return;
    m_listing = job;
    connect(job, &ModelListJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->hasError()) {
            m_models->setToolTip(tr("Could not list models: %1").arg(job->error().toString()));
            return;
        }
        m_updating = true;
        for (const ModelDescriptor &model : job->models())
            m_models->addItem(model.id, model.id);
        m_updating = false;
        showCurrentModel();
    });
}

void ProviderBar::commitModel()
{
    if (m_updating)
        return;
    const int index = m_models->findText(m_models->currentText());
    const QString model
        = index >= 0 ? m_models->itemData(index).toString() : m_models->currentText().trimmed();
    if (!model.isEmpty() && model != m_session->model())
        m_session->setModel(model);
}

} // namespace playground
