// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cli/modelscommand.h"

#include "cli/commandline.h"
#include "cli/console.h"
#include "cli/exitcode.h"
#include "cli/provideroptions.h"
#include "core/chatcompletionclient.h"
#include "transport/httptransport.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground::cli {

ModelsCommand::ModelsCommand(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_transport(new HttpTransport(nam, this))
{}

ModelsCommand::~ModelsCommand() = default;

std::optional<int> ModelsCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the models a provider offers."));
    parser.addHelpOption();
    ProviderOptions::addTo(parser);
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
    ModelListJob *job = m_client->listModels();
    connect(job, &ModelListJob::finished, this, [this, job, json] {
        if (job->hasError()) {
            if (json)
                Console::outJson({{u"error"_s, job->error().toJson()}});
            Console::error(job->error().toString());
            Q_EMIT done(ExitProvider);
            return;
        }
        QJsonArray models;
        for (const ModelDescriptor &model : job->models()) {
            if (json)
                models.append(model.toJson());
            else
                Console::out(model.id + u'\n');
        }
        if (json)
            Console::outJson({{u"models"_s, models}});
        Q_EMIT done(ExitSuccess);
    });
    return std::nullopt;
}

} // namespace playground::cli
