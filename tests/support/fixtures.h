// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace testsupport {

// Recorded provider traffic (MODELKIT_FIXTURES_DIR, ../shared/fixtures by default) and the
// synthetic wire data the parser and provider tests build around it.

// The fixtures directory, without a trailing slash.
QString fixturesDir();

// The bytes of fixturesDir()/<relativePath> ("openai/chat-stream-text-with-usage.sse");
// empty, with a warning, when the file cannot be read.
QByteArray fixture(const QString &relativePath);

// A recorded `[{request, response}]` exchange file.
QJsonArray fixtureExchanges(const QString &relativePath);

// The response body of exchange `index`, as the bytes that were sent.
QByteArray exchangeResponseBody(const QJsonArray &exchanges, qsizetype index);

// `data: <event>` events, each followed by a blank line; `lineEnd` "\r\n" for Gemini's CRLF.
QByteArray sseOf(const QList<QByteArray> &events, const QByteArray &lineEnd = "\n");

// `event: <type>` + `data: <json>` events, the type read from the JSON (Anthropic's framing).
QByteArray typedSseOf(const QList<QByteArray> &events);

// The byte offset just past the first `count` events of an SSE transcript, or -1.
qsizetype offsetAfterEvents(const QByteArray &sse, int count, const QByteArray &lineEnd = "\n");

// A real 1×1 PNG.
inline const QByteArray pngBase64
    = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAh"
      "KmMIQAAAABJRU5ErkJggg==";

} // namespace testsupport
