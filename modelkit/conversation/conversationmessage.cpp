// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/conversationmessage.h"

#include "core/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

const QStringList &knownTypes()
{
    static const QStringList types{u"SystemMessage"_s, u"UserMessage"_s, u"AssistantMessage"_s,
                                   u"FunctionExecutionResultMessage"_s};
    return types;
}

//! A user content part this version cannot read but may keep: an object that is not an
//! image (no `data`, no `url`).
bool isUnknownPart(const QJsonValue &part)
{
    if (!part.isObject())
        return false;
    const QJsonObject o = part.toObject();
    return !o.contains(u"data"_s) && !o.contains(u"url"_s);
}

QString partDescription(const QJsonValue &part)
{
    const QString type = part.toObject().value(u"type"_s).toString();
    return type.isEmpty() ? u"a content part of unknown shape"_s
                          : u"a content part of type \"%1\""_s.arg(type);
}

} // namespace

ConversationMessage::ConversationMessage() : m_message(SystemMessage{}) {}

ConversationMessage::ConversationMessage(const LlmMessage &message) : m_message(message) {}

ConversationMessage ConversationMessage::unknown(const QJsonObject &json)
{
    ConversationMessage entry;
    entry.m_message.reset();
    entry.m_preserved = PreservedJson(json, {});
    return entry;
}

void ConversationMessage::setMessage(const LlmMessage &message)
{
    if (!m_message)
        m_preserved = {};
    m_message = message;
    m_unknownParts.clear();
}

QString ConversationMessage::typeName() const
{
    if (!m_message)
        return m_preserved.read().value(u"type"_s).toString();
    return knownTypes().at(qsizetype(m_message->index())); // in LlmMessage's order
}

QStringList ConversationMessage::unsupportedContent() const
{
    if (!m_message)
        return {u"a message of unknown type \"%1\""_s.arg(typeName())};
    QStringList parts;
    for (const auto &[index, part] : m_unknownParts)
        parts << partDescription(part);
    return parts;
}

QJsonObject ConversationMessage::toJson() const
{
    if (!m_message)
        return m_preserved.read();
    QJsonObject typed = llmMessageToJson(*m_message);
    if (m_unknownParts.isEmpty() || !m_preserved.isUnchanged(typed))
        return m_preserved.apply(typed);
    // Unchanged: the unknown parts go back to their places between the known ones.
    QJsonArray known = typed.value(u"content"_s).toArray();
    QJsonArray content;
    qsizetype next = 0;
    for (const auto &[index, part] : m_unknownParts) {
        while (content.size() < index && next < known.size())
            content.append(known.at(next++));
        content.append(part);
    }
    while (next < known.size())
        content.append(known.at(next++));
    typed.insert(u"content"_s, content);
    return PreservedJson::overlay(typed, m_preserved.read()).toObject();
}

std::optional<ConversationMessage>
ConversationMessage::fromJson(const QJsonValue &value, JsonError *error, const QString &path)
{
    JsonFields fields(value, path, error);
    QString type;
    if (!fields.isObject() || !fields.requireString(u"type"_s, &type))
        return std::nullopt;
    const QJsonObject object = fields.object();
    if (!knownTypes().contains(type))
        return unknown(object);

    // Parts of unknown shape are set aside (with their index) before the typed reader sees
    // the list; everything else must be valid.
    QJsonObject readable = object;
    QList<QPair<qsizetype, QJsonValue>> unknownParts;
    if (type == u"UserMessage" && object.value(u"content"_s).isArray()) {
        const QJsonArray parts = object.value(u"content"_s).toArray();
        QJsonArray kept;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (isUnknownPart(parts.at(i)))
                unknownParts.append({i, parts.at(i)});
            else
                kept.append(parts.at(i));
        }
        if (!unknownParts.isEmpty())
            readable.insert(u"content"_s, kept);
    }
    JsonError inner;
    auto message = llmMessageFromJson(readable, &inner, path);
    if (!message) {
        if (!unknownParts.isEmpty()
            && inner.path.startsWith(fields.childPath(u"content"_s) + u'[')) {
            // Map an index in the reduced list back to the file's.
            const QString prefix = fields.childPath(u"content"_s) + u'[';
            const qsizetype close = inner.path.indexOf(u']', prefix.size());
            qsizetype index = inner.path.mid(prefix.size(), close - prefix.size()).toLongLong();
            for (const auto &[at, part] : unknownParts) {
                if (at <= index)
                    ++index;
            }
            inner.path = prefix + QString::number(index) + inner.path.mid(close);
        }
        setJsonError(error, inner.path, inner.message);
        return std::nullopt;
    }
    ConversationMessage entry(*message);
    entry.m_preserved = PreservedJson(object, llmMessageToJson(*message));
    entry.m_unknownParts = unknownParts;
    return entry;
}

} // namespace modelkit
