// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "cache/cachestats.h"

#include <functional>
#include <memory>

#include <QByteArray>
#include <QObject>
#include <QString>

class QThread;

namespace modelkit {

//! Where the response cache keeps its entries: opaque values under hex keys.
//!
//! Every operation is asynchronous and safe to call from the UI thread: stores that do I/O
//! (disk, network) run it on a thread of their own, one operation at a time in the order
//! they were requested, so the caller's thread never waits for a disk or a server. The
//! reply is delivered on the store's own thread (call the store from that thread only) on a
//! later event-loop turn, never from inside the call, and replies come in request order.
//! When `context` is given and destroyed first, the callback is dropped; without a
//! context it runs as long as the store exists.
//!
//! A failing store never throws or blocks: it replies with Status::Error and a message
//! naming the store and the cause, and emits errorOccurred().
class CacheStore : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        //! get: Ok = found (value set), Miss = absent or expired. put: Ok = stored, Miss =
        //! refused (larger than the store's bound). Others: Ok. Error: see error.
        enum class Status { Ok, Miss, Error };

        Status status = Status::Ok;
        QByteArray value;
        CacheStats stats; //!< filled by stats()
        QString error;

        static Reply ok() { return {}; }
        static Reply hit(const QByteArray &value) { return {Status::Ok, value, {}, {}}; }
        static Reply miss() { return {Status::Miss, {}, {}, {}}; }
        static Reply failure(const QString &error) { return {Status::Error, {}, {}, error}; }
        static Reply withStats(const CacheStats &stats) { return {Status::Ok, {}, stats, {}}; }
        bool isError() const { return status == Status::Error; }
    };
    using Callback = std::function<void(const Reply &)>;

    ~CacheStore() override;

    void get(const QByteArray &key, QObject *context, Callback done);
    void put(const QByteArray &key, const QByteArray &value, QObject *context = nullptr,
             Callback done = {});
    void remove(const QByteArray &key, QObject *context = nullptr, Callback done = {});
    void clear(QObject *context = nullptr, Callback done = {});
    //! Entries and bytes as the storage reports them, plus this object's counters.
    void stats(QObject *context, Callback done);

    //! "memory", "disk <path>", "redis://host:port/db": for messages; never a password.
    virtual QString description() const = 0;
    //! This object's hit/miss/write/error counters, without asking the storage.
    CacheStats counters() const { return m_counters; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    enum class Threading {
        Inline, //!< operations run in the caller's thread (in-memory stores)
        Worker, //!< operations run on the store's own thread
    };
    CacheStore(Threading threading, QObject *parent);

    // The storage operations, run one at a time: in the worker thread for Threading::Worker,
    // so they may block (within their own timeouts) but must touch only thread-safe or
    // worker-owned state.
    virtual Reply doGet(const QByteArray &key) = 0;
    virtual Reply doPut(const QByteArray &key, const QByteArray &value) = 0;
    virtual Reply doRemove(const QByteArray &key) = 0;
    virtual Reply doClear() = 0;
    //! entries, bytes, maxBytes and ttlMs; the counters are added by the base.
    virtual Reply doStats() = 0;
    //! Runs last, in the worker thread: release what belongs to it (connections).
    virtual void doClose() {}

    //! Runs the pending operations and doClose(), then stops the worker thread. A subclass
    //! using Threading::Worker must call this first thing in its destructor, while its
    //! do*() overrides still exist. Blocks until the running operation ends.
    void stopWorker();

private:
    enum class Operation { Get, Put, Remove, Clear, Stats };

    void submit(Operation operation, std::function<Reply()> work, QObject *context, Callback done);
    //! Counts the reply (and adds the counters to a stats reply).
    Reply deliver(Operation operation, Reply reply);

    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; //!< lives in m_thread; queued lambdas run there
    CacheStats m_counters;
    QString m_lastError;
};

} // namespace modelkit
