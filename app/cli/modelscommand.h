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

//! `modelkit models`: the provider's model list, one id per line or as JSON.
class ModelsCommand : public QObject
{
    Q_OBJECT

public:
    explicit ModelsCommand(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ModelsCommand() override;

    std::optional<int> start(const QStringList &arguments);

Q_SIGNALS:
    void done(int exitCode);

private:
    modelkit::HttpTransport *m_transport;
    std::unique_ptr<modelkit::ChatCompletionClient> m_client;
};

} // namespace playground::cli
