// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/chatcommand.h"

#include "cache/cachestore.h"
#include "cache/chatcompletioncache.h"
#include "catalog/modelcatalog.h"
#include "cli/cacheoptions.h"
#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/conversationfiles.h"
#include "cli/exitcode.h"
#include "cli/provideroptions.h"
#include "cli/requestoptions.h"
#include "conversation/conversationformat.h"
#include "core/chatcompletionclient.h"
#include "transport/httptransport.h"
#include "usage/usageledger.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

ChatCommand::ChatCommand(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_transport(new HttpTransport(nam, this))
{}

ChatCommand::~ChatCommand() = default;

std::optional<int> ChatCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Send one request to a model and print the reply."));
    parser.addHelpOption();
    ProviderOptions::addTo(parser);
    RequestOptions::addTo(parser);
    CacheOptions::addTo(parser);
    parser.addOptions({
        {u"stream"_s, tr("Stream the reply as it is generated.")},
        {u"output"_s, tr("text (default) or json (one CreateResult object)."), tr("FORMAT")},
        {u"no-ledger"_s, tr("Do not record this call in the usage ledger (modelkit usage).")},
        {u"save"_s,
         tr("Write the conversation to FILE (created if missing): the messages sent, the reply "
            "as an assistant message and this run (result, usage, cost, timings) appended. It "
            "continues the --request conversation, else FILE's own."),
         tr("FILE")},
    });
    if (const auto stop = CommandLine::parse(parser, arguments))
        return stop;
    const QString output = parser.isSet(u"output"_s) ? parser.value(u"output"_s) : u"text"_s;
    if (output != u"text" && output != u"json") {
        Console::error(tr("--output must be text or json"));
        return ExitUsage;
    }
    m_jsonOutput = output == u"json";
    if (!parser.isSet(u"no-ledger"_s))
        m_ledger = std::make_unique<UsageLedger>();
    m_profile = parser.value(u"profile"_s);

    QString error;
    ProviderProfile profile;
    m_client = ProviderOptions::createClient(parser, m_transport, &error, &profile);
    if (!m_client) {
        Console::error(error);
        return ExitUsage;
    }
    std::optional<Conversation> imported;
    const auto request = RequestOptions::build(parser, &error, &imported);
    if (!request) {
        Console::error(error);
        return ExitUsage;
    }
    if (parser.isSet(u"save"_s)) {
        // Checked before sending: a call must not be paid for and then not saved.
        m_savePath = parser.value(u"save"_s);
        const QFileInfo target(m_savePath);
        if (imported) {
            m_conversation = imported;
        } else if (target.exists()) {
            m_conversation = ConversationFiles::read(m_savePath, &error);
            if (!m_conversation) {
                Console::error(tr("--save: %1").arg(error));
                return ExitUsage;
            }
        } else if (!target.absoluteDir().exists()) {
            Console::error(tr("--save: the directory of %1 does not exist").arg(m_savePath));
            return ExitUsage;
        } else {
            m_conversation = Conversation::fromRequest({});
        }
        m_conversation->setRequest(*request);
        m_conversation->profileName = m_profile;
        m_conversation->provider = ProviderOptions::providerId(parser);
        m_conversation->model = m_client->model();
    }

    // --cache, else the profile's own choice (on disk, as the window keeps it).
    m_cacheStore = CacheOptions::openStore(
        parser, CacheOptions::wanted(parser, profile.cacheResponses), &error);
    if (!error.isEmpty()) {
        Console::error(error);
        return ExitUsage;
    }
    ChatCompletionClient *client = m_client.get();
    if (m_cacheStore) {
        m_cache = std::make_unique<ChatCompletionCache>(client, m_cacheStore.get());
        // Compatible servers at different URLs may serve different models under one name.
        m_cache->setKeyScope(ProviderOptions::cacheScope(*m_client, profile));
        connect(m_cache.get(), &ChatCompletionCache::cacheError, this,
                [this](const QString &message) {
                    if (m_cacheWarnings.contains(message))
                        return;
                    m_cacheWarnings << message;
                    CacheOptions::warn(message);
                });
        client = m_cache.get();
    }

    const bool streaming = parser.isSet(u"stream"_s);
    m_streaming = streaming;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_job = streaming ? client->createStream(*request) : client->create(*request);
    if (!m_jsonOutput) {
        connect(m_job, &CompletionJob::thoughtDelta, this, [this](const QString &text) {
            if (!m_inThought)
                Console::err(tr("[thinking] "));
            m_inThought = true;
            Console::err(text);
        });
        connect(m_job, &CompletionJob::textDelta, this, [this](const QString &text) {
            if (m_inThought) {
                Console::err(u"\n"_s);
                m_inThought = false;
            }
            Console::out(text);
            m_textEndsWithNewline = text.endsWith(u'\n');
        });
    }
    connect(m_job, &CompletionJob::finished, this, &ChatCommand::onFinished);
    return std::nullopt;
}

void ChatCommand::interrupt()
{
    m_interrupted = true;
    if (m_job)
        m_job->cancel();
}

void ChatCommand::onFinished()
{
    const CreateResult result = m_job->result();
    const bool failed = m_job->hasError();
    const bool hasPartial
        = !result.text().isEmpty() || result.hasFunctionCalls() || result.thought.has_value();
    const int code = !failed                                              ? ExitSuccess
                     : m_job->error().kind == ModelError::Kind::Cancelled ? ExitInterrupted
                     : m_job->error().kind == ModelError::Kind::InvalidRequest
                             || m_job->error().kind == ModelError::Kind::Unsupported
                         ? ExitUsage
                         : ExitProvider;

    if (m_jsonOutput) {
        if (!failed) {
            Console::outJson(result.toJson());
        } else {
            QJsonObject object{{u"error"_s, m_job->error().toJson()}};
            if (hasPartial) // what arrived before the failure is not thrown away
                object.insert(u"partial"_s, result.toJson());
            Console::outJson(object);
        }
    } else {
        if (m_inThought)
            Console::err(u"\n"_s);
        for (const FunctionCall &call : result.functionCalls())
            Console::out(u"[function call] %1 %2(%3)\n"_s.arg(call.id, call.name, call.arguments));
        if (!result.text().isEmpty() && !m_textEndsWithNewline)
            Console::out(u"\n"_s);
        if (failed) {
            Console::error(m_job->error().toString());
        } else {
            const auto duration = result.exchange.durationMs();
            Console::err(tr("[%1 · %2 prompt + %3 completion tokens%4%5]\n")
                             .arg(finishReasonName(result.finishReason),
                                  QString::number(result.usage.promptTokens),
                                  QString::number(result.usage.completionTokens),
                                  duration ? u" · %1 s"_s.arg(double(*duration) / 1000.0, 0, 'f', 2)
                                           : QString(),
                                  result.cached ? tr(" · cached") : QString()));
        }
    }
    const std::optional<double> cost = costUsd();
    recordUsage(cost);
    const bool saved = saveConversation(cost);
    Q_EMIT done(m_interrupted && failed         ? ExitInterrupted
                : !saved && code == ExitSuccess ? ExitUsage
                                                : code);
}

std::optional<double> ChatCommand::costUsd() const
{
    const CreateResult result = m_job->result();
    if (result.cached)
        return 0.0; // answered from the response cache: nothing was billed
    ModelCatalog catalog;
    catalog.loadBuiltin();
    catalog.loadOverrides(ModelCatalog::defaultOverridesPath());
    const QString requested = m_client->model();
    return catalog.lookup(m_client->providerName(), requested.isEmpty() ? result.model : requested)
        .price.cost(result.usage);
}

bool ChatCommand::saveConversation(const std::optional<double> &cost)
{
    if (!m_conversation || !m_job)
        return true;
    const CreateResult result = m_job->result();
    std::optional<ModelError> error;
    if (m_job->hasError())
        error = m_job->error();
    ConversationRun run = ConversationRun::fromCall(result, error, m_streaming, m_startedAt);
    run.profileName = m_profile;
    run.provider = m_client->providerName();
    run.model = m_client->model();
    run.messageCount = m_conversation->llmMessages().size();
    run.costUsd = cost;
    // The demo provider counts with TokenEstimator; every other one reports its own usage.
    run.usageEstimated = run.provider == u"demo";
    if (!error) {
        QList<LlmMessage> messages = m_conversation->llmMessages();
        messages << result.toAssistantMessage();
        m_conversation->setLlmMessages(messages);
    }
    m_conversation->appendRun(run);
    QString writeError;
    if (!ConversationFiles::write(m_savePath, ConversationFormat::toBytes(*m_conversation),
                                  &writeError)) {
        Console::error(tr("--save: %1").arg(writeError));
        return false;
    }
    return true;
}

void ChatCommand::recordUsage(const std::optional<double> &cost)
{
    if (!m_ledger || !m_job)
        return;
    const CreateResult result = m_job->result();
    UsageRecord record = UsageRecord::fromResult(result);
    record.source = u"cli"_s;
    record.profile = m_profile;
    record.provider = m_client->providerName();
    // The model asked for (what --by model groups and the catalog prices), not the dated
    // snapshot a provider may report back.
    if (const QString requested = m_client->model(); !requested.isEmpty())
        record.model = requested;
    // The demo provider counts with TokenEstimator; every other one reports its own usage.
    record.estimated = record.provider == u"demo";
    if (m_job->hasError())
        record.errorKind = ModelError::kindName(m_job->error().kind);
    record.costUsd = cost;
    if (m_conversation)
        record.conversationId = m_conversation->id;
    QString error;
    if (!m_ledger->recordBlocking(record, &error))
        Console::err(tr("modelkit: warning: %1\n").arg(error));
}

} // namespace playground::cli
