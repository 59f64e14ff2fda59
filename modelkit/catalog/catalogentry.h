// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/modelprice.h"
#include "core/jsonerror.h"
#include "core/modelinfo.h"

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace modelkit {

//! What the model catalog knows about one model of one provider: its capabilities (AutoGen's
//! ModelInfo plus `reasoning`), its limits and its price.
//!
//! JSON (snake_case, ModelInfo's field names where they exist):
//! `{"provider", "id", "display_name", "aliases": [...], "family", "vision",
//!   "function_calling", "json_output", "structured_output", "reasoning",
//!   "multiple_system_messages", "context_window", "max_output_tokens",
//!   "price": ModelPrice, "notes", "known"}`. Every field is optional (the catalog file gives
//! `provider` and `id` through its keys); `known` defaults to true: an entry written down
//! describes a model.
struct CatalogEntry
{
    QString provider; //!< a ProviderKinds::id(), e.g. "anthropic"
    QString id;       //!< the canonical model id, e.g. "claude-sonnet-4-5"
    QString displayName;
    QStringList aliases; //!< other ids of the same model (dated snapshots, "-latest" names…)
    QString family;      //!< ModelInfo::family; empty = the id
    bool vision = false;
    bool functionCalling = false;
    bool jsonOutput = false;
    bool structuredOutput = false;
    bool reasoning = false; //!< thinks before answering (reasoning / thinking tokens)
    bool multipleSystemMessages = true;
    qint64 contextWindow = 0;   //!< input + output tokens; 0 = unknown
    qint64 maxOutputTokens = 0; //!< 0 = unknown (local models: bounded by the context)
    ModelPrice price;
    QString notes; //!< tiers, surcharges and caveats the fields above cannot express
    //! False for the stand-in ModelCatalog returns for a model it has no data on: its
    //! capabilities are "not known to work", not "known not to work", and its price is unknown.
    bool known = false;

    //! The name shown to people: displayName, or the id when there is none.
    QString name() const { return displayName.isEmpty() ? id : displayName; }
    //! The AutoGen-style view clients use (reasoning has no ModelInfo field).
    ModelInfo toModelInfo() const;

    //! The conservative stand-in for a model nobody described: known = false, no
    //! capabilities, limits and price unknown.
    static CatalogEntry unknown(const QString &provider, const QString &model);

    //! Why the entry cannot be used (translated), or an empty string: no id, negative limits,
    //! a bad price.
    QString validationError() const;

    QJsonObject toJson() const;
    static std::optional<CatalogEntry> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                                const QString &path = QStringLiteral("$"));
    //! Overwrites only the fields present in `partial` (a null field is left alone, except in
    //! `price`, where null makes a figure unknown; see ModelPrice::mergeJson). Unknown fields
    //! are ignored. Fails with a JSONPath on a wrong type or a negative number and leaves the
    //! entry unchanged then.
    bool mergeJson(const QJsonObject &partial, JsonError *error = nullptr,
                   const QString &path = QStringLiteral("$"));
    //! The fields a user override may set: everything but provider, id, aliases and known.
    static QStringList overridableFields();

    bool operator==(const CatalogEntry &) const = default;
};

} // namespace modelkit
