// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversation.h"
#include "conversation/conversationimporter.h"

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace playground::cli {

//! Reading and writing conversation files for the commands: any importable format in, our
//! format (or code) out, to a file atomically or to stdout.
class ConversationFiles
{
    Q_DECLARE_TR_FUNCTIONS(ConversationFiles)

public:
    //! The conversation in `path` ("-" = stdin), or nullopt with `error` set to the
    //! importer's message (file, JSON path, what was expected).
    static std::optional<modelkit::Conversation> read(const QString &path, QString *error,
                                                      modelkit::ConversationImporter::Format *format
                                                      = nullptr);
    //! Writes `bytes` to `path` (empty or "-" = stdout), replacing the file only once
    //! everything was written.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    //! Warns on stderr about content a request from `conversation` leaves out.
    static void warnUnsupported(const QString &path, const modelkit::Conversation &conversation);
};

} // namespace playground::cli
