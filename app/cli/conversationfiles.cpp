// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/conversationfiles.h"

#include "cli/console.h"

#include <cstdio>

#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

std::optional<Conversation> ConversationFiles::read(const QString &path, QString *error,
                                                    ConversationImporter::Format *format)
{
    ImportError importError;
    auto conversation = ConversationImporter::importFile(path, &importError, format);
    if (!conversation)
        *error = importError.toString();
    return conversation;
}

bool ConversationFiles::write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path.isEmpty() || path == u"-") {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ConversationFiles::warnUnsupported(const QString &path, const Conversation &conversation)
{
    for (const QString &what : conversation.unsupportedContent())
        Console::err(tr("modelkit: warning: %1: %2 is left out (this version cannot send it)\n")
                         .arg(path, what));
}

} // namespace playground::cli
