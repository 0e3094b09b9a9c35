#pragma once

#include "core/confidencepolicy.h"

#include <QAbstractTableModel>
#include <QList>

// The confidence-policy warnings for the catalogs in use, one row each: chip, field, problem.
class DataQualityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChipColumn, FieldColumn, ProblemColumn, ColumnCount };
    enum Role { ChipIdRole = Qt::UserRole, FieldKeyRole };

    explicit DataQualityModel(QObject* parent = nullptr);
    void setCatalog(const Catalog& catalog);
    // The findings ConfidencePolicy::checkCatalog made for `catalog` (in a worker thread, say).
    void setFindings(const Catalog& catalog, const QList<PolicyFinding>& findings);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PolicyFinding finding;
        QString chipName;
        QString fieldLabel;
    };
    QList<Row> m_rows;
};
