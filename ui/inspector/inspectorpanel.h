// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/createresult.h"

#include <optional>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QStackedWidget;

namespace playground {

class JsonHighlighter;
class LogprobsModel;
class PlaygroundSession;
class Run;
class TimelineModel;

//! Everything about the session's selected run that the reply view does not show: the
//! CreateResult field by field (AutoGen's names), log probabilities, timings and retries,
//! the redacted HTTP request and response, and the stream timeline. Updated when the run
//! finishes; the timings and the timeline also while it streams.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(PlaygroundSession *session, QWidget *parent = nullptr);
    ~InspectorPanel() override;

    Run *run() const { return m_run; }
    TimelineModel *timelineModel() const { return m_timeline; }

    //! Bodies larger than this many bytes are shown as received, not pretty-printed.
    static constexpr qsizetype prettyPrintLimit = 2 * 1000 * 1000;
    //! Bodies larger than this many characters are not coloured.
    static constexpr qsizetype highlightLimit = 512 * 1000;

private:
    QWidget *createResultTab();
    QWidget *createLogprobsTab();
    QWidget *createTimingsTab();
    QWidget *createRequestTab();
    QWidget *createResponseTab();
    QWidget *createTimelineTab();

    void showRun(Run *run);
    void onRunFinished();
    void refreshResult();
    void updateCaption();
    void updateResultTree();
    void fitFieldColumn();
    void updateLogprobs();
    void updateTimings();
    void updateRequest();
    void updateResponse();
    void updateTimelineSummary();

    struct Body
    {
        QPlainTextEdit *edit = nullptr;
        JsonHighlighter *highlighter = nullptr;
    };
    //! Shows `bytes`, pretty-printed and coloured when it is JSON and not too large; returns
    //! a note about how it is shown (empty when nothing is worth saying).
    QString setBody(Body &body, const QByteArray &bytes);
    void copyResultJson();

    PlaygroundSession *m_session;
    QPointer<Run> m_run;
    std::optional<modelkit::CreateResult> m_result;
    QList<QMetaObject::Connection> m_runConnections;
    QTimer m_liveTimer;

    QLabel *m_caption = nullptr;
    QTabWidget *m_tabs = nullptr;

    QTreeWidget *m_resultTree = nullptr;
    QPushButton *m_copyResultButton = nullptr;

    QStackedWidget *m_logprobsPages = nullptr;
    QLabel *m_logprobsEmpty = nullptr;
    QTableView *m_logprobsTable = nullptr;
    LogprobsModel *m_logprobs = nullptr;

    QLabel *m_sentAt = nullptr;
    QLabel *m_firstByte = nullptr;
    QLabel *m_firstToken = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_tokensPerSecond = nullptr;
    QLabel *m_attempts = nullptr;

    QLabel *m_requestNote = nullptr;
    QLabel *m_requestUrl = nullptr;
    QTableWidget *m_requestHeaders = nullptr;
    Body m_requestBody;
    QLabel *m_requestBodyNote = nullptr;
    QPushButton *m_copyUrlButton = nullptr;
    QPushButton *m_copyRequestHeadersButton = nullptr;
    QPushButton *m_copyRequestBodyButton = nullptr;

    QLabel *m_responseNote = nullptr;
    QLabel *m_responseStatus = nullptr;
    QTableWidget *m_responseHeaders = nullptr;
    Body m_responseBody;
    QPushButton *m_copyResponseHeadersButton = nullptr;
    QPushButton *m_copyResponseBodyButton = nullptr;

    QLabel *m_timelineSummary = nullptr;
    QTableView *m_timelineTable = nullptr;
    TimelineModel *m_timeline = nullptr;

    bool m_requestShown = false;
};

} // namespace playground
