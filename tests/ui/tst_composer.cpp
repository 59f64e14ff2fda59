// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The conversation composer against a real session: every edit lands in the session's
// messages, reordering by keyboard and drag, collapse, images by paste and drop.
#include "composer/composerpanel.h"
#include "composer/messageeditor.h"
#include "composer/messagetextedit.h"
#include "session/playgroundsession.h"

#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace modelkit;
using namespace playground;

namespace {

QString textOf(const LlmMessage &message)
{
    if (const auto *system = std::get_if<SystemMessage>(&message))
        return system->content;
    if (const auto *user = std::get_if<UserMessage>(&message))
        return user->text();
    if (const auto *assistant = std::get_if<AssistantMessage>(&message))
        return assistant->hasFunctionCalls() ? QString() : std::get<QString>(assistant->content);
    return {};
}

QByteArray pngBytes(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TstComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void buttonsAddMessagesAndTypingReachesTheSession();
    void keyboardReordersRemovesAndCollapses();
    void dragReorders();
    void pastedImageBecomesAnImagePart();
    void droppedImageFileBecomesAnImagePart();
    void functionCallsAndToolResultsAreEditable();
    void tokenTotalFollowsTheConversation();

private:
    MessageEditor *add(const QString &button, const QString &text = {});

    std::unique_ptr<PlaygroundSession> m_session;
    std::unique_ptr<ComposerPanel> m_composer;
};

void TstComposer::initTestCase()
{
    // Sessions read the catalog overrides and may open caches: never the user's own files.
    QStandardPaths::setTestModeEnabled(true);
}

void TstComposer::init()
{
    m_session = std::make_unique<PlaygroundSession>();
    m_composer = std::make_unique<ComposerPanel>(m_session.get());
    m_composer->resize(600, 700);
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_composer.get()));
    // Message shortcuts (Alt+Up…) work where the focus is, in the active window.
    m_composer->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_composer.get()));
}

void TstComposer::cleanup()
{
    m_composer.reset();
    m_session.reset();
}

MessageEditor *TstComposer::add(const QString &button, const QString &text)
{
    const int before = m_composer->editorCount();
    QTest::mouseClick(m_composer->findChild<QPushButton *>(button), Qt::LeftButton);
    if (m_composer->editorCount() != before + 1)
        return nullptr;
    MessageEditor *editor = m_composer->editorAt(before);
    if (!text.isEmpty() && editor->textEdit())
        QTest::keyClicks(editor->textEdit(), text);
    return editor;
}

void TstComposer::buttonsAddMessagesAndTypingReachesTheSession()
{
    QVERIFY(add(u"addSystemButton"_s, u"Be brief."_s));
    MessageEditor *user = add(u"addUserButton"_s, u"Hello there"_s);
    QVERIFY(user);
    QVERIFY(user->textEdit()->hasFocus()); // a new message takes the cursor
    QVERIFY(add(u"addAssistantButton"_s, u"Hi!"_s));
    QVERIFY(add(u"addToolResultButton"_s));
    const QList<LlmMessage> &messages = m_session->messages();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(textOf(messages.at(0)), u"Be brief."_s);
    QCOMPARE(textOf(messages.at(1)), u"Hello there"_s);
    QCOMPARE(textOf(messages.at(2)), u"Hi!"_s);
    QVERIFY(std::holds_alternative<FunctionExecutionResultMessage>(messages.at(3)));
    // Each editor shows its own estimate.
    QVERIFY(user->findChild<QLabel *>(u"messageTokens"_s)->text().contains(u"tokens"_s));

    // The session changing under the composer (e.g. an import) rebuilds it.
    m_session->setMessages({UserMessage{u"Replaced"_s, u"user"_s}});
    QCOMPARE(m_composer->editorCount(), 1);
    QCOMPARE(m_composer->editorAt(0)->textEdit()->toPlainText(), u"Replaced"_s);
}

void TstComposer::keyboardReordersRemovesAndCollapses()
{
    add(u"addSystemButton"_s, u"first"_s);
    add(u"addUserButton"_s, u"second"_s);
    add(u"addUserButton"_s, u"third"_s);
    MessageEditor *first = m_composer->editorAt(0);
    QVERIFY(!first->findChild<QToolButton *>(u"moveUpButton"_s)->isEnabled());
    first->textEdit()->setFocus();
    QTest::keyClick(first->textEdit(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(textOf(m_session->messages().at(0)), u"second"_s);
    QCOMPARE(textOf(m_session->messages().at(1)), u"first"_s);
    QCOMPARE(m_composer->editorAt(1), first);
    QVERIFY(first->findChild<QToolButton *>(u"moveUpButton"_s)->isEnabled());
    QTest::keyClick(first->textEdit(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(textOf(m_session->messages().at(0)), u"first"_s);

    MessageEditor *third = m_composer->editorAt(2);
    QTest::keyClick(third->textEdit(), Qt::Key_C, Qt::AltModifier);
    QVERIFY(third->isCollapsed());
    QVERIFY(!third->textEdit()->isVisibleTo(third));
    auto *preview = third->findChild<QLabel *>(u"collapsedPreview"_s);
    QTRY_VERIFY(preview->isVisible()); // new editors are shown on the next event-loop turn
    QCOMPARE(preview->text(), u"third"_s);
    third->setCollapsed(false);

    third->textEdit()->setFocus();
    QTest::keyClick(third->textEdit(), Qt::Key_Delete, Qt::AltModifier);
    QCOMPARE(m_session->messages().size(), 2);
    QTRY_COMPARE(m_composer->editorCount(), 2);
}

void TstComposer::dragReorders()
{
    add(u"addSystemButton"_s, u"A"_s);
    add(u"addUserButton"_s, u"B"_s);
    add(u"addUserButton"_s, u"C"_s);
    auto *list = m_composer->findChild<QWidget *>(u"messageList"_s);
    // What the handle's QDrag carries, dropped below the last message.
    QMimeData mime;
    mime.setData(u"application/x-modelkit-message-index"_s, "0");
    const QPoint below(20, m_composer->editorAt(2)->geometry().bottom() - 2);
    QDragEnterEvent enter(below, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(below, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(list, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(textOf(m_session->messages().at(0)), u"B"_s);
    QCOMPARE(textOf(m_session->messages().at(2)), u"A"_s);
}

void TstComposer::pastedImageBecomesAnImagePart()
{
    MessageEditor *user = add(u"addUserButton"_s, u"What is in this picture?"_s);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    QGuiApplication::clipboard()->setImage(image);
    user->textEdit()->setFocus();
    QTest::keyClick(user->textEdit(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(user->imageCount(), 1);
    QCOMPARE(user->textEdit()->toPlainText(), u"What is in this picture?"_s);
    const auto &message = std::get<UserMessage>(m_session->messages().at(0));
    QVERIFY(message.hasImages());
    QCOMPARE(message.text(), u"What is in this picture?"_s);
    const auto &parts = std::get<QList<UserContentPart>>(message.content);
    const Image &part = std::get<Image>(parts.last());
    QCOMPARE(part.mimeType, u"image/png"_s);
    QImage decoded;
    QVERIFY(decoded.loadFromData(QByteArray::fromBase64(part.base64Data)));
    QCOMPARE(decoded.size(), QSize(40, 30));
    QVERIFY(user->findChild<QWidget *>(u"imageThumbnail"_s));

    // The thumbnail's remove button takes it out again.
    QTest::mouseClick(user->findChild<QToolButton *>(u"removeImageButton"_s), Qt::LeftButton);
    QCOMPARE(user->imageCount(), 0);
    QVERIFY(!std::get<UserMessage>(m_session->messages().at(0)).hasImages());
}

void TstComposer::droppedImageFileBecomesAnImagePart()
{
    MessageEditor *user = add(u"addUserButton"_s, u"Compare"_s);
    QTemporaryDir dir;
    const QString png = dir.filePath(u"chart.png"_s);
    const QString text = dir.filePath(u"notes.txt"_s);
    {
        QFile file(png);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pngBytes(64, 48));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image");
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(png), QUrl::fromLocalFile(text)});
    QWidget *viewport = user->textEdit()->viewport();
    const QPoint at(10, 10);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    // Only the real image is attached; the text file is not inserted as an image.
    QCOMPARE(user->imageCount(), 1);
    const auto &parts = std::get<QList<UserContentPart>>(
        std::get<UserMessage>(m_session->messages().at(0)).content);
    QCOMPARE(std::get<Image>(parts.last()).mimeType, u"image/png"_s);
}

void TstComposer::functionCallsAndToolResultsAreEditable()
{
    MessageEditor *assistant = add(u"addAssistantButton"_s);
    auto *mode = assistant->findChild<QComboBox *>(u"assistantModeCombo"_s);
    mode->setCurrentIndex(1);
    QTest::mouseClick(assistant->findChild<QToolButton *>(u"addRowButton"_s), Qt::LeftButton);
    QTableWidget *calls = assistant->table();
    calls->item(0, 0)->setText(u"call_1"_s);
    calls->item(0, 1)->setText(u"get_weather"_s);
    calls->item(0, 2)->setText(u"{\"location\": \"Oslo\"}"_s);
    const auto &message = std::get<AssistantMessage>(m_session->messages().at(0));
    QVERIFY(message.hasFunctionCalls());
    const FunctionCall call = std::get<QList<FunctionCall>>(message.content).first();
    QCOMPARE(call.id, u"call_1"_s);
    QCOMPARE(call.name, u"get_weather"_s);
    QCOMPARE(call.arguments, u"{\"location\": \"Oslo\"}"_s);

    MessageEditor *results = add(u"addToolResultButton"_s);
    QTableWidget *rows = results->table();
    QCOMPARE(rows->rowCount(), 1); // a new tool-result message starts with one row
    rows->item(0, 0)->setText(u"call_1"_s);
    rows->item(0, 1)->setText(u"get_weather"_s);
    rows->item(0, 2)->setText(u"timeout"_s);
    rows->item(0, 3)->setCheckState(Qt::Checked);
    const auto &tool = std::get<FunctionExecutionResultMessage>(m_session->messages().at(1));
    QCOMPARE(tool.content.size(), 1);
    QCOMPARE(tool.content.first().callId, u"call_1"_s);
    QCOMPARE(tool.content.first().content, u"timeout"_s);
    QVERIFY(tool.content.first().isError);
}

void TstComposer::tokenTotalFollowsTheConversation()
{
    auto *total = m_composer->findChild<QLabel *>(u"tokenTotal"_s);
    const QString empty = total->text();
    // The Demo model's context window is known: the total is shown against it.
    QVERIFY2(empty.contains(u"128"_s), qPrintable(empty));
    add(u"addUserButton"_s, QString(400, u'x'));
    QVERIFY(total->text() != empty);
    const qint64 estimate = m_session->estimateRequestTokens();
    QVERIFY(estimate > 50);
    QVERIFY2(total->text().contains(QLocale().toString(estimate)), qPrintable(total->text()));
}

QTEST_MAIN(TstComposer)
#include "tst_composer.moc"
