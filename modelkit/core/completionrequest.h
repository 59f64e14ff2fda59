// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/completionparameters.h"
#include "core/jsonoutput.h"
#include "core/llmmessage.h"
#include "core/toolchoice.h"
#include "core/toolschema.h"

#include <optional>

#include <QJsonObject>
#include <QList>

namespace modelkit {

//! Everything one call sends besides the client's own settings (model, URL, key), as in
//! AutoGen's `create(messages, tools=, tool_choice=, json_output=, extra_create_args=)`.
struct CompletionRequest
{
    QList<LlmMessage> messages;
    QList<ToolSchema> tools;
    ToolChoice toolChoice;
    JsonOutput jsonOutput;
    CompletionParameters parameters;
    //! Merged into the provider's request body last, overriding what we generated; where both
    //! hold an object at the same key the objects merge key by key (every provider alike).
    QJsonObject extraCreateArgs;

    //! Checks that hold for every provider: messages present, tools valid and unique,
    //! a named tool_choice names a listed tool. Returns an empty string when fine.
    QString validationError() const;

    QJsonObject toJson() const;
    static std::optional<CompletionRequest> fromJson(const QJsonValue &value,
                                                     JsonError *error = nullptr,
                                                     const QString &path = QStringLiteral("$"));
    bool operator==(const CompletionRequest &) const = default;
};

} // namespace modelkit
