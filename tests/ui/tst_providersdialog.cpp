// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
// The Providers dialog against a real ProfileStore in a temporary directory, the loopback
// server, and secret stores standing in for the system keychain: a MemorySecretStore where
// the keychain works, and UnavailableStore (below) for a machine without a Secret Service.
#include "core/modelerror.h"
#include "leakscan.h"
#include "loopbackserver.h"
#include "profiles/memorysecretstore.h"
#include "profiles/profilestore.h"
#include "providers/providersdialog.h"
#include "transport/httptransport.h"
#include "uitest.h"
#include "widgets/noticebar.h"

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace modelkit;
using namespace playground;
using namespace testsupport;
using namespace Qt::StringLiterals;
using Question = ProvidersDialog::Question;
using Answer = ProvidersDialog::Answer;

namespace {

constexpr std::chrono::seconds timeout(5);

//! A system keychain that is not there: every call answers Unavailable, as
//! KeychainSecretStore does without a Secret Service (QtKeychain errors 5/7).
class UnavailableStore : public SecretStore
{
public:
    void read(const QString &, const QObject *context, Callback callback) override
    {
        answer(context, std::move(callback));
    }
    void write(const QString &, const QString &, const QObject *context, Callback callback) override
    {
        ++writes;
        answer(context, std::move(callback));
    }
    void remove(const QString &, const QObject *context, Callback callback) override
    {
        answer(context, std::move(callback));
    }
    bool isPersistent() const override { return true; }

    int writes = 0;

private:
    void answer(const QObject *context, Callback callback)
    {
        QTimer::singleShot(0, context ? context : this, [callback = std::move(callback)] {
            callback({Status::Unavailable,
                      {},
                      u"The name org.freedesktop.secrets was not "
                      "provided by any .service files"_s});
        });
    }
};

QJsonObject modelList(const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(QJsonObject{{u"id"_s, id},
                                {u"object"_s, u"model"_s},
                                {u"created"_s, 1700000000},
                                {u"owned_by"_s, u"test"_s}});
    return {{u"object"_s, u"list"_s}, {u"data"_s, data}};
}

} // namespace

class TestProvidersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStoreShowsHint();
    void addPresetLmStudio();
    void addMenuOffersKindsAndPresets();
    void typedKeyGoesToKeychainOnly();
    void revealReadsTheStoredKey();
    void testConnectionListsModels();
    void testConnectionShowsTypedError();
    void testConnectionIsCancellable();
    void unavailableKeychainOffersSessionOnly();
    void plainHttpNeedsConfirmation_data();
    void plainHttpNeedsConfirmation();
    void renameMovesKey();
    void removeDeletesProfileAndKey();
    void duplicateCreatesCopyWithKey();
    void unsavedChangesAreAsked();
    void keySourceFromEnvironment();
    void kindDependentFields();
    void headersAndTimeoutAreValidated();
    void renderDialog();

private:
    ProvidersDialog *dialog() const { return m_dialog.get(); }
    void createDialog(SecretStore *keychain);
    template<typename T>
    T *find(const QString &name) const
    {
        return findNamed<T>(m_dialog.get(), name);
    }
    void click(const QString &buttonName);
    void triggerAdd(const QString &actionName);
    ProviderProfile compatibleProfile(const QString &name) const;
    QString keySource() const { return find<QLabel>(u"keySource"_s)->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_session;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpTransport> m_transport;
    std::unique_ptr<ProvidersDialog> m_dialog;
    QList<Question> m_asked;
    QList<Answer> m_answers; //!< consumed in order; Accept when empty
};

void TestProvidersDialog::initTestCase()
{
    // Sessions read the catalog overrides and may open caches: never the user's own files.
    QStandardPaths::setTestModeEnabled(true);
}

void TestProvidersDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->path());
    QVERIFY(m_store->load());
    m_keychain = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<MemorySecretStore>();
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->isListening());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<HttpTransport>(m_nam.get());
    m_asked.clear();
    m_answers.clear();
}

void TestProvidersDialog::cleanup()
{
    m_dialog.reset();
    m_transport.reset();
    m_nam.reset();
    m_server.reset();
    m_session.reset();
    m_keychain.reset();
    m_store.reset();
    m_dir.reset();
}

void TestProvidersDialog::createDialog(SecretStore *keychain)
{
    m_dialog = std::make_unique<ProvidersDialog>(m_store.get(), keychain, m_session.get(),
                                                 m_transport.get());
    m_dialog->setEnvironment(QProcessEnvironment());
    m_dialog->setAsker([this](Question question, const QString &) {
        m_asked << question;
        return m_answers.isEmpty() ? Answer::Accept : m_answers.takeFirst();
    });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestProvidersDialog::click(const QString &buttonName)
{
    auto *button = find<QAbstractButton>(buttonName);
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(buttonName + u" is disabled"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestProvidersDialog::triggerAdd(const QString &actionName)
{
    auto *add = find<QToolButton>(u"addProfileButton"_s);
    QVERIFY(add && add->menu());
    auto *action = add->menu()->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    action->trigger();
}

ProviderProfile TestProvidersDialog::compatibleProfile(const QString &name) const
{
    ProviderProfile profile;
    profile.name = name;
    profile.kind = ProviderKind::OpenAiCompatible;
    profile.baseUrl = m_server->url(u"/v1"_s);
    return profile;
}

void TestProvidersDialog::emptyStoreShowsHint()
{
    createDialog(m_keychain.get());
    QCOMPARE(find<QListWidget>(u"profileList"_s)->count(), 0);
    QVERIFY(find<QLabel>(u"emptyHint"_s)->isVisible());
    QVERIFY(!find<QLineEdit>(u"profileName"_s)->isVisible());
    QVERIFY(!find<QPushButton>(u"saveProfileButton"_s)->isEnabled());
    QVERIFY(!find<QToolButton>(u"removeProfileButton"_s)->isEnabled());
    QVERIFY(!find<QToolButton>(u"duplicateProfileButton"_s)->isEnabled());
}

void TestProvidersDialog::addPresetLmStudio()
{
    createDialog(m_keychain.get());
    QSignalSpy changed(dialog(), &ProvidersDialog::profilesChanged);
    triggerAdd(u"addPreset_lmstudio"_s);
    QVERIFY(dialog()->isDraft());
    QCOMPARE(find<QLineEdit>(u"profileName"_s)->text(), u"LM Studio"_s);
    QCOMPARE(find<QLineEdit>(u"profileBaseUrl"_s)->text(), u"http://localhost:1234/v1"_s);
    QCOMPARE(find<QComboBox>(u"profileKind"_s)->currentData().toString(), u"compatible"_s);
    auto *list = find<QListWidget>(u"profileList"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->font().italic());
    QVERIFY(!m_store->contains(u"LM Studio"_s)); // not before Save

    click(u"saveProfileButton"_s);
    const std::optional<ProviderProfile> saved = m_store->find(u"LM Studio"_s);
    QVERIFY(saved);
    QCOMPARE(saved->kind, ProviderKind::OpenAiCompatible);
    QCOMPARE(saved->baseUrl, QUrl(u"http://localhost:1234/v1"_s));
    QCOMPARE(m_asked, QList<Question>()); // localhost: no confirmation
    QCOMPARE(changed.count(), 1);
    QVERIFY(!dialog()->isDraft());
    QCOMPARE(dialog()->currentProfileName(), u"LM Studio"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY(!list->item(0)->font().italic());
    QVERIFY(!find<QPushButton>(u"saveProfileButton"_s)->isEnabled()); // nothing left to save

    // A second LM Studio gets a name of its own.
    triggerAdd(u"addPreset_lmstudio"_s);
    QCOMPARE(find<QLineEdit>(u"profileName"_s)->text(), u"LM Studio 2"_s);
}

void TestProvidersDialog::addMenuOffersKindsAndPresets()
{
    createDialog(m_keychain.get());
    QMenu *menu = find<QToolButton>(u"addProfileButton"_s)->menu();
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    for (const ProviderKind kind : ProviderKinds::all())
        QVERIFY2(texts.contains(ProviderKinds::displayName(kind)), qPrintable(texts.join(u',')));
    for (const QString &preset :
         {u"LM Studio"_s, u"vLLM"_s, u"llama.cpp server"_s, u"OpenRouter"_s, u"Groq"_s,
          u"Mistral"_s, u"DeepSeek"_s, u"Together AI"_s, u"Ollama"_s})
        QVERIFY2(texts.contains(preset), qPrintable(preset));

    triggerAdd(u"addPreset_ollama"_s);
    QCOMPARE(find<QLineEdit>(u"profileBaseUrl"_s)->text(), u"http://localhost:11434"_s);
    QCOMPARE(find<QComboBox>(u"profileKind"_s)->currentData().toString(), u"ollama"_s);
}

void TestProvidersDialog::typedKeyGoesToKeychainOnly()
{
    createDialog(m_keychain.get());
    QSignalSpy keyChanged(dialog(), &ProvidersDialog::keyChanged);
    triggerAdd(u"addKind_compatible"_s);

    // A compatible server needs a base URL: Save stays disabled and says why.
    auto *error = find<QLabel>(u"profileError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"base URL"_s), qPrintable(error->text()));
    QVERIFY(!find<QPushButton>(u"saveProfileButton"_s)->isEnabled());

    retype(find<QLineEdit>(u"profileName"_s), u"Local server"_s);
    retype(find<QLineEdit>(u"profileBaseUrl"_s), m_server->url(u"/v1"_s).toString());
    QVERIFY(!error->isVisible());

    const QString secret = u"sk-local-Sup3rSecretValue42"_s;
    auto *key = find<QLineEdit>(u"profileKey"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    retype(key, secret);
    QVERIFY(!keySource().contains(secret));
    click(u"saveProfileButton"_s);

    QVERIFY(m_store->contains(u"Local server"_s));
    QTRY_COMPARE(keyChanged.count(), 1);
    QCOMPARE(keyChanged.at(0).at(0).toString(), u"Local server"_s);
    const SecretStore::Result stored = m_keychain->readBlocking(u"Local server"_s, timeout);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value, secret);
    QVERIFY(!m_session->contains(u"Local server"_s));

    // Never in the profiles file, nor anywhere else in the config directory.
    QFile file(m_store->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Local server"));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QCOMPARE(testsupport::filesContaining(m_dir->path(), secret.toUtf8()), QStringList());

    // The field does not hold the key once it is stored; it says where the key is.
    QCOMPARE(key->text(), QString());
    QTRY_COMPARE(keySource(), u"Stored in the system keychain"_s);
    QCOMPARE(key->placeholderText(), u"•••• stored in keychain"_s);
    QVERIFY(!key->toolTip().contains(secret));
    QVERIFY(!dialog()->hasUnsavedChanges());
}

void TestProvidersDialog::revealReadsTheStoredKey()
{
    QVERIFY(m_store->add(compatibleProfile(u"Groq"_s)));
    QVERIFY(m_keychain->writeBlocking(u"Groq"_s, u"gsk-revealed-1"_s, timeout).ok());
    createDialog(m_keychain.get());
    auto *key = find<QLineEdit>(u"profileKey"_s);
    QTRY_COMPARE(keySource(), u"Stored in the system keychain"_s);
    QCOMPARE(key->text(), QString()); // never loaded without asking

    auto *reveal = find<QToolButton>(u"revealKeyButton"_s);
    QVERIFY(reveal->isEnabled());
    QTest::mouseClick(reveal, Qt::LeftButton);
    QTRY_COMPARE(key->text(), u"gsk-revealed-1"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Normal);
    QVERIFY(!dialog()->hasUnsavedChanges()); // revealing is not editing

    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QCOMPARE(key->text(), QString());
}

void TestProvidersDialog::testConnectionListsModels()
{
    ProviderProfile profile = compatibleProfile(u"Loopback"_s);
    profile.model = u"model-b"_s;
    QVERIFY(m_store->add(profile));
    QVERIFY(m_keychain->writeBlocking(u"Loopback"_s, u"sk-loop-stored"_s, timeout).ok());
    m_server->enqueue(ScriptedResponse::json(200, modelList({u"model-a"_s, u"model-b"_s})));
    createDialog(m_keychain.get());

    auto *button = find<QPushButton>(u"testConnectionButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *result = find<QLabel>(u"testResult"_s);
    QTRY_COMPARE(result->text(), u"Connected — 2 models"_s);
    QCOMPARE(button->text(), u"Test connection"_s);
    QVERIFY(!dialog()->isTestRunning());

    auto *model = find<QComboBox>(u"profileModel"_s);
    QCOMPARE(model->count(), 2);
    QCOMPARE(model->itemText(0), u"model-a"_s);
    QCOMPARE(model->itemText(1), u"model-b"_s);
    QCOMPARE(model->currentText(), u"model-b"_s); // the chosen model stays
    QVERIFY(!dialog()->hasUnsavedChanges());

    QCOMPARE(m_server->requests().size(), 1);
    const RecordedRequest request = m_server->requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, QByteArray("/v1/models"));
    QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-loop-stored"));
    QVERIFY(!result->text().contains(u"sk-loop"_s));
}

void TestProvidersDialog::testConnectionShowsTypedError()
{
    QVERIFY(m_store->add(compatibleProfile(u"Loopback"_s)));
    const QByteArray body
        = R"({"error": {"message": "Incorrect API key provided: sk-wrong-12345678.",
        "type": "invalid_request_error", "code": "invalid_api_key"}})";
    m_server->enqueue(ScriptedResponse::json(401, body));
    createDialog(m_keychain.get());

    // The typed, unsaved key is what the test uses.
    retype(find<QLineEdit>(u"profileKey"_s), u"sk-wrong-12345678"_s);
    click(u"testConnectionButton"_s);
    auto *result = find<QLabel>(u"testResult"_s);
    QTRY_VERIFY(result->text().contains(u"HTTP 401"_s));
    const QString text = result->text();
    QVERIFY2(text.contains(ModelError::kindName(ModelError::Kind::Authentication)),
             qPrintable(text));
    QVERIFY2(text.contains(u"Incorrect API key provided"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"sk-wrong-12345678"_s), qPrintable(text)); // never the key
    QCOMPARE(find<QComboBox>(u"profileModel"_s)->count(), 0);
    QCOMPARE(m_server->requests().at(0).header("authorization"),
             QByteArray("Bearer sk-wrong-12345678"));
    // Nothing was stored by testing.
    QCOMPARE(m_keychain->readBlocking(u"Loopback"_s, timeout).status,
             SecretStore::Status::NotFound);
}

void TestProvidersDialog::testConnectionIsCancellable()
{
    QVERIFY(m_store->add(compatibleProfile(u"Slow"_s)));
    ScriptedResponse slow = ScriptedResponse::json(200, modelList({u"late"_s}));
    slow.headerDelayMs = 3000;
    m_server->enqueue(slow);
    m_server->enqueue(ScriptedResponse::json(200, modelList({u"fresh"_s})));
    createDialog(m_keychain.get());

    auto *button = find<QPushButton>(u"testConnectionButton"_s);
    auto *result = find<QLabel>(u"testResult"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog()->isTestRunning());
    QCOMPARE(button->text(), u"Cancel"_s);
    QVERIFY(m_server->waitForRequests(1));
    QTest::mouseClick(button, Qt::LeftButton); // Cancel
    QVERIFY(!dialog()->isTestRunning());
    QCOMPARE(button->text(), u"Test connection"_s);
    QCOMPARE(result->text(), u"Cancelled"_s);

    // A new test while one runs replaces it; the old answer never shows.
    dialog()->testConnection();
    QVERIFY(m_server->waitForRequests(2));
    QTRY_COMPARE(result->text(), u"Connected — 1 model"_s);
    QCOMPARE(find<QComboBox>(u"profileModel"_s)->itemText(0), u"fresh"_s);
    QTest::qWait(50);
    QCOMPARE(result->text(), u"Connected — 1 model"_s);
}

void TestProvidersDialog::unavailableKeychainOffersSessionOnly()
{
    UnavailableStore keychain;
    createDialog(&keychain);
    QSignalSpy keyChanged(dialog(), &ProvidersDialog::keyChanged);
    triggerAdd(u"addKind_compatible"_s);
    retype(find<QLineEdit>(u"profileName"_s), u"Offline box"_s);
    retype(find<QLineEdit>(u"profileBaseUrl"_s), m_server->url(u"/v1"_s).toString());
    const QString secret = u"sk-session-0nly-Canary"_s;
    retype(find<QLineEdit>(u"profileKey"_s), secret);
    click(u"saveProfileButton"_s);
    QVERIFY(m_store->contains(u"Offline box"_s)); // the profile itself is saved

    auto *notice = find<NoticeBar>(u"keychainNotice"_s);
    QTRY_VERIFY(notice->isVisible());
    QCOMPARE(keychain.writes, 1);
    QVERIFY2(notice->text().contains(u"org.freedesktop.secrets"_s), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(u"Keep for this session only"_s), qPrintable(notice->text()));
    QVERIFY(!notice->text().contains(secret));
    QVERIFY(!m_session->contains(u"Offline box"_s)); // not without asking
    QCOMPARE(keyChanged.count(), 0);
    // The key is not stored anywhere yet, so the form still has it, unsaved.
    QCOMPARE(find<QLineEdit>(u"profileKey"_s)->text(), secret);
    QVERIFY(dialog()->hasUnsavedChanges());

    Q_EMIT notice->linkActivated(u"keep-for-session"_s);
    QTRY_COMPARE(keyChanged.count(), 1);
    QCOMPARE(keyChanged.at(0).at(0).toString(), u"Offline box"_s);
    QCOMPARE(m_session->readBlocking(u"Offline box"_s, timeout).value, secret);
    QCOMPARE(keySource(), u"Kept for this session only"_s);
    QCOMPARE(find<QLineEdit>(u"profileKey"_s)->text(), QString());
    QVERIFY(!dialog()->hasUnsavedChanges());
    QVERIFY(!notice->text().contains(secret));

    // Nothing on disk holds it.
    QCOMPARE(testsupport::filesContaining(m_dir->path(), secret.toUtf8()), QStringList());
}

void TestProvidersDialog::plainHttpNeedsConfirmation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("asks");
    QTest::newRow("public host") << u"http://example.com/v1"_s << true;
    QTest::newRow("public IPv4") << u"http://8.8.8.8:8000/v1"_s << true;
    QTest::newRow("outside 172.16/12") << u"http://172.32.0.1/v1"_s << true;
    QTest::newRow("public IPv6") << u"http://[2001:db8::1]/v1"_s << true;
    QTest::newRow("https public") << u"https://example.com/v1"_s << false;
    QTest::newRow("localhost") << u"http://localhost:8000/v1"_s << false;
    QTest::newRow("127/8") << u"http://127.0.0.5:1234/v1"_s << false;
    QTest::newRow("::1") << u"http://[::1]:8080/v1"_s << false;
    QTest::newRow("10/8") << u"http://10.1.2.3/v1"_s << false;
    QTest::newRow("172.16/12") << u"http://172.20.0.1/v1"_s << false;
    QTest::newRow("192.168/16") << u"http://192.168.1.20:1234/v1"_s << false;
    QTest::newRow(".local") << u"http://gpu-box.local:8080/v1"_s << false;
}

void TestProvidersDialog::plainHttpNeedsConfirmation()
{
    QFETCH(QString, url);
    QFETCH(bool, asks);
    createDialog(m_keychain.get());
    triggerAdd(u"addKind_compatible"_s);
    retype(find<QLineEdit>(u"profileName"_s), u"Remote"_s);
    retype(find<QLineEdit>(u"profileBaseUrl"_s), url);

    m_answers = {Answer::Cancel};
    click(u"saveProfileButton"_s);
    if (!asks) {
        QCOMPARE(m_asked, QList<Question>());
        QVERIFY(m_store->contains(u"Remote"_s));
        return;
    }
    QCOMPARE(m_asked, QList<Question>{Question::InsecureUrl});
    QVERIFY(!m_store->contains(u"Remote"_s)); // declined: nothing saved
    QVERIFY(dialog()->isDraft());

    m_asked.clear();
    click(u"saveProfileButton"_s); // Accept this time
    QCOMPARE(m_asked, QList<Question>{Question::InsecureUrl});
    QCOMPARE(m_store->find(u"Remote"_s)->baseUrl, QUrl(url));

    // Asked once: saving other changes does not ask again.
    m_asked.clear();
    retype(find<QLineEdit>(u"profileKeyVariable"_s), u"REMOTE_KEY"_s);
    click(u"saveProfileButton"_s);
    QCOMPARE(m_asked, QList<Question>());
    QCOMPARE(m_store->find(u"Remote"_s)->keyVariable, u"REMOTE_KEY"_s);
}

void TestProvidersDialog::renameMovesKey()
{
    QVERIFY(m_store->add(compatibleProfile(u"Groq"_s)));
    QVERIFY(m_keychain->writeBlocking(u"Groq"_s, u"gsk-moving"_s, timeout).ok());
    createDialog(m_keychain.get());
    QSignalSpy keyChanged(dialog(), &ProvidersDialog::keyChanged);
    QSignalSpy profilesChanged(dialog(), &ProvidersDialog::profilesChanged);
    QCOMPARE(dialog()->currentProfileName(), u"Groq"_s);

    retype(find<QLineEdit>(u"profileName"_s), u"Groq Cloud"_s);
    QCOMPARE(find<QListWidget>(u"profileList"_s)->currentItem()->text(), u"Groq Cloud"_s);
    click(u"saveProfileButton"_s);
    QCOMPARE(profilesChanged.count(), 1);
    QCOMPARE(m_store->names(), QStringList{u"Groq Cloud"_s});
    QTRY_COMPARE(keyChanged.count(), 2);
    QCOMPARE(m_keychain->readBlocking(u"Groq Cloud"_s, timeout).value, u"gsk-moving"_s);
    QCOMPARE(m_keychain->readBlocking(u"Groq"_s, timeout).status, SecretStore::Status::NotFound);
    QStringList changedNames;
    for (const QList<QVariant> &arguments : keyChanged)
        changedNames << arguments.at(0).toString();
    changedNames.sort();
    QCOMPARE(changedNames, (QStringList{u"Groq"_s, u"Groq Cloud"_s}));
    QTRY_COMPARE(keySource(), u"Stored in the system keychain"_s);
}

void TestProvidersDialog::removeDeletesProfileAndKey()
{
    QVERIFY(m_store->add(compatibleProfile(u"Mistral"_s)));
    QVERIFY(m_store->add(compatibleProfile(u"Other"_s)));
    QVERIFY(m_keychain->writeBlocking(u"Mistral"_s, u"mistral-key"_s, timeout).ok());
    QVERIFY(m_session->writeBlocking(u"Mistral"_s, u"mistral-session"_s, timeout).ok());
    QVERIFY(m_keychain->writeBlocking(u"Other"_s, u"other-key"_s, timeout).ok());
    createDialog(m_keychain.get());
    QSignalSpy keyChanged(dialog(), &ProvidersDialog::keyChanged);
    QSignalSpy profilesChanged(dialog(), &ProvidersDialog::profilesChanged);
    QVERIFY(dialog()->selectProfile(u"Mistral"_s));

    m_answers = {Answer::Cancel};
    click(u"removeProfileButton"_s);
    QCOMPARE(m_asked, QList<Question>{Question::RemoveProfile});
    QVERIFY(m_store->contains(u"Mistral"_s));

    click(u"removeProfileButton"_s);
    QCOMPARE(m_store->names(), QStringList{u"Other"_s});
    QCOMPARE(profilesChanged.count(), 1);
    QTRY_COMPARE(keyChanged.count(), 1);
    QCOMPARE(keyChanged.at(0).at(0).toString(), u"Mistral"_s);
    QCOMPARE(m_keychain->readBlocking(u"Mistral"_s, timeout).status, SecretStore::Status::NotFound);
    QVERIFY(!m_session->contains(u"Mistral"_s));
    QCOMPARE(m_keychain->readBlocking(u"Other"_s, timeout).value, u"other-key"_s);
    QCOMPARE(dialog()->currentProfileName(), u"Other"_s);
    QCOMPARE(find<QListWidget>(u"profileList"_s)->count(), 1);
}

void TestProvidersDialog::duplicateCreatesCopyWithKey()
{
    ProviderProfile original = compatibleProfile(u"OpenRouter"_s);
    original.model = u"openai/gpt-4o-mini"_s;
    original.keyVariable = u"OPENROUTER_API_KEY"_s;
    QVERIFY(m_store->add(original));
    QVERIFY(m_keychain->writeBlocking(u"OpenRouter"_s, u"sk-or-dup"_s, timeout).ok());
    createDialog(m_keychain.get());
    QSignalSpy keyChanged(dialog(), &ProvidersDialog::keyChanged);

    click(u"duplicateProfileButton"_s);
    QVERIFY(dialog()->isDraft());
    QCOMPARE(find<QLineEdit>(u"profileName"_s)->text(), u"OpenRouter (copy)"_s);
    QCOMPARE(find<QComboBox>(u"profileModel"_s)->currentText(), u"openai/gpt-4o-mini"_s);
    QCOMPARE(find<QListWidget>(u"profileList"_s)->count(), 2);
    QTRY_VERIFY(keySource().startsWith(u"Stored in the system keychain"_s));

    click(u"saveProfileButton"_s);
    QCOMPARE(m_store->names(), (QStringList{u"OpenRouter"_s, u"OpenRouter (copy)"_s}));
    ProviderProfile copy = *m_store->find(u"OpenRouter (copy)"_s);
    copy.name = original.name;
    QCOMPARE(copy, original);
    QTRY_COMPARE(keyChanged.count(), 1);
    QCOMPARE(m_keychain->readBlocking(u"OpenRouter (copy)"_s, timeout).value, u"sk-or-dup"_s);
    QCOMPARE(m_keychain->readBlocking(u"OpenRouter"_s, timeout).value, u"sk-or-dup"_s);
}

void TestProvidersDialog::unsavedChangesAreAsked()
{
    QVERIFY(m_store->add(compatibleProfile(u"Alpha"_s)));
    QVERIFY(m_store->add(compatibleProfile(u"Beta"_s)));
    createDialog(m_keychain.get());
    auto *list = find<QListWidget>(u"profileList"_s);
    QCOMPARE(dialog()->currentProfileName(), u"Alpha"_s);
    auto *model = find<QComboBox>(u"profileModel"_s);
    model->lineEdit()->setFocus();
    QTest::keyClicks(model->lineEdit(), u"edited-model"_s);
    QVERIFY(dialog()->hasUnsavedChanges());
    QVERIFY(find<QPushButton>(u"saveProfileButton"_s)->isEnabled());

    // Cancel: stay on Alpha, edits kept.
    m_answers = {Answer::Cancel};
    list->setCurrentRow(1);
    QCOMPARE(m_asked, QList<Question>{Question::UnsavedChanges});
    QCOMPARE(dialog()->currentProfileName(), u"Alpha"_s);
    QCOMPARE(list->currentRow(), 0);
    QCOMPARE(model->currentText(), u"edited-model"_s);

    // Discard: go to Beta, Alpha unchanged.
    m_asked.clear();
    m_answers = {Answer::Discard};
    list->setCurrentRow(1);
    QCOMPARE(m_asked, QList<Question>{Question::UnsavedChanges});
    QCOMPARE(dialog()->currentProfileName(), u"Beta"_s);
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(m_store->find(u"Alpha"_s)->model, QString());

    // Save: closing asks, and saves.
    model->lineEdit()->setFocus();
    QTest::keyClicks(model->lineEdit(), u"beta-model"_s);
    m_asked.clear();
    m_answers = {Answer::Accept};
    dialog()->reject();
    QCOMPARE(m_asked, QList<Question>{Question::UnsavedChanges});
    QCOMPARE(m_store->find(u"Beta"_s)->model, u"beta-model"_s);
    QVERIFY(!dialog()->isVisible());

    // Nothing to ask about: no question.
    m_asked.clear();
    dialog()->show();
    dialog()->reject();
    QCOMPARE(m_asked, QList<Question>());
}

void TestProvidersDialog::keySourceFromEnvironment()
{
    ProviderProfile openai;
    openai.name = u"OpenAI"_s;
    openai.kind = ProviderKind::OpenAi;
    QVERIFY(m_store->add(openai));
    createDialog(m_keychain.get());
    QTRY_COMPARE(keySource(), u"No key — this provider needs one"_s);

    QProcessEnvironment env;
    env.insert(u"OPENAI_API_KEY"_s, u"sk-from-env-value"_s);
    dialog()->setEnvironment(env);
    QCOMPARE(keySource(), u"From $OPENAI_API_KEY"_s);
    QVERIFY(!find<QLineEdit>(u"profileKey"_s)->placeholderText().contains(u"sk-from-env"_s));

    // A named variable replaces the kind's usual ones.
    retype(find<QLineEdit>(u"profileKeyVariable"_s), u"MY_OPENAI_KEY"_s);
    QVERIFY2(keySource().startsWith(u"No key"_s), qPrintable(keySource()));
    env.insert(u"MY_OPENAI_KEY"_s, u"sk-mine"_s);
    dialog()->setEnvironment(env);
    QCOMPARE(keySource(), u"From $MY_OPENAI_KEY"_s);

    // A stored key comes first.
    QVERIFY(m_keychain->writeBlocking(u"OpenAI"_s, u"sk-stored"_s, timeout).ok());
    click(u"saveProfileButton"_s); // reads the keychain again
    QTRY_COMPARE(keySource(), u"Stored in the system keychain"_s);
}

void TestProvidersDialog::kindDependentFields()
{
    createDialog(m_keychain.get());
    triggerAdd(u"addKind_azure"_s);
    auto *apiVersion = find<QLineEdit>(u"profileApiVersion"_s);
    auto *kind = find<QComboBox>(u"profileKind"_s);
    auto *baseUrl = find<QLineEdit>(u"profileBaseUrl"_s);
    QVERIFY(apiVersion->isVisible());
    QVERIFY(find<QLabel>(u"profileError"_s)->text().contains(u"Azure"_s));

    kind->setCurrentIndex(kind->findData(u"openai"_s));
    QVERIFY(!apiVersion->isVisible());
    QCOMPARE(baseUrl->placeholderText(),
             ProviderKinds::defaultBaseUrl(ProviderKind::OpenAi).toString());
    QCOMPARE(find<QComboBox>(u"profileModel"_s)->lineEdit()->placeholderText(),
             ProviderKinds::defaultModel(ProviderKind::OpenAi));
    QCOMPARE(find<QLineEdit>(u"profileKeyVariable"_s)->placeholderText(),
             ProviderKinds::keyVariables(ProviderKind::OpenAi).join(u", "_s));
    QVERIFY(!find<QLabel>(u"profileError"_s)->isVisible());

    kind->setCurrentIndex(kind->findData(u"ollama"_s));
    QCOMPARE(baseUrl->placeholderText(),
             ProviderKinds::defaultBaseUrl(ProviderKind::Ollama).toString());
}

void TestProvidersDialog::headersAndTimeoutAreValidated()
{
    QVERIFY(m_store->add(compatibleProfile(u"Headers"_s)));
    createDialog(m_keychain.get());
    auto *headers = find<QPlainTextEdit>(u"profileHeaders"_s);
    auto *error = find<QLabel>(u"profileError"_s);
    auto *save = find<QPushButton>(u"saveProfileButton"_s);

    headers->setPlainText(u"X-Title: Modelkit\nnot a header"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"line 2"_s), qPrintable(error->text()));
    QVERIFY(!save->isEnabled());

    headers->setPlainText(u"X-Title: Modelkit\n\nHTTP-Referer: https://example.org\n"_s);
    QVERIFY(!error->isVisible());
    find<QSpinBox>(u"profileTimeout"_s)->setValue(45);
    find<QCheckBox>(u"profileHttp2"_s)->setChecked(true);
    click(u"saveProfileButton"_s);
    const ProviderProfile saved = *m_store->find(u"Headers"_s);
    QCOMPARE(saved.extraHeaders,
             (HttpHeaders{{"X-Title", "Modelkit"}, {"HTTP-Referer", "https://example.org"}}));
    QCOMPARE(saved.timeoutSeconds, 45);
    QVERIFY(saved.http2);

    // Another profile's name is refused as you type.
    QVERIFY(m_store->add(compatibleProfile(u"Taken"_s)));
    retype(find<QLineEdit>(u"profileName"_s), u"taken"_s);
    QVERIFY2(error->text().contains(u"already"_s), qPrintable(error->text()));
    QVERIFY(!save->isEnabled());
}

void TestProvidersDialog::renderDialog()
{
    // MODELKIT_GRAB_DIR=/tmp writes what the dialog looks like, for people to check.
    const QString dir = qEnvironmentVariable("MODELKIT_GRAB_DIR");
    if (!dir.isEmpty()) {
        createDialog(m_keychain.get());
        QVERIFY(dialog()->grab().save(dir + u"/providers-empty.png"_s));
        QMenu *menu = find<QToolButton>(u"addProfileButton"_s)->menu();
        menu->popup(QPoint(0, 0));
        QCoreApplication::processEvents();
        QVERIFY(menu->grab().save(dir + u"/providers-addmenu.png"_s));
        menu->hide();
        m_dialog.reset();
    }
    ProviderProfile lmStudio = *ProfileStore::preset(u"lmstudio"_s);
    QVERIFY(m_store->add(lmStudio));
    ProviderProfile openRouter = *ProfileStore::preset(u"openrouter"_s);
    openRouter.extraHeaders = {{"X-Title", "Modelkit Playground"}};
    QVERIFY(m_store->add(openRouter));
    QVERIFY(m_store->add(*ProfileStore::preset(u"ollama"_s)));
    QVERIFY(m_keychain->writeBlocking(u"OpenRouter"_s, u"sk-or-render"_s, timeout).ok());
    m_server->enqueue(ScriptedResponse::json(
        200, modelList({u"openai/gpt-4o-mini"_s, u"anthropic/claude-3.5-haiku"_s,
                        u"meta-llama/llama-3.3-70b"_s})));
    createDialog(m_keychain.get());
    QVERIFY(dialog()->selectProfile(u"OpenRouter"_s));
    QTRY_COMPARE(keySource(), u"Stored in the system keychain"_s);
    QCoreApplication::processEvents();
    QVERIFY(!dialog()->grab().isNull());
    if (dir.isEmpty())
        return;
    QVERIFY(dialog()->grab().save(dir + u"/providers.png"_s));

    // A test against the loopback server, with an unsaved URL.
    retype(find<QLineEdit>(u"profileBaseUrl"_s), m_server->url(u"/v1"_s).toString());
    click(u"testConnectionButton"_s);
    QTRY_VERIFY(find<QLabel>(u"testResult"_s)->text().startsWith(u"Connected"_s));
    QVERIFY(dialog()->grab().save(dir + u"/providers-tested.png"_s));

    // A new compatible server without a URL, and a keychain that is not there.
    UnavailableStore keychain;
    m_dialog.reset();
    createDialog(&keychain);
    triggerAdd(u"addKind_compatible"_s);
    retype(find<QLineEdit>(u"profileName"_s), u"Home server"_s);
    retype(find<QLineEdit>(u"profileBaseUrl"_s), u"http://gpu-box.local:8000/v1"_s);
    retype(find<QLineEdit>(u"profileKey"_s), u"sk-home"_s);
    click(u"saveProfileButton"_s);
    QTRY_VERIFY(find<NoticeBar>(u"keychainNotice"_s)->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(dialog()->grab().save(dir + u"/providers-nokeychain.png"_s));
    triggerAdd(u"addKind_azure"_s);
    QCoreApplication::processEvents();
    QVERIFY(dialog()->grab().save(dir + u"/providers-azure.png"_s));
    m_dialog.reset(); // before `keychain` goes
}

QTEST_MAIN(TestProvidersDialog)
#include "tst_providersdialog.moc"
