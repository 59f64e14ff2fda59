// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/comparecommand.h"

#include "cache/cachestore.h"
#include "cache/chatcompletioncache.h"
#include "cli/cacheoptions.h"
#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/conversationfiles.h"
#include "cli/exitcode.h"
#include "cli/provideroptions.h"
#include "cli/requestoptions.h"
#include "compare/comparison.h"
#include "compare/comparisondocument.h"
#include "core/chatcompletionclient.h"
#include "profiles/profilestore.h"
#include "transport/httptransport.h"
#include "usage/usageledger.h"

#include <algorithm>
#include <functional>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

namespace {

//! What a lane's PROFILE may name besides a stored profile.
QStringList laneProviders()
{
    QStringList names;
    for (ProviderKind kind : ProviderKinds::all())
        names << ProviderKinds::id(kind);
    names << u"demo"_s;
    return names;
}

QString milliseconds(double ms)
{
    return ms >= 10000 ? u"%1 s"_s.arg(ms / 1000.0, 0, 'f', 1) : u"%1 ms"_s.arg(qRound64(ms));
}

QString dollars(double usd)
{
    return u"$"_s + QString::number(usd, 'f', usd != 0 && usd < 0.01 ? 6 : 4);
}

//! "130 ms" for one value, "130 ms ±12 (110–150)" for several.
QString spread(const CompareStatistic &s, const std::function<QString(double)> &format)
{
    if (s.count < 2 || s.min == s.max)
        return format(s.mean);
    return u"%1 ±%2 (%3–%4)"_s.arg(format(s.mean), format(s.stddev), format(s.min), format(s.max));
}

QString tokens(double count)
{
    return QString::number(count, 'f', count == double(qint64(count)) ? 0 : 1);
}

} // namespace

CompareCommand::CompareCommand(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_transport(new HttpTransport(nam, this))
{}

CompareCommand::~CompareCommand() = default;

std::optional<int> CompareCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send the same request to several lanes at once and compare them: time to first "
           "token, total time, tokens/s, tokens, cost, finish reason and errors per lane; the "
           "fastest, cheapest and longest are marked.\n\n"
           "A lane is PROFILE[:MODEL[:KEY=VALUE,...]]: PROFILE is a saved profile (see "
           "\"modelkit profile\") or a provider (%1); MODEL empty = the profile's model; "
           "KEY=VALUE overrides a parameter (temperature=0.2,max_tokens=100,…), repeat=N "
           "repeats the lane, cache=true|false answers the lane's repeated requests from the "
           "response cache or never (default: --cache, --no-cache, else the profile's "
           "cache_responses), and system=TEXT (last: it takes the rest, commas included) "
           "replaces the system message.\n\n"
           "Exit codes: 0 every lane succeeded, 4 some lanes failed, 3 every lane failed, "
           "2 usage error, 130 interrupted.")
            .arg(laneProviders().join(u", "_s)));
    parser.addHelpOption();
    RequestOptions::addTo(parser);
    CacheOptions::addTo(parser);
    parser.addOptions({
        {u"lane"_s, tr("A lane, repeatable (1 to %1).").arg(Comparison::maxLanes),
         tr("PROFILE:MODEL[:KEY=VALUE,...]")},
        {u"repeat"_s,
         tr("Attempts per lane, one after the other (default 1; a lane's repeat=N wins): "
            "the mean and spread of latency and cost, and whether the answers differ."),
         tr("N")},
        {u"limit"_s,
         tr("At most N attempts of the lanes of PROFILE (a profile or provider) at once, "
            "repeatable: for local servers that generate one reply at a time."),
         tr("PROFILE=N")},
        {u"output"_s,
         tr("text (default: one line per lane) or json (one modelkit.comparison document)."),
         tr("FORMAT")},
        {u"save"_s, tr("Also write the comparison (modelkit.comparison JSON) to FILE."),
         tr("FILE")},
        {u"replies"_s, tr("Text output: print each lane's reply after the table.")},
        {u"no-stream"_s, tr("Ask for whole replies instead of streams (no time to first token).")},
        {u"no-ledger"_s, tr("Do not record the calls in the usage ledger (modelkit usage).")},
        {u"max-retries"_s,
         tr("Retries on 408/409/429/5xx and connection errors, every lane (default 2)."), tr("N")},
        {u"timeout"_s, tr("Total timeout per attempt in seconds (default 600)."), tr("SECONDS")},
        {u"idle-timeout"_s, tr("Fail when no byte arrives for this long (default 120)."),
         tr("SECONDS")},
        {u"http2"_s, tr("Allow HTTP/2 (off by default).")},
    });
    parser.addOptions(ProviderOptions::sizeCapOptions());
    if (const auto stop = CommandLine::parse(parser, arguments))
        return stop;
    const QString output = parser.isSet(u"output"_s) ? parser.value(u"output"_s) : u"text"_s;
    if (output != u"text" && output != u"json") {
        Console::error(tr("--output must be text or json"));
        return ExitUsage;
    }
    m_jsonOutput = output == u"json";
    m_showReplies = parser.isSet(u"replies"_s);
    m_ledger = !parser.isSet(u"no-ledger"_s);

    QString error;
    const auto request = RequestOptions::build(parser, &error);
    if (!request) {
        Console::error(error);
        return ExitUsage;
    }
    if (const QString problem = request->validationError(); !problem.isEmpty()) {
        Console::error(problem);
        return ExitUsage;
    }
    if (parser.isSet(u"save"_s)) {
        // Checked before sending: calls must not be paid for and then not saved.
        m_savePath = parser.value(u"save"_s);
        if (!QFileInfo(m_savePath).absoluteDir().exists()) {
            Console::error(tr("--save: the directory of %1 does not exist").arg(m_savePath));
            return ExitUsage;
        }
    }
    QMap<QString, QString> cachedLanes;
    const auto lanes = readLanes(parser, &cachedLanes, &error);
    if (!lanes) {
        Console::error(error);
        return ExitUsage;
    }
    m_cacheStore = CacheOptions::openStore(parser, !cachedLanes.isEmpty(), &error);
    if (!error.isEmpty()) {
        Console::error(error);
        return ExitUsage;
    }
    if (m_cacheStore)
        wrapInCaches(cachedLanes);
    const auto limits = readLimits(parser, *lanes, &error);
    if (!limits) {
        Console::error(error);
        return ExitUsage;
    }

    m_catalog.loadBuiltin();
    m_catalog.loadOverrides(ModelCatalog::defaultOverridesPath());
    m_comparison = std::make_unique<Comparison>();
    m_comparison->setLanes(*lanes);
    m_comparison->setRequest(*request);
    m_comparison->setCatalog(&m_catalog);
    m_comparison->setConcurrencyLimits(*limits);
    m_comparison->setStreaming(!parser.isSet(u"no-stream"_s));
    m_comparison->setClientMaker([this](const CompareLane &lane, QString *why) {
        auto it = m_clients.find(lane.id);
        if (it == m_clients.end() || !it->second) {
            *why = tr("no client for lane %1").arg(lane.id);
            return std::unique_ptr<ChatCompletionClient>();
        }
        return std::move(it->second);
    });
    connect(m_comparison.get(), &Comparison::laneStateChanged, this,
            [this](int lane, CompareState state) {
                if (state == CompareState::Queued)
                    onQueued(lane);
            });
    connect(m_comparison.get(), &Comparison::finished, this, &CompareCommand::onFinished);
    if (!m_comparison->start(&error)) {
        Console::error(error);
        return ExitUsage;
    }
    return std::nullopt;
}

std::optional<QList<CompareLane>> CompareCommand::readLanes(const QCommandLineParser &parser,
                                                            QMap<QString, QString> *cachedLanes,
                                                            QString *error)
{
    const QStringList specs = parser.values(u"lane"_s);
    if (specs.isEmpty() || specs.size() > Comparison::maxLanes) {
        *error = specs.isEmpty() ? tr("give the lanes to compare: --lane PROFILE:MODEL (up to %1)")
                                       .arg(Comparison::maxLanes)
                                 : tr("at most %1 lanes, not %2")
                                       .arg(QString::number(Comparison::maxLanes),
                                            QString::number(specs.size()));
        return std::nullopt;
    }
    int repeat = 1;
    if (parser.isSet(u"repeat"_s)) {
        bool ok = false;
        repeat = parser.value(u"repeat"_s).toInt(&ok);
        if (!ok || repeat < 1 || repeat > CompareLane::maxRepeat) {
            *error = tr("--repeat expects a whole number from 1 to %1").arg(CompareLane::maxRepeat);
            return std::nullopt;
        }
    }

    ProfileStore store(ProfileStore::defaultDirectory());
    QString storeError;
    const bool storeRead = store.load(&storeError);
    const QStringList providers = laneProviders();
    QList<CompareLane> lanes;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const QString &spec = specs.at(i);
        QString problem;
        std::optional<CompareLane> lane = CompareLane::fromSpec(spec, &problem);
        if (!lane) {
            *error = tr("--lane %1").arg(problem);
            return std::nullopt;
        }
        lane->id = u"lane%1"_s.arg(i + 1);
        lane->label = spec;
        if (lane->repeat == 1)
            lane->repeat = repeat;
        const QString name = lane->profile;
        if (const auto stored = store.find(name)) {
            lane->profile = stored->name;
            lane->provider = ProviderKinds::id(stored->kind);
        } else if (providers.contains(name.toLower())) {
            lane->profile.clear();
            lane->provider = name.toLower();
        } else {
            *error
                = !storeRead
                      ? tr("--lane %1: \"%2\" is not a provider (%3), and the profiles cannot "
                           "be read: %4")
                            .arg(spec, name, providers.join(u", "_s), storeError)
                  : store.profiles().isEmpty()
                      ? tr("--lane %1: \"%2\" is not a provider (%3), and there are no saved "
                           "profiles (\"modelkit profile add\")")
                            .arg(spec, name, providers.join(u", "_s))
                      : tr("--lane %1: \"%2\" is neither a saved profile (%3) nor a provider "
                           "(%4)")
                            .arg(spec, name, store.names().join(u", "_s), providers.join(u", "_s));
            return std::nullopt;
        }
        // The keys are read and the clients made now: a lane that cannot run is a usage
        // error before anything is sent.
        ProviderProfile profile;
        auto client = makeClient(*lane, parser, &profile, &problem);
        if (!client) {
            *error = tr("--lane %1: %2").arg(spec, problem);
            return std::nullopt;
        }
        // The lane's own cache= wins; then --cache / --no-cache; then the profile.
        if (lane->cache.value_or(CacheOptions::wanted(parser, profile.cacheResponses)))
            cachedLanes->insert(lane->id, ProviderOptions::cacheScope(*client, profile));
        m_clients[lane->id] = std::move(client);
        lanes << *lane;
    }
    return lanes;
}

std::unique_ptr<ChatCompletionClient> CompareCommand::makeClient(const CompareLane &lane,
                                                                 const QCommandLineParser &parser,
                                                                 ProviderProfile *profile,
                                                                 QString *error)
{
    if (lane.profile.isEmpty()
        && lane.provider == ProviderKinds::id(ProviderKind::OpenAiCompatible)) {
        *error = tr("an OpenAI-compatible server needs its URL: save a profile (modelkit profile "
                    "add NAME --kind compatible --base-url URL) and name it instead");
        return nullptr;
    }
    // The lane as `chat` options, so that profiles, providers and keys resolve exactly as
    // `modelkit chat --profile/--provider` resolves them.
    QStringList arguments{u"modelkit"_s};
    if (lane.profile.isEmpty())
        arguments << u"--provider"_s << lane.provider;
    else
        arguments << u"--profile"_s << lane.profile;
    if (!lane.model.isEmpty())
        arguments << u"--model"_s << lane.model;
    for (const QString &option : {u"max-retries"_s, u"timeout"_s, u"idle-timeout"_s,
                                  u"max-reply-mb"_s, u"max-event-mb"_s}) {
        if (parser.isSet(option))
            arguments << u"--"_s + option << parser.value(option);
    }
    if (parser.isSet(u"http2"_s))
        arguments << u"--http2"_s;
    QCommandLineParser options;
    ProviderOptions::addTo(options);
    if (!options.parse(arguments)) {
        *error = options.errorText();
        return nullptr;
    }
    return ProviderOptions::createClient(options, m_transport, error, profile);
}

void CompareCommand::wrapInCaches(const QMap<QString, QString> &cachedLanes)
{
    for (auto it = cachedLanes.cbegin(); it != cachedLanes.cend(); ++it) {
        std::unique_ptr<ChatCompletionClient> &client = m_clients[it.key()];
        if (!client)
            continue;
        auto cache = std::make_unique<ChatCompletionCache>(client.get(), m_cacheStore.get());
        // The cache owns the client it wraps: the comparison deletes the lane's client as one.
        client.release()->setParent(cache.get());
        // Compatible servers at different URLs may serve different models under one name.
        cache->setKeyScope(it.value());
        connect(cache.get(), &ChatCompletionCache::cacheError, this,
                [this](const QString &message) {
                    if (m_cacheWarnings.contains(message))
                        return;
                    m_cacheWarnings << message;
                    CacheOptions::warn(message);
                });
        client = std::move(cache);
    }
}

std::optional<QMap<QString, int>> CompareCommand::readLimits(const QCommandLineParser &parser,
                                                             const QList<CompareLane> &lanes,
                                                             QString *error)
{
    QMap<QString, int> limits;
    for (const QString &value : parser.values(u"limit"_s)) {
        const qsizetype equals = value.lastIndexOf(u'=');
        bool ok = false;
        const int limit = equals > 0 ? value.mid(equals + 1).toInt(&ok) : 0;
        if (!ok || limit < 1) {
            *error = tr("--limit \"%1\" is not PROFILE=N with N at least 1").arg(value);
            return std::nullopt;
        }
        const QString name = value.left(equals);
        const auto lane = std::find_if(lanes.cbegin(), lanes.cend(), [&name](const CompareLane &l) {
            return l.limitKey().compare(name, Qt::CaseInsensitive) == 0;
        });
        if (lane == lanes.cend()) {
            QStringList used;
            for (const CompareLane &l : lanes) {
                if (!used.contains(l.limitKey()))
                    used << l.limitKey();
            }
            *error = tr("--limit %1: no lane uses \"%2\" (the lanes use %3)")
                         .arg(value, name, used.join(u", "_s));
            return std::nullopt;
        }
        limits.insert(lane->limitKey(), limit);
    }
    return limits;
}

void CompareCommand::interrupt()
{
    m_interrupted = true;
    if (m_comparison)
        m_comparison->stop();
}

void CompareCommand::onQueued(int lane)
{
    if (m_jsonOutput)
        return;
    const CompareLane config = m_comparison->lanes().at(lane);
    Console::err(tr("[%1 %2: queued, %3 runs %n at a time]\n", nullptr,
                    m_comparison->concurrencyLimit(lane).value_or(1))
                     .arg(config.id, config.displayName(), config.limitKey()));
}

void CompareCommand::onFinished()
{
    const ComparisonDocument document = m_comparison->document();
    if (m_jsonOutput) {
        QString ignored;
        ConversationFiles::write(QString(), document.toBytes(), &ignored);
    } else {
        printText(document);
    }
    recordUsage(document);
    bool saved = true;
    if (!m_savePath.isEmpty()) {
        QString error;
        saved = document.writeFile(m_savePath, &error);
        if (!saved)
            Console::error(tr("--save: %1").arg(error));
    }
    qsizetype succeeded = 0;
    for (const CompareLaneResult &lane : document.lanes) {
        if (lane.state == CompareState::Succeeded)
            ++succeeded;
    }
    const int code = m_interrupted                        ? int(ExitInterrupted)
                     : succeeded == document.lanes.size() ? int(ExitSuccess)
                     : succeeded == 0                     ? int(ExitProvider)
                                                          : int(ExitSomeFailed);
    Q_EMIT done(!saved && code == ExitSuccess ? int(ExitUsage) : code);
}

void CompareCommand::printText(const ComparisonDocument &document) const
{
    const CompareMarks marks = document.marks();
    qsizetype idWidth = 0, labelWidth = 0;
    for (const CompareLaneResult &lane : document.lanes) {
        idWidth = std::max(idWidth, lane.lane.id.size());
        labelWidth = std::max(labelWidth, lane.lane.displayName().size());
    }
    for (qsizetype i = 0; i < document.lanes.size(); ++i) {
        const CompareLaneResult &lane = document.lanes.at(i);
        const CompareLaneSummary s = lane.summary();
        QStringList parts{lane.lane.id.leftJustified(idWidth),
                          lane.lane.displayName().leftJustified(labelWidth),
                          compareStateName(lane.state)};
        if (s.attempts > 1)
            parts << tr("%1/%2 succeeded")
                         .arg(QString::number(s.succeeded), QString::number(s.attempts));
        const auto cached = std::count_if(
            lane.attempts.cbegin(), lane.attempts.cend(),
            [](const ConversationRun &run) { return run.result && run.result->cached; });
        if (cached > 0)
            parts << (cached == s.attempts
                          ? tr("cached")
                          : tr("%1/%2 cached")
                                .arg(QString::number(cached), QString::number(s.attempts)));
        if (s.succeeded > 0) {
            auto ms = [](double value) {
                return milliseconds(value);
            };
            if (!s.timeToFirstTokenMs.isEmpty())
                parts << tr("ttft %1").arg(spread(s.timeToFirstTokenMs, ms));
            if (!s.totalMs.isEmpty())
                parts << tr("total %1").arg(spread(s.totalMs, ms));
            if (!s.tokensPerSecond.isEmpty())
                parts << tr("%1 tok/s").arg(spread(s.tokensPerSecond, [](double value) {
                    return QString::number(value, 'f', 1);
                }));
            parts << tr("tokens %1 prompt / %2 completion (reasoning %3, cached %4)")
                         .arg(spread(s.promptTokens, tokens), spread(s.completionTokens, tokens),
                              tokens(s.reasoningTokens.mean), tokens(s.cachedPromptTokens.mean));
            parts << (s.costUsd.isEmpty() ? tr("cost unknown") : spread(s.costUsd, dollars));
            QStringList reasons;
            for (const ConversationRun &run : lane.attempts) {
                if (!run.error && run.result) {
                    const QString reason = finishReasonName(run.result->finishReason);
                    if (!reasons.contains(reason))
                        reasons << reason;
                }
            }
            parts << reasons.join(u'/');
            if (s.succeeded > 1)
                parts << (s.answersDiffer() ? tr("answers differ (%1 distinct)")
                                                  .arg(QString::number(s.distinctAnswers))
                                            : tr("same answer"));
        }
        for (auto it = lane.attempts.crbegin(); it != lane.attempts.crend(); ++it) {
            if (it->error) {
                parts << it->error->toString();
                break;
            }
        }
        const QStringList laneMarks = marks.marksOf(int(i));
        if (!laneMarks.isEmpty())
            parts << u'[' + laneMarks.join(u", "_s) + u']';
        Console::out(parts.join(u"  "_s) + u'\n');
    }
    if (!m_showReplies)
        return;
    for (const CompareLaneResult &lane : document.lanes) {
        Console::out(u"\n== %1 %2 ==\n"_s.arg(lane.lane.id, lane.lane.displayName()));
        for (auto it = lane.attempts.crbegin(); it != lane.attempts.crend(); ++it) {
            if (!it->result)
                continue;
            QString reply = it->result->text();
            for (const FunctionCall &call : it->result->functionCalls())
                reply += u"[function call] %1(%2)\n"_s.arg(call.name, call.arguments);
            Console::out(reply.endsWith(u'\n') || reply.isEmpty() ? reply : reply + u'\n');
            break;
        }
    }
}

void CompareCommand::recordUsage(const ComparisonDocument &document) const
{
    if (!m_ledger)
        return;
    UsageLedger ledger;
    for (const CompareLaneResult &lane : document.lanes) {
        for (const ConversationRun &run : lane.attempts) {
            if (!run.result)
                continue; // the lane never reached a client
            UsageRecord record = UsageRecord::fromResult(*run.result);
            record.source = u"cli"_s;
            record.profile = run.profileName;
            record.provider = run.provider;
            if (!run.model.isEmpty())
                record.model = run.model;
            record.usage = run.usage;
            record.estimated = run.usageEstimated;
            record.costUsd = run.costUsd;
            if (run.error)
                record.errorKind = ModelError::kindName(run.error->kind);
            QString error;
            if (!ledger.recordBlocking(record, &error)) {
                Console::err(tr("modelkit: warning: %1\n").arg(error));
                return;
            }
        }
    }
}

} // namespace playground::cli
