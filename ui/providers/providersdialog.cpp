// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/providersdialog.h"

#include "core/chatcompletionclient.h"
#include "core/modellistjob.h"
#include "profiles/clientfactory.h"
#include "profiles/memorysecretstore.h"
#include "profiles/profilestore.h"
#include "widgets/icons.h"
#include "widgets/noticebar.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

namespace {

constexpr int NameRole = Qt::UserRole;      //!< the stored name (empty for the draft)
constexpr int DraftRole = Qt::UserRole + 1; //!< true for the unsaved profile
const auto keepForSessionLink = u"keep-for-session"_s;

using Result = SecretStore::Result;
using Status = SecretStore::Status;

void ignoreResult(const Result &) {}

//! A red that reads on light and dark backgrounds, as the other panels use.
QColor problemColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}

QColor successColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}

//! Messages from modelkit start in lower case ("the profile has no name"); a label shows
//! them as a sentence.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString formatHeaders(const HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value);
    return lines.join(u'\n');
}

//! One "Name: value" per line; blank lines are skipped. `error` gets the first bad line.
HttpHeaders parseHeaders(const QString &text, QString *error)
{
    HttpHeaders headers;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            if (error && error->isEmpty())
                *error = ProvidersDialog::tr("Extra headers, line %1: write one \"Name: value\" "
                                             "per line")
                             .arg(i + 1);
            continue;
        }
        headers.append(
            {line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return headers;
}

//! Scheme, host and port: what "ask once" remembers.
QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                  | QUrl::RemoveUserInfo)
        .toString();
}

//! The kinds whose profile's apiVersion means something, and what it is called there.
bool hasApiVersion(ProviderKind kind)
{
    return kind == ProviderKind::AzureOpenAi || kind == ProviderKind::Anthropic
           || kind == ProviderKind::Gemini;
}

QString removeSecret(QString text, const QString &secret)
{
    // Providers echo parts of a wrong key in their message; never show the key itself.
    if (secret.size() >= 4)
        text.replace(secret, u"••••"_s);
    return text;
}

} // namespace

ProvidersDialog::ProvidersDialog(ProfileStore *store, SecretStore *keychain,
                                 MemorySecretStore *sessionKeys, HttpTransport *transport,
                                 QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_keychain(keychain)
    , m_sessionKeys(sessionKeys)
    , m_transport(transport)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    setObjectName(u"providersDialog"_s);
    setWindowTitle(tr("Providers"));
    buildUi();
    connect(m_store, &ProfileStore::changed, this, &ProvidersDialog::onStoreChanged);
    updateStoreNotice();
    showFirst();
    rebuildList();
}

ProvidersDialog::~ProvidersDialog()
{
    // The test's client is a child of this dialog; its job must not report into
    // half-destroyed widgets.
    ++m_testGeneration;
    if (m_testJob)
        m_testJob->cancel();
}

void ProvidersDialog::setAsker(Asker asker)
{
    m_asker = std::move(asker);
}

void ProvidersDialog::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    if (m_hasForm)
        showKeySource();
}

// --- layout ----------------------------------------------------------------------------

void ProvidersDialog::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setSpacing(10);

    m_keychainNotice = new NoticeBar(this);
    m_keychainNotice->setObjectName(u"keychainNotice"_s);
    connect(m_keychainNotice, &NoticeBar::linkActivated, this, &ProvidersDialog::onNoticeLink);
    m_storeNotice = new NoticeBar(this);
    m_storeNotice->setObjectName(u"storeNotice"_s);
    root->addWidget(m_keychainNotice);
    root->addWidget(m_storeNotice);

    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(createListPanel());

    m_pages = new QStackedWidget(this);
    auto *empty = new QLabel(
        tr("<p><b>No provider profiles yet.</b></p><p>Add one with the + button below the "
           "list: presets cover LM Studio, vLLM, llama.cpp server, OpenRouter, Groq, "
           "Mistral, DeepSeek, Together AI and Ollama.</p>"),
        m_pages);
    empty->setObjectName(u"emptyHint"_s);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(24);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(empty);
    m_pages->addWidget(createForm());
    body->addWidget(m_pages, 1);
    root->addLayout(body, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveProfileButton"_s);
    m_saveButton->setToolTip(tr("Write this profile; a typed key goes to the system keychain"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    // Save is not the dialog's accept: it keeps the dialog open.
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProvidersDialog::reject);
    root->addWidget(m_buttons);

    resize(900, 640);
}

QWidget *ProvidersDialog::createListPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *caption = new QLabel(tr("Profiles"), panel);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);

    m_list = new QListWidget(panel);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setMinimumWidth(210);
    m_list->setMaximumWidth(280);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(1);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProvidersDialog::onCurrentRowChanged);

    m_addButton = new QToolButton(panel);
    m_addButton->setObjectName(u"addProfileButton"_s);
    m_addButton->setIcon(Icons::icon(Icons::Name::Add));
    m_addButton->setToolTip(tr("Add a profile: blank or from a preset"));
    m_addButton->setAccessibleName(tr("Add profile"));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setMenu(new QMenu(m_addButton));
    populateAddMenu();

    m_duplicateButton = new QToolButton(panel);
    m_duplicateButton->setObjectName(u"duplicateProfileButton"_s);
    m_duplicateButton->setIcon(Icons::icon(Icons::Name::Copy));
    m_duplicateButton->setToolTip(tr("Duplicate the selected profile"));
    m_duplicateButton->setAccessibleName(tr("Duplicate profile"));
    connect(m_duplicateButton, &QToolButton::clicked, this, [this] { duplicateProfile(); });

    m_removeButton = new QToolButton(panel);
    m_removeButton->setObjectName(u"removeProfileButton"_s);
    m_removeButton->setIcon(Icons::icon(Icons::Name::Remove));
    m_removeButton->setToolTip(tr("Remove the selected profile and its stored key"));
    m_removeButton->setAccessibleName(tr("Remove profile"));
    connect(m_removeButton, &QToolButton::clicked, this, &ProvidersDialog::removeProfile);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);

    layout->addWidget(caption);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    return panel;
}

void ProvidersDialog::populateAddMenu()
{
    QMenu *menu = m_addButton->menu();
    menu->addSection(tr("Blank profile"));
    for (const ProviderKind kind : ProviderKinds::all()) {
        QAction *action = menu->addAction(ProviderKinds::displayName(kind));
        action->setObjectName(u"addKind_"_s + ProviderKinds::id(kind));
        connect(action, &QAction::triggered, this, [this, kind] { addBlankProfile(kind); });
    }
    menu->addSection(tr("Presets"));
    const QList<ProviderProfile> presets = ProfileStore::presets();
    const QStringList ids = ProfileStore::presetIds();
    for (qsizetype i = 0; i < presets.size(); ++i) {
        const ProviderProfile preset = presets.at(i);
        QAction *action = menu->addAction(preset.name);
        if (i < ids.size())
            action->setObjectName(u"addPreset_"_s + ids.at(i));
        action->setToolTip(preset.baseUrl.toString());
        connect(action, &QAction::triggered, this, [this, preset] { addPreset(preset); });
    }
    menu->setToolTipsVisible(true);
}

QWidget *ProvidersDialog::createForm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    // Explicit labels (buddies for every mnemonic) share one width, so the fields of the
    // three groups line up.
    QList<QLabel *> labels;
    const auto label = [&labels, page](const QString &text, QWidget *buddy) {
        auto *created = new QLabel(text, page);
        created->setBuddy(buddy);
        created->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        labels << created;
        return created;
    };
    const auto makeForm = [](QGroupBox *group) {
        auto *form = new QFormLayout(group);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->setHorizontalSpacing(10);
        return form;
    };

    // Connection
    auto *connection = new QGroupBox(tr("Connection"), page);
    m_connectionForm = makeForm(connection);
    m_name = new QLineEdit(connection);
    m_name->setObjectName(u"profileName"_s);
    m_name->setPlaceholderText(tr("A name you recognise, e.g. \"Work OpenAI\""));
    m_kind = new QComboBox(connection);
    m_kind->setObjectName(u"profileKind"_s);
    for (const ProviderKind kind : ProviderKinds::all())
        m_kind->addItem(ProviderKinds::displayName(kind), ProviderKinds::id(kind));
    m_baseUrl = new QLineEdit(connection);
    m_baseUrl->setObjectName(u"profileBaseUrl"_s);
    m_baseUrl->setToolTip(tr("Leave empty for the provider's own endpoint. Plain http:// is "
                             "meant for this machine and your local network."));
    m_model = new QComboBox(connection);
    m_model->setObjectName(u"profileModel"_s);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setToolTip(tr("The default model; Test connection lists what the server offers"));
    m_apiVersion = new QLineEdit(connection);
    m_apiVersion->setObjectName(u"profileApiVersion"_s);
    m_connectionForm->addRow(label(tr("&Name:"), m_name), m_name);
    m_connectionForm->addRow(label(tr("&Provider:"), m_kind), m_kind);
    m_connectionForm->addRow(label(tr("Base &URL:"), m_baseUrl), m_baseUrl);
    m_connectionForm->addRow(label(tr("&Model:"), m_model), m_model);
    // Alt+V is the key's "Environment variable".
    m_connectionForm->addRow(label(tr("API ve&rsion:"), m_apiVersion), m_apiVersion);

    // API key
    auto *keyGroup = new QGroupBox(tr("API key"), page);
    QFormLayout *keyForm = makeForm(keyGroup);
    m_key = new QLineEdit(keyGroup);
    m_key->setObjectName(u"profileKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_key->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase
                               | Qt::ImhSensitiveData);
    m_reveal = new QToolButton(keyGroup);
    m_reveal->setObjectName(u"revealKeyButton"_s);
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the key"));
    m_forget = new QToolButton(keyGroup);
    m_forget->setObjectName(u"forgetKeyButton"_s);
    m_forget->setText(tr("Forget"));
    m_forget->setToolTip(tr("Delete the stored key"));
    auto *keyRow = new QHBoxLayout;
    keyRow->setSpacing(4);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_reveal);
    keyRow->addWidget(m_forget);
    m_keySource = new QLabel(keyGroup);
    m_keySource->setObjectName(u"keySource"_s);
    m_keySource->setTextFormat(Qt::PlainText);
    m_keySource->setWordWrap(true);
    m_keySource->setForegroundRole(QPalette::PlaceholderText);
    m_keyVariable = new QLineEdit(keyGroup);
    m_keyVariable->setObjectName(u"profileKeyVariable"_s);
    m_keyVariable->setToolTip(tr("Read the key from this environment variable when none is "
                                 "stored"));
    auto *keyCell = new QVBoxLayout;
    keyCell->setSpacing(3);
    keyCell->addLayout(keyRow);
    keyCell->addWidget(m_keySource);
    keyForm->addRow(label(tr("&Key:"), m_key), keyCell);
    keyForm->addRow(label(tr("Environment &variable:"), m_keyVariable), m_keyVariable);

    // Advanced
    auto *advanced = new QGroupBox(tr("Advanced"), page);
    QFormLayout *advancedForm = makeForm(advanced);
    m_headers = new QPlainTextEdit(advanced);
    m_headers->setObjectName(u"profileHeaders"_s);
    m_headers->setTabChangesFocus(true);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setPlaceholderText(tr("One \"Name: value\" per line, e.g.\nX-Title: My app"));
    m_headers->setToolTip(tr("Sent with every request. Headers are saved in the profile "
                             "file: put API keys in the Key field."));
    const int lineHeight = m_headers->fontMetrics().lineSpacing();
    m_headers->setFixedHeight(lineHeight * 3 + 2 * m_headers->frameWidth() + 10);
    m_timeout = new QSpinBox(advanced);
    m_timeout->setObjectName(u"profileTimeout"_s);
    m_timeout->setRange(1, 86400);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("The longest a whole call may take, retries included"));
    m_http2 = new QCheckBox(tr("Use HTTP/2"), advanced);
    m_http2->setObjectName(u"profileHttp2"_s);
    m_http2->setToolTip(tr("Off by default: HTTP/2 in Qt 6.4 has known security issues"));
    m_cacheResponses = new QCheckBox(tr("Response &cache"), advanced);
    m_cacheResponses->setObjectName(u"profileCacheResponses"_s);
    m_cacheResponses->setToolTip(tr("Answer a request identical to an earlier one from the "
                                    "local response cache instead of calling the provider"));
    auto *transportRow = new QHBoxLayout;
    transportRow->addWidget(m_timeout);
    transportRow->addSpacing(16);
    transportRow->addWidget(m_http2);
    transportRow->addSpacing(16);
    transportRow->addWidget(m_cacheResponses);
    transportRow->addStretch(1);
    advancedForm->addRow(label(tr("Extra &headers:"), m_headers), m_headers);
    advancedForm->addRow(label(tr("&Timeout:"), m_timeout), transportRow);
    int labelWidth = 0;
    for (const QLabel *each : std::as_const(labels))
        labelWidth = std::max(labelWidth, each->sizeHint().width());
    for (QLabel *each : std::as_const(labels))
        each->setMinimumWidth(labelWidth);

    // Test connection, problems
    m_testButton = new QPushButton(tr("Test connection"), page);
    m_testButton->setObjectName(u"testConnectionButton"_s);
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("List the provider's models with these settings (unsaved "
                                "changes included)"));
    connect(m_testButton, &QPushButton::clicked, this, [this] {
        if (isTestRunning())
            cancelTest();
        else
            testConnection();
    });
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);

    m_error = new QLabel(page);
    m_error->setObjectName(u"profileError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, problemColor());
    m_error->setPalette(errorPalette);
    m_error->hide();

    layout->addWidget(connection);
    layout->addWidget(keyGroup);
    layout->addWidget(advanced);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addStretch(1);

    // Every edit re-validates and updates what depends on it.
    const auto edited = [this] {
        onFormEdited();
    };
    connect(m_name, &QLineEdit::textChanged, this, edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, edited);
    connect(m_baseUrl, &QLineEdit::textChanged, this, edited);
    connect(m_model, &QComboBox::editTextChanged, this, edited);
    connect(m_apiVersion, &QLineEdit::textChanged, this, edited);
    connect(m_headers, &QPlainTextEdit::textChanged, this, edited);
    connect(m_http2, &QCheckBox::toggled, this, edited);
    connect(m_cacheResponses, &QCheckBox::toggled, this, edited);
    connect(m_timeout, &QSpinBox::valueChanged, this, edited);
    connect(m_keyVariable, &QLineEdit::textChanged, this, edited);
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyEdited = true;
        onFormEdited();
    });
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button does not emit textEdited.
        if (text.isEmpty() && !m_updating) {
            m_keyEdited = false;
            m_keyFromStore = false;
            onFormEdited();
        }
    });
    connect(m_reveal, &QToolButton::toggled, this, &ProvidersDialog::onRevealToggled);
    connect(m_forget, &QToolButton::clicked, this, &ProvidersDialog::forgetKey);
    return page;
}

// --- the list ----------------------------------------------------------------------------

void ProvidersDialog::rebuildList()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_list->clear();
    for (const ProviderProfile &profile : m_store->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(NameRole, profile.name);
        const QUrl url = profile.baseUrl.isEmpty() ? ProviderKinds::defaultBaseUrl(profile.kind)
                                                   : profile.baseUrl;
        item->setToolTip(ProviderKinds::displayName(profile.kind) + u" · "_s + url.toString());
    }
    if (m_hasForm && m_isDraft) {
        const QString name = m_name->text().trimmed();
        auto *item = new QListWidgetItem(name.isEmpty() ? tr("New profile") : name, m_list);
        item->setData(DraftRole, true);
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        item->setToolTip(tr("Not saved yet"));
    }
    const int row = !m_hasForm ? -1 : m_isDraft ? m_list->count() - 1 : rowOf(m_current);
    m_list->setCurrentRow(row);
    m_updating = wasUpdating;
    updateActions();
}

int ProvidersDialog::rowOf(const QString &name) const
{
    if (name.isEmpty())
        return -1;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (!item->data(DraftRole).toBool()
            && item->data(NameRole).toString().compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void ProvidersDialog::onCurrentRowChanged(int row)
{
    if (m_updating)
        return;
    const QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    if (item->data(DraftRole).toBool() && m_isDraft)
        return;
    const QString target = item->data(NameRole).toString();
    if (m_hasForm && !m_isDraft && target == m_current)
        return;
    if (!confirmLeave()) {
        // Stay: put the selection back on the profile in the form.
        rebuildList();
        return;
    }
    if (const std::optional<ProviderProfile> profile = m_store->find(target))
        showProfile(*profile, false, {});
    else
        showFirst();
    rebuildList();
}

void ProvidersDialog::onStoreChanged()
{
    if (m_changingStore)
        return;
    // Another window or `modelkit profile` changed the file.
    updateStoreNotice();
    if (m_hasForm && !m_isDraft) {
        const std::optional<ProviderProfile> stored = m_store->find(m_current);
        if (!stored) {
            if (hasUnsavedChanges()) {
                // Keep the user's edits: they become a new profile.
                m_isDraft = true;
                m_current.clear();
            } else {
                showFirst();
            }
        } else if (!hasUnsavedChanges() && (!m_baseline || *stored != *m_baseline)) {
            showProfile(*stored, false, {});
        }
    } else if (!m_hasForm) {
        showFirst();
    }
    rebuildList();
}

bool ProvidersDialog::selectProfile(const QString &name)
{
    const std::optional<ProviderProfile> profile = m_store->find(name);
    if (!profile)
        return false;
    if (m_hasForm && !m_isDraft && profile->name == m_current)
        return true;
    if (!confirmLeave())
        return false;
    showProfile(*profile, false, {});
    rebuildList();
    return true;
}

void ProvidersDialog::showFirst(int preferredRow)
{
    const QList<ProviderProfile> profiles = m_store->profiles();
    if (profiles.isEmpty()) {
        showNothing();
        return;
    }
    showProfile(profiles.at(std::clamp<qsizetype>(preferredRow, 0, profiles.size() - 1)), false,
                {});
}

void ProvidersDialog::showNothing()
{
    cancelTest();
    m_hasForm = false;
    m_isDraft = false;
    m_current.clear();
    m_copyOf.clear();
    m_baseline.reset();
    m_pages->setCurrentIndex(0);
    m_saveButton->setEnabled(false);
    updateActions();
}

void ProvidersDialog::updateActions()
{
    const bool broken = m_store->isBroken();
    m_addButton->setEnabled(!broken);
    m_duplicateButton->setEnabled(m_hasForm && !m_isDraft && !broken);
    m_removeButton->setEnabled(m_hasForm && !broken);
}

void ProvidersDialog::updateStoreNotice()
{
    if (!m_store->isBroken()) {
        m_storeNotice->hide();
        return;
    }
    m_storeNotice->showNotice(
        NoticeBar::Level::Error,
        tr("The profiles file could not be read: %1. Changes are refused "
           "until it is fixed; a copy was kept as %2.")
            .arg(m_store->loadError().toHtmlEscaped(), m_store->brokenCopyPath().toHtmlEscaped()));
}

// --- the form ----------------------------------------------------------------------------

void ProvidersDialog::showProfile(const ProviderProfile &profile, bool draft, const QString &copyOf)
{
    cancelTest();
    m_updating = true;
    m_pages->setCurrentIndex(1);
    m_hasForm = true;
    m_isDraft = draft;
    m_current = draft ? QString() : profile.name;
    m_copyOf = copyOf;

    m_name->setText(profile.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(ProviderKinds::id(profile.kind))));
    m_baseUrl->setText(profile.baseUrl.toString());
    m_model->clear();
    m_model->setEditText(profile.model);
    m_apiVersion->setText(profile.apiVersion);
    m_headers->setPlainText(formatHeaders(profile.extraHeaders));
    m_http2->setChecked(profile.http2);
    m_cacheResponses->setChecked(profile.cacheResponses);
    m_timeout->setValue(profile.timeoutSeconds);
    m_keyVariable->setText(profile.keyVariable);
    m_reveal->setChecked(false);
    m_reveal->setText(tr("Show"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->clear();
    m_keyEdited = false;
    m_keyFromStore = false;
    m_testResult->clear();
    m_error->hide();
    m_updating = false;

    // What "unsaved changes" compares with: the form as it reads this profile back.
    m_baseline = formProfile();
    m_baselineHeaders = m_headers->toPlainText();
    refreshKeySource();
    onFormEdited();
}

void ProvidersDialog::startDraft(ProviderProfile profile, const QString &copyOf)
{
    profile.name = uniqueName(profile.name);
    showProfile(profile, true, copyOf);
    rebuildList();
    QLineEdit *focus
        = profile.baseUrl.isEmpty() && ProviderKinds::defaultBaseUrl(profile.kind).isEmpty()
              ? m_baseUrl
              : m_name;
    focus->setFocus();
    focus->selectAll();
}

QString ProvidersDialog::uniqueName(const QString &base) const
{
    if (!m_store->contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u' ' + QString::number(n);
        if (!m_store->contains(candidate))
            return candidate;
    }
}

bool ProvidersDialog::addBlankProfile(ProviderKind kind)
{
    if (!confirmLeave())
        return false;
    ProviderProfile profile;
    profile.kind = kind;
    profile.name = ProviderKinds::displayName(kind);
    startDraft(profile, {});
    return true;
}

bool ProvidersDialog::addPreset(const ProviderProfile &preset)
{
    if (!confirmLeave())
        return false;
    startDraft(preset, {});
    return true;
}

bool ProvidersDialog::duplicateProfile()
{
    if (!m_hasForm || m_isDraft || !confirmLeave())
        return false;
    // After confirmLeave() the store holds what the form shows.
    const std::optional<ProviderProfile> original = m_store->find(m_current);
    if (!original)
        return false;
    ProviderProfile copy = *original;
    copy.name = tr("%1 (copy)").arg(original->name);
    startDraft(copy, original->name);
    return true;
}

void ProvidersDialog::removeProfile()
{
    if (!m_hasForm)
        return;
    const int row = m_list->currentRow();
    if (m_isDraft) {
        // Nothing is stored yet: just drop it.
        showFirst(row);
        rebuildList();
        return;
    }
    const QString name = m_current;
    if (ask(Question::RemoveProfile,
            tr("Remove the profile \"%1\"? Its key is removed from the system keychain too.")
                .arg(name))
        != Answer::Accept)
        return;
    QString error;
    m_changingStore = true;
    const bool removed = m_store->remove(name, &error);
    m_changingStore = false;
    if (!removed) {
        showError(sentence(error));
        return;
    }
    m_hasForm = false;
    removeKeys(name);
    showFirst(row);
    rebuildList();
    Q_EMIT profilesChanged();
}

bool ProvidersDialog::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_name->text().trimmed();
    const QString text = m_isDraft
                             ? tr("The new profile \"%1\" is not saved yet. Save it?").arg(name)
                             : tr("The profile \"%1\" has unsaved changes. Save them?").arg(name);
    switch (ask(Question::UnsavedChanges, text)) {
    case Answer::Accept:
        return save();
    case Answer::Discard:
        if (m_isDraft) {
            showFirst();
        } else if (const std::optional<ProviderProfile> stored = m_store->find(m_current)) {
            showProfile(*stored, false, {});
        } else {
            showFirst();
        }
        rebuildList();
        return true;
    case Answer::Cancel:
        break;
    }
    return false;
}

bool ProvidersDialog::hasUnsavedChanges() const
{
    if (!m_hasForm)
        return false;
    if (m_isDraft || (m_keyEdited && !m_key->text().isEmpty()))
        return true;
    QString headersError;
    const ProviderProfile profile = formProfile(&headersError);
    if (!headersError.isEmpty())
        return m_headers->toPlainText() != m_baselineHeaders;
    return !m_baseline || profile != *m_baseline;
}

ProviderProfile ProvidersDialog::formProfile(QString *headersError) const
{
    ProviderProfile profile;
    profile.name = m_name->text().trimmed();
    profile.kind
        = ProviderKinds::fromId(m_kind->currentData().toString()).value_or(ProviderKind::OpenAi);
    const QString url = m_baseUrl->text().trimmed();
    profile.baseUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    profile.model = m_model->currentText().trimmed();
    if (hasApiVersion(profile.kind))
        profile.apiVersion = m_apiVersion->text().trimmed();
    profile.extraHeaders = parseHeaders(m_headers->toPlainText(), headersError);
    profile.http2 = m_http2->isChecked();
    profile.cacheResponses = m_cacheResponses->isChecked();
    profile.timeoutSeconds = m_timeout->value();
    profile.keyVariable = m_keyVariable->text().trimmed();
    return profile;
}

QString ProvidersDialog::formProblem() const
{
    QString headersError;
    const ProviderProfile profile = formProfile(&headersError);
    QString problem = profile.validationError();
    if (problem.isEmpty())
        problem = headersError;
    if (problem.isEmpty()) {
        const qsizetype index = m_store->indexOf(profile.name);
        // Another case of the profile's own name is a rename, not a clash.
        if (index >= 0 && (m_isDraft || m_store->profiles().at(index).name != m_current))
            problem = tr("Another profile is already named \"%1\"").arg(profile.name);
    }
    return sentence(problem);
}

void ProvidersDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ProvidersDialog::onFormEdited()
{
    if (m_updating || !m_hasForm)
        return;
    updateKindDependentFields();
    const QString problem = formProblem();
    showError(problem);
    m_saveButton->setEnabled(problem.isEmpty() && hasUnsavedChanges() && !m_store->isBroken());
    if (QListWidgetItem *item = m_list->currentItem()) {
        const QString name = m_name->text().trimmed();
        item->setText(name.isEmpty() ? tr("New profile") : name);
    }
    showKeySource();
}

void ProvidersDialog::updateKindDependentFields()
{
    const ProviderKind kind
        = ProviderKinds::fromId(m_kind->currentData().toString()).value_or(ProviderKind::OpenAi);

    const QUrl defaultUrl = ProviderKinds::defaultBaseUrl(kind);
    m_baseUrl->setPlaceholderText(!defaultUrl.isEmpty() ? defaultUrl.toString()
                                  : kind == ProviderKind::AzureOpenAi
                                      ? u"https://RESOURCE.openai.azure.com"_s
                                      : u"http://localhost:8000/v1"_s);

    const QString defaultModel = ProviderKinds::defaultModel(kind);
    m_model->lineEdit()->setPlaceholderText(
        !defaultModel.isEmpty() ? defaultModel
        : kind == ProviderKind::AzureOpenAi
            ? tr("Deployment name")
            : tr("The server's model (Test connection lists them)"));

    m_connectionForm->setRowVisible(m_apiVersion, hasApiVersion(kind));
    m_apiVersion->setPlaceholderText(kind == ProviderKind::Anthropic ? u"2023-06-01"_s
                                     : kind == ProviderKind::Gemini  ? u"v1beta"_s
                                                                     : u"2024-10-21"_s);
    m_apiVersion->setToolTip(kind == ProviderKind::Anthropic
                                 ? tr("The anthropic-version header")
                                 : tr("The API version; empty for the default"));

    const QStringList variables = ProviderKinds::keyVariables(kind);
    m_keyVariable->setPlaceholderText(variables.isEmpty() ? tr("None, e.g. OPENROUTER_API_KEY")
                                                          : variables.join(u", "_s));
}

bool ProvidersDialog::needsInsecureConfirmation(const ProviderProfile &profile) const
{
    const QUrl &url = profile.baseUrl;
    if (url.scheme() != u"http"_s || isLocalHost(url.host()))
        return false;
    if (m_confirmedOrigins.contains(originOf(url)))
        return false;
    // Saving other changes of a profile stored with this URL does not ask again.
    if (!m_isDraft) {
        const std::optional<ProviderProfile> stored = m_store->find(m_current);
        if (stored && stored->baseUrl == url)
            return false;
    }
    return true;
}

bool ProvidersDialog::isLocalHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name.isEmpty())
        return false;
    if (name == u"localhost"_s || name.endsWith(u".localhost"_s) || name.endsWith(u".local"_s))
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4)
        address = QHostAddress(ipv4); // ::ffff:a.b.c.d
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast())
        return true;
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    for (const QString &subnet : {u"10.0.0.0/8"_s, u"172.16.0.0/12"_s, u"192.168.0.0/16"_s}) {
        if (address.isInSubnet(QHostAddress::parseSubnet(subnet)))
            return true;
    }
    return false;
}

ProvidersDialog::Answer ProvidersDialog::ask(Question question, const QString &text)
{
    if (m_asker)
        return m_asker(question, text);

    QMessageBox box(this);
    box.setWindowTitle(windowTitle());
    box.setText(text);
    QAbstractButton *accept = nullptr;
    QAbstractButton *discard = nullptr;
    switch (question) {
    case Question::InsecureUrl:
        box.setIcon(QMessageBox::Warning);
        accept = box.addButton(tr("Save Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        break;
    case Question::RemoveProfile:
        box.setIcon(QMessageBox::Question);
        accept = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        break;
    case Question::ForgetKey:
        box.setIcon(QMessageBox::Question);
        accept = box.addButton(tr("Forget Key"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        break;
    case Question::UnsavedChanges:
        box.setIcon(QMessageBox::Question);
        accept = box.addButton(QMessageBox::Save);
        discard = box.addButton(QMessageBox::Discard);
        box.setDefaultButton(box.addButton(QMessageBox::Cancel));
        break;
    }
    box.exec();
    if (box.clickedButton() == accept)
        return Answer::Accept;
    if (discard && box.clickedButton() == discard)
        return Answer::Discard;
    return Answer::Cancel;
}

// --- saving ------------------------------------------------------------------------------

bool ProvidersDialog::save()
{
    if (!m_hasForm)
        return false;
    const QString problem = formProblem();
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    const ProviderProfile profile = formProfile();
    if (needsInsecureConfirmation(profile)) {
        const QString text
            = tr("The key would travel unencrypted: \"%1\" uses plain http:// to %2, which is "
                 "not this machine or your local network. Anyone on the way can read the key "
                 "and your prompts.\n\nSave anyway?")
                  .arg(profile.name, profile.baseUrl.host());
        if (ask(Question::InsecureUrl, text) != Answer::Accept)
            return false;
        m_confirmedOrigins << originOf(profile.baseUrl);
    }

    const bool draft = m_isDraft;
    const QString previous = m_current;
    const QString copyOf = m_copyOf;
    const QString typedKey = m_keyEdited ? m_key->text() : QString();
    QString error;
    m_changingStore = true;
    const bool saved
        = draft ? m_store->add(profile, &error) : m_store->update(previous, profile, &error);
    m_changingStore = false;
    if (!saved) {
        showError(sentence(error));
        return false;
    }

    const std::optional<ProviderProfile> stored = m_store->find(profile.name);
    const QString account = stored ? stored->name : profile.name;
    const bool renamed = !draft && previous != account;
    showProfile(stored.value_or(profile), false, {});
    rebuildList();
    if (!typedKey.isEmpty())
        storeKey(account, typedKey, renamed ? previous : QString());
    else if (renamed)
        transferKey(previous, account, false);
    else if (draft && !copyOf.isEmpty())
        transferKey(copyOf, account, true);
    Q_EMIT profilesChanged();
    return true;
}

// --- keys --------------------------------------------------------------------------------

QString ProvidersDialog::keyAccount() const
{
    return m_isDraft ? m_copyOf : m_current;
}

QString ProvidersDialog::environmentVariable() const
{
    const QStringList variables = formProfile().keyVariables();
    for (const QString &variable : variables) {
        if (!m_environment.value(variable).isEmpty())
            return variable;
    }
    return {};
}

void ProvidersDialog::refreshKeySource()
{
    const int generation = ++m_keyGeneration;
    m_keychainProblem.clear();
    const QString account = keyAccount();
    if (account.isEmpty()) {
        m_storedKey = StoredKey::None;
    } else if (m_sessionKeys->contains(account)) {
        m_storedKey = StoredKey::Session;
    } else {
        m_storedKey = StoredKey::Checking;
        // The value is not kept: this only learns whether there is one.
        m_keychain->read(account, this, [this, generation](const Result &result) {
            if (generation != m_keyGeneration)
                return;
            m_storedKey
                = result.ok() && !result.value.isEmpty() ? StoredKey::Keychain : StoredKey::None;
            if (result.status == Status::Unavailable || result.status == Status::Failed)
                m_keychainProblem = result.message.isEmpty() ? tr("no answer") : result.message;
            showKeySource();
        });
    }
    showKeySource();
}

void ProvidersDialog::showKeySource()
{
    const bool typed = m_keyEdited && !m_key->text().isEmpty();
    const QString variable = environmentVariable();
    const bool required = ClientFactory::keyRequired(formProfile());
    QString source;
    QString placeholder;
    switch (m_storedKey) {
    case StoredKey::Checking:
        source = tr("Checking the system keychain…");
        break;
    case StoredKey::Keychain:
        source = tr("Stored in the system keychain");
        placeholder = tr("•••• stored in keychain");
        break;
    case StoredKey::Session:
        source = tr("Kept for this session only");
        placeholder = tr("•••• kept for this session");
        break;
    case StoredKey::None:
        if (!variable.isEmpty()) {
            source = tr("From $%1").arg(variable);
            placeholder = tr("Using $%1; type a key to store one").arg(variable);
        } else {
            source = tr("No key");
            if (!m_keychainProblem.isEmpty())
                source += tr(" (the system keychain is unavailable: %1)").arg(m_keychainProblem);
            else if (required)
                source += tr(" — this provider needs one");
            placeholder = required ? tr("Paste your API key")
                                   : tr("Optional: local servers usually need none");
        }
        break;
    }
    if (m_isDraft && !m_copyOf.isEmpty()
        && (m_storedKey == StoredKey::Keychain || m_storedKey == StoredKey::Session))
        source += tr(" (copied from \"%1\" when saved)").arg(m_copyOf);
    if (typed && !m_pendingAccount.isEmpty() && m_pendingAccount == keyAccount())
        source = tr("Not stored: the system keychain did not take it (see the notice above)");
    else if (typed)
        source = tr("New key: stored in the system keychain when you save");
    m_keySource->setText(source);
    m_key->setPlaceholderText(placeholder);
    const bool stored = m_storedKey == StoredKey::Keychain || m_storedKey == StoredKey::Session;
    m_forget->setEnabled(!m_isDraft && stored);
    m_reveal->setEnabled(!m_key->text().isEmpty() || stored || !variable.isEmpty());
}

void ProvidersDialog::onRevealToggled(bool revealed)
{
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_key->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (!revealed) {
        // A revealed stored key leaves the field again; a typed one stays.
        if (m_keyFromStore && !m_keyEdited) {
            m_updating = true;
            m_key->clear();
            m_updating = false;
        }
        m_keyFromStore = false;
        return;
    }
    if (!m_key->text().isEmpty() || m_updating)
        return;
    const int generation = m_keyGeneration;
    const auto fill = [this, generation](const Result &result) {
        if (generation != m_keyGeneration || !m_reveal->isChecked() || !m_key->text().isEmpty()
            || !result.ok())
            return;
        m_updating = true;
        m_key->setText(result.value);
        m_updating = false;
        m_keyFromStore = true;
    };
    switch (m_storedKey) {
    case StoredKey::Session:
        m_sessionKeys->read(keyAccount(), this, fill);
        break;
    case StoredKey::Keychain:
        m_keychain->read(keyAccount(), this, fill);
        break;
    case StoredKey::Checking:
    case StoredKey::None:
        if (const QString value = ClientFactory::resolveKey(formProfile(), m_environment);
            !value.isEmpty())
            fill({Status::Ok, value, {}});
        break;
    }
}

void ProvidersDialog::forgetKey()
{
    const QString account = m_current;
    if (account.isEmpty() || m_isDraft)
        return;
    if (ask(Question::ForgetKey,
            tr("Forget the key stored for \"%1\"? It cannot be shown again.").arg(account))
        != Answer::Accept)
        return;
    m_updating = true;
    m_key->clear();
    m_updating = false;
    m_keyEdited = false;
    m_keyFromStore = false;
    m_reveal->setChecked(false);
    removeKeys(account);
    onFormEdited();
}

void ProvidersDialog::withKey(std::function<void(const QString &)> done)
{
    if (!m_key->text().isEmpty()) {
        done(m_key->text());
        return;
    }
    const QString account = keyAccount();
    const QString fromEnvironment = ClientFactory::resolveKey(formProfile(), m_environment);
    if (account.isEmpty()) {
        done(fromEnvironment);
        return;
    }
    const auto answer = [done, fromEnvironment](const Result &result) {
        done(result.ok() && !result.value.isEmpty() ? result.value : fromEnvironment);
    };
    if (m_sessionKeys->contains(account))
        m_sessionKeys->read(account, this, answer);
    else
        m_keychain->read(account, this, answer);
}

void ProvidersDialog::storeKey(const QString &account, const QString &key,
                               const QString &replacedAccount)
{
    m_keychain->write(account, key, this,
                      [this, account, key, replacedAccount](const Result &result) {
                          if (!result.ok()) {
                              offerSessionKey(account, key, result);
                              return;
                          }
                          // A session copy would hide the key now in the keychain.
                          m_sessionKeys->remove(account, this, ignoreResult);
                          if (m_pendingAccount == account) {
                              m_pendingAccount.clear();
                              m_pendingKey.clear();
                              m_keychainNotice->hide();
                          }
                          if (!replacedAccount.isEmpty() && replacedAccount != account)
                              removeKeys(replacedAccount);
                          Q_EMIT keyChanged(account);
                          if (m_hasForm && keyAccount() == account)
                              refreshKeySource();
                      });
}

void ProvidersDialog::transferKey(const QString &from, const QString &to, bool keepOriginal)
{
    // This session's key (memory: nothing can fail).
    if (m_sessionKeys->contains(from)) {
        m_sessionKeys->read(from, this, [this, from, to, keepOriginal](const Result &result) {
            if (!result.ok())
                return;
            m_sessionKeys->write(to, result.value, this, ignoreResult);
            if (!keepOriginal) {
                m_sessionKeys->remove(from, this, ignoreResult);
                Q_EMIT keyChanged(from);
            }
            Q_EMIT keyChanged(to);
            if (m_hasForm && keyAccount() == to)
                refreshKeySource();
        });
    }
    // The keychain's: read, write under the new account, then remove the old one.
    m_keychain->read(from, this, [this, from, to, keepOriginal](const Result &read) {
        if (read.status == Status::NotFound || (read.ok() && read.value.isEmpty()))
            return;
        if (!read.ok()) {
            m_keychainNotice->showNotice(
                NoticeBar::Level::Warning,
                tr("The key of \"%1\" could not be read from the system keychain to copy it to "
                   "\"%2\": %3")
                    .arg(from.toHtmlEscaped(), to.toHtmlEscaped(), read.message.toHtmlEscaped()));
            return;
        }
        const QString value = read.value;
        m_keychain->write(to, value, this, [this, from, to, value, keepOriginal](const Result &w) {
            if (!w.ok()) {
                offerSessionKey(to, value, w);
                return;
            }
            Q_EMIT keyChanged(to);
            if (m_hasForm && keyAccount() == to)
                refreshKeySource();
            if (keepOriginal)
                return;
            m_keychain->remove(from, this,
                               [this, from](const Result &) { Q_EMIT keyChanged(from); });
        });
    });
}

void ProvidersDialog::removeKeys(const QString &account)
{
    m_sessionKeys->remove(account, this, ignoreResult);
    if (m_pendingAccount == account) {
        m_pendingAccount.clear();
        m_pendingKey.clear();
        m_keychainNotice->hide();
    }
    m_keychain->remove(account, this, [this, account](const Result &result) {
        if (!result.ok() && result.status != Status::NotFound)
            m_keychainNotice->showNotice(
                NoticeBar::Level::Warning,
                tr("The key of \"%1\" could not be removed from the system keychain: %2")
                    .arg(account.toHtmlEscaped(), result.message.toHtmlEscaped()));
        Q_EMIT keyChanged(account);
        if (m_hasForm && keyAccount() == account)
            refreshKeySource();
    });
}

void ProvidersDialog::offerSessionKey(const QString &account, const QString &key,
                                      const Result &result)
{
    m_pendingAccount = account;
    m_pendingKey = key;
    const QString why = result.message.isEmpty() ? tr("no answer") : result.message;
    const QString problem
        = result.status == Status::Unavailable
              ? tr("No system keychain is available (%1), so the key for \"%2\" was not stored.")
              : tr("The system keychain did not store the key for \"%2\" (%1).");
    m_keychainNotice->showNotice(NoticeBar::Level::Warning,
                                 problem.arg(why.toHtmlEscaped(), account.toHtmlEscaped()) + u' '
                                     + tr("Keys are never written to disk in plain text.")
                                     + u" <a href=\""_s + keepForSessionLink + u"\">"_s
                                     + tr("Keep for this session only") + u"</a>"_s);
    // The key is not stored yet: it stays in the field, and Save can try again.
    if (m_hasForm && keyAccount() == account && m_key->text().isEmpty()) {
        m_updating = true;
        m_key->setText(key);
        m_updating = false;
        m_keyEdited = true;
        onFormEdited();
    }
}

void ProvidersDialog::onNoticeLink(const QString &link)
{
    if (link != keepForSessionLink || m_pendingAccount.isEmpty())
        return;
    const QString account = m_pendingAccount;
    const QString key = m_pendingKey;
    m_pendingAccount.clear();
    m_pendingKey.clear();
    m_sessionKeys->write(account, key, this, [this, account, key](const Result &) {
        m_keychainNotice->showNotice(
            NoticeBar::Level::Info,
            tr("The key for \"%1\" is kept for this session only: it is forgotten when "
               "Modelkit Playground quits.")
                .arg(account.toHtmlEscaped()));
        if (m_hasForm && keyAccount() == account && m_key->text() == key) {
            m_updating = true;
            m_key->clear();
            m_updating = false;
            m_keyEdited = false;
            m_keyFromStore = false;
        }
        Q_EMIT keyChanged(account);
        if (m_hasForm && keyAccount() == account) {
            refreshKeySource();
            onFormEdited();
        }
    });
}

// --- Test connection ---------------------------------------------------------------------

bool ProvidersDialog::isTestRunning() const
{
    return m_testWaitingForKey || m_testJob;
}

void ProvidersDialog::testConnection()
{
    if (!m_hasForm)
        return;
    if (isTestRunning())
        cancelTest();
    const int generation = ++m_testGeneration;
    const QString problem = formProblem();
    if (!problem.isEmpty()) {
        showTestResult(problem, Tone::Failure);
        return;
    }
    setTestRunning(true);
    m_testWaitingForKey = true;
    showTestResult(tr("Connecting…"), Tone::Neutral);
    withKey([this, generation](const QString &key) {
        if (generation != m_testGeneration)
            return;
        m_testWaitingForKey = false;
        startTest(key, generation);
    });
}

void ProvidersDialog::startTest(const QString &key, int generation)
{
    QString error;
    std::unique_ptr<ChatCompletionClient> client
        = ClientFactory::create(formProfile(), key, m_transport, &error);
    ModelListJob *job = client ? client->listModels() : nullptr;
    if (!job) {
        setTestRunning(false);
        showTestResult(sentence(removeSecret(error, key)), Tone::Failure);
        return;
    }
    // The job is the client's child: both go when it has reported.
    ChatCompletionClient *owner = client.release();
    owner->setParent(this);
    m_testJob = job;
    connect(job, &ModelListJob::finished, this, [this, owner, job, generation, key] {
        owner->deleteLater();
        if (generation != m_testGeneration)
            return;
        m_testJob = nullptr;
        setTestRunning(false);
        if (job->hasError()) {
            showTestResult(tr("Failed: %1").arg(removeSecret(job->error().toString(), key)),
                           Tone::Failure);
            return;
        }
        const QList<ModelDescriptor> &models = job->models();
        const QString model = m_model->currentText();
        m_updating = true;
        m_model->clear();
        for (const ModelDescriptor &descriptor : models) {
            m_model->addItem(descriptor.id);
            if (!descriptor.displayName.isEmpty() && descriptor.displayName != descriptor.id)
                m_model->setItemData(m_model->count() - 1, descriptor.displayName, Qt::ToolTipRole);
        }
        m_model->setEditText(model);
        m_updating = false;
        showTestResult(models.size() == 1 ? tr("Connected — 1 model")
                                          : tr("Connected — %1 models").arg(models.size()),
                       Tone::Success);
    });
}

void ProvidersDialog::cancelTest()
{
    const bool running = isTestRunning();
    ++m_testGeneration;
    m_testWaitingForKey = false;
    if (QPointer<ModelListJob> job = m_testJob) {
        m_testJob = nullptr;
        job->cancel();
    }
    if (running) {
        setTestRunning(false);
        showTestResult(tr("Cancelled"), Tone::Neutral);
    }
}

void ProvidersDialog::setTestRunning(bool running)
{
    m_testButton->setText(running ? tr("Cancel") : tr("Test connection"));
    m_testButton->setIcon(running ? Icons::icon(Icons::Name::Stop) : QIcon());
}

void ProvidersDialog::showTestResult(const QString &text, Tone tone)
{
    m_testResult->setText(text);
    QPalette palette = m_testResult->palette();
    palette.setColor(QPalette::WindowText, tone == Tone::Failure ? problemColor()
                                           : tone == Tone::Success
                                               ? successColor()
                                               : this->palette().color(QPalette::WindowText));
    m_testResult->setPalette(palette);
}

// --- closing -------------------------------------------------------------------------------

void ProvidersDialog::reject()
{
    if (!confirmLeave())
        return;
    cancelTest();
    QDialog::reject();
}

} // namespace playground
