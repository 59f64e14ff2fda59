// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/sseresponsereader.h"

#include "transport/transportoptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace modelkit {

SseResponseReader::SseResponseReader()
{
    m_parser.setMaxEventBytes(defaultMaxEventBytes);
}

void SseResponseReader::feed(QByteArrayView bytes, ResultBuilder &out)
{
    if (streamError())
        return;
    const QList<SseEvent> events = m_parser.feed(bytes);
    for (const SseEvent &event : events) {
        readEvent(event, out);
        if (streamError())
            return;
    }
    if (m_parser.hasOverflowed())
        streamFailed(
            ModelError::make(ModelError::Kind::InvalidResponse,
                             QCoreApplication::translate("modelkit::SseResponseReader",
                                                         "a stream event exceeded %1 MB")
                                 .arg(TransportOptions::megabytes(m_parser.maxEventBytes()))),
            out);
}

void SseResponseReader::streamFailed(const ModelError &error, ResultBuilder &)
{
    setStreamError(error);
}

void SseResponseReader::flushEvents(ResultBuilder &out)
{
    if (streamError())
        return;
    const QList<SseEvent> events = m_parser.finish();
    for (const SseEvent &event : events) {
        readEvent(event, out);
        if (streamError())
            return;
    }
}

} // namespace modelkit
