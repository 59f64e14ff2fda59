// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionjob.h"

#include <QTimer>

namespace modelkit {

//! Plays one scripted CreateResult: streamed piece by piece with the script's pacing, or
//! delivered whole after the first-token delay.
class ReplayCompletionJob : public CompletionJob
{
    Q_OBJECT

public:
    struct Pacing
    {
        int firstTokenDelayMs = 0;
        int tokenDelayMs = 0;
        int jitterMs = 0;
    };

    ReplayCompletionJob(const CreateResult &scripted, const Pacing &pacing, bool streaming,
                        QObject *parent);

    void start();

protected:
    void abortWork() override;

private:
    struct Step
    {
        enum class Kind { Thought, Text, ToolCall } kind;
        QString piece;
        int index = 0;
        QString id;
        QString name;
    };

    void planSteps();
    void playNext();
    int nextDelay() const;

    CreateResult m_scripted;
    Pacing m_pacing;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QTimer m_timer;
};

} // namespace modelkit
