// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// KeychainSecretStore against a real Secret Service: run through tests/with-keyring.sh
// (a throwaway D-Bus session with an unlocked gnome-keyring), never the user's keyring.
// The no-service cases run this binary again as a child process (--no-service-child).
#include "keyringsandbox.h"
#include "leakscan.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/memorysecretstore.h"
#include "profiles/profilestore.h"

#include <cstdio>

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;
using Status = SecretStore::Status;

namespace {

constexpr std::chrono::seconds timeout(20);

QString statusName(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(status)));
}

//! The child: one write and one read in whatever environment it was given; prints the
//! statuses as JSON. It must end normally whatever the keychain does.
int noServiceChild()
{
    KeychainSecretStore store;
    const QString account = qEnvironmentVariable("MODELKIT_TEST_ACCOUNT");
    const SecretStore::Result written
        = store.writeBlocking(account, qEnvironmentVariable("MODELKIT_TEST_SECRET"), timeout);
    const SecretStore::Result read = store.readBlocking(account, timeout);
    const QJsonObject report{{u"write"_s, statusName(written.status)},
                             {u"write_message"_s, written.message},
                             {u"read"_s, statusName(read.status)},
                             {u"read_message"_s, read.message}};
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

} // namespace

class TstKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadUpdateDelete();
    void missingAccountIsNotFound();
    void accountsAreIndependent();
    void unicodeKeyRoundTrips();
    void callbacksAreAsynchronousAndGuarded();
    void secretToolFindsTheItem();
    void keysStayOutOfProfilesAndFiles();
    void memoryStoreIsSessionOnly();
    void noServiceIsUnavailable_data();
    void noServiceIsUnavailable();

private:
    KeychainSecretStore m_store;
};

void TstKeychain::initTestCase()
{
    // Refuse to run against a real keyring.
    QVERIFY2(testsupport::inThrowawayKeyring(), testsupport::notInThrowawayKeyring);
    QCOMPARE(m_store.service(), u"org.modelkit.Playground"_s);
    QVERIFY(m_store.isPersistent());
}

void TstKeychain::storeReadUpdateDelete()
{
    const QString account = u"OpenRouter"_s;
    SecretStore::Result r = m_store.writeBlocking(account, u"sk-or-first"_s, timeout);
    QVERIFY2(r.ok(), qPrintable(statusName(r.status) + u": "_s + r.message));
    r = m_store.readBlocking(account, timeout);
    QCOMPARE(statusName(r.status), statusName(Status::Ok));
    QCOMPARE(r.value, u"sk-or-first"_s);

    r = m_store.writeBlocking(account, u"sk-or-second"_s, timeout);
    QVERIFY(r.ok());
    r = m_store.readBlocking(account, timeout);
    QCOMPARE(r.value, u"sk-or-second"_s);

    r = m_store.removeBlocking(account, timeout);
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = m_store.readBlocking(account, timeout);
    QCOMPARE(statusName(r.status), statusName(Status::NotFound));
    QVERIFY(r.value.isEmpty());
}

void TstKeychain::missingAccountIsNotFound()
{
    const SecretStore::Result r = m_store.readBlocking(u"never stored"_s, timeout);
    QCOMPARE(statusName(r.status), statusName(Status::NotFound));
}

void TstKeychain::accountsAreIndependent()
{
    QVERIFY(m_store.writeBlocking(u"Groq"_s, u"gsk-groq"_s, timeout).ok());
    QVERIFY(m_store.writeBlocking(u"Mistral"_s, u"mistral-key"_s, timeout).ok());
    // Accounts are the profile names as stored: another case is another account.
    QCOMPARE(statusName(m_store.readBlocking(u"groq"_s, timeout).status),
             statusName(Status::NotFound));
    QCOMPARE(m_store.readBlocking(u"Groq"_s, timeout).value, u"gsk-groq"_s);
    QCOMPARE(m_store.readBlocking(u"Mistral"_s, timeout).value, u"mistral-key"_s);

    QVERIFY(m_store.removeBlocking(u"Groq"_s, timeout).ok());
    QCOMPARE(statusName(m_store.readBlocking(u"Groq"_s, timeout).status),
             statusName(Status::NotFound));
    QCOMPARE(m_store.readBlocking(u"Mistral"_s, timeout).value, u"mistral-key"_s);

    // Another service does not see our items.
    KeychainSecretStore other(u"org.modelkit.Other"_s);
    QCOMPARE(statusName(other.readBlocking(u"Mistral"_s, timeout).status),
             statusName(Status::NotFound));
    QVERIFY(m_store.removeBlocking(u"Mistral"_s, timeout).ok());
}

void TstKeychain::unicodeKeyRoundTrips()
{
    const QString account = u"Профиль ✓"_s;
    const QString secret = u"ключ-🔑-鍵-ü-\u00e9"_s;
    QVERIFY(m_store.writeBlocking(account, secret, timeout).ok());
    const SecretStore::Result r = m_store.readBlocking(account, timeout);
    QVERIFY(r.ok());
    QCOMPARE(r.value, secret);
    QCOMPARE(r.value.toUtf8(), secret.toUtf8());
    QVERIFY(m_store.removeBlocking(account, timeout).ok());
}

void TstKeychain::callbacksAreAsynchronousAndGuarded()
{
    int calls = 0;
    SecretStore::Result seen;
    QObject context;
    m_store.write(u"Async"_s, u"sk-async"_s, &context, [&](const SecretStore::Result &r) {
        ++calls;
        seen = r;
    });
    QCOMPARE(calls, 0); // never from inside write()
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 20000);
    QVERIFY(seen.ok());

    // A context destroyed before the answer: the callback is dropped, nothing crashes.
    auto *gone = new QObject;
    bool called = false;
    m_store.read(u"Async"_s, gone, [&called](const SecretStore::Result &) { called = true; });
    delete gone;
    // Jobs run one after the other: once this read is answered, the first one was too.
    QCOMPARE(m_store.readBlocking(u"Async"_s, timeout).value, u"sk-async"_s);
    QTest::qWait(50);
    QVERIFY(!called);

    // A store destroyed while a job runs: the job finishes on its own.
    {
        KeychainSecretStore shortLived;
        shortLived.remove(u"Async"_s, nullptr, [](const SecretStore::Result &) {});
    }
    QTRY_COMPARE_WITH_TIMEOUT(statusName(m_store.readBlocking(u"Async"_s, timeout).status),
                              statusName(Status::NotFound), 20000);
}

void TstKeychain::secretToolFindsTheItem()
{
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    QVERIFY2(!secretTool.isEmpty(), "secret-tool (libsecret-tools) is not installed");
    QVERIFY(m_store.writeBlocking(u"Tool Check"_s, u"sk-tool-visible"_s, timeout).ok());

    QProcess process;
    process.start(secretTool, {u"search"_s, u"--all"_s, u"server"_s, u"org.modelkit.Playground"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    // secret-tool prints the attributes on stdout, some headers on stderr.
    const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(out.contains("attribute.user = Tool Check"), out.constData());
    QVERIFY2(out.contains("attribute.server = org.modelkit.Playground"), out.constData());
    QVERIFY2(out.contains("secret = sk-tool-visible"), out.constData());

    QVERIFY(m_store.removeBlocking(u"Tool Check"_s, timeout).ok());
    process.start(secretTool, {u"search"_s, u"--all"_s, u"server"_s, u"org.modelkit.Playground"_s});
    QVERIFY(process.waitForFinished(20000));
    QVERIFY(!process.readAll().contains("Tool Check"));
}

void TstKeychain::keysStayOutOfProfilesAndFiles()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    ProfileStore profiles(config.path());
    QVERIFY(profiles.load());
    ProviderProfile profile;
    profile.name = u"Together AI"_s;
    profile.kind = ProviderKind::OpenAiCompatible;
    profile.baseUrl = QUrl(u"https://api.together.xyz/v1"_s);
    profile.keyVariable = u"TOGETHER_API_KEY"_s;
    QVERIFY(profiles.add(profile));

    const QByteArray secret = "tgp-v1-Sup3rSecretKeyValue";
    QVERIFY(m_store.writeBlocking(profile.name, QString::fromLatin1(secret), timeout).ok());
    QCOMPARE(m_store.readBlocking(profile.name, timeout).value.toLatin1(), secret);
    QVERIFY(!profiles.find(profile.name)->toJson().contains(u"api_key"_s));

    // Not in the profiles, not anywhere in the config dir, and not in plain text in the
    // keyring's own files (gnome-keyring encrypts them).
    QCOMPARE(testsupport::filesContaining(config.path(), secret), QStringList());
    QCOMPARE(testsupport::filesContaining(qEnvironmentVariable("XDG_DATA_HOME"), secret),
             QStringList());
    QVERIFY(m_store.removeBlocking(profile.name, timeout).ok());
}

void TstKeychain::memoryStoreIsSessionOnly()
{
    MemorySecretStore memory;
    QVERIFY(!memory.isPersistent());
    QCOMPARE(statusName(memory.readBlocking(u"x"_s, timeout).status), statusName(Status::NotFound));
    int calls = 0;
    memory.write(u"x"_s, u"sk-mem"_s, nullptr, [&calls](const SecretStore::Result &) { ++calls; });
    QCOMPARE(calls, 0);
    QVERIFY(memory.contains(u"x"_s));
    QTRY_COMPARE(calls, 1);
    QCOMPARE(memory.readBlocking(u"x"_s, timeout).value, u"sk-mem"_s);
    QVERIFY(memory.writeBlocking(u"x"_s, u"sk-mem-2"_s, timeout).ok());
    QCOMPARE(memory.readBlocking(u"x"_s, timeout).value, u"sk-mem-2"_s);
    QVERIFY(memory.removeBlocking(u"x"_s, timeout).ok());
    QCOMPARE(statusName(memory.removeBlocking(u"x"_s, timeout).status),
             statusName(Status::NotFound));
    // Nothing reached the keychain.
    QCOMPARE(statusName(m_store.readBlocking(u"x"_s, timeout).status),
             statusName(Status::NotFound));
}

void TstKeychain::noServiceIsUnavailable_data()
{
    QTest::addColumn<QStringList>("settings");
    QTest::addColumn<bool>("ownBus");
    // NOBUS is replaced by a socket path that does not exist.
    QTest::newRow("bus address points nowhere")
        << QStringList{u"DBUS_SESSION_BUS_ADDRESS=NOBUS"_s} << false;
    QTest::newRow("no bus address, no display") << QStringList{} << false;
    QTest::newRow("KDE 5 session, no bus")
        << QStringList{u"DBUS_SESSION_BUS_ADDRESS=NOBUS"_s, u"XDG_CURRENT_DESKTOP=KDE"_s,
                       u"KDE_SESSION_VERSION=5"_s}
        << false;
    // The one setup where QtKeychain's plaintext fallback could act (it is never enabled).
    QTest::newRow("KDE 4 session, no bus")
        << QStringList{u"DBUS_SESSION_BUS_ADDRESS=NOBUS"_s, u"XDG_CURRENT_DESKTOP=KDE"_s,
                       u"KDE_SESSION_VERSION=4"_s}
        << false;
    // A session bus where gnome-keyring is started on demand but never unlocked.
    QTest::newRow("bus with a locked keyring") << QStringList{} << true;
}

void TstKeychain::noServiceIsUnavailable()
{
    QFETCH(QStringList, settings);
    QFETCH(bool, ownBus);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    for (const QString &dir : {u"home"_s, u"config"_s, u"data"_s, u"cache"_s, u"run"_s})
        QVERIFY(QDir(root.path()).mkpath(dir));
    QVERIFY(QFile::setPermissions(root.filePath(u"run"_s), QFileDevice::ReadOwner
                                                               | QFileDevice::WriteOwner
                                                               | QFileDevice::ExeOwner));

    const QByteArray secret = "sk-no-service-Pl41nT3xt-Canary";
    QProcessEnvironment env;
    for (const QString &name : {u"PATH"_s, u"LANG"_s, u"LC_ALL"_s, u"TMPDIR"_s})
        if (qEnvironmentVariableIsSet(qPrintable(name)))
            env.insert(name, qEnvironmentVariable(qPrintable(name)));
    env.insert(u"HOME"_s, root.filePath(u"home"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"run"_s));
    env.insert(u"MODELKIT_TEST_ACCOUNT"_s, u"Nowhere"_s);
    env.insert(u"MODELKIT_TEST_SECRET"_s, QString::fromLatin1(secret));
    for (QString setting : settings) {
        setting.replace(u"NOBUS"_s, u"unix:path="_s + root.filePath(u"run/no-such-bus"_s));
        const qsizetype eq = setting.indexOf(u'=');
        env.insert(setting.left(eq), setting.mid(eq + 1));
    }

    QProcess child;
    child.setProcessEnvironment(env);
    const QString self = QCoreApplication::applicationFilePath();
    if (ownBus) {
        const QString runSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
        QVERIFY(!runSession.isEmpty());
        child.start(runSession, {u"--"_s, self, u"--no-service-child"_s});
    } else {
        child.start(self, {u"--no-service-child"_s});
    }
    QVERIFY(child.waitForStarted(10000));
    QVERIFY(child.waitForFinished(90000));
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, err.constData());
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY2(!report.isEmpty(), out.constData());
    QVERIFY2(report.value(u"write"_s).toString() == statusName(Status::Unavailable),
             out.constData());
    QVERIFY2(!report.value(u"write_message"_s).toString().isEmpty(), out.constData());
    // A keyring that cannot be unlocked may simply have no such item.
    const QString read = report.value(u"read"_s).toString();
    QVERIFY2(read == statusName(Status::Unavailable) || read == statusName(Status::NotFound),
             out.constData());

    // Nothing holding the key was written anywhere, plaintext settings file included.
    QCOMPARE(testsupport::filesContaining(root.path(), secret), QStringList());
    QVERIFY(!QFile::exists(root.filePath(u"config/org.modelkit.Playground.conf"_s)));
    QVERIFY(!out.contains(secret) && !err.contains(secret));
}

int main(int argc, char *argv[])
{
    if (argc == 2 && qstrcmp(argv[1], "--no-service-child") == 0) {
        QCoreApplication app(argc, argv);
        return noServiceChild();
    }
    QCoreApplication app(argc, argv);
    TstKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
