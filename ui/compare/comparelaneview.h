// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/comparelane.h"
#include "compare/comparelanesummary.h"
#include "compare/comparestate.h"
#include "conversation/conversationrun.h"
#include "core/completionrequest.h"

#include <optional>

#include <QElapsedTimer>
#include <QFrame>
#include <QList>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;

namespace playground {

class PlaygroundSession;
class Run;
class ToolCallView;

//! One lane of the Compare view: where it sends (profile, model, settings) and what came
//! back — the reply streaming in (text, reasoning, function calls shown as calls), its
//! timings, tokens, cost and finish reason, errors in place, the marks it earned, and with
//! repeats every attempt and the spread between them.
//!
//! Streamed pieces are buffered and appended at most every flushIntervalMs, so a fast
//! stream costs one append per interval, never a re-layout of the whole reply.
class CompareLaneView : public QFrame
{
    Q_OBJECT

public:
    explicit CompareLaneView(PlaygroundSession *session, QWidget *parent = nullptr);
    ~CompareLaneView() override;

    static constexpr int flushIntervalMs = 40;

    // --- Configuration ------------------------------------------------------------------
    //! Shows `lane` in the pickers (a profile that no longer exists is kept as an entry).
    void setLane(const modelkit::CompareLane &lane);
    //! The lane as configured: id, profile (or Demo), provider, model and the settings.
    modelkit::CompareLane lane() const;
    void setNumber(int number);
    int number() const { return m_number; }
    void setRemovable(bool removable);
    //! Locks the pickers while a comparison runs.
    void setComparisonRunning(bool running);
    //! Re-reads the profiles after they changed, keeping the choice when it still exists.
    void reloadProfiles();

    // --- Results ------------------------------------------------------------------------
    //! A new comparison starts: forgets what was shown. `request` is what this lane sends.
    void reset(const modelkit::CompletionRequest &request);
    void setState(modelkit::CompareState state, const QString &note = {});
    modelkit::CompareState state() const { return m_state; }
    void startAttempt(int attempt, int attempts);
    void appendText(int attempt, const QString &text);
    void appendThought(int attempt, const QString &text);
    void appendToolCall(int attempt, int index, const QString &id, const QString &name,
                        const QString &argumentsFragment);
    void finishAttempt(int attempt, const modelkit::ConversationRun &run);
    //! The lane's summary over its attempts and the marks ("fastest"…) it earned.
    void setSummary(const modelkit::CompareLaneSummary &summary, const QStringList &marks);
    //! Shows the attempts of a saved comparison.
    void restore(const QList<modelkit::ConversationRun> &attempts, modelkit::CompareState state,
                 const modelkit::CompletionRequest &request);
    //! Updates the running time while an attempt is in flight.
    void tick();

    // --- Reading ------------------------------------------------------------------------
    //! The attempt shown (-1 before the first).
    int shownAttempt() const { return m_shown; }
    void showAttempt(int attempt);
    const QList<modelkit::ConversationRun> &attempts() const { return m_attempts; }
    //! The shown attempt's run when it finished, else nullptr.
    const modelkit::ConversationRun *shownRun() const;
    //! What the shown attempt answered, as text a diff can compare: the reply, or each
    //! function call as `name(arguments)` on its own line.
    QString answerText() const;
    QPlainTextEdit *replyEdit() const { return m_reply; }
    //! The shown attempt as a Run the inspector and the conversation understand (built on
    //! first use, owned by this view); nullptr while it runs or before it finished.
    Run *shownAttemptRun();
    //! The request this lane sent.
    const modelkit::CompletionRequest &request() const { return m_request; }

Q_SIGNALS:
    void configurationChanged();
    void settingsRequested();
    void removeRequested();
    void stopRequested();
    void inspectRequested();
    void promoteRequested();
    void shownAttemptChanged();

private:
    void reloadModels();
    void scheduleFlush();
    void flushPending();
    //! Empties the reply area (not what the live attempt has received).
    void clearReply();
    //! Draws the live attempt from what it has received so far.
    void showLiveAttempt();
    void showFinishedRun(const modelkit::ConversationRun &run);
    ToolCallView *toolCallView(int index);
    void updateAttemptPicker();
    void updateMetrics();
    void updateButtons();
    void updateHeader();

    PlaygroundSession *m_session;
    int m_number = 0;
    modelkit::CompareLane m_config; //!< id, label and the settings the pickers don't show
    bool m_comparisonRunning = false;

    QLabel *m_title;
    QComboBox *m_profile;
    QComboBox *m_model;
    QToolButton *m_settings;
    QToolButton *m_stop;
    QToolButton *m_remove;
    QLabel *m_overridesNote;
    QLabel *m_stateLabel;
    QLabel *m_marks;
    QLabel *m_ttft;
    QLabel *m_speed;
    QLabel *m_total;
    QLabel *m_cost;
    QLabel *m_tokens;
    QLabel *m_finish;
    QLabel *m_variance;
    QLabel *m_error;
    QComboBox *m_attempt;
    QPlainTextEdit *m_thought;
    QPlainTextEdit *m_reply;
    QWidget *m_callsBox;
    QVBoxLayout *m_callsLayout;
    QList<ToolCallView *> m_calls;
    QToolButton *m_inspect;
    QToolButton *m_promote;

    modelkit::CompletionRequest m_request;
    modelkit::CompareState m_state = modelkit::CompareState::Pending;
    QList<modelkit::ConversationRun> m_attempts;
    std::optional<modelkit::CompareLaneSummary> m_summary;
    int m_shown = -1;
    int m_live = -1; //!< the attempt streaming, -1 when none
    int m_attemptCount = 1;
    QElapsedTimer m_liveClock;
    std::optional<qint64> m_liveFirstTokenMs;
    qint64 m_liveChars = 0;
    QString m_pendingText;
    QString m_pendingThought;
    QList<int> m_pendingCalls;
    struct LiveCall
    {
        QString id;
        QString name;
        QString arguments;
    };
    QList<LiveCall> m_liveCalls;
    //! The live attempt's text and reasoning so far: shown again when the reader comes
    //! back to it from an older attempt.
    QString m_liveText;
    QString m_liveThought;
    QTimer m_flushTimer;
    QPointer<Run> m_shownRun;
    int m_shownRunAttempt = -1;
};

} // namespace playground
