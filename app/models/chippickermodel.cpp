#include "chippickermodel.h"

#include "chiptablemodel.h"

ChipPickerModel::ChipPickerModel(ChipTableModel* chips, QObject* parent)
    : QAbstractListModel(parent)
    , m_chips(chips)
{
    connect(chips, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(chips, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    // Edits keep the rows and may rename chips.
    connect(chips, &QAbstractItemModel::dataChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), { Qt::DisplayRole });
    });
}

void ChipPickerModel::setTicked(const QStringList& ids)
{
    const QSet<QString> ticked(ids.cbegin(), ids.cend());
    if (ticked == m_ticked)
        return;
    // Only the rows whose tick changed are announced: there are at most a few.
    const QSet<QString> changed = (ticked - m_ticked) + (m_ticked - ticked);
    m_ticked = ticked;
    for (const QString& id : changed) {
        const int row = m_chips->rowOfChip(id);
        if (row >= 0)
            emit dataChanged(index(row), index(row), { Qt::CheckStateRole });
    }
}

int ChipPickerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_chips->rowCount();
}

QVariant ChipPickerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& chip = m_chips->chip(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return chip.name;
    case Qt::ToolTipRole:
        return chip.vendor.isEmpty() ? chip.id : chip.vendor + u" · " + chip.id;
    case Qt::UserRole:
        return chip.id;
    case Qt::CheckStateRole:
        return m_ticked.contains(chip.id) ? Qt::Checked : Qt::Unchecked;
    default:
        return {};
    }
}

Qt::ItemFlags ChipPickerModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool ChipPickerModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    emit tickRequested(m_chips->chip(index.row()).id, value.toInt() == Qt::Checked);
    return true;
}
