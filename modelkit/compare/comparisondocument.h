// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/comparelaneresult.h"
#include "compare/comparemarks.h"
#include "conversation/preservedjson.h"
#include "core/completionrequest.h"
#include "core/jsonerror.h"

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace modelkit {

//! A saved comparison: the shared request, every lane with its configuration, state and
//! attempts, and (for readers of the file) the lanes' summaries and the marks.
//!
//! JSON, the `modelkit.comparison` format, version 1:
//! ```
//! {"format": "modelkit.comparison", "version": 1, "id": UUID, "title": string | null,
//!  "created_at": ISO 8601 UTC | null, "stream": true,
//!  "request": CompletionRequest (messages, tools, tool_choice, json_output, parameters,
//!             extra_create_args),
//!  "concurrency_limits": {"<profile or provider>": positive integer},
//!  "lanes": [CompareLaneResult: {"id", "label", "profile", "provider", "model",
//!            "parameters", "system_prompt", "repeat", "cache": true | false | null,
//!            "state", "attempts": [ConversationRun…], "summary": CompareLaneSummary}],
//!  "marks": {"fastest": [lane id…], "cheapest": [...], "longest": [...]}}
//! ```
//! `summary` and `marks` are derived: written for people and scripts, recomputed from the
//! attempts when read. Profiles are named, never their keys; exchanges are redacted (see
//! ConversationRun). Fields this version does not know are kept (PreservedJson), unknown
//! parameters (of the request or a lane) included. A file of a newer version is refused
//! with a message saying so. The full description: comparison-format.md in this folder
//! (JSON Schema: modelkit.comparison.v1.schema.json).
struct ComparisonDocument
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonDocument)

public:
    static QString formatName() { return QStringLiteral("modelkit.comparison"); }
    static constexpr int currentVersion = 1;
    //! The most lanes a comparison has.
    static constexpr int maxLanes = 8;

    QString id; //!< a UUID without braces
    QString title;
    QDateTime createdAt; //!< UTC
    bool streaming = true;
    CompletionRequest request;
    //! Profile (or provider) name → how many of its lanes may run at once.
    QMap<QString, int> concurrencyLimits;
    QList<CompareLaneResult> lanes;
    //! What was read from a file (kept for re-export).
    PreservedJson preserved;

    QList<CompareLaneSummary> summaries() const;
    CompareMarks marks() const { return CompareMarks::of(summaries()); }
    //! The index of the lane with `id`, or -1.
    qsizetype indexOf(const QString &laneId) const;

    QJsonObject toJson() const;
    //! Checks `format` and `version`, then reads the document; errors carry a JSONPath.
    static std::optional<ComparisonDocument> fromJson(const QJsonValue &value,
                                                      JsonError *error = nullptr,
                                                      const QString &path = QStringLiteral("$"));

    //! The canonical bytes: indented JSON (4 spaces), keys sorted, ending in a newline.
    //! Writing what was read from such bytes gives the same bytes.
    QByteArray toBytes() const;
    //! Reads toBytes()' output (or any JSON of the format). JSON that does not parse is
    //! reported as "line L, column C: …" with an empty path.
    static std::optional<ComparisonDocument> fromBytes(const QByteArray &bytes,
                                                       JsonError *error = nullptr);

    //! Reads the file at `path`; nullopt with "FILE: $.path: message" (translated) in `error`.
    //! Files over ConversationImporter::maxFileSize are refused unread.
    static std::optional<ComparisonDocument> readFile(const QString &path, QString *error);
    //! Writes toBytes() to `path`, replacing the file only once everything was written.
    bool writeFile(const QString &path, QString *error) const;

    bool operator==(const ComparisonDocument &) const = default;
};

} // namespace modelkit
