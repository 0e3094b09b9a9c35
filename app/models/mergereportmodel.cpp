#include "mergereportmodel.h"

#include "core/chipfields.h"

using namespace Qt::StringLiterals;

MergeReportModel::MergeReportModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MergeReportModel::setCatalog(const Catalog& catalog)
{
    beginResetModel();
    m_rows.clear();
    // The later value's file is the one the field came from when the later value won; the earlier
    // one's is then the file before it (the base, for a user catalog over the built-in one).
    const QString base = catalog.origins.value(0);
    const QString last = catalog.origins.value(catalog.origins.size() - 1);
    for (const auto& override : catalog.overrides) {
        const Chip* chip = catalog.chip(override.chipId);
        const QString origin = catalog.originOf(override.chipId, override.field);
        m_rows.append({ override, chip ? chip->name : override.chipId, override.laterWon ? base : origin,
            override.laterWon ? origin : last });
    }
    endResetModel();
}

int MergeReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MergeReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    if (role == Qt::ToolTipRole) {
        if (index.column() == EarlierColumn)
            return tr("From %1").arg(row.earlierOrigin);
        if (index.column() == LaterColumn)
            return tr("From %1").arg(row.laterOrigin);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ChipColumn:
        return row.chipName;
    case FieldColumn: {
        const ChipField* field = ChipFields::find(row.override.field);
        return field ? field->labelText() : row.override.field;
    }
    case EarlierColumn:
        return row.override.earlier;
    case LaterColumn:
        return row.override.later;
    case KeptColumn:
        return row.override.laterWon ? tr("later (%1)").arg(row.laterOrigin)
                                     : tr("earlier (%1)").arg(row.earlierOrigin);
    default:
        return {};
    }
}

QVariant MergeReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChipColumn:
        return tr("Chip");
    case FieldColumn:
        return tr("Field");
    case EarlierColumn:
        return tr("Earlier value");
    case LaterColumn:
        return tr("Later value");
    case KeptColumn:
        return tr("Shown");
    default:
        return {};
    }
}
