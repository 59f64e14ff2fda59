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
class QVBoxLayout;

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
    //! Shows `run` (a Compare lane's attempt, say) until the session selects another run or
    //! `run` is deleted.
    void inspect(Run *run) { showRun(run); }
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
    //! The headers and body of the request or the response.
    struct HttpSection
    {
        QPushButton *copyHeadersButton = nullptr;
        QTableWidget *headers = nullptr;
        QPushButton *copyBodyButton = nullptr;
        QLabel *bodyNote = nullptr; //!< only where a body note name is given
        Body body;
    };
    //! The object names and tooltips of an HttpSection's widgets.
    struct HttpSectionNames
    {
        QString copyHeadersButton;
        QString copyHeadersTooltip;
        QString headers;
        QString copyBodyButton;
        QString copyBodyTooltip;
        //! Empty (the default, which may be left out): no note between "Body" and the body.
        QString bodyNote = {};
        QString body;
    };
    //! Adds to `layout` a row of `headersTitle` and a copy button (which copies the result's
    //! `exchange.*headers`) over the headers table, then a "Body" row with a copy button over
    //! the (optional) note and the body. The body's copy button is the caller's to connect.
    HttpSection createHttpSection(QWidget *tab, QVBoxLayout *layout, QLabel *headersTitle,
                                  modelkit::HttpHeaders modelkit::Exchange::*headers,
                                  const HttpSectionNames &names);
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
    QPushButton *m_copyUrlButton = nullptr;
    HttpSection m_request;

    QLabel *m_responseNote = nullptr;
    QLabel *m_responseStatus = nullptr;
    HttpSection m_response;

    QLabel *m_timelineSummary = nullptr;
    QTableView *m_timelineTable = nullptr;
    TimelineModel *m_timeline = nullptr;

    bool m_requestShown = false;
};

} // namespace playground
