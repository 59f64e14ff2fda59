// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/demo/democlient.h"

#include "core/tokenestimator.h"
#include "providers/demo/demoreplies.h"
#include "providers/demo/schemaexample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

constexpr qint64 contextWindow = 128000;
constexpr qint64 maxOutputTokens = 8192;

//! The built-in data, read once per process.
struct Builtin
{
    std::shared_ptr<const DemoReplies> replies;
    QString error;
};

const Builtin &builtin()
{
    static const Builtin data = [] {
        Builtin b;
        if (auto replies = DemoReplies::load(DemoReplies::builtinPath(), &b.error))
            b.replies = std::make_shared<const DemoReplies>(std::move(*replies));
        return b;
    }();
    return data;
}

struct Question
{
    QString text;
    bool hasImages = false;
};

Question lastQuestion(const QList<LlmMessage> &messages)
{
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (const auto *user = std::get_if<UserMessage>(&*it))
            return {user->text(), user->hasImages()};
    }
    return {};
}

//! At most `maxChars` characters, cut at a word boundary where there is one, with "…".
QString shorten(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    QString cut = text.left(maxChars);
    const qsizetype space = cut.lastIndexOf(QRegularExpression(u"\\s"_s));
    if (space > maxChars / 2)
        cut.truncate(space);
    return cut.trimmed() + u'…';
}

//! FNV-1a: unlike qHash, the same in every run, so the same question picks the same variant.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QString withoutPunctuation(QString word)
{
    static const QRegularExpression edges(u"^[^\\w]+|[^\\w]+$"_s,
                                          QRegularExpression::UseUnicodePropertiesOption);
    return word.remove(edges);
}

//! The first `count` words of the user's message, without surrounding punctuation.
QString queryText(const QString &text, int count)
{
    QStringList words;
    const QStringList all = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : all) {
        if (const QString bare = withoutPunctuation(word); !bare.isEmpty())
            words << bare;
        if (words.size() >= count)
            break;
    }
    return words.join(u' ');
}

//! The capitalised words after the first place preposition: "weather in New York?" →
//! "New York"; empty when the message names no place that way.
QString placeText(const QString &text, const QStringList &prepositions)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (!prepositions.contains(withoutPunctuation(words.at(i)).toLower()))
            continue;
        QStringList place;
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            const QString bare = withoutPunctuation(words.at(j));
            if (bare.isEmpty() || !bare.front().isUpper())
                break;
            place << bare;
            if (!words.at(j).back().isLetterOrNumber()) // "Lyon?" or "Paris," ends the name
                break;
        }
        if (!place.isEmpty())
            return place.join(u' ');
    }
    return {};
}

//! What SchemaExample fills in for this question.
SchemaExample::Hints hintsFor(const DemoReplies &data, const QString &question)
{
    SchemaExample::Hints hints = data.valueHints();
    hints.queryText = queryText(question, data.queryWords());
    hints.placeText = placeText(question, data.placePrepositions());
    return hints;
}

QString scalarJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

//! JSON on one line with a space after ':' and ',' (as models write tool arguments), which
//! also streams in several pieces.
QString argumentsJson(const QJsonValue &value)
{
    QStringList parts;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << scalarJson(it.key()) + u": " + argumentsJson(it.value());
        return u'{' + parts.join(u", "_s) + u'}';
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            parts << argumentsJson(item);
        return u'[' + parts.join(u", "_s) + u']';
    }
    return scalarJson(value);
}

//! A JSON reply as the user would like to read it.
QString replyJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson()).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson()).trimmed();
    return scalarJson(value);
}

//! A tool's output for Markdown: JSON in a fenced block, anything else as a block quote.
QString quoteResult(const QString &content, int maxChars, const QString &empty)
{
    const QString trimmed = content.trimmed();
    if (trimmed.isEmpty())
        return u"> "_s + empty;
    const QString shortened = shorten(trimmed, maxChars);
    if ((trimmed.startsWith(u'{') || trimmed.startsWith(u'['))
        && !QJsonDocument::fromJson(trimmed.toUtf8()).isNull())
        return u"```json\n"_s + shortened + u"\n```"_s;
    QStringList lines = shortened.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed().isEmpty() ? u">"_s : u"> "_s + line;
    return lines.join(u'\n');
}

//! The tool a result belongs to: its own name, else the name of the call with its id.
QString resultToolName(const FunctionExecutionResult &result, const QList<LlmMessage> &messages)
{
    if (!result.name.isEmpty())
        return result.name;
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        const auto *assistant = std::get_if<AssistantMessage>(&*it);
        if (!assistant || !assistant->hasFunctionCalls())
            continue;
        for (const FunctionCall &call : std::get<QList<FunctionCall>>(assistant->content)) {
            if (call.id == result.callId)
                return call.name;
        }
    }
    return {};
}

//! Where the earliest stop sequence starts, or -1.
qsizetype stopIndex(const QString &text, const QStringList &stops)
{
    qsizetype first = -1;
    for (const QString &stop : stops) {
        if (stop.isEmpty())
            continue;
        const qsizetype at = text.indexOf(stop);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    return first;
}

//! The longest prefix of `text` (in the word pieces a stream uses) within `maxTokens`.
QString withinTokens(const QString &text, qint64 maxTokens)
{
    static const QRegularExpression word(u"\\s*\\S+\\s*"_s);
    qint64 tokens = 0;
    qsizetype end = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        tokens += TokenEstimator::text(match.capturedView());
        if (tokens > maxTokens)
            break;
        end = match.capturedEnd();
    }
    return text.left(end).trimmed();
}

} // namespace

DemoClient::DemoClient(const QString &model, QObject *parent)
    : ChatCompletionClient(parent), m_replies(builtin().replies), m_repliesError(builtin().error)
{
    setModel(model);
}

DemoClient::~DemoClient() = default;

void DemoClient::setModel(const QString &model)
{
    m_model = model.isEmpty() ? QString(reasonerModel) : model;
}

QStringList DemoClient::models()
{
    return {QString(reasonerModel), QString(fastModel)};
}

ModelInfo DemoClient::modelInfo() const
{
    ModelInfo info;
    info.vision = true;
    info.functionCalling = true;
    info.jsonOutput = true;
    info.structuredOutput = true;
    info.multipleSystemMessages = true;
    info.family = u"demo"_s;
    info.contextWindow = contextWindow;
    info.maxOutputTokens = maxOutputTokens;
    return info;
}

ModelListJob *DemoClient::listModels()
{
    ModelDescriptor reasoner;
    reasoner.id = reasonerModel;
    reasoner.displayName = tr("Demo reasoner (offline)");
    reasoner.ownedBy = u"modelkit"_s;
    reasoner.contextWindow = contextWindow;
    ModelDescriptor fast = reasoner;
    fast.id = fastModel;
    fast.displayName = tr("Demo fast (offline)");
    return ModelListJob::ready({reasoner, fast}, this);
}

ReplayCompletionJob::Pacing DemoClient::defaultPacing(const QString &model)
{
    if (model == fastModel)
        return {250, 8, 4};
    return {600, 18, 10};
}

ReplayCompletionJob::Pacing DemoClient::pacing() const
{
    return m_pacingOverride.value_or(defaultPacing(m_model));
}

bool DemoClient::loadReplies(const QString &path)
{
    QString error;
    auto replies = DemoReplies::load(path, &error);
    if (!replies) {
        m_replies.reset();
        m_repliesError = path + u": " + error;
        return false;
    }
    m_replies = std::make_shared<const DemoReplies>(std::move(*replies));
    m_repliesError.clear();
    return true;
}

CompletionJob *DemoClient::start(const CompletionRequest &request, bool streaming)
{
    if (!m_replies) {
        return CompletionJob::failed(
            ModelError::make(ModelError::Kind::Provider,
                             tr("The Demo provider's scripted replies could not be read (%1).")
                                 .arg(m_repliesError)),
            streaming, this);
    }
    if (!models().contains(m_model)) {
        return CompletionJob::failed(
            ModelError::make(ModelError::Kind::NotFound,
                             tr("The Demo provider has no model \"%1\"; it offers %2 and %3.")
                                 .arg(m_model, reasonerModel, fastModel)),
            streaming, this);
    }
    auto *job = new ReplayCompletionJob(compose(request), pacing(), streaming, this);
    QMetaObject::invokeMethod(job, &ReplayCompletionJob::start, Qt::QueuedConnection);
    return job;
}

CreateResult DemoClient::compose(const CompletionRequest &request)
{
    const DemoReplies &data = *m_replies;
    const Question question = lastQuestion(request.messages);
    QString excerpt = shorten(question.text.simplified(), data.excerptChars());
    if (excerpt.isEmpty())
        excerpt = data.text(u"no_question"_s);
    const quint32 seed = stableHash(excerpt);
    const qint64 promptTokens = countTokens(request.messages, request.tools);
    DemoReplies::Vars vars{
        {u"excerpt"_s, excerpt},
        {u"model"_s, m_model},
        {u"message_count"_s, QString::number(request.messages.size())},
        {u"tool_count"_s, QString::number(request.tools.size())},
        {u"prompt_tokens"_s, QString::number(promptTokens)},
        {u"image_note"_s, question.hasImages ? data.text(u"image_note"_s) : QString()},
    };

    CreateResult result;
    result.model = m_model;
    result.responseId = u"demo-"_s + QString::number(++m_responses);
    result.finishReason = FinishReason::Stop;
    QString thought;
    QString text;
    QString scenario;
    const auto *results
        = request.messages.isEmpty()
              ? nullptr
              : std::get_if<FunctionExecutionResultMessage>(&request.messages.constLast());

    if (results) {
        scenario = u"tool_answer"_s;
        QStringList names;
        QStringList sections;
        for (const FunctionExecutionResult &r : results->content) {
            QString name = resultToolName(r, request.messages);
            if (name.isEmpty())
                name = data.text(u"unnamed_tool"_s);
            if (const QString quoted = u'`' + name + u'`'; !names.contains(quoted))
                names << quoted;
            DemoReplies::Vars resultVars = vars;
            resultVars.insert(u"tool"_s, name);
            resultVars.insert(u"quote"_s, quoteResult(r.content, data.resultChars(),
                                                      data.text(u"empty_result"_s)));
            sections << data.compose(r.isError ? u"replies.tool_answer_error"_s
                                               : u"replies.tool_answer_result"_s,
                                     resultVars, seed);
        }
        vars.insert(u"tools"_s, names.join(data.text(u"list_separator"_s)));
        vars.insert(u"result_count"_s, QString::number(results->content.size()));
        sections.prepend(data.compose(u"replies.tool_answer_opening"_s, vars, seed));
        sections << data.compose(u"replies.tool_answer_closing"_s, vars, seed);
        text = sections.join(u"\n\n"_s);
        thought = data.compose(u"thoughts.tool_answer"_s, vars, seed);
    } else if (!request.tools.isEmpty() && request.toolChoice.mode != ToolChoice::Mode::None) {
        scenario = u"tool_call"_s;
        ToolSchema tool = request.tools.constFirst();
        if (request.toolChoice.mode == ToolChoice::Mode::Named) {
            for (const ToolSchema &candidate : request.tools) {
                if (candidate.name == request.toolChoice.name)
                    tool = candidate;
            }
        }
        QJsonValue arguments
            = SchemaExample::generate(tool.parameters, hintsFor(data, question.text));
        if (!arguments.isObject())
            arguments = QJsonObject();
        FunctionCall call;
        call.id = u"call_demo_"_s + QString::number(++m_calls);
        call.name = tool.name;
        call.arguments = argumentsJson(arguments);
        vars.insert(u"tool"_s, tool.name);
        vars.insert(u"arguments"_s, call.arguments);
        thought = data.compose(u"thoughts.tool_call"_s, vars, seed);
        result.content = QList<FunctionCall>{call};
        result.finishReason = FinishReason::FunctionCalls;
    } else if (request.jsonOutput.mode != JsonOutput::Mode::Off) {
        scenario = u"json"_s;
        const bool withSchema = request.jsonOutput.mode == JsonOutput::Mode::JsonSchema;
        const QString schemaName
            = request.jsonOutput.name.isEmpty() ? u"response"_s : request.jsonOutput.name;
        vars.insert(u"json_target"_s,
                    withSchema ? DemoReplies::substitute(data.text(u"json_schema_target"_s),
                                                         {{u"schema_name"_s, schemaName}})
                               : data.text(u"json_object_target"_s));
        text = replyJson(withSchema ? SchemaExample::generate(request.jsonOutput.schema,
                                                              hintsFor(data, question.text))
                                    : QJsonValue(data.jsonObjectReply(vars)));
        thought = data.compose(u"thoughts.json"_s, vars, seed);
    } else {
        scenario = u"chat"_s;
        text = data.compose(u"replies.chat"_s, vars, seed);
        // An empty placeholder line (no image note) leaves no gap behind.
        static const QRegularExpression gaps(u"\\n{3,}"_s);
        text.replace(gaps, u"\n\n"_s);
        thought = data.compose(u"thoughts.chat"_s, vars, seed);
    }

    if (!result.hasFunctionCalls()) {
        if (const qsizetype stop = stopIndex(text, request.parameters.stop); stop >= 0)
            text.truncate(stop);
        const std::optional<qint64> maxTokens = request.parameters.maxTokens;
        if (maxTokens && *maxTokens >= 0 && TokenEstimator::text(text) > *maxTokens) {
            text = withinTokens(text, *maxTokens);
            result.finishReason = FinishReason::Length;
        }
        result.content = text;
    }

    const bool reasoner = m_model == reasonerModel;
    if (reasoner)
        result.thought = thought;
    result.usage.promptTokens = promptTokens;
    if (const auto *calls = std::get_if<QList<FunctionCall>>(&result.content)) {
        for (const FunctionCall &call : *calls)
            result.usage.completionTokens
                += TokenEstimator::text(call.name) + TokenEstimator::text(call.arguments);
    } else {
        result.usage.completionTokens = TokenEstimator::text(text);
    }
    if (reasoner) {
        result.usage.reasoningTokens = TokenEstimator::text(thought);
        result.usage.completionTokens += result.usage.reasoningTokens;
    }
    result.raw = {{u"object"_s, u"demo.completion"_s},
                  {u"id"_s, result.responseId},
                  {u"model"_s, m_model},
                  {u"scenario"_s, scenario}};
    return result;
}

} // namespace modelkit
