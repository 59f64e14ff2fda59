// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT

#include "scriptedresponse.h"

#include <QFile>
#include <QJsonDocument>
#include <QtDebug>

namespace testsupport {

namespace {

void setHeader(ScriptedResponse::Headers &headers, const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

ScriptedResponse streaming(const QByteArray &body, const QByteArray &contentType, int chunkSize,
                           int chunkDelayMs)
{
    ScriptedResponse response;
    response.status = 200;
    response.headers = {{"Content-Type", contentType}};
    response.body = body;
    response.chunked = true;
    response.chunkSize = chunkSize;
    response.chunkDelayMs = chunkDelayMs;
    return response;
}

} // namespace

ScriptedResponse ScriptedResponse::json(int status, const QJsonObject &body, const Headers &headers)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body, const Headers &headers)
{
    ScriptedResponse response = text(status, body, "application/json");
    for (const auto &header : headers)
        setHeader(response.headers, header.first, header.second);
    return response;
}

ScriptedResponse ScriptedResponse::text(int status, const QByteArray &body,
                                        const QByteArray &contentType)
{
    ScriptedResponse response;
    response.status = status;
    response.headers = {{"Content-Type", contentType}};
    response.body = body;
    return response;
}

ScriptedResponse ScriptedResponse::sse(const QByteArray &transcript, int chunkSize,
                                       int chunkDelayMs)
{
    return streaming(transcript, "text/event-stream", chunkSize, chunkDelayMs)
        .withHeader("Cache-Control", "no-cache");
}

ScriptedResponse ScriptedResponse::ndjson(const QByteArray &lines, int chunkSize, int chunkDelayMs)
{
    return streaming(lines, "application/x-ndjson", chunkSize, chunkDelayMs);
}

QByteArray ScriptedResponse::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << "ScriptedResponse::fromFile: cannot read" << path << "-"
                             << file.errorString();
        return {};
    }
    return file.readAll();
}

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value) &
{
    setHeader(headers, name, value);
    return *this;
}

ScriptedResponse ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value) &&
{
    setHeader(headers, name, value);
    return std::move(*this);
}

ScriptedResponse &ScriptedResponse::withFault(Fault newFault, qint64 afterBytes) &
{
    fault = newFault;
    faultAfterBytes = afterBytes;
    return *this;
}

ScriptedResponse ScriptedResponse::withFault(Fault newFault, qint64 afterBytes) &&
{
    fault = newFault;
    faultAfterBytes = afterBytes;
    return std::move(*this);
}

QByteArray ScriptedResponse::headerValue(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

bool ScriptedResponse::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray ScriptedResponse::reasonPhrase() const
{
    if (!reason.isEmpty())
        return reason;
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Overloaded"; // Anthropic's overload status
    default:
        return "Status";
    }
}

} // namespace testsupport
