#include "rebuildscheduler.h"

#include <QAbstractItemModel>
#include <QTimer>

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
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        emit rebuild();
    });
}
