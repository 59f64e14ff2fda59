// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/codeexport.h"

#include "conversation/curlexporter.h"
#include "conversation/pythonexporter.h"
#include "core/chatcompletionclient.h"
#include "transport/httptransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace modelkit {

CodeExport::Target CodeExport::targetFor(const ProviderProfile &profile, bool streaming)
{
    Target target;
    target.profile = profile;
    target.sendsKey = ClientFactory::keyRequired(profile) || !profile.keyVariable.isEmpty();
    target.streaming = streaming;
    return target;
}

QString CodeExport::formatId(Format format)
{
    switch (format) {
    case Format::Curl:
        return u"curl"_s;
    case Format::Python:
        return u"python"_s;
    case Format::Body:
        return u"body"_s;
    }
    return {};
}

std::optional<CodeExport::Format> CodeExport::formatFromId(const QString &id)
{
    for (Format format : {Format::Curl, Format::Python, Format::Body}) {
        if (formatId(format) == id)
            return format;
    }
    return std::nullopt;
}

QStringList CodeExport::keyVariables(const Target &target)
{
    const QStringList variables = target.profile.keyVariables();
    return variables.isEmpty() ? QStringList{u"MODELKIT_API_KEY"_s} : variables;
}

std::optional<WireRequest> CodeExport::wireRequest(const CompletionRequest &request,
                                                   const Target &target, QString *error,
                                                   ModelInfo *modelInfo)
{
    auto fail = [error](const QString &message) -> std::optional<WireRequest> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // A random stand-in: whatever the client does with the key, the real one is never here.
    const QString placeholder = u"modelkit-key-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const bool sendsKey = target.sendsKey || ClientFactory::keyRequired(target.profile);
    // Nothing is sent: the transport only lets the client exist.
    QNetworkAccessManager nam;
    HttpTransport transport(&nam);
    QString problem;
    const std::unique_ptr<ChatCompletionClient> client = ClientFactory::create(
        target.profile, sendsKey ? placeholder : QString(), &transport, target.overrides, &problem);
    if (!client)
        return fail(problem);
    ModelError refused;
    const std::optional<HttpRequest> http
        = client->httpRequest(request, target.streaming, &refused);
    if (!http)
        return fail(refused.message);
    if (modelInfo)
        *modelInfo = client->modelInfo();
    auto wire = WireRequest::fromHttp(*http, placeholder, keyVariables(target));
    if (!wire)
        return fail(QCoreApplication::translate("modelkit::CodeExport",
                                                "the request would carry the key outside its "
                                                "headers; it cannot be copied as code"));
    return wire;
}

std::optional<QString> CodeExport::generate(const Conversation &conversation, const Target &target,
                                            Format format, QString *error)
{
    const CompletionRequest request = conversation.toRequest();
    ModelInfo info;
    const std::optional<WireRequest> wire = wireRequest(request, target, error, &info);
    if (!wire)
        return std::nullopt;
    switch (format) {
    case Format::Body:
        return QString::fromUtf8(QJsonDocument(wire->bodyJson()).toJson(QJsonDocument::Indented));
    case Format::Curl:
        return CurlExporter::render(*wire, conversation.unsupportedContent());
    case Format::Python:
        return PythonExporter::render(conversation, request, target, *wire, info);
    }
    return std::nullopt;
}

} // namespace modelkit
