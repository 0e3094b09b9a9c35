#include "systemtablemodel.h"

#include "analysis/systems.h"
#include "chiptablemodel.h"
#include "core/numberformat.h"

#include <QFont>

using namespace Qt::StringLiterals;

SystemTableModel::SystemTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(CatalogSnapshot::create())
{
    setCatalog(m_catalog);
}

void SystemTableModel::setCatalog(CatalogSnapshot catalog)
{
    beginResetModel();
    m_catalog = catalog ? std::move(catalog) : CatalogSnapshot::create();
    QVector<const ChipSystem*> systems;
    for (const auto& system : m_catalog->systems)
        systems.append(&system);
    m_table = Systems::table(*m_catalog, systems);
    m_columns.clear();
    for (int c = 0; c < m_table.keys.size(); ++c) {
        if (!m_table.keys[c].endsWith(u"_basis"_s))
            m_columns.append(c);
    }
    endResetModel();
}

QString SystemTableModel::keyOf(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_table.keys[m_columns[column]] : QString();
}

int SystemTableModel::columnOf(const QString& key) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_table.keys[m_columns[c]] == key)
            return c;
    }
    return -1;
}

int SystemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int SystemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SystemTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int column = m_columns[index.column()];
    const DataCell& cell = m_table.rows[index.row()][column];
    const qsizetype basisColumn
        = column + 1 < m_table.keys.size() && m_table.keys[column + 1] == m_table.keys[column] + u"_basis"_s
        ? column + 1
        : -1;
    const bool derived = basisColumn >= 0 && m_table.rows[index.row()][basisColumn].text == u"derived"_s;
    const bool number = cell.kind == DataCell::Kind::Number || cell.kind == DataCell::Kind::Integer;
    switch (role) {
    case Qt::DisplayRole:
        if (cell.kind == DataCell::Kind::Unknown)
            return ChipTableModel::unknownText();
        if (m_table.keys[column] == u"year"_s)
            return QString::number(cell.number, 'f', 0); // 2025, not 2,025
        return number ? NumberFormat::formatNumber(cell.number) : cell.text;
    case SortRole:
        if (cell.kind == DataCell::Kind::Unknown)
            return {};
        return number ? QVariant(cell.number) : QVariant(cell.text);
    case Qt::TextAlignmentRole:
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (derived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (derived) {
            const ChipSystem& system = m_catalog->systems[index.row()];
            return tr(
                "Not given for the system: the chip's figure × %1 chips (%2), as sure as the chip's value.")
                .arg(system.chipsPerSystem)
                .arg(system.chipId);
        }
        return {};
    case SystemIdRole:
        return m_table.rows[index.row()][0].text;
    case DerivedRole:
        return derived;
    default:
        return {};
    }
}

QVariant SystemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_table.headers[m_columns[section]];
    return {};
}
