// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparelane.h"

#include "core/jsonfields.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

//! The length of the `KEY` when `text` starts with `KEY=` (KEY: [A-Za-z_][A-Za-z0-9_]*), else 0.
qsizetype keyAt(QStringView text)
{
    auto isKeyChar = [](QChar c, bool first) {
        return c == u'_' || (c.isLetter() && c.unicode() < 128)
               || (!first && c.isDigit() && c.unicode() < 128);
    };
    qsizetype i = 0;
    while (i < text.size() && isKeyChar(text.at(i), i == 0))
        ++i;
    return i > 0 && i < text.size() && text.at(i) == u'=' ? i : 0;
}

//! The first `separator` in `text` at or after `from` that is followed by `KEY=`, or -1.
qsizetype boundary(QStringView text, QChar separator, qsizetype from)
{
    for (qsizetype i = text.indexOf(separator, from); i >= 0; i = text.indexOf(separator, i + 1)) {
        if (keyAt(text.mid(i + 1)) > 0)
            return i;
    }
    return -1;
}

//! VALUE as JSON when it parses as JSON (0.2, true, ["a"], "x"), otherwise as text.
QJsonValue specValue(const QString &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8());
    return doc.isArray() && doc.array().size() == 1 ? doc.array().first() : QJsonValue(text);
}

//! How toSpec() writes `value`: text where specValue() reads it back as that text, else
//! compact JSON.
QString specText(const QJsonValue &value)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (!text.isEmpty() && specValue(text) == value && boundary(text, u',', 0) < 0)
            return text;
    }
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

QString CompareLane::displayName() const
{
    if (!label.isEmpty())
        return label;
    return model.isEmpty() ? limitKey() : limitKey() + u':' + model;
}

CompletionParameters CompareLane::mergeParameters(const CompletionParameters &base,
                                                  const CompletionParameters &overrides)
{
    QJsonObject merged = base.toJson();
    const QJsonObject over = overrides.toJson();
    for (auto it = over.begin(); it != over.end(); ++it)
        merged.insert(it.key(), it.value());
    return CompletionParameters::fromJson(merged).value_or(base);
}

CompletionRequest CompareLane::request(const CompletionRequest &shared) const
{
    CompletionRequest request = shared;
    request.parameters = mergeParameters(shared.parameters, parameters);
    if (!systemPrompt)
        return request;
    const auto system
        = std::find_if(request.messages.begin(), request.messages.end(), [](const LlmMessage &m) {
              return std::holds_alternative<SystemMessage>(m);
          });
    if (systemPrompt->isEmpty()) {
        if (system != request.messages.end())
            request.messages.erase(system);
    } else if (system != request.messages.end()) {
        std::get<SystemMessage>(*system).content = *systemPrompt;
    } else {
        request.messages.prepend(SystemMessage{*systemPrompt});
    }
    return request;
}

QString CompareLane::validationError() const
{
    if (id.isEmpty())
        return tr("a lane needs an id");
    if (limitKey().isEmpty())
        return tr("lane \"%1\" names neither a profile nor a provider").arg(id);
    if (repeat < 1 || repeat > maxRepeat)
        return tr("lane \"%1\": repeat must be from 1 to %2").arg(id, QString::number(maxRepeat));
    return {};
}

std::optional<CompareLane> CompareLane::fromSpec(const QString &spec, QString *error)
{
    CompareLane lane;
    const qsizetype colon = spec.indexOf(u':');
    lane.profile = (colon < 0 ? spec : spec.left(colon)).trimmed();
    if (lane.profile.isEmpty()) {
        *error = tr("\"%1\": a lane starts with a profile or provider (PROFILE:MODEL)").arg(spec);
        return std::nullopt;
    }
    if (colon < 0)
        return lane;
    const QString rest = spec.mid(colon + 1);
    const qsizetype optionsAt = boundary(rest, u':', 0);
    lane.model = (optionsAt < 0 ? rest : rest.left(optionsAt)).trimmed();
    if (optionsAt < 0)
        return lane;

    const QString options = rest.mid(optionsAt + 1);
    QStringList known = CompletionParameters::knownKeys();
    known << u"repeat"_s << u"cache"_s << u"system"_s;
    qsizetype at = 0;
    while (at < options.size()) {
        const qsizetype keyLength = keyAt(QStringView(options).mid(at));
        if (keyLength == 0) {
            *error = tr("\"%1\": expected KEY=VALUE at \"%2\"").arg(spec, options.mid(at));
            return std::nullopt;
        }
        const QString key = options.mid(at, keyLength);
        const qsizetype valueAt = at + keyLength + 1;
        if (key == u"system") {
            lane.systemPrompt = options.mid(valueAt);
            break;
        }
        const qsizetype end = boundary(options, u',', valueAt);
        const QString text = options.mid(valueAt, end < 0 ? -1 : end - valueAt);
        at = end < 0 ? options.size() : end + 1;
        const QJsonValue value = specValue(text);
        if (key == u"repeat") {
            const qint64 count = value.isDouble() ? value.toInteger(-1) : -1;
            if (count < 1 || count > maxRepeat || double(count) != value.toDouble()) {
                *error = tr("\"%1\": repeat must be a whole number from 1 to %2")
                             .arg(spec, QString::number(maxRepeat));
                return std::nullopt;
            }
            lane.repeat = int(count);
            continue;
        }
        if (key == u"cache") {
            if (!value.isBool()) {
                *error = tr("\"%1\": cache must be true or false").arg(spec);
                return std::nullopt;
            }
            lane.cache = value.toBool();
            continue;
        }
        if (!known.contains(key)) {
            *error = tr("\"%1\": unknown override \"%2\" (known: %3)")
                         .arg(spec, key, known.join(u", "_s));
            return std::nullopt;
        }
        QString problem;
        if (!lane.parameters.set(key, value, &problem)) {
            *error = tr("\"%1\": %2: %3").arg(spec, key, problem);
            return std::nullopt;
        }
    }
    return lane;
}

QString CompareLane::toSpec() const
{
    QStringList options;
    const QJsonObject params = parameters.toJson();
    for (auto it = params.begin(); it != params.end(); ++it)
        options << it.key() + u'=' + specText(it.value());
    if (repeat != 1)
        options << u"repeat="_s + QString::number(repeat);
    if (cache)
        options << (*cache ? u"cache=true"_s : u"cache=false"_s);
    if (systemPrompt)
        options << u"system="_s + *systemPrompt;
    QString spec = limitKey();
    if (!model.isEmpty() || !options.isEmpty())
        spec += u':' + model;
    if (!options.isEmpty())
        spec += u':' + options.join(u',');
    return spec;
}

QJsonObject CompareLane::toJson() const
{
    return {
        {u"id"_s, id},
        {u"label"_s, optionalText(label)},
        {u"profile"_s, optionalText(profile)},
        {u"provider"_s, optionalText(provider)},
        {u"model"_s, optionalText(model)},
        {u"parameters"_s, parameters.toJson()},
        {u"system_prompt"_s, systemPrompt ? QJsonValue(*systemPrompt) : QJsonValue()},
        {u"repeat"_s, repeat},
        {u"cache"_s, cache ? QJsonValue(*cache) : QJsonValue()},
    };
}

std::optional<CompareLane> CompareLane::fromJson(const QJsonValue &value, JsonError *error,
                                                 const QString &path)
{
    JsonFields fields(value, path, error);
    CompareLane lane;
    QJsonObject parameters;
    qint64 repeat = 1;
    if (!fields.isObject() || !fields.requireString(u"id"_s, &lane.id)
        || !fields.optionalString(u"label"_s, &lane.label)
        || !fields.optionalString(u"profile"_s, &lane.profile)
        || !fields.optionalString(u"provider"_s, &lane.provider)
        || !fields.optionalString(u"model"_s, &lane.model)
        || !fields.optionalObject(u"parameters"_s, &parameters)
        || !fields.optionalString(u"system_prompt"_s, &lane.systemPrompt)
        || !fields.optionalInteger(u"repeat"_s, &repeat)
        || !fields.optionalBool(u"cache"_s, &lane.cache))
        return std::nullopt;
    if (lane.id.isEmpty()) {
        fields.fail(u"id"_s, u"must not be empty"_s);
        return std::nullopt;
    }
    if (lane.profile.isEmpty() && lane.provider.isEmpty()) {
        fields.fail(u"profile"_s, u"a lane needs a profile or a provider"_s);
        return std::nullopt;
    }
    if (repeat < 1 || repeat > maxRepeat) {
        fields.fail(u"repeat"_s, u"expected an integer from 1 to %1"_s.arg(maxRepeat));
        return std::nullopt;
    }
    lane.repeat = int(repeat);
    // As in conversation files: parameters of a newer version are skipped (the document
    // keeps them), a known one of the wrong type is an error.
    const QStringList known = CompletionParameters::knownKeys();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        if (!known.contains(it.key()) || it.value().isNull())
            continue;
        QString problem;
        if (!lane.parameters.set(it.key(), it.value(), &problem)) {
            setJsonError(error, fields.childPath(u"parameters"_s) + u'.' + it.key(), problem);
            return std::nullopt;
        }
    }
    return lane;
}

} // namespace modelkit
