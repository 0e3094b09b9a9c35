#pragma once

#include "core/catalog.h"
#include "core/datatable.h"

#include <QAbstractTableModel>

// The catalog's systems, one row each, with the columns of `chipcompare systems`: a figure worked
// out from the chip × the number of chips is shown in italics and says so in its tooltip (its
// `_basis` column is that mark, not a column of its own here).
class SystemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, SystemIdRole, DerivedRole };

    explicit SystemTableModel(QObject* parent = nullptr);
    void setCatalog(CatalogSnapshot catalog);
    const Catalog& catalog() const { return *m_catalog; }
    QString keyOf(int column) const; // "bf16_pflops": the `systems` column shown there
    int columnOf(const QString& key) const; // -1 when no column has that key

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CatalogSnapshot m_catalog;
    DataTable m_table;
    QList<int> m_columns; // the table's columns shown, without the basis columns
};
