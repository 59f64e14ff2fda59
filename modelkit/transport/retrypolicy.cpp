// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "transport/retrypolicy.h"

#include <cmath>
#include <limits>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

// The value comes from the server: a double beyond qint64 must not be converted (UB).
qint64 saturatedMs(double ms)
{
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    return ms >= double(max) ? max : qint64(ms);
}

} // namespace

std::optional<qint64> RetryPolicy::serverDelayMs(const HttpHeaders &headers, const QDateTime &now)
{
    bool ok = false;
    const QByteArray ms = headerValue(headers, "retry-after-ms").trimmed();
    if (!ms.isEmpty()) {
        const double value = ms.toDouble(&ok);
        if (ok && std::isfinite(value) && value >= 0)
            return saturatedMs(value);
    }
    const QByteArray after = headerValue(headers, "retry-after").trimmed();
    if (after.isEmpty())
        return std::nullopt;
    const double seconds = after.toDouble(&ok);
    if (ok)
        return std::isfinite(seconds) && seconds >= 0 ? std::optional(saturatedMs(seconds * 1000.0))
                                                      : std::nullopt;
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 §5.6.7).
    QDateTime date = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date);
    if (!date.isValid()) {
        const QDateTime local = QLocale::c().toDateTime(
            QString::fromLatin1(after).remove(u" GMT"_s), u"ddd, dd MMM yyyy HH:mm:ss"_s);
        date = QDateTime(local.date(), local.time(), Qt::UTC);
    }
    if (!date.isValid())
        return std::nullopt;
    const qint64 delta = now.msecsTo(date);
    return delta >= 0 ? std::optional(delta) : std::optional<qint64>(0);
}

bool RetryPolicy::isRetryableStatus(int status, const HttpHeaders &headers)
{
    const QByteArray should = headerValue(headers, "x-should-retry").trimmed().toLower();
    if (should == "true")
        return true;
    if (should == "false")
        return false;
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

qint64 RetryPolicy::backoffMs(int retriesTaken, double random01, int initialMs, int maxMs)
{
    const double base = std::min(double(initialMs) * std::pow(2.0, retriesTaken), double(maxMs));
    return qint64(base * (1.0 - 0.25 * random01));
}

} // namespace modelkit
