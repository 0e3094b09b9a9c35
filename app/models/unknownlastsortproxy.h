#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QVector>

// Sorts on the sort role (numbers, or text compared case-insensitively), keeping rows whose value
// is unknown (an invalid QVariant) last in both orders. The sort column's keys are read once per
// source row and cached until the source changes: lessThan runs ~n log n times, data() only n.
class UnknownLastSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UnknownLastSortProxy(QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* sourceModel) override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    const QVariant& key(const QModelIndex& index) const;
    void dropKeys();

    mutable QVector<QVariant> m_keys; // sort keys of m_keysColumn, by source row
    mutable int m_keysColumn = -1;
    mutable int m_keysRole = -1;
    QList<QMetaObject::Connection> m_connections; // to the current source model
};
