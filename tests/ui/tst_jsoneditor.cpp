// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The shared JSON editor: validation with line/column, formatting, signals and colouring.
#include "widgets/jsoneditor.h"
#include "widgets/jsonhighlighter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using playground::JsonEditor;

namespace {

QLabel *statusLabel(const JsonEditor &editor)
{
    return editor.findChild<QLabel *>(u"jsonStatus"_s);
}

// The foreground colour the highlighter gave the character at position in the first block.
QColor colourAt(const JsonEditor &editor, int position)
{
    const QTextBlock block = editor.textEdit()->document()->firstBlock();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (position >= range.start && position < range.start + range.length)
            return range.format.foreground().color();
    }
    return {};
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
    palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Text, QColor(0x10, 0x10, 0x10));
    return palette;
}

} // namespace

class TstJsonEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasStableObjectNames();
    void validDocuments_data();
    void validDocuments();
    void invalidDocuments_data();
    void invalidDocuments();
    void qtLimitsAreReportedWithCharacterColumns();
    void emptyText_data();
    void emptyText();
    void validatorMessageIsShown();
    void formatJson_data();
    void formatJson();
    void formatJsonRefusesInvalidText();
    void validityChangedOncePerFlip();
    void focusErrorMovesTheCursor();
    void highlighterTellsTokensApart();
    void highlighterSkipsHugeLines();
    void highlighterFollowsThePalette();
    void highlighterFollowsANewDocument();
    void typingValidatesAfterADebounce();
};

void TstJsonEditor::hasStableObjectNames()
{
    JsonEditor editor;
    auto *text = editor.findChild<QPlainTextEdit *>(u"jsonText"_s);
    QVERIFY(text);
    QCOMPARE(text, editor.textEdit());
    QVERIFY(statusLabel(editor));
    QVERIFY(text->font().fixedPitch() || QFontInfo(text->font()).fixedPitch());
}

void TstJsonEditor::validDocuments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonDocument>("expected");

    QTest::newRow("empty object") << u"{}"_s << QJsonDocument(QJsonObject());
    QTest::newRow("empty array, blanks around")
        << u"  \n\t[ ]\n\n"_s << QJsonDocument(QJsonArray());
    QTest::newRow("scalars") << uR"({"s": "x", "n": -1.5e3, "t": true, "f": false, "z": null})"_s
                             << QJsonDocument(QJsonObject{{u"s"_s, u"x"_s},
                                                          {u"n"_s, -1500.0},
                                                          {u"t"_s, true},
                                                          {u"f"_s, false},
                                                          {u"z"_s, QJsonValue::Null}});
    QTest::newRow("nested, multi-line")
        << u"{\n  \"a\": [1, {\"b\": []}],\n  \"c\": {}\n}"_s
        << QJsonDocument(QJsonObject{{u"a"_s, QJsonArray{1, QJsonObject{{u"b"_s, QJsonArray()}}}},
                                     {u"c"_s, QJsonObject()}});
    QTest::newRow("extreme doubles")
        << u"[1.7e308, -1e-310, 0e-999, 123456789012345678901234567890]"_s
        << QJsonDocument(QJsonArray{1.7e308, -1e-310, 0.0, 123456789012345678901234567890.0});
    QTest::newRow("escapes and non-ASCII")
        << uR"(["q\"uote", "back\\slash", "\u00e9t\u00E9", "名前 😀"])"_s
        << QJsonDocument(QJsonArray{u"q\"uote"_s, u"back\\slash"_s, u"été"_s, u"名前 😀"_s});
}

void TstJsonEditor::validDocuments()
{
    QFETCH(QString, text);
    QFETCH(QJsonDocument, expected);

    JsonEditor editor;
    editor.setText(text);
    QCOMPARE(editor.text(), text);
    QVERIFY2(editor.isValid(), qPrintable(editor.errorMessage()));
    QCOMPARE(editor.errorMessage(), QString());
    QCOMPARE(editor.errorLine(), 0);
    QCOMPARE(editor.errorColumn(), 0);
    QVERIFY(editor.document().has_value());
    QCOMPARE(*editor.document(), expected);
    QCOMPARE(statusLabel(editor)->text(), u"Valid JSON"_s);
}

void TstJsonEditor::invalidDocuments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing comma, line 1")
        << uR"({"a": 1 "b": 2})"_s << 1 << 9 << u"missing comma"_s;
    QTest::newRow("missing comma, line 3")
        << u"{\n  \"a\": 1\n  \"b\": 2\n}"_s << 3 << 3 << u"missing comma"_s;
    // Columns count characters, not UTF-8 bytes (é is two bytes, 名 three, 😀 four and two
    // UTF-16 units).
    QTest::newRow("after é") << uR"({"é": 1 2})"_s << 1 << 9 << u"missing comma"_s;
    QTest::newRow("after CJK") << uR"({"名前": "値", "x" 1})"_s << 1 << 17 << u"missing colon"_s;
    QTest::newRow("after emoji") << uR"(["😀" 1])"_s << 1 << 6 << u"missing comma"_s;
    QTest::newRow("Cyrillic, line 3")
        << u"{\n  \"ключ\": \"значение\",\n  \"b\": tru\n}"_s << 3 << 8 << u"invalid value"_s;
    QTest::newRow("garbage after the end")
        << u"{} x"_s << 1 << 4 << u"unexpected text after the end of the document"_s;
    QTest::newRow("garbage on a later line")
        << u"{\"a\": 1}\n\n  ]"_s << 3 << 3 << u"unexpected text after the end of the document"_s;
    QTest::newRow("unterminated string")
        << uR"({"a": "abc)"_s << 1 << 7 << u"unterminated string"_s;
    QTest::newRow("string runs into the next line")
        << u"{\n  \"ü\": \"abc\n}"_s << 2 << 8 << u"unterminated string"_s;
    QTest::newRow("unexpected end")
        << uR"({"a": [1, 2])"_s << 1 << 13 << u"unexpected end of document"_s;
    QTest::newRow("unexpected end after blank lines")
        << u"[\n  1,\n  2\n"_s << 4 << 1 << u"unexpected end of document"_s;
    QTest::newRow("mismatched bracket")
        << uR"({"a": [1, 2})"_s << 1 << 12 << u"expected a comma or ']'"_s;
    QTest::newRow("trailing comma in array") << u"[1,]"_s << 1 << 4 << u"trailing comma"_s;
    QTest::newRow("trailing comma in object")
        << u"{\"a\": 1,\n}"_s << 2 << 1 << u"trailing comma"_s;
    QTest::newRow("missing value") << uR"({"a": })"_s << 1 << 7 << u"missing value"_s;
    QTest::newRow("unquoted key") << u"{a: 1}"_s << 1 << 2 << u"expected a key in double quotes"_s;
    QTest::newRow("missing colon") << uR"({"a" 1})"_s << 1 << 6 << u"missing colon"_s;
    QTest::newRow("top-level number") << u"  42"_s << 1 << 3 << u"expected an object or array"_s;
    QTest::newRow("bare word") << uR"({"a": x})"_s << 1 << 7 << u"invalid value"_s;
    QTest::newRow("lone minus") << u"[1, -]"_s << 1 << 5 << u"invalid number"_s;
    QTest::newRow("leading zero") << u"[01]"_s << 1 << 2 << u"invalid number"_s;
    // Valid JSON that no double holds: named, not left to Qt's "illegal number".
    QTest::newRow("overflowing number") << u"[1, 1e400]"_s << 1 << 5 << u"number out of range"_s;
    QTest::newRow("underflowing number")
        << u"{\n  \"minimum\": -1e-400\n}"_s << 2 << 14 << u"number out of range"_s;
    QTest::newRow("misspelt null") << u"[nul]"_s << 1 << 2 << u"invalid value"_s;
    QTest::newRow("bad escape") << uR"(["a\qb"])"_s << 1 << 4 << u"invalid escape sequence"_s;
    QTest::newRow("raw tab in string")
        << u"[\"a\tb\"]"_s << 1 << 4 << u"unescaped control character in string"_s;
}

void TstJsonEditor::invalidDocuments()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    JsonEditor editor;
    editor.setText(text);
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.errorLine(), line);
    QCOMPARE(editor.errorColumn(), column);
    const QString expected = u"Line %1, column %2: %3"_s.arg(line).arg(column).arg(message);
    QCOMPARE(editor.errorMessage(), expected);
    QCOMPARE(statusLabel(editor)->text(), expected);
    QVERIFY(!editor.document().has_value());
}

void TstJsonEditor::qtLimitsAreReportedWithCharacterColumns()
{
    // Syntactically fine but deeper than QJsonDocument allows: Qt's byte offset is converted.
    const int depth = 2000;
    JsonEditor editor;
    editor.setText(u"{\"é\": "_s + QString(depth, u'[') + QString(depth, u']') + u"}"_s);
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.errorLine(), 1);
    // Qt gives up on the 1025th level, the 1024th bracket after the 6 characters before it.
    QCOMPARE(editor.errorColumn(), 6 + 1024);
    QVERIFY2(editor.errorMessage().endsWith(u"nested too deeply"_s),
             qPrintable(editor.errorMessage()));
}

void TstJsonEditor::emptyText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowEmpty");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty, required") << QString() << false << false;
    QTest::newRow("blank, required") << u"  \n\t "_s << false << false;
    QTest::newRow("empty, allowed") << QString() << true << true;
    QTest::newRow("blank, allowed") << u"  \n\t "_s << true << true;
}

void TstJsonEditor::emptyText()
{
    QFETCH(QString, text);
    QFETCH(bool, allowEmpty);
    QFETCH(bool, valid);

    JsonEditor editor;
    editor.setAllowEmpty(allowEmpty);
    editor.setText(text);
    QCOMPARE(editor.isValid(), valid);
    QCOMPARE(editor.errorMessage().isEmpty(), valid);
    QCOMPARE(editor.errorLine(), 0);
    QCOMPARE(editor.errorColumn(), 0);
    QVERIFY(!editor.document().has_value()); // empty means "nothing" either way
    if (valid)
        QCOMPARE(statusLabel(editor)->text(), u"Empty"_s);
    else
        QCOMPARE(statusLabel(editor)->text(), editor.errorMessage());
}

void TstJsonEditor::validatorMessageIsShown()
{
    JsonEditor editor;
    int calls = 0;
    editor.setValidator([&calls](const QJsonDocument &document) {
        ++calls;
        return document.object().contains(u"type"_s) ? QString() : u"Missing \"type\""_s;
    });
    editor.setText(u"{\"type\": \"object\"}"_s);
    QVERIFY(editor.isValid());
    QVERIFY(editor.document().has_value());

    editor.setText(u"{\"name\": 1}"_s);
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.errorMessage(), u"Missing \"type\""_s);
    QCOMPARE(statusLabel(editor)->text(), u"Missing \"type\""_s);
    QCOMPARE(editor.errorLine(), 0);
    QCOMPARE(editor.errorColumn(), 0);
    QVERIFY(!editor.document().has_value());

    // Syntax errors come first; the validator only sees parsed documents.
    const int before = calls;
    editor.setText(u"{\"name\" 1}"_s);
    QCOMPARE(editor.errorLine(), 1);
    QCOMPARE(calls, before);
}

void TstJsonEditor::formatJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");

    // Key order and number spelling survive (QJsonDocument would sort keys and round the
    // big integer); strings with punctuation and escaped quotes are copied untouched.
    QTest::newRow("nested")
        << uR"({"b":1,"a":[1, 2,{}],"c":{"d":"x, {y}: z","e":[]},"n":12345678901234567890})"_s
        << uR"({
  "b": 1,
  "a": [
    1,
    2,
    {}
  ],
  "c": {
    "d": "x, {y}: z",
    "e": []
  },
  "n": 12345678901234567890
})"_s;
    QTest::newRow("escaped quote") << u"[ \"say \\\"hi\\\", ok\" ,\n\n null ]"_s
                                   << u"[\n  \"say \\\"hi\\\", ok\",\n  null\n]"_s;
}

void TstJsonEditor::formatJson()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);

    JsonEditor editor;
    editor.setText(text);
    QVERIFY(editor.formatJson());
    QCOMPARE(editor.text(), formatted);
    QVERIFY(editor.isValid());
    // One undo step brings the original back.
    QVERIFY(editor.textEdit()->document()->isUndoAvailable());
    editor.textEdit()->undo();
    QCOMPARE(editor.text(), text);
    editor.textEdit()->redo();
    QCOMPARE(editor.text(), formatted);
}

void TstJsonEditor::formatJsonRefusesInvalidText()
{
    JsonEditor editor;
    const QString broken = u"{\"a\": [1 2]}"_s;
    editor.setText(broken);
    QVERIFY(!editor.formatJson());
    QCOMPARE(editor.text(), broken);
    QVERIFY(!editor.textEdit()->document()->isUndoAvailable());
}

void TstJsonEditor::validityChangedOncePerFlip()
{
    JsonEditor editor;
    QVERIFY(!editor.isValid());
    QSignalSpy spy(&editor, &JsonEditor::validityChanged);
    QSignalSpy edits(&editor, &JsonEditor::textChanged);

    editor.setText(u"{}"_s);
    editor.setText(u"[1]"_s);
    QCOMPARE(edits.count(), 2);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);

    editor.setText(u"[1"_s);
    editor.setText(u"[1,"_s);
    QVERIFY(!editor.isValid());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), false);

    // Allowing empty text is a flip too, once the text is empty.
    editor.setText(QString());
    QCOMPARE(spy.count(), 2);
    editor.setAllowEmpty(true);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).toBool(), true);
}

void TstJsonEditor::focusErrorMovesTheCursor()
{
    JsonEditor editor;
    editor.setText(u"{\n  \"名\": 1\n  \"b\": 2\n}"_s);
    QCOMPARE(editor.errorLine(), 3);
    editor.focusError();
    const QTextCursor cursor = editor.textEdit()->textCursor();
    QCOMPARE(cursor.blockNumber() + 1, 3);
    QCOMPARE(cursor.positionInBlock() + 1, 3);
    QCOMPARE(editor.focusWidget(), editor.textEdit());
}

void TstJsonEditor::highlighterTellsTokensApart()
{
    JsonEditor editor;
    const QString text = uR"({"k\"ey": "value", "n": 42, "t": true})"_s;
    editor.setText(text);
    QTRY_VERIFY(!editor.textEdit()->document()->firstBlock().layout()->formats().isEmpty());

    const QColor key = colourAt(editor, int(text.indexOf(u"ey"))); // after the escaped quote
    const QColor secondKey = colourAt(editor, int(text.indexOf(u"\"n\"")));
    const QColor value = colourAt(editor, int(text.indexOf(u"value")));
    const QColor number = colourAt(editor, int(text.indexOf(u"42")));
    const QColor keyword = colourAt(editor, int(text.indexOf(u"true")));
    const QColor brace = colourAt(editor, 0);
    const QColor space = colourAt(editor, int(text.indexOf(u' ')));

    for (const QColor &colour : {key, value, number, keyword, brace})
        QVERIFY(colour.isValid());
    QCOMPARE(secondKey, key);
    QVERIFY(key != value);
    QVERIFY(key != number);
    QVERIFY(value != number);
    QVERIFY(keyword != number && keyword != value && keyword != key);
    QVERIFY(brace != key && brace != value);
    QVERIFY(!space.isValid()); // blanks are left alone

    // What the highlighter applies is what it advertises for the role.
    QCOMPARE(editor.highlighter()
                 ->formatFor(playground::JsonHighlighter::Role::Key)
                 .foreground()
                 .color(),
             key);
}

void TstJsonEditor::highlighterSkipsHugeLines()
{
    JsonEditor editor;
    QString text = u"[1"_s;
    while (text.size() < 20010)
        text += u", 1"_s;
    editor.setText(text + u",\n{\"key\": 1}]"_s);
    QVERIFY(editor.isValid());
    // The short second line is coloured, the huge first one is not.
    QTRY_VERIFY(!editor.textEdit()->document()->lastBlock().layout()->formats().isEmpty());
    QVERIFY(editor.textEdit()->document()->firstBlock().layout()->formats().isEmpty());
}

void TstJsonEditor::highlighterFollowsThePalette()
{
    JsonEditor editor;
    editor.setText(u"{\"key\": \"value\"}"_s);
    const int keyAt = 2;
    const int valueAt = 10;

    editor.setPalette(lightPalette());
    QTRY_VERIFY(colourAt(editor, keyAt).isValid());
    const QColor lightKey = colourAt(editor, keyAt);
    const QColor lightValue = colourAt(editor, valueAt);
    // Dark text on the white base.
    QVERIFY2(lightKey.lightness() < 128, qPrintable(lightKey.name()));
    QVERIFY2(lightValue.lightness() < 128, qPrintable(lightValue.name()));

    QSignalSpy changes(&editor, &JsonEditor::textChanged);
    editor.setPalette(darkPalette());
    QTRY_VERIFY(colourAt(editor, keyAt) != lightKey);
    QCOMPARE(changes.count(), 0); // re-colouring is not an edit
    QVERIFY2(colourAt(editor, keyAt).lightness() > 128, qPrintable(colourAt(editor, keyAt).name()));
    QVERIFY(colourAt(editor, valueAt).lightness() > 128);

    // The error status is drawn in a colour that reads on the dark window, too.
    editor.setText(u"[1 2]"_s);
    const QColor darkWarning = statusLabel(editor)->palette().color(QPalette::WindowText);
    QVERIFY2(darkWarning.lightness() > 128, qPrintable(darkWarning.name()));
    editor.setPalette(lightPalette());
    const QColor lightWarning = statusLabel(editor)->palette().color(QPalette::WindowText);
    QVERIFY2(lightWarning.lightness() < 128, qPrintable(lightWarning.name()));
    QVERIFY(lightWarning != lightPalette().color(QPalette::WindowText));
    editor.setText(u"[1, 2]"_s);
    QCOMPARE(statusLabel(editor)->palette().color(QPalette::WindowText),
             lightPalette().color(QPalette::WindowText));
}

void TstJsonEditor::highlighterFollowsANewDocument()
{
    QPlainTextEdit light;
    light.setPalette(lightPalette());
    QPlainTextEdit dark;
    dark.setPalette(darkPalette());
    dark.setPlainText(u"{\"key\": 1}"_s);

    playground::JsonHighlighter highlighter(light.document());
    const QColor lightKey
        = highlighter.formatFor(playground::JsonHighlighter::Role::Key).foreground().color();
    QVERIFY(lightKey.lightness() < 128);
    highlighter.setDocument(dark.document());
    QTRY_VERIFY(!dark.document()->firstBlock().layout()->formats().isEmpty());
    const QColor darkKey
        = highlighter.formatFor(playground::JsonHighlighter::Role::Key).foreground().color();
    QVERIFY2(darkKey.lightness() > 128, qPrintable(darkKey.name()));
}

void TstJsonEditor::typingValidatesAfterADebounce()
{
    JsonEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QSignalSpy validity(&editor, &JsonEditor::validityChanged);
    QSignalSpy changes(&editor, &JsonEditor::textChanged);
    QLabel *status = statusLabel(editor);
    const QString initial = status->text();

    QTest::keyClicks(editor.textEdit(), u"{\"a\": 1"_s);
    QCOMPARE(editor.text(), u"{\"a\": 1"_s);
    QCOMPARE(changes.count(), 7);
    // Not per keystroke: nothing is validated until the timer fires.
    QCOMPARE(status->text(), initial);
    QTRY_COMPARE(status->text(), u"Line 1, column 8: unexpected end of document"_s);
    QCOMPARE(validity.count(), 0); // invalid before, invalid now

    QTest::keyClicks(editor.textEdit(), u"}"_s);
    QTRY_COMPARE(validity.count(), 1);
    QCOMPARE(validity.at(0).at(0).toBool(), true);
    QCOMPARE(status->text(), u"Valid JSON"_s);
}

QTEST_MAIN(TstJsonEditor)
#include "tst_jsoneditor.moc"
