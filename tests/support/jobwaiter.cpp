// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "jobwaiter.h"

#include "core/completionjob.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace testsupport {

JobWatch::JobWatch(CompletionJob *job) : m_job(job)
{
    connect(job, &CompletionJob::textDelta, this, [this](const QString &delta) {
        noteDelta();
        text += delta;
        ++textDeltas;
    });
    connect(job, &CompletionJob::thoughtDelta, this, [this](const QString &delta) {
        noteDelta();
        thought += delta;
        thoughts << delta;
        ++thoughtDeltas;
    });
    connect(job, &CompletionJob::toolCallDelta, this,
            [this](int index, const QString &id, const QString &name, const QString &fragment) {
                noteDelta();
                tools.append({index, id, name, fragment});
            });
    connect(job, &CompletionJob::finished, this, [this] {
        ++finishedCount;
        finishedWhileJobSaysFinished = m_job->isFinished();
    });
}

void JobWatch::noteDelta()
{
    const bool jobFinished = m_job->isFinished();
    if (finishedCount > 0 || jobFinished)
        ++signalsAfterFinished;
    if (jobFinished)
        ++deltasWhileJobFinished;
}

void settle()
{
    QTest::qWait(30);
}

QString errorText(const CompletionJob *job)
{
    return job->hasError() ? job->error().toString() : QString();
}

QString kindOf(const CompletionJob *job)
{
    return job->hasError() ? ModelError::kindName(job->error().kind) : u"(no error)"_s;
}

} // namespace testsupport
