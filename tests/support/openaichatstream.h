// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace testsupport {

//! An OpenAI chat-completions SSE transcript streaming `pieces` of text, the finish chunk,
//! a final usage chunk (`prompt` and `completion` tokens) and `[DONE]`, shaped as the
//! official SDK records it.
QByteArray openAiChatStream(const QString &model, const QStringList &pieces, qint64 prompt,
                            qint64 completion, const QString &finish = QStringLiteral("stop"));

} // namespace testsupport
