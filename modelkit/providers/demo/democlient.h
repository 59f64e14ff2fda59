// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/chatcompletionclient.h"
#include "providers/replay/replaycompletionjob.h"

#include <memory>
#include <optional>

namespace modelkit {

class DemoReplies;

//! The built-in offline provider: answers locally, with no key and no network, in
//! realistically paced streams (played by ReplayCompletionJob). The reply depends only on the
//! request's shape, never on chance (only the pacing jitters):
//! - the last message is a FunctionExecutionResultMessage → a Markdown answer quoting each
//!   result ("According to `get_weather`: > …"), finish_reason stop;
//! - tools are given and tool_choice is not "none" → one call to the named tool (else the
//!   first), its arguments made from the tool's JSON Schema by SchemaExample, finish_reason
//!   function_calls;
//! - JSON output is requested → a JSON object (from the schema when there is one);
//! - otherwise a Markdown reply that quotes the question and says it comes from the Demo
//!   provider.
//! Model "demo-reasoner" (the default) streams a thought first; "demo-fast" has none and is
//! paced faster. Stop sequences cut text replies, and `max_tokens` truncates them (finish
//! reason length; the thought is not counted). Usage: prompt tokens are countTokens()' estimate,
//! completion tokens the estimate of the reply plus the thought (= reasoning tokens). Results
//! are not marked `cached` (the Demo stands in for a live provider); `raw` is
//! `{"object": "demo.completion", "id", "model", "scenario": chat|tool_call|tool_answer|json}`.
//!
//! The fixed text lives in `resources/demo/demo-replies.json` (compiled in as
//! `:/modelkit/demo/demo-replies.json`) so it can be edited and translated without code:
//! ```
//! { "format": "modelkit.demo-replies", "version": 1,
//!   "limits": {"excerpt_chars": 80, "result_chars": 280, "query_words": 8},   // optional
//!   "texts": {"no_question", "image_note", "empty_result", "unnamed_tool",
//!             "json_object_target", "json_schema_target", "list_separator": <string>},
//!   "thoughts": {"chat" | "tool_call" | "tool_answer" | "json": [<template>, …]},
//!   "replies": {"chat" | "tool_answer_opening" | "tool_answer_result" | "tool_answer_error"
//!               | "tool_answer_closing": [<template>, …],
//!               "json_object": {<the reply to json_output without a schema>}},
//!   "values": {"string": "example",                       // optional: SchemaExample hints
//!              "by_name": [{"names": ["location", "city"], "value": "Paris"}, …],
//!              "query_names": ["query", "search", …],     // take the user's words
//!              "place_names": ["location", "city", …],    // take a place the user named
//!              "place_prepositions": ["in", "to", …],     // "weather in Lyon" names Lyon
//!              "by_format": {"date": "2025-06-01", …}} }
//! ```
//! A <template> is a string or an array of lines (joined with "\n"); a list holds variants,
//! one chosen by a stable hash of the question. `{placeholder}`s: excerpt (the last user
//! message, shortened), model, message_count, tool_count, prompt_tokens, image_note (chat);
//! tool, arguments (tool_call); tools, result_count, and per result tool, quote (tool_answer);
//! json_target (json; `json_schema_target` may use schema_name). Unknown ones stay as written.
//! If the data cannot be read, every call fails with a Provider ModelError saying why.
class DemoClient : public ChatCompletionClient
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView reasonerModel{"demo-reasoner"};
    static constexpr QLatin1StringView fastModel{"demo-fast"};

    //! An empty `model` means "demo-reasoner". Other names than the two demo models make
    //! every call fail with NotFound, as a real provider would.
    explicit DemoClient(const QString &model = {}, QObject *parent = nullptr);
    ~DemoClient() override;

    ModelInfo modelInfo() const override;
    QString model() const override { return m_model; }
    void setModel(const QString &model);
    QString providerName() const override { return QStringLiteral("demo"); }
    //! Both demo models.
    ModelListJob *listModels() override;
    static QStringList models();

    //! The model's own pacing unless setPacing() overrode it.
    ReplayCompletionJob::Pacing pacing() const;
    //! Overrides the pacing of later calls (tests use zero delays); resetPacing() undoes it.
    void setPacing(const ReplayCompletionJob::Pacing &pacing) { m_pacingOverride = pacing; }
    void resetPacing() { m_pacingOverride.reset(); }
    static ReplayCompletionJob::Pacing defaultPacing(const QString &model);

    //! Reads the reply data from `path` instead of the built-in resource (for editing the
    //! texts without rebuilding). Returns false, and later calls fail, when it cannot be read.
    bool loadReplies(const QString &path);
    //! Why the reply data could not be read, or empty.
    QString repliesError() const { return m_repliesError; }

protected:
    CompletionJob *start(const CompletionRequest &request, bool streaming) override;

private:
    CreateResult compose(const CompletionRequest &request);

    std::shared_ptr<const DemoReplies> m_replies;
    QString m_repliesError;
    QString m_model;
    std::optional<ReplayCompletionJob::Pacing> m_pacingOverride;
    int m_responses = 0;
    int m_calls = 0;
};

} // namespace modelkit
