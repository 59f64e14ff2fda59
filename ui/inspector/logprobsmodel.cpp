// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "inspector/logprobsmodel.h"

#include <cmath>

#include <QFontDatabase>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace playground {

LogprobsModel::LogprobsModel(QObject *parent) : QAbstractTableModel(parent) {}

void LogprobsModel::setLogprobs(const QJsonArray &logprobs)
{
    beginResetModel();
    m_logprobs = logprobs;
    endResetModel();
}

int LogprobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_logprobs.size());
}

int LogprobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogprobsModel::displayToken(const QString &token)
{
    QString out;
    out.reserve(token.size() + 2);
    out += u'"';
    for (const QChar c : token) {
        switch (c.unicode()) {
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.category() == QChar::Other_Control)
                out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString LogprobsModel::probabilityText(double logprob)
{
    return QLocale().toString(std::exp(logprob) * 100.0, 'f', 2) + u" %"_s;
}

QVariant LogprobsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_logprobs.size())
        return {};
    const QJsonObject entry = m_logprobs.at(index.row()).toObject();
    const double logprob = entry.value(u"logprob"_s).toDouble();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TokenColumn:
            return displayToken(entry.value(u"token"_s).toString());
        case LogprobColumn:
            return QLocale().toString(logprob, 'f', 4);
        case ProbabilityColumn:
            return probabilityText(logprob);
        case AlternativesColumn: {
            QStringList parts;
            const QJsonArray top = entry.value(u"top_logprobs"_s).toArray();
            for (const QJsonValue &value : top) {
                const QJsonObject alternative = value.toObject();
                parts << displayToken(alternative.value(u"token"_s).toString()) + u' '
                             + probabilityText(alternative.value(u"logprob"_s).toDouble());
            }
            return parts.join(u"  ·  "_s);
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == LogprobColumn || index.column() == ProbabilityColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == TokenColumn || index.column() == AlternativesColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TokenColumn) {
            QStringList bytes;
            const QJsonArray array = entry.value(u"bytes"_s).toArray();
            for (const QJsonValue &value : array)
                bytes << QString::number(value.toInt());
            if (!bytes.isEmpty())
                return tr("UTF-8 bytes: %1").arg(bytes.join(u' '));
        }
        return {};
    default:
        return {};
    }
}

QVariant LogprobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == LogprobColumn || section == ProbabilityColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TokenColumn:
        return tr("Token");
    case LogprobColumn:
        return tr("Logprob");
    case ProbabilityColumn:
        return tr("Probability");
    case AlternativesColumn:
        return tr("Top alternatives");
    default:
        return {};
    }
}

} // namespace playground
