#include "dataqualitymodel.h"

#include <QHash>

DataQualityModel::DataQualityModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DataQualityModel::setCatalog(const Catalog& catalog)
{
    setFindings(catalog, ConfidencePolicy::checkCatalog(catalog));
}

void DataQualityModel::setFindings(const Catalog& catalog, const QList<PolicyFinding>& findings)
{
    beginResetModel();
    m_rows.clear();
    // Names by id once: a large catalog can have thousands of findings.
    QHash<QString, const Chip*> chips;
    if (!findings.isEmpty()) {
        chips.reserve(catalog.chips.size());
        for (const Chip& chip : catalog.chips)
            chips.insert(chip.id, &chip);
    }
    QHash<QString, QString> labels;
    for (const auto& info : specFields())
        labels.insert(info.jsonKey, specFieldLabel(info.field));
    m_rows.reserve(findings.size());
    for (const auto& finding : findings) {
        const Chip* chip = chips.value(finding.chipId);
        m_rows.append(
            { finding, chip ? chip->name : finding.chipId, labels.value(finding.field, finding.field) });
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
