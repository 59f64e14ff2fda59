// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "cache/rediscachestore.h"

#include <csignal>
#include <ctime>
#include <hiredis/hiredis.h>
#include <memory>
#include <pthread.h>
#include <sys/time.h>
#include <vector>

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

struct ReplyDeleter
{
    void operator()(redisReply *reply) const { freeReplyObject(reply); }
};
using ReplyPointer = std::unique_ptr<redisReply, ReplyDeleter>;

timeval toTimeval(int ms)
{
    timeval tv;
    tv.tv_sec = ms / 1000;
    tv.tv_usec = (ms % 1000) * 1000;
    return tv;
}

QString replyText(const redisReply *reply)
{
    return QString::fromUtf8(reply->str, qsizetype(reply->len));
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

//! hiredis writes with write(2): a server that went away would raise SIGPIPE and end the
//! process. Blocking it in this (the store's own) thread turns that into an EPIPE error.
void blockSigpipeInThisThread()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

//! Discards a SIGPIPE left pending in this thread by a failed write.
void drainSigpipe()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    if (sigismember(&pending, SIGPIPE)) {
        const timespec zero{0, 0};
        sigtimedwait(&set, nullptr, &zero);
    }
}

} // namespace

struct RedisCacheStore::Result
{
    ReplyPointer reply;
    QString error; //!< a connection failure or the server's error reply
    bool ok() const { return error.isEmpty(); }
};

std::optional<RedisCacheStore::Options> RedisCacheStore::Options::fromUrl(const QString &url,
                                                                          QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QUrl parsed(url, QUrl::StrictMode);
    // Messages never repeat the password.
    const QString shown
        = parsed.isValid() ? parsed.toDisplayString(QUrl::RemovePassword) : u"the URL"_s;
    if (!parsed.isValid() || parsed.host().isEmpty())
        return fail(u"%1 is not a redis://host:port/db URL"_s.arg(shown));
    if (parsed.scheme() == u"rediss")
        return fail(u"rediss:// (Redis over TLS) is not supported"_s);
    if (parsed.scheme() != u"redis")
        return fail(u"%1 is not a redis://host:port/db URL"_s.arg(shown));
    Options options;
    options.host = parsed.host();
    options.port = parsed.port(6379);
    options.username = parsed.userName();
    options.password = parsed.password();
    const QString path = parsed.path().mid(1); // without the leading '/'
    if (!path.isEmpty()) {
        bool ok = false;
        options.database = path.toInt(&ok);
        if (!ok || options.database < 0)
            return fail(u"%1: the database must be a number (redis://host:port/0)"_s.arg(shown));
    }
    const QUrlQuery query(parsed);
    if (query.hasQueryItem(u"prefix"_s))
        options.keyPrefix = query.queryItemValue(u"prefix"_s, QUrl::FullyDecoded);
    return options;
}

QString RedisCacheStore::Options::url() const
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return u"redis://%1:%2/%3"_s.arg(shownHost).arg(port).arg(database);
}

RedisCacheStore::RedisCacheStore(const Options &options, QObject *parent)
    : CacheStore(Threading::Worker, parent), m_options(options)
{}

RedisCacheStore::~RedisCacheStore()
{
    stopWorker();
}

QString RedisCacheStore::failure(const QString &detail) const
{
    return m_options.url() + u": "_s + detail;
}

void RedisCacheStore::disconnect()
{
    if (m_context) {
        redisFree(m_context);
        m_context = nullptr;
    }
    drainSigpipe();
}

QString RedisCacheStore::ensureConnected()
{
    if (!m_sigpipeBlocked) {
        blockSigpipeInThisThread();
        m_sigpipeBlocked = true;
    }
    if (m_context)
        return {};
    if (!m_connectError.isEmpty() && now() < m_retryAtMs)
        return m_connectError;

    auto fail = [this](const QString &detail) {
        disconnect();
        m_connectError = failure(detail);
        m_retryAtMs = now() + m_options.reconnectIntervalMs;
        return m_connectError;
    };
    m_context = redisConnectWithTimeout(m_options.host.toUtf8().constData(), m_options.port,
                                        toTimeval(m_options.connectTimeoutMs));
    if (!m_context)
        return fail(u"cannot connect: out of memory"_s);
    if (m_context->err)
        return fail(u"cannot connect: "_s + QString::fromLocal8Bit(m_context->errstr));
    redisSetTimeout(m_context, toTimeval(m_options.commandTimeoutMs));

    auto handshake = [this](const QList<QByteArray> &arguments) -> QString {
        std::vector<const char *> argv;
        std::vector<size_t> lengths;
        for (const QByteArray &argument : arguments) {
            argv.push_back(argument.constData());
            lengths.push_back(size_t(argument.size()));
        }
        ReplyPointer reply(static_cast<redisReply *>(
            redisCommandArgv(m_context, int(argv.size()), argv.data(), lengths.data())));
        if (!reply)
            return QString::fromLocal8Bit(m_context->errstr);
        if (reply->type == REDIS_REPLY_ERROR)
            return replyText(reply.get());
        return {};
    };
    if (!m_options.password.isEmpty()) {
        QList<QByteArray> auth{"AUTH"};
        if (!m_options.username.isEmpty())
            auth << m_options.username.toUtf8();
        auth << m_options.password.toUtf8();
        if (const QString problem = handshake(auth); !problem.isEmpty())
            return fail(u"authentication failed: "_s + problem);
    }
    if (m_options.database != 0) {
        if (const QString problem = handshake({"SELECT", QByteArray::number(m_options.database)});
            !problem.isEmpty())
            return fail(u"cannot select database %1: %2"_s.arg(m_options.database).arg(problem));
    }
    m_connectError.clear();
    return {};
}

RedisCacheStore::Result RedisCacheStore::command(const QList<QByteArray> &arguments)
{
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    for (const QByteArray &argument : arguments) {
        argv.push_back(argument.constData());
        lengths.push_back(size_t(argument.size()));
    }
    // A connection that was fine may have been closed since (server restart, idle
    // timeout): one fresh connection is worth a try before reporting an error.
    const int attempts = m_context ? 2 : 1;
    for (int attempt = 1;; ++attempt) {
        if (const QString problem = ensureConnected(); !problem.isEmpty())
            return {nullptr, problem};
        ReplyPointer reply(static_cast<redisReply *>(
            redisCommandArgv(m_context, int(argv.size()), argv.data(), lengths.data())));
        if (reply && reply->type == REDIS_REPLY_ERROR)
            return {nullptr, failure(replyText(reply.get()))};
        if (reply)
            return {std::move(reply), {}};
        const QString problem = QString::fromLocal8Bit(m_context->errstr);
        disconnect();
        if (attempt >= attempts)
            return {nullptr, failure(u"the connection failed: "_s + problem)};
    }
}

QByteArray RedisCacheStore::matchPattern() const
{
    QByteArray pattern;
    for (const char c : m_options.keyPrefix.toUtf8()) {
        if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + '*';
}

CacheStore::Reply RedisCacheStore::doGet(const QByteArray &key)
{
    const Result result = command({"GET", m_options.keyPrefix.toUtf8() + key});
    if (!result.ok())
        return Reply::failure(result.error);
    if (result.reply->type == REDIS_REPLY_NIL)
        return Reply::miss();
    if (result.reply->type != REDIS_REPLY_STRING)
        return Reply::failure(failure(u"GET returned an unexpected reply"_s));
    return Reply::hit(QByteArray(result.reply->str, qsizetype(result.reply->len)));
}

CacheStore::Reply RedisCacheStore::doPut(const QByteArray &key, const QByteArray &value)
{
    QList<QByteArray> arguments{"SET", m_options.keyPrefix.toUtf8() + key, value};
    if (m_options.ttlMs > 0)
        arguments << "PX" << QByteArray::number(m_options.ttlMs);
    const Result result = command(arguments);
    if (!result.ok())
        return Reply::failure(result.error);
    return Reply::ok();
}

CacheStore::Reply RedisCacheStore::doRemove(const QByteArray &key)
{
    const Result result = command({"DEL", m_options.keyPrefix.toUtf8() + key});
    return result.ok() ? Reply::ok() : Reply::failure(result.error);
}

CacheStore::Reply RedisCacheStore::doClear()
{
    // SCAN rather than KEYS: it does not stall a server other people share.
    QByteArray cursor = "0";
    do {
        const Result scan = command({"SCAN", cursor, "MATCH", matchPattern(), "COUNT", "500"});
        if (!scan.ok())
            return Reply::failure(scan.error);
        const redisReply *reply = scan.reply.get();
        if (reply->type != REDIS_REPLY_ARRAY || reply->elements != 2)
            return Reply::failure(failure(u"SCAN returned an unexpected reply"_s));
        cursor = QByteArray(reply->element[0]->str, qsizetype(reply->element[0]->len));
        const redisReply *keys = reply->element[1];
        if (keys->elements == 0)
            continue;
        QList<QByteArray> del{"DEL"};
        for (size_t i = 0; i < keys->elements; ++i)
            del << QByteArray(keys->element[i]->str, qsizetype(keys->element[i]->len));
        if (const Result deleted = command(del); !deleted.ok())
            return Reply::failure(deleted.error);
    } while (cursor != "0");
    return Reply::ok();
}

CacheStore::Reply RedisCacheStore::doStats()
{
    CacheStats stats;
    stats.entries = 0;
    stats.bytes = 0;
    stats.ttlMs = m_options.ttlMs;
    QByteArray cursor = "0";
    do {
        const Result scan = command({"SCAN", cursor, "MATCH", matchPattern(), "COUNT", "500"});
        if (!scan.ok())
            return Reply::failure(scan.error);
        const redisReply *reply = scan.reply.get();
        if (reply->type != REDIS_REPLY_ARRAY || reply->elements != 2)
            return Reply::failure(failure(u"SCAN returned an unexpected reply"_s));
        cursor = QByteArray(reply->element[0]->str, qsizetype(reply->element[0]->len));
        const redisReply *keys = reply->element[1];
        // One round trip per SCAN batch, not per key: STRLENs are pipelined.
        const qsizetype prefixSize = m_options.keyPrefix.toUtf8().size();
        for (size_t i = 0; i < keys->elements; ++i) {
            const char *argv[] = {"STRLEN", keys->element[i]->str};
            const size_t lengths[] = {6, keys->element[i]->len};
            if (redisAppendCommandArgv(m_context, 2, argv, lengths) != REDIS_OK) {
                const QString problem = QString::fromLocal8Bit(m_context->errstr);
                disconnect();
                return Reply::failure(failure(u"the connection failed: "_s + problem));
            }
        }
        for (size_t i = 0; i < keys->elements; ++i) {
            void *raw = nullptr;
            if (redisGetReply(m_context, &raw) != REDIS_OK) {
                const QString problem = QString::fromLocal8Bit(m_context->errstr);
                disconnect();
                return Reply::failure(failure(u"the connection failed: "_s + problem));
            }
            const ReplyPointer length(static_cast<redisReply *>(raw));
            // A key that expired between SCAN and STRLEN reads as 0: not counted.
            if (length->type == REDIS_REPLY_INTEGER && length->integer > 0) {
                ++stats.entries;
                stats.bytes += qsizetype(keys->element[i]->len) - prefixSize + length->integer;
            }
        }
    } while (cursor != "0");
    return Reply::withStats(stats);
}

void RedisCacheStore::doClose()
{
    disconnect();
}

} // namespace modelkit
