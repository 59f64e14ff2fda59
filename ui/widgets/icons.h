// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace playground {

//! The one place widgets get icons from: our SVGs (resources/icons), drawn in the
//! palette's text colour so they read in light and dark themes.
class Icons
{
public:
    enum class Name {
        Send,
        Stop,
        Add,
        Remove,
        MoveUp,
        MoveDown,
        Copy,
        Image,
        Format,
        Clear,
        Expand,
        Collapse,
        Error,
        Warning,
        Info,
        Tool,
        Settings,
    };
    static QIcon icon(Name name);
};

} // namespace playground
