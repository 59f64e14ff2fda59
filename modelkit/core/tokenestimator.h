// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/llmmessage.h"
#include "core/toolschema.h"

#include <QList>
#include <QStringView>

namespace modelkit {

//! A provider-independent token *estimate* (no tokenizer): word pieces of up to ~6
//! characters, one token per punctuation mark and per CJK character, OpenAI's per-message
//! framing, and a flat cost per image. Within ~20% of BPE tokenizers on English prose; use a
//! provider's count endpoint where an exact number matters.
class TokenEstimator
{
public:
    static constexpr qint64 tokensPerMessage = 4;
    static constexpr qint64 tokensPerImage = 765; // a 1024×1024 image at high detail
    static constexpr qint64 replyPriming = 3;

    static qint64 text(QStringView text);
    static qint64 message(const LlmMessage &message);
    static qint64 tools(const QList<ToolSchema> &tools);
    static qint64 request(const QList<LlmMessage> &messages, const QList<ToolSchema> &tools);
};

} // namespace modelkit
