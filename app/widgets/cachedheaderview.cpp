#include "cachedheaderview.h"

#include <QEvent>
#include <QIcon>
#include <QPixmap>

CachedHeaderView::CachedHeaderView(Qt::Orientation orientation, QWidget* parent)
    : QHeaderView(orientation, parent)
{
    // What the hint is made of: which sections show (hiding one sizes it to 0, showing one
    // gives its size back), how many there are, and where the sort indicator is.
    connect(this, &QHeaderView::sectionResized, this, [this](int, int oldSize, int newSize) {
        if (oldSize == 0 || newSize == 0)
            forgetSizeHint();
    });
    connect(this, &QHeaderView::sectionCountChanged, this, &CachedHeaderView::forgetSizeHint);
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
    // ... and the header texts. A section keeps its size for as long as its text is the same
    // (sectionSizeFromContents() compares): a new catalog resets the chip table's model, and
    // its column titles stay.
    m_modelConnections = {
        connect(newModel, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation changed) {
                if (changed == orientation())
                    forgetSizeHint();
            }),
        connect(newModel, &QAbstractItemModel::modelReset, this, &CachedHeaderView::forgetSizeHint),
        connect(newModel, &QAbstractItemModel::layoutChanged, this, &CachedHeaderView::forgetSizeHint),
        connect(newModel, &QAbstractItemModel::columnsMoved, this, &CachedHeaderView::forgetSizeHint),
        connect(newModel, &QAbstractItemModel::rowsMoved, this, &CachedHeaderView::forgetSizeHint),
    };
}

void CachedHeaderView::forgetSectionSizes()
{
    m_sections.clear();
    forgetSizeHint();
}

void CachedHeaderView::forgetSizesIfIndicatorShownChanged() const
{
    // QHeaderView leaves room for a sort indicator in every section once indicators are shown,
    // and showing them tells no one.
    if (m_sectionSizesWithIndicator == isSortIndicatorShown())
        return;
    m_sectionSizesWithIndicator = isSortIndicatorShown();
    m_sections.clear();
    m_sizeHint = QSize();
}

namespace {
// Icons and pixmaps have no ==; the same image shares its cache key.
bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.metaType() != b.metaType())
        return false;
    if (a.metaType() == QMetaType::fromType<QIcon>())
        return a.value<QIcon>().cacheKey() == b.value<QIcon>().cacheKey();
    if (a.metaType() == QMetaType::fromType<QPixmap>())
        return a.value<QPixmap>().cacheKey() == b.value<QPixmap>().cacheKey();
    return a == b;
}
} // namespace

CachedHeaderView::MeasuredSection CachedHeaderView::contentsOf(int logicalIndex) const
{
    const QAbstractItemModel* m = model();
    return { m->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString(),
        m->headerData(logicalIndex, orientation(), Qt::FontRole),
        m->headerData(logicalIndex, orientation(), Qt::DecorationRole), QSize() };
}

QSize CachedHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    if (!model())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    // A size the model gives is taken as it is, as QHeaderView does.
    const QVariant given = model()->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
    if (given.isValid())
        return given.toSize();
    forgetSizesIfIndicatorShownChanged();
    MeasuredSection now = contentsOf(logicalIndex);
    if (logicalIndex < m_sections.size()) {
        const MeasuredSection& kept = m_sections.at(logicalIndex);
        if (kept.size.isValid() && kept.text == now.text && sameValue(kept.font, now.font)
            && sameValue(kept.decoration, now.decoration))
            return kept.size;
    }
    // (Measuring polishes the header first, which can change its font and so forget every
    // size: the list is grown only afterwards.)
    now.size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (logicalIndex >= m_sections.size())
        m_sections.resize(std::max<qsizetype>(count(), logicalIndex + 1));
    m_sections[logicalIndex] = std::move(now);
    return m_sections.at(logicalIndex).size;
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
