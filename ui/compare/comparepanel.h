// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/comparelane.h"
#include "compare/comparestate.h"

#include <optional>

#include <QList>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QToolButton;

namespace modelkit {
class Comparison;
struct ComparisonDocument;
} // namespace modelkit

namespace playground {

class CompareDiffView;
class CompareLaneView;
class PlaygroundSession;
class Run;

//! The Compare view: the window's conversation, tools and parameters sent to 2 to 8 lanes
//! at once (each its own profile, model, overrides and system prompt), streaming side by
//! side with their metrics and marks, a word diff between any two, repeats for variance,
//! and comparisons saved and reopened as `modelkit.comparison` files.
//!
//! Every attempt is counted in the session's totals and the usage ledger as it finishes.
//! The lanes and the per-profile concurrency limits are remembered between launches.
class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int minLanes = 2;

    explicit ComparePanel(PlaygroundSession *session, QWidget *parent = nullptr);
    ~ComparePanel() override;

    modelkit::Comparison *comparison() const { return m_comparison; }
    QList<CompareLaneView *> laneViews() const { return m_views; }
    CompareLaneView *laneView(int index) const { return m_views.value(index); }

    //! Replaces the lanes (at least minLanes, at most Comparison::maxLanes are kept).
    void setLanes(const QList<modelkit::CompareLane> &lanes);
    QList<modelkit::CompareLane> lanes() const;
    //! Adds a lane like the last one; false at the most lanes or while running.
    bool addLane();
    void removeLane(int index);
    //! Attempts per lane.
    void setRepeat(int repeat);
    int repeat() const;
    //! Profile (or provider) name → requests that may run at once (remembered).
    void setConcurrencyLimits(const QMap<QString, int> &limits);
    QMap<QString, int> concurrencyLimits() const { return m_limits; }

    //! Sends the session's request to every lane. False with a translated reason when it
    //! cannot start (an invalid request, a lane without a model…); waits for API keys still
    //! being read and then starts.
    bool send(QString *error = nullptr);
    void stop();
    void stopLane(int index);
    bool isRunning() const;
    //! What sending now would cost at the catalog's prices, every lane and attempt: each
    //! lane's prompt estimate plus its max_tokens (or the session's assumed reply length);
    //! nullopt when any non-Demo lane's price is unknown.
    std::optional<double> estimateSendCostUsd() const;

    //! Writes the comparison shown (requests, lanes, attempts) off the UI thread; saved()
    //! or problem() tells how it went.
    void saveTo(const QString &path);
    //! Reads a saved comparison off the UI thread and shows it; opened() or problem().
    void openFrom(const QString &path);
    //! Shows `document` (not while running).
    bool showDocument(const modelkit::ComparisonDocument &document, QString *error = nullptr);

    //! On first use (no lanes saved yet): two lanes of the window's provider and model.
    void adoptSessionProvider();

    CompareDiffView *diffView() const { return m_diff; }
    //! Shows or hides the word diff between two lanes.
    void setDiffVisible(bool visible);
    void setScrollSynced(bool synced);

Q_SIGNALS:
    void runningChanged(bool running);
    void finished();
    //! Show this lane attempt in the inspector.
    void inspectRequested(playground::Run *run);
    //! A lane's reply was added to the conversation: go back to the chat.
    void promoted();
    void saved(const QString &path);
    void opened(const QString &path);
    void problem(const QString &message);
    void message(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    CompareLaneView *createLaneView();
    //! Gives the engine the lanes shown and their results (what Save writes).
    void syncEngineLanes();
    void renumber();
    void saveLanes() const;
    void startWhenKeysRead();
    bool start(QString *error);
    void connectComparison();
    void editLaneSettings(CompareLaneView *view);
    void promote(CompareLaneView *view);
    void refreshSummaries();
    void refreshDiff();
    void updateSummary();
    void updateControls();
    void syncScroll(CompareLaneView *source);
    QString queuedNote(int lane) const;
    void chooseSaveFile();
    void chooseOpenFile();

    PlaygroundSession *m_session;
    modelkit::Comparison *m_comparison;
    QList<CompareLaneView *> m_views;
    QMap<QString, int> m_limits;
    bool m_waitingForKeys = false;
    bool m_lanesWereSaved = false;
    //! The conversation the running comparison was sent from (for the usage ledger).
    QString m_conversationId;
    bool m_syncing = false;
    QTimer m_tick;

    QToolButton *m_addLane;
    QSpinBox *m_repeat;
    QCheckBox *m_syncScroll;
    QToolButton *m_diffToggle;
    QToolButton *m_stopAll;
    QToolButton *m_open;
    QToolButton *m_save;
    QLabel *m_summary;
    QLabel *m_note;
    QSplitter *m_vertical;
    QScrollArea *m_scroll;
    QSplitter *m_lanesSplitter;
    CompareDiffView *m_diff;
};

} // namespace playground
