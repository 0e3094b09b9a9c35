#pragma once

#include "analysis/chipfilter.h"
#include "analysis/roworder.h"

#include <QAbstractProxyModel>
#include <QVector>
#include <vector>

class ChipTableModel;
struct Chip;

// The chips the user has narrowed the catalog to, in the table's order. Every view of "the chips
// shown" (table, chart, ecosystem matrix, LLM fit, CSV export) reads this one proxy.
//
// Built for 100,000 rows: it keeps the sort order as a permutation of the source rows and the
// filter as one flag per source row, and maps rows through two flat arrays. A sort reads each
// row's key once and sorts typed keys (numbers, or case-folded text) without touching the model;
// a filter change re-tests only the rows it can change (typing a letter re-tests the rows still
// shown) and the search text is answered by the model's SearchIndex in one pass. Rows whose sort
// key is unknown stay last in both orders; equal keys keep the catalog's order.
class ChipFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ChipFilterProxyModel(ChipTableModel* source, QObject* parent = nullptr);

    void setFilter(const ChipFilter& filter);
    const ChipFilter& filter() const { return m_filter; }
    QVector<const Chip*> visibleChips() const;

    // -1: the catalog's own order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sourceReset();
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    // Fills m_order with the source rows sorted by m_sortColumn.
    void computeOrder();
    // Re-tests the filter on rows [0, n) whose current flag is `onlyFlag` (-1: every row).
    void computeAccepted(int onlyFlag);
    // Rebuilds the row maps from m_order and m_accepted.
    void computeMapping();
    // Runs `change` (which may change which rows show and in what order) as one layout change
    // that keeps the views' persistent indexes (selection, current cell) on their chips.
    template <typename Change> void changeLayout(Change change);

    ChipTableModel* m_chips;
    ChipFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    RowOrder::SortedRows m_order; // every source row, in sort order
    std::vector<char> m_accepted; // by source row: 1 when the filter accepts it
    std::vector<char> m_searchMatches; // scratch, by source row
    QVector<int> m_proxyToSource; // source row of each proxy row
    QVector<int> m_sourceToProxy; // proxy row of each source row, -1 when filtered out
};
