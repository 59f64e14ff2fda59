// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionjob.h"
#include "core/completionrequest.h"
#include "core/modelinfo.h"
#include "core/modellistjob.h"
#include "core/requestusage.h"
#include "core/tokencountjob.h"
#include "transport/httprequest.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>

namespace modelkit {

//! A model behind some provider, mirroring AutoGen's ChatCompletionClient. Subclasses build
//! the provider's request and read its response; this base validates requests, refuses
//! what the model cannot do, and keeps the usage totals.
class ChatCompletionClient : public QObject
{
    Q_OBJECT

public:
    ~ChatCompletionClient() override;

    //! Starts a non-streaming call. See CompletionJob for the signal contract.
    CompletionJob *create(const CompletionRequest &request);
    //! Starts a streaming call: deltas arrive as the provider sends them.
    CompletionJob *createStream(const CompletionRequest &request);

    //! Usage of every finished call, cached results included.
    RequestUsage totalUsage() const { return m_totalUsage; }
    //! Usage of calls that reached a provider, i.e. excluding cached results.
    RequestUsage actualUsage() const { return m_actualUsage; }

    //! An estimate (see TokenEstimator) of the prompt tokens these messages and tools cost.
    virtual qint64 countTokens(const QList<LlmMessage> &messages,
                               const QList<ToolSchema> &tools = {}) const;
    //! Context window minus countTokens(); negative when the request does not fit.
    //! Returns the estimate's complement only when the context window is known.
    std::optional<qint64> remainingTokens(const QList<LlmMessage> &messages,
                                          const QList<ToolSchema> &tools = {}) const;

    //! The exact prompt token count from the provider's counting endpoint, or nullptr when
    //! the provider has none (then countTokens()' estimate is all there is).
    virtual TokenCountJob *countTokensExact(const CompletionRequest &request);

    //! The provider's models. The default lists just model().
    virtual ModelListJob *listModels();

    virtual ModelInfo modelInfo() const = 0;
    virtual QString model() const = 0;
    //! "openai", "azure", "replay"…: names the wire format, for logs and the inspector.
    virtual QString providerName() const = 0;

    //! The HTTP request create() (`streaming` false) or createStream() would send for
    //! `request`, after the same checks, with the same URL, headers (the key included) and
    //! body, plus the transport's default headers (HttpTransport::withDefaultHeaders). Nothing
    //! is sent. nullopt with `error` set when the call would fail before sending, or when the
    //! client speaks no HTTP (replay, demo). For "copy as code" (CodeExport).
    std::optional<HttpRequest> httpRequest(const CompletionRequest &request, bool streaming,
                                           ModelError *error) const;

    //! Cancels running jobs; later calls fail with InvalidRequest.
    virtual void close();
    bool isClosed() const { return m_closed; }

Q_SIGNALS:
    //! A job finished and the usage totals changed.
    void usageChanged();

protected:
    explicit ChatCompletionClient(QObject *parent = nullptr);

    //! Sends a request that already passed validation.
    virtual CompletionJob *start(const CompletionRequest &request, bool streaming) = 0;
    //! Why this model cannot serve the request (images to a text model…), or empty.
    virtual QString capabilityError(const CompletionRequest &request) const;
    //! The request start() sends for a request that passed validation, without the
    //! transport's defaults; nullopt with `error` set when it cannot be built. The default
    //! (clients that send no HTTP) fails with Unsupported.
    virtual std::optional<HttpRequest> buildHttpRequest(const CompletionRequest &request,
                                                        bool streaming, ModelError *error) const;

private:
    CompletionJob *launch(const CompletionRequest &request, bool streaming);
    //! Why a call with `request` fails before reaching start(), or nullopt.
    std::optional<ModelError> precheck(const CompletionRequest &request) const;
    void account(CompletionJob *job);

    RequestUsage m_totalUsage;
    RequestUsage m_actualUsage;
    QList<QPointer<CompletionJob>> m_running;
    bool m_closed = false;
};

} // namespace modelkit
