// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparelaneresult.h"

#include "core/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace modelkit {

CompareState CompareLaneResult::finalState(const QList<ConversationRun> &attempts)
{
    if (attempts.isEmpty())
        return CompareState::Pending;
    const CompareLaneSummary summary = CompareLaneSummary::of(attempts);
    if (summary.cancelled > 0)
        return CompareState::Cancelled;
    return summary.failed > 0 ? CompareState::Failed : CompareState::Succeeded;
}

QJsonObject CompareLaneResult::toJson() const
{
    QJsonObject object = lane.toJson();
    QJsonArray runs;
    for (const ConversationRun &run : attempts)
        runs.append(run.toJson());
    object.insert(u"state"_s, compareStateName(state));
    object.insert(u"attempts"_s, runs);
    object.insert(u"summary"_s, summary().toJson());
    return object;
}

std::optional<CompareLaneResult> CompareLaneResult::fromJson(const QJsonValue &value,
                                                             JsonError *error, const QString &path)
{
    auto lane = CompareLane::fromJson(value, error, path);
    if (!lane)
        return std::nullopt;
    JsonFields fields(value, path, error);
    CompareLaneResult result;
    result.lane = *lane;
    QString state;
    QJsonArray runs;
    if (!fields.optionalString(u"state"_s, &state) || !fields.optionalArray(u"attempts"_s, &runs))
        return std::nullopt;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        auto run = ConversationRun::fromJson(
            runs.at(i), error, fields.childPath(u"attempts"_s) + u'[' + QString::number(i) + u']');
        if (!run)
            return std::nullopt;
        result.attempts << *run;
    }
    if (state.isEmpty()) {
        result.state = finalState(result.attempts);
    } else if (const auto known = compareStateFromName(state)) {
        result.state = *known;
    } else {
        fields.fail(u"state"_s, u"expected pending, queued, running, succeeded, failed or "
                                u"cancelled, not \"%1\""_s.arg(state));
        return std::nullopt;
    }
    return result;
}

} // namespace modelkit
