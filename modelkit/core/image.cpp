// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "core/image.h"

#include "core/jsonfields.h"

using namespace Qt::StringLiterals;

namespace modelkit {

Image Image::fromBytes(const QByteArray &bytes, const QString &mimeType)
{
    Image image;
    image.base64Data = bytes.toBase64();
    image.mimeType = mimeType.isEmpty() ? sniffMimeType(bytes) : mimeType;
    return image;
}

Image Image::fromUrl(const QUrl &url)
{
    if (url.scheme() == u"data") {
        if (auto inline_ = fromJson(QJsonObject{{u"data"_s, url.toString(QUrl::FullyEncoded)}}))
            return *inline_;
    }
    Image image;
    image.url = url;
    return image;
}

QString Image::dataUrl() const
{
    if (isUrl())
        return url.toString(QUrl::FullyEncoded);
    const QString mime = mimeType.isEmpty() ? u"image/png"_s : mimeType;
    return u"data:"_s + mime + u";base64,"_s + QString::fromLatin1(base64Data);
}

QString Image::sniffMimeType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (bytes.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

QJsonObject Image::toJson() const
{
    QJsonObject o;
    if (isUrl()) {
        o.insert(u"url"_s, url.toString(QUrl::FullyEncoded));
    } else {
        o.insert(u"data"_s, QString::fromLatin1(base64Data));
    }
    if (!mimeType.isEmpty())
        o.insert(u"mime_type"_s, mimeType);
    return o;
}

std::optional<Image> Image::fromJson(const QJsonValue &value, JsonError *error, const QString &path)
{
    JsonFields fields(value, path, error);
    if (!fields.isObject())
        return std::nullopt;
    Image image;
    QString data;
    QString url;
    if (!fields.optionalString(u"data"_s, &data) || !fields.optionalString(u"url"_s, &url)
        || !fields.optionalString(u"mime_type"_s, &image.mimeType))
        return std::nullopt;
    // A `data:` URL is inline bytes, whatever key it came under: providers that take only
    // base64 (Anthropic, Ollama) must not see it as a remote URL. Schemes are
    // case-insensitive (QUrl writes "DATA:" back as "data:").
    if (data.isEmpty() && url.startsWith(u"data:", Qt::CaseInsensitive)) {
        data = url;
        url.clear();
    }
    if (!data.isEmpty()) {
        // Accept a full data URL too, as copied from a browser or an OpenAI request.
        if (data.startsWith(u"data:", Qt::CaseInsensitive)) {
            const qsizetype comma = data.indexOf(u',');
            const qsizetype semi = data.indexOf(u';');
            if (comma < 0) {
                fields.fail(u"data"_s, u"malformed data URL"_s);
                return std::nullopt;
            }
            if (image.mimeType.isEmpty() && semi > 5 && semi < comma)
                image.mimeType = data.mid(5, semi - 5);
            data = data.mid(comma + 1);
        }
        const QByteArray raw = data.toLatin1();
        const auto decoded
            = QByteArray::fromBase64Encoding(raw, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            fields.fail(u"data"_s, u"is not valid base64"_s);
            return std::nullopt;
        }
        image.base64Data = raw;
        if (image.mimeType.isEmpty())
            image.mimeType = sniffMimeType(*decoded);
        return image;
    }
    if (!url.isEmpty()) {
        image.url = QUrl(url, QUrl::StrictMode);
        if (!image.url.isValid() || image.url.scheme().isEmpty()) {
            fields.fail(u"url"_s, u"is not a valid absolute URL"_s);
            return std::nullopt;
        }
        return image;
    }
    fields.fail(QString(), u"an image needs \"data\" (base64) or \"url\""_s);
    return std::nullopt;
}

} // namespace modelkit
