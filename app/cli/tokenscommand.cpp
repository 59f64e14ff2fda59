// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/tokenscommand.h"

#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/provideroptions.h"
#include "cli/requestoptions.h"
#include "core/chatcompletionclient.h"
#include "transport/httptransport.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

TokensCommand::TokensCommand(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_transport(new HttpTransport(nam, this))
{}

TokensCommand::~TokensCommand() = default;

std::optional<int> TokensCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Count the prompt tokens of a request: a local estimate, and the provider's exact "
           "count where it has an endpoint (Anthropic, Gemini)."));
    parser.addHelpOption();
    ProviderOptions::addTo(parser);
    RequestOptions::addTo(parser);
    parser.addOption({u"output"_s, tr("text (default) or json."), tr("FORMAT")});
    if (const auto stop = CommandLine::parse(parser, arguments))
        return stop;
    const bool json = parser.value(u"output"_s) == u"json";
    QString error;
    m_client = ProviderOptions::createClient(parser, m_transport, &error);
    if (!m_client) {
        Console::error(error);
        return ExitUsage;
    }
    const auto request = RequestOptions::build(parser, &error);
    if (!request) {
        Console::error(error);
        return ExitUsage;
    }

    const qint64 estimate = m_client->countTokens(request->messages, request->tools);
    const qint64 window = m_client->modelInfo().contextWindow;
    auto print = [this, json, estimate, window](std::optional<qint64> exact,
                                                const ModelError *failure) {
        const qint64 used = exact.value_or(estimate);
        if (json) {
            QJsonObject object{
                {u"estimate"_s, estimate},
                {u"exact"_s, exact ? QJsonValue(*exact) : QJsonValue()},
                {u"context_window"_s, window > 0 ? QJsonValue(window) : QJsonValue()},
                {u"remaining"_s, window > 0 ? QJsonValue(window - used) : QJsonValue()}};
            if (failure)
                object.insert(u"error"_s, failure->toJson());
            Console::outJson(object);
        } else {
            Console::out(tr("estimate: %1 tokens (local heuristic)\n").arg(estimate));
            if (exact)
                Console::out(
                    tr("exact:    %1 tokens (%2)\n").arg(*exact).arg(m_client->providerName()));
            else if (!failure)
                Console::out(tr("exact:    not available (%1 has no counting endpoint)\n")
                                 .arg(m_client->providerName()));
            if (window > 0)
                Console::out(
                    tr("context:  %1 of %2 tokens remain\n").arg(window - used).arg(window));
        }
        if (failure)
            Console::error(failure->toString());
    };

    TokenCountJob *job = m_client->countTokensExact(*request);
    if (!job) {
        print(std::nullopt, nullptr);
        return ExitSuccess;
    }
    connect(job, &TokenCountJob::finished, this, [this, job, print] {
        if (job->hasError()) {
            print(std::nullopt, &job->error());
            Q_EMIT done(ExitProvider);
        } else {
            print(job->tokens(), nullptr);
            Q_EMIT done(ExitSuccess);
        }
    });
    return std::nullopt;
}

} // namespace playground::cli
