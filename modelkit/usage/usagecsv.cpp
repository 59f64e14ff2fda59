// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "usage/usagecsv.h"

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

QString field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString number(qint64 value)
{
    return QString::number(value);
}

// Full precision: sub-cent costs must survive a spreadsheet round trip.
QString costNumber(double usd)
{
    return QString::number(usd, 'g', 12);
}

} // namespace

QString UsageCsv::line(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &value : fields)
        quoted << field(value);
    return quoted.join(u',') + u"\r\n"_s;
}

QString UsageCsv::records(const QList<UsageRecord> &records)
{
    QString text = line({u"id"_s, u"time"_s, u"source"_s, u"profile"_s, u"provider"_s, u"model"_s,
                         u"prompt_tokens"_s, u"cached_prompt_tokens"_s, u"cache_creation_tokens"_s,
                         u"completion_tokens"_s, u"reasoning_tokens"_s, u"cost_usd"_s,
                         u"estimated"_s, u"latency_ms"_s, u"ttft_ms"_s, u"cached"_s,
                         u"finish_reason"_s, u"error_kind"_s, u"conversation_id"_s});
    for (const UsageRecord &record : records) {
        text += line({number(record.id), record.at.toUTC().toString(Qt::ISODateWithMs),
                      record.source, record.profile, record.provider, record.model,
                      number(record.usage.promptTokens), number(record.usage.cachedPromptTokens),
                      number(record.usage.cacheCreationTokens),
                      number(record.usage.completionTokens), number(record.usage.reasoningTokens),
                      record.costUsd ? costNumber(*record.costUsd) : QString(),
                      record.estimated ? u"1"_s : u"0"_s, number(record.latencyMs),
                      record.timeToFirstTokenMs ? number(*record.timeToFirstTokenMs) : QString(),
                      record.cached ? u"1"_s : u"0"_s, record.finishReason, record.errorKind,
                      record.conversationId});
    }
    return text;
}

QString UsageCsv::summary(UsageLedger::By by, const QList<UsageLedger::SummaryRow> &rows)
{
    QString text
        = line({UsageLedger::byName(by), u"calls"_s, u"prompt_tokens"_s, u"cached_prompt_tokens"_s,
                u"cache_creation_tokens"_s, u"completion_tokens"_s, u"reasoning_tokens"_s,
                u"known_cost_usd"_s, u"unpriced_calls"_s, u"cached_calls"_s});
    for (const UsageLedger::SummaryRow &row : rows) {
        text += line({row.key, number(row.calls), number(row.usage.promptTokens),
                      number(row.usage.cachedPromptTokens), number(row.usage.cacheCreationTokens),
                      number(row.usage.completionTokens), number(row.usage.reasoningTokens),
                      costNumber(row.knownCostUsd), number(row.unpricedCalls),
                      number(row.cachedCalls)});
    }
    return text;
}

} // namespace modelkit
