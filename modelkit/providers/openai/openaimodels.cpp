// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/openai/openaimodels.h"

#include <array>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

struct KnownFamily
{
    const char16_t *prefix;
    bool vision;
    bool structuredOutput;
    qint64 contextWindow;
    qint64 maxOutput;
};

// Longest prefix first. Figures from OpenAI's model pages.
constexpr std::array knownFamilies{
    KnownFamily{u"gpt-4o-mini", true, true, 128'000, 16'384},
    KnownFamily{u"gpt-4o", true, true, 128'000, 16'384},
    KnownFamily{u"gpt-4.1", true, true, 1'047'576, 32'768},
    KnownFamily{u"gpt-4-turbo", true, false, 128'000, 4'096},
    KnownFamily{u"gpt-4", false, false, 8'192, 8'192},
    KnownFamily{u"gpt-3.5-turbo", false, false, 16'385, 4'096},
    KnownFamily{u"gpt-5", true, true, 400'000, 128'000},
    KnownFamily{u"o4-mini", true, true, 200'000, 100'000},
    KnownFamily{u"o3", true, true, 200'000, 100'000},
    KnownFamily{u"o1", true, true, 200'000, 100'000},
};

} // namespace

ModelInfo OpenAiModels::infoFor(const QString &model)
{
    for (const KnownFamily &family : knownFamilies) {
        const QString prefix = QString::fromUtf16(family.prefix);
        if (!model.startsWith(prefix))
            continue;
        ModelInfo info;
        info.family = prefix;
        info.vision = family.vision;
        info.functionCalling = true;
        info.jsonOutput = true;
        info.structuredOutput = family.structuredOutput;
        info.contextWindow = family.contextWindow;
        info.maxOutputTokens = family.maxOutput;
        return info;
    }
    return ModelInfo::permissive();
}

QList<ModelDescriptor> OpenAiModels::parseList(const QByteArray &body, QString *error, QUrl *)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject() || !doc.object().value(u"data"_s).isArray()) {
        *error = u"the model list is not {\"data\": [...]} JSON"_s;
        return {};
    }
    QList<ModelDescriptor> models;
    const QJsonArray data = doc.object().value(u"data"_s).toArray();
    for (const QJsonValue &value : data) {
        const QJsonObject o = value.toObject();
        ModelDescriptor model;
        model.id = o.value(u"id"_s).toString();
        if (model.id.isEmpty())
            continue;
        model.ownedBy = o.value(u"owned_by"_s).toString();
        model.created = o.value(u"created"_s).toInteger();
        model.contextWindow = o.value(u"context_length"_s).toInteger(); // OpenRouter, vLLM
        model.raw = o;
        models << model;
    }
    return models;
}

} // namespace modelkit
