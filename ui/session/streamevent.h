// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace playground {

//! One entry of a run's stream timeline: what arrived, when, and how much.
struct StreamEvent
{
    enum class Kind { Text, Thought, ToolCall, Finished, Failed };
    Kind kind = Kind::Text;
    qint64 atMs = 0;    //!< milliseconds since the run was sent
    qint64 chars = 0;   //!< characters in this delta
    int toolIndex = -1; //!< for ToolCall: which call the fragment belongs to
    QString toolName;   //!< for ToolCall: set on the fragment that names the call
};

} // namespace playground

// Appending to a run's timeline moves events; let QList memmove them.
Q_DECLARE_TYPEINFO(playground::StreamEvent, Q_RELOCATABLE_TYPE);
