// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/pythonexporter.h"

#include "profiles/providerkind.h"
#include "providers/gemini/geminiconfig.h"
#include "providers/httprequests.h"
#include "providers/ollama/ollamaconfig.h"
#include "providers/openai/openaiconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

QString pad(int indent)
{
    return QString(indent * 4, u' ');
}

//! One `name=value,` argument line per entry, at `indent`.
struct Arguments
{
    QList<QPair<QString, QString>> items;

    void add(const QString &name, const QString &value) { items.append({name, value}); }
    QString lines(int indent) const
    {
        QString out;
        for (const auto &[name, value] : items)
            out += pad(indent) + (name.isEmpty() ? value : name + u'=' + value) + u",\n"_s;
        return out;
    }
};

QString call(const QString &function, const Arguments &arguments, int indent)
{
    if (arguments.items.isEmpty())
        return function + u"()"_s;
    return function + u"(\n"_s + arguments.lines(indent + 1) + pad(indent) + u')';
}

//! `os.environ["A"]`, or `os.environ.get("A") or os.environ["B"]` for several candidates.
QString environment(const QStringList &variables)
{
    QStringList tries;
    for (qsizetype i = 0; i + 1 < variables.size(); ++i)
        tries << u"os.environ.get(%1)"_s.arg(PythonExporter::string(variables.at(i)));
    tries << u"os.environ[%1]"_s.arg(PythonExporter::string(variables.last()));
    return tries.join(u" or "_s);
}

QString headerValue(const WireRequest::Header &header)
{
    QStringList pieces;
    for (const WireRequest::Part &part : header.value)
        pieces << (part.isSecret() ? environment(part.variables)
                                   : PythonExporter::string(part.text));
    return pieces.isEmpty() ? u"\"\""_s : pieces.join(u" + "_s);
}

//! The OpenAI SDK's create() arguments, which AutoGen accepts in extra_create_args; any
//! other body field goes through `extra_body`.
const QSet<QString> &openAiCreateKeys()
{
    static const QSet<QString> keys{u"audio"_s,
                                    u"frequency_penalty"_s,
                                    u"logit_bias"_s,
                                    u"logprobs"_s,
                                    u"max_completion_tokens"_s,
                                    u"max_tokens"_s,
                                    u"metadata"_s,
                                    u"modalities"_s,
                                    u"n"_s,
                                    u"parallel_tool_calls"_s,
                                    u"prediction"_s,
                                    u"presence_penalty"_s,
                                    u"prompt_cache_key"_s,
                                    u"reasoning_effort"_s,
                                    u"response_format"_s,
                                    u"safety_identifier"_s,
                                    u"seed"_s,
                                    u"service_tier"_s,
                                    u"stop"_s,
                                    u"store"_s,
                                    u"stream_options"_s,
                                    u"temperature"_s,
                                    u"top_logprobs"_s,
                                    u"top_p"_s,
                                    u"user"_s,
                                    u"verbosity"_s,
                                    u"web_search_options"_s};
    return keys;
}

QString imageExpression(const Image &image, bool *needsFetch)
{
    if (!image.isUrl())
        return u"Image.from_base64(%1)"_s.arg(
            PythonExporter::string(QString::fromLatin1(image.base64Data)));
    *needsFetch = true;
    return u"fetch_image(%1)"_s.arg(PythonExporter::string(image.url.toString(QUrl::FullyEncoded)));
}

struct Script
{
    QSet<QString> core;   //!< from autogen_core import …
    QSet<QString> models; //!< from autogen_core.models import …
    QSet<QString> tools;  //!< from autogen_core.tools import …
    bool needsFetch = false;
    QStringList notes;
};

QString messageExpression(const LlmMessage &message, Script *script)
{
    Arguments args;
    QString type;
    if (const auto *system = std::get_if<SystemMessage>(&message)) {
        type = u"SystemMessage"_s;
        args.add(u"content"_s, PythonExporter::string(system->content));
    } else if (const auto *user = std::get_if<UserMessage>(&message)) {
        type = u"UserMessage"_s;
        if (const auto *text = std::get_if<QString>(&user->content)) {
            args.add(u"content"_s, PythonExporter::string(*text));
        } else {
            QString parts = u"[\n"_s;
            for (const UserContentPart &part : std::get<QList<UserContentPart>>(user->content)) {
                if (const auto *text = std::get_if<QString>(&part)) {
                    parts += pad(3) + PythonExporter::string(*text) + u",\n"_s;
                } else {
                    script->core << u"Image"_s;
                    parts += pad(3) + imageExpression(std::get<Image>(part), &script->needsFetch)
                             + u",\n"_s;
                }
            }
            args.add(u"content"_s, parts + pad(2) + u']');
        }
        args.add(u"source"_s, PythonExporter::string(user->source));
    } else if (const auto *assistant = std::get_if<AssistantMessage>(&message)) {
        type = u"AssistantMessage"_s;
        if (const auto *text = std::get_if<QString>(&assistant->content)) {
            args.add(u"content"_s, PythonExporter::string(*text));
        } else {
            script->core << u"FunctionCall"_s;
            QString calls = u"[\n"_s;
            for (const FunctionCall &fc : std::get<QList<FunctionCall>>(assistant->content)) {
                Arguments callArgs;
                callArgs.add(u"id"_s, PythonExporter::string(fc.id));
                callArgs.add(u"name"_s, PythonExporter::string(fc.name));
                callArgs.add(u"arguments"_s, PythonExporter::string(fc.arguments));
                calls += pad(3) + call(u"FunctionCall"_s, callArgs, 3) + u",\n"_s;
            }
            args.add(u"content"_s, calls + pad(2) + u']');
        }
        args.add(u"thought"_s,
                 assistant->thought ? PythonExporter::string(*assistant->thought) : u"None"_s);
        args.add(u"source"_s, PythonExporter::string(assistant->source));
        if (!assistant->providerState.isEmpty()) {
            const QString note = u"provider_state (%1) has no AutoGen field and is not sent"_s.arg(
                assistant->providerState.keys().join(u", "_s));
            if (!script->notes.contains(note))
                script->notes << note;
        }
    } else {
        const auto &results = std::get<FunctionExecutionResultMessage>(message);
        type = u"FunctionExecutionResultMessage"_s;
        script->models << u"FunctionExecutionResult"_s;
        QString list = u"[\n"_s;
        for (const FunctionExecutionResult &result : results.content) {
            Arguments resultArgs;
            resultArgs.add(u"content"_s, PythonExporter::string(result.content));
            resultArgs.add(u"name"_s, PythonExporter::string(result.name));
            resultArgs.add(u"call_id"_s, PythonExporter::string(result.callId));
            resultArgs.add(u"is_error"_s, result.isError ? u"True"_s : u"False"_s);
            list += pad(3) + call(u"FunctionExecutionResult"_s, resultArgs, 3) + u",\n"_s;
        }
        args.add(u"content"_s, list + pad(2) + u']');
    }
    script->models << type;
    return call(type, args, 1);
}

QString modelInfoExpression(const ModelInfo &info, int indent)
{
    auto flag = [](bool on) {
        return on ? u"True"_s : u"False"_s;
    };
    Arguments args;
    args.add(u"vision"_s, flag(info.vision));
    args.add(u"function_calling"_s, flag(info.functionCalling));
    args.add(u"json_output"_s, flag(info.jsonOutput));
    args.add(u"structured_output"_s, flag(info.structuredOutput));
    args.add(u"family"_s, PythonExporter::string(info.family));
    args.add(u"multiple_system_messages"_s, flag(info.multipleSystemMessages));
    return call(u"ModelInfo"_s, args, indent);
}

} // namespace

QString PythonExporter::string(const QString &text)
{
    // JSON's string escapes are all valid in Python.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

QString PythonExporter::literal(const QJsonValue &value, int indent)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"None"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"True"_s : u"False"_s;
    case QJsonValue::Double: {
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.sliced(1, json.size() - 2));
    }
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return u"[]"_s;
        QString out = u"[\n"_s;
        for (const QJsonValue &item : array)
            out += pad(indent + 1) + literal(item, indent + 1) + u",\n"_s;
        return out + pad(indent) + u']';
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return u"{}"_s;
        QString out = u"{\n"_s;
        for (auto it = object.begin(); it != object.end(); ++it)
            out += pad(indent + 1) + string(it.key()) + u": "_s + literal(it.value(), indent + 1)
                   + u",\n"_s;
        return out + pad(indent) + u'}';
    }
    }
    return u"None"_s;
}

QString PythonExporter::render(const Conversation &conversation, const CompletionRequest &request,
                               const CodeExport::Target &target, const WireRequest &wire,
                               const ModelInfo &modelInfo)
{
    Script script;
    const ProviderProfile &profile = target.profile;
    const ProviderKind kind = profile.kind;
    const QJsonObject body = wire.bodyJson();
    QString model = body.value(u"model"_s).toString(profile.model);
    if (model.isEmpty())
        model = ProviderKinds::defaultModel(kind);
    if (kind == ProviderKind::Gemini) {
        GeminiConfig config;
        config.model = model;
        model = config.modelId();
    }

    // The client.
    QString clientClass = u"OpenAIChatCompletionClient"_s;
    QString module = u"autogen_ext.models.openai"_s;
    QString extra = u"openai"_s;
    Arguments client;
    const QString keyExpression = target.sendsKey || ClientFactory::keyRequired(profile)
                                      ? environment(CodeExport::keyVariables(target))
                                      : QString();
    const QUrl base = profile.baseUrl;
    switch (kind) {
    case ProviderKind::OpenAi:
    case ProviderKind::OpenAiCompatible:
        client.add(u"model"_s, string(model));
        client.add(
            u"base_url"_s,
            string(
                (base.isEmpty() ? OpenAiConfig::defaultBaseUrl(OpenAiConfig::Flavor::OpenAi) : base)
                    .toString()));
        // The OpenAI SDK needs some key; a server that takes none ignores it.
        client.add(u"api_key"_s, keyExpression.isEmpty() ? u"\"unused\""_s : keyExpression);
        break;
    case ProviderKind::AzureOpenAi: {
        OpenAiConfig config;
        config.flavor = OpenAiConfig::Flavor::Azure;
        config.baseUrl = base;
        if (config.isAzureV1()) {
            client.add(u"model"_s, string(model));
            client.add(u"base_url"_s, string(base.toString()));
        } else {
            clientClass = u"AzureOpenAIChatCompletionClient"_s;
            client.add(u"azure_deployment"_s, string(profile.model));
            client.add(u"model"_s, string(profile.model));
            client.add(u"api_version"_s,
                       string(profile.apiVersion.isEmpty() ? OpenAiConfig::defaultApiVersion()
                                                           : profile.apiVersion));
            client.add(u"azure_endpoint"_s, string(base.toString()));
        }
        client.add(u"api_key"_s, keyExpression);
        break;
    }
    case ProviderKind::Anthropic:
        clientClass = u"AnthropicChatCompletionClient"_s;
        module = u"autogen_ext.models.anthropic"_s;
        extra = u"anthropic"_s;
        client.add(u"model"_s, string(model));
        client.add(u"api_key"_s, keyExpression);
        if (!base.isEmpty())
            client.add(u"base_url"_s, string(base.toString()));
        break;
    case ProviderKind::Gemini: {
        const QString version
            = profile.apiVersion.isEmpty() ? GeminiConfig::defaultApiVersion() : profile.apiVersion;
        const QUrl root = base.isEmpty() ? GeminiConfig::defaultBaseUrl() : base;
        client.add(u"model"_s, string(model));
        client.add(u"base_url"_s,
                   string(endpointUrl(root, u"/"_s + version + u"/openai/"_s).toString()));
        client.add(u"api_key"_s, keyExpression);
        script.notes << u"AutoGen reaches Gemini through its OpenAI-compatible endpoint; the app "
                        "sends Gemini's native generateContent request (see the curl export)"_s;
        break;
    }
    case ProviderKind::Ollama:
        clientClass = u"OllamaChatCompletionClient"_s;
        module = u"autogen_ext.models.ollama"_s;
        extra = u"ollama"_s;
        client.add(u"model"_s, string(model));
        client.add(u"host"_s,
                   string((base.isEmpty() ? OllamaConfig::defaultBaseUrl() : base).toString()));
        if (!keyExpression.isEmpty())
            client.add(u"headers"_s, u"{\"Authorization\": \"Bearer \" + %1}"_s.arg(keyExpression));
        break;
    }
    // The profile's own headers (credentials as variables).
    if (!profile.extraHeaders.isEmpty()) {
        QStringList entries;
        for (const WireRequest::Header &header : wire.headers) {
            const bool fromProfile = std::any_of(
                profile.extraHeaders.begin(), profile.extraHeaders.end(), [&](const auto &h) {
                    return h.first.compare(header.name, Qt::CaseInsensitive) == 0;
                });
            if (fromProfile)
                entries << pad(3) + string(QString::fromLatin1(header.name)) + u": "_s
                               + headerValue(header) + u",\n"_s;
        }
        if (!entries.isEmpty()) {
            const QString name = kind == ProviderKind::Ollama ? u"headers"_s : u"default_headers"_s;
            if (kind == ProviderKind::Ollama && !keyExpression.isEmpty())
                script.notes << u"the profile's extra headers are not sent"_s;
            else
                client.add(name, u"{\n"_s + entries.join(QString()) + pad(2) + u'}');
        }
    }
    script.models << u"ModelInfo"_s;
    client.add(u"model_info"_s, modelInfoExpression(modelInfo, 2));

    // The create() arguments, from the body the app sends.
    QJsonObject createArgs;
    QJsonObject extraBody;
    bool jsonOutput = false;
    bool passTools = !request.tools.isEmpty();
    QStringList notCarried;
    switch (kind) {
    case ProviderKind::OpenAi:
    case ProviderKind::AzureOpenAi:
    case ProviderKind::OpenAiCompatible:
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString &key = it.key();
            if (key == u"model" || key == u"messages" || key == u"tools" || key == u"stream"
                || key == u"tool_choice")
                continue;
            if (key == u"stream_options" && !wire.streaming)
                continue;
            if (key == u"response_format"
                && it.value().toObject().value(u"type"_s) == u"json_object"_s) {
                jsonOutput = true;
                continue;
            }
            if (openAiCreateKeys().contains(key))
                createArgs.insert(key, it.value());
            else
                extraBody.insert(key, it.value());
        }
        break;
    case ProviderKind::Gemini: {
        const QJsonObject parameters = request.parameters.toJson();
        for (auto it = parameters.begin(); it != parameters.end(); ++it) {
            if (it.key() == u"thinking_budget" || it.key() == u"top_k")
                notCarried << it.key();
            else
                createArgs.insert(it.key(), it.value());
        }
        if (wire.streaming)
            createArgs.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
        if (request.jsonOutput.mode == JsonOutput::Mode::JsonObject)
            jsonOutput = true;
        else if (request.jsonOutput.mode == JsonOutput::Mode::JsonSchema)
            createArgs.insert(u"response_format"_s,
                              QJsonObject{{u"type"_s, u"json_schema"_s},
                                          {u"json_schema"_s, request.jsonOutput.toJson()}});
        for (const QString &key : request.extraCreateArgs.keys())
            notCarried << u"extra_create_args.%1 (written for Gemini's native API)"_s.arg(key);
        break;
    }
    case ProviderKind::Anthropic:
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString &key = it.key();
            if (key == u"model" || key == u"messages" || key == u"system" || key == u"tools"
                || key == u"stream" || key == u"tool_choice")
                continue;
            if (key == u"max_tokens" || key == u"temperature" || key == u"top_p" || key == u"top_k"
                || key == u"stop_sequences" || key == u"metadata" || key == u"thinking")
                createArgs.insert(key, it.value());
            else
                notCarried << key;
        }
        break;
    case ProviderKind::Ollama:
        passTools = body.contains(u"tools"_s);
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QString &key = it.key();
            if (key != u"model" && key != u"messages" && key != u"tools" && key != u"stream")
                createArgs.insert(key, it.value());
        }
        break;
    }
    if (!extraBody.isEmpty())
        createArgs.insert(u"extra_body"_s, extraBody);
    if (!notCarried.isEmpty())
        script.notes << u"not passed on by %1: %2"_s.arg(clientClass, notCarried.join(u", "_s));

    Arguments create;
    create.add(QString(), u"messages"_s);
    if (passTools) {
        script.tools << u"ToolSchema"_s;
        create.add(u"tools"_s, u"tools"_s);
        if (kind != ProviderKind::Ollama) {
            switch (request.toolChoice.mode) {
            case ToolChoice::Mode::Auto:
                break;
            case ToolChoice::Mode::Required:
                create.add(u"tool_choice"_s, u"\"required\""_s);
                break;
            case ToolChoice::Mode::None:
                create.add(u"tool_choice"_s, u"\"none\""_s);
                break;
            case ToolChoice::Mode::Named:
                script.tools << u"FunctionTool"_s;
                create.add(u"tool_choice"_s, u"forced_tool"_s);
                break;
            }
        }
    }
    if (jsonOutput)
        create.add(u"json_output"_s, u"True"_s);
    if (!createArgs.isEmpty())
        create.add(u"extra_create_args"_s, literal(createArgs, 2));

    // The script.
    QStringList messageLines;
    for (const LlmMessage &message : request.messages)
        messageLines << pad(1) + messageExpression(message, &script) + u",\n"_s;
    script.models << u"LLMMessage"_s;

    QString out;
    const QString title
        = conversation.title.isEmpty() ? QString() : u" \"%1\""_s.arg(conversation.title);
    out += u"# The Modelkit Playground conversation%1 sent to %2 (%3) with autogen-ext.\n"_s.arg(
        title, ProviderKinds::displayName(kind), model);
    out += u"# pip install \"autogen-ext[%1]\"\n"_s.arg(extra);
    QStringList used = keyExpression.isEmpty() ? QStringList() : CodeExport::keyVariables(target);
    for (const QString &variable : wire.variables()) {
        if (!used.contains(variable))
            used << variable;
    }
    if (!used.isEmpty())
        out += u"# Reads %1 from the environment.\n"_s.arg(used.join(u", "_s));
    for (const QString &note : conversation.unsupportedContent())
        out += u"# Left out (cannot be sent): "_s + note + u'\n';
    for (const QString &note : std::as_const(script.notes))
        out += u"# Note: "_s + note + u".\n"_s;
    out += u"import asyncio\n"_s;
    if (script.needsFetch)
        out += u"import io\n"_s;
    out += u"import os\n"_s;
    if (script.needsFetch)
        out += u"import urllib.request\n"_s;
    out += u'\n';
    if (script.needsFetch)
        out += u"import PIL.Image\n"_s;
    auto importLine = [](const QString &from, const QSet<QString> &names) {
        if (names.isEmpty())
            return QString();
        QStringList sorted(names.begin(), names.end());
        sorted.sort();
        return u"from %1 import %2\n"_s.arg(from, sorted.join(u", "_s));
    };
    out += importLine(u"autogen_core"_s, script.core);
    out += importLine(u"autogen_core.models"_s, script.models);
    out += importLine(u"autogen_core.tools"_s, script.tools);
    out += u"from %1 import %2\n\n"_s.arg(module, clientClass);

    if (script.needsFetch) {
        out += u"\ndef fetch_image(url: str) -> Image:\n"_s
               u"    \"\"\"AutoGen's Image holds bytes: download the picture the conversation "
               u"links to.\"\"\"\n"_s
               u"    with urllib.request.urlopen(url) as response:\n"_s
               u"        return Image.from_pil(PIL.Image.open(io.BytesIO(response.read())))\n\n\n"_s;
    }
    out += u"messages: list[LLMMessage] = [\n"_s + messageLines.join(QString()) + u"]\n"_s;
    if (passTools) {
        QJsonArray toolArray;
        for (const ToolSchema &tool : request.tools)
            toolArray.append(tool.toJson());
        out += u"\ntools: list[ToolSchema] = "_s + literal(toolArray) + u'\n';
        if (request.toolChoice.mode == ToolChoice::Mode::Named && kind != ProviderKind::Ollama) {
            out += u"\n\ndef _forced_tool() -> None:\n"_s
                   u"    \"\"\"Stands in for the tool the model must call: AutoGen names it with a "
                   u"Tool object.\"\"\"\n\n\n"_s;
            out += u"forced_tool = FunctionTool(_forced_tool, description=\"\", name=%1)\n"_s.arg(
                string(request.toolChoice.name));
        }
    }
    out += u"\n\nasync def main() -> None:\n"_s;
    out += pad(1) + u"client = "_s + call(clientClass, client, 1) + u'\n';
    if (wire.streaming) {
        out += pad(1) + u"async for item in client.create_stream(\n"_s + create.lines(2) + pad(1)
               + u"):\n"_s;
        out += pad(2) + u"if isinstance(item, str):\n"_s + pad(3)
               + u"print(item, end=\"\", flush=True)\n"_s + pad(2) + u"else:\n"_s + pad(3)
               + u"print()\n"_s + pad(3) + u"print(item)\n"_s;
    } else {
        out += pad(1) + u"result = await "_s + call(u"client.create"_s, create, 1) + u'\n';
        out += pad(1) + u"print(result)\n"_s;
    }
    out += pad(1) + u"await client.close()\n\n\nasyncio.run(main())\n"_s;
    return out;
}

} // namespace modelkit
