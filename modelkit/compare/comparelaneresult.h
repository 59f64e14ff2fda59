// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/comparelane.h"
#include "compare/comparelanesummary.h"
#include "compare/comparestate.h"
#include "conversation/conversationrun.h"
#include "core/jsonerror.h"

#include <optional>

#include <QJsonObject>
#include <QList>

namespace modelkit {

//! One lane of a comparison with what came of it: its state and every attempt as a
//! ConversationRun (result or typed error, usage, cost, timings).
//!
//! JSON: the CompareLane fields plus `"state"` (compareStateName()), `"attempts":
//! [ConversationRun…]` and `"summary"` (CompareLaneSummary; written for readers of the file,
//! recomputed from the attempts when read).
struct CompareLaneResult
{
    CompareLane lane;
    CompareState state = CompareState::Pending;
    QList<ConversationRun> attempts;

    CompareLaneSummary summary() const { return CompareLaneSummary::of(attempts); }
    //! The state the attempts imply once the lane is over: Cancelled when one was stopped,
    //! else Failed when one failed, else Succeeded (Pending without attempts).
    static CompareState finalState(const QList<ConversationRun> &attempts);

    QJsonObject toJson() const;
    //! A missing `state` is finalState() of the attempts.
    static std::optional<CompareLaneResult> fromJson(const QJsonValue &value,
                                                     JsonError *error = nullptr,
                                                     const QString &path = QStringLiteral("$"));
    bool operator==(const CompareLaneResult &) const = default;
};

} // namespace modelkit
