// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "compare/comparisondocument.h"

#include "conversation/conversationimporter.h"
#include "conversation/conversationrun.h"
#include "core/jsonfields.h"

#include <iterator>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QList<CompareLaneSummary> ComparisonDocument::summaries() const
{
    QList<CompareLaneSummary> list;
    list.reserve(lanes.size());
    for (const CompareLaneResult &lane : lanes)
        list << lane.summary();
    return list;
}

qsizetype ComparisonDocument::indexOf(const QString &laneId) const
{
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        if (lanes.at(i).lane.id == laneId)
            return i;
    }
    return -1;
}

QJsonObject ComparisonDocument::toJson() const
{
    QJsonArray laneArray;
    for (const CompareLaneResult &lane : lanes)
        laneArray.append(lane.toJson());
    const CompareMarks best = marks();
    auto ids = [this](const QList<int> &indexes) {
        QJsonArray array;
        for (int i : indexes)
            array.append(lanes.at(i).lane.id);
        return array;
    };
    QJsonObject limits;
    for (auto it = concurrencyLimits.begin(); it != concurrencyLimits.end(); ++it)
        limits.insert(it.key(), it.value());
    const QJsonObject typed{
        {u"format"_s, formatName()},
        {u"version"_s, currentVersion},
        {u"id"_s, optionalText(id)},
        {u"title"_s, optionalText(title)},
        {u"created_at"_s, conversationTimeToJson(createdAt)},
        {u"stream"_s, streaming},
        {u"request"_s, request.toJson()},
        {u"concurrency_limits"_s, limits},
        {u"lanes"_s, laneArray},
        {u"marks"_s, QJsonObject{{u"fastest"_s, ids(best.fastest)},
                                 {u"cheapest"_s, ids(best.cheapest)},
                                 {u"longest"_s, ids(best.longest)}}},
    };
    return preserved.apply(typed);
}

std::optional<ComparisonDocument>
ComparisonDocument::fromJson(const QJsonValue &value, JsonError *error, const QString &path)
{
    JsonFields fields(value, path, error);
    if (!fields.requireFormat(formatName(), currentVersion))
        return std::nullopt;
    const QJsonObject o = fields.object();

    ComparisonDocument document;
    QJsonObject limits;
    QJsonArray lanes;
    if (!fields.optionalString(u"id"_s, &document.id)
        || !fields.optionalString(u"title"_s, &document.title)
        || !fields.optionalBool(u"stream"_s, &document.streaming)
        || !fields.optionalObject(u"concurrency_limits"_s, &limits)
        || !fields.requireArray(u"lanes"_s, &lanes)
        || !conversationTimeFromJson(o.value(u"created_at"_s), &document.createdAt, error,
                                     fields.childPath(u"created_at"_s)))
        return std::nullopt;
    if (!o.contains(u"request"_s)) {
        fields.fail(u"request"_s, u"is required"_s);
        return std::nullopt;
    }
    // As in conversation files and lanes: parameters of a newer version are skipped (the
    // document keeps them, PreservedJson), a known one of the wrong type is an error.
    QJsonValue requestJson = o.value(u"request"_s);
    if (requestJson.isObject() && requestJson.toObject().value(u"parameters"_s).isObject()) {
        QJsonObject requestObject = requestJson.toObject();
        QJsonObject parameters = requestObject.value(u"parameters"_s).toObject();
        const QStringList known = CompletionParameters::knownKeys();
        for (auto it = parameters.begin(); it != parameters.end();)
            it = known.contains(it.key()) ? std::next(it) : parameters.erase(it);
        requestObject.insert(u"parameters"_s, parameters);
        requestJson = requestObject;
    }
    auto request = CompletionRequest::fromJson(requestJson, error, fields.childPath(u"request"_s));
    if (!request)
        return std::nullopt;
    document.request = *request;

    for (auto it = limits.begin(); it != limits.end(); ++it) {
        const QJsonValue limit = it.value();
        if (!limit.isDouble() || limit.toDouble() != double(limit.toInteger())
            || limit.toInteger() < 1 || limit.toInteger() > maxLanes) {
            setJsonError(error, fields.childPath(u"concurrency_limits"_s) + u'.' + it.key(),
                         u"expected an integer from 1 to %1"_s.arg(maxLanes));
            return std::nullopt;
        }
        document.concurrencyLimits.insert(it.key(), int(limit.toInteger()));
    }

    if (lanes.isEmpty() || lanes.size() > maxLanes) {
        fields.fail(u"lanes"_s, u"expected 1 to %1 lanes, not %2"_s.arg(
                                    QString::number(maxLanes), QString::number(lanes.size())));
        return std::nullopt;
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const QString lanePath = fields.childPath(u"lanes"_s) + u'[' + QString::number(i) + u']';
        auto lane = CompareLaneResult::fromJson(lanes.at(i), error, lanePath);
        if (!lane)
            return std::nullopt;
        if (ids.contains(lane->lane.id)) {
            setJsonError(error, lanePath + u".id"_s,
                         u"duplicate lane id \"%1\""_s.arg(lane->lane.id));
            return std::nullopt;
        }
        ids.insert(lane->lane.id);
        document.lanes << *lane;
    }
    document.preserved = PreservedJson(o, document.toJson());
    return document;
}

QByteArray ComparisonDocument::toBytes() const
{
    // QJsonObject keeps its keys sorted, and QJsonDocument writes numbers in their shortest
    // round-trip form: the output depends on the values alone.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<ComparisonDocument> ComparisonDocument::fromBytes(const QByteArray &bytes,
                                                                JsonError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(lineStart)).size() + 1;
        setJsonError(
            error, QString(),
            tr("invalid JSON at line %1, column %2: %3")
                .arg(QString::number(line), QString::number(column), parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setJsonError(error, u"$"_s, tr("expected an object"));
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

std::optional<ComparisonDocument> ComparisonDocument::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > ConversationImporter::maxFileSize) {
        *error = tr("%1: the file is larger than %2 MiB")
                     .arg(path, QString::number(ConversationImporter::maxFileSize >> 20));
        return std::nullopt;
    }
    JsonError jsonError;
    auto document = fromBytes(file.readAll(), &jsonError);
    if (!document)
        *error = path + u": "_s + jsonError.toString();
    return document;
}

bool ComparisonDocument::writeFile(const QString &path, QString *error) const
{
    const QByteArray bytes = toBytes();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace modelkit
