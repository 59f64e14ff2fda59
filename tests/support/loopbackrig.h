// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackserver.h"
#include "transport/httptransport.h"
#include "transport/transportoptions.h"

#include <memory>

#include <QNetworkAccessManager>

namespace testsupport {

// Retries and timeouts short enough that the retry and stall tests take milliseconds.
modelkit::TransportOptions fastTransport();

// One loopback server, one QNetworkAccessManager and a client talking to the server. Each
// provider test derives its Rig from it and adds a config() pointing at `server`.
template<typename Client>
struct LoopbackRig
{
    LoopbackServer server;
    QNetworkAccessManager nam;
    modelkit::HttpTransport transport{&nam};
    std::unique_ptr<Client> client;

    template<typename Config>
    Client *start(const Config &config)
    {
        client = std::make_unique<Client>(&transport, config);
        return client.get();
    }
};

} // namespace testsupport
