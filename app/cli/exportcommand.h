// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace playground::cli {

//! `modelkit export FILE [-o OUT] [--as json|curl|python|body] [provider options]
//! [--stream]`: writes a conversation canonically (`json`, the default: exporting an export
//! changes nothing) or its request as code (modelkit::CodeExport): a curl command, a Python
//! script with autogen-ext, or the JSON body. The provider comes from --profile/--provider
//! (the chat command's options) or else from the conversation; keys are environment
//! variable references, never values.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    //! `arguments`: the program followed by what came after "export". Returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace playground::cli
