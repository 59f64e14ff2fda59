// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/image.h"
#include "core/llmmessage.h"

#include <QFrame>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableWidget;
class QToolButton;

namespace playground {

class ImageStrip;
class MessageTextEdit;

//! Edits one message of the conversation: system, user (text and images), assistant
//! (text or function calls) or tool results. Reports edits; the composer writes them to
//! the session.
class MessageEditor : public QFrame
{
    Q_OBJECT

public:
    enum class Role { System, User, Assistant, ToolResult };

    explicit MessageEditor(const modelkit::LlmMessage &message, QWidget *parent = nullptr);

    Role role() const { return m_role; }
    static Role roleOf(const modelkit::LlmMessage &message);
    static QString roleName(Role role);

    //! The message as edited now.
    modelkit::LlmMessage message() const;
    //! Shows `message` (of the same role) without reporting an edit.
    void setMessage(const modelkit::LlmMessage &message);

    //! Position in the conversation, for the move buttons and the header.
    void setPosition(int index, int count);
    void setTokenEstimate(qint64 tokens);

    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);

    //! Adds an encoded image (user messages only); false when the bytes are not an image.
    bool addImage(const QByteArray &bytes);
    //! Asks for image files with a file dialog.
    void chooseImages();
    qsizetype imageCount() const { return m_images.size(); }

    //! The text box of system, user and assistant-text messages; nullptr otherwise.
    MessageTextEdit *textEdit() const { return m_text; }
    //! The function-call table (assistant) or the result table (tool result).
    QTableWidget *table() const { return m_table; }
    void focusEditor();

Q_SIGNALS:
    void edited();
    //! -1 = up, +1 = down.
    void moveRequested(int delta);
    void removeRequested();
    //! "Fork from here": a new conversation with the messages up to this one.
    void forkRequested();
    //! The drag handle was dragged: the composer runs the drag.
    void dragStarted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createBody();
    QWidget *createTableEditor(const QStringList &columns, const QString &addText);
    void loadMessage(const modelkit::LlmMessage &message);
    void addTableRow(const QStringList &cells, bool isError = false);
    void updatePreview();
    void reportEdit();

    Role m_role;
    QLabel *m_handle = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_indexLabel = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_tokens = nullptr;
    QToolButton *m_collapseButton = nullptr;
    QToolButton *m_upButton = nullptr;
    QToolButton *m_downButton = nullptr;
    QWidget *m_body = nullptr;
    MessageTextEdit *m_text = nullptr;
    ImageStrip *m_imageStrip = nullptr;
    QComboBox *m_assistantMode = nullptr;
    QStackedWidget *m_assistantStack = nullptr;
    QTableWidget *m_table = nullptr;

    QList<modelkit::Image> m_images;
    // Assistant fields the editor does not show but must not lose.
    std::optional<QString> m_thought;
    QString m_source;
    QJsonObject m_providerState;

    QPoint m_dragFrom;
    bool m_collapsed = false;
    bool m_loading = false;
};

} // namespace playground
