// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/chatcompletionclient.h"
#include "providers/replay/replayscript.h"

namespace modelkit {

//! Answers from a script instead of a model, like AutoGen's ReplayChatCompletionClient:
//! each call returns the next scripted result (marked `cached` unless the script says
//! otherwise), streamed with realistic pacing. Powers tests, the CLI's `--provider replay`
//! and the app's offline Demo provider.
class ReplayClient : public ChatCompletionClient
{
    Q_OBJECT

public:
    explicit ReplayClient(const ReplayScript &script, QObject *parent = nullptr);

    ModelInfo modelInfo() const override { return m_modelInfo; }
    void setModelInfo(const ModelInfo &info) { m_modelInfo = info; }
    QString model() const override { return m_model; }
    void setModel(const QString &model) { m_model = model; }
    QString providerName() const override { return QStringLiteral("replay"); }

    qsizetype remainingResponses() const;
    //! Starts again from the first scripted response.
    void reset() { m_next = 0; }

protected:
    CompletionJob *start(const CompletionRequest &request, bool streaming) override;

private:
    ReplayScript m_script;
    ModelInfo m_modelInfo = ModelInfo::permissive();
    QString m_model = QStringLiteral("replay");
    qsizetype m_next = 0;
};

} // namespace modelkit
