// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/cacheentry.h"

#include "core/jsonfields.h"
#include "core/resultbuilder.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

QList<StreamDelta> wholeParts(const CreateResult &result)
{
    QList<StreamDelta> parts;
    if (result.thought && !result.thought->isEmpty())
        parts.append({StreamDelta::Kind::Thought, *result.thought, 0, {}, {}});
    if (const auto *text = std::get_if<QString>(&result.content)) {
        if (!text->isEmpty())
            parts.append({StreamDelta::Kind::Text, *text, 0, {}, {}});
        return parts;
    }
    const QList<FunctionCall> calls = result.functionCalls();
    for (int i = 0; i < calls.size(); ++i)
        parts.append(
            {StreamDelta::Kind::ToolCall, calls[i].arguments, i, calls[i].id, calls[i].name});
    return parts;
}

} // namespace

bool CacheEntry::isStorable(const CreateResult &result)
{
    return result.finishReason != FinishReason::Unknown;
}

bool CacheEntry::deltasRebuildResult() const
{
    ResultBuilder builder;
    for (const StreamDelta &delta : deltas) {
        switch (delta.kind) {
        case StreamDelta::Kind::Text:
            builder.appendText(delta.text);
            break;
        case StreamDelta::Kind::Thought:
            builder.appendThought(delta.text);
            break;
        case StreamDelta::Kind::ToolCall:
            builder.appendToolCall(delta.index, delta.id, delta.name, delta.text);
            break;
        }
    }
    builder.setFinishReason(result.finishReason);
    const CreateResult rebuilt = builder.build();
    return rebuilt.content == result.content && rebuilt.thought == result.thought
           && rebuilt.finishReason == result.finishReason;
}

QList<StreamDelta> CacheEntry::replayDeltas(bool streaming) const
{
    if (streaming && deltasRebuildResult())
        return deltas;
    return wholeParts(result);
}

QByteArray CacheEntry::toBytes() const
{
    QJsonObject stored = result.toJson(CreateResult::JsonDetail::WithInspector);
    // A hit has its own timings and made no HTTP exchange; the original one is not kept.
    stored.remove(u"exchange"_s);
    QJsonArray array;
    for (const StreamDelta &delta : deltas)
        array.append(delta.toJson());
    const QJsonObject o{{u"format"_s, format},
                        {u"result"_s, stored},
                        {u"deltas"_s, array},
                        {u"streamed"_s, streamed},
                        {u"stored_at_ms"_s, storedAtMs}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<CacheEntry> CacheEntry::fromBytes(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = u"the cache entry is not a JSON object"_s;
        return std::nullopt;
    }
    JsonError jsonError;
    JsonFields fields(doc.object(), u"$"_s, &jsonError);
    CacheEntry entry;
    qint64 version = 0;
    QJsonArray deltas;
    QJsonObject result;
    const bool ok = fields.isObject() && fields.optionalInteger(u"format"_s, &version)
                    && fields.optionalObject(u"result"_s, &result)
                    && fields.requireArray(u"deltas"_s, &deltas)
                    && fields.optionalBool(u"streamed"_s, &entry.streamed)
                    && fields.optionalInteger(u"stored_at_ms"_s, &entry.storedAtMs);
    if (ok && version != format) {
        if (error)
            *error = u"the cache entry has format %1, expected %2"_s.arg(version).arg(format);
        return std::nullopt;
    }
    std::optional<CreateResult> parsed;
    if (ok)
        parsed = CreateResult::fromJson(result, &jsonError, fields.childPath(u"result"_s));
    if (parsed)
        entry.result = *parsed;
    for (qsizetype i = 0; parsed && i < deltas.size(); ++i) {
        const auto delta
            = StreamDelta::fromJson(deltas.at(i), &jsonError, u"$.deltas[%1]"_s.arg(i));
        if (!delta) {
            parsed.reset();
            break;
        }
        entry.deltas.append(*delta);
    }
    if (!parsed) {
        if (error)
            *error = u"invalid cache entry: "_s + jsonError.toString();
        return std::nullopt;
    }
    return entry;
}

} // namespace modelkit
