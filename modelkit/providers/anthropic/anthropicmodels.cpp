// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/anthropic/anthropicmodels.h"

#include <array>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

struct KnownFamily
{
    const char16_t *prefix;
    bool structuredOutput;
    qint64 contextWindow;
    qint64 maxOutput;
};

// Longest prefix first (claude-opus-4-5 before claude-opus-4). Figures from Anthropic's
// model pages; every Claude model takes images and tools.
constexpr std::array knownFamilies{
    KnownFamily{u"claude-opus-4-8", true, 1'000'000, 128'000},
    KnownFamily{u"claude-opus-4-7", true, 1'000'000, 128'000},
    KnownFamily{u"claude-opus-4-6", true, 1'000'000, 128'000},
    KnownFamily{u"claude-opus-4-5", true, 200'000, 64'000},
    KnownFamily{u"claude-opus-4-1", true, 200'000, 32'000},
    KnownFamily{u"claude-opus-4", true, 200'000, 32'000},
    KnownFamily{u"claude-sonnet-4-6", true, 1'000'000, 128'000},
    KnownFamily{u"claude-sonnet-4-5", true, 200'000, 64'000},
    KnownFamily{u"claude-sonnet-4", true, 200'000, 64'000},
    KnownFamily{u"claude-haiku-4-5", true, 200'000, 64'000},
    KnownFamily{u"claude-opus-5", true, 1'000'000, 128'000},
    KnownFamily{u"claude-sonnet-5", true, 1'000'000, 128'000},
    KnownFamily{u"claude-haiku-5", true, 1'000'000, 128'000},
    KnownFamily{u"claude-fable-5", true, 1'000'000, 128'000},
    KnownFamily{u"claude-3-7-sonnet", false, 200'000, 64'000},
    KnownFamily{u"claude-3-5-sonnet", false, 200'000, 8'192},
    KnownFamily{u"claude-3-5-haiku", false, 200'000, 8'192},
    KnownFamily{u"claude-3-opus", false, 200'000, 4'096},
    KnownFamily{u"claude-3-haiku", false, 200'000, 4'096},
};

} // namespace

ModelInfo AnthropicModels::infoFor(const QString &model)
{
    for (const KnownFamily &family : knownFamilies) {
        const QString prefix = QString::fromUtf16(family.prefix);
        if (!model.startsWith(prefix))
            continue;
        ModelInfo info;
        info.family = prefix;
        info.vision = true;
        info.functionCalling = true;
        info.jsonOutput = false;
        info.structuredOutput = family.structuredOutput;
        info.contextWindow = family.contextWindow;
        info.maxOutputTokens = family.maxOutput;
        return info;
    }
    ModelInfo info = ModelInfo::permissive();
    info.jsonOutput = false;
    return info;
}

QList<ModelDescriptor> AnthropicModels::parseList(const QByteArray &body, const QUrl &pageUrl,
                                                  QString *error, QUrl *nextPage)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject() || !doc.object().value(u"data"_s).isArray()) {
        *error = u"the model list is not {\"data\": [...]} JSON"_s;
        return {};
    }
    const QJsonObject page = doc.object();
    QList<ModelDescriptor> models;
    const QJsonArray data = page.value(u"data"_s).toArray();
    for (const QJsonValue &value : data) {
        const QJsonObject o = value.toObject();
        ModelDescriptor model;
        model.id = o.value(u"id"_s).toString();
        if (model.id.isEmpty())
            continue;
        model.displayName = o.value(u"display_name"_s).toString();
        // RFC 3339, e.g. "2025-02-19T00:00:00Z".
        const QDateTime created
            = QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        if (created.isValid())
            model.created = created.toSecsSinceEpoch();
        model.contextWindow = o.value(u"max_input_tokens"_s).toInteger();
        model.raw = o;
        models << model;
    }
    const QString lastId = page.value(u"last_id"_s).toString();
    if (page.value(u"has_more"_s).toBool() && !lastId.isEmpty()) {
        QUrl next = pageUrl;
        QUrlQuery query(next);
        query.removeAllQueryItems(u"after_id"_s);
        query.addQueryItem(u"after_id"_s, lastId);
        next.setQuery(query);
        *nextPage = next;
    }
    return models;
}

} // namespace modelkit
