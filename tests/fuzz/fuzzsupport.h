// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the libFuzzer harnesses (tests/fuzz/fuzz_*.cpp): invariant checks that abort
// (a crash to libFuzzer, a failure to the replay runner), chunkings derived from the input,
// and a ResultBuilder observer that records every delta.

#include "core/createresult.h"
#include "core/modelerror.h"
#include "core/resultbuilder.h"
#include "providers/responsereader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace fuzz {

[[noreturn]] inline void fail(const char *file, int line, const char *condition)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, condition);
    std::fflush(stderr);
    std::abort();
}

// Checked in every build type (harnesses are built RelWithDebInfo, where assert() is off).
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::fuzz::fail(__FILE__, __LINE__, #condition);                                          \
    } while (false)

inline QByteArrayView bytesOf(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// FNV-1a: the input decides its own chunking, so a crash reproduces from the input alone.
inline uint64_t hashOf(QByteArrayView bytes)
{
    uint64_t hash = 14695981039346656037ull;
    for (const char c : bytes) {
        hash ^= uint8_t(c);
        hash *= 1099511628211ull;
    }
    return hash;
}

// xorshift64*: cheap, deterministic, never stuck at zero.
class Random
{
public:
    explicit Random(uint64_t seed) : m_state(seed ? seed : 0x9E3779B97F4A7C15ull) {}
    uint64_t next()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ull;
    }
    //! A value in [0, bound); 0 when bound is 0.
    uint64_t below(uint64_t bound) { return bound ? next() % bound : 0; }

private:
    uint64_t m_state;
};

// Pieces of random sizes derived from the input: mostly small (1-16 bytes, so that
// terminators, BOMs and UTF-8 sequences get cut), some large, and now and then an empty one.
inline QList<QByteArrayView> randomPieces(QByteArrayView bytes, uint64_t seed)
{
    Random random(seed);
    QList<QByteArrayView> pieces;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const uint64_t kind = random.below(8);
        qsizetype length = 0;
        if (kind == 0)
            length = 0;
        else if (kind < 6)
            length = qsizetype(1 + random.below(16));
        else
            length = qsizetype(1 + random.below(4096));
        length = std::min(length, bytes.size() - pos);
        pieces.append(bytes.sliced(pos, length));
        pos += length;
    }
    return pieces;
}

// Every byte on its own: each boundary of the input is a chunk boundary.
inline QList<QByteArrayView> bytePieces(QByteArrayView bytes)
{
    QList<QByteArrayView> pieces;
    pieces.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        pieces.append(bytes.sliced(i, 1));
    return pieces;
}

// Byte-by-byte runs cost a call per byte; above this size only the other chunkings run.
constexpr qsizetype maxBytewiseSize = 16 * 1024;

// One ResultBuilder::Observer callback, as a CompletionJob would re-emit it.
struct Delta
{
    enum class Kind { Text, Thought, ToolCall };
    Kind kind;
    int index = -1;
    QString id;
    QString name;
    QString text;
    bool operator==(const Delta &) const = default;
};

class RecordingObserver : public modelkit::ResultBuilder::Observer
{
public:
    void textAppended(const QString &text) override
    {
        FUZZ_CHECK(!text.isEmpty()); // the builder drops empty deltas
        deltas.append({Delta::Kind::Text, -1, {}, {}, text});
    }
    void thoughtAppended(const QString &text) override
    {
        FUZZ_CHECK(!text.isEmpty());
        deltas.append({Delta::Kind::Thought, -1, {}, {}, text});
    }
    void toolCallAppended(int index, const QString &id, const QString &name,
                          const QString &argumentsFragment) override
    {
        deltas.append({Delta::Kind::ToolCall, index, id, name, argumentsFragment});
    }

    QList<Delta> deltas;
};

// What a reader made of one stream.
struct StreamOutcome
{
    modelkit::CreateResult result;
    std::optional<modelkit::ModelError> error;
    QList<Delta> deltas;
    bool operator==(const StreamOutcome &) const = default;
};

// Feeds `pieces` as HttpCompletionJob does (stopping at the first stream error), then
// finish(). The text of the deltas must add up to the builder's text.
inline StreamOutcome readStream(modelkit::ResponseReader &reader,
                                const QList<QByteArrayView> &pieces)
{
    modelkit::ResultBuilder builder;
    RecordingObserver observer;
    builder.setObserver(&observer);
    for (const QByteArrayView piece : pieces) {
        reader.feed(piece, builder);
        if (reader.streamError())
            break;
    }
    reader.finish(builder);
    QString text;
    for (const Delta &delta : std::as_const(observer.deltas)) {
        if (delta.kind == Delta::Kind::Text)
            text += delta.text;
    }
    FUZZ_CHECK(text == builder.text());
    return {builder.build(), reader.streamError(), observer.deltas};
}

// Invariants of any built result, and its JSON (as caches and conversation files keep it)
// read back unchanged.
inline void checkResult(const modelkit::CreateResult &result)
{
    if (result.hasFunctionCalls()) {
        FUZZ_CHECK(!result.functionCalls().isEmpty());
        FUZZ_CHECK(result.finishReason != modelkit::FinishReason::Stop);
    }
    using Detail = modelkit::CreateResult::JsonDetail;
    modelkit::JsonError error;
    const auto back
        = modelkit::CreateResult::fromJson(result.toJson(Detail::WithInspector), &error);
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(back->toJson(Detail::WithInspector) == result.toJson(Detail::WithInspector));
}

// An error survives its JSON (conversation runs keep it); an HTTP error always says
// something (readError() falls back to the status and the body).
inline void checkError(const modelkit::ModelError &error, bool requireMessage)
{
    if (requireMessage)
        FUZZ_CHECK(!error.message.isEmpty());
    FUZZ_CHECK(!error.toString().isEmpty());
    const auto back = modelkit::ModelError::fromJson(error.toJson());
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(*back == error);
}

} // namespace fuzz
