// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/replay/replayscript.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

CreateResult ReplayScript::textResponse(const QString &text)
{
    CreateResult result;
    result.finishReason = FinishReason::Stop;
    result.content = text;
    result.cached = true; // AutoGen marks replayed results as cached
    return result;
}

std::optional<ReplayScript> ReplayScript::fromJson(const QJsonValue &value, JsonError *error,
                                                   const QString &path)
{
    ReplayScript script;
    QJsonArray responses;
    QString responsesPath = path;
    if (value.isArray()) {
        responses = value.toArray();
    } else {
        JsonFields fields(value, path, error);
        qint64 first = 0, token = 0, jitter = 0;
        if (!fields.isObject() || !fields.requireArray(u"responses"_s, &responses)
            || !fields.optionalInteger(u"first_token_delay_ms"_s, &first)
            || !fields.optionalInteger(u"token_delay_ms"_s, &token)
            || !fields.optionalInteger(u"jitter_ms"_s, &jitter)
            || !fields.optionalBool(u"loop"_s, &script.loop))
            return std::nullopt;
        script.firstTokenDelayMs = int(first);
        script.tokenDelayMs = int(token);
        script.jitterMs = int(jitter);
        responsesPath = fields.childPath(u"responses"_s);
    }
    for (qsizetype i = 0; i < responses.size(); ++i) {
        const QString itemPath = responsesPath + u'[' + QString::number(i) + u']';
        const QJsonValue item = responses.at(i);
        if (item.isString()) {
            script.responses << textResponse(item.toString());
            continue;
        }
        if (!item.isObject()) {
            setJsonError(error, itemPath, u"expected a string or a CreateResult object"_s);
            return std::nullopt;
        }
        QJsonObject object = item.toObject();
        if (!object.contains(u"cached"_s))
            object.insert(u"cached"_s, true);
        auto result = CreateResult::fromJson(object, error, itemPath);
        if (!result)
            return std::nullopt;
        script.responses << *result;
    }
    if (script.responses.isEmpty()) {
        setJsonError(error, responsesPath, u"the script has no responses"_s);
        return std::nullopt;
    }
    return script;
}

QJsonObject ReplayScript::toJson() const
{
    QJsonArray array;
    for (const CreateResult &r : responses)
        array.append(r.toJson());
    return {{u"responses"_s, array},
            {u"first_token_delay_ms"_s, firstTokenDelayMs},
            {u"token_delay_ms"_s, tokenDelayMs},
            {u"jitter_ms"_s, jitterMs},
            {u"loop"_s, loop}};
}

} // namespace modelkit
