#pragma once

#include "analysis/comparison.h"
#include "core/catalog.h"

#include <QAbstractTableModel>

// Attributes as rows (with a header row per group), chips as columns. The best value of each
// numeric row is highlighted; with a baseline, cells also show the ratio to it.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole, IsGroupRole, IsBestRole, AttributeKeyRole, KnownRole };

    explicit ComparisonModel(QObject* parent = nullptr);

    // `comparison` points into `catalog`; the model keeps the snapshot so the chips stay valid.
    void setComparison(CatalogSnapshot catalog, Comparison comparison);
    void setDifferencesOnly(bool differencesOnly);
    const Comparison& comparison() const { return m_comparison; }
    bool differencesOnly() const { return m_differencesOnly; }
    bool isGroupRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor bestTint();

private:
    struct Line
    {
        QString group; // set for group header rows
        const ComparisonRow* row = nullptr; // set for attribute rows
    };
    void rebuildLines();

    CatalogSnapshot m_catalog;
    Comparison m_comparison;
    bool m_differencesOnly = false;
    QVector<Line> m_lines;
};
