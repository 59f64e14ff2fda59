// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/tokenestimator.h"

#include <QJsonDocument>

namespace modelkit {

namespace {

bool isWide(char32_t c)
{
    // CJK, kana, hangul and similar scripts tokenize at roughly one token per character.
    return c >= 0x2E80;
}

} // namespace

qint64 TokenEstimator::text(QStringView text)
{
    qint64 tokens = 0;
    qint64 wordLength = 0;
    auto endWord = [&] {
        if (wordLength > 0)
            tokens += 1 + (wordLength - 1) / 6;
        wordLength = 0;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size()) {
            endWord();
            ++tokens; // emoji and other astral characters
            ++i;
        } else if (isWide(c.unicode())) {
            endWord();
            ++tokens;
        } else if (c.isLetterOrNumber()) {
            ++wordLength;
        } else {
            endWord();
            if (!c.isSpace())
                ++tokens;
        }
    }
    endWord();
    return tokens;
}

qint64 TokenEstimator::message(const LlmMessage &message)
{
    qint64 tokens = tokensPerMessage;
    if (const auto *m = std::get_if<SystemMessage>(&message)) {
        tokens += text(m->content);
    } else if (const auto *m = std::get_if<UserMessage>(&message)) {
        if (const auto *s = std::get_if<QString>(&m->content)) {
            tokens += text(*s);
        } else {
            for (const UserContentPart &part : std::get<QList<UserContentPart>>(m->content))
                tokens += std::holds_alternative<QString>(part) ? text(std::get<QString>(part))
                                                                : tokensPerImage;
        }
    } else if (const auto *m = std::get_if<AssistantMessage>(&message)) {
        if (const auto *s = std::get_if<QString>(&m->content)) {
            tokens += text(*s);
        } else {
            for (const FunctionCall &call : std::get<QList<FunctionCall>>(m->content))
                tokens += text(call.name) + text(call.arguments) + 3;
        }
    } else if (const auto *m = std::get_if<FunctionExecutionResultMessage>(&message)) {
        for (const FunctionExecutionResult &r : m->content)
            tokens += text(r.content) + tokensPerMessage;
    }
    return tokens;
}

qint64 TokenEstimator::tools(const QList<ToolSchema> &tools)
{
    qint64 tokens = 0;
    for (const ToolSchema &tool : tools) {
        const QByteArray schema = QJsonDocument(tool.parameters).toJson(QJsonDocument::Compact);
        tokens += 8 + text(tool.name) + text(tool.description) + text(QString::fromUtf8(schema));
    }
    return tokens;
}

qint64 TokenEstimator::request(const QList<LlmMessage> &messages, const QList<ToolSchema> &tools)
{
    qint64 tokens = replyPriming + TokenEstimator::tools(tools);
    for (const LlmMessage &m : messages)
        tokens += message(m);
    return tokens;
}

} // namespace modelkit
