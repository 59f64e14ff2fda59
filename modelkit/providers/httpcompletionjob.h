// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionjob.h"
#include "providers/responsereader.h"
#include "transport/httpcall.h"

#include <memory>

namespace modelkit {

class HttpTransport;

//! A CompletionJob carried out over HttpTransport, decoded by a provider's ResponseReader.
class HttpCompletionJob : public CompletionJob
{
    Q_OBJECT

public:
    HttpCompletionJob(HttpTransport *transport, const HttpRequest &request,
                      const TransportOptions &options, std::unique_ptr<ResponseReader> reader,
                      QObject *parent);
    ~HttpCompletionJob() override;

    //! A new job whose start() runs on the next event-loop turn: what the clients return
    //! from ChatCompletionClient::start().
    static HttpCompletionJob *launch(HttpTransport *transport, const HttpRequest &request,
                                     const TransportOptions &options,
                                     std::unique_ptr<ResponseReader> reader, QObject *parent);

    //! Sends the request. Called by the client after construction.
    void start();

protected:
    void abortWork() override;

private:
    void onBodyData(const QByteArray &chunk);
    void onCallFinished();
    //! `error` with the response's request id unless it carries its own.
    ModelError withRequestId(ModelError error) const;

    HttpCall *m_call;
    std::unique_ptr<ResponseReader> m_reader;
    bool m_streamFailed = false;
    //! A streamed request answered with one JSON document (a proxy's error, or a compatible
    //! server that ignores `stream`) or with a web page: read it whole at the end instead of
    //! as a stream.
    std::optional<bool> m_wholeBodyAnswer;
    QByteArray m_wholeBody;
};

} // namespace modelkit
