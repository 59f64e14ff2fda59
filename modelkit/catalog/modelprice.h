// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"
#include "core/requestusage.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace modelkit {

//! What a model costs, in US dollars per one million tokens. Every figure may be unknown
//! (std::nullopt): a price the catalog could not confirm, or a local model.
//!
//! JSON: `{"input": 2.5, "cached_input": 1.25, "cache_write": null, "output": 10}`; a missing
//! or null figure is unknown, a negative or non-numeric one is an error.
struct ModelPrice
{
    std::optional<double> input;       //!< uncached prompt tokens
    std::optional<double> cachedInput; //!< prompt tokens read from the provider's cache
    std::optional<double> cacheWrite;  //!< prompt tokens written to the cache (Anthropic: 5 min)
    std::optional<double> output;      //!< completion tokens, reasoning tokens included

    //! Whether the two figures every call needs (input and output) are known.
    bool isKnown() const { return input.has_value() && output.has_value(); }
    //! Whether no figure at all is known.
    bool isUnknown() const { return !input && !cachedInput && !cacheWrite && !output; }

    //! The cost of one call in USD, or nullopt when a figure the call needs is unknown.
    //! RequestUsage counts cached and cache-write tokens inside promptTokens, so the bill is
    //! (prompt − cached − written) × input + cached × cachedInput + written × cacheWrite
    //! + completion × output. Reasoning tokens are part of completionTokens and are not
    //! billed again. A kind of token the call did not use needs no price; an unknown
    //! cached-input price is never replaced by the input price.
    std::optional<double> cost(const RequestUsage &usage) const;

    //! Why the price cannot be used (translated), or an empty string: negative or
    //! non-finite figures.
    QString validationError() const;

    QJsonObject toJson() const;
    static std::optional<ModelPrice> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                              const QString &path = QStringLiteral("$"));
    //! Overwrites only the figures present in `partial` (null makes a figure unknown); used
    //! for user overrides. Fails with a JSONPath on a wrong type or a negative figure; the
    //! price is unchanged then.
    bool mergeJson(const QJsonObject &partial, JsonError *error = nullptr,
                   const QString &path = QStringLiteral("$"));

    bool operator==(const ModelPrice &) const = default;
};

} // namespace modelkit
