// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/createresult.h"

#include <QMap>

namespace modelkit {

//! Accumulates a CreateResult from streamed deltas in amortised O(1) per delta, telling an
//! observer about each delta as it is appended. Providers' readers write into it; jobs
//! observe it; benchmarks use it without any job.
class ResultBuilder
{
public:
    class Observer
    {
    public:
        virtual ~Observer() = default;
        virtual void textAppended(const QString &text) = 0;
        virtual void thoughtAppended(const QString &text) = 0;
        virtual void toolCallAppended(int index, const QString &id, const QString &name,
                                      const QString &argumentsFragment)
            = 0;
    };

    void setObserver(Observer *observer) { m_observer = observer; }

    void appendText(const QString &text);
    void appendThought(const QString &text);
    //! Tool calls are keyed by the provider's index; id and name arrive with the first
    //! fragment and are empty afterwards (OpenAI), or everything arrives at once (Gemini).
    void appendToolCall(int index, const QString &id, const QString &name,
                        const QString &argumentsFragment);
    void setFinishReason(FinishReason reason) { m_finishReason = reason; }
    void setUsage(const RequestUsage &usage)
    {
        m_usage = usage;
        m_hasUsage = true;
    }
    void appendLogprobs(const QJsonArray &tokens);
    void setModel(const QString &model) { m_model = model; }
    void setResponseId(const QString &id) { m_responseId = id; }
    void setRaw(const QJsonObject &raw) { m_raw = raw; }
    void setCached(bool cached) { m_cached = cached; }
    //! Sets `key` of the result's providerState (see CreateResult::providerState).
    void setProviderState(const QString &key, const QJsonValue &value)
    {
        m_providerState.insert(key, value);
    }

    bool hasDeltas() const { return m_hasDeltas; }
    bool hasUsage() const { return m_hasUsage; }
    bool hasFinishReason() const { return m_finishReason.has_value(); }
    const QString &text() const { return m_text; }

    //! The result so far. With function calls, content is the calls and any text the model
    //! wrote beside them moves to `thought` (as AutoGen does); a "stop" with calls is
    //! reported as function_calls (Gemini and Ollama say "stop").
    CreateResult build() const;

private:
    Observer *m_observer = nullptr;
    QString m_text;
    QString m_thought;
    bool m_hasThought = false;
    bool m_hasDeltas = false;
    bool m_hasUsage = false;
    QMap<int, FunctionCall> m_calls;
    std::optional<FinishReason> m_finishReason;
    RequestUsage m_usage;
    std::optional<QJsonArray> m_logprobs;
    QString m_model;
    QString m_responseId;
    QJsonObject m_raw;
    QJsonObject m_providerState;
    bool m_cached = false;
};

} // namespace modelkit
