// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/gemini/geminimodels.h"

#include <array>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

struct KnownFamily
{
    const char16_t *prefix;
    qint64 contextWindow;
    qint64 maxOutput;
};

// Longest prefix first. Figures from Google's model pages (input / output token limits).
constexpr std::array knownFamilies{
    KnownFamily{u"gemini-2.5-flash-lite", 1'048'576, 65'536},
    KnownFamily{u"gemini-2.5-flash", 1'048'576, 65'536},
    KnownFamily{u"gemini-2.5-pro", 1'048'576, 65'536},
    KnownFamily{u"gemini-2.0-flash-lite", 1'048'576, 8'192},
    KnownFamily{u"gemini-2.0-flash", 1'048'576, 8'192},
    KnownFamily{u"gemini-1.5-flash", 1'048'576, 8'192},
    KnownFamily{u"gemini-1.5-pro", 2'097'152, 8'192},
};

} // namespace

ModelInfo GeminiModels::infoFor(const QString &model)
{
    const QString id = model.startsWith(u"models/") ? model.mid(7) : model;
    for (const KnownFamily &family : knownFamilies) {
        const QString prefix = QString::fromUtf16(family.prefix);
        if (!id.startsWith(prefix))
            continue;
        ModelInfo info;
        info.family = prefix;
        info.vision = true;
        info.functionCalling = true;
        info.jsonOutput = true;
        info.structuredOutput = true;
        // Several system messages are merged into the one systemInstruction.
        info.multipleSystemMessages = true;
        info.contextWindow = family.contextWindow;
        info.maxOutputTokens = family.maxOutput;
        return info;
    }
    return ModelInfo::permissive();
}

QList<ModelDescriptor> GeminiModels::parseList(const QByteArray &body, QString *error,
                                               QString *nextPageToken)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    // An empty page is `{}` (proto3 JSON leaves out empty lists).
    const QJsonValue list = doc.object().value(u"models"_s);
    if (!doc.isObject() || !(list.isArray() || list.isUndefined())) {
        *error = u"the model list is not {\"models\": [...]} JSON"_s;
        return {};
    }
    QList<ModelDescriptor> models;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonArray methods = o.value(u"supportedGenerationMethods"_s).toArray();
        if (!methods.contains(QJsonValue(u"generateContent"_s)))
            continue; // embedding, AQA and imagen models cannot chat
        QString name = o.value(u"name"_s).toString();
        if (name.startsWith(u"models/"))
            name = name.mid(7);
        if (name.isEmpty())
            continue;
        ModelDescriptor model;
        model.id = name;
        model.displayName = o.value(u"displayName"_s).toString();
        model.contextWindow = o.value(u"inputTokenLimit"_s).toInteger();
        model.raw = o;
        models << model;
    }
    *nextPageToken = doc.object().value(u"nextPageToken"_s).toString();
    return models;
}

} // namespace modelkit
