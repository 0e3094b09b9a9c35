#include "chipfilterproxymodel.h"

#include "chiptablemodel.h"

ChipFilterProxyModel::ChipFilterProxyModel(ChipTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_chips(source)
{
    setSourceModel(source);
    setSortRole(ChipTableModel::SortRole);
}

void ChipFilterProxyModel::setFilter(const ChipFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool ChipFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.accepts(m_chips->chip(sourceRow), m_chips->searchText(sourceRow));
}

bool ChipFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Qt sorts descending by asking lessThan(right, left), so unknowns must answer differently
    // per order to stay at the bottom either way.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (!a.isValid() || !b.isValid()) {
        if (a.isValid() == b.isValid())
            return false;
        return a.isValid() != descending;
    }
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
