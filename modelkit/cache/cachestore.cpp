// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/cachestore.h"

#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace modelkit {

CacheStore::CacheStore(Threading threading, QObject *parent) : QObject(parent)
{
    if (threading == Threading::Worker) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(u"modelkit cache store"_s);
        m_worker = new QObject;
        m_worker->moveToThread(m_thread.get());
        m_thread->start();
    }
}

CacheStore::~CacheStore()
{
    // Subclasses stop the worker themselves; this only catches a forgotten call, too late
    // for doClose() to be theirs.
    Q_ASSERT(!m_worker);
}

void CacheStore::stopWorker()
{
    if (!m_worker)
        return;
    // Queued behind every pending operation, so those still reach the storage.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            doClose();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
}

void CacheStore::get(const QByteArray &key, QObject *context, Callback done)
{
    submit(
        Operation::Get, [this, key] { return doGet(key); }, context, std::move(done));
}

void CacheStore::put(const QByteArray &key, const QByteArray &value, QObject *context,
                     Callback done)
{
    submit(
        Operation::Put, [this, key, value] { return doPut(key, value); }, context, std::move(done));
}

void CacheStore::remove(const QByteArray &key, QObject *context, Callback done)
{
    submit(
        Operation::Remove, [this, key] { return doRemove(key); }, context, std::move(done));
}

void CacheStore::clear(QObject *context, Callback done)
{
    submit(
        Operation::Clear, [this] { return doClear(); }, context, std::move(done));
}

void CacheStore::stats(QObject *context, Callback done)
{
    submit(
        Operation::Stats, [this] { return doStats(); }, context, std::move(done));
}

void CacheStore::submit(Operation operation, std::function<Reply()> work, QObject *context,
                        Callback done)
{
    // The QPointer is only read back in this thread, where `context` lives.
    auto reply = [this, operation, guard = QPointer<QObject>(context), hasContext = bool(context),
                  done = std::move(done)](const Reply &result) {
        QMetaObject::invokeMethod(
            this,
            [this, operation, result, guard, hasContext, done] {
                const Reply counted = deliver(operation, result);
                if (done && (!hasContext || guard))
                    done(counted);
            },
            Qt::QueuedConnection);
    };
    if (!m_worker) {
        reply(work());
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [work = std::move(work), reply = std::move(reply)] { reply(work()); },
        Qt::QueuedConnection);
}

CacheStore::Reply CacheStore::deliver(Operation operation, Reply reply)
{
    if (reply.isError()) {
        ++m_counters.errors;
        m_lastError = reply.error;
        Q_EMIT errorOccurred(reply.error);
        return reply;
    }
    switch (operation) {
    case Operation::Get:
        if (reply.status == Reply::Status::Ok)
            ++m_counters.hits;
        else
            ++m_counters.misses;
        break;
    case Operation::Put:
        if (reply.status == Reply::Status::Ok)
            ++m_counters.writes;
        break;
    case Operation::Stats:
        reply.stats.hits = m_counters.hits;
        reply.stats.misses = m_counters.misses;
        reply.stats.writes = m_counters.writes;
        reply.stats.errors = m_counters.errors;
        break;
    case Operation::Remove:
    case Operation::Clear:
        break;
    }
    return reply;
}

} // namespace modelkit
