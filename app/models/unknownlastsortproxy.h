#pragma once

#include <QSortFilterProxyModel>

// Sorts on the sort role (numbers, or text compared case-insensitively), keeping rows whose value is unknown
// (an invalid QVariant) last in both orders.
class UnknownLastSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};
