// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "compare/comparelane.h"
#include "compare/comparelaneresult.h"
#include "compare/comparemarks.h"
#include "compare/comparestate.h"
#include "compare/comparisondocument.h"
#include "conversation/conversationrun.h"
#include "core/completionrequest.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

namespace modelkit {

class ChatCompletionClient;
class CompletionJob;
class ModelCatalog;

//! Sends one conversation to several lanes (profile, model, parameters, system prompt) at
//! once and collects every attempt as a ConversationRun: the engine behind "compare
//! providers side by side" for the window and `modelkit compare`.
//!
//! Use: setLanes(), setRequest(), setClientMaker() (and optionally setCatalog(),
//! setConcurrencyLimits(), setStreaming()), then start(). Progress arrives through the
//! signals below; document() is a snapshot that ComparisonDocument saves.
//!
//! - Every lane runs in parallel, except that lanes sharing a profile (CompareLane::limitKey)
//!   with a concurrency limit run at most that many attempts at once; the others wait in
//!   the order they asked, in state Queued. Each attempt takes a slot and gives it back when
//!   it finishes, so lanes with repeats take turns.
//! - A lane makes CompareLane::repeat attempts one after the other with the same client. A
//!   failure does not end the lane (the next attempt may succeed), except one found before
//!   sending (InvalidRequest, Unsupported), which would fail every time.
//! - stop() stops every lane, stopLane() one: the running attempt is cancelled (its partial
//!   reply kept in its run, as the job keeps it) and no further attempt starts; the other
//!   lanes carry on.
//! - The client maker is called once per lane in start(). A lane whose client cannot be
//!   made fails at once with one attempt holding an InvalidRequest error with the reason.
//! - Costs come from the catalog (CompareLane::provider, else the client's providerName(),
//!   and the model asked for): nullopt when the price is unknown, 0 for cached replies and
//!   for the offline Demo provider.
//!   When the provider reported no usage but tokens arrived (a stopped stream, some local
//!   servers), the usage is a TokenEstimator estimate and the run says so.
//!
//! Per token the engine only forwards the delta (with the lane and attempt) and does no
//! work that grows with the reply: a view should append deltas, not rebuild the text.
//!
//! Signal order per attempt: laneStateChanged(Queued) (only when it must wait),
//! laneStateChanged(Running) and attemptStarted(), deltas, attemptFinished(); after the
//! lane's last attempt laneStateChanged(final) and laneFinished(); after every lane
//! finished(). start() may emit lane signals before it returns (a lane whose client cannot
//! be made finishes there), never finished().
class Comparison : public QObject
{
    Q_OBJECT

public:
    //! Makes the client of `lane` (the UI: its profiles and keychain; the CLI: its own), or
    //! returns nullptr with a translated reason in `error`. The comparison owns the client.
    using ClientMaker = std::function<std::unique_ptr<ChatCompletionClient>(const CompareLane &lane,
                                                                            QString *error)>;

    static constexpr int maxLanes = ComparisonDocument::maxLanes;

    explicit Comparison(QObject *parent = nullptr);
    ~Comparison() override;

    //! 1 to maxLanes lanes with unique ids. Not while running.
    void setLanes(const QList<CompareLane> &lanes);
    QList<CompareLane> lanes() const;
    int laneCount() const { return int(m_lanes.size()); }
    //! The index of the lane with `id`, or -1.
    int indexOf(const QString &laneId) const;

    //! The shared conversation, tools and parameters every lane starts from.
    void setRequest(const CompletionRequest &request) { m_request = request; }
    CompletionRequest request() const { return m_request; }

    void setClientMaker(ClientMaker maker) { m_maker = std::move(maker); }
    //! Prices attempts; not owned, must outlive the comparison's runs. nullptr: every cost
    //! is unknown.
    void setCatalog(const ModelCatalog *catalog) { m_catalog = catalog; }
    //! Profile (or provider) name, compared case-insensitively → attempts that may run at
    //! once. Names without a limit (or with one below 1) have none.
    void setConcurrencyLimits(const QMap<QString, int> &limits);
    QMap<QString, int> concurrencyLimits() const { return m_limits; }
    //! The limit that applies to `lane`, or nullopt.
    std::optional<int> concurrencyLimit(int lane) const;
    //! Streamed calls (default) or whole replies.
    void setStreaming(bool streaming) { m_streaming = streaming; }
    bool isStreaming() const { return m_streaming; }
    void setTitle(const QString &title) { m_title = title; }

    //! Starts every lane; previous results are dropped. False (with a translated reason in
    //! `error`, nothing started) when running already, without lanes or a client maker, or
    //! when a lane or the request is invalid.
    bool start(QString *error = nullptr);
    //! Stops every lane. Does nothing when not running.
    void stop();
    //! Stops lane `lane` only.
    void stopLane(int lane);
    bool isRunning() const { return m_running; }

    CompareState laneState(int lane) const;
    //! The finished attempts of `lane`, in order.
    QList<ConversationRun> attempts(int lane) const;
    //! The attempt running or queued next (0-based), or -1 when the lane is over.
    int currentAttempt(int lane) const;
    //! The running attempt's reply so far (for a view that opens mid-stream), or nullopt.
    std::optional<CreateResult> partialResult(int lane) const;
    CompareLaneSummary summary(int lane) const;
    CompareMarks marks() const;

    //! Everything as a document: request, lanes, states and finished attempts.
    ComparisonDocument document() const;
    //! Shows a saved comparison (not while running): its request, lanes, limits and
    //! attempts. Lanes saved while running or queued read as Cancelled.
    void restore(const ComparisonDocument &document);

Q_SIGNALS:
    void laneStateChanged(int lane, modelkit::CompareState state);
    void attemptStarted(int lane, int attempt);
    void textDelta(int lane, int attempt, const QString &text);
    void thoughtDelta(int lane, int attempt, const QString &text);
    void toolCallDelta(int lane, int attempt, int index, const QString &id, const QString &name,
                       const QString &argumentsFragment);
    //! attempts(lane).at(attempt) is the attempt's run.
    void attemptFinished(int lane, int attempt);
    void laneFinished(int lane);
    void finished();

private:
    struct Lane;

    //! Lets go of the lanes' clients (deleted on the next event-loop turn).
    void discardClients();
    void setState(int index, CompareState state);
    //! Takes a slot for the lane's next attempt and runs it, or queues the lane.
    void requestSlot(int index);
    bool hasFreeSlot(const Lane &lane) const;
    //! Starts queued attempts while their profile has a free slot, in queue order.
    void dispatchQueue();
    void runAttempt(int index);
    void onAttemptFinished(int index);
    ConversationRun runOf(const Lane &lane, const CompletionJob &job) const;
    std::optional<double> costOf(const Lane &lane, const CreateResult &result,
                                 const RequestUsage &usage) const;
    void finishLane(int index, std::optional<CompareState> state = std::nullopt);
    void maybeFinish();
    static QString keyOf(const QString &name) { return name.toCaseFolded(); }

    std::vector<std::unique_ptr<Lane>> m_lanes;
    CompletionRequest m_request;
    ClientMaker m_maker;
    const ModelCatalog *m_catalog = nullptr;
    QMap<QString, int> m_limits;
    QHash<QString, int> m_limitByKey;  //!< casefolded key → limit
    QHash<QString, int> m_activeByKey; //!< casefolded key → attempts running
    QList<int> m_queue;                //!< lanes waiting for a slot, in order
    QString m_id;
    QString m_title;
    //! Fields of a restored document this version does not know (written back by
    //! document() until the comparison runs again).
    PreservedJson m_preserved;
    QDateTime m_createdAt;
    bool m_streaming = true;
    bool m_running = false;
    bool m_starting = false;
};

} // namespace modelkit
