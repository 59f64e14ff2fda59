// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "session/jsontextcheck.h"

#include <algorithm>
#include <vector>

#include <QJsonDocument>
#include <QJsonParseError>

namespace playground {

namespace {

bool isJsonBlank(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

struct SyntaxError
{
    qsizetype position = -1; // UTF-16 index into the text; -1 when there is no error
    QString message;
};

// A strict (RFC 8259) syntax check that names the first problem and where it is. Qt's
// parser is the one that builds the document, but its error offsets are ambiguous (for
// "[1 }" and "[1," alike it reports the end of the text) and it accepts some invalid
// input (raw tabs in strings, "1.", "\q"). One pass with an explicit stack: linear, and
// deep nesting cannot overflow the call stack.
class SyntaxChecker
{
public:
    explicit SyntaxChecker(QStringView text) : m_text(text) {}

    SyntaxError check()
    {
        skipBlanks();
        // QJsonDocument can hold only these two.
        if (m_pos < m_text.size() && m_text.at(m_pos) != u'{' && m_text.at(m_pos) != u'[')
            return fail(m_pos, JsonTextCheck::tr("expected an object or array"));
        Expect expect = Expect::Value;
        while (true) {
            skipBlanks();
            if (m_pos == m_text.size()) {
                if (expect == Expect::End)
                    return {};
                return fail(m_pos, JsonTextCheck::tr("unexpected end of document"));
            }
            const QChar c = m_text.at(m_pos);
            switch (expect) {
            case Expect::End:
                return fail(m_pos,
                            JsonTextCheck::tr("unexpected text after the end of the document"));
            case Expect::ValueOrClose:
                if (c == u']') {
                    ++m_pos;
                    expect = closeContainer();
                    break;
                }
                [[fallthrough]];
            case Expect::Value:
                if (c == u'{' || c == u'[') {
                    m_stack.push_back(c.unicode());
                    ++m_pos;
                    expect = c == u'{' ? Expect::KeyOrClose : Expect::ValueOrClose;
                } else if (!scanScalar()) {
                    return m_error;
                } else {
                    expect = afterValue();
                }
                break;
            case Expect::KeyOrClose:
            case Expect::Key:
                if (c == u'"') {
                    if (!scanString())
                        return m_error;
                    expect = Expect::Colon;
                } else if (c == u'}') {
                    if (expect == Expect::Key)
                        return fail(m_pos, JsonTextCheck::tr("trailing comma"));
                    ++m_pos;
                    expect = closeContainer();
                } else {
                    return fail(m_pos, JsonTextCheck::tr("expected a key in double quotes"));
                }
                break;
            case Expect::Colon:
                if (c != u':')
                    return fail(m_pos, JsonTextCheck::tr("missing colon"));
                ++m_pos;
                expect = Expect::Value;
                break;
            case Expect::CommaOrClose: {
                const bool inObject = m_stack.back() == u'{';
                if (c == u',') {
                    ++m_pos;
                    expect = inObject ? Expect::Key : Expect::Value;
                } else if (c == (inObject ? u'}' : u']')) {
                    ++m_pos;
                    expect = closeContainer();
                } else if (c == u'"' || c == u'{' || c == u'[' || c == u'-' || isAsciiDigit(c)
                           || isAsciiLetter(c)) {
                    return fail(m_pos, JsonTextCheck::tr("missing comma"));
                } else {
                    return fail(m_pos, inObject ? JsonTextCheck::tr("expected a comma or '}'")
                                                : JsonTextCheck::tr("expected a comma or ']'"));
                }
                break;
            }
            }
        }
    }

private:
    enum class Expect { Value, ValueOrClose, KeyOrClose, Key, Colon, CommaOrClose, End };

    SyntaxError fail(qsizetype position, const QString &message)
    {
        m_error = {position, message};
        return m_error;
    }

    void skipBlanks()
    {
        while (m_pos < m_text.size() && isJsonBlank(m_text.at(m_pos)))
            ++m_pos;
    }

    Expect afterValue() const { return m_stack.empty() ? Expect::End : Expect::CommaOrClose; }

    Expect closeContainer()
    {
        m_stack.pop_back();
        return afterValue();
    }

    // A string, number or literal at m_pos; on failure m_error is set.
    bool scanScalar()
    {
        const QChar c = m_text.at(m_pos);
        if (c == u'"')
            return scanString();
        if (c == u'-' || isAsciiDigit(c))
            return scanNumber();
        if (isAsciiLetter(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isAsciiLetter(m_text.at(m_pos)))
                ++m_pos;
            const QStringView word = m_text.sliced(start, m_pos - start);
            if (word == u"true" || word == u"false" || word == u"null")
                return true;
            fail(start, JsonTextCheck::tr("invalid value"));
            return false;
        }
        // A closing bracket or comma where a value belongs.
        const bool afterComma = previousNonBlank() == u',';
        if (afterComma && (c == u']' || c == u'}'))
            fail(m_pos, JsonTextCheck::tr("trailing comma"));
        else if (c == u',' || c == u']' || c == u'}' || c == u':')
            fail(m_pos, JsonTextCheck::tr("missing value"));
        else
            fail(m_pos, JsonTextCheck::tr("unexpected character"));
        return false;
    }

    bool scanString()
    {
        const qsizetype start = m_pos++;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c == u'\n')
                break; // strings cannot span lines: the closing quote is missing
            if (c.unicode() < 0x20) {
                fail(m_pos, JsonTextCheck::tr("unescaped control character in string"));
                return false;
            }
            if (c == u'\\') {
                if (!scanEscape())
                    return false;
            } else {
                ++m_pos;
            }
        }
        fail(start, JsonTextCheck::tr("unterminated string"));
        return false;
    }

    bool scanEscape()
    {
        const qsizetype start = m_pos;
        const QChar e = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
        if (e == u'"' || e == u'\\' || e == u'/' || e == u'b' || e == u'f' || e == u'n' || e == u'r'
            || e == u't') {
            m_pos += 2;
            return true;
        }
        if (e == u'u') {
            m_pos += 2;
            for (int k = 0; k < 4; ++k, ++m_pos) {
                if (m_pos >= m_text.size() || !isHexDigit(m_text.at(m_pos))) {
                    fail(start, JsonTextCheck::tr("invalid escape sequence"));
                    return false;
                }
            }
            return true;
        }
        if (e.isNull() || e == u'\n') {
            ++m_pos; // let scanString report the missing quote
            return true;
        }
        fail(start, JsonTextCheck::tr("invalid escape sequence"));
        return false;
    }

    bool scanNumber()
    {
        const qsizetype start = m_pos;
        const auto digits = [this] {
            const qsizetype from = m_pos;
            while (m_pos < m_text.size() && isAsciiDigit(m_text.at(m_pos)))
                ++m_pos;
            return m_pos - from;
        };
        const auto at = [this](QChar c) {
            return m_pos < m_text.size() && m_text.at(m_pos) == c;
        };
        if (at(u'-'))
            ++m_pos;
        bool ok = true;
        if (at(u'0'))
            ++m_pos; // no leading zeros: "01" is caught below as a digit after the number
        else
            ok = digits() > 0;
        if (ok && at(u'.')) {
            ++m_pos;
            ok = digits() > 0;
        }
        if (ok && (at(u'e') || at(u'E'))) {
            ++m_pos;
            if (at(u'+') || at(u'-'))
                ++m_pos;
            ok = digits() > 0;
        }
        // "1x", "1.5.3" and "01" are one bad number rather than a missing comma.
        if (ok && m_pos < m_text.size()) {
            const QChar next = m_text.at(m_pos);
            ok = !(isAsciiDigit(next) || isAsciiLetter(next) || next == u'.' || next == u'-'
                   || next == u'+');
        }
        if (!ok) {
            fail(start, JsonTextCheck::tr("invalid number"));
            return false;
        }
        // Valid JSON, but beyond a double (1e400, 1e-400): Qt's parser refuses it, so the
        // check says why instead of leaving Qt's "illegal number" (found by fuzz_jsontextcheck).
        if (!fitsADouble(start)) {
            fail(start, JsonTextCheck::tr("number out of range"));
            return false;
        }
        return true;
    }

    //! Whether Qt's own parser takes the number from `start` to m_pos: asking it is the
    //! only exact answer (it refuses overflow and some underflow, takes most subnormals).
    bool fitsADouble(qsizetype start) const
    {
        const QByteArray number = m_text.sliced(start, m_pos - start).toLatin1();
        QJsonParseError error;
        QJsonDocument::fromJson('[' + number + ']', &error);
        return error.error == QJsonParseError::NoError;
    }

    QChar previousNonBlank() const
    {
        for (qsizetype i = m_pos - 1; i >= 0; --i) {
            if (!isJsonBlank(m_text.at(i)))
                return m_text.at(i);
        }
        return {};
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    std::vector<char16_t> m_stack; // '{' or '[' for each open container
    SyntaxError m_error;
};

// For limits only Qt knows about (nesting depth, size). QJsonParseError::offset counts
// UTF-8 bytes and lies just past the offending character.
SyntaxError describeQtError(const QByteArray &utf8, const QJsonParseError &error)
{
    const qsizetype byteOffset = std::clamp<qsizetype>(error.offset - 1, 0, utf8.size());
    QString message;
    switch (error.error) {
    case QJsonParseError::DeepNesting:
        message = JsonTextCheck::tr("nested too deeply");
        break;
    case QJsonParseError::DocumentTooLarge:
        message = JsonTextCheck::tr("document too large");
        break;
    default:
        message = error.errorString();
        break;
    }
    return {QString::fromUtf8(QByteArrayView(utf8).first(byteOffset)).size(), message};
}

struct SyntaxCheck
{
    QJsonDocument document;
    SyntaxError error;
};

// text is not blank.
SyntaxCheck checkSyntax(const QString &text)
{
    if (SyntaxError error = SyntaxChecker(text).check(); error.position >= 0)
        return {{}, error};
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    SyntaxCheck check;
    check.document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        check.error = describeQtError(utf8, error);
    return check;
}

} // namespace

bool JsonTextCheck::isBlankCharacter(QChar c)
{
    return isJsonBlank(c);
}

JsonTextCheck JsonTextCheck::parse(const QString &text)
{
    JsonTextCheck result;
    if (std::all_of(text.cbegin(), text.cend(), isJsonBlank)) {
        result.m_blank = true;
        result.m_problem = tr("Enter a JSON object or array");
        return result;
    }
    const SyntaxCheck check = checkSyntax(text);
    if (check.error.position < 0) {
        result.m_document = check.document;
        result.m_valid = true;
        return result;
    }
    result.m_problem = check.error.message;
    result.m_position = check.error.position;
    const QStringView before = QStringView(text).first(check.error.position);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    result.m_line = int(before.count(u'\n')) + 1;
    // Columns count characters, so a surrogate pair (an emoji) is one column.
    result.m_column = 1;
    for (const QChar c : before.sliced(lineStart)) {
        if (!c.isLowSurrogate())
            ++result.m_column;
    }
    return result;
}

QString JsonTextCheck::message() const
{
    if (m_valid)
        return {};
    if (m_line == 0)
        return m_problem;
    return tr("Line %1, column %2: %3")
        .arg(QString::number(m_line), QString::number(m_column), m_problem);
}

} // namespace playground
