// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "profiles/profilestore.h"
#include "profiles/providerprofile.h"

#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace modelkit;

Q_DECLARE_METATYPE(modelkit::ProviderProfile)

namespace {

ProviderProfile profileOf(const QString &name, ProviderKind kind = ProviderKind::OpenAi)
{
    ProviderProfile profile;
    profile.name = name;
    profile.kind = kind;
    return profile;
}

ProviderProfile fullProfile()
{
    ProviderProfile profile = profileOf(u"Local vLLM"_s, ProviderKind::OpenAiCompatible);
    profile.baseUrl = QUrl(u"http://localhost:8000/v1"_s);
    profile.model = u"Qwen/Qwen2.5-7B-Instruct"_s;
    profile.apiVersion = u"v9"_s;
    profile.extraHeaders = {{"X-Team", "blue"}, {"X-Trace", "1"}};
    profile.http2 = true;
    profile.timeoutSeconds = 42;
    profile.keyVariable = u"VLLM_KEY"_s;
    return profile;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(content) == content.size();
}

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

//! Restores the process umask when it goes out of scope.
struct UmaskGuard
{
    explicit UmaskGuard(mode_t mask) : saved(::umask(mask)) {}
    ~UmaskGuard() { ::umask(saved); }
    mode_t saved;
};

} // namespace

class TstProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void missingFileIsEmpty();
    void roundTrip();
    void fileIsPrivateEvenWithOpenUmask();
    void namesAreUniqueIgnoringCase();
    void renameKeepsSettings();
    void updateAndRemove();
    void invalidProfilesAreRefused_data();
    void invalidProfilesAreRefused();
    void brokenFileIsKeptAndReported_data();
    void brokenFileIsKeptAndReported();
    void changesOnDiskAreReadBeforeAChange();
    void presetsAreValid();
    void defaultDirectoryHonoursXdgConfigHome();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dirPath() const { return m_dir->path() + u"/config/Modelkit Playground"_s; }
};

void TstProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstProfileStore::missingFileIsEmpty()
{
    ProfileStore store(dirPath());
    QString error;
    QVERIFY2(store.load(&error), qPrintable(error));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.isBroken());
    QVERIFY(!QFile::exists(store.filePath())); // reading creates nothing
}

void TstProfileStore::roundTrip()
{
    ProfileStore store(dirPath());
    QVERIFY(store.load());
    QSignalSpy changed(&store, &ProfileStore::changed);
    QString error;
    QVERIFY2(store.add(fullProfile(), &error), qPrintable(error));
    QVERIFY2(store.add(profileOf(u"Claude"_s, ProviderKind::Anthropic), &error), qPrintable(error));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(store.filePath(), dirPath() + u"/profiles.json"_s);

    const QJsonObject root = QJsonDocument::fromJson(readAll(store.filePath())).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"modelkit.profiles"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), 1);
    QCOMPARE(root.value(u"profiles"_s).toArray().size(), 2);
    QCOMPARE(root.value(u"profiles"_s).toArray().at(0).toObject(), fullProfile().toJson());

    ProfileStore again(dirPath());
    QString loadError;
    QVERIFY2(again.load(&loadError), qPrintable(loadError));
    QCOMPARE(again.profiles(), store.profiles());
    QCOMPARE(again.profiles().first(), fullProfile());
    QCOMPARE(again.names(), (QStringList{u"Local vLLM"_s, u"Claude"_s}));
}

void TstProfileStore::fileIsPrivateEvenWithOpenUmask()
{
    const UmaskGuard guard(0); // files would be 0666 if the store did not set the mode
    ProfileStore store(dirPath());
    QVERIFY(store.load());
    QVERIFY(store.add(profileOf(u"One"_s)));
    QCOMPARE(modeOf(store.filePath()), 0600);
    QCOMPARE(modeOf(dirPath()), 0700);

    // A file someone opened up is made private again by the next save.
    QVERIFY(QFile::setPermissions(store.filePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                        | QFileDevice::ReadOther));
    QCOMPARE(modeOf(store.filePath()), 0604);
    QVERIFY(store.add(profileOf(u"Two"_s)));
    QCOMPARE(modeOf(store.filePath()), 0600);
    // No temporary files are left behind.
    QCOMPARE(QDir(dirPath()).entryList(QDir::Files), QStringList{u"profiles.json"_s});
}

void TstProfileStore::namesAreUniqueIgnoringCase()
{
    ProfileStore store(dirPath());
    QVERIFY(store.load());
    QVERIFY(store.add(profileOf(u"Local"_s)));
    QVERIFY(store.add(profileOf(u"Other"_s)));
    const QByteArray before = readAll(store.filePath());

    QString error;
    QVERIFY(!store.add(profileOf(u"LOCAL"_s), &error));
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    QVERIFY(!store.rename(u"other"_s, u"local"_s, &error));
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    ProviderProfile clash = profileOf(u"lOcAl"_s);
    QVERIFY(!store.update(u"Other"_s, clash, &error));
    QCOMPARE(readAll(store.filePath()), before);

    QCOMPARE(store.find(u"lOCAL"_s)->name, u"Local"_s);
    QCOMPARE(store.indexOf(u"OTHER"_s), 1);
    QVERIFY(!store.find(u"Loca"_s));
    // A profile may change the case of its own name.
    QVERIFY2(store.rename(u"local"_s, u"LOCAL"_s, &error), qPrintable(error));
    QCOMPARE(store.names(), (QStringList{u"LOCAL"_s, u"Other"_s}));
}

void TstProfileStore::renameKeepsSettings()
{
    ProfileStore store(dirPath());
    QVERIFY(store.load());
    QVERIFY(store.add(fullProfile()));
    QSignalSpy changed(&store, &ProfileStore::changed);
    QString error;
    QVERIFY2(store.rename(u"local vllm"_s, u"Workstation"_s, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!store.contains(u"Local vLLM"_s));
    ProviderProfile expected = fullProfile();
    expected.name = u"Workstation"_s;
    QCOMPARE(*store.find(u"workstation"_s), expected);

    ProfileStore again(dirPath());
    QVERIFY(again.load());
    QCOMPARE(again.profiles(), QList<ProviderProfile>{expected});
    QVERIFY(!store.rename(u"nobody"_s, u"x"_s, &error));
    QVERIFY2(error.contains(u"nobody"_s), qPrintable(error));
}

void TstProfileStore::updateAndRemove()
{
    ProfileStore store(dirPath());
    QVERIFY(store.load());
    QVERIFY(store.add(profileOf(u"A"_s)));
    QVERIFY(store.add(profileOf(u"B"_s)));
    ProviderProfile changedB = profileOf(u"B"_s, ProviderKind::Gemini);
    changedB.model = u"gemini-2.5-pro"_s;
    QString error;
    QVERIFY2(store.update(u"b"_s, changedB, &error), qPrintable(error));
    QCOMPARE(store.profiles().at(1), changedB);
    QVERIFY2(store.remove(u"a"_s, &error), qPrintable(error));
    QCOMPARE(store.profiles(), QList<ProviderProfile>{changedB});
    QVERIFY(!store.remove(u"a"_s, &error));
    QVERIFY(!store.update(u"zzz"_s, changedB, &error));

    ProfileStore again(dirPath());
    QVERIFY(again.load());
    QCOMPARE(again.profiles(), QList<ProviderProfile>{changedB});
}

void TstProfileStore::invalidProfilesAreRefused_data()
{
    QTest::addColumn<ProviderProfile>("profile");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << profileOf(u""_s) << u"no name"_s;
    QTest::newRow("padded name") << profileOf(u" Local"_s) << u"space"_s;
    QTest::newRow("control character") << profileOf(u"a\nb"_s) << u"control"_s;
    QTest::newRow("compatible without URL")
        << profileOf(u"Server"_s, ProviderKind::OpenAiCompatible) << u"base URL"_s;
    ProviderProfile badHeader = profileOf(u"Headers"_s);
    badHeader.extraHeaders = {{"Bad Header", "x"}};
    QTest::newRow("bad header") << badHeader << u"header"_s;
}

void TstProfileStore::invalidProfilesAreRefused()
{
    QFETCH(ProviderProfile, profile);
    QFETCH(QString, message);
    ProfileStore store(dirPath());
    QVERIFY(store.load());
    QString error;
    QVERIFY(!store.add(profile, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(store.filePath()));
}

void TstProfileStore::brokenFileIsKeptAndReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::newRow("not JSON") << QByteArray(R"({"format": "modelkit.profiles", )")
                              << u"invalid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[]") << u"$: expected an object"_s;
    QTest::newRow("other format") << QByteArray(R"({"format": "modelkit.conversation",
        "version": 1, "profiles": []})")
                                  << u"$.format"_s;
    QTest::newRow("newer version") << QByteArray(R"({"format": "modelkit.profiles",
        "version": 2, "profiles": []})")
                                   << u"$.version: version 2 was written by a newer"_s;
    QTest::newRow("no profiles") << QByteArray(R"({"format": "modelkit.profiles",
        "version": 1})") << u"$.profiles: is required"_s;
    QTest::newRow("unknown kind") << QByteArray(R"({"format": "modelkit.profiles",
        "version": 1, "profiles": [{"name": "a", "kind": "openai"},
                                   {"name": "b", "kind": "acme"}]})")
                                  << u"$.profiles[1].kind"_s;
    QTest::newRow("duplicate name") << QByteArray(R"({"format": "modelkit.profiles",
        "version": 1, "profiles": [{"name": "Local", "kind": "openai"},
                                   {"name": "local", "kind": "gemini"}]})")
                                    << u"$.profiles[1].name"_s;
    QTest::newRow("a key was pasted in") << QByteArray(R"({"format": "modelkit.profiles",
        "version": 1, "profiles": [{"name": "a", "kind": "openai", "api_key": "sk-x"}]})")
                                         << u"$.profiles[0].api_key"_s;
}

void TstProfileStore::brokenFileIsKeptAndReported()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QVERIFY(QDir().mkpath(dirPath()));
    ProfileStore store(dirPath());
    QVERIFY(writeAll(store.filePath(), content));

    QString error;
    QVERIFY(!store.load(&error));
    QVERIFY(store.isBroken());
    QCOMPARE(store.loadError(), error);
    QVERIFY2(error.contains(store.filePath()), qPrintable(error));
    QVERIFY2(error.contains(where), qPrintable(error));
    QVERIFY(store.profiles().isEmpty());
    const QString copy = store.filePath() + u".broken"_s;
    QCOMPARE(store.brokenCopyPath(), copy);
    QVERIFY2(error.contains(copy), qPrintable(error));
    QCOMPARE(readAll(copy), content);
    QCOMPARE(modeOf(copy), 0600);

    // Never overwritten: changes are refused while the file cannot be read.
    QVERIFY(!store.add(profileOf(u"New"_s), &error));
    QVERIFY2(error.contains(where), qPrintable(error));
    QCOMPARE(readAll(store.filePath()), content);

    // Loading again does not pile up copies of the same content.
    QVERIFY(!store.load());
    QCOMPARE(QDir(dirPath()).entryList(QDir::Files),
             (QStringList{u"profiles.json"_s, u"profiles.json.broken"_s}));

    // Starting over replaces the file; the copy stays.
    store.discardBrokenFile();
    QVERIFY(!store.isBroken());
    QVERIFY2(store.add(profileOf(u"New"_s), &error), qPrintable(error));
    QCOMPARE(readAll(copy), content);
    ProfileStore again(dirPath());
    QVERIFY(again.load());
    QCOMPARE(again.names(), QStringList{u"New"_s});
}

void TstProfileStore::changesOnDiskAreReadBeforeAChange()
{
    // The GUI and `modelkit profile` share the file: neither drops the other's changes.
    ProfileStore gui(dirPath());
    QVERIFY(gui.load());
    QVERIFY(gui.add(profileOf(u"From GUI"_s)));
    ProfileStore cli(dirPath());
    QVERIFY(cli.load());
    QVERIFY(cli.add(profileOf(u"From CLI"_s)));
    QString error;
    QVERIFY2(gui.add(profileOf(u"Later"_s), &error), qPrintable(error));
    QCOMPARE(gui.names(), (QStringList{u"From GUI"_s, u"From CLI"_s, u"Later"_s}));
    // ...and a name taken meanwhile is refused.
    QVERIFY(!cli.add(profileOf(u"later"_s), &error));
    QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
    ProfileStore again(dirPath());
    QVERIFY(again.load());
    QCOMPARE(again.names(), gui.names());
}

void TstProfileStore::presetsAreValid()
{
    const QList<ProviderProfile> presets = ProfileStore::presets();
    const QStringList ids = ProfileStore::presetIds();
    QCOMPARE(presets.size(), 9);
    QCOMPARE(ids.size(), presets.size());
    QSet<QString> names;
    for (qsizetype i = 0; i < presets.size(); ++i) {
        const ProviderProfile &preset = presets.at(i);
        QVERIFY2(preset.validationError().isEmpty(), qPrintable(preset.name));
        QVERIFY(!names.contains(preset.name.toLower()));
        names.insert(preset.name.toLower());
        QCOMPARE(*ProfileStore::preset(ids.at(i)), preset);
        QVERIFY(!preset.baseUrl.isEmpty());
        // Hosted services read their key from their own variable; local servers need none.
        const bool local = preset.baseUrl.host() == u"localhost";
        QCOMPARE(preset.keyVariable.isEmpty(), local);
        if (!local) {
            QCOMPARE(preset.baseUrl.scheme(), u"https"_s);
            QVERIFY(!preset.model.isEmpty());
        }
        // Every preset can be stored as it is.
        ProfileStore store(dirPath());
        QVERIFY(store.load());
        QString error;
        QVERIFY2(store.add(preset, &error), qPrintable(error));
    }
    const auto urlOf = [](const QString &id) {
        return ProfileStore::preset(id)->baseUrl;
    };
    QCOMPARE(urlOf(u"lmstudio"_s), QUrl(u"http://localhost:1234/v1"_s));
    QCOMPARE(urlOf(u"vllm"_s), QUrl(u"http://localhost:8000/v1"_s));
    QCOMPARE(urlOf(u"llamacpp"_s), QUrl(u"http://localhost:8080/v1"_s));
    QCOMPARE(urlOf(u"openrouter"_s), QUrl(u"https://openrouter.ai/api/v1"_s));
    QCOMPARE(urlOf(u"groq"_s), QUrl(u"https://api.groq.com/openai/v1"_s));
    QCOMPARE(urlOf(u"mistral"_s), QUrl(u"https://api.mistral.ai/v1"_s));
    QCOMPARE(urlOf(u"deepseek"_s), QUrl(u"https://api.deepseek.com/v1"_s));
    QCOMPARE(urlOf(u"together"_s), QUrl(u"https://api.together.xyz/v1"_s));
    QCOMPARE(urlOf(u"ollama"_s), QUrl(u"http://localhost:11434"_s));
    QCOMPARE(ProfileStore::preset(u"ollama"_s)->kind, ProviderKind::Ollama);
    QCOMPARE(ProfileStore::preset(u"GROQ"_s)->keyVariable, u"GROQ_API_KEY"_s);
    QCOMPARE(ProfileStore::preset(u"openrouter"_s)->keyVariable, u"OPENROUTER_API_KEY"_s);
    QVERIFY(!ProfileStore::preset(u"acme"_s));
}

void TstProfileStore::defaultDirectoryHonoursXdgConfigHome()
{
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    const QString config = m_dir->path() + u"/xdg"_s;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    const QString directory = ProfileStore::defaultDirectory();
    if (saved.isNull())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", saved);
    QCOMPARE(directory, config + u"/Modelkit/Modelkit Playground"_s);
}

QTEST_GUILESS_MAIN(TstProfileStore)
#include "tst_profilestore.moc"
