// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modellistjob.h"
#include "providers/responsereader.h"
#include "transport/httprequest.h"
#include "transport/transportoptions.h"

#include <functional>
#include <memory>

#include <QPointer>
#include <QUrl>

namespace modelkit {

class HttpCall;
class HttpTransport;

//! A ModelListJob over HTTP that follows the provider's pagination.
class HttpModelListJob : public ModelListJob
{
    Q_OBJECT

public:
    //! Parses one page. Sets `error` when the body is not a model list, and `nextPage` to
    //! the URL of the following page when there is one.
    using PageParser = std::function<QList<ModelDescriptor>(const QByteArray &body, QString *error,
                                                            QUrl *nextPage)>;

    HttpModelListJob(HttpTransport *transport, const HttpRequest &firstPage,
                     const TransportOptions &options, PageParser parser,
                     std::unique_ptr<ResponseReader> errorReader, QObject *parent);
    ~HttpModelListJob() override;

protected:
    void abortWork() override;

private:
    void request(const QUrl &url);
    void onCallFinished();

    static constexpr int maxPages = 50; // a safety net against a server that loops

    HttpTransport *m_transport;
    HttpRequest m_request;
    TransportOptions m_options;
    PageParser m_parser;
    std::unique_ptr<ResponseReader> m_errorReader;
    QPointer<HttpCall> m_call;
    QList<ModelDescriptor> m_collected;
    int m_pages = 0;
};

} // namespace modelkit
