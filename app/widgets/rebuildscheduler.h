#pragma once

#include <QObject>

class QAbstractItemModel;
class QWidget;

// Coalesces "the rows changed" signals into one rebuild on the next event-loop turn, so views fed
// from the filtered model (chart, ecosystem matrix, LLM fit) redraw once per user action. While
// the owning page is hidden (another tab is showing) nothing is rebuilt: the page catches up when
// shown, and flush() brings it up to date on demand (before an export).
class RebuildScheduler : public QObject
{
    Q_OBJECT
public:
    explicit RebuildScheduler(QWidget* owner);

    void watch(QAbstractItemModel* model); // rows inserted/removed, reset, layout and data changed
    void request();
    void flush(); // rebuild now if a rebuild is outstanding

signals:
    void rebuild();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_owner;
    bool m_pending = false; // a rebuild is queued for the next event-loop turn
    bool m_stale = false; // a change arrived while the owner was hidden
};
