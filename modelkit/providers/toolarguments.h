// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

namespace modelkit {

// FunctionCall::arguments is JSON text (as in AutoGen); some APIs carry an object instead.
// These convert between the two the same way for every provider.

//! An arguments object as FunctionCall's JSON text (compact).
QString argumentsText(const QJsonObject &arguments);

//! Arguments as they come off the wire: an object as compact JSON text, a string as it is
//! (already JSON text, or a streamed fragment of it), anything else as `otherwise`.
QString argumentsText(const QJsonValue &arguments, const QString &otherwise);

//! FunctionCall::arguments as the object an API wants; empty or blank text is `{}`. Returns
//! nullopt when the text is not JSON (`parseError` says why and where) or is JSON but not an
//! object (then `parseError->error` is NoError).
std::optional<QJsonObject> argumentsObject(const QString &arguments,
                                           QJsonParseError *parseError = nullptr);

} // namespace modelkit
