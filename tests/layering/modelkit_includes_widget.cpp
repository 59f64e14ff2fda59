// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// Must NOT compile: modelkit links only Qt Core and Network, so a widget header is not on
// its include path. The layering test builds this file with modelkit's settings and
// passes only when the build fails.
#include "core/createresult.h"

#include <QWidget>

int main()
{
    QWidget widget;
    return 0;
}
