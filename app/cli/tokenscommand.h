// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QStringList>

class QNetworkAccessManager;

namespace modelkit {
class ChatCompletionClient;
class HttpTransport;
} // namespace modelkit

namespace playground::cli {

//! `modelkit tokens`: the local estimate of a request's prompt tokens and, where the
//! provider has a counting endpoint, the exact count beside it.
class TokensCommand : public QObject
{
    Q_OBJECT

public:
    explicit TokensCommand(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~TokensCommand() override;

    std::optional<int> start(const QStringList &arguments);

Q_SIGNALS:
    void done(int exitCode);

private:
    modelkit::HttpTransport *m_transport;
    std::unique_ptr<modelkit::ChatCompletionClient> m_client;
};

} // namespace playground::cli
