// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "transport/transportoptions.h"

namespace modelkit {

QString TransportOptions::megabytes(qint64 bytes)
{
    // A cap given as 0.1 MB is 104857 bytes: rounding keeps the error quoting "0.1".
    QString text = QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace modelkit
