// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "conversations/conversationfileactions.h"

#include "conversation/conversationformat.h"
#include "conversation/conversationimporter.h"
#include "conversation/importerror.h"
#include "session/playgroundsession.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace modelkit;

namespace playground {

namespace {

struct ImportOutcome
{
    std::optional<Conversation> conversation;
    QString error;
};

QString lastDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

ConversationFileActions::ConversationFileActions(PlaygroundSession *session, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_dialogParent(dialogParent)
{
    m_open = new QAction(tr("&Open…"), this);
    m_open->setObjectName(u"actionOpenConversation"_s);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Open a conversation: a Modelkit file, an OpenAI or Anthropic request "
                          "body, a messages array or AutoGen messages"));
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(m_dialogParent, tr("Open conversation"), lastDirectory(),
                                           tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });

    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(u"actionExportConversation"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save the conversation with its runs as a Modelkit JSON file"));
    connect(m_export, &QAction::triggered, this, [this] {
        QString name = m_session->title().trimmed();
        name.replace(QRegularExpression(u"[^\\w\\- ]+"_s), u"_"_s);
        const QString path = QFileDialog::getSaveFileName(
            m_dialogParent, tr("Export conversation"),
            lastDirectory() + u'/' + (name.isEmpty() ? u"conversation"_s : name) + u".json"_s,
            tr("Modelkit conversation (*.json)"));
        if (!path.isEmpty())
            exportTo(path);
    });

    auto copy = [this](const QString &name, const QString &text, CodeExport::Format format) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, format] { copyAsCode(format); });
        m_copy.append(action);
        return action;
    };
    copy(u"actionCopyAsCurl"_s, tr("Copy as &curl"), CodeExport::Format::Curl)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    copy(u"actionCopyAsPython"_s, tr("Copy as &Python (autogen-ext)"), CodeExport::Format::Python)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    copy(u"actionCopyAsBody"_s, tr("Copy Request &Body (JSON)"), CodeExport::Format::Body)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
}

void ConversationFileActions::importFile(const QString &path)
{
    // Up to ConversationImporter::maxFileSize of JSON: parsed off the UI thread.
    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this, watcher, path] {
        const ImportOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.conversation) {
            Q_EMIT problem(
                tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), outcome.error));
            return;
        }
        Q_EMIT opened(*outcome.conversation, path);
        Q_EMIT done(tr("Opened %1").arg(QFileInfo(path).fileName()));
    });
    watcher->setFuture(QtConcurrent::run([path] {
        ImportOutcome outcome;
        ImportError error;
        outcome.conversation = ConversationImporter::importFile(path, &error);
        if (!outcome.conversation)
            outcome.error = error.toString();
        return outcome;
    }));
}

void ConversationFileActions::exportTo(const QString &path)
{
    // Serialised here (a consistent snapshot), written on a worker.
    const QByteArray bytes = ConversationFormat::toBytes(m_session->toConversation());
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            Q_EMIT problem(tr("Could not export to %1: %2").arg(path, error));
            return;
        }
        Q_EMIT exported(path);
        Q_EMIT done(tr("Exported to %1").arg(path));
    });
    watcher->setFuture(QtConcurrent::run([path, bytes] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}

bool ConversationFileActions::copyAsCode(CodeExport::Format format)
{
    if (m_session->isDemo()) {
        Q_EMIT problem(tr("The Demo provider runs offline and has no HTTP request to copy. "
                          "Choose a provider profile first."));
        return false;
    }
    ProviderProfile profile = m_session->profiles().at(m_session->profileIndex());
    profile.model = m_session->model();
    CodeExport::Target target = CodeExport::targetFor(profile, m_session->isStreaming());
    target.sendsKey = target.sendsKey || m_session->hasApiKey(); // as Send does
    QString error;
    const std::optional<QString> code
        = CodeExport::generate(m_session->toConversation(), target, format, &error);
    if (!code) {
        Q_EMIT problem(tr("Could not copy the request: %1").arg(error));
        return false;
    }
    QGuiApplication::clipboard()->setText(*code);
    const QStringList variables = CodeExport::keyVariables(target);
    Q_EMIT done(variables.isEmpty() ? tr("Copied as %1").arg(CodeExport::formatId(format))
                                    : tr("Copied as %1; it reads the key from $%2")
                                          .arg(CodeExport::formatId(format), variables.first()));
    return true;
}

} // namespace playground
