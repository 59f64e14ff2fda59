// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/demo/schemaexample.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

//! Deeper than any sensible tool schema; stops self-referencing `$ref`s.
constexpr int maxDepth = 16;
//! Arrays get one item, or `minItems` up to this many.
constexpr qint64 maxArrayItems = 3;

class Generator
{
public:
    Generator(const QJsonObject &root, const SchemaExample::Hints &hints)
        : m_root(root), m_hints(hints)
    {}

    QJsonValue value(const QJsonObject &schema, const QString &name, int depth) const
    {
        const QJsonObject s = resolve(schema, depth);
        if (s.contains(u"const"_s))
            return s.value(u"const"_s);
        if (s.contains(u"default"_s))
            return s.value(u"default"_s);
        if (const QJsonArray values = s.value(u"enum"_s).toArray(); !values.isEmpty())
            return values.first();
        if (const QJsonArray examples = s.value(u"examples"_s).toArray(); !examples.isEmpty())
            return examples.first();

        const QString type = typeOf(s);
        if (type == u"object")
            return object(s, depth);
        if (type == u"array")
            return array(s, name, depth);
        if (type == u"integer")
            return integer(s);
        if (type == u"number")
            return number(s);
        if (type == u"boolean")
            return true;
        if (type == u"null")
            return QJsonValue(QJsonValue::Null);
        return string(s, name);
    }

private:
    //! Follows `$ref`s and picks a branch of `anyOf`/`oneOf`; merges `allOf`.
    QJsonObject resolve(QJsonObject schema, int depth) const
    {
        for (int hops = 0; hops < maxDepth && schema.contains(u"$ref"_s); ++hops) {
            QJsonObject target = pointer(schema.value(u"$ref"_s).toString());
            schema.remove(u"$ref"_s);
            // Keywords beside the $ref (a description, a default) refine the target.
            for (auto it = schema.begin(); it != schema.end(); ++it)
                target.insert(it.key(), it.value());
            schema = target;
        }
        if (depth >= maxDepth)
            return schema;
        for (const QString &key : {u"anyOf"_s, u"oneOf"_s}) {
            const QJsonArray branches = schema.value(key).toArray();
            if (branches.isEmpty())
                continue;
            QJsonObject chosen = branches.first().toObject();
            for (const QJsonValue &branch : branches) {
                if (branch.toObject().value(u"type"_s).toString() != u"null") {
                    chosen = branch.toObject();
                    break;
                }
            }
            schema.remove(key);
            chosen = resolve(chosen, depth + 1);
            for (auto it = schema.begin(); it != schema.end(); ++it) {
                if (!chosen.contains(it.key()))
                    chosen.insert(it.key(), it.value());
            }
            schema = chosen;
        }
        if (const QJsonArray parts = schema.value(u"allOf"_s).toArray(); !parts.isEmpty()) {
            schema.remove(u"allOf"_s);
            for (const QJsonValue &part : parts)
                schema = merged(schema, resolve(part.toObject(), depth + 1));
        }
        return schema;
    }

    static QJsonObject merged(QJsonObject into, const QJsonObject &from)
    {
        for (auto it = from.begin(); it != from.end(); ++it) {
            if (it.key() == u"properties" && into.value(it.key()).isObject()) {
                QJsonObject properties = into.value(it.key()).toObject();
                const QJsonObject more = it.value().toObject();
                for (auto p = more.begin(); p != more.end(); ++p)
                    properties.insert(p.key(), p.value());
                into.insert(it.key(), properties);
            } else if (it.key() == u"required" && into.value(it.key()).isArray()) {
                QJsonArray required = into.value(it.key()).toArray();
                for (const QJsonValue &r : it.value().toArray()) {
                    if (!required.contains(r))
                        required.append(r);
                }
                into.insert(it.key(), required);
            } else {
                into.insert(it.key(), it.value());
            }
        }
        return into;
    }

    //! A local JSON Pointer reference ("#", "#/$defs/Address"); {} when it leads nowhere.
    QJsonObject pointer(const QString &ref) const
    {
        if (ref == u"#")
            return m_root;
        if (!ref.startsWith(u"#/"))
            return {};
        QJsonValue at = m_root;
        const QStringList tokens = ref.mid(2).split(u'/');
        for (QString token : tokens) {
            token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
            if (at.isObject()) {
                at = at.toObject().value(token);
            } else if (at.isArray()) {
                bool ok = false;
                const int index = token.toInt(&ok);
                at = ok ? at.toArray().at(index) : QJsonValue();
            } else {
                return {};
            }
        }
        return at.toObject();
    }

    static QString typeOf(const QJsonObject &s)
    {
        const QJsonValue type = s.value(u"type"_s);
        if (type.isString())
            return type.toString();
        if (type.isArray()) {
            const QJsonArray types = type.toArray();
            for (const QJsonValue &t : types) {
                if (t.toString() != u"null")
                    return t.toString();
            }
            return types.isEmpty() ? QString() : types.first().toString();
        }
        if (s.contains(u"properties"_s) || s.contains(u"required"_s)
            || s.contains(u"additionalProperties"_s))
            return u"object"_s;
        if (s.contains(u"items"_s) || s.contains(u"prefixItems"_s))
            return u"array"_s;
        if (s.contains(u"minimum"_s) || s.contains(u"maximum"_s))
            return u"number"_s;
        return u"string"_s;
    }

    QJsonValue object(const QJsonObject &s, int depth) const
    {
        QJsonObject out;
        if (depth >= maxDepth)
            return out;
        const QJsonObject properties = s.value(u"properties"_s).toObject();
        QStringList names;
        for (const QJsonValue &r : s.value(u"required"_s).toArray()) {
            if (r.isString() && !names.contains(r.toString()))
                names << r.toString();
        }
        if (names.isEmpty())
            names = properties.keys();
        for (const QString &property : std::as_const(names))
            out.insert(property, value(properties.value(property).toObject(), property, depth + 1));
        return out;
    }

    QJsonValue array(const QJsonObject &s, const QString &name, int depth) const
    {
        QJsonArray out;
        if (depth >= maxDepth)
            return out;
        const QString &itemName = name; // "cities" still matches "city" (see nameWords)
        // Tuples: prefixItems (2020-12) or an items array (draft 4–2019).
        QJsonArray tuple = s.value(u"prefixItems"_s).toArray();
        if (tuple.isEmpty() && s.value(u"items"_s).isArray())
            tuple = s.value(u"items"_s).toArray();
        if (!tuple.isEmpty()) {
            for (const QJsonValue &item : std::as_const(tuple))
                out.append(value(item.toObject(), itemName, depth + 1));
            return out;
        }
        const qint64 minItems = s.value(u"minItems"_s).toInteger(0);
        qint64 count = std::clamp<qint64>(minItems, 1, maxArrayItems);
        if (s.contains(u"maxItems"_s))
            count = std::min(count, s.value(u"maxItems"_s).toInteger(count));
        const QJsonObject items = s.value(u"items"_s).toObject();
        for (qint64 i = 0; i < count; ++i) {
            QJsonValue item = value(items, itemName, depth + 1);
            if (i > 0)
                item = varied(item, items, i);
            out.append(item);
        }
        return out;
    }

    //! Item `i` of an array whose first item is `first`: different, so uniqueItems holds.
    static QJsonValue varied(const QJsonValue &first, const QJsonObject &items, qint64 i)
    {
        const QJsonArray choices = items.value(u"enum"_s).toArray();
        if (!choices.isEmpty() || items.contains(u"const"_s))
            return choices.size() > i ? choices.at(i) : first;
        if (first.isDouble())
            return first.toDouble() + double(i);
        if (first.isString())
            return QString(first.toString() + u' ' + QString::number(i + 1));
        return first;
    }

    static double bounded(const QJsonObject &s, double value, bool integral)
    {
        const double step = integral ? 1.0 : 0.5;
        if (s.value(u"minimum"_s).isDouble())
            value = s.value(u"minimum"_s).toDouble();
        if (s.value(u"exclusiveMinimum"_s).isDouble()) {
            const double lower = s.value(u"exclusiveMinimum"_s).toDouble();
            if (value <= lower)
                value = integral ? std::floor(lower) + 1 : lower + step;
        }
        if (s.value(u"maximum"_s).isDouble())
            value = std::min(value, s.value(u"maximum"_s).toDouble());
        if (s.value(u"exclusiveMaximum"_s).isDouble()) {
            const double upper = s.value(u"exclusiveMaximum"_s).toDouble();
            if (value >= upper)
                value = integral ? std::ceil(upper) - 1 : upper - step;
        }
        if (const double multiple = s.value(u"multipleOf"_s).toDouble(); multiple > 0)
            value = std::ceil(value / multiple) * multiple;
        return integral ? std::ceil(value) : value;
    }

    static QJsonValue integer(const QJsonObject &s)
    {
        return QJsonValue(qint64(bounded(s, 1, true)));
    }

    static QJsonValue number(const QJsonObject &s) { return bounded(s, 1, false); }

    QJsonValue string(const QJsonObject &s, const QString &name) const
    {
        QString out = stringFor(s, name);
        const qint64 minLength = s.value(u"minLength"_s).toInteger(0);
        while (out.size() < minLength)
            out += u'x';
        if (s.contains(u"maxLength"_s)) {
            const qint64 maxLength = s.value(u"maxLength"_s).toInteger(out.size());
            if (maxLength >= 0 && out.size() > maxLength)
                out.truncate(maxLength);
        }
        return out;
    }

    QString stringFor(const QJsonObject &s, const QString &name) const
    {
        const QString format = s.value(u"format"_s).toString();
        if (!format.isEmpty() && m_hints.byFormat.contains(format))
            return m_hints.byFormat.value(format);
        const QStringList words = SchemaExample::nameWords(name);
        const QString lower = name.toLower();
        for (const QString &query : m_hints.queryNames) {
            if (lower == query || words.contains(query))
                return m_hints.queryText.isEmpty() ? m_hints.fallbackString : m_hints.queryText;
        }
        if (!m_hints.placeText.isEmpty()) {
            for (const QString &place : m_hints.placeNames) {
                if (lower == place || words.contains(place))
                    return m_hints.placeText;
            }
        }
        for (const SchemaExample::NamedValue &hint : m_hints.byName) {
            for (const QString &hintName : hint.names) {
                if (lower == hintName || words.contains(hintName)) {
                    // A string is wanted; other JSON kinds in the data are written as text.
                    if (hint.value.isString())
                        return hint.value.toString();
                    if (hint.value.isDouble())
                        return QString::number(hint.value.toDouble());
                    break;
                }
            }
        }
        return m_hints.fallbackString;
    }

    const QJsonObject &m_root;
    const SchemaExample::Hints &m_hints;
};

} // namespace

QJsonValue SchemaExample::generate(const QJsonObject &schema, const Hints &hints,
                                   const QString &name)
{
    return Generator(schema, hints).value(schema, name, 0);
}

QStringList SchemaExample::nameWords(const QString &name)
{
    QStringList words;
    QString current;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        const QString word = current.toLower();
        words << word;
        QString singular;
        if (word.size() > 3 && word.endsWith(u"ies"))
            singular = word.chopped(3) + u'y';
        else if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss"))
            singular = word.chopped(1);
        if (!singular.isEmpty() && !words.contains(singular))
            words << singular;
        current.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        // "userLocation" → user, location; "HTTPServer" → http, server.
        const bool hump
            = c.isUpper() && !current.isEmpty()
              && (current.back().isLower() || (i + 1 < name.size() && name.at(i + 1).isLower()));
        if (hump)
            flush();
        current += c;
    }
    flush();
    return words;
}

} // namespace modelkit
