// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/createresult.h"
#include "core/modelerror.h"
#include "core/resultbuilder.h"

#include <optional>

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace modelkit {
class ResponseReader;
}

namespace testsupport {

// One toolCallDelta (or ResultBuilder tool call fragment), as it was reported.
struct ToolDelta
{
    int index;
    QString id;
    QString name;
    QString fragment;
};

// Records what a ResultBuilder tells its observer, as a CompletionJob would re-emit it.
class RecordingObserver : public modelkit::ResultBuilder::Observer
{
public:
    void textAppended(const QString &text) override;
    void thoughtAppended(const QString &text) override;
    void toolCallAppended(int index, const QString &id, const QString &name,
                          const QString &argumentsFragment) override;

    QString text;
    int textDeltas = 0;
    QString thought;
    int thoughtDeltas = 0;
    QList<ToolDelta> tools;
};

// What a reader made of a stream.
struct StreamOutcome
{
    modelkit::CreateResult result;
    std::optional<modelkit::ModelError> error;
    QString builderText; // ResultBuilder::text() before build()
};

// Feeds `pieces` to `reader`, stopping at its first stream error as HttpCompletionJob does,
// then calls finish() (every reader ignores input after an error; OpenAI's finish() still
// sets raw).
StreamOutcome readStream(modelkit::ResponseReader &reader, const QList<QByteArrayView> &pieces,
                         modelkit::ResultBuilder::Observer *observer = nullptr);

// The error as text, or empty when there is none.
QString errorText(const std::optional<modelkit::ModelError> &error);

} // namespace testsupport
