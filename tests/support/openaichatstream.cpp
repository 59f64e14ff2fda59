// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "openaichatstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace testsupport {

QByteArray openAiChatStream(const QString &model, const QStringList &pieces, qint64 prompt,
                            qint64 completion, const QString &finish)
{
    auto event = [&model](const QJsonArray &choices, const QJsonObject &extra = {}) -> QByteArray {
        QJsonObject object{
            {u"id"_s, u"chatcmpl-loopback"_s},
            {u"object"_s, u"chat.completion.chunk"_s},
            {u"created"_s, 1},
            {u"model"_s, model},
            {u"choices"_s, choices},
        };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            object.insert(it.key(), it.value());
        return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
    };
    auto delta
        = [&event](const QJsonObject &content, const QJsonValue &finishReason) -> QByteArray {
        return event(QJsonArray{QJsonObject{
            {u"index"_s, 0}, {u"delta"_s, content}, {u"finish_reason"_s, finishReason}}});
    };
    QByteArray sse = delta({{u"role"_s, u"assistant"_s}, {u"content"_s, u""_s}}, QJsonValue());
    for (const QString &piece : pieces)
        sse += delta({{u"content"_s, piece}}, QJsonValue());
    sse += delta({}, finish);
    sse += event(QJsonArray(),
                 {{u"usage"_s, QJsonObject{{u"prompt_tokens"_s, prompt},
                                           {u"completion_tokens"_s, completion},
                                           {u"total_tokens"_s, prompt + completion}}}});
    return sse + "data: [DONE]\n\n";
}

} // namespace testsupport
