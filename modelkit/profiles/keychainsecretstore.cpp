// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "profiles/keychainsecretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "modelkit.secrets", QtWarningMsg)

enum class Operation { Read, Write, Remove };

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "";
}

//! Maps a finished job to a Result (see the class comment for the mapping).
SecretStore::Result resultOf(const QKeychain::Job *job, Operation operation)
{
    using Status = SecretStore::Status;
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            return {
                Status::Ok, static_cast<const QKeychain::ReadPasswordJob *>(job)->textData(), {}};
        return {Status::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied: { // libsecret: the collection is locked
        QString message = job->errorString();
        if (message.isEmpty())
            message = QCoreApplication::translate("modelkit::KeychainSecretStore",
                                                  "no keychain service is available");
        return {Status::Unavailable, {}, message};
    }
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    QString message = job->errorString();
    if (message.isEmpty())
        message = QCoreApplication::translate("modelkit::KeychainSecretStore",
                                              "the keychain refused the request");
    return {Status::Failed, {}, message};
}

//! Starts `job` and reports its result to `callback` (unless `context` is gone first).
//! Jobs have no parent and delete themselves when finished: libsecret's callbacks hold raw
//! pointers into a job, so one must never be deleted while it runs (say, with the store).
void run(QKeychain::Job *job, Operation operation, const QString &account, const QObject *context,
         SecretStore::Callback callback)
{
    job->setAutoDelete(true);
    // QtKeychain's fallback writes secrets to a plaintext settings file: never.
    job->setInsecureFallback(false);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [operation, account, callback = std::move(callback)](QKeychain::Job *done) {
                         const SecretStore::Result result = resultOf(done, operation);
                         if (result.status == SecretStore::Status::Unavailable
                             || result.status == SecretStore::Status::Failed)
                             qCInfo(lcSecrets, "%s for account \"%s\" failed: error %d (%s)",
                                    operationName(operation), qUtf8Printable(account),
                                    int(done->error()), qUtf8Printable(result.message));
                         if (callback)
                             callback(result);
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(serviceName(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return u"org.modelkit.Playground"_s;
}

void KeychainSecretStore::read(const QString &account, const QObject *context, Callback callback)
{
    run(new QKeychain::ReadPasswordJob(m_service), Operation::Read, account,
        context ? context : this, std::move(callback));
}

void KeychainSecretStore::write(const QString &account, const QString &secret,
                                const QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    run(job, Operation::Write, account, context ? context : this, std::move(callback));
}

void KeychainSecretStore::remove(const QString &account, const QObject *context, Callback callback)
{
    run(new QKeychain::DeletePasswordJob(m_service), Operation::Remove, account,
        context ? context : this, std::move(callback));
}

} // namespace modelkit
