// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

namespace playground::cli {

//! The CLI's documented exit codes.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitUsage = 2,         //!< bad arguments or input files, unimplemented provider
    ExitProvider = 3,      //!< provider, HTTP or network error (compare: every lane failed)
    ExitSomeFailed = 4,    //!< compare: some lanes failed, others succeeded
    ExitInterrupted = 130, //!< Ctrl+C: the request was cancelled
};

} // namespace playground::cli
