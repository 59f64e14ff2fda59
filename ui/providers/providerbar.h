// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace modelkit {
class ModelListJob;
}

namespace playground {

class PlaygroundSession;

//! The toolbar's provider and model pickers. The Demo provider is always first and is
//! labelled as such; the model list comes from the provider (typing any name works too).
class ProviderBar : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderBar(PlaygroundSession *session, QWidget *parent = nullptr);

    QComboBox *providerCombo() const { return m_providers; }
    QComboBox *modelCombo() const { return m_models; }

private:
    void reloadProviders();
    void reloadModels();
    void commitModel();
    void showCurrentModel();

    PlaygroundSession *m_session;
    QComboBox *m_providers;
    QComboBox *m_models;
    QLabel *m_demoBadge;
    QLabel *m_problem;
    QPointer<modelkit::ModelListJob> m_listing;
    int m_listedFor = -2;
    bool m_updating = false;
};

} // namespace playground
