// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/completionparameters.h"

#include "core/jsonfields.h"

#include <cmath>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

bool readNumber(const QJsonValue &v, std::optional<double> *out, QString *error)
{
    if (!v.isDouble()) {
        *error = u"expected a number"_s;
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool readInteger(const QJsonValue &v, std::optional<qint64> *out, QString *error)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::trunc(d) != d) {
        *error = u"expected an integer"_s;
        return false;
    }
    *out = static_cast<qint64>(d);
    return true;
}

bool readBool(const QJsonValue &v, std::optional<bool> *out, QString *error)
{
    if (!v.isBool()) {
        *error = u"expected true or false"_s;
        return false;
    }
    *out = v.toBool();
    return true;
}

} // namespace

QStringList CompletionParameters::knownKeys()
{
    return {u"temperature"_s,
            u"top_p"_s,
            u"top_k"_s,
            u"max_tokens"_s,
            u"seed"_s,
            u"stop"_s,
            u"n"_s,
            u"presence_penalty"_s,
            u"frequency_penalty"_s,
            u"logprobs"_s,
            u"top_logprobs"_s,
            u"parallel_tool_calls"_s,
            u"reasoning_effort"_s,
            u"thinking_budget"_s};
}

bool CompletionParameters::set(const QString &key, const QJsonValue &value, QString *error)
{
    QString problem;
    bool ok = false;
    if (key == u"temperature")
        ok = readNumber(value, &temperature, &problem);
    else if (key == u"top_p")
        ok = readNumber(value, &topP, &problem);
    else if (key == u"top_k")
        ok = readInteger(value, &topK, &problem);
    else if (key == u"max_tokens")
        ok = readInteger(value, &maxTokens, &problem);
    else if (key == u"seed")
        ok = readInteger(value, &seed, &problem);
    else if (key == u"n")
        ok = readInteger(value, &n, &problem);
    else if (key == u"presence_penalty")
        ok = readNumber(value, &presencePenalty, &problem);
    else if (key == u"frequency_penalty")
        ok = readNumber(value, &frequencyPenalty, &problem);
    else if (key == u"logprobs")
        ok = readBool(value, &logprobs, &problem);
    else if (key == u"top_logprobs")
        ok = readInteger(value, &topLogprobs, &problem);
    else if (key == u"parallel_tool_calls")
        ok = readBool(value, &parallelToolCalls, &problem);
    else if (key == u"thinking_budget")
        ok = readInteger(value, &thinkingBudget, &problem);
    else if (key == u"reasoning_effort") {
        ok = value.isString();
        if (ok)
            reasoningEffort = value.toString();
        else
            problem = u"expected a string"_s;
    } else if (key == u"stop") {
        // One string or a list of strings, as OpenAI accepts.
        if (value.isString()) {
            stop = {value.toString()};
            ok = true;
        } else if (value.isArray()) {
            QStringList list;
            ok = true;
            for (const QJsonValue &item : value.toArray()) {
                ok = ok && item.isString();
                list << item.toString();
            }
            if (ok)
                stop = list;
            else
                problem = u"expected a string or a list of strings"_s;
        } else {
            problem = u"expected a string or a list of strings"_s;
        }
    } else {
        problem = u"unknown parameter (known: %1)"_s.arg(knownKeys().join(u", "));
    }
    if (!ok && error)
        *error = problem;
    return ok;
}

QJsonObject CompletionParameters::toJson() const
{
    QJsonObject o;
    auto put = [&o](const QString &key, const auto &optional) {
        if (optional)
            o.insert(key, QJsonValue(*optional));
    };
    put(u"temperature"_s, temperature);
    put(u"top_p"_s, topP);
    put(u"top_k"_s, topK);
    put(u"max_tokens"_s, maxTokens);
    put(u"seed"_s, seed);
    if (!stop.isEmpty())
        o.insert(u"stop"_s, QJsonArray::fromStringList(stop));
    put(u"n"_s, n);
    put(u"presence_penalty"_s, presencePenalty);
    put(u"frequency_penalty"_s, frequencyPenalty);
    put(u"logprobs"_s, logprobs);
    put(u"top_logprobs"_s, topLogprobs);
    put(u"parallel_tool_calls"_s, parallelToolCalls);
    put(u"reasoning_effort"_s, reasoningEffort);
    put(u"thinking_budget"_s, thinkingBudget);
    return o;
}

std::optional<CompletionParameters>
CompletionParameters::fromJson(const QJsonValue &value, JsonError *error, const QString &path)
{
    if (value.isUndefined() || value.isNull())
        return CompletionParameters{};
    JsonFields fields(value, path, error);
    if (!fields.isObject())
        return std::nullopt;
    CompletionParameters parameters;
    const QJsonObject o = fields.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isNull())
            continue;
        QString problem;
        if (!parameters.set(it.key(), it.value(), &problem)) {
            fields.fail(it.key(), problem);
            return std::nullopt;
        }
    }
    return parameters;
}

} // namespace modelkit
