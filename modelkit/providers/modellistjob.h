// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modeldescriptor.h"
#include "core/modelerror.h"
#include "providers/responsereader.h"

#include <functional>
#include <memory>

#include <QList>
#include <QObject>

namespace modelkit {

class HttpCall;
class HttpTransport;
struct HttpRequest;
struct TransportOptions;

//! Lists a provider's models (`GET /models` and friends). finished() comes exactly once.
class ModelListJob : public QObject
{
    Q_OBJECT

public:
    //! Parses a 2xx body into models, or returns an error message.
    using Parser = std::function<QList<ModelDescriptor>(const QByteArray &body, QString *error)>;

    ModelListJob(HttpTransport *transport, const HttpRequest &request,
                 const TransportOptions &options, Parser parser,
                 std::unique_ptr<ResponseReader> errorReader, QObject *parent);
    ~ModelListJob() override;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error.has_value(); }
    const ModelError &error() const;
    const QList<ModelDescriptor> &models() const { return m_models; }
    void cancel();

Q_SIGNALS:
    void finished();

private:
    void onCallFinished();
    void finish();

    HttpCall *m_call;
    Parser m_parser;
    std::unique_ptr<ResponseReader> m_errorReader;
    QList<ModelDescriptor> m_models;
    std::optional<ModelError> m_error;
    bool m_finished = false;
};

} // namespace modelkit
