// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>

namespace modelkit {

//! One dispatched Server-Sent Event. Fields stay raw bytes: consumers parse JSON from them.
struct SseEvent
{
    QByteArray event;         // "event:" field; empty when absent
    QByteArray data;          // data lines joined by '\n' (raw UTF-8 bytes, no trailing '\n')
    QByteArray id;            // last "id:" seen in this event (empty if none)
    std::optional<int> retry; // "retry:" if it was all ASCII digits

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

} // namespace modelkit
