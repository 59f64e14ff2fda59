// SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
// SPDX-License-Identifier: MIT
#include "composer/cachesection.h"

#include "cache/cachestore.h"
#include "session/playgroundsession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace modelkit;
using namespace Qt::StringLiterals;

namespace playground {

CacheSection::CacheSection(PlaygroundSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_enabled(new QCheckBox(tr("Use the response &cache"), this))
    , m_stats(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(u"cacheSection"_s);
    m_enabled->setObjectName(u"cacheCheck"_s);
    m_enabled->setToolTip(
        tr("A request identical to an earlier one (messages, tools, tool choice, output "
           "format, every parameter, provider and model) is answered from the local disk "
           "cache: instantly, marked \"cached\", and free in the actual usage. Remembered "
           "per provider profile."));
    m_stats->setObjectName(u"cacheStats"_s);
    m_stats->setForegroundRole(QPalette::PlaceholderText);
    m_stats->setWordWrap(true);
    m_clear->setObjectName(u"clearCacheButton"_s);
    m_clear->setToolTip(tr("Delete every stored reply"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_enabled);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(22, 0, 0, 0);
    row->addWidget(m_stats, 1);
    row->addWidget(m_clear);
    layout->addLayout(row);

    connect(m_enabled, &QCheckBox::toggled, this,
            [this](bool on) { m_session->setCacheEnabled(on); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Clear the response cache"),
                                  tr("Delete every stored reply? Later requests go to the "
                                     "provider again."))
            == QMessageBox::Yes)
            clearCache();
    });
    connect(m_session, &PlaygroundSession::cacheChanged, this, [this] {
        m_enabled->setChecked(m_session->isCacheEnabled());
        refreshStats();
    });
    connect(m_session, &PlaygroundSession::runFinished, this, [this] {
        if (m_session->isCacheEnabled())
            refreshStats();
    });
    m_enabled->setChecked(m_session->isCacheEnabled());
    refreshStats();
}

void CacheSection::refreshStats()
{
    const bool on = m_session->isCacheEnabled();
    m_stats->setVisible(on);
    m_clear->setVisible(on);
    if (!on)
        return;
    CacheStore *store = m_session->cacheStore();
    if (!store) {
        m_stats->setText(m_session->providerProblem());
        return;
    }
    store->stats(this, [this, store](const CacheStore::Reply &reply) {
        if (reply.isError()) {
            m_stats->setText(tr("Cache error: %1").arg(reply.error));
            return;
        }
        const QLocale locale;
        const CacheStats &stats = reply.stats;
        m_stats->setText(tr("%1 · %2 stored, %3 · this session: %4 hits, %5 misses")
                             .arg(store->description())
                             .arg(stats.entries < 0 ? u"?"_s : locale.toString(stats.entries))
                             .arg(stats.bytes < 0 ? u"?"_s : locale.formattedDataSize(stats.bytes))
                             .arg(stats.hits)
                             .arg(stats.misses));
    });
}

void CacheSection::clearCache()
{
    if (CacheStore *store = m_session->cacheStore())
        store->clear(this, [this](const CacheStore::Reply &) { refreshStats(); });
}

} // namespace playground
