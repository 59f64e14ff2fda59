// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/resultbuilder.h"

using namespace Qt::StringLiterals;

namespace modelkit {

void ResultBuilder::appendText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_text += text;
    m_hasDeltas = true;
    if (m_observer)
        m_observer->textAppended(text);
}

void ResultBuilder::appendThought(const QString &text)
{
    if (text.isEmpty())
        return;
    m_thought += text;
    m_hasThought = true;
    m_hasDeltas = true;
    if (m_observer)
        m_observer->thoughtAppended(text);
}

void ResultBuilder::appendToolCall(int index, const QString &id, const QString &name,
                                   const QString &argumentsFragment)
{
    FunctionCall &call = m_calls[index];
    if (!id.isEmpty())
        call.id = id;
    // OpenAI sends the name once; some compatible servers repeat it in every fragment.
    if (!name.isEmpty() && name != call.name)
        call.name += name;
    call.arguments += argumentsFragment;
    m_hasDeltas = true;
    if (m_observer)
        m_observer->toolCallAppended(index, id, name, argumentsFragment);
}

void ResultBuilder::appendLogprobs(const QJsonArray &tokens)
{
    if (!m_logprobs)
        m_logprobs = QJsonArray();
    for (const QJsonValue &token : tokens)
        m_logprobs->append(token);
}

CreateResult ResultBuilder::build() const
{
    CreateResult result;
    result.usage = m_usage;
    result.cached = m_cached;
    result.logprobs = m_logprobs;
    result.model = m_model;
    result.responseId = m_responseId;
    result.raw = m_raw;
    result.providerState = m_providerState;
    result.finishReason = m_finishReason.value_or(FinishReason::Unknown);
    if (m_hasThought)
        result.thought = m_thought;
    if (m_calls.isEmpty()) {
        result.content = m_text;
        return result;
    }
    QList<FunctionCall> calls;
    calls.reserve(m_calls.size());
    for (const FunctionCall &call : m_calls)
        calls << call;
    result.content = calls;
    if (!m_text.isEmpty())
        result.thought = m_hasThought ? m_thought + u"\n\n"_s + m_text : m_text;
    if (result.finishReason == FinishReason::Stop)
        result.finishReason = FinishReason::FunctionCalls;
    return result;
}

} // namespace modelkit
