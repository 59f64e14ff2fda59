// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/showcommand.h"

#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/conversationfiles.h"
#include "cli/exitcode.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

namespace {

const QString indent = u"   "_s;

//! `text` with every line indented `depth` times.
QString block(const QString &text, int depth = 1)
{
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += indent.repeated(depth) + line + u'\n';
    return out;
}

QString time(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s
                        : ShowCommand::tr("unknown");
}

QString compact(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

QString imageText(const Image &image)
{
    if (image.isUrl())
        return ShowCommand::tr("[image %1]").arg(image.url.toString());
    const qsizetype bytes = QByteArray::fromBase64(image.base64Data).size();
    return ShowCommand::tr("[image %1, %2 bytes]")
        .arg(image.mimeType.isEmpty() ? ShowCommand::tr("of unknown type") : image.mimeType,
             QString::number(bytes));
}

QString callsText(const QList<FunctionCall> &calls)
{
    QString out;
    for (const FunctionCall &call : calls)
        out += indent + ShowCommand::tr("%1(%2)  id %3\n").arg(call.name, call.arguments, call.id);
    return out;
}

QString messageText(qsizetype number, const ConversationMessage &entry)
{
    const QString head = u"#%1 "_s.arg(number);
    if (!entry.isKnown())
        return head
               + ShowCommand::tr("%1 (a message type this version does not know; kept as "
                                 "is)\n")
                     .arg(entry.typeName());
    const LlmMessage &message = *entry.message();
    QString out;
    if (const auto *system = std::get_if<SystemMessage>(&message)) {
        out = head + ShowCommand::tr("system") + u'\n' + block(system->content);
    } else if (const auto *user = std::get_if<UserMessage>(&message)) {
        out = head + ShowCommand::tr("user");
        if (user->source != u"user")
            out += ShowCommand::tr(" (source %1)").arg(user->source);
        out += u'\n';
        if (const auto *text = std::get_if<QString>(&user->content)) {
            out += block(*text);
        } else {
            for (const UserContentPart &part : std::get<QList<UserContentPart>>(user->content)) {
                if (const auto *text = std::get_if<QString>(&part))
                    out += block(*text);
                else
                    out += indent + imageText(std::get<Image>(part)) + u'\n';
            }
        }
    } else if (const auto *assistant = std::get_if<AssistantMessage>(&message)) {
        out = head + ShowCommand::tr("assistant");
        if (assistant->source != u"assistant")
            out += ShowCommand::tr(" (source %1)").arg(assistant->source);
        if (assistant->hasFunctionCalls())
            out += ShowCommand::tr(" · function calls");
        out += u'\n';
        if (assistant->thought)
            out += block(ShowCommand::tr("[thought] %1").arg(*assistant->thought));
        if (const auto *text = std::get_if<QString>(&assistant->content))
            out += block(*text);
        else
            out += callsText(std::get<QList<FunctionCall>>(assistant->content));
    } else {
        out = head + ShowCommand::tr("tool results") + u'\n';
        for (const FunctionExecutionResult &result :
             std::get<FunctionExecutionResultMessage>(message).content) {
            out += indent
                   + (result.isError ? ShowCommand::tr("%1 (%2) failed:")
                                     : ShowCommand::tr("%1 (%2):"))
                         .arg(result.name.isEmpty() ? ShowCommand::tr("(unnamed)") : result.name,
                              result.callId)
                   + u'\n' + block(result.content, 2);
        }
    }
    for (const QString &what : entry.unsupportedContent())
        out += indent + ShowCommand::tr("[%1, kept as is]").arg(what) + u'\n';
    return out;
}

QString runText(qsizetype number, const ConversationRun &run)
{
    QStringList head{time(run.startedAt)};
    QString target = run.provider;
    if (!run.model.isEmpty())
        target += u' ' + run.model;
    if (!run.profileName.isEmpty())
        target += ShowCommand::tr(" (profile %1)").arg(run.profileName);
    if (!target.trimmed().isEmpty())
        head << target.trimmed();
    head << (run.streaming ? ShowCommand::tr("streamed") : ShowCommand::tr("not streamed"));
    QStringList facts;
    if (run.result)
        facts << finishReasonName(run.result->finishReason);
    if (run.result && run.result->cached)
        facts << ShowCommand::tr("cached");
    facts << ShowCommand::tr("%1 prompt + %2 completion tokens%3")
                 .arg(QString::number(run.usage.promptTokens),
                      QString::number(run.usage.completionTokens),
                      run.usageEstimated ? ShowCommand::tr(" (estimated)") : QString());
    facts << (run.costUsd ? u"$"_s + QString::number(*run.costUsd, 'f', 6)
                          : ShowCommand::tr("cost unknown"));
    if (run.timeToFirstTokenMs)
        facts << ShowCommand::tr("first token %1 ms").arg(*run.timeToFirstTokenMs);
    if (run.totalMs)
        facts << ShowCommand::tr("total %1 ms").arg(*run.totalMs);
    if (run.tokensPerSecond)
        facts << ShowCommand::tr("%1 tokens/s").arg(*run.tokensPerSecond, 0, 'f', 1);
    QString out = u"  %1. "_s.arg(number) + head.join(u" · "_s) + u'\n' + u"     "_s
                  + facts.join(u" · "_s) + u'\n';
    if (run.error)
        out += u"     "_s + ShowCommand::tr("failed: %1").arg(run.error->toString()) + u'\n';
    return out;
}

} // namespace

QString ShowCommand::render(const Conversation &conversation)
{
    QString out = conversation.title.isEmpty()
                      ? tr("Conversation (untitled)\n")
                      : tr("Conversation \"%1\"\n").arg(conversation.title);
    out += u"  "_s
           + tr("id %1 · created %2 · updated %3")
                 .arg(conversation.id.isEmpty() ? tr("(none)") : conversation.id,
                      time(conversation.createdAt), time(conversation.updatedAt))
           + u'\n';
    QStringList where;
    if (!conversation.profileName.isEmpty())
        where << tr("profile %1").arg(conversation.profileName);
    if (!conversation.provider.isEmpty())
        where << tr("provider %1").arg(conversation.provider);
    if (!conversation.model.isEmpty())
        where << tr("model %1").arg(conversation.model);
    if (!where.isEmpty())
        out += u"  "_s + where.join(u" · "_s) + u'\n';
    QStringList request;
    if (!conversation.tools.isEmpty()) {
        QStringList names;
        for (const ToolSchema &tool : conversation.tools)
            names << tool.name;
        request << tr("tools %1").arg(names.join(u", "_s));
    }
    if (conversation.toolChoice.mode != ToolChoice::Mode::Auto)
        request << tr("tool_choice %1").arg(compact(conversation.toolChoice.toJson()));
    if (conversation.jsonOutput.mode == JsonOutput::Mode::JsonObject)
        request << tr("output JSON object");
    else if (conversation.jsonOutput.mode == JsonOutput::Mode::JsonSchema)
        request << tr("output JSON schema \"%1\"").arg(conversation.jsonOutput.name);
    if (!request.isEmpty())
        out += u"  "_s + request.join(u" · "_s) + u'\n';
    const QJsonObject parameters = conversation.parameters.toJson();
    if (!parameters.isEmpty()) {
        QStringList pairs;
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            pairs << it.key() + u'=' + compact(it.value());
        out += u"  "_s + tr("parameters %1").arg(pairs.join(u", "_s)) + u'\n';
    }
    if (!conversation.extraCreateArgs.isEmpty())
        out += u"  "_s + tr("extra_create_args %1").arg(compact(conversation.extraCreateArgs))
               + u'\n';
    out += u'\n';
    if (conversation.messages.isEmpty())
        out += tr("No messages.\n");
    for (qsizetype i = 0; i < conversation.messages.size(); ++i)
        out += messageText(i + 1, conversation.messages.at(i));
    if (!conversation.runs.isEmpty()) {
        out += u'\n' + tr("Runs (%1):\n").arg(conversation.runs.size());
        for (qsizetype i = 0; i < conversation.runs.size(); ++i)
            out += runText(i + 1, conversation.runs.at(i));
    }
    return out;
}

int ShowCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a conversation for reading."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s,
                                 tr("The conversation (any format \"modelkit import\" reads)."));
    if (const auto stop = CommandLine::parse(parser, arguments, CommandLine::Positional::Allowed))
        return *stop;
    if (parser.positionalArguments().size() != 1) {
        Console::error(tr("show takes exactly one FILE"));
        return ExitUsage;
    }
    QString error;
    const auto conversation = ConversationFiles::read(parser.positionalArguments().first(), &error);
    if (!conversation) {
        Console::error(error);
        return ExitUsage;
    }
    Console::out(render(*conversation));
    return ExitSuccess;
}

} // namespace playground::cli
