// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The conversation library over real files and a real SQLite FTS5 index in a temporary
// folder: round trips, search, rename, delete and undo, trash purge, duplicate and fork,
// automatic titles, the index rebuilt from the files, broken files, two instances at once.
#include "conversation/conversationformat.h"
#include "conversations/conversationlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace modelkit;
using playground::ConversationLibrary;

Q_DECLARE_METATYPE(QList<modelkit::LlmMessage>)

namespace {

Conversation conversation(const QString &title, const QList<LlmMessage> &messages)
{
    CompletionRequest request;
    request.messages = messages;
    Conversation result = Conversation::fromRequest(request);
    result.title = title;
    return result;
}

UserMessage user(const QString &text)
{
    return UserMessage{text, u"user"_s};
}

AssistantMessage assistant(const QString &text)
{
    AssistantMessage message;
    message.content = text;
    return message;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

QStringList titles(const QList<ConversationLibrary::Entry> &entries)
{
    QStringList out;
    for (const ConversationLibrary::Entry &entry : entries)
        out << entry.title;
    return out;
}

QStringList ids(const QList<ConversationLibrary::Entry> &entries)
{
    QStringList out;
    for (const ConversationLibrary::Entry &entry : entries)
        out << entry.id;
    return out;
}

void removeIndexFiles(const QString &dir)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(dir + u"/index.sqlite"_s + suffix);
}

} // namespace

class TstConversationLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void defaultDirIsAppData();
    void saveListLoadRoundTrip();
    void saveFillsIdTitleAndTimes();
    void saveRefusesUnsafeIds();
    void searchTitlesAndMessages_data();
    void searchTitlesAndMessages();
    void searchSnippetMarksTheMatch();
    void searchExpression_data();
    void searchExpression();
    void hostileSearchText_data();
    void hostileSearchText();
    void renameKeepsPlace();
    void removeAndRestore();
    void oldTrashIsPurged();
    void duplicateAndFork();
    void autoTitle_data();
    void autoTitle();
    void indexRebuiltWhenMissing();
    void indexRebuiltWhenCorrupt();
    void indexRebuiltWhenDamaged();
    void indexRebuiltFromOlderSchema();
    void folderChangesReachTheIndex();
    void brokenFilesAreListedWithTheirError();
    void twoInstancesShareAFolder();

private:
    //! Three conversations to search in (saved through `library`).
    void saveSamples(ConversationLibrary &library);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
};

void TstConversationLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TstConversationLibrary::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = m_tmp->path() + u"/conversations"_s;
}

void TstConversationLibrary::cleanup()
{
    m_tmp.reset();
}

void TstConversationLibrary::defaultDirIsAppData()
{
    QCOMPARE(ConversationLibrary::defaultDir(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                 + u"/conversations"_s);
}

void TstConversationLibrary::saveSamples(ConversationLibrary &library)
{
    Conversation rain = conversation(u"Rain gear"_s, {SystemMessage{u"You are terse."_s},
                                                      user(u"Do I need an umbrella today?"_s),
                                                      assistant(u"Yes, bring one."_s)});
    rain.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-300);

    AssistantMessage call;
    call.content
        = QList<FunctionCall>{{u"call_1"_s, u"get_weather"_s, uR"({"city": "Reykjavík"})"_s}};
    FunctionExecutionResultMessage result;
    result.content = {{u"sunny and mild"_s, u"get_weather"_s, u"call_1"_s, false}};
    Conversation weather
        = conversation(u"Trip planning"_s, {user(u"What is the weather like?"_s), call, result});
    weather.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-200);

    Conversation coffee = conversation(
        QString(), {user(u"Recommend a café in Zürich near the lake"_s),
                    assistant(u"Try the one by the opera house; their espresso is good."_s)});
    coffee.updatedAt = QDateTime::currentDateTimeUtc().addSecs(-100);

    for (const Conversation &c : {rain, weather, coffee}) {
        QString error;
        QCOMPARE(library.saveBlocking(c, &error), c.id);
        QCOMPARE(error, QString());
    }
}

void TstConversationLibrary::saveListLoadRoundTrip()
{
    ConversationLibrary library(m_dir);
    QSignalSpy saved(&library, &ConversationLibrary::saved);
    QSignalSpy changed(&library, &ConversationLibrary::changed);
    Conversation original
        = conversation(u"Greetings"_s, {user(u"Hello there"_s), assistant(u"General Kenobi."_s)});
    ConversationRun run;
    run.startedAt = original.createdAt;
    run.model = u"gpt-4o"_s;
    run.provider = u"openai"_s;
    run.messageCount = 1;
    original.runs << run;

    QString error;
    const QString id = library.saveBlocking(original, &error);
    QCOMPARE(error, QString());
    QCOMPARE(id, original.id);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), id);
    QCOMPARE(changed.size(), 1);

    // The file is the canonical format, byte for byte.
    const QString path = m_dir + u'/' + id + u".json"_s;
    QCOMPARE(library.filePath(id), path);
    QCOMPARE(readAll(path), ConversationFormat::toBytes(original));

    const QList<ConversationLibrary::Entry> entries = library.listBlocking({}, &error);
    QCOMPARE(error, QString());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).id, id);
    QCOMPARE(entries.at(0).title, u"Greetings"_s);
    QCOMPARE(entries.at(0).messageCount, qint64(2));
    QCOMPARE(entries.at(0).updatedAt, original.updatedAt);
    QCOMPARE(entries.at(0).createdAt, original.createdAt);
    QVERIFY(entries.at(0).snippet.isEmpty());
    QVERIFY(entries.at(0).error.isEmpty());

    const std::optional<Conversation> loaded = library.loadBlocking(id, &error);
    QCOMPARE(error, QString());
    QVERIFY(loaded);
    QCOMPARE(ConversationFormat::toBytes(*loaded), ConversationFormat::toBytes(original));
    QCOMPARE(loaded->runs.size(), 1);

    // Saving again replaces the file (no stray temporary files are left).
    Conversation changedCopy = *loaded;
    changedCopy.setLlmMessages(changedCopy.llmMessages() << user(u"And again"_s));
    QCOMPARE(library.saveBlocking(changedCopy, &error), id);
    QCOMPARE(readAll(path), ConversationFormat::toBytes(changedCopy));
    QCOMPARE(library.listBlocking().at(0).messageCount, qint64(3));
    QCOMPARE(QDir(m_dir).entryList({u"*.json"_s}, QDir::Files), QStringList{id + u".json"_s});

    QVERIFY(!library.loadBlocking(u"no-such-conversation"_s, &error));
    QVERIFY2(error.contains(u"no-such-conversation"_s), qPrintable(error));
}

void TstConversationLibrary::saveFillsIdTitleAndTimes()
{
    ConversationLibrary library(m_dir);
    Conversation untitled;
    untitled.setLlmMessages({user(u"  Explain   the\tdifference between TCP and UDP  "_s)});
    QString error;
    const QString id = library.saveBlocking(untitled, &error);
    QCOMPARE(error, QString());
    QVERIFY(ConversationLibrary::isValidId(id));
    const std::optional<Conversation> loaded = library.loadBlocking(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, id);
    QCOMPARE(loaded->title, u"Explain the difference between TCP and UDP"_s);
    QVERIFY(loaded->createdAt.isValid());
    QVERIFY(loaded->updatedAt.isValid());
    QCOMPARE(library.listBlocking().at(0).title, loaded->title);
}

void TstConversationLibrary::saveRefusesUnsafeIds()
{
    ConversationLibrary library(m_dir);
    QSignalSpy errors(&library, &ConversationLibrary::errorOccurred);
    Conversation escape = conversation(u"x"_s, {user(u"hi"_s)});
    escape.id = u"../escape"_s;
    QString error;
    QCOMPARE(library.saveBlocking(escape, &error), QString());
    QVERIFY(!error.isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(!QFileInfo::exists(m_tmp->path() + u"/escape.json"_s));
    QVERIFY(!library.loadBlocking(u"../escape"_s, &error));
    QVERIFY(!library.removeBlocking(u"a/b"_s, &error));
    QVERIFY(!ConversationLibrary::isValidId(u"index"_s + u".sqlite"_s));
    QVERIFY(ConversationLibrary::isValidId(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

void TstConversationLibrary::searchTitlesAndMessages_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // titles, newest first

    const QString coffee = u"Recommend a café in Zürich near the lake"_s;
    QTest::newRow("empty lists all")
        << QString() << QStringList{coffee, u"Trip planning"_s, u"Rain gear"_s};
    QTest::newRow("title word") << u"gear"_s << QStringList{u"Rain gear"_s};
    QTest::newRow("title prefix") << u"Tri"_s << QStringList{u"Trip planning"_s};
    QTest::newRow("user text prefix") << u"umbr"_s << QStringList{u"Rain gear"_s};
    QTest::newRow("case folded") << u"UMBRELLA"_s << QStringList{u"Rain gear"_s};
    QTest::newRow("system text") << u"terse"_s << QStringList{u"Rain gear"_s};
    QTest::newRow("assistant text") << u"espresso"_s << QStringList{coffee};
    QTest::newRow("diacritics ignored") << u"cafe zurich"_s << QStringList{coffee};
    QTest::newRow("diacritics typed") << u"Zürich"_s << QStringList{coffee};
    QTest::newRow("function name as typed") << u"get_wea"_s << QStringList{u"Trip planning"_s};
    QTest::newRow("function arguments") << u"reykjavik"_s << QStringList{u"Trip planning"_s};
    QTest::newRow("tool result") << u"sunny"_s << QStringList{u"Trip planning"_s};
    QTest::newRow("all words must match") << u"umbrella espresso"_s << QStringList{};
    QTest::newRow("words anywhere") << u"bring umbr"_s << QStringList{u"Rain gear"_s};
    QTest::newRow("emoji ignored") << u"🌂 umbr"_s << QStringList{u"Rain gear"_s};
    QTest::newRow("no match") << u"kangaroo"_s << QStringList{};
    QTest::newRow("no words lists all")
        << u" ( - "_s << QStringList{coffee, u"Trip planning"_s, u"Rain gear"_s};
}

void TstConversationLibrary::searchTitlesAndMessages()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    ConversationLibrary library(m_dir);
    saveSamples(library);
    QString error;
    const QList<ConversationLibrary::Entry> entries = library.listBlocking(search, &error);
    QCOMPARE(error, QString());
    QCOMPARE(titles(entries), expected);
}

void TstConversationLibrary::searchSnippetMarksTheMatch()
{
    ConversationLibrary library(m_dir);
    saveSamples(library);
    const QList<ConversationLibrary::Entry> entries = library.listBlocking(u"espr"_s);
    QCOMPARE(entries.size(), 1);
    const QString snippet = entries.at(0).snippet;
    QVERIFY2(snippet.contains(QString(QChar(ConversationLibrary::matchStart)) + u"espresso"_s
                              + QChar(ConversationLibrary::matchEnd)),
             qPrintable(snippet));
    // Only the snippet's own markers: the message text cannot fake one.
    QCOMPARE(snippet.count(QChar(ConversationLibrary::matchStart)), 1);
}

void TstConversationLibrary::searchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("word") << u"umbr"_s << u"\"umbr\"*"_s;
    QTest::newRow("words") << u"  rain   gear "_s << u"\"rain\"* \"gear\"*"_s;
    QTest::newRow("quote") << u"\"foo"_s << u"\"foo\"*"_s;
    QTest::newRow("operators") << u"AND OR ("_s << u"\"AND\"* \"OR\"*"_s;
    QTest::newRow("column filter") << u"title:x"_s << u"\"title x\"*"_s;
    QTest::newRow("joined word") << u"get_weather"_s << u"\"get weather\"*"_s;
    QTest::newRow("emoji") << u"🌂 umbr 𝐱"_s << u"\"umbr\"* \"𝐱\"*"_s;
    QTest::newRow("punctuation only") << u"( ) * ^ -"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TstConversationLibrary::searchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(ConversationLibrary::searchExpression(text), expression);
}

void TstConversationLibrary::hostileSearchText_data()
{
    QTest::addColumn<QString>("search");
    for (const QString &text :
         {u"\"foo"_s, u"AND OR ("_s, u"NEAR("_s, u"title:"_s, u"*"_s, u"^umb"_s, u"-"_s, u"'"_s,
          u"\\"_s, u"\")*(\"\""_s, u"umb\"rella"_s, u"a OR"_s, u"NOT"_s, u"{title body}: x"_s,
          QString(QChar(ConversationLibrary::matchStart)), u"🌂 umbrella"_s})
        QTest::newRow(qPrintable(text)) << text;
}

void TstConversationLibrary::hostileSearchText()
{
    QFETCH(QString, search);
    ConversationLibrary library(m_dir);
    saveSamples(library);
    QString error;
    library.listBlocking(search, &error);
    QCOMPARE(error, QString());
}

void TstConversationLibrary::renameKeepsPlace()
{
    ConversationLibrary library(m_dir);
    saveSamples(library);
    QSignalSpy renamed(&library, &ConversationLibrary::renamed);
    const ConversationLibrary::Entry rain = library.listBlocking(u"umbrella"_s).at(0);
    QString error;
    QVERIFY2(library.renameBlocking(rain.id, u"  Wet   weather  "_s, &error), qPrintable(error));
    QCOMPARE(renamed.size(), 1);
    QCOMPARE(renamed.at(0).at(0).toString(), rain.id);
    QCOMPARE(renamed.at(0).at(1).toString(), u"Wet weather"_s);

    const QList<ConversationLibrary::Entry> all = library.listBlocking();
    QCOMPARE(titles(all).last(), u"Wet weather"_s); // still the oldest
    QCOMPARE(all.last().updatedAt, rain.updatedAt);
    QCOMPARE(titles(library.listBlocking(u"wet"_s)), QStringList{u"Wet weather"_s});
    QVERIFY(library.listBlocking(u"gear"_s).isEmpty());
    const std::optional<Conversation> loaded = library.loadBlocking(rain.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->title, u"Wet weather"_s);
    QCOMPARE(readAll(library.filePath(rain.id)), ConversationFormat::toBytes(*loaded));

    // An empty title goes back to the automatic one.
    QVERIFY(library.renameBlocking(rain.id, u"   "_s));
    QCOMPARE(library.loadBlocking(rain.id)->title, u"Do I need an umbrella today?"_s);

    QVERIFY(!library.renameBlocking(u"missing"_s, u"x"_s, &error));
    QVERIFY(!error.isEmpty());
}

void TstConversationLibrary::removeAndRestore()
{
    ConversationLibrary library(m_dir);
    saveSamples(library);
    QSignalSpy removed(&library, &ConversationLibrary::removed);
    QSignalSpy restored(&library, &ConversationLibrary::restored);
    const ConversationLibrary::Entry rain = library.listBlocking(u"umbrella"_s).at(0);
    const QByteArray bytes = readAll(library.filePath(rain.id));

    QString error;
    QVERIFY2(library.removeBlocking(rain.id, &error), qPrintable(error));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!QFileInfo::exists(library.filePath(rain.id)));
    const QString trashed = m_dir + u"/trash/"_s + rain.id + u".json"_s;
    QCOMPARE(readAll(trashed), bytes);
    QCOMPARE(library.listBlocking().size(), 2);
    QVERIFY(library.listBlocking(u"umbrella"_s).isEmpty());
    QVERIFY(!library.loadBlocking(rain.id));
    QVERIFY(!library.removeBlocking(rain.id, &error));

    QVERIFY2(library.restoreBlocking(rain.id, &error), qPrintable(error));
    QCOMPARE(restored.size(), 1);
    QCOMPARE(readAll(library.filePath(rain.id)), bytes);
    QVERIFY(!QFileInfo::exists(trashed));
    QCOMPARE(ids(library.listBlocking(u"umbrella"_s)), QStringList{rain.id});
    QCOMPARE(library.listBlocking().size(), 3);
    QVERIFY(!library.restoreBlocking(rain.id, &error));
    QVERIFY(!error.isEmpty());

    // Undo is refused when the conversation was saved again meanwhile.
    QVERIFY(library.removeBlocking(rain.id));
    Conversation again = *ConversationFormat::fromJson(QJsonDocument::fromJson(bytes).object());
    QCOMPARE(library.saveBlocking(again), rain.id);
    QVERIFY(!library.restoreBlocking(rain.id, &error));
    QVERIFY2(error.contains(rain.id), qPrintable(error));
}

void TstConversationLibrary::oldTrashIsPurged()
{
    QString oldId;
    QString recentId;
    {
        ConversationLibrary library(m_dir);
        saveSamples(library);
        const QList<ConversationLibrary::Entry> entries = library.listBlocking();
        oldId = entries.at(0).id;
        recentId = entries.at(1).id;
        QVERIFY(library.removeBlocking(oldId));
        QVERIFY(library.removeBlocking(recentId));
    }
    auto age = [this](const QString &id, int days) {
        QFile file(m_dir + u"/trash/"_s + id + u".json"_s);
        return file.open(QIODevice::ReadWrite)
               && file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-days),
                                   QFileDevice::FileModificationTime);
    };
    QVERIFY(age(oldId, ConversationLibrary::trashRetentionDays + 1));
    QVERIFY(age(recentId, ConversationLibrary::trashRetentionDays - 1));

    ConversationLibrary library(m_dir);
    QCOMPARE(library.listBlocking().size(), 1); // the library has opened
    QVERIFY(!QFileInfo::exists(m_dir + u"/trash/"_s + oldId + u".json"_s));
    QVERIFY(QFileInfo::exists(m_dir + u"/trash/"_s + recentId + u".json"_s));
    QVERIFY(library.restoreBlocking(recentId));
    QString error;
    QVERIFY(!library.restoreBlocking(oldId, &error));
}

void TstConversationLibrary::duplicateAndFork()
{
    ConversationLibrary library(m_dir);
    Conversation original
        = conversation(u"Original"_s, {SystemMessage{u"Be brief."_s}, user(u"One"_s),
                                       assistant(u"Two"_s), user(u"Three"_s)});
    ConversationRun run;
    run.startedAt = original.createdAt;
    run.model = u"gpt-4o"_s;
    run.messageCount = 2;
    original.runs << run;
    original.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(!library.saveBlocking(original).isEmpty());
    QSignalSpy duplicated(&library, &ConversationLibrary::duplicated);

    QString error;
    const QString copyId = library.duplicateBlocking(original.id, -1, &error);
    QCOMPARE(error, QString());
    QVERIFY(ConversationLibrary::isValidId(copyId));
    QVERIFY(copyId != original.id);
    QCOMPARE(duplicated.size(), 1);
    QCOMPARE(duplicated.at(0).at(0).toString(), original.id);
    QCOMPARE(duplicated.at(0).at(1).toString(), copyId);
    const std::optional<Conversation> copy = library.loadBlocking(copyId);
    QVERIFY(copy);
    QCOMPARE(copy->title, u"Original (copy)"_s);
    QCOMPARE(copy->llmMessages(), original.llmMessages());
    QCOMPARE(copy->runs.size(), 1);
    QVERIFY(copy->createdAt > original.createdAt);

    const QString forkId = library.duplicateBlocking(original.id, 1, &error);
    QCOMPARE(error, QString());
    const std::optional<Conversation> fork = library.loadBlocking(forkId);
    QVERIFY(fork);
    QCOMPARE(fork->messages.size(), 2);
    QCOMPARE(fork->llmMessages(), original.llmMessages().mid(0, 2));
    QVERIFY(fork->runs.isEmpty());

    // The original is untouched; the copies are newest.
    QCOMPARE(readAll(library.filePath(original.id)), ConversationFormat::toBytes(original));
    const QList<ConversationLibrary::Entry> entries = library.listBlocking();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.last().id, original.id);

    QVERIFY(library.duplicateBlocking(u"missing"_s, -1, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TstConversationLibrary::autoTitle_data()
{
    QTest::addColumn<QList<LlmMessage>>("messages");
    QTest::addColumn<QString>("title");

    QTest::newRow("none") << QList<LlmMessage>{} << u"Untitled conversation"_s;
    QTest::newRow("system only") << QList<LlmMessage>{SystemMessage{u"Be nice."_s}}
                                 << u"Untitled conversation"_s;
    QTest::newRow("short") << QList<LlmMessage>{SystemMessage{u"x"_s}, user(u"Hi!"_s)} << u"Hi!"_s;
    QTest::newRow("whitespace") << QList<LlmMessage>{user(u"\n  two\t\twords \n"_s)}
                                << u"two words"_s;
    QTest::newRow("word boundary")
        << QList<LlmMessage>{user(u"Please summarise the following article about the history "
                                  "of umbrellas in Victorian England"_s)}
        << u"Please summarise the following article about the history of…"_s;
    QTest::newRow("punctuation before the cut")
        << QList<LlmMessage>{user(u"Compare these options, then tell me which is cheapest, "
                                  "fastest, and the most reliable one"_s)}
        << u"Compare these options, then tell me which is cheapest…"_s;
    QTest::newRow("one long word")
        << QList<LlmMessage>{user(QString(100, u'x'))} << QString(60, u'x') + u'…';
    UserMessage image;
    image.content = QList<UserContentPart>{Image::fromBytes("not really a png", u"image/png"_s)};
    QTest::newRow("image first") << QList<LlmMessage>{image, user(u"What is this?"_s)}
                                 << u"What is this?"_s;
    QTest::newRow("assistant first")
        << QList<LlmMessage>{assistant(u"Hello"_s), user(u"Question"_s)} << u"Question"_s;
}

void TstConversationLibrary::autoTitle()
{
    QFETCH(QList<LlmMessage>, messages);
    QFETCH(QString, title);
    Conversation c;
    c.setLlmMessages(messages);
    QCOMPARE(ConversationLibrary::autoTitle(c), title);
    QVERIFY(ConversationLibrary::autoTitle(c).size() <= 61);
}

void TstConversationLibrary::indexRebuiltWhenMissing()
{
    {
        ConversationLibrary library(m_dir);
        saveSamples(library);
    }
    QVERIFY(QFileInfo::exists(m_dir + u"/index.sqlite"_s));
    removeIndexFiles(m_dir);
    ConversationLibrary library(m_dir);
    QString error;
    QCOMPARE(library.listBlocking({}, &error).size(), 3);
    QCOMPARE(error, QString());
    QCOMPARE(titles(library.listBlocking(u"umbr"_s)), QStringList{u"Rain gear"_s});
    QVERIFY(QFileInfo::exists(m_dir + u"/index.sqlite"_s));
}

void TstConversationLibrary::indexRebuiltWhenCorrupt()
{
    {
        ConversationLibrary library(m_dir);
        saveSamples(library);
    }
    removeIndexFiles(m_dir);
    QVERIFY(writeAll(m_dir + u"/index.sqlite"_s, QByteArray(8192, 'Z')));
    ConversationLibrary library(m_dir);
    QSignalSpy errors(&library, &ConversationLibrary::errorOccurred);
    QString error;
    QCOMPARE(library.listBlocking({}, &error).size(), 3);
    QCOMPARE(error, QString());
    QCOMPARE(titles(library.listBlocking(u"espresso"_s)).size(), 1);
    QCOMPARE(errors.size(), 0);
}

void TstConversationLibrary::indexRebuiltWhenDamaged()
{
    {
        ConversationLibrary library(m_dir);
        saveSamples(library);
    }
    // Closing the last connection folded the WAL into the file: damage every page but the
    // first (the schema stays readable, the tables do not).
    const QString path = m_dir + u"/index.sqlite"_s;
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s) || QFileInfo(path + u"-wal"_s).size() == 0);
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 8192);
    QVERIFY(writeAll(path, bytes.left(4096) + QByteArray(bytes.size() - 4096, '\xA5')));
    ConversationLibrary library(m_dir);
    QString error;
    QCOMPARE(library.listBlocking({}, &error).size(), 3);
    QCOMPARE(error, QString());
    QCOMPARE(library.listBlocking(u"sunny"_s).size(), 1);
}

void TstConversationLibrary::indexRebuiltFromOlderSchema()
{
    QDir().mkpath(m_dir);
    {
        // An index as an older build might have left it: other tables, stale rows.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-index"_s);
        db.setDatabaseName(m_dir + u"/index.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE conversations (id TEXT, title TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO conversations VALUES ('ghost', 'Ghost')"_s));
        QVERIFY(query.exec(u"CREATE VIRTUAL TABLE search USING fts5(everything)"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 0"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old-index"_s);
    {
        ConversationLibrary library(m_dir);
        saveSamples(library);
        QString error;
        QCOMPARE(titles(library.listBlocking({}, &error)).size(), 3);
        QCOMPARE(error, QString());
        QCOMPARE(library.listBlocking(u"umbr"_s).size(), 1);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"new-index"_s);
        db.setDatabaseName(m_dir + u"/index.sqlite"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), ConversationLibrary::indexSchemaVersion);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"new-index"_s);
}

void TstConversationLibrary::folderChangesReachTheIndex()
{
    ConversationLibrary library(m_dir);
    saveSamples(library);
    // A file copied in by hand.
    Conversation added = conversation(u"Copied in"_s, {user(u"kumquat recipes"_s)});
    QVERIFY(writeAll(m_dir + u'/' + added.id + u".json"_s, ConversationFormat::toBytes(added)));
    QCOMPARE(titles(library.listBlocking(u"kumquat"_s)), QStringList{u"Copied in"_s});
    QCOMPARE(library.listBlocking().size(), 4);

    // Edited by hand.
    added.title = u"Edited outside the app"_s;
    added.setLlmMessages({user(u"persimmon recipes"_s)});
    QTest::qWait(5); // a different modification time
    QVERIFY(writeAll(m_dir + u'/' + added.id + u".json"_s, ConversationFormat::toBytes(added)));
    QVERIFY(library.listBlocking(u"kumquat"_s).isEmpty());
    QCOMPARE(titles(library.listBlocking(u"persimmon"_s)),
             QStringList{u"Edited outside the app"_s});

    // Deleted by hand; other files are not conversations.
    QVERIFY(QFile::remove(m_dir + u'/' + added.id + u".json"_s));
    QVERIFY(writeAll(m_dir + u"/notes.txt"_s, "kumquat"));
    QVERIFY(writeAll(m_dir + u"/not an id.json"_s, "{}"));
    QVERIFY(library.listBlocking(u"persimmon"_s).isEmpty());
    QCOMPARE(library.listBlocking().size(), 3);
}

void TstConversationLibrary::brokenFilesAreListedWithTheirError()
{
    ConversationLibrary library(m_dir);
    saveSamples(library);
    const QString truncated = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString wrongShape = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString newer = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray good = ConversationFormat::toBytes(conversation(u"x"_s, {user(u"y"_s)}));
    QVERIFY(writeAll(m_dir + u'/' + truncated + u".json"_s, good.left(good.size() / 2)));
    QVERIFY(writeAll(m_dir + u'/' + wrongShape + u".json"_s,
                     R"({"format": "modelkit.conversation", "version": 1, "messages": 7})"));
    QVERIFY(writeAll(m_dir + u'/' + newer + u".json"_s,
                     R"({"format": "modelkit.conversation", "version": 99})"));

    QString error;
    const QList<ConversationLibrary::Entry> entries = library.listBlocking({}, &error);
    QCOMPARE(error, QString());
    QCOMPARE(entries.size(), 6);
    QHash<QString, QString> errors;
    for (const ConversationLibrary::Entry &entry : entries) {
        if (!entry.error.isEmpty())
            errors.insert(entry.id, entry.error);
    }
    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors.value(truncated).contains(truncated + u".json"_s),
             qPrintable(errors.value(truncated)));
    QVERIFY2(errors.value(truncated).contains(u"offset"_s), qPrintable(errors.value(truncated)));
    QVERIFY2(errors.value(wrongShape).contains(u"messages"_s),
             qPrintable(errors.value(wrongShape)));
    QVERIFY2(errors.value(newer).contains(u"99"_s), qPrintable(errors.value(newer)));

    for (const QString &id : {truncated, wrongShape, newer}) {
        QVERIFY(!library.loadBlocking(id, &error));
        QCOMPARE(error, errors.value(id));
        QVERIFY(!library.renameBlocking(id, u"x"_s, &error));
        QVERIFY(library.duplicateBlocking(id, -1, &error).isEmpty());
    }
    // A broken file can still be deleted (and the rest still searched).
    QVERIFY(library.removeBlocking(truncated, &error));
    QCOMPARE(library.listBlocking().size(), 5);
    QCOMPARE(library.listBlocking(u"umbrella"_s).size(), 1);
}

void TstConversationLibrary::twoInstancesShareAFolder()
{
    ConversationLibrary first(m_dir);
    ConversationLibrary second(m_dir);
    saveSamples(first);
    QCOMPARE(second.listBlocking().size(), 3);

    // Both write at once, without waiting for each other.
    QList<Conversation> written;
    for (int i = 0; i < 15; ++i) {
        Conversation a = conversation(u"first %1"_s.arg(i), {user(u"alpha number %1"_s.arg(i))});
        Conversation b = conversation(u"second %1"_s.arg(i), {user(u"beta number %1"_s.arg(i))});
        first.save(a);
        second.save(b);
        written << a << b;
    }
    const ConversationLibrary::Entry rain = second.listBlocking(u"umbrella"_s).at(0);
    QVERIFY(second.renameBlocking(rain.id, u"Renamed by the second"_s));
    QString error;
    QCOMPARE(first.listBlocking({}, &error).size(), 33);
    QCOMPARE(error, QString());
    QCOMPARE(second.listBlocking({}, &error).size(), 33);
    QCOMPARE(first.listBlocking(u"alpha"_s).size(), 15);
    QCOMPARE(second.listBlocking(u"beta"_s).size(), 15);
    QCOMPARE(titles(first.listBlocking(u"umbrella"_s)), QStringList{u"Renamed by the second"_s});
    for (const Conversation &c : std::as_const(written))
        QCOMPARE(readAll(first.filePath(c.id)), ConversationFormat::toBytes(c));

    // A delete by one is seen by the other, which can undo it.
    QVERIFY(first.removeBlocking(rain.id));
    QVERIFY(second.listBlocking(u"Renamed"_s).isEmpty());
    QVERIFY(second.restoreBlocking(rain.id));
    QCOMPARE(first.listBlocking(u"Renamed"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TstConversationLibrary)
#include "tst_conversationlibrary.moc"
