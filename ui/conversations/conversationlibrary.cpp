// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversations/conversationlibrary.h"

#include "conversation/conversationformat.h"
#include "core/sqlitesupport.h"

#include <algorithm>
#include <variant>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;
using modelkit::Conversation;
using modelkit::ConversationFormat;
using modelkit::ConversationMessage;
using modelkit::SqliteSupport;

Q_LOGGING_CATEGORY(lcConversationLibrary, "playground.conversations")

namespace playground {

//! A conversation file as found on disk, and what the index keeps of it.
struct ConversationLibrary::FileState
{
    QString id;
    bool exists = false;
    qint64 mtimeMs = 0;
    qint64 size = 0;
    std::optional<Conversation> conversation;
    QString error; //!< why the file cannot be read
    // The index row (valid when exists).
    QString title;
    QVariant createdMs;
    qint64 updatedMs = 0;
    qint64 messageCount = 0;
    QString body;
};

namespace {

constexpr int autoTitleLength = 60;
//! Files indexed per write transaction while syncing (another instance waits at most that
//! long for the lock).
constexpr int syncBatchSize = 200;

//! Everything a user may search for in the messages: system, user and assistant text, the
//! assistant's thoughts, function call names and arguments, tool results.
QString searchableText(const Conversation &conversation)
{
    QStringList parts;
    for (const ConversationMessage &entry : conversation.messages) {
        if (!entry.isKnown())
            continue;
        std::visit(
            [&parts](const auto &message) {
                using T = std::decay_t<decltype(message)>;
                if constexpr (std::is_same_v<T, modelkit::SystemMessage>) {
                    parts << message.content;
                } else if constexpr (std::is_same_v<T, modelkit::UserMessage>) {
                    parts << message.text();
                } else if constexpr (std::is_same_v<T, modelkit::AssistantMessage>) {
                    if (message.thought)
                        parts << *message.thought;
                    if (const auto *text = std::get_if<QString>(&message.content)) {
                        parts << *text;
                    } else {
                        for (const modelkit::FunctionCall &call :
                             std::get<QList<modelkit::FunctionCall>>(message.content))
                            parts << call.name + u' ' + call.arguments;
                    }
                } else {
                    for (const modelkit::FunctionExecutionResult &result : message.content)
                        parts << result.name + u' ' + result.content;
                }
            },
            *entry.message());
    }
    QString text = parts.join(u'\n');
    // The snippet markers must only come from FTS5.
    text.replace(QChar(ConversationLibrary::matchStart), u' ');
    text.replace(QChar(ConversationLibrary::matchEnd), u' ');
    return text;
}

QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

bool isCorruption(const QSqlError &error)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26); the texts in case a driver reports
    // extended codes.
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    return code == u"11"_s || code == u"26"_s || text.contains(u"malformed"_s)
           || text.contains(u"not a database"_s);
}

//! Runs a statement; false with `error` set and `*corrupt` raised on a corrupt database.
bool exec(QSqlQuery &query, QString *error, bool *corrupt, const QString &sql = {})
{
    if (SqliteSupport::run(query, error, sql))
        return true;
    if (corrupt && isCorruption(query.lastError()))
        *corrupt = true;
    return false;
}

bool createSchema(QSqlQuery &query, QString *error, bool *corrupt)
{
    return exec(query, error, corrupt,
                u"CREATE TABLE conversations ("
                "row INTEGER PRIMARY KEY, "
                "id TEXT NOT NULL UNIQUE, "
                "title TEXT NOT NULL DEFAULT '', "
                "created_ms INTEGER, "
                "updated_ms INTEGER NOT NULL DEFAULT 0, "
                "message_count INTEGER NOT NULL DEFAULT 0, "
                "error TEXT NOT NULL DEFAULT '', "
                "file_mtime_ms INTEGER NOT NULL DEFAULT 0, "
                "file_size INTEGER NOT NULL DEFAULT 0)"_s)
           && exec(query, error, corrupt,
                   u"CREATE INDEX conversations_by_time ON conversations (updated_ms)"_s)
           // rowid = conversations.row
           && exec(query, error, corrupt,
                   u"CREATE VIRTUAL TABLE search USING fts5(title, body, "
                   "tokenize = 'unicode61 remove_diacritics 2')"_s);
}

//! Drops every table of an index of another schema (virtual tables first: their shadow
//! tables go with them).
bool dropEverything(QSqlQuery &query, QString *error, bool *corrupt)
{
    if (!exec(query, error, corrupt,
              u"SELECT name, sql LIKE 'CREATE VIRTUAL%' AS virtual FROM sqlite_master "
              "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY virtual DESC"_s))
        return false;
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    query.finish();
    for (const QString &table : std::as_const(tables)) {
        QString quoted = table;
        quoted.replace(u'"', u"\"\""_s);
        if (!exec(query, error, corrupt, u"DROP TABLE IF EXISTS \"%1\""_s.arg(quoted)))
            return false;
    }
    return true;
}

} // namespace

ConversationLibrary::ConversationLibrary(const QString &dir, QObject *parent)
    : ConversationLibrary(dir, Options{}, parent)
{}

ConversationLibrary::ConversationLibrary(const QString &dir, const Options &options,
                                         QObject *parent)
    : QObject(parent)
    , m_dir(QDir::cleanPath(dir))
    , m_options(options)
    , m_connectionName(SqliteSupport::uniqueConnectionName(u"conversations"_s))
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"playground conversation library"_s);
    m_worker = new QObject;
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
    // Purge old trash and catch up with the folder now, not on the first list().
    dispatch<bool>(
        [this](QString *error) {
            if (const QString problem = ensureOpen(); !problem.isEmpty()) {
                *error = problem;
                return false;
            }
            return withIndex([this](QString *problem) { return sync(problem); }, error);
        },
        nullptr, {});
}

ConversationLibrary::~ConversationLibrary()
{
    // Queued behind every pending operation, so pending saves still reach their files.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            closeIndex();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
}

QString ConversationLibrary::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/conversations"_s;
}

QString ConversationLibrary::filePath(const QString &id) const
{
    return m_dir + u'/' + id + u".json"_s;
}

QString ConversationLibrary::indexPath() const
{
    return m_dir + u"/index.sqlite"_s;
}

QString ConversationLibrary::trashDir() const
{
    return m_dir + u"/trash"_s;
}

bool ConversationLibrary::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
               || c == u'-' || c == u'_';
    });
}

QString ConversationLibrary::autoTitle(const Conversation &conversation)
{
    for (const ConversationMessage &entry : conversation.messages) {
        if (!entry.isKnown())
            continue;
        const auto *user = std::get_if<modelkit::UserMessage>(&*entry.message());
        if (!user)
            continue;
        const QString text = user->text().simplified();
        if (text.isEmpty())
            continue; // only images: the next user message may say more
        if (text.size() <= autoTitleLength)
            return text;
        qsizetype cut = text.lastIndexOf(u' ', autoTitleLength);
        if (cut < autoTitleLength / 2) {
            // One long word: cut inside it, but not inside a surrogate pair.
            cut = autoTitleLength;
            if (text.at(cut - 1).isHighSurrogate())
                --cut;
        }
        QString title = text.left(cut);
        while (!title.isEmpty() && (title.back().isPunct() || title.back().isSpace()))
            title.chop(1);
        return title + u'…';
    }
    return tr("Untitled conversation");
}

QString ConversationLibrary::searchExpression(const QString &text)
{
    QStringList phrases;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        // Only letters, digits and marks reach FTS5, inside a quoted phrase: neither quotes
        // nor operators, column filters or parentheses can change the query's meaning. A
        // word the tokenizer splits ("get_weather") stays one phrase.
        // The same characters as the unicode61 tokenizer's, by code point (an emoji is
        // neither).
        QString tokens;
        tokens.reserve(word.size());
        for (qsizetype i = 0; i < word.size(); ++i) {
            char32_t code = word.at(i).unicode();
            qsizetype length = 1;
            if (word.at(i).isHighSurrogate() && i + 1 < word.size()
                && word.at(i + 1).isLowSurrogate()) {
                code = QChar::surrogateToUcs4(word.at(i), word.at(i + 1));
                length = 2;
            }
            const bool keep = QChar::isLetterOrNumber(code) || QChar::isMark(code)
                              || QChar::category(code) == QChar::Other_PrivateUse;
            if (keep)
                tokens += QStringView(word).mid(i, length);
            else
                tokens += u' ';
            i += length - 1;
        }
        tokens = tokens.simplified();
        if (!tokens.isEmpty())
            phrases << u'"' + tokens + u"\"*"_s;
    }
    return phrases.join(u' ');
}

template<typename Result>
void ConversationLibrary::dispatch(std::function<Result(QString *error)> work, QObject *context,
                                   std::function<void(const Result &, const QString &)> done)
{
    // The QPointer is only read back in this thread, where `context` lives.
    auto deliver = [this, guard = QPointer<QObject>(context), hasContext = context != nullptr,
                    done = std::move(done)](const Result &result, const QString &error) {
        QMetaObject::invokeMethod(
            this,
            [this, guard, hasContext, done, result, error] {
                if (!error.isEmpty())
                    Q_EMIT errorOccurred(error);
                if (done && (!hasContext || guard))
                    done(result, error);
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_worker,
        [work = std::move(work), deliver = std::move(deliver)] {
            QString error;
            const Result result = work(&error);
            deliver(result, error);
        },
        Qt::QueuedConnection);
}

template<typename Result>
Result ConversationLibrary::waitFor(
    const std::function<void(QObject *, std::function<void(const Result &, const QString &)>)>
        &start,
    QString *error)
{
    QEventLoop loop;
    bool finished = false;
    Result answer{};
    start(&loop, [&](const Result &result, const QString &problem) {
        finished = true;
        answer = result;
        if (error)
            *error = problem;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return answer;
}

void ConversationLibrary::save(const Conversation &conversation, QObject *context, IdCallback done)
{
    Conversation document = conversation;
    if (document.id.isEmpty())
        document.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (document.title.trimmed().isEmpty())
        document.title = autoTitle(document);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!document.createdAt.isValid())
        document.createdAt = now;
    if (!document.updatedAt.isValid())
        document.updatedAt = now;
    QByteArray bytes = ConversationFormat::toBytes(document);
    dispatch<QString>([this, document = std::move(document), bytes = std::move(bytes)](
                          QString *error) { return doSave(document, bytes, error); },
                      nullptr,
                      [this, guard = QPointer<QObject>(context), hasContext = context != nullptr,
                       done = std::move(done)](const QString &id, const QString &error) {
                          if (error.isEmpty()) {
                              Q_EMIT saved(id);
                              Q_EMIT changed();
                          }
                          if (done && (!hasContext || guard))
                              done(id, error);
                      });
}

void ConversationLibrary::list(const QString &search, QObject *context, ListCallback done)
{
    dispatch<QList<Entry>>([this, search](QString *error) { return doList(search, error); },
                           context, std::move(done));
}

void ConversationLibrary::load(const QString &id, QObject *context, LoadCallback done)
{
    dispatch<std::optional<Conversation>>([this, id](QString *error) { return doLoad(id, error); },
                                          context, std::move(done));
}

void ConversationLibrary::rename(const QString &id, const QString &title, QObject *context,
                                 DoneCallback done)
{
    dispatch<QString>(
        [this, id, title](QString *error) { return doRename(id, title, error); }, nullptr,
        [this, id, guard = QPointer<QObject>(context), hasContext = context != nullptr,
         done = std::move(done)](const QString &newTitle, const QString &error) {
            if (error.isEmpty()) {
                Q_EMIT renamed(id, newTitle);
                Q_EMIT changed();
            }
            if (done && (!hasContext || guard))
                done(error);
        });
}

void ConversationLibrary::remove(const QString &id, QObject *context, DoneCallback done)
{
    // Before the work is queued: a writer of this conversation stops before it could
    // queue a save behind the removal.
    Q_EMIT aboutToRemove(id);
    dispatch<bool>([this, id](QString *error) { return doRemove(id, error); }, nullptr,
                   [this, id, guard = QPointer<QObject>(context), hasContext = context != nullptr,
                    done = std::move(done)](const bool &, const QString &error) {
                       if (error.isEmpty()) {
                           Q_EMIT removed(id);
                           Q_EMIT changed();
                       }
                       if (done && (!hasContext || guard))
                           done(error);
                   });
}

void ConversationLibrary::restore(const QString &id, QObject *context, DoneCallback done)
{
    dispatch<bool>([this, id](QString *error) { return doRestore(id, error); }, nullptr,
                   [this, id, guard = QPointer<QObject>(context), hasContext = context != nullptr,
                    done = std::move(done)](const bool &, const QString &error) {
                       if (error.isEmpty()) {
                           Q_EMIT restored(id);
                           Q_EMIT changed();
                       }
                       if (done && (!hasContext || guard))
                           done(error);
                   });
}

void ConversationLibrary::duplicate(const QString &id, int upToMessage, QObject *context,
                                    IdCallback done)
{
    dispatch<QString>(
        [this, id, upToMessage](QString *error) { return doDuplicate(id, upToMessage, error); },
        nullptr,
        [this, id, guard = QPointer<QObject>(context), hasContext = context != nullptr,
         done = std::move(done)](const QString &newId, const QString &error) {
            if (error.isEmpty()) {
                Q_EMIT duplicated(id, newId);
                Q_EMIT changed();
            }
            if (done && (!hasContext || guard))
                done(newId, error);
        });
}

QString ConversationLibrary::saveBlocking(const Conversation &conversation, QString *error)
{
    return waitFor<QString>(
        [&](QObject *context, auto done) { save(conversation, context, std::move(done)); }, error);
}

QList<ConversationLibrary::Entry> ConversationLibrary::listBlocking(const QString &search,
                                                                    QString *error)
{
    return waitFor<QList<Entry>>(
        [&](QObject *context, auto done) { list(search, context, std::move(done)); }, error);
}

std::optional<Conversation> ConversationLibrary::loadBlocking(const QString &id, QString *error)
{
    return waitFor<std::optional<Conversation>>(
        [&](QObject *context, auto done) { load(id, context, std::move(done)); }, error);
}

bool ConversationLibrary::renameBlocking(const QString &id, const QString &title, QString *error)
{
    QString problem;
    waitFor<bool>(
        [&](QObject *context, auto done) {
            rename(id, title, context, [done](const QString &e) { done(e.isEmpty(), e); });
        },
        &problem);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool ConversationLibrary::removeBlocking(const QString &id, QString *error)
{
    QString problem;
    waitFor<bool>(
        [&](QObject *context, auto done) {
            remove(id, context, [done](const QString &e) { done(e.isEmpty(), e); });
        },
        &problem);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

bool ConversationLibrary::restoreBlocking(const QString &id, QString *error)
{
    QString problem;
    waitFor<bool>(
        [&](QObject *context, auto done) {
            restore(id, context, [done](const QString &e) { done(e.isEmpty(), e); });
        },
        &problem);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

QString ConversationLibrary::duplicateBlocking(const QString &id, int upToMessage, QString *error)
{
    return waitFor<QString>(
        [&](QObject *context, auto done) { duplicate(id, upToMessage, context, std::move(done)); },
        error);
}

// --- Worker thread ------------------------------------------------------------------------

QString ConversationLibrary::indexFailure(const QString &detail) const
{
    return tr("conversation index %1: %2").arg(indexPath(), detail);
}

QString ConversationLibrary::ensureOpen()
{
    if (m_open)
        return {};
    if (!QSqlDatabase::isDriverAvailable(SqliteSupport::driver()))
        return indexFailure(
            tr("the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)"));
    if (!QDir().mkpath(m_dir))
        return tr("cannot create the conversations folder %1").arg(m_dir);
    purgeTrash();
    if (const QString problem = openIndex(); !problem.isEmpty())
        return problem;
    m_open = true;
    return {};
}

QString ConversationLibrary::openIndex()
{
    for (int attempt = 0;; ++attempt) {
        bool corrupt = false;
        QString problem;
        {
            QSqlDatabase db
                = QSqlDatabase::contains(m_connectionName)
                      ? QSqlDatabase::database(m_connectionName, false)
                      : QSqlDatabase::addDatabase(SqliteSupport::driver(), m_connectionName);
            db.setDatabaseName(indexPath());
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
            if (!db.open()) {
                problem = db.lastError().text();
                corrupt = isCorruption(db.lastError());
            } else {
                problem = prepareSchema(&corrupt);
            }
        } // no handle may outlive closeIndex()
        if (problem.isEmpty())
            return {};
        closeIndex();
        if (!corrupt || attempt > 0)
            return indexFailure(problem);
        // Only a cache of the files: start again from an empty one.
        qCWarning(lcConversationLibrary, "rebuilding the unreadable index %s: %s",
                  qUtf8Printable(indexPath()), qUtf8Printable(problem));
        deleteIndexFiles();
    }
}

QString ConversationLibrary::prepareSchema(bool *corrupt)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    QString error;
    // WAL lets another instance read and write beside this one. A file that is not a
    // database fails here already.
    if (!exec(query, &error, corrupt, u"PRAGMA journal_mode=WAL"_s))
        return error;
    exec(query, nullptr, nullptr, u"PRAGMA synchronous=NORMAL"_s);
    if (!exec(query, &error, corrupt, u"PRAGMA quick_check"_s))
        return error;
    if (!query.next() || query.value(0).toString() != u"ok"_s) {
        *corrupt = true;
        return tr("the integrity check failed");
    }
    query.finish();
    // IMMEDIATE takes the write lock before the version is read: of two instances opening
    // the same old index, the second sees the first one's result.
    if (!exec(query, &error, corrupt, u"BEGIN IMMEDIATE"_s))
        return error;
    auto rollback = [&] {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return error;
    };
    if (!exec(query, &error, corrupt, u"PRAGMA user_version"_s) || !query.next())
        return rollback();
    const int version = query.value(0).toInt();
    query.finish();
    if (version != indexSchemaVersion) {
        // An older (or newer) index: the files hold everything, so rebuild it.
        bool dropFailed = false;
        if (!dropEverything(query, &error, &dropFailed) || !createSchema(query, &error, corrupt)
            || !exec(query, &error, corrupt,
                     u"PRAGMA user_version = %1"_s.arg(indexSchemaVersion))) {
            // A table this build cannot drop (an unknown module…): delete the file.
            *corrupt = *corrupt || dropFailed;
            return rollback();
        }
    }
    if (!exec(query, &error, corrupt, u"COMMIT"_s))
        return rollback();
    return {};
}

void ConversationLibrary::closeIndex()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
}

void ConversationLibrary::deleteIndexFiles()
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(indexPath() + suffix);
}

void ConversationLibrary::purgeTrash()
{
    const QDir trash(trashDir());
    if (!trash.exists())
        return;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-trashRetentionDays);
    const QFileInfoList files = trash.entryInfoList({u"*.json"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        // remove() set the modification time to the time of deletion.
        if (file.lastModified() < cutoff && !QFile::remove(file.absoluteFilePath()))
            qCWarning(lcConversationLibrary, "cannot purge %s",
                      qUtf8Printable(file.absoluteFilePath()));
    }
}

bool ConversationLibrary::withIndex(const std::function<bool(QString *error)> &step, QString *error)
{
    if (const QString problem = ensureOpen(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QString problem;
    if (step(&problem))
        return true;
    // Whatever failed, ask the database whether it is damaged.
    bool corrupt = false;
    {
        QSqlQuery check(QSqlDatabase::database(m_connectionName, false));
        if (exec(check, nullptr, &corrupt, u"PRAGMA quick_check"_s))
            corrupt = !check.next() || check.value(0).toString() != u"ok"_s;
    }
    if (!corrupt) {
        *error = indexFailure(problem);
        return false;
    }
    qCWarning(lcConversationLibrary, "rebuilding the corrupt index %s: %s",
              qUtf8Printable(indexPath()), qUtf8Printable(problem));
    closeIndex();
    deleteIndexFiles();
    if (const QString reopen = ensureOpen(); !reopen.isEmpty()) {
        *error = reopen;
        return false;
    }
    QString retry;
    if (sync(&retry) && step(&retry))
        return true;
    *error = indexFailure(retry);
    return false;
}

ConversationLibrary::FileState ConversationLibrary::readFile(const QString &id) const
{
    FileState state;
    state.id = id;
    const QString path = filePath(id);
    QFile file(path);
    // Stat before reading: if the file changes in between, the index remembers the older
    // time and the next sync reads it again.
    const QFileInfo info(path);
    if (!info.exists())
        return state;
    state.exists = true;
    state.mtimeMs = info.lastModified().toMSecsSinceEpoch();
    state.size = info.size();
    state.title = id;
    state.updatedMs = state.mtimeMs;
    if (!file.open(QIODevice::ReadOnly)) {
        state.error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return state;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        state.error = tr("%1: not valid JSON at offset %2: %3")
                          .arg(path)
                          .arg(parseError.offset)
                          .arg(parseError.errorString());
        return state;
    }
    modelkit::JsonError jsonError;
    const QJsonValue value
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    std::optional<Conversation> conversation = ConversationFormat::fromJson(value, &jsonError);
    if (!conversation) {
        state.error = tr("%1: not a readable conversation: %2").arg(path, jsonError.toString());
        return state;
    }
    // The file name is the id (a copied file may repeat another's id inside).
    conversation->id = id;
    state.title = conversation->title.isEmpty() ? autoTitle(*conversation) : conversation->title;
    state.createdMs = nullableTime(conversation->createdAt);
    state.updatedMs = conversation->updatedAt.isValid()
                          ? conversation->updatedAt.toMSecsSinceEpoch()
                          : state.mtimeMs;
    state.messageCount = conversation->messages.size();
    state.body = searchableText(*conversation);
    state.conversation = std::move(conversation);
    return state;
}

QString ConversationLibrary::writeFile(const QString &id, const QByteArray &bytes) const
{
    if (!QDir().mkpath(m_dir))
        return tr("cannot create the conversations folder %1").arg(m_dir);
    const QString path = filePath(id);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

bool ConversationLibrary::sync(QString *error)
{
    QHash<QString, std::pair<qint64, qint64>> onDisk; // id -> (mtime, size)
    const QFileInfoList files = QDir(m_dir).entryInfoList({u"*.json"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QString id = file.completeBaseName();
        if (isValidId(id))
            onDisk.insert(id, {file.lastModified().toMSecsSinceEpoch(), file.size()});
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!exec(query, error, nullptr, u"SELECT id, file_mtime_ms, file_size FROM conversations"_s))
        return false;
    QStringList gone;
    QSet<QString> upToDate;
    while (query.next()) {
        const QString id = query.value(0).toString();
        const auto found = onDisk.constFind(id);
        if (found == onDisk.cend())
            gone << id;
        else if (*found == std::pair(query.value(1).toLongLong(), query.value(2).toLongLong()))
            upToDate.insert(id);
    }
    query.finish();
    QStringList stale;
    for (auto it = onDisk.cbegin(); it != onDisk.cend(); ++it) {
        if (!upToDate.contains(it.key()))
            stale << it.key();
    }
    if (!updateIndex({}, gone, error))
        return false;
    // Files are read outside the write transaction, a batch at a time.
    for (qsizetype from = 0; from < stale.size(); from += syncBatchSize) {
        QList<FileState> batch;
        QStringList vanished;
        for (const QString &id : stale.mid(from, syncBatchSize)) {
            FileState state = readFile(id);
            state.conversation.reset(); // only the index row is needed; runs can be large
            if (state.exists)
                batch << std::move(state);
            else
                vanished << id;
        }
        if (!updateIndex(batch, vanished, error))
            return false;
    }
    return true;
}

bool ConversationLibrary::updateIndex(const QList<FileState> &files, const QStringList &gone,
                                      QString *error)
{
    if (files.isEmpty() && gone.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!exec(query, error, nullptr, u"BEGIN IMMEDIATE"_s))
        return false;
    auto rollback = [&] {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return false;
    };
    auto rowOf = [&](const QString &id, qint64 *row) {
        query.prepare(u"SELECT row FROM conversations WHERE id = ?"_s);
        query.addBindValue(id);
        if (!exec(query, error, nullptr))
            return false;
        *row = query.next() ? query.value(0).toLongLong() : -1;
        query.finish();
        return true;
    };
    auto drop = [&](qint64 row) {
        query.prepare(u"DELETE FROM search WHERE rowid = ?"_s);
        query.addBindValue(row);
        if (!exec(query, error, nullptr))
            return false;
        query.prepare(u"DELETE FROM conversations WHERE row = ?"_s);
        query.addBindValue(row);
        return exec(query, error, nullptr);
    };
    for (const QString &id : gone) {
        qint64 row = -1;
        if (!rowOf(id, &row) || (row >= 0 && !drop(row)))
            return rollback();
    }
    for (const FileState &file : files) {
        qint64 row = -1;
        if (!rowOf(file.id, &row))
            return rollback();
        if (row >= 0) {
            query.prepare(u"UPDATE conversations SET title = ?, created_ms = ?, updated_ms = ?, "
                          "message_count = ?, error = ?, file_mtime_ms = ?, file_size = ? "
                          "WHERE row = ?"_s);
        } else {
            query.prepare(u"INSERT INTO conversations (title, created_ms, updated_ms, "
                          "message_count, error, file_mtime_ms, file_size, id) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        }
        query.addBindValue(file.title);
        query.addBindValue(file.createdMs);
        query.addBindValue(file.updatedMs);
        query.addBindValue(file.messageCount);
        query.addBindValue(file.error.isNull() ? u""_s : file.error);
        query.addBindValue(file.mtimeMs);
        query.addBindValue(file.size);
        query.addBindValue(row >= 0 ? QVariant(row) : QVariant(file.id));
        if (!exec(query, error, nullptr))
            return rollback();
        if (row < 0) {
            row = query.lastInsertId().toLongLong();
        } else {
            query.prepare(u"DELETE FROM search WHERE rowid = ?"_s);
            query.addBindValue(row);
            if (!exec(query, error, nullptr))
                return rollback();
        }
        query.prepare(u"INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)"_s);
        query.addBindValue(row);
        query.addBindValue(file.title);
        query.addBindValue(file.body.isNull() ? u""_s : file.body);
        if (!exec(query, error, nullptr))
            return rollback();
    }
    if (!exec(query, error, nullptr, u"COMMIT"_s))
        return rollback();
    return true;
}

bool ConversationLibrary::indexFile(const QString &id, QString *error, const Conversation *written,
                                    const QByteArray &writtenBytes)
{
    return withIndex(
        [&](QString *problem) {
            FileState state;
            if (written) {
                // What was just written, unless another instance replaced it since.
                const QFileInfo info(filePath(id));
                QFile file(filePath(id));
                if (info.exists() && file.open(QIODevice::ReadOnly)
                    && file.readAll() == writtenBytes) {
                    state.id = id;
                    state.exists = true;
                    state.mtimeMs = info.lastModified().toMSecsSinceEpoch();
                    state.size = info.size();
                    state.title = written->title;
                    state.createdMs = nullableTime(written->createdAt);
                    state.updatedMs = written->updatedAt.toMSecsSinceEpoch();
                    state.messageCount = written->messages.size();
                    state.body = searchableText(*written);
                } else {
                    state = readFile(id);
                }
            } else {
                state = readFile(id);
            }
            if (!state.exists)
                return updateIndex({}, {id}, problem);
            return updateIndex({state}, {}, problem);
        },
        error);
}

QString ConversationLibrary::doSave(const Conversation &conversation, const QByteArray &bytes,
                                    QString *error)
{
    if (!isValidId(conversation.id)) {
        *error = tr("cannot save a conversation with the id \"%1\"").arg(conversation.id);
        return {};
    }
    if (const QString problem = writeFile(conversation.id, bytes); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    // The file is saved; a failing index only hides it from search until the next sync.
    if (QString problem; !indexFile(conversation.id, &problem, &conversation, bytes))
        qCWarning(lcConversationLibrary, "%s", qUtf8Printable(problem));
    return conversation.id;
}

QList<ConversationLibrary::Entry> ConversationLibrary::doList(const QString &search, QString *error)
{
    if (!withIndex([this](QString *problem) { return sync(problem); }, error))
        return {};
    const QString expression = searchExpression(search);
    QList<Entry> entries;
    withIndex(
        [&](QString *problem) {
            entries.clear();
            QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
            query.setForwardOnly(true);
            if (expression.isEmpty()) {
                query.prepare(u"SELECT id, title, created_ms, updated_ms, message_count, error, "
                              "'' FROM conversations ORDER BY updated_ms DESC, id"_s);
            } else {
                query.prepare(u"SELECT c.id, c.title, c.created_ms, c.updated_ms, "
                              "c.message_count, c.error, "
                              "snippet(search, 1, char(2), char(3), '…', 12) "
                              "FROM search JOIN conversations c ON c.row = search.rowid "
                              "WHERE search MATCH ? ORDER BY c.updated_ms DESC, c.id"_s);
                query.addBindValue(expression);
            }
            if (!exec(query, problem, nullptr))
                return false;
            while (query.next()) {
                Entry entry;
                entry.id = query.value(0).toString();
                entry.title = query.value(1).toString();
                if (!query.value(2).isNull())
                    entry.createdAt
                        = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
                entry.updatedAt
                    = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
                entry.messageCount = query.value(4).toLongLong();
                entry.error = query.value(5).toString();
                entry.snippet = query.value(6).toString();
                entries << entry;
            }
            return true;
        },
        error);
    return entries;
}

std::optional<Conversation> ConversationLibrary::doLoad(const QString &id, QString *error) const
{
    if (!isValidId(id)) {
        *error = tr("\"%1\" is not a conversation id").arg(id);
        return std::nullopt;
    }
    FileState state = readFile(id);
    if (!state.exists) {
        *error = tr("no saved conversation %1 (%2 does not exist)").arg(id, filePath(id));
        return std::nullopt;
    }
    if (!state.conversation)
        *error = state.error;
    return state.conversation;
}

QString ConversationLibrary::doRename(const QString &id, const QString &title, QString *error)
{
    std::optional<Conversation> conversation = doLoad(id, error);
    if (!conversation)
        return {};
    const QString trimmed = title.simplified();
    conversation->title = trimmed.isEmpty() ? autoTitle(*conversation) : trimmed;
    const QByteArray bytes = ConversationFormat::toBytes(*conversation);
    if (const QString problem = writeFile(id, bytes); !problem.isEmpty()) {
        *error = problem;
        return {};
    }
    if (QString problem; !indexFile(id, &problem, &*conversation, bytes))
        qCWarning(lcConversationLibrary, "%s", qUtf8Printable(problem));
    return conversation->title;
}

bool ConversationLibrary::doRemove(const QString &id, QString *error)
{
    if (!isValidId(id)) {
        *error = tr("\"%1\" is not a conversation id").arg(id);
        return false;
    }
    const QString path = filePath(id);
    if (!QFileInfo::exists(path)) {
        *error = tr("no saved conversation %1 (%2 does not exist)").arg(id, path);
        return false;
    }
    if (!QDir().mkpath(trashDir())) {
        *error = tr("cannot create the trash folder %1").arg(trashDir());
        return false;
    }
    const QString trashed = trashDir() + u'/' + id + u".json"_s;
    QFile::remove(trashed); // an older deletion of the same conversation
    QFile file(path);
    if (!file.rename(trashed)) {
        *error = tr("cannot move %1 to the trash: %2").arg(path, file.errorString());
        return false;
    }
    // The age in the trash counts from now.
    if (QFile moved(trashed); moved.open(QIODevice::ReadOnly))
        moved.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    if (QString problem; !indexFile(id, &problem))
        qCWarning(lcConversationLibrary, "%s", qUtf8Printable(problem));
    return true;
}

bool ConversationLibrary::doRestore(const QString &id, QString *error)
{
    if (!isValidId(id)) {
        *error = tr("\"%1\" is not a conversation id").arg(id);
        return false;
    }
    const QString trashed = trashDir() + u'/' + id + u".json"_s;
    const QString path = filePath(id);
    if (!QFileInfo::exists(trashed)) {
        *error = tr("conversation %1 is not in the trash").arg(id);
        return false;
    }
    if (QFileInfo::exists(path)) {
        *error = tr("cannot restore conversation %1: %2 exists").arg(id, path);
        return false;
    }
    QFile file(trashed);
    if (!file.rename(path)) {
        *error = tr("cannot restore %1: %2").arg(path, file.errorString());
        return false;
    }
    if (QString problem; !indexFile(id, &problem))
        qCWarning(lcConversationLibrary, "%s", qUtf8Printable(problem));
    return true;
}

QString ConversationLibrary::doDuplicate(const QString &id, int upToMessage, QString *error)
{
    std::optional<Conversation> copy = doLoad(id, error);
    if (!copy)
        return {};
    copy->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy->title = tr("%1 (copy)").arg(copy->title.isEmpty() ? autoTitle(*copy) : copy->title);
    copy->createdAt = QDateTime::currentDateTimeUtc();
    copy->updatedAt = copy->createdAt;
    if (upToMessage >= 0) {
        if (upToMessage + 1 < copy->messages.size())
            copy->messages.resize(upToMessage + 1);
        copy->runs.clear();
    }
    QString savedId = doSave(*copy, ConversationFormat::toBytes(*copy), error);
    return savedId;
}

} // namespace playground
