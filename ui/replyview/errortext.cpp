// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "replyview/errortext.h"

#include <QStringList>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

QString ErrorText::html(const ModelError &error)
{
    QString title = ModelError::kindName(error.kind);
    if (error.httpStatus > 0)
        title += u" · "_s + tr("HTTP %1").arg(error.httpStatus);
    QStringList lines;
    lines << u"<b>%1</b>"_s.arg(title.toHtmlEscaped());
    if (!error.message.isEmpty())
        lines << error.message.toHtmlEscaped().replace(u'\n', u"<br>"_s);
    QStringList details;
    if (!error.providerCode.isEmpty())
        details << tr("Provider code: %1").arg(error.providerCode).toHtmlEscaped();
    if (!error.requestId.isEmpty())
        details << tr("Request id: %1").arg(error.requestId).toHtmlEscaped();
    if (!details.isEmpty())
        lines << details.join(u" · "_s);
    if (error.retryAfterMs) {
        const qint64 seconds = (*error.retryAfterMs + 999) / 1000;
        lines << tr("The provider asks to retry in %1 s").arg(seconds).toHtmlEscaped();
    }
    return lines.join(u"<br>"_s);
}

} // namespace playground
