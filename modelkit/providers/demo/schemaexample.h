// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace modelkit {

//! Makes a plausible instance of a JSON Schema, the way a model fills in tool arguments:
//! every required property (all of them when none is required), `const`, then `default`,
//! then the first `enum` value, then the first of `examples`, else a value by type: strings
//! chosen by `format` or by the property's name (see Hints), integers and numbers 1 or the
//! `minimum` (bounds and `multipleOf` respected), `true`, one array item (or `minItems`),
//! nested objects recursively. Understands local `$ref`s (`#/$defs/…`), `anyOf`/`oneOf`
//! (first non-null branch), `allOf` (merged) and type lists (first non-null type).
//! Deterministic: the same schema and hints always give the same value.
class SchemaExample
{
public:
    struct NamedValue
    {
        QStringList names; //!< lower-case words, matched against the property name's words
        QJsonValue value;
    };

    struct Hints
    {
        QString fallbackString = QStringLiteral("example");
        //! Checked in order; the first entry naming a word of the property name wins
        //! ("user_location" and "userLocation" both contain "location").
        QList<NamedValue> byName;
        //! String `format` → value ("date" → "2025-06-01").
        QHash<QString, QString> byFormat;
        //! Property names that take the user's own words (query, search…)…
        QStringList queryNames;
        //! …and those words; the fallback string when empty.
        QString queryText;
        //! Property names that take a place named in the user's message (location, city…)…
        QStringList placeNames;
        //! …and that place; `byName` applies when empty.
        QString placeText;
    };

    //! An instance of `schema`; `name` is the property it is for (may be empty).
    static QJsonValue generate(const QJsonObject &schema, const Hints &hints,
                               const QString &name = {});

    //! `name` split into lower-case words at `_`, `-`, spaces and camelCase humps, each
    //! also in a naive singular ("cities" → "city").
    static QStringList nameWords(const QString &name);
};

} // namespace modelkit
