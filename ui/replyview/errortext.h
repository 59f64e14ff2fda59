// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/modelerror.h"

#include <QCoreApplication>
#include <QString>

namespace playground {

//! How a typed error reads in a banner: its kind and HTTP status in bold, the provider's
//! message, then its code, request id and retry hint (rich text, escaped).
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString html(const modelkit::ModelError &error);
};

} // namespace playground
