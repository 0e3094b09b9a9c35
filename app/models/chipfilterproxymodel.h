#pragma once

#include "analysis/chipfilter.h"

#include <QSortFilterProxyModel>

class ChipTableModel;

// Filters rows with a ChipFilter and sorts on numbers, keeping unknown values last in both orders.
class ChipFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChipFilterProxyModel(ChipTableModel* source, QObject* parent = nullptr);

    void setFilter(const ChipFilter& filter);
    const ChipFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ChipTableModel* m_chips;
    ChipFilter m_filter;
};
