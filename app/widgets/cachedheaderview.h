#pragma once

#include <QHeaderView>

// A header that works out its size hint once for each change that can alter it. QHeaderView
// measures every shown section's text again whenever its own cache is dropped, which moving and
// hiding sections do: setting up the chip table measured its header about a dozen times.
class CachedHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit CachedHeaderView(Qt::Orientation orientation, QWidget* parent = nullptr);

    // This header's height follows `leader`'s: the frozen column's header is as tall as the
    // table's, and need not measure the sections it hides.
    void followSizeHintOf(QHeaderView* leader) { m_leader = leader; }

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent* event) override;

private:
    void forgetSizeHint() { m_sizeHint = QSize(); }

    mutable QSize m_sizeHint; // invalid: to be worked out again
    QHeaderView* m_leader = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
};
