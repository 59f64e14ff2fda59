// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "widgets/jsonreindent.h"

#include "session/jsontextcheck.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace playground {

namespace {

constexpr int indentWidth = 2;

void newLine(QString &out, int depth)
{
    out += u'\n';
    out.resize(out.size() + qsizetype(depth) * indentWidth, u' ');
}

} // namespace

std::optional<QString> JsonReindent::pretty(QStringView text)
{
    return pretty(text.toUtf8());
}

std::optional<QString> JsonReindent::pretty(const QByteArray &utf8)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return std::nullopt;
    return reindent(QString::fromUtf8(utf8));
}

QString JsonReindent::reindent(QStringView json)
{
    QString out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = json.at(i);
        switch (c.unicode()) {
        case u'"': {
            // Copy the whole string, escapes included.
            const qsizetype start = i++;
            while (i < size && json.at(i) != u'"')
                i += json.at(i) == u'\\' ? 2 : 1;
            out += json.sliced(start, std::min(i + 1, size) - start);
            break;
        }
        case u'{':
        case u'[': {
            const QChar close = c == u'{' ? u'}' : u']';
            qsizetype next = i + 1;
            while (next < size && JsonTextCheck::isBlankCharacter(json.at(next)))
                ++next;
            out += c;
            if (next < size && json.at(next) == close) {
                out += close;
                i = next;
                break;
            }
            newLine(out, ++depth);
            break;
        }
        case u'}':
        case u']':
            newLine(out, depth = std::max(0, depth - 1));
            out += c;
            break;
        case u',':
            out += c;
            newLine(out, depth);
            break;
        case u':':
            out += u": ";
            break;
        default:
            if (!JsonTextCheck::isBlankCharacter(c))
                out += c;
            break;
        }
    }
    return out;
}

} // namespace playground
