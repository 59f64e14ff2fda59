// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "recordingobserver.h"

#include "providers/responsereader.h"

using namespace modelkit;

namespace testsupport {

void RecordingObserver::textAppended(const QString &delta)
{
    text += delta;
    ++textDeltas;
}

void RecordingObserver::thoughtAppended(const QString &delta)
{
    thought += delta;
    ++thoughtDeltas;
}

void RecordingObserver::toolCallAppended(int index, const QString &id, const QString &name,
                                         const QString &argumentsFragment)
{
    tools.append({index, id, name, argumentsFragment});
}

StreamOutcome readStream(ResponseReader &reader, const QList<QByteArrayView> &pieces,
                         ResultBuilder::Observer *observer)
{
    ResultBuilder builder;
    builder.setObserver(observer);
    for (const QByteArrayView piece : pieces) {
        reader.feed(piece, builder);
        if (reader.streamError())
            break;
    }
    reader.finish(builder);
    return {builder.build(), reader.streamError(), builder.text()};
}

QString errorText(const std::optional<ModelError> &error)
{
    return error ? error->toString() : QString();
}

} // namespace testsupport
