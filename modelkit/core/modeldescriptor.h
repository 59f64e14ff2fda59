// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! One entry of a provider's model listing.
struct ModelDescriptor
{
    QString id;
    QString displayName;
    QString ownedBy;
    qint64 created = 0;       //!< seconds since the epoch, 0 if unknown
    qint64 contextWindow = 0; //!< when the listing says so
    QJsonObject raw;

    QJsonObject toJson() const;
};

} // namespace modelkit
