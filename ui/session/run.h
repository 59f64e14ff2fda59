// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/modelprice.h"
#include "conversation/conversationrun.h"
#include "core/chatcompletionclient.h"
#include "core/completionrequest.h"
#include "core/createresult.h"
#include "core/modelerror.h"
#include "session/streamevent.h"

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace playground {

//! One request sent from the playground and everything that came back: the streamed
//! pieces as they arrived (with a timeline), then the final CreateResult or typed error.
//! Panels observe a Run; they never talk to the CompletionJob directly.
class Run : public QObject
{
    Q_OBJECT

public:
    enum class State { Running, Succeeded, Failed, Cancelled };

    //! A tool call as streamed so far.
    struct StreamedCall
    {
        QString id;
        QString name;
        QString arguments;
    };

    Run(int number, std::shared_ptr<modelkit::ChatCompletionClient> client,
        const modelkit::CompletionRequest &request, bool streaming, const QString &providerLabel,
        QObject *parent = nullptr);
    //! A run read back from a saved conversation: nothing is sent; its reply, usage, cost
    //! and timings are the recorded ones.
    Run(int number, const modelkit::ConversationRun &saved,
        const modelkit::CompletionRequest &request, QObject *parent = nullptr);
    ~Run() override;

    //! Whether this run was read back from a saved conversation.
    bool isRestored() const { return m_restored; }
    //! The run as a conversation document records it; a running one as its reply so far,
    //! marked interrupted (what a crash would leave).
    modelkit::ConversationRun toConversationRun() const;

    int number() const { return m_number; }
    QString providerLabel() const { return m_providerLabel; }
    QString providerName() const { return m_providerName; }
    QString model() const { return m_model; }
    bool isStreaming() const { return m_streaming; }
    const modelkit::CompletionRequest &request() const { return m_request; }
    //! The model's context window at send time; 0 when unknown.
    qint64 contextWindow() const { return m_contextWindow; }

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    //! Wall-clock milliseconds since the epoch when the run was sent.
    qint64 startedAtMs() const { return m_startedAtMs; }
    //! Milliseconds from send to the end (or to now while running).
    qint64 elapsedMs() const;
    //! Milliseconds from send to the first streamed token, when one arrived.
    std::optional<qint64> firstTokenMs() const { return m_firstTokenMs; }

    const QString &text() const { return m_text; }
    const QString &thought() const { return m_thought; }
    const QList<StreamedCall> &toolCalls() const { return m_calls; }
    const QList<StreamEvent> &events() const { return m_events; }

    //! The final result once finished; the reply so far (without usage) while running.
    modelkit::CreateResult result() const;
    //! Set when the run failed or was cancelled.
    const std::optional<modelkit::ModelError> &error() const { return m_error; }

    //! The usage to count and bill: the provider's report, or — when it reported none
    //! although tokens were generated (an interrupted stream, some local servers) — a local
    //! estimate of the prompt and of what arrived. Empty while running.
    modelkit::RequestUsage usage() const { return m_usage; }
    //! Whether usage() is a local estimate rather than the provider's report.
    bool isUsageEstimated() const { return m_usageEstimated; }

    //! Completion tokens per second over the streaming phase, when known.
    std::optional<double> tokensPerSecond() const;

    //! Stops the request (the socket is aborted); the partial reply stays.
    void cancel();

    //! The conversation the run was sent from (for the usage ledger).
    QString conversationId() const { return m_conversationId; }
    void setConversationId(const QString &id) { m_conversationId = id; }

    //! The catalog price of the model at send time (unknown figures stay unknown).
    void setPrice(const modelkit::ModelPrice &price) { m_price = price; }
    const modelkit::ModelPrice &price() const { return m_price; }
    //! USD this run cost: 0 for cached results, nullopt while running or when the price
    //! is unknown.
    std::optional<double> costUsd() const;

Q_SIGNALS:
    void textDelta(const QString &text);
    void thoughtDelta(const QString &text);
    //! `name` is set on the fragment that opens the call.
    void toolCallDelta(int index, const QString &name, const QString &argumentsFragment);
    //! A timeline entry was appended (events().size() - 1).
    void eventAppended();
    void finished();

private:
    void record(StreamEvent::Kind kind, qint64 chars, int toolIndex = -1,
                const QString &toolName = {});
    void onFinished();

    int m_number;
    std::shared_ptr<modelkit::ChatCompletionClient> m_client;
    QPointer<modelkit::CompletionJob> m_job;
    modelkit::CompletionRequest m_request;
    bool m_streaming;
    QString m_providerLabel;
    QString m_providerName;
    QString m_model;
    qint64 m_contextWindow = 0;

    State m_state = State::Running;
    QElapsedTimer m_clock;
    qint64 m_startedAtMs = 0;
    qint64 m_finishedAfterMs = -1;
    std::optional<qint64> m_firstTokenMs;
    QString m_text;
    QString m_thought;
    QList<StreamedCall> m_calls;
    QList<StreamEvent> m_events;
    std::optional<modelkit::CreateResult> m_result;
    std::optional<modelkit::ModelError> m_error;
    modelkit::ModelPrice m_price;
    modelkit::RequestUsage m_usage;
    bool m_usageEstimated = false;
    QString m_conversationId;
    bool m_restored = false;
    std::optional<double> m_restoredCostUsd;
    //! As read: written back unchanged (with what a newer version added to it).
    std::optional<modelkit::ConversationRun> m_saved;
};

} // namespace playground
