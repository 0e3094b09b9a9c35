#pragma once

#include "core/catalog.h"

#include <QAbstractTableModel>

// Chips × software support: CUDA compatibility, the vendor's stack, then one column per framework
// or inference engine with its support level and source.
class EcosystemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChipColumn, CudaColumn, StackColumn, FirstFrameworkColumn };
    enum Role { SupportRole = Qt::UserRole, ChipIdRole }; // SupportRole: SupportLevel as int

    explicit EcosystemModel(QObject* parent = nullptr);

    // The common frameworks come first in a fixed order; others found in the catalog follow.
    static QStringList standardFrameworks();
    // `chips` point into `catalog`; the model keeps the snapshot so they stay valid.
    void setChips(CatalogSnapshot catalog, const QVector<const Chip*>& chips);
    const QStringList& frameworks() const { return m_frameworks; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor supportTint(SupportLevel level); // invalid colour for unknown

private:
    const EcosystemEntry* entry(const Chip& chip, const QString& framework) const;
    QVariant frameworkData(const Chip& chip, const QString& framework, int role) const;
    QVariant cudaData(const Chip& chip, int role) const;

    CatalogSnapshot m_catalog;
    QVector<const Chip*> m_chips;
    QStringList m_frameworks;
};
