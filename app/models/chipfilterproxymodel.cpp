#include "chipfilterproxymodel.h"

#include "chiptablemodel.h"

ChipFilterProxyModel::ChipFilterProxyModel(ChipTableModel* source, QObject* parent)
    : UnknownLastSortProxy(parent)
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

QVector<const Chip*> ChipFilterProxyModel::visibleChips() const
{
    QVector<const Chip*> chips;
    chips.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        chips.append(&m_chips->chip(mapToSource(index(row, 0)).row()));
    return chips;
}

bool ChipFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.accepts(m_chips->chip(sourceRow), m_chips->searchText(sourceRow));
}
