// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversation/conversation.h"
#include "conversation/wirerequest.h"
#include "core/modelinfo.h"
#include "profiles/clientfactory.h"
#include "profiles/providerprofile.h"

#include <optional>

#include <QString>
#include <QStringList>

namespace modelkit {

//! "Copy as code" for a conversation's request: a curl command, a Python script using
//! autogen-ext's client for the provider, or the raw JSON body.
//!
//! The request is built the way the app sends it: ClientFactory makes the profile's client
//! and ChatCompletionClient::httpRequest() gives its URL, headers and body (so the same
//! checks apply and the same errors come back). Keys never appear: the client is made with
//! a placeholder key that becomes a reference to the profile's environment variable
//! (ProviderProfile::keyVariables(), `MODELKIT_API_KEY` when it names none), e.g.
//! `$OPENAI_API_KEY`; other credential headers of the profile become variables named after
//! them (WireRequest).
class CodeExport
{
public:
    enum class Format {
        Curl,   //!< a shell command (CurlExporter): exactly the app's request
        Python, //!< an asyncio script with autogen-ext (PythonExporter)
        Body,   //!< the JSON body, indented
    };

    //! Where the code sends the request.
    struct Target
    {
        ProviderProfile profile; //!< kind, base URL, model, API version, extra headers
        ClientFactory::Overrides overrides;
        //! Whether a key is sent (the app sends one when it has one). Kinds that require
        //! one always send it.
        bool sendsKey = false;
        bool streaming = false;
    };

    //! A target for `profile` that sends a key when the kind requires one or the profile
    //! names a key variable.
    static Target targetFor(const ProviderProfile &profile, bool streaming = false);

    //! "curl", "python" or "body".
    static QString formatId(Format format);
    static std::optional<Format> formatFromId(const QString &id);

    //! The environment variables the key is read from in copied code.
    static QStringList keyVariables(const Target &target);

    //! The request the app would send for `request`, keys as variables; nullopt with a
    //! translated reason (the provider's own refusal, a profile that cannot be used…).
    static std::optional<WireRequest> wireRequest(const CompletionRequest &request,
                                                  const Target &target, QString *error,
                                                  ModelInfo *modelInfo = nullptr);

    //! The code for `conversation`'s request in `format`, or nullopt with `error` set.
    //! Content the request leaves out (Conversation::unsupportedContent()) is named in a
    //! comment of the curl and Python forms.
    static std::optional<QString> generate(const Conversation &conversation, const Target &target,
                                           Format format, QString *error);
};

} // namespace modelkit
