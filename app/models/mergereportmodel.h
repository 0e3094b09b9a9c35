#pragma once

#include "core/catalog.h"

#include <QAbstractTableModel>

// The fields a merge found given differently by two files (Catalog::overrides), one a row: which
// chip and field, the earlier and the later value, and which one the merge policy kept.
class MergeReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChipColumn, FieldColumn, EarlierColumn, LaterColumn, KeptColumn, ColumnCount };

    explicit MergeReportModel(QObject* parent = nullptr);
    void setCatalog(const Catalog& catalog);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        MergeOverride override;
        QString chipName;
        QString earlierOrigin;
        QString laterOrigin;
    };
    QList<Row> m_rows;
};
