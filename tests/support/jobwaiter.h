// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "recordingobserver.h"

#include <QList>
#include <QObject>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace modelkit {
class CompletionJob;
}

namespace testsupport {

// Everything a job emits, attached after create()/createStream() returned.
class JobWatch : public QObject
{
public:
    explicit JobWatch(modelkit::CompletionJob *job);

    QString text;
    int textDeltas = 0;
    QString thought;
    QStringList thoughts; // each thoughtDelta on its own
    int thoughtDeltas = 0;
    QList<ToolDelta> tools;
    int finishedCount = 0;
    // Deltas that came once the job was finished: after finished(), or while isFinished().
    int signalsAfterFinished = 0;
    // The part of those that came while isFinished() said so.
    int deltasWhileJobFinished = 0;
    // isFinished() when finished() was last emitted.
    bool finishedWhileJobSaysFinished = false;

private:
    void noteDelta();

    modelkit::CompletionJob *m_job;
};

// Runs a real event loop until the job (CompletionJob, ModelListJob, TokenCountJob) has
// finished, at most `timeoutMs`. (QTRY_* would poll with 10 ms sleeps in between, which makes
// every piece of a paced stream cost 10 ms.)
template<typename Job>
bool waitForFinished(Job *job, int timeoutMs = 5000)
{
    if (job->isFinished())
        return true;
    QSignalSpy finished(job, &Job::finished);
    return finished.wait(timeoutMs);
}

// Lets a stray second finished() or a late delta show up before the checks.
void settle();

// The job's error as text, or empty when it has none.
QString errorText(const modelkit::CompletionJob *job);

// The kind name of the job's error, or "(no error)".
QString kindOf(const modelkit::CompletionJob *job);

} // namespace testsupport
