// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "providers/ollama/ollamamodels.h"

#include <array>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace modelkit {

namespace {

struct KnownModel
{
    const char16_t *prefix; //!< matched against "<base name>:<tag>"
    bool vision;
};

// The longest matching prefix wins. From ollama.com/library's "vision" tag as of 2025.
constexpr std::array knownModels{
    // Multimodal
    KnownModel{u"llava", true}, // also llava-llama3, llava-phi3
    KnownModel{u"bakllava", true},
    KnownModel{u"llama3.2-vision", true},
    KnownModel{u"llama4", true},
    KnownModel{u"gemma3", true},
    KnownModel{u"qwen2.5vl", true},
    KnownModel{u"qwen2.5-vl", true},
    KnownModel{u"qwen3-vl", true},
    KnownModel{u"minicpm-v", true},
    KnownModel{u"moondream", true},
    KnownModel{u"granite3.2-vision", true},
    KnownModel{u"mistral-small3.1", true},
    KnownModel{u"mistral-small3.2", true},
    // Text-only, including the small sizes of multimodal families
    KnownModel{u"gemma3:270m", false},
    KnownModel{u"gemma3:1b", false},
    KnownModel{u"gemma3n", false},
    KnownModel{u"gemma2", false},
    KnownModel{u"gemma", false},
    KnownModel{u"llama3.3", false},
    KnownModel{u"llama3.2", false},
    KnownModel{u"llama3.1", false},
    KnownModel{u"llama3", false},
    KnownModel{u"llama2", false},
    KnownModel{u"qwen3", false},
    KnownModel{u"qwen2.5", false},
    KnownModel{u"qwen2", false},
    KnownModel{u"qwq", false},
    KnownModel{u"deepseek-r1", false},
    KnownModel{u"deepseek-v3", false},
    KnownModel{u"deepseek-coder", false},
    KnownModel{u"mistral", false},
    KnownModel{u"mixtral", false},
    KnownModel{u"phi3", false},
    KnownModel{u"phi4", false},
    KnownModel{u"codellama", false},
    KnownModel{u"gpt-oss", false},
    KnownModel{u"smollm", false},
    KnownModel{u"tinyllama", false},
};

QString displayNameOf(const QString &name, const QJsonObject &details)
{
    QStringList facts;
    for (const QString &key : {u"family"_s, u"parameter_size"_s, u"quantization_level"_s}) {
        const QString value = details.value(key).toString();
        if (!value.isEmpty())
            facts << value;
    }
    return facts.isEmpty() ? name : name + u" ("_s + facts.join(u", "_s) + u')';
}

} // namespace

QString OllamaModels::baseName(const QString &model)
{
    QString name = model.trimmed().toLower();
    // "registry.ollama.ai/library/llava:13b", "hf.co/user/Repo-GGUF:Q4_K_M"
    const qsizetype slash = name.lastIndexOf(u'/');
    if (slash >= 0)
        name = name.mid(slash + 1);
    const qsizetype colon = name.indexOf(u':');
    if (colon >= 0)
        name.truncate(colon);
    return name;
}

ModelInfo OllamaModels::infoFor(const QString &model)
{
    ModelInfo info = ModelInfo::permissive();
    const QString base = baseName(model);
    if (base.isEmpty())
        return info;
    QString tagged = model.trimmed().toLower();
    tagged = tagged.mid(tagged.lastIndexOf(u'/') + 1);
    if (!tagged.contains(u':'))
        tagged += u":latest"_s;

    qsizetype bestLength = 0;
    for (const KnownModel &known : knownModels) {
        const QStringView prefix(known.prefix);
        if (prefix.size() > bestLength && tagged.startsWith(prefix)) {
            bestLength = prefix.size();
            info.vision = known.vision;
        }
    }
    info.family = base;
    return info;
}

QList<ModelDescriptor> OllamaModels::parseList(const QByteArray &body, QString *error, QUrl *)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(u"models"_s).isArray()) {
        *error = u"the model list is not {\"models\": [...]} JSON"_s;
        return {};
    }
    QList<ModelDescriptor> models;
    const QJsonArray list = doc.object().value(u"models"_s).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        ModelDescriptor model;
        model.id = o.value(u"name"_s).toString();
        if (model.id.isEmpty())
            model.id = o.value(u"model"_s).toString();
        if (model.id.isEmpty())
            continue;
        model.displayName = displayNameOf(model.id, o.value(u"details"_s).toObject());
        const QDateTime modified
            = QDateTime::fromString(o.value(u"modified_at"_s).toString(), Qt::ISODateWithMs);
        if (modified.isValid())
            model.created = modified.toSecsSinceEpoch();
        model.raw = o;
        models << model;
    }
    return models;
}

} // namespace modelkit
