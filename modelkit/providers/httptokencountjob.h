// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/tokencountjob.h"
#include "providers/responsereader.h"
#include "transport/httprequest.h"
#include "transport/transportoptions.h"

#include <functional>
#include <memory>

namespace modelkit {

class HttpCall;
class HttpTransport;

//! A TokenCountJob over HTTP: one request to the provider's counting endpoint.
class HttpTokenCountJob : public TokenCountJob
{
    Q_OBJECT

public:
    //! Reads the count from a 2xx body, or sets `error`.
    using Parser = std::function<qint64(const QByteArray &body, QString *error)>;

    HttpTokenCountJob(HttpTransport *transport, const HttpRequest &request,
                      const TransportOptions &options, Parser parser,
                      std::unique_ptr<ResponseReader> errorReader, QObject *parent);
    ~HttpTokenCountJob() override;

protected:
    void abortWork() override;

private:
    void onCallFinished();

    HttpCall *m_call;
    Parser m_parser;
    std::unique_ptr<ResponseReader> m_errorReader;
};

} // namespace modelkit
