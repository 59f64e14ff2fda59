// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversation.h"

#include <QCoreApplication>
#include <QStringList>

namespace playground::cli {

//! `modelkit show FILE`: a conversation (any format "modelkit import" reads) for reading:
//! its settings, every message (text, images, function calls, tool results; unknown ones
//! named) and every run with its outcome, usage, cost and timings.
class ShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    //! `arguments`: the program followed by what came after "show". Returns the exit code.
    static int run(const QStringList &arguments);
    //! The text show prints.
    static QString render(const modelkit::Conversation &conversation);
};

} // namespace playground::cli
