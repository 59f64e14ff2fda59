// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversation/preservedjson.h"

#include <QJsonArray>

namespace modelkit {

PreservedJson::PreservedJson(QJsonObject read, QJsonObject written)
    : m_read(std::move(read)), m_written(std::move(written))
{}

QJsonObject PreservedJson::apply(const QJsonObject &typed) const
{
    if (m_read.isEmpty())
        return typed;
    return merge(typed, m_written, m_read).toObject();
}

QJsonValue PreservedJson::overlay(const QJsonValue &typed, const QJsonValue &read)
{
    if (typed.isObject() && read.isObject()) {
        QJsonObject out = typed.toObject();
        const QJsonObject from = read.toObject();
        for (auto it = from.begin(); it != from.end(); ++it) {
            const auto existing = out.constFind(it.key());
            if (existing == out.constEnd())
                out.insert(it.key(), it.value());
            else
                out.insert(it.key(), overlay(existing.value(), it.value()));
        }
        return out;
    }
    if (typed.isArray() && read.isArray() && typed.toArray().size() == read.toArray().size()) {
        QJsonArray out;
        const QJsonArray ours = typed.toArray();
        const QJsonArray from = read.toArray();
        for (qsizetype i = 0; i < ours.size(); ++i)
            out.append(overlay(ours.at(i), from.at(i)));
        return out;
    }
    return typed;
}

QJsonValue PreservedJson::merge(const QJsonValue &now, const QJsonValue &written,
                                const QJsonValue &read)
{
    if (now == written)
        return overlay(now, read);
    if (!now.isObject() || !written.isObject() || !read.isObject())
        return now;
    QJsonObject out = now.toObject();
    const QJsonObject before = written.toObject();
    const QJsonObject from = read.toObject();
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (before.contains(it.key()) && from.contains(it.key()))
            *it = merge(it.value(), before.value(it.key()), from.value(it.key()));
    }
    // Fields the reader did not know: kept as they were.
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!before.contains(it.key()) && !out.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace modelkit
