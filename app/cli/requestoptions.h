// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversation.h"
#include "core/completionrequest.h"

#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace playground::cli {

//! The options that describe the request itself (--request, --system, --user, --tools,
//! --tool-choice, --json, --json-schema, --param) and the CompletionRequest they make.
class RequestOptions
{
    Q_DECLARE_TR_FUNCTIONS(RequestOptions)

public:
    static void addTo(QCommandLineParser &parser);
    //! The request, or nullopt with `error` naming the file, JSON path and problem.
    //! `imported` receives the conversation of --request when the file is a
    //! modelkit.conversation document (other formats only give the request).
    static std::optional<modelkit::CompletionRequest>
    build(const QCommandLineParser &parser, QString *error,
          std::optional<modelkit::Conversation> *imported = nullptr);

private:
    static std::optional<QJsonValue> readJsonFile(const QString &path, QString *error);
};

} // namespace playground::cli
