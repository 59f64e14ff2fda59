// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace playground {

class JsonHighlighter;
class PlaygroundSession;
class Run;
class ToolCallView;

//! The reply of the session's selected run: a run selector with state and live stats, the
//! model's reasoning (collapsible), the reply text, tool calls, and a typed error banner.
//!
//! Streamed pieces are gathered and appended at the end of the documents at most every
//! flushIntervalMs, so the cost stays linear in the reply's length however small the
//! pieces are. A finished (or stopped) reply is rendered as Markdown once; "Show source"
//! switches back to the raw text. Replies longer than markdownLimit stay plain text.
class ReplyView : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyView(PlaygroundSession *session, QWidget *parent = nullptr);
    ~ReplyView() override;

    //! The run shown, or nullptr.
    Run *run() const { return m_run; }
    //! The raw reply text as shown so far (what was flushed to the screen), for tests.
    QString displayedText() const { return m_shownText; }

    //! Replies longer than this many characters are not rendered as Markdown.
    static constexpr qsizetype markdownLimit = 1000 * 1000;
    //! Streamed pieces reach the screen at most this often.
    static constexpr int flushIntervalMs = 33;

private:
    // Run list (header).
    void addRunItem(Run *run);
    void removeRunItem(Run *run);
    void updateRunItem(Run *run);
    int comboIndexOf(const Run *run) const;
    QString runItemText(const Run *run) const;
    void updateSelectorToolTip();

    // The selected run.
    void showRun(Run *run);
    void detachRun();
    void onTextDelta(const QString &text);
    void onThoughtDelta(const QString &text);
    void onToolCallDelta(int index, const QString &name, const QString &fragment);
    void onRunFinished();
    void scheduleFlush();
    void flushPending();
    void appendReplyText(const QString &text);
    void appendThought(const QString &text);
    ToolCallView *toolCallView(int index);
    void clearToolCalls();

    void renderFinished();
    void applyTextMode();
    void setReplyPlainText(const QString &text);
    bool wantsMonospace() const { return m_showSource || m_jsonReply; }
    void updateReplyVisibility();
    void updateState();
    void updateStats();
    void updateButtons();
    void updateError();
    void updateThoughtToggle();
    void setThoughtCollapsed(bool collapsed);
    void copyReply();

    PlaygroundSession *m_session;
    QPointer<Run> m_run;
    QList<QMetaObject::Connection> m_runConnections;

    // Header.
    QWidget *m_header;
    QComboBox *m_runSelector;
    QLabel *m_state;
    QLabel *m_stats;

    QStackedWidget *m_pages;
    QLabel *m_empty;

    // Run page.
    QFrame *m_errorBanner;
    QLabel *m_errorIcon;
    QLabel *m_errorText;
    QLabel *m_note;
    QFrame *m_thoughtBox;
    QToolButton *m_thoughtToggle;
    QPlainTextEdit *m_thoughtText;
    QScrollArea *m_toolCallsArea;
    QWidget *m_toolCalls;
    QVBoxLayout *m_toolCallsLayout;
    QList<ToolCallView *> m_toolCallViews;
    QTextBrowser *m_text;
    //! Owned by the reply document; gone with it when Markdown replaces the document.
    QPointer<JsonHighlighter> m_textHighlighter;
    QToolButton *m_markdownToggle;
    QPushButton *m_copyButton;
    QPushButton *m_addButton;

    // Streaming state.
    QString m_shownText;   //!< raw reply text on screen
    QString m_pendingText; //!< arrived, not yet on screen
    QString m_pendingThought;
    QList<int> m_pendingCalls; //!< call indexes with fragments not yet on screen
    qsizetype m_streamedChars = 0;
    QTimer m_flushTimer;
    QTimer m_statsTimer;
    bool m_followText = true;
    bool m_followThought = true;
    bool m_updatingSelector = false;
    bool m_thoughtCollapsed = false;
    bool m_showSource = false;
    //! The finished reply can be rendered as Markdown (not JSON output, not too large).
    bool m_markdownAvailable = false;
    //! The document currently holds rendered Markdown.
    bool m_renderedMarkdown = false;
    //! The run asked for JSON output: shown as (coloured) source, never as Markdown.
    bool m_jsonReply = false;
    bool m_monospace = false;
};

} // namespace playground
