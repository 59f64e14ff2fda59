// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace playground {

//! The one place widgets get icons from: the desktop's icon theme first, Qt's built-in
//! style icons when the theme lacks one (headless machines, other desktops).
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
