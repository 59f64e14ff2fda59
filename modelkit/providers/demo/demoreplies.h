// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"
#include "providers/demo/schemaexample.h"

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace modelkit {

//! The Demo provider's scripted text, read from `demo-replies.json` (the format is described
//! in democlient.h): template variants with `{placeholder}`s, short texts, and the values the
//! JSON Schema example generator fills in.
class DemoReplies
{
public:
    using Vars = QHash<QString, QString>;

    //! Where the built-in data lives (resources/demo, compiled in as a Qt resource).
    static QString builtinPath();
    //! Reads and checks a data file; on failure returns nullopt and says why in `error`.
    static std::optional<DemoReplies> load(const QString &path, QString *error);
    static std::optional<DemoReplies> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                               const QString &path = QStringLiteral("$"));

    //! Variant `seed % n` of the `n` templates under `key` ("thoughts.chat",
    //! "replies.tool_answer_result"…) with `vars` substituted.
    QString compose(const QString &key, const Vars &vars, quint32 seed = 0) const;
    //! One of the fixed `texts` ("no_question", "image_note"…).
    QString text(const QString &key) const { return m_texts.value(key); }
    //! `replies.json_object` with `vars` substituted in every string.
    QJsonObject jsonObjectReply(const Vars &vars) const;
    //! What SchemaExample fills in (without the per-request query text).
    const SchemaExample::Hints &valueHints() const { return m_hints; }

    int excerptChars() const { return m_excerptChars; }
    int resultChars() const { return m_resultChars; }
    int queryWords() const { return m_queryWords; }
    //! Words that introduce a place ("in", "to"…): "weather in Lyon" names Lyon.
    const QStringList &placePrepositions() const { return m_placePrepositions; }

    //! Replaces each `{name}` of `vars` in one pass (values are not scanned again); unknown
    //! placeholders stay as they are.
    static QString substitute(const QString &text, const Vars &vars);

    //! The template keys a data file must provide.
    static QStringList requiredTemplates();
    static QStringList requiredTexts();

private:
    QHash<QString, QStringList> m_templates;
    QHash<QString, QString> m_texts;
    QJsonObject m_jsonObjectReply;
    SchemaExample::Hints m_hints;
    QStringList m_placePrepositions;
    int m_excerptChars = 80;
    int m_resultChars = 280;
    int m_queryWords = 8;
};

} // namespace modelkit
