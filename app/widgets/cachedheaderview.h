#pragma once

#include <QHeaderView>

// A header that works out its size hint once for each change that can alter it, and each
// section's size from its contents once for each text it shows. QHeaderView measures every shown
// section's text again whenever its own cache is dropped, which moving and hiding sections do:
// setting up the chip table measured its header about a dozen times, and fitting its columns each
// section again.
class CachedHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit CachedHeaderView(Qt::Orientation orientation, QWidget* parent = nullptr);

    // This header's height follows `leader`'s: the frozen column's header is as tall as the
    // table's, and need not measure the sections it hides.
    void followSizeHintOf(QHeaderView* leader) { m_leader = leader; }

    // While paused, the header measures nothing and asks for no room: its view is being set up,
    // and most of its sections are still to be hidden. Resuming measures what then shows.
    void setMeasuringPaused(bool paused);

    void setModel(QAbstractItemModel* model) override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent* event) override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    // What QHeaderView measures a section from (besides this header's own font, style and sort
    // indicator), and the size it measured.
    struct MeasuredSection
    {
        QString text;
        QVariant font;
        QVariant decoration;
        QSize size; // invalid: not measured
    };
    MeasuredSection contentsOf(int logicalIndex) const;

    void forgetSizeHint() { m_sizeHint = QSize(); }
    // Forgets the sections' sizes as well as the hint made of them.
    void forgetSectionSizes();
    void forgetSizesIfIndicatorShownChanged() const;

    mutable QSize m_sizeHint; // invalid: to be worked out again
    // By logical index. Measured with or without room for a sort indicator, as
    // m_sectionSizesWithIndicator says.
    mutable QList<MeasuredSection> m_sections;
    mutable bool m_sectionSizesWithIndicator = false;
    QHeaderView* m_leader = nullptr;
    bool m_measuringPaused = false;
    QList<QMetaObject::Connection> m_modelConnections;
};
