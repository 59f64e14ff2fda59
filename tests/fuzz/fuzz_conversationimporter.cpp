// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// ConversationImporter over every format it detects (modelkit.conversation, modelkit /
// AutoGen requests and message lists, OpenAI messages and bodies, Anthropic messages and
// bodies), and each format's reader called directly as well, past the detection. What was
// imported must save as a modelkit.conversation file that reads back to the same bytes.

#include "conversation/anthropicmessagesimport.h"
#include "conversation/conversationformat.h"
#include "conversation/conversationimporter.h"
#include "conversation/openaichatimport.h"
#include "fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace modelkit;

namespace {

const QString fileName = QStringLiteral("fuzz.json");

void checkFailure(const ImportError &error, QByteArrayView input)
{
    FUZZ_CHECK(error.file == fileName);
    FUZZ_CHECK(!error.message.isEmpty());
    FUZZ_CHECK(error.toString().startsWith(fileName));
    if (error.line > 0) {
        FUZZ_CHECK(error.line <= input.count('\n') + 1);
        FUZZ_CHECK(error.column >= 1 && error.column <= input.size() + 1);
    } else {
        FUZZ_CHECK(error.column == 0);
    }
}

// Saving and reopening: the canonical bytes are a fixed point.
void checkSaved(const Conversation &conversation)
{
    const QByteArray saved = ConversationFormat::toBytes(conversation);
    ImportError error;
    ConversationImporter::Format format{};
    const auto reopened = ConversationImporter::importBytes(saved, fileName, &error, &format);
    if (!reopened) {
        std::fprintf(stderr, "saved conversation does not reopen: %s\n%s\n",
                     qPrintable(error.toString()), saved.constData());
    }
    FUZZ_CHECK(reopened.has_value());
    FUZZ_CHECK(format == ConversationImporter::Format::Conversation);
    const QByteArray again = ConversationFormat::toBytes(*reopened);
    if (again != saved)
        std::fprintf(stderr, "saved:\n%s\nsaved again:\n%s\n", saved.constData(),
                     again.constData());
    FUZZ_CHECK(again == saved);
}

void exercise(const Conversation &conversation)
{
    conversation.toRequest().toJson();
    conversation.unsupportedContent();
    checkSaved(conversation);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    const QByteArray bytes = input.toByteArray();

    ImportError error;
    ConversationImporter::Format format{};
    const auto conversation = ConversationImporter::importBytes(bytes, fileName, &error, &format);
    if (conversation) {
        FUZZ_CHECK(!ConversationImporter::formatName(format).isEmpty());
        exercise(*conversation);
    } else {
        checkFailure(error, input);
    }
    // Without somewhere to report, the same answer.
    FUZZ_CHECK(ConversationImporter::importBytes(bytes, fileName, nullptr).has_value()
               == conversation.has_value());

    // Each reader on its own, whatever the detection would have chosen.
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    QJsonArray messages;
    if (document.isObject()) {
        const QJsonObject object = document.object();
        messages = object.value(u"messages").toArray();
        JsonError json;
        if (const auto c = OpenAiChatImport::requestBody(object, &json))
            exercise(*c);
        json = {};
        if (const auto c = AnthropicMessagesImport::requestBody(object, &json))
            exercise(*c);
        json = {};
        if (const auto c = ConversationFormat::fromJson(object, &json))
            exercise(*c);
        json = {};
        if (const auto c = Conversation::fromJson(object, &json))
            exercise(*c);
    } else if (document.isArray()) {
        messages = document.array();
    }
    if (!messages.isEmpty()) {
        JsonError json;
        if (const auto list = OpenAiChatImport::messages(messages, &json, QStringLiteral("$"))) {
            Conversation c = Conversation::fromRequest({});
            c.setLlmMessages(*list);
            exercise(c);
        }
        json = {};
        if (const auto list
            = AnthropicMessagesImport::messages(messages, &json, QStringLiteral("$"))) {
            Conversation c = Conversation::fromRequest({});
            c.setLlmMessages(*list);
            exercise(c);
        }
    }
    return 0;
}
