// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "session/playgroundsession.h"

#include "cache/cachestore.h"
#include "cache/cachestorespec.h"
#include "cache/chatcompletioncache.h"
#include "core/jsonerror.h"
#include "core/modellistjob.h"
#include "core/tokenestimator.h"
#include "profiles/clientfactory.h"
#include "profiles/secretstore.h"
#include "providers/demo/democlient.h"
#include "session/jsontextcheck.h"
#include "transport/httptransport.h"
#include "usage/usageledger.h"
#include "usage/usagerecord.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QScopedValueRollback>
#include <QUuid>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

PlaygroundSession::PlaygroundSession(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_transport(new HttpTransport(m_nam, this))
    , m_keyResolver([](const ProviderProfile &profile) {
        return ClientFactory::resolveKey(profile, QProcessEnvironment::systemEnvironment());
    })
    , m_conversationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // Every change a saved document would see, for autosave.
    for (auto signal :
         {&PlaygroundSession::messagesReset, &PlaygroundSession::toolsChanged,
          &PlaygroundSession::toolChoiceChanged, &PlaygroundSession::jsonOutputChanged,
          &PlaygroundSession::parametersChanged})
        connect(this, signal, this, &PlaygroundSession::markChanged);
    for (auto signal : {&PlaygroundSession::messageInserted, &PlaygroundSession::messageRemoved,
                        &PlaygroundSession::messageChanged})
        connect(this, signal, this, &PlaygroundSession::markChanged);
    connect(this, &PlaygroundSession::messageMoved, this, &PlaygroundSession::markChanged);
    // A key read or a catalog update also says providerChanged: only another profile or
    // model is a change of the document.
    connect(this, &PlaygroundSession::providerChanged, this, [this] {
        const QString target = providerLabel() + u'\n' + m_model;
        if (target == m_documentTarget)
            return;
        m_documentTarget = target;
        m_keepDocumentTarget = false;
        markChanged();
    });
    connect(this, &PlaygroundSession::runStarted, this, [this](Run *run) {
        if (run->isRestored())
            return;
        markChanged();
        // A streamed reply is saved as it grows, so a crash never loses its text. A run of
        // a conversation no longer open is saved into that one when it finishes.
        auto grew = [this, run] {
            if (run->conversationId() == m_conversationId)
                markChanged();
        };
        for (auto delta : {&Run::textDelta, &Run::thoughtDelta})
            connect(run, delta, this, grew);
        connect(run, &Run::toolCallDelta, this, grew);
        connect(run, &Run::finished, this, grew);
    });
    m_catalog.loadBuiltin();
    // A broken overrides file is reported by the catalog and kept; the built-in data works.
    m_catalog.loadOverrides(ModelCatalog::defaultOverridesPath());
    rebuildClient();
}

PlaygroundSession::~PlaygroundSession()
{
    // Runs cancel their sockets while the transport and the cache store still exist.
    qDeleteAll(m_runs);
    m_runs.clear();
    m_client.reset();
}

// --- Conversation ----------------------------------------------------------------------

void PlaygroundSession::setTitle(const QString &title, bool isEdit)
{
    if (m_title == title)
        return;
    m_title = title;
    Q_EMIT titleChanged();
    if (isEdit)
        markChanged();
}

void PlaygroundSession::markChanged()
{
    if (m_loading)
        return;
    m_updatedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT documentChanged();
}

CompletionRequest PlaygroundSession::documentRequest() const
{
    CompletionRequest request;
    request.messages = m_messages;
    for (const QString &text : m_toolTexts) {
        ToolSchema tool;
        if (toolProblem(text, &tool).isEmpty())
            request.tools.append(tool);
    }
    request.toolChoice = m_toolChoice;
    if (m_jsonOutputMode == JsonOutput::Mode::JsonObject)
        request.jsonOutput = JsonOutput::jsonObject();
    if (m_jsonOutputMode == JsonOutput::Mode::JsonSchema) {
        const JsonTextCheck check = JsonTextCheck::parse(m_jsonSchemaText);
        if (check.isValid() && check.document().isObject())
            request.jsonOutput
                = JsonOutput::jsonSchema(m_jsonSchemaName.trimmed(), check.document().object());
    }
    request.parameters = m_parameters;
    request.extraCreateArgs = m_document.extraCreateArgs;
    return request;
}

Conversation PlaygroundSession::toConversation() const
{
    Conversation document = m_document;
    document.id = m_conversationId;
    document.title = m_title;
    if (!document.createdAt.isValid())
        document.createdAt = QDateTime::currentDateTimeUtc();
    // Unchanged since it was opened: exporting it again gives the same bytes.
    document.updatedAt = m_updatedAt.isValid() ? m_updatedAt : QDateTime::currentDateTimeUtc();
    if (!m_keepDocumentTarget) {
        document.profileName = isDemo() ? QString() : m_profiles.at(m_profileIndex).name;
        document.provider
            = isDemo() ? u"demo"_s : ProviderKinds::id(m_profiles.at(m_profileIndex).kind);
        document.model = m_model;
    }
    document.setRequest(documentRequest());
    document.runs = m_savedRuns;
    for (const Run *run : m_runs) {
        if (run->conversationId() == m_conversationId)
            document.runs.append(run->toConversationRun());
    }
    // Forgetting skips the selected and running runs, so the list may be out of order.
    std::stable_sort(document.runs.begin(), document.runs.end(),
                     [](const ConversationRun &a, const ConversationRun &b) {
                         return a.startedAt < b.startedAt;
                     });
    // What the editors hold as typed (a tool being fixed, a half-written schema), so a
    // restart brings back exactly that. Other programs ignore the field; a reader keeps
    // unknown fields in `preserved`, so it is put there as if read from a file.
    QJsonObject read = document.preserved.read();
    read.insert(u"playground"_s,
                QJsonObject{{u"tool_texts"_s, QJsonArray::fromStringList(m_toolTexts)},
                            {u"json_output_mode"_s, int(m_jsonOutputMode)},
                            {u"json_schema_text"_s, m_jsonSchemaText},
                            {u"json_schema_name"_s, m_jsonSchemaName},
                            {u"stream"_s, m_streaming}});
    document.preserved = PreservedJson(read, document.preserved.written());
    return document;
}

void PlaygroundSession::loadConversation(const Conversation &conversation)
{
    const QJsonObject editors = conversation.preserved.read().value(u"playground"_s).toObject();
    const QScopedValueRollback loading(m_loading, true);
    // Runs of the previous document go (their text is saved with it); running ones finish
    // and are saved into their own conversation.
    const QList<Run *> previous = m_runs;
    QList<qint64> live; // start times of this conversation's runs still streaming
    for (Run *run : previous) {
        if (run->isRunning()) {
            if (run->conversationId() == conversation.id)
                live.append(run->startedAtMs());
            continue;
        }
        m_runs.removeOne(run);
        if (m_selectedRun == run)
            m_selectedRun = nullptr;
        Q_EMIT runRemoved(run);
        run->deleteLater();
    }

    // Provider first: choosing a profile resets the model.
    bool found = conversation.provider == u"demo";
    if (found) {
        selectProfile(-1);
    } else {
        for (int i = 0; i < m_profiles.size(); ++i) {
            if (!conversation.profileName.isEmpty()
                && m_profiles.at(i).name == conversation.profileName) {
                selectProfile(i);
                found = true;
            }
        }
    }
    if (!conversation.model.isEmpty() && found)
        setModel(conversation.model);

    setMessages(conversation.llmMessages()); // also starts fresh totals and saved runs
    m_document = conversation;
    m_document.runs.clear();
    m_conversationId = conversation.id.isEmpty()
                           ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                           : conversation.id;
    m_title = conversation.title;
    m_updatedAt = conversation.updatedAt;

    QStringList tools;
    if (editors.value(u"tool_texts"_s).isArray()) {
        const QJsonArray texts = editors.value(u"tool_texts"_s).toArray();
        for (const QJsonValue &text : texts)
            tools << text.toString();
    } else {
        for (const ToolSchema &tool : conversation.tools)
            tools << QString::fromUtf8(
                QJsonDocument(tool.toJson()).toJson(QJsonDocument::Indented));
    }
    m_toolTexts = tools;
    m_toolChoice = conversation.toolChoice;
    Q_EMIT toolsChanged();
    Q_EMIT toolChoiceChanged();

    m_jsonOutputMode = conversation.jsonOutput.mode;
    m_jsonSchemaName
        = conversation.jsonOutput.name.isEmpty() ? u"response"_s : conversation.jsonOutput.name;
    m_jsonSchemaText
        = conversation.jsonOutput.schema.isEmpty()
              ? QString()
              : QString::fromUtf8(
                  QJsonDocument(conversation.jsonOutput.schema).toJson(QJsonDocument::Indented));
    if (editors.contains(u"json_schema_text"_s)) {
        m_jsonOutputMode
            = JsonOutput::Mode(std::clamp(editors.value(u"json_output_mode"_s).toInt(), 0, 2));
        m_jsonSchemaText = editors.value(u"json_schema_text"_s).toString();
        m_jsonSchemaName = editors.value(u"json_schema_name"_s).toString(m_jsonSchemaName);
    }
    Q_EMIT jsonOutputChanged();
    m_parameters = conversation.parameters;
    m_streaming = editors.value(u"stream"_s).toBool(true);
    Q_EMIT parametersChanged();

    // The latest runs come back as finished runs; older ones stay in the document. A run
    // still streaming here was saved cut off: the live one replaces that copy.
    QList<ConversationRun> runs;
    for (const ConversationRun &saved : conversation.runs) {
        if (!live.contains(saved.startedAt.toMSecsSinceEpoch()))
            runs.append(saved);
    }
    const qsizetype firstShown = std::max<qsizetype>(0, runs.size() - maxRestoredRuns);
    m_savedRuns = runs.mid(0, firstShown);
    for (const ConversationRun &saved : std::as_const(m_savedRuns))
        m_conversationTotals.add(saved);
    for (qsizetype i = firstShown; i < runs.size(); ++i) {
        const ConversationRun &saved = runs.at(i);
        CompletionRequest request = conversation.toRequest();
        request.messages = request.messages.mid(0, saved.messageCount);
        auto *run = new Run(++m_runCounter, saved, request, this);
        run->setConversationId(m_conversationId);
        m_conversationTotals.add(*run);
        m_runs.append(run);
        Q_EMIT runStarted(run);
        Q_EMIT runFinished(run);
    }
    selectRun(m_runs.isEmpty() ? nullptr : m_runs.last());
    // A profile this window does not have: what is saved keeps the document's choice until
    // the user picks a provider here.
    m_keepDocumentTarget = !found;
    Q_EMIT titleChanged();
    Q_EMIT usageChanged();
}

void PlaygroundSession::setMessages(const QList<LlmMessage> &messages)
{
    // A new or loaded conversation: its calls are told apart in the usage ledger.
    m_conversationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_conversationTotals = {};
    m_savedRuns.clear();
    m_document = {};
    m_document.createdAt = QDateTime::currentDateTimeUtc();
    m_keepDocumentTarget = false;
    m_title.clear();
    m_messages = messages;
    Q_EMIT messagesReset();
    Q_EMIT usageChanged();
}

void PlaygroundSession::insertMessage(int index, const LlmMessage &message)
{
    index = qBound(0, index, int(m_messages.size()));
    m_messages.insert(index, message);
    Q_EMIT messageInserted(index);
}

int PlaygroundSession::appendMessage(const LlmMessage &message)
{
    const int index = int(m_messages.size());
    insertMessage(index, message);
    return index;
}

void PlaygroundSession::updateMessage(int index, const LlmMessage &message)
{
    if (index < 0 || index >= m_messages.size())
        return;
    m_messages[index] = message;
    Q_EMIT messageChanged(index);
}

void PlaygroundSession::removeMessage(int index)
{
    if (index < 0 || index >= m_messages.size())
        return;
    m_messages.removeAt(index);
    Q_EMIT messageRemoved(index);
}

void PlaygroundSession::moveMessage(int from, int to)
{
    if (from < 0 || from >= m_messages.size() || to < 0 || to >= m_messages.size() || from == to)
        return;
    m_messages.move(from, to);
    Q_EMIT messageMoved(from, to);
}

// --- Tools and output format -------------------------------------------------------------

int PlaygroundSession::addTool(const QString &json)
{
    m_toolTexts.append(json);
    Q_EMIT toolsChanged();
    return int(m_toolTexts.size()) - 1;
}

void PlaygroundSession::setToolText(int index, const QString &json)
{
    if (index < 0 || index >= m_toolTexts.size() || m_toolTexts.at(index) == json)
        return;
    m_toolTexts[index] = json;
    Q_EMIT toolsChanged();
}

void PlaygroundSession::removeTool(int index)
{
    if (index < 0 || index >= m_toolTexts.size())
        return;
    m_toolTexts.removeAt(index);
    Q_EMIT toolsChanged();
}

QString PlaygroundSession::toolProblem(const QString &json, ToolSchema *tool)
{
    const JsonTextCheck check = JsonTextCheck::parse(json);
    if (!check.isValid())
        return check.message();
    if (!check.document().isObject())
        return tr("A tool is a JSON object with \"name\", \"description\" and \"parameters\".");
    JsonError error;
    const std::optional<ToolSchema> schema
        = ToolSchema::fromJson(check.document().object(), &error);
    if (!schema)
        return error.toString();
    if (tool)
        *tool = *schema;
    return {};
}

QString PlaygroundSession::toolName(const QString &json)
{
    const JsonTextCheck check = JsonTextCheck::parse(json);
    const QString name = check.document().object().value(u"name"_s).toString();
    return name.isEmpty() ? tr("(unnamed tool)") : name;
}

void PlaygroundSession::setToolChoice(const ToolChoice &choice)
{
    if (m_toolChoice == choice)
        return;
    m_toolChoice = choice;
    Q_EMIT toolChoiceChanged();
}

void PlaygroundSession::setJsonOutputMode(JsonOutput::Mode mode)
{
    if (m_jsonOutputMode == mode)
        return;
    m_jsonOutputMode = mode;
    Q_EMIT jsonOutputChanged();
}

void PlaygroundSession::setJsonSchemaText(const QString &text)
{
    if (m_jsonSchemaText == text)
        return;
    m_jsonSchemaText = text;
    Q_EMIT jsonOutputChanged();
}

void PlaygroundSession::setJsonSchemaName(const QString &name)
{
    if (m_jsonSchemaName == name)
        return;
    m_jsonSchemaName = name;
    Q_EMIT jsonOutputChanged();
}

// --- Parameters --------------------------------------------------------------------------

void PlaygroundSession::setParameters(const CompletionParameters &parameters)
{
    if (m_parameters == parameters)
        return;
    m_parameters = parameters;
    Q_EMIT parametersChanged();
}

void PlaygroundSession::setStreaming(bool streaming)
{
    if (m_streaming == streaming)
        return;
    m_streaming = streaming;
    Q_EMIT parametersChanged();
}

// --- Provider and model ------------------------------------------------------------------

void PlaygroundSession::setProfiles(const QList<ProviderProfile> &profiles)
{
    const QString selected = isDemo() ? QString() : m_profiles.at(m_profileIndex).name;
    m_profiles = profiles;
    int index = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (!selected.isEmpty() && m_profiles.at(i).name == selected)
            index = i;
    }
    m_profileIndex = index;
    rebuildClient();
    Q_EMIT providerChanged();
    Q_EMIT cacheChanged();
}

void PlaygroundSession::selectProfile(int index)
{
    if (index >= m_profiles.size())
        index = -1;
    index = qMax(-1, index);
    m_profileIndex = index;
    m_model = isDemo() ? QString() : m_profiles.at(index).model;
    rebuildClient();
    Q_EMIT providerChanged();
    Q_EMIT cacheChanged(); // the switch is per profile
}

void PlaygroundSession::setModel(const QString &model)
{
    if (m_model == model.trimmed())
        return;
    m_model = model.trimmed();
    rebuildClient();
    Q_EMIT providerChanged();
}

QString PlaygroundSession::providerLabel() const
{
    return isDemo() ? demoLabel() : m_profiles.at(m_profileIndex).name;
}

QString PlaygroundSession::demoLabel()
{
    return tr("Demo (offline)");
}

void PlaygroundSession::setKeyResolver(KeyResolver resolver)
{
    m_keyResolver = std::move(resolver);
    rebuildClient();
    Q_EMIT providerChanged();
}

void PlaygroundSession::setSecretStores(SecretStore *keychain, SecretStore *sessionOnly)
{
    m_keychain = keychain;
    m_sessionKeys = sessionOnly;
    m_keys.clear();
    rebuildClient();
    Q_EMIT providerChanged();
}

void PlaygroundSession::forgetKey(const QString &profileName)
{
    m_keys.remove(profileName);
    // A read in flight is abandoned: whoever waits for it must ask again.
    const bool wasFetching = m_fetchingKeys.remove(profileName);
    if (!isDemo() && m_profiles.at(m_profileIndex).name == profileName) {
        rebuildClient();
        Q_EMIT providerChanged();
    }
    if (wasFetching)
        Q_EMIT keyRead(profileName);
}

QString PlaygroundSession::apiKey(const ProviderProfile &profile) const
{
    QString key = m_keys.value(profile.name);
    if (key.isEmpty() && m_keyResolver)
        key = m_keyResolver(profile);
    return key;
}

bool PlaygroundSession::hasApiKey() const
{
    return !isDemo() && !apiKey(m_profiles.at(m_profileIndex)).isEmpty();
}

bool PlaygroundSession::isKeyPending() const
{
    return !isDemo() && m_fetchingKeys.contains(m_profiles.at(m_profileIndex).name);
}

void PlaygroundSession::fetchKey(const QString &profileName)
{
    if ((!m_keychain && !m_sessionKeys) || m_fetchingKeys.contains(profileName))
        return;
    m_fetchingKeys.insert(profileName);
    auto fromKeychain = [this, profileName] {
        if (!m_keychain) {
            keyFetched(profileName, {});
            return;
        }
        m_keychain->read(profileName, this, [this, profileName](const SecretStore::Result &r) {
            // Not found or no keychain: the fallback resolver (environment) applies.
            keyFetched(profileName, r.ok() ? r.value : QString());
        });
    };
    if (!m_sessionKeys) {
        fromKeychain();
        return;
    }
    m_sessionKeys->read(profileName, this,
                        [this, profileName, fromKeychain](const SecretStore::Result &r) {
                            if (r.ok())
                                keyFetched(profileName, r.value);
                            else
                                fromKeychain();
                        });
}

void PlaygroundSession::keyFetched(const QString &profileName, const QString &key)
{
    if (!m_fetchingKeys.remove(profileName))
        return; // forgotten meanwhile
    m_keys.insert(profileName, key);
    if (!isDemo() && m_profiles.at(m_profileIndex).name == profileName) {
        rebuildClient();
        Q_EMIT providerChanged();
    }
    Q_EMIT keyRead(profileName);
}

ModelInfo PlaygroundSession::modelInfo() const
{
    return m_client ? m_client->modelInfo() : ModelInfo::permissive();
}

ModelListJob *PlaygroundSession::listModels()
{
    return m_client ? m_client->listModels() : nullptr;
}

void PlaygroundSession::rebuildClient()
{
    // Runs in flight keep their own reference to the old client.
    m_client.reset();
    m_providerProblem.clear();
    if (!isDemo() && !m_keys.contains(m_profiles.at(m_profileIndex).name))
        fetchKey(m_profiles.at(m_profileIndex).name);
    QString error;
    std::unique_ptr<ChatCompletionClient> client
        = createClient(m_profileIndex, m_model, isCacheEnabled(), &error);
    if (!client) {
        m_providerProblem = error;
        return;
    }
    m_model = client->model();
    m_client = std::move(client);
}

std::unique_ptr<ChatCompletionClient>
PlaygroundSession::createClient(int profileIndex, const QString &model, bool cached, QString *error)
{
    std::unique_ptr<ChatCompletionClient> client;
    QString scope;
    if (profileIndex < 0) {
        client = std::make_unique<DemoClient>(model);
        scope = u"demo"_s;
    } else {
        ProviderProfile profile = m_profiles.at(profileIndex);
        if (!model.isEmpty())
            profile.model = model;
        const QString key = apiKey(profile);
        // The catalog knows the model's capabilities better than the provider's own table.
        ClientFactory::Overrides overrides;
        const CatalogEntry entry = m_catalog.lookup(profile.kind, profile.model);
        if (entry.known)
            overrides.modelInfo = entry.toModelInfo();
        client = ClientFactory::create(profile, key, m_transport, overrides, error);
        if (!client)
            return nullptr;
        // Two servers speaking the same dialect must not share cached answers.
        scope = profile.baseUrl.toString();
    }
    if (!cached || !cacheStore())
        return client;
    ChatCompletionClient *inner = client.release();
    auto cache = std::make_unique<ChatCompletionCache>(inner, m_cacheStore);
    inner->setParent(cache.get());
    cache->setKeyScope(scope);
    return cache;
}

int PlaygroundSession::indexOfProfile(const QString &name) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name)
            return i;
    }
    return -1;
}

std::unique_ptr<ChatCompletionClient> PlaygroundSession::makeClient(const QString &profileName,
                                                                    const QString &model,
                                                                    std::optional<bool> cache,
                                                                    QString *error)
{
    const int index = profileName.isEmpty() ? -1 : indexOfProfile(profileName);
    if (!profileName.isEmpty() && index < 0) {
        if (error)
            *error = tr("There is no provider profile named \u201c%1\u201d.").arg(profileName);
        return nullptr;
    }
    if (index >= 0 && m_fetchingKeys.contains(profileName)) {
        if (error)
            *error = tr("Still reading the API key of %1 from the keychain.").arg(profileName);
        return nullptr;
    }
    const bool cached
        = cache.value_or(index < 0 ? m_demoCacheEnabled : m_profiles.at(index).cacheResponses);
    QString why;
    auto client = createClient(index, model, cached, &why);
    if (!client && error)
        *error = why;
    return client;
}

bool PlaygroundSession::readKeys(const QStringList &profileNames)
{
    bool ready = true;
    for (const QString &name : profileNames) {
        if (name.isEmpty() || indexOfProfile(name) < 0)
            continue;
        if (!m_keys.contains(name))
            fetchKey(name);
        if (m_fetchingKeys.contains(name))
            ready = false;
    }
    return ready;
}

void PlaygroundSession::recordRun(const ConversationRun &run, const QString &profileLabel,
                                  const QString &conversationId)
{
    m_sessionTotals.add(run);
    if (conversationId == m_conversationId)
        m_conversationTotals.add(run);
    if (m_ledger) {
        UsageRecord record = UsageRecord::fromResult(run.result.value_or(CreateResult{}));
        record.source = u"app"_s;
        record.profile = profileLabel;
        record.provider = run.provider;
        record.model = run.model;
        record.costUsd = run.costUsd;
        record.latencyMs = run.totalMs.value_or(0);
        record.timeToFirstTokenMs = run.timeToFirstTokenMs;
        record.usage = run.usage;
        record.estimated = run.usageEstimated || run.provider == u"demo";
        if (run.error)
            record.errorKind = ModelError::kindName(run.error->kind);
        record.conversationId = conversationId;
        m_ledger->record(record);
    }
    Q_EMIT usageChanged();
}

bool PlaygroundSession::isCacheEnabled() const
{
    return isDemo() ? m_demoCacheEnabled : m_profiles.at(m_profileIndex).cacheResponses;
}

void PlaygroundSession::setCacheEnabled(bool enabled)
{
    if (isCacheEnabled() == enabled)
        return;
    if (isDemo())
        m_demoCacheEnabled = enabled;
    else
        m_profiles[m_profileIndex].cacheResponses = enabled;
    rebuildClient();
    Q_EMIT cacheChanged();
    if (!isDemo())
        Q_EMIT profileEdited(m_profiles.at(m_profileIndex));
}

void PlaygroundSession::setCacheStore(CacheStore *store)
{
    m_cacheStore = store;
    rebuildClient();
    Q_EMIT cacheChanged();
}

CacheStore *PlaygroundSession::cacheStore()
{
    if (!m_cacheStore) {
        QString error;
        m_ownCacheStore = CacheStoreSpec::open(u"disk"_s, std::nullopt, &error);
        m_cacheStore = m_ownCacheStore.get();
        if (!m_cacheStore)
            m_providerProblem = tr("Response cache unavailable: %1").arg(error);
    }
    return m_cacheStore;
}

// --- Catalog and cost -------------------------------------------------------------------

void PlaygroundSession::setCatalog(const ModelCatalog &catalog)
{
    m_catalog = catalog;
    rebuildClient();
    Q_EMIT providerChanged();
}

CatalogEntry PlaygroundSession::catalogEntry() const
{
    if (isDemo()) {
        // The Demo provider is local and free.
        CatalogEntry demo = CatalogEntry::unknown(u"demo"_s, m_model);
        demo.price = {0.0, 0.0, 0.0, 0.0};
        return demo;
    }
    const ProviderProfile &profile = m_profiles.at(m_profileIndex);
    return m_catalog.lookup(profile.kind, m_model.isEmpty() ? profile.model : m_model);
}

// --- Tokens ------------------------------------------------------------------------------

qint64 PlaygroundSession::estimateTokens(const LlmMessage &message)
{
    return TokenEstimator::message(message);
}

qint64 PlaygroundSession::estimateRequestTokens() const
{
    QList<ToolSchema> tools;
    for (const QString &text : m_toolTexts) {
        ToolSchema tool;
        if (toolProblem(text, &tool).isEmpty())
            tools.append(tool);
    }
    return TokenEstimator::request(m_messages, tools);
}

std::optional<double> PlaygroundSession::estimateSendCostUsd() const
{
    if (isDemo())
        return 0.0; // scripted and offline: nothing is billed
    RequestUsage usage;
    usage.promptTokens = estimateRequestTokens();
    usage.completionTokens = m_parameters.maxTokens.value_or(assumedReplyTokens);
    return catalogEntry().price.cost(usage);
}

// --- Runs --------------------------------------------------------------------------------

std::optional<CompletionRequest> PlaygroundSession::buildRequest(QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    CompletionRequest request;
    request.messages = m_messages;
    for (int i = 0; i < m_toolTexts.size(); ++i) {
        ToolSchema tool;
        if (const QString problem = toolProblem(m_toolTexts.at(i), &tool); !problem.isEmpty())
            return fail(
                tr("Tool %1 (%2): %3").arg(i + 1).arg(toolName(m_toolTexts.at(i)), problem));
        request.tools.append(tool);
    }
    request.toolChoice = m_toolChoice;
    if (request.tools.isEmpty())
        request.toolChoice = {};
    if (m_toolChoice.mode == ToolChoice::Mode::Named) {
        const bool known = std::any_of(
            request.tools.cbegin(), request.tools.cend(),
            [this](const ToolSchema &tool) { return tool.name == m_toolChoice.name; });
        if (!known)
            return fail(
                tr("Tool choice names \"%1\", but no tool has that name.").arg(m_toolChoice.name));
    }
    switch (m_jsonOutputMode) {
    case JsonOutput::Mode::Off:
        break;
    case JsonOutput::Mode::JsonObject:
        request.jsonOutput = JsonOutput::jsonObject();
        break;
    case JsonOutput::Mode::JsonSchema: {
        const JsonTextCheck check = JsonTextCheck::parse(m_jsonSchemaText);
        if (!check.isValid())
            return fail(tr("Output schema: %1").arg(check.message()));
        if (!check.document().isObject())
            return fail(tr("Output schema: a JSON Schema must be an object."));
        const QString name
            = m_jsonSchemaName.trimmed().isEmpty() ? u"response"_s : m_jsonSchemaName.trimmed();
        request.jsonOutput = JsonOutput::jsonSchema(name, check.document().object());
        break;
    }
    }
    request.parameters = m_parameters;
    if (const QString problem = request.validationError(); !problem.isEmpty())
        return fail(problem);
    return request;
}

Run *PlaygroundSession::send(QString *error)
{
    QString why;
    std::optional<CompletionRequest> request = buildRequest(&why);
    if (request && !m_client)
        why = m_providerProblem.isEmpty() ? tr("No provider is selected.") : m_providerProblem;
    if (request && m_client && m_model.isEmpty())
        why = tr("Choose a model first: pick one in the Model box or type its name.");
    // Sending before the keychain answered would go out without the key.
    const bool keyPending = isKeyPending();
    if (request && m_client && keyPending)
        why = tr("Still reading the API key from the keychain; try again in a moment.");
    if (!request || !m_client || keyPending || m_model.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    const bool wasRunning = isRunning();
    auto *run = new Run(++m_runCounter, m_client, *request, m_streaming, providerLabel(), this);
    run->setPrice(catalogEntry().price);
    run->setConversationId(m_conversationId);
    m_runs.append(run);
    connect(run, &Run::finished, this, [this, run] {
        m_sessionTotals.add(*run);
        if (run->conversationId() == m_conversationId)
            m_conversationTotals.add(*run);
        m_lastFinishedRun = run;
        recordUsage(run);
        Q_EMIT runFinished(run);
        Q_EMIT usageChanged();
        if (!isRunning())
            Q_EMIT runningChanged(false);
    });
    forgetOldRuns();
    Q_EMIT runStarted(run);
    selectRun(run);
    if (!wasRunning)
        Q_EMIT runningChanged(true);
    return run;
}

void PlaygroundSession::setUsageLedger(UsageLedger *ledger)
{
    m_ledger = ledger;
}

void PlaygroundSession::recordUsage(const Run *run)
{
    if (!m_ledger)
        return;
    const CreateResult result = run->result();
    UsageRecord record = UsageRecord::fromResult(result);
    record.source = u"app"_s;
    record.profile = run->providerLabel();
    record.provider = run->providerName();
    record.model = run->model(); // as asked: groups and prices stay stable across snapshots
    record.costUsd = run->costUsd();
    record.latencyMs = run->elapsedMs();
    record.timeToFirstTokenMs = run->firstTokenMs();
    record.usage = run->usage();
    // The Demo provider counts its scripted tokens itself: no provider billed them.
    record.estimated = run->isUsageEstimated() || run->providerName() == u"demo";
    if (run->error())
        record.errorKind = ModelError::kindName(run->error()->kind);
    record.conversationId = run->conversationId();
    m_ledger->record(record);
}

void PlaygroundSession::stop()
{
    const QList<Run *> runs = m_runs;
    for (Run *run : runs)
        run->cancel();
}

bool PlaygroundSession::isRunning() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(),
                       [](const Run *run) { return run->isRunning(); });
}

void PlaygroundSession::selectRun(Run *run)
{
    if (m_selectedRun == run)
        return;
    m_selectedRun = run;
    Q_EMIT selectedRunChanged(run);
}

void PlaygroundSession::forgetOldRuns()
{
    for (qsizetype i = 0; m_runs.size() > maxKeptRuns && i < m_runs.size();) {
        Run *run = m_runs.at(i);
        if (run->isRunning() || run == m_selectedRun) {
            ++i;
            continue;
        }
        m_runs.removeAt(i);
        if (run->conversationId() == m_conversationId)
            m_savedRuns.append(run->toConversationRun());
        Q_EMIT runRemoved(run);
        run->deleteLater();
    }
}

void PlaygroundSession::addReplyToConversation(const Run *run)
{
    if (!run)
        return;
    const CreateResult result = run->result();
    appendMessage(result.toAssistantMessage());
    if (!result.hasFunctionCalls())
        return;
    FunctionExecutionResultMessage results;
    for (const FunctionCall &call : result.functionCalls())
        results.content.append({QString(), call.name, call.id, false});
    appendMessage(results);
}

} // namespace playground
