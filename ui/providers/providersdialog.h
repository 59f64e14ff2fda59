// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/providerprofile.h"
#include "profiles/secretstore.h"

#include <functional>
#include <optional>

#include <QDialog>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace modelkit {
class ChatCompletionClient;
class HttpTransport;
class MemorySecretStore;
class ModelListJob;
class ProfileStore;
} // namespace modelkit

namespace playground {

class NoticeBar;

//! Edits the provider profiles of a ProfileStore and their API keys.
//!
//! Left: the profiles, with Add (a blank profile of any kind, or a preset), Duplicate and
//! Remove. Right: the selected profile's form; nothing is written until Save. A new or
//! duplicated profile is a draft (shown in italics) until it is saved.
//!
//! Keys are never written anywhere but a SecretStore, with the profile name as account:
//! a typed key goes to `keychain`; when the keychain answers Unavailable or Failed a
//! notice says so and offers "Keep for this session only" (`sessionKeys`, memory only).
//! The key field stays empty (its placeholder tells where the key comes from) unless the
//! user types a key or asks to reveal the stored one. Which key is used, first match:
//! one kept for this session, the keychain's, the profile's environment variables.
//! Renaming a profile moves its key; removing it removes the key from both stores;
//! saving a duplicate copies the original's key.
//!
//! Questions (unsaved changes, removal, plain http:// beyond this machine and the LAN)
//! go through an Asker, which tests replace; by default it shows a QMessageBox.
//! Key writes end after save() returns: keep the dialog alive (hide it, do not delete it)
//! so a write the keychain refuses can still offer "this session only".
//!
//! objectNames: providersDialog; profileList, addProfileButton (menu actions
//! addKind_<kind id>, addPreset_<preset id>), duplicateProfileButton, removeProfileButton;
//! profileName, profileKind, profileBaseUrl, profileModel, profileApiVersion,
//! profileHeaders, profileHttp2, profileTimeout, profileKeyVariable; profileKey,
//! revealKeyButton, forgetKeyButton, keySource; testConnectionButton, testResult;
//! profileError, keychainNotice, storeNotice, emptyHint; saveProfileButton, closeButton.
class ProvidersDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Question {
        InsecureUrl,    //!< Save to an http:// URL off this machine and LAN? Accept saves
        RemoveProfile,  //!< Accept removes the profile and its stored key
        ForgetKey,      //!< Accept deletes the stored key
        UnsavedChanges, //!< Accept saves, Discard drops the edits, Cancel stays
    };
    Q_ENUM(Question)
    enum class Answer { Accept, Discard, Cancel };
    Q_ENUM(Answer)
    using Asker = std::function<Answer(Question question, const QString &text)>;

    //! None of the pointers is owned; all must outlive the dialog.
    ProvidersDialog(modelkit::ProfileStore *store, modelkit::SecretStore *keychain,
                    modelkit::MemorySecretStore *sessionKeys, modelkit::HttpTransport *transport,
                    QWidget *parent = nullptr);
    ~ProvidersDialog() override;

    //! Replaces the message boxes (tests); an empty Asker restores them.
    void setAsker(Asker asker);
    //! Where environment keys are read from; the process environment by default.
    void setEnvironment(const QProcessEnvironment &environment);

    //! Shows the stored profile `name` (asks about unsaved changes first). False when
    //! there is none or the user stayed on the current one.
    bool selectProfile(const QString &name);
    //! The stored name of the profile in the form; empty for a draft or none.
    QString currentProfileName() const { return m_current; }
    bool isDraft() const { return m_isDraft; }
    bool hasUnsavedChanges() const;

    //! Starts a draft: a blank profile of `kind`, or a copy of `preset` (a unique name
    //! either way). False when the user stayed on a profile with unsaved changes.
    bool addBlankProfile(modelkit::ProviderKind kind);
    bool addPreset(const modelkit::ProviderProfile &preset);
    //! A draft copy of the current profile named "NAME (copy)".
    bool duplicateProfile();
    //! Asks, then removes the current profile and its key (a draft is just dropped).
    void removeProfile();
    //! Validates the form, asks about plain http:// once, writes the profile and starts
    //! writing a typed key (keyChanged() tells when it is stored). False when nothing was
    //! saved (invalid, declined, or refused by the store: the reason is in profileError).
    bool save();
    //! Lists the provider's models with the form's current values and key; a running test
    //! is cancelled first.
    void testConnection();
    void cancelTest();
    bool isTestRunning() const;

    //! Whether `host` is this machine or a private network (localhost, *.localhost,
    //! 127.0.0.0/8, ::1, 10/8, 172.16/12, 192.168/16, link-local, fc00::/7, *.local):
    //! where a plain http:// URL is used without asking.
    static bool isLocalHost(const QString &host);

    void reject() override;

Q_SIGNALS:
    //! A profile was added, changed or removed.
    void profilesChanged();
    //! The key stored for `profileName` was written, moved or removed.
    void keyChanged(const QString &profileName);

private:
    //! Where a stored key for keyAccount() was found.
    enum class StoredKey { Checking, None, Keychain, Session };
    void buildUi();
    QWidget *createListPanel();
    QWidget *createForm();
    void populateAddMenu();
    void rebuildList();
    int rowOf(const QString &name) const;
    void onCurrentRowChanged(int row);
    void onStoreChanged();
    void showProfile(const modelkit::ProviderProfile &profile, bool draft, const QString &copyOf);
    void showNothing();
    //! The first stored profile, or nothing when there is none.
    void showFirst(int preferredRow = 0);
    void updateActions();
    void updateStoreNotice();
    void showError(const QString &text);
    void startDraft(modelkit::ProviderProfile profile, const QString &copyOf);
    QString uniqueName(const QString &base) const;
    //! Asks about unsaved changes; true when it is fine to leave the form.
    bool confirmLeave();

    //! The profile the form describes; `headersError` says why a header line was skipped.
    modelkit::ProviderProfile formProfile(QString *headersError = nullptr) const;
    //! Why the form cannot be saved, or empty.
    QString formProblem() const;
    void onFormEdited();
    void updateKindDependentFields();
    bool needsInsecureConfirmation(const modelkit::ProviderProfile &profile) const;
    Answer ask(Question question, const QString &text);

    //! The account whose stored key applies to the form (a duplicate: the original's).
    QString keyAccount() const;
    void refreshKeySource();
    void showKeySource();
    //! The first of the form profile's key variables that is set, or empty.
    QString environmentVariable() const;
    void onRevealToggled(bool revealed);
    void forgetKey();
    //! Calls `done` with the key to use: typed, kept for the session, stored, environment.
    void withKey(std::function<void(const QString &key)> done);

    void storeKey(const QString &account, const QString &key, const QString &replacedAccount);
    void transferKey(const QString &from, const QString &to, bool keepOriginal);
    void removeKeys(const QString &account);
    void offerSessionKey(const QString &account, const QString &key,
                         const modelkit::SecretStore::Result &result);
    void onNoticeLink(const QString &link);

    void startTest(const QString &key, int generation);
    void setTestRunning(bool running);
    enum class Tone { Neutral, Success, Failure };
    void showTestResult(const QString &text, Tone tone);

    modelkit::ProfileStore *m_store;
    modelkit::SecretStore *m_keychain;
    modelkit::MemorySecretStore *m_sessionKeys;
    modelkit::HttpTransport *m_transport;
    QProcessEnvironment m_environment;
    Asker m_asker;

    NoticeBar *m_keychainNotice = nullptr;
    NoticeBar *m_storeNotice = nullptr;
    QListWidget *m_list = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_duplicateButton = nullptr;
    QToolButton *m_removeButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QFormLayout *m_connectionForm = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_apiVersion = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QCheckBox *m_http2 = nullptr;
    QCheckBox *m_cacheResponses = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLineEdit *m_keyVariable = nullptr;
    QLineEdit *m_key = nullptr;
    QToolButton *m_reveal = nullptr;
    QToolButton *m_forget = nullptr;
    QLabel *m_keySource = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;

    QString m_current;      //!< stored name of the profile in the form
    QString m_copyOf;       //!< a duplicate draft's original
    bool m_isDraft = false; //!< the form holds a profile not in the store yet
    bool m_hasForm = false; //!< a profile (stored or draft) is shown
    //! The form as loaded: what "unsaved changes" compares with.
    std::optional<modelkit::ProviderProfile> m_baseline;
    QString m_baselineHeaders;
    bool m_keyEdited = false;    //!< the user typed into the key field
    bool m_keyFromStore = false; //!< the field holds a revealed stored key
    bool m_updating = false;     //!< filling widgets or the list: ignore their signals
    bool m_changingStore = false;
    StoredKey m_storedKey = StoredKey::None;
    QString m_keychainProblem;      //!< why the keychain could not be read, for the source line
    int m_keyGeneration = 0;        //!< drops key-source answers for an earlier form
    QStringList m_confirmedOrigins; //!< http:// origins the user accepted this session

    //! A key the keychain refused, waiting for "Keep for this session only".
    QString m_pendingAccount;
    QString m_pendingKey;

    int m_testGeneration = 0;
    QPointer<modelkit::ModelListJob> m_testJob;
    bool m_testWaitingForKey = false;
};

} // namespace playground
