#include "dataqualitymodel.h"

DataQualityModel::DataQualityModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DataQualityModel::setCatalog(const Catalog& catalog)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& finding : ConfidencePolicy::checkCatalog(catalog)) {
        const Chip* chip = catalog.chip(finding.chipId);
        QString label = finding.field;
        for (const auto& info : specFields()) {
            if (info.jsonKey == finding.field)
                label = specFieldLabel(info.field);
        }
        m_rows.append({ finding, chip ? chip->name : finding.chipId, label });
    }
    endResetModel();
}

int DataQualityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DataQualityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DataQualityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case ChipIdRole:
        return row.finding.chipId;
    case FieldKeyRole:
        return row.finding.field;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ChipColumn:
            return row.chipName;
        case FieldColumn:
            return row.fieldLabel;
        case ProblemColumn:
            return row.finding.message;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DataQualityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChipColumn:
        return tr("Chip");
    case FieldColumn:
        return tr("Field");
    case ProblemColumn:
        return tr("Problem");
    default:
        return {};
    }
}
