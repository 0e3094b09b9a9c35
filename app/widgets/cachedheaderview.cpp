#include "cachedheaderview.h"

#include <QEvent>

CachedHeaderView::CachedHeaderView(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent)
{
    // What the hint is made of: which sections show (hiding one sizes it to 0, showing one
    // gives its size back), how many there are, and where the sort indicator is.
    connect(this, &QHeaderView::sectionResized, this, [this](int, int oldSize, int newSize) {
        if (oldSize == 0 || newSize == 0)
            forgetSizeHint();
    });
    connect(
        this, &QHeaderView::sectionCountChanged, this, qOverload<>(&CachedHeaderView::forgetSectionSizes));
    connect(this, &QHeaderView::sortIndicatorChanged, this, &CachedHeaderView::forgetSizeHint);
}

void CachedHeaderView::setModel(QAbstractItemModel* newModel)
{
    if (newModel == model())
        return;
    for (const auto& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QHeaderView::setModel(newModel);
    forgetSectionSizes();
    if (!newModel)
        return;
    // ... and the header texts.
    m_modelConnections = {
        connect(newModel, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation changed, int first, int last) {
                if (changed == orientation())
                    forgetSectionSizes(first, last);
            }),
        connect(newModel, &QAbstractItemModel::modelReset, this,
            qOverload<>(&CachedHeaderView::forgetSectionSizes)),
        connect(newModel, &QAbstractItemModel::layoutChanged, this,
            [this](const QList<QPersistentModelIndex>&, QAbstractItemModel::LayoutChangeHint hint) {
                // Sorting rows leaves the columns' texts where they were, and the other way round.
                const auto keepsSections = orientation() == Qt::Horizontal
                    ? QAbstractItemModel::VerticalSortHint
                    : QAbstractItemModel::HorizontalSortHint;
                if (hint != keepsSections)
                    forgetSectionSizes();
            }),
        // Moving sections in the model gives logical indexes other texts.
        connect(newModel, &QAbstractItemModel::columnsMoved, this,
            qOverload<>(&CachedHeaderView::forgetSectionSizes)),
        connect(newModel, &QAbstractItemModel::rowsMoved, this,
            qOverload<>(&CachedHeaderView::forgetSectionSizes)),
    };
}

void CachedHeaderView::forgetSectionSizes()
{
    m_sectionSizes.clear();
    forgetSizeHint();
}

void CachedHeaderView::forgetSectionSizes(int first, int last)
{
    for (int section = std::max(first, 0); section <= last && section < m_sectionSizes.size(); ++section)
        m_sectionSizes[section] = QSize();
    forgetSizeHint();
}

void CachedHeaderView::forgetSizesIfIndicatorShownChanged() const
{
    // QHeaderView leaves room for a sort indicator in every section once indicators are shown,
    // and showing them tells no one.
    if (m_sectionSizesWithIndicator == isSortIndicatorShown())
        return;
    m_sectionSizesWithIndicator = isSortIndicatorShown();
    m_sectionSizes.clear();
    m_sizeHint = QSize();
}

QSize CachedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    forgetSizesIfIndicatorShownChanged();
    if (logicalIndex >= m_sectionSizes.size())
        m_sectionSizes.resize(std::max<qsizetype>(count(), logicalIndex + 1));
    QSize& size = m_sectionSizes[logicalIndex];
    if (!size.isValid())
        size = QHeaderView::sectionSizeFromContents(logicalIndex);
    return size;
}

void CachedHeaderView::setMeasuringPaused(bool paused)
{
    if (paused == m_measuringPaused)
        return;
    m_measuringPaused = paused;
    forgetSizeHint();
    if (!paused)
        emit geometriesChanged(); // the view lays out the header again, at its measured height
}

QSize CachedHeaderView::sizeHint() const
{
    if (m_measuringPaused)
        return {};
    if (m_leader)
        return m_leader->sizeHint();
    forgetSizesIfIndicatorShownChanged();
    if (!m_sizeHint.isValid())
        m_sizeHint = QHeaderView::sizeHint();
    return m_sizeHint;
}

bool CachedHeaderView::event(QEvent* event)
{
    // ... and the font and style it is drawn with.
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
        forgetSectionSizes();
        break;
    default:
        break;
    }
    return QHeaderView::event(event);
}
