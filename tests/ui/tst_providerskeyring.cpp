// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The Providers dialog with the real KeychainSecretStore: a key typed into the dialog is
// found by `secret-tool search` in the keyring and in no file. Run through
// tests/with-keyring.sh (ctest does): a throwaway D-Bus session with an unlocked
// gnome-keyring, never the user's keyring.
#include "keyringsandbox.h"
#include "leakscan.h"
#include "profiles/keychainsecretstore.h"
#include "profiles/memorysecretstore.h"
#include "profiles/profilestore.h"
#include "providers/providersdialog.h"
#include "transport/httptransport.h"
#include "uitest.h"
#include "widgets/noticebar.h"

#include <memory>

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace modelkit;
using namespace playground;
using namespace Qt::StringLiterals;
using testsupport::retype;

namespace {

constexpr int keyringTimeoutMs = 20000;

} // namespace

class TestProvidersKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typedKeyIsInKeyringAndNoFile();

private:
    //! `secret-tool search --all server org.modelkit.Playground`: stdout and stderr.
    QByteArray secretToolSearch();
    void createDialog();
    template<typename T>
    T *find(const QString &name) const
    {
        return testsupport::findNamed<T>(m_dialog.get(), name);
    }

    QTemporaryDir m_configHome;
    QString m_secretTool;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_session;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<ProvidersDialog> m_dialog;
};

void TestProvidersKeyring::initTestCase()
{
    // Refuse to run against a real keyring.
    QVERIFY2(testsupport::inThrowawayKeyring(), testsupport::notInThrowawayKeyring);
    m_secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    QVERIFY2(!m_secretTool.isEmpty(), "secret-tool (libsecret-tools) is not installed");
    // Settings files (QtKeychain's plaintext fallback would write one) go here, where the
    // test can look.
    QVERIFY(m_configHome.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome.path()));
}

void TestProvidersKeyring::init()
{
    m_store = std::make_unique<ProfileStore>(m_configHome.filePath(u"profiles"_s));
    QVERIFY(m_store->load());
    m_keychain = std::make_unique<KeychainSecretStore>();
    QCOMPARE(m_keychain->service(), u"org.modelkit.Playground"_s);
    m_session = std::make_unique<MemorySecretStore>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_nam.get());
}

void TestProvidersKeyring::cleanup()
{
    m_dialog.reset();
    m_transport.reset();
    m_nam.reset();
    m_session.reset();
    m_keychain.reset();
    m_store.reset();
}

void TestProvidersKeyring::createDialog()
{
    m_dialog = std::make_unique<ProvidersDialog>(m_store.get(), m_keychain.get(), m_session.get(),
                                                 m_transport.get());
    m_dialog->setEnvironment(QProcessEnvironment());
    m_dialog->setAsker(
        [](ProvidersDialog::Question, const QString &) { return ProvidersDialog::Answer::Accept; });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

QByteArray TestProvidersKeyring::secretToolSearch()
{
    QProcess process;
    process.start(m_secretTool,
                  {u"search"_s, u"--all"_s, u"server"_s, u"org.modelkit.Playground"_s});
    if (!process.waitForFinished(keyringTimeoutMs))
        return "secret-tool did not finish";
    // secret-tool prints the attributes on stdout, some headers on stderr.
    return process.readAllStandardOutput() + process.readAllStandardError();
}

void TestProvidersKeyring::typedKeyIsInKeyringAndNoFile()
{
    createDialog();
    QSignalSpy keyChanged(m_dialog.get(), &ProvidersDialog::keyChanged);
    QMenu *menu = find<QToolButton>(u"addProfileButton"_s)->menu();
    auto *add = menu->findChild<QAction *>(u"addKind_compatible"_s);
    QVERIFY(add);
    add->trigger();
    retype(find<QLineEdit>(u"profileName"_s), u"Keyring Check"_s);
    retype(find<QLineEdit>(u"profileBaseUrl"_s), u"http://127.0.0.1:9/v1"_s);
    const QString secret = u"sk-keyring-Canary-7f3a9c"_s;
    retype(find<QLineEdit>(u"profileKey"_s), secret);
    QTest::mouseClick(find<QPushButton>(u"saveProfileButton"_s), Qt::LeftButton);
    QVERIFY(m_store->contains(u"Keyring Check"_s));

    QTRY_COMPARE_WITH_TIMEOUT(keyChanged.count(), 1, keyringTimeoutMs);
    QVERIFY2(!find<NoticeBar>(u"keychainNotice"_s)->isVisible(),
             qPrintable(find<NoticeBar>(u"keychainNotice"_s)->text()));
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(u"keySource"_s)->text(),
                              u"Stored in the system keychain"_s, keyringTimeoutMs);
    QVERIFY(!m_session->contains(u"Keyring Check"_s));

    // secret-tool finds it in the keyring...
    QByteArray found = secretToolSearch();
    QVERIFY2(found.contains("attribute.user = Keyring Check"), found.constData());
    const QByteArray secretLine = QByteArray("secret = ") + secret.toUtf8();
    QVERIFY2(found.contains(secretLine), found.constData());
    // ...and no file holds it: not the profiles, not a settings file, not the keyring's
    // own files (gnome-keyring encrypts them).
    for (const QString &root : {m_configHome.path(), qEnvironmentVariable("XDG_DATA_HOME")})
        QCOMPARE(testsupport::filesContaining(root, secret.toUtf8()), QStringList());
    QVERIFY(QFile::exists(m_store->filePath()));

    // A new dialog does not load the key until asked, then reads it from the keyring.
    m_dialog.reset();
    createDialog();
    auto *key = find<QLineEdit>(u"profileKey"_s);
    QTRY_COMPARE_WITH_TIMEOUT(find<QLabel>(u"keySource"_s)->text(),
                              u"Stored in the system keychain"_s, keyringTimeoutMs);
    QCOMPARE(key->text(), QString());
    QTest::mouseClick(find<QToolButton>(u"revealKeyButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(key->text(), secret, keyringTimeoutMs);
    QTest::mouseClick(find<QToolButton>(u"revealKeyButton"_s), Qt::LeftButton);
    QCOMPARE(key->text(), QString());

    // Renaming moves the item; removing deletes it.
    QSignalSpy moved(m_dialog.get(), &ProvidersDialog::keyChanged);
    retype(find<QLineEdit>(u"profileName"_s), u"Keyring Renamed"_s);
    QTest::mouseClick(find<QPushButton>(u"saveProfileButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(moved.count(), 2, keyringTimeoutMs);
    found = secretToolSearch();
    QVERIFY2(found.contains("attribute.user = Keyring Renamed"), found.constData());
    QVERIFY2(!found.contains("attribute.user = Keyring Check"), found.constData());

    QSignalSpy removed(m_dialog.get(), &ProvidersDialog::keyChanged);
    QTest::mouseClick(find<QToolButton>(u"removeProfileButton"_s), Qt::LeftButton);
    QVERIFY(m_store->profiles().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, keyringTimeoutMs);
    found = secretToolSearch();
    QVERIFY2(!found.contains("Keyring"), found.constData());
    QVERIFY2(!found.contains(secret.toUtf8()), found.constData());
}

QTEST_MAIN(TestProvidersKeyring)
#include "tst_providerskeyring.moc"
