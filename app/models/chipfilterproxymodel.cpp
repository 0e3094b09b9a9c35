#include "chipfilterproxymodel.h"

#include "chiptablemodel.h"

#include "analysis/roworder.h"

#include <algorithm>
#include <numeric>

ChipFilterProxyModel::ChipFilterProxyModel(ChipTableModel* source, QObject* parent)
    : QAbstractProxyModel(parent)
    , m_chips(source)
{
    QAbstractProxyModel::setSourceModel(source);
    // ChipTableModel changes by resets (other chips) and dataChanged (edited values) only; the
    // other structural signals are handled as a reset so that no change can go unnoticed.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        sourceReset();
        endResetModel();
    });
    for (auto about : { &QAbstractItemModel::rowsAboutToBeInserted, &QAbstractItemModel::rowsAboutToBeRemoved,
             &QAbstractItemModel::columnsAboutToBeInserted, &QAbstractItemModel::columnsAboutToBeRemoved }) {
        connect(source, about, this, [this] { beginResetModel(); });
    }
    for (auto done : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
             &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved }) {
        connect(source, done, this, [this] {
            sourceReset();
            endResetModel();
        });
    }
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] {
        sourceReset();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::dataChanged, this, &ChipFilterProxyModel::sourceDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    sourceReset();
}

void ChipFilterProxyModel::sourceReset()
{
    computeOrder();
    computeAccepted(-1);
    computeMapping();
}

void ChipFilterProxyModel::setFilter(const ChipFilter& filter)
{
    if (filter == m_filter)
        return;
    // Narrowing can only hide rows shown now; widening can only show rows hidden now.
    const int onlyFlag = filter.isNarrowingOf(m_filter) ? 1 : m_filter.isNarrowingOf(filter) ? 0 : -1;
    m_filter = filter;
    changeLayout([this, onlyFlag] { computeAccepted(onlyFlag); });
}

void ChipFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= m_chips->columnCount())
        return;
    // The same column the other way round (a second click on its header): the runs of equal
    // keys turned round, without reading or comparing a key.
    if (std::max(column, -1) == m_sortColumn && order != m_sortOrder) {
        m_sortOrder = order;
        changeLayout([this] { m_order = RowOrder::reversed(m_order); });
        return;
    }
    m_sortColumn = std::max(column, -1);
    m_sortOrder = order;
    changeLayout([this] { computeOrder(); });
}

template <typename Change> void ChipFilterProxyModel::changeLayout(Change change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList sourceIndexes;
    sourceIndexes.reserve(before.size());
    for (const QModelIndex& index : before)
        sourceIndexes.append(mapToSource(index));
    change();
    computeMapping();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& source : std::as_const(sourceIndexes))
        after.append(mapFromSource(source));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ChipFilterProxyModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // An edit can move a row (its sort key changed) or hide it (it no longer matches).
    const bool resort = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column();
    changeLayout([this, resort] {
        if (resort)
            computeOrder();
        computeAccepted(-1);
    });
    if (!m_proxyToSource.isEmpty())
        emit dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()));
}

void ChipFilterProxyModel::computeOrder()
{
    const int rows = m_chips->rowCount();
    if (m_sortColumn < 0 || rows == 0) {
        // The catalog's order: no key, so nothing to turn round.
        m_order = {};
        m_order.rows.resize(rows);
        std::iota(m_order.rows.begin(), m_order.rows.end(), 0);
        m_order.tiedWithPrevious.assign(size_t(rows), false);
        return;
    }
    // A new catalog first shows by name: that order may have been made in the loading thread.
    if (m_sortColumn == ChipTableModel::NameColumn && m_chips->nameOrder().rows.size() == rows) {
        m_order = m_sortOrder == Qt::AscendingOrder ? m_chips->nameOrder()
                                                    : RowOrder::reversed(m_chips->nameOrder());
        return;
    }
    const ChipTableModel::SortKeys keys = m_chips->sortKeys(m_sortColumn);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    m_order = keys.numeric ? RowOrder::byNumbers(keys.numbers, keys.known, descending)
                           : RowOrder::byTexts(keys.texts, keys.known, descending);
}

void ChipFilterProxyModel::computeAccepted(int onlyFlag)
{
    const int rows = m_chips->rowCount();
    if (m_accepted.size() != size_t(rows)) {
        m_accepted.assign(size_t(rows), 0);
        onlyFlag = -1;
    }
    const bool searching = !m_filter.searchText.isEmpty();
    if (searching)
        m_chips->searchIndex().match(m_filter.searchText, m_searchMatches);
    // Years and conditions count too: the window's filter bar sets them as `--year` and `--where` do.
    const bool otherCriteria = m_filter.hasCriteriaBesidesSearch();
    for (int row = 0; row < rows; ++row) {
        char& accepted = m_accepted[size_t(row)];
        if (onlyFlag >= 0 && accepted != onlyFlag)
            continue;
        accepted = (!searching || m_searchMatches[size_t(row)])
            && (!otherCriteria || m_filter.acceptsExceptSearch(m_chips->chip(row), m_chips->filterKeys(row)));
    }
}

void ChipFilterProxyModel::computeMapping()
{
    const int rows = m_chips->rowCount();
    m_proxyToSource.clear();
    m_proxyToSource.reserve(rows);
    m_sourceToProxy.fill(-1, rows);
    for (const int source : std::as_const(m_order.rows)) {
        if (m_accepted[size_t(source)]) {
            m_sourceToProxy[source] = int(m_proxyToSource.size());
            m_proxyToSource.append(source);
        }
    }
}

QVector<const Chip*> ChipFilterProxyModel::visibleChips() const
{
    QVector<const Chip*> chips;
    chips.reserve(m_proxyToSource.size());
    for (const int source : m_proxyToSource)
        chips.append(&m_chips->chip(source));
    return chips;
}

QModelIndex ChipFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ChipFilterProxyModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex ChipFilterProxyModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int ChipFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int ChipFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_chips->columnCount();
}

bool ChipFilterProxyModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex ChipFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_proxyToSource.size())
        return {};
    return m_chips->index(m_proxyToSource[proxyIndex.row()], proxyIndex.column());
}

QModelIndex ChipFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_chips
        || sourceIndex.row() >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[sourceIndex.row()];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant ChipFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return m_chips->headerData(section, orientation, role);
}
