// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
//
// The tool editor's checks: JsonTextCheck (ui/session/jsontextcheck.cpp, compiled in here:
// it needs QtCore only) and what PlaygroundSession::toolProblem() does with its document,
// ToolSchema::fromJson(). The input is read as UTF-8 and, when it has an even size, also as
// raw UTF-16 (lone surrogates included).

#include "core/toolschema.h"
#include "fuzzsupport.h"
#include "session/jsontextcheck.h"

#include <algorithm>
#include <cstring>

#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

using modelkit::JsonError;
using modelkit::ToolSchema;
using playground::JsonTextCheck;

namespace {

// PlaygroundSession::toolProblem(), step by step (it is a static member of a QObject that
// drags the whole session in; the steps are these).
void checkTool(const JsonTextCheck &check)
{
    if (!check.isValid() || !check.document().isObject())
        return;
    JsonError error;
    const std::optional<ToolSchema> tool = ToolSchema::fromJson(check.document().object(), &error);
    if (!tool) {
        FUZZ_CHECK(!error.toString().isEmpty());
        return;
    }
    FUZZ_CHECK(tool->validationError().isEmpty());
    // What the editor keeps is what it read.
    const std::optional<ToolSchema> again = ToolSchema::fromJson(tool->toJson());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *tool);
}

void checkText(const QString &text)
{
    const JsonTextCheck check = JsonTextCheck::parse(text);
    const bool blank = std::all_of(text.cbegin(), text.cend(), JsonTextCheck::isBlankCharacter);
    FUZZ_CHECK(check.isBlank() == blank);
    FUZZ_CHECK(!(check.isBlank() && check.isValid()));

    if (check.isValid()) {
        FUZZ_CHECK(check.document().isObject() || check.document().isArray());
        FUZZ_CHECK(check.message().isEmpty());
        FUZZ_CHECK(check.position() == -1 && check.line() == 0 && check.column() == 0);
        // The strict check passes only what Qt reads, and Qt reads the same document.
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(text.toUtf8(), &qtError);
        FUZZ_CHECK(qtError.error == QJsonParseError::NoError);
        FUZZ_CHECK(qt == check.document());
        checkTool(check);
        return;
    }

    FUZZ_CHECK(!check.problem().isEmpty());
    FUZZ_CHECK(!check.message().isEmpty());
    FUZZ_CHECK(check.document().isNull());
    if (blank) {
        FUZZ_CHECK(check.line() == 0 && check.column() == 0);
        return;
    }
    // The position is in the text, and line and column say where it is.
    FUZZ_CHECK(check.position() >= 0 && check.position() <= text.size());
    const QStringView before = QStringView(text).first(check.position());
    FUZZ_CHECK(check.line() == before.count(u'\n') + 1);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    FUZZ_CHECK(check.column() >= 1 && check.column() <= check.position() - lineStart + 1);
    FUZZ_CHECK(check.message().contains(check.problem()));

    // The strict checker names every problem RFC 8259 knows; only Qt's own limits (depth,
    // size) are left for Qt's parser, whose messages then show through. (Two of Qt's
    // messages are also the checker's own.)
    static const QStringList shared{QStringLiteral("unterminated string"),
                                    QStringLiteral("invalid escape sequence")};
    QJsonParseError qtError;
    QJsonDocument::fromJson(text.toUtf8(), &qtError);
    if (qtError.error != QJsonParseError::NoError && qtError.error != QJsonParseError::DeepNesting
        && qtError.error != QJsonParseError::DocumentTooLarge
        && check.problem() == qtError.errorString() && !shared.contains(check.problem())) {
        std::fprintf(stderr, "the strict check passed what Qt rejects: %s at byte %d\n",
                     qPrintable(qtError.errorString()), qtError.offset);
        FUZZ_CHECK(false);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    checkText(QString::fromUtf8(input));
    if (size % 2 == 0 && size > 0) {
        QString utf16(qsizetype(size / 2), Qt::Uninitialized);
        std::memcpy(utf16.data(), data, size);
        checkText(utf16);
    }
    return 0;
}
