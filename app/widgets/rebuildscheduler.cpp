#include "rebuildscheduler.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QTimer>
#include <QWidget>

RebuildScheduler::RebuildScheduler(QWidget* owner)
    : QObject(owner)
    , m_owner(owner)
{
    owner->installEventFilter(this);
}

void RebuildScheduler::watch(QAbstractItemModel* model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this, &RebuildScheduler::request);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RebuildScheduler::request);
    connect(model, &QAbstractItemModel::modelReset, this, &RebuildScheduler::request);
    connect(model, &QAbstractItemModel::layoutChanged, this, &RebuildScheduler::request);
    connect(model, &QAbstractItemModel::dataChanged, this, &RebuildScheduler::request);
}

void RebuildScheduler::request()
{
    if (m_owner->isHidden()) {
        m_stale = true;
        return;
    }
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_pending) // flushed meanwhile
            return;
        m_pending = false;
        if (m_owner->isHidden()) { // hidden meanwhile (a page built, then put behind its tab)
            m_stale = true;
            return;
        }
        m_stale = false;
        emit rebuild();
    });
}

void RebuildScheduler::flush()
{
    if (!m_pending && !m_stale)
        return;
    m_pending = false;
    m_stale = false;
    emit rebuild();
}

bool RebuildScheduler::eventFilter(QObject* watched, QEvent* event)
{
    // ShowToParent arrives when the tab is made current, even before the window itself is shown.
    const bool shown = event->type() == QEvent::Show || event->type() == QEvent::ShowToParent;
    if (watched == m_owner && shown && m_stale)
        request();
    return QObject::eventFilter(watched, event);
}
