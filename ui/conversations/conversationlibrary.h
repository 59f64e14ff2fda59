// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversation.h"

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace playground {

//! The saved conversations of the app: one `<dir>/<id>.json` file each, in the canonical
//! `modelkit.conversation` format (ConversationFormat::toBytes()), written atomically
//! (QSaveFile). The files are the source of truth; `<dir>/index.sqlite` (Qt SQL, QSQLITE) is a
//! search index over them — titles and all message text in an FTS5 table — that can be
//! thrown away at any time: a missing, corrupt or other-schema index is rebuilt from the
//! files, and every list() first brings the index up to date with the folder (files added,
//! changed or removed by another instance or by hand are noticed by their size and
//! modification time).
//!
//! Deleting moves the file to `<dir>/trash/` (its modification time becomes the deletion
//! time); restore() brings it back. Trash older than trashRetentionDays is purged when the
//! library opens.
//!
//! Like UsageLedger, all file and database work runs on the library's own thread, one
//! operation at a time in request order; callbacks and signals arrive on the thread the
//! library was created in, on a later event-loop turn, and a callback is dropped when its
//! `context` is destroyed first. Several instances (processes) may share a folder: files are
//! replaced atomically and the index is in WAL mode with a busy timeout.
class ConversationLibrary : public QObject
{
    Q_OBJECT

public:
    //! The index schema this build writes (`PRAGMA user_version`); any other is rebuilt.
    static constexpr int indexSchemaVersion = 1;
    static constexpr int trashRetentionDays = 30;
    //! Entry::snippet marks each match with these two characters.
    static constexpr char16_t matchStart = u'\x02';
    static constexpr char16_t matchEnd = u'\x03';

    //! One saved conversation as listed.
    struct Entry
    {
        QString id;
        QString title;
        QDateTime createdAt; //!< UTC; may be invalid
        QDateTime updatedAt; //!< UTC; the file's modification time for an unreadable file
        qint64 messageCount = 0;
        //! With a search: message text around the match, matches between matchStart and
        //! matchEnd; empty without a search.
        QString snippet;
        //! Why the file cannot be read (load() says the same); empty when it can.
        QString error;
        bool operator==(const Entry &) const = default;
    };

    using IdCallback = std::function<void(const QString &id, const QString &error)>;
    using ListCallback = std::function<void(const QList<Entry> &entries, const QString &error)>;
    using LoadCallback
        = std::function<void(const std::optional<modelkit::Conversation> &, const QString &error)>;
    using DoneCallback = std::function<void(const QString &error)>;

    struct Options
    {
        int busyTimeoutMs = 10000; //!< wait this long for another instance's index lock
    };

    //! The library in `dir` (created on first write). Opening (purging old trash, bringing
    //! the index up to date) starts at once on the library's thread.
    explicit ConversationLibrary(const QString &dir = defaultDir(), QObject *parent = nullptr);
    ConversationLibrary(const QString &dir, const Options &options, QObject *parent = nullptr);
    //! Finishes the pending operations (every save() reaches its file), then closes.
    ~ConversationLibrary() override;

    //! <AppDataLocation>/conversations.
    static QString defaultDir();
    QString dir() const { return m_dir; }
    //! `<dir>/<id>.json`.
    QString filePath(const QString &id) const;
    //! Whether `id` can name a file here (letters, digits, '-' and '_'; a UUID is fine).
    static bool isValidId(const QString &id);

    //! The first user message's text, whitespace collapsed, cut at a word boundary near 60
    //! characters (with "…"); "Untitled conversation" when there is none.
    static QString autoTitle(const modelkit::Conversation &conversation);
    //! The FTS5 expression searching for `text` as typed: every word must occur, its last
    //! token as a prefix ("umbr" finds "umbrella"; "get_wea" finds "get_weather"). Characters
    //! of FTS syntax cannot leak through. Empty when `text` holds no letters or digits.
    static QString searchExpression(const QString &text);

    //! Writes `conversation` (a fresh id when it has none; an empty title becomes
    //! autoTitle(); invalid times become now) and indexes it. The document is serialised on
    //! the caller's thread. Emits saved() and changed(), or errorOccurred().
    void save(const modelkit::Conversation &conversation, QObject *context = nullptr,
              IdCallback done = {});
    //! The conversations whose title or message text match `search` (all of them when it is
    //! empty or has no words), newest first (by updated_at).
    void list(const QString &search, QObject *context, ListCallback done);
    //! Reads `<dir>/<id>.json`; nullopt and a precise error (file, offset or JSON path) when
    //! it is missing or not a readable conversation.
    void load(const QString &id, QObject *context, LoadCallback done);
    //! Sets the title (an empty one becomes autoTitle()); updated_at is not changed, so the
    //! conversation keeps its place. Emits renamed() and changed().
    void rename(const QString &id, const QString &title, QObject *context = nullptr,
                DoneCallback done = {});
    //! Moves the file to the trash and out of the index. Emits removed() and changed().
    void remove(const QString &id, QObject *context = nullptr, DoneCallback done = {});
    //! Undoes remove(): brings the file back from the trash (refused when a conversation
    //! with that id exists again). Emits restored() and changed().
    void restore(const QString &id, QObject *context = nullptr, DoneCallback done = {});
    //! A copy under a new id, titled "<title> (copy)", created and updated now. With
    //! `upToMessage` >= 0 it is a fork: only messages [0, upToMessage] are kept (indexes into
    //! Conversation::messages) and, since the runs belong to the history of the original,
    //! the fork keeps no runs; a plain duplicate (-1) keeps everything, runs included.
    //! Emits duplicated() and changed().
    void duplicate(const QString &id, int upToMessage = -1, QObject *context = nullptr,
                   IdCallback done = {});

    // Blocking variants for tests and the CLI: they run a local event loop until the worker
    // answers (other events of this thread are processed meanwhile).
    QString saveBlocking(const modelkit::Conversation &conversation, QString *error = nullptr);
    QList<Entry> listBlocking(const QString &search = {}, QString *error = nullptr);
    std::optional<modelkit::Conversation> loadBlocking(const QString &id, QString *error = nullptr);
    bool renameBlocking(const QString &id, const QString &title, QString *error = nullptr);
    bool removeBlocking(const QString &id, QString *error = nullptr);
    bool restoreBlocking(const QString &id, QString *error = nullptr);
    QString duplicateBlocking(const QString &id, int upToMessage = -1, QString *error = nullptr);

Q_SIGNALS:
    void saved(const QString &id);
    void renamed(const QString &id, const QString &title);
    //! Emitted by remove() on the caller's thread before anything is queued.
    void aboutToRemove(const QString &id);
    void removed(const QString &id);
    void restored(const QString &id);
    void duplicated(const QString &sourceId, const QString &newId);
    //! After any of the above: the list may have changed.
    void changed();
    void errorOccurred(const QString &message);

private:
    struct FileState;

    //! Runs `work` on the worker thread, then `done` on this object's thread (unless
    //! `context` was given and is gone); an error is also emitted as errorOccurred().
    template<typename Result>
    void dispatch(std::function<Result(QString *error)> work, QObject *context,
                  std::function<void(const Result &, const QString &)> done);
    template<typename Result>
    static Result waitFor(
        const std::function<void(QObject *, std::function<void(const Result &, const QString &)>)>
            &start,
        QString *error);

    // Worker thread only.
    QString indexPath() const;
    QString trashDir() const;
    QString ensureOpen();
    QString openIndex();
    QString prepareSchema(bool *needsRebuild);
    void closeIndex();
    void deleteIndexFiles();
    void purgeTrash();
    QString indexFailure(const QString &detail) const;
    //! Runs `step` against the index; on a corrupt database, rebuilds the index from the
    //! files and tries once more.
    bool withIndex(const std::function<bool(QString *error)> &step, QString *error);
    bool sync(QString *error);
    bool updateIndex(const QList<FileState> &files, const QStringList &gone, QString *error);
    FileState readFile(const QString &id) const;
    QString writeFile(const QString &id, const QByteArray &bytes) const;
    //! Brings the index entry of `id` up to date with its file (or drops it when gone).
    bool indexFile(const QString &id, QString *error,
                   const modelkit::Conversation *written = nullptr,
                   const QByteArray &writtenBytes = {});
    QString doSave(const modelkit::Conversation &conversation, const QByteArray &bytes,
                   QString *error);
    QList<Entry> doList(const QString &search, QString *error);
    std::optional<modelkit::Conversation> doLoad(const QString &id, QString *error) const;
    QString doRename(const QString &id, const QString &title, QString *error);
    bool doRemove(const QString &id, QString *error);
    bool doRestore(const QString &id, QString *error);
    QString doDuplicate(const QString &id, int upToMessage, QString *error);

    // Set in the constructor, read-only afterwards: safe to read from the worker thread.
    const QString m_dir;
    const Options m_options;
    const QString m_connectionName;
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; //!< lives in m_thread; queued lambdas run there
    // Worker thread only.
    bool m_open = false;
};

} // namespace playground
