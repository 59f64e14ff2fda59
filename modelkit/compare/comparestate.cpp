// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparestate.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

constexpr std::array<std::pair<CompareState, QStringView>, 6> names{{
    {CompareState::Pending, u"pending"},
    {CompareState::Queued, u"queued"},
    {CompareState::Running, u"running"},
    {CompareState::Succeeded, u"succeeded"},
    {CompareState::Failed, u"failed"},
    {CompareState::Cancelled, u"cancelled"},
}};

} // namespace

QString compareStateName(CompareState state)
{
    for (const auto &[value, name] : names) {
        if (value == state)
            return name.toString();
    }
    return u"pending"_s;
}

std::optional<CompareState> compareStateFromName(const QString &name)
{
    for (const auto &[value, text] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

bool isFinalCompareState(CompareState state)
{
    return state == CompareState::Succeeded || state == CompareState::Failed
           || state == CompareState::Cancelled;
}

} // namespace modelkit
