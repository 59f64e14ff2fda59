// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonerror.h"

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace modelkit {

//! An image in a user message: inline bytes (base64) or a URL the provider fetches.
//! JSON follows AutoGen's Image (`{"data": <base64>}`), extended with `mime_type` and `url`.
struct Image
{
    QByteArray base64Data; //!< empty when the image is a URL
    QString mimeType;      //!< e.g. "image/png"; sniffed from the bytes when absent
    QUrl url;              //!< set instead of base64Data for remote images

    static Image fromBytes(const QByteArray &bytes, const QString &mimeType = {});
    static Image fromUrl(const QUrl &url);
    bool isUrl() const { return base64Data.isEmpty() && url.isValid(); }
    //! `data:<mime>;base64,...` for inline images, the URL itself otherwise.
    QString dataUrl() const;
    //! Guesses the MIME type from the first bytes (PNG, JPEG, GIF, WebP); empty if unknown.
    static QString sniffMimeType(const QByteArray &bytes);

    QJsonObject toJson() const;
    static std::optional<Image> fromJson(const QJsonValue &value, JsonError *error = nullptr,
                                         const QString &path = QStringLiteral("$"));
    bool operator==(const Image &) const = default;
};

} // namespace modelkit
