#pragma once

#include <QObject>

class QAbstractItemModel;

// Coalesces "the rows changed" signals into one rebuild on the next event-loop turn, so views fed
// from the filtered model (chart, ecosystem matrix, LLM fit) redraw once per user action.
class RebuildScheduler : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void watch(QAbstractItemModel* model); // rows inserted/removed, reset, layout changed
    void request();
    bool isPending() const { return m_pending; }

signals:
    void rebuild();

private:
    bool m_pending = false;
};
