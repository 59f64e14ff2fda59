// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/finishreason.h"

using namespace Qt::StringLiterals;

namespace modelkit {

QString finishReasonName(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop:
        return u"stop"_s;
    case FinishReason::Length:
        return u"length"_s;
    case FinishReason::FunctionCalls:
        return u"function_calls"_s;
    case FinishReason::ContentFilter:
        return u"content_filter"_s;
    case FinishReason::Unknown:
        break;
    }
    return u"unknown"_s;
}

std::optional<FinishReason> finishReasonFromName(const QString &name)
{
    for (FinishReason r : {FinishReason::Stop, FinishReason::Length, FinishReason::FunctionCalls,
                           FinishReason::ContentFilter, FinishReason::Unknown}) {
        if (finishReasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace modelkit
