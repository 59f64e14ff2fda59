// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace playground::cli {

//! `modelkit import FILE [-o OUT]`: reads a conversation in any supported format (our own,
//! an OpenAI `messages` array or Chat Completions body, an Anthropic Messages body, an
//! AutoGen message list or a modelkit request) and writes it in the modelkit.conversation
//! format, to stdout or OUT. A bad file is a usage error (2) naming the file, the JSON path
//! and what was expected; nothing is written then.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    //! `arguments`: the program followed by what came after "import". Returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace playground::cli
